"""Store behaviour every backend shares, run against DuckDB and the in-memory fake alike."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontlines.model import Document, Event, EventActor, Location
from frontlines.store import AddResult, DuckDBStore, EventFilter, MemoryStore, Store, StoreError


@pytest.fixture(params=["duckdb", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    backend: Store = DuckDBStore(tmp_path / "test.duckdb") if request.param == "duckdb" else MemoryStore()
    with backend:
        yield backend


def event(event_id: str, date: str, country: str, acled: tuple[str, str], plover: str) -> Event:
    return Event(
        id=event_id,
        acled_event_type=acled[0],
        acled_sub_event_type=acled[1],
        plover_event=plover,
        date=date,
        actor1=EventActor("Rioters", "rioters", 5),
        location=Location(f"a town in {country}", 1, 10.0, 20.0, country, geo_precision=1),
    )


def document(doc_id: str, *events: Event) -> Document:
    return Document(id=doc_id, text=f"text of {doc_id}", content_hash=f"hash-{doc_id}", events=list(events))


def kabul_protest() -> Document:
    return document("kabul", event("k1", "2021-08-19", "AF", ("Protests", "Peaceful protest"), "PROTEST"))


def idlib_fighting() -> Document:
    return document(
        "idlib",
        event("i1", "2020-03-02", "SY", ("Battles", "Armed clash"), "ASSAULT"),
        event("i2", "2020-03-03", "SY", ("", ""), "CONSULT"),
        event("i3", "2020-02-20", "TR", ("Strategic developments", "Agreement"), "AGREE"),
    )


def event_ids(store: Store, filters: EventFilter | None = None) -> dict[str, list[str]]:
    return {doc.id: [e.id for e in doc.events] for doc in store.documents(filters)}


def failing_after_first(first: Document) -> Iterator[Document]:
    yield first
    raise RuntimeError("crash mid-batch")


def test_added_documents_come_back_whole_with_their_events_in_order(store: Store) -> None:
    docs = [idlib_fighting(), kabul_protest()]
    assert store.add(docs) == AddResult(added=2, skipped_duplicates=0, failed=0)
    assert list(store.documents()) == docs
    assert store.stats() == {"documents": 2, "events": 4, "failures": 0}


def test_adding_a_document_again_adds_nothing(store: Store) -> None:
    store.add([kabul_protest()])
    result = store.add([kabul_protest(), kabul_protest()])
    assert (result.added, result.skipped_duplicates) == (0, 2)
    assert store.stats()["documents"] == 1


def test_duplicates_within_one_call_are_kept_once(store: Store) -> None:
    result = store.add([kabul_protest(), kabul_protest()])
    assert (result.added, result.skipped_duplicates) == (1, 1)


def test_has_answers_by_content_hash(store: Store) -> None:
    store.add([kabul_protest()])
    assert store.has("hash-kabul")
    assert not store.has("hash-idlib")


def test_a_failed_call_keeps_nothing_of_itself_and_everything_before_it(store: Store) -> None:
    store.add([kabul_protest()])
    with pytest.raises(RuntimeError, match="crash mid-batch"):
        store.add(failing_after_first(idlib_fighting()))
    assert not store.has("hash-idlib")
    assert event_ids(store) == {"kabul": ["k1"]}
    assert store.stats() == {"documents": 1, "events": 1, "failures": 0}


def test_the_store_is_usable_after_a_failed_call(store: Store) -> None:
    with pytest.raises(RuntimeError):
        store.add(failing_after_first(idlib_fighting()))
    assert store.add([idlib_fighting()]).added == 1


def test_a_document_with_errors_is_recorded_as_a_failure_not_kept(store: Store) -> None:
    broken = Document(id="bad", text="", source_path="crawl/bad.html", errors=["ingest: no main text"])
    result = store.add([broken, kabul_protest()])
    assert (result.added, result.failed) == (1, 1)
    assert store.stats() == {"documents": 1, "events": 1, "failures": 1}


def test_input_failures_are_recorded(store: Store) -> None:
    store.record_failure("feed.jsonl:12", "line is not JSON")
    store.record_failure("missing.html", "file not found")
    assert store.stats()["failures"] == 2


def test_a_different_document_under_a_stored_id_is_a_failure_not_an_overwrite(store: Store) -> None:
    store.add([kabul_protest()])
    changed = kabul_protest()
    changed.text, changed.content_hash = "an updated text", "hash-kabul-v2"
    result = store.add([changed])
    assert (result.added, result.failed) == (0, 1)
    assert [doc.text for doc in store.documents()] == ["text of kabul"]


def test_a_document_without_a_content_hash_is_identified_by_the_hash_of_its_text(store: Store) -> None:
    bare = Document(id="bare", text="same words")
    assert store.add([bare]).added == 1
    assert store.has(hashlib.sha256(b"same words").hexdigest())
    assert store.add([Document(id="bare", text="same words")]).skipped_duplicates == 1


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(since="2020-03-01"), {"kabul": ["k1"], "idlib": ["i1", "i2"]}),
        (EventFilter(until="2020-03-02"), {"idlib": ["i1", "i3"]}),
        (EventFilter(since="2020-03", until="2020-03"), {"idlib": ["i1", "i2"]}),
        (EventFilter(country="SY"), {"idlib": ["i1", "i2"]}),
        (EventFilter(country="tur"), {"idlib": ["i3"]}),
        (EventFilter(country="Afghanistan"), {"kabul": ["k1"]}),
        (EventFilter(event_type="battles"), {"idlib": ["i1"]}),
        (EventFilter(event_type="Peaceful Protest"), {"kabul": ["k1"]}),
        (EventFilter(event_type="consult"), {"idlib": ["i2"]}),
        (EventFilter(country="SY", event_type="AGREE"), {}),
        (EventFilter(), {"kabul": ["k1"], "idlib": ["i1", "i2", "i3"]}),
    ],
)
def test_filters_keep_only_matching_events_and_their_documents(
    store: Store, filters: EventFilter, expected: dict[str, list[str]]
) -> None:
    store.add([kabul_protest(), idlib_fighting()])
    assert event_ids(store, filters) == expected


def test_a_date_filter_leaves_out_undated_events(store: Store) -> None:
    undated = document("undated", event("u1", "", "SY", ("Battles", "Armed clash"), "ASSAULT"))
    undated.events[0].date = None
    store.add([undated])
    assert event_ids(store, EventFilter(since="2000-01-01")) == {}
    assert event_ids(store, EventFilter(country="SY")) == {"undated": ["u1"]}


def test_documents_without_events_appear_only_unfiltered(store: Store) -> None:
    store.add([document("quiet")])
    assert event_ids(store) == {"quiet": []}
    assert event_ids(store, EventFilter(country="SY")) == {}


def test_an_unknown_country_in_a_filter_is_a_clear_error(store: Store) -> None:
    store.add([kabul_protest()])
    with pytest.raises(StoreError, match="unknown country 'Narnia'"):
        list(store.documents(EventFilter(country="Narnia")))


def test_documents_come_back_in_the_order_they_were_added(store: Store) -> None:
    names = [f"doc{n:03d}" for n in range(300)]  # more than one page of the DuckDB reader
    store.add(document(name) for name in names)
    assert [doc.id for doc in store.documents()] == names


def test_a_closed_store_refuses_work(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.has("hash-kabul")


def test_the_public_names_of_the_store_package_all_exist() -> None:
    import frontlines.store as package

    assert all(hasattr(package, name) for name in package.__all__)
    expected = {"Store", "DuckDBStore", "MemoryStore", "EventFilter", "AddResult", "StoreError", "open_store"}
    assert expected <= set(package.__all__)
