"""ACLED CSV: ACLED's column names and order, its codes, and our documented conventions."""

from __future__ import annotations

import csv
import io

import pytest

from frontlines.exporters import write_documents
from frontlines.exporters.acled import ACLED_COLUMNS, acled_row, event_id_cnty, interaction_code
from frontlines.model import Attribution, Document, Event, EventActor, Location, Span

TEXT = "Government forces shelled Kafr Nabl, killing 3 civilians, the Observatory said."


def battle(**changes: object) -> Event:
    """An ACLED-coded shelling event in Idlib; keyword arguments replace its fields."""
    event = Event(
        id="e1",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Shelling/artillery/missile attack",
        plover_event="ASSAULT",
        date="2020-03-02",
        time_precision=1,
        actor1=EventActor("Military Forces of Syria (2000-)", "Government forces", 1),
        actor2=EventActor("Civilians (Syria)", "civilians", 7),
        assoc_actor2=[EventActor("Farmers (Syria)", "farmers", 7), EventActor("Women (Syria)", "women", 7)],
        location=Location(
            "Kafr Nabl", 170017, 35.61, 36.56, "SY", "Idlib", "Maarrat an Numan", "Kafr Nabl", geo_precision=1
        ),
        fatalities=3,
        attribution=[Attribution("Syrian Observatory for Human Rights", "the Observatory said", 58, 78)],
        evidence=[Span(0, 56)],
    )
    for name, value in changes.items():
        setattr(event, name, value)
    return event


def document(*events: Event, **fields: object) -> Document:
    doc = Document(id="doc-7", text=TEXT, outlet="Example News", published="2020-03-04", events=list(events))
    for name, value in fields.items():
        setattr(doc, name, value)
    return doc


def rows(doc: Document) -> tuple[list[str], list[dict[str, str]]]:
    out = io.StringIO()
    write_documents([doc], out, "acled")
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    return list(reader.fieldnames or []), list(reader)


def test_columns_are_acleds_names_in_acleds_order_plus_document_id() -> None:
    header, _ = rows(document(battle()))
    assert header == [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "document_id",
    ]  # fmt: skip
    assert tuple(header) == ACLED_COLUMNS


def test_a_fully_coded_event_fills_every_column() -> None:
    _, [row] = rows(document(battle()))
    assert row["event_id_cnty"].startswith("SYR") and row["event_id_cnty"][3:].isdigit()
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2020-03-02", "2020", "1")
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("1", "7", "17")
    assert row["assoc_actor_2"] == "Farmers (Syria); Women (Syria)"
    assert (row["iso"], row["region"], row["country"]) == ("760", "Middle East", "Syria")
    assert (row["admin1"], row["admin2"], row["admin3"], row["location"]) == (
        "Idlib", "Maarrat an Numan", "Kafr Nabl", "Kafr Nabl",
    )  # fmt: skip
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("35.61", "36.56", "1")
    assert row["source"] == "Syrian Observatory for Human Rights; Example News"
    assert (row["fatalities"], row["timestamp"], row["document_id"]) == ("3", "1583280000", "doc-7")


def test_notes_fall_back_to_the_evidence_text() -> None:
    _, [row] = rows(document(battle()))
    assert row["notes"] == "Government forces shelled Kafr Nabl, killing 3 civilians"
    _, [row] = rows(document(battle(notes="Shelling of Kafr Nabl.")))
    assert row["notes"] == "Shelling of Kafr Nabl."


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 7, 17), (7, 1, 17), (3, 3, 33), (6, None, 60), (None, 2, 20), (None, None, "")],
)
def test_interaction_puts_the_smaller_code_first_and_a_lone_actor_times_ten(
    inter1: int | None, inter2: int | None, expected: int | str
) -> None:
    assert interaction_code(inter1, inter2) == expected


def test_a_single_actor_event_has_inter2_zero_as_in_acled_files() -> None:
    protest = battle(actor1=EventActor("Protesters (Syria)", "protesters", 6), actor2=None, assoc_actor2=[])
    _, [row] = rows(document(protest))
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("", "0", "60")


def test_unknowns_are_empty_strings() -> None:
    gunmen = EventActor("Unidentified Armed Group", "gunmen")
    bare = Event("e9", "Battles", "Armed clash", "ASSAULT", actor1=gunmen)
    _, [row] = rows(document(bare, outlet=None, published=None))
    empty = [
        "event_date", "year", "inter1", "interaction", "iso", "region", "country", "admin1", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "timestamp",
    ]  # fmt: skip
    assert {name: row[name] for name in empty} == dict.fromkeys(empty, "")
    assert row["event_id_cnty"].startswith("XXX")


def test_plover_only_events_are_not_acled_rows() -> None:
    meeting = battle(id="e2", acled_event_type="", acled_sub_event_type="", plover_event="CONSULT")
    _, found = rows(document(battle(), meeting))
    assert [row["event_type"] for row in found] == ["Explosions/Remote violence"]


def test_planned_hypothetical_and_negated_events_are_not_rows_but_claimed_and_denied_ones_are() -> None:
    events = [
        battle(id=f"e{n}", modality=m)
        for n, m in enumerate(("planned", "hypothetical", "negated", "claimed", "denied", "asserted"))
    ]
    _, found = rows(document(*events))
    assert len(found) == 3


def test_rows_keep_the_documents_event_order() -> None:
    second = battle(id="e2", acled_event_type="Battles", acled_sub_event_type="Armed clash")
    _, found = rows(document(battle(), second))
    assert [row["event_type"] for row in found] == ["Explosions/Remote violence", "Battles"]


def test_event_id_is_stable_and_differs_between_events_and_documents() -> None:
    assert event_id_cnty("doc-7", "e1", "SYR") == event_id_cnty("doc-7", "e1", "SYR")
    assert event_id_cnty("doc-7", "e1", "SYR") != event_id_cnty("doc-7", "e2", "SYR")
    assert event_id_cnty("doc-7", "e1", "SYR")[3:] != event_id_cnty("doc-8", "e1", "SYR")[3:]


def test_embedded_posts_are_new_media_sources() -> None:
    row = acled_row(document(), battle(segment_kind="embedded_post"))
    assert row["source_scale"] == "New media"


def test_timestamp_reads_datetimes_with_offsets() -> None:
    row = acled_row(document(published="2020-03-04T02:00:00+02:00"), battle())
    assert row["timestamp"] == 1583280000


def test_acled_country_names_and_regions_are_used() -> None:
    location = Location("Goma", 216281, -1.68, 29.22, "CD", "Nord-Kivu")
    row = acled_row(document(), battle(location=location))
    assert row["country"] == "Democratic Republic of Congo"
    assert (row["region"], row["iso"]) == ("Middle Africa", 180)
    assert str(row["event_id_cnty"]).startswith("COD")
