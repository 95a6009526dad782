"""write_documents: the format switch, record counts, streaming, and the native JSONL format."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from frontlines.exporters import FORMATS, write_documents
from frontlines.model import Document, Event, EventActor, Location
from frontlines.serialize import document_from_dict


def document(doc_id: str, events: int = 1) -> Document:
    """A small document with `events` located ACLED+PLOVER events."""
    return Document(
        id=doc_id,
        text=f"Protesters marched in Kabul ({doc_id}).",
        outlet="Example News",
        published="2021-08-20",
        events=[
            Event(
                id=f"{doc_id}-e{n}",
                acled_event_type="Protests",
                acled_sub_event_type="Peaceful protest",
                plover_event="PROTEST",
                date="2021-08-19",
                actor1=EventActor("Protesters (Afghanistan)", "Protesters", 6),
                location=Location("Kabul", 1138958, 34.53, 69.17, "AF", "Kabul", geo_precision=1),
            )
            for n in range(events)
        ],
    )


class PullRecorder(io.StringIO):
    """A text sink that notes, for every write, how many documents had been read so far."""

    def __init__(self) -> None:
        super().__init__()
        self.pulled = 0
        self.writes: list[tuple[int, str]] = []

    def write(self, s: str) -> int:
        self.writes.append((self.pulled, s))
        return super().write(s)

    def feed(self, docs: list[Document]) -> Iterator[Document]:
        for doc in docs:
            self.pulled += 1
            yield doc


def test_the_four_formats_are_offered() -> None:
    assert FORMATS == ("jsonl", "acled", "plover", "geojson")


def test_an_unknown_format_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=r"unknown output format 'xml'.*jsonl, acled, plover, geojson"):
        write_documents([document("a")], io.StringIO(), "xml")


def test_jsonl_writes_one_native_object_per_document() -> None:
    out = io.StringIO()
    docs = [document("a"), document("b", events=0)]
    assert write_documents(docs, out, "jsonl") == 2
    lines = out.getvalue().splitlines()
    assert [document_from_dict(json.loads(line)) for line in lines] == docs


def test_jsonl_keeps_non_ascii_text_readable() -> None:
    doc = Document(id="u", text="Ḥamā and Kafr Nabl — قصف")
    out = io.StringIO()
    write_documents([doc], out, "jsonl")
    assert "قصف" in out.getvalue()


def test_record_counts_are_per_format_record() -> None:
    docs = [document("a", events=2), document("b", events=1)]
    counts = {fmt: write_documents(docs, io.StringIO(), fmt) for fmt in FORMATS}
    assert counts == {"jsonl": 2, "acled": 3, "plover": 3, "geojson": 3}


def test_no_documents_still_give_well_formed_output() -> None:
    for fmt, expected in [("plover", []), ("geojson", {"type": "FeatureCollection", "features": []})]:
        out = io.StringIO()
        assert write_documents([], out, fmt) == 0
        assert json.loads(out.getvalue()) == expected
    out = io.StringIO()
    write_documents([], out, "acled")
    assert out.getvalue().count("\n") == 1  # the header only


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_document_is_written_before_the_next_is_read(fmt: str) -> None:
    sink = PullRecorder()
    write_documents(sink.feed([document("first"), document("second")]), sink, fmt)
    first_written_at = min(pulled for pulled, text in sink.writes if "first" in text)
    assert first_written_at == 1


def test_the_public_names_of_the_exporters_package_all_exist() -> None:
    import frontlines.exporters as package

    assert all(hasattr(package, name) for name in package.__all__)
    assert {"FORMATS", "write_documents"} <= set(package.__all__)
