"""PLOVER JSON records and GeoJSON features built from coded events."""

from __future__ import annotations

import io
import json
from typing import Any

from frontlines.exporters import ACLED_COLUMNS, write_documents
from frontlines.model import Attribution, Document, Event, EventActor, Location, Size, Span

TEXT = "On March 3, 25 tribal elders met rebel commanders in Jabal al-Zawiya, a spokesman said."


def meeting() -> Event:
    """A PLOVER-only CONSULT event (ACLED codes no meetings)."""
    return Event(
        id="doc-3-e1",
        acled_event_type="",
        acled_sub_event_type="",
        plover_event="CONSULT",
        plover_mode="visit",
        date="2020-03-03",
        actor1=EventActor("Tribal elders (Syria)", "tribal elders", 8),
        actor2=EventActor("Rebels (Syria)", "rebel commanders", 2),
        assoc_actor2=[EventActor("HTS", "HTS", 2)],
        location=Location("Jabal al-Zawiya", 163000, 35.68, 36.55, "SY", "Idlib", geo_precision=2),
        size=Size(participants=25),
        modality="claimed",
        attribution=[Attribution("spokesman", "a spokesman said", 70, 86)],
        evidence=[Span(0, 68)],
    )


def unlocated_battle() -> Event:
    """An ACLED battle whose place could not be resolved to coordinates."""
    return Event(
        id="doc-3-e2",
        acled_event_type="Battles",
        acled_sub_event_type="Armed clash",
        plover_event="ASSAULT",
        location=Location("the hills", country_code="SY"),
    )


def document(*events: Event) -> Document:
    return Document(
        id="doc-3",
        text=TEXT,
        url="https://news.example/3",
        title="Elders meet rebels",
        outlet="Example News",
        published="2020-03-04",
        events=list(events),
    )


def export(fmt: str, doc: Document) -> Any:
    out = io.StringIO()
    write_documents([doc], out, fmt)
    return json.loads(out.getvalue())


def test_a_plover_record_carries_the_event_its_place_and_its_citation() -> None:
    [record] = export("plover", document(meeting()))
    assert (record["id"], record["date"], record["event"], record["mode"]) == (
        "doc-3-e1", "2020-03-03", "CONSULT", ["visit"],
    )  # fmt: skip
    assert [actor["name"] for actor in record["actor"]] == ["Tribal elders (Syria)"]
    assert [actor["name"] for actor in record["recipient"]] == ["Rebels (Syria)", "HTS"]
    assert record["event_loc"] == {
        "name": "Jabal al-Zawiya", "lat": 35.68, "lon": 36.55, "country_code": "SY", "geonameid": 163000,
    }  # fmt: skip
    assert record["size"]["participants"] == 25
    assert record["event_text"] == TEXT[:68]
    assert record["text"] == TEXT
    assert record["cite_info"] == {
        "url": "https://news.example/3", "outlet": "Example News", "title": "Elders meet rebels",
        "published": "2020-03-04", "document_id": "doc-3",
    }  # fmt: skip
    assert record["modality"] == "claimed"
    assert record["attribution"][0]["source"] == "spokesman"
    assert record["context"] == []


def test_plover_records_include_acled_coded_events_with_a_plover_category() -> None:
    records = export("plover", document(meeting(), unlocated_battle()))
    assert [record["event"] for record in records] == ["CONSULT", "ASSAULT"]
    assert records[1]["mode"] == []


def test_an_event_without_location_has_a_null_event_loc() -> None:
    battle = unlocated_battle()
    battle.location = None
    [record] = export("plover", document(battle))
    assert record["event_loc"] is None


def test_geojson_has_one_point_per_located_event_as_lon_lat() -> None:
    collection = export("geojson", document(meeting(), unlocated_battle()))
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.55, 35.68]}


def test_geojson_properties_are_the_acled_row_plus_plover_event_and_modality() -> None:
    [feature] = export("geojson", document(meeting()))["features"]
    properties = feature["properties"]
    assert list(properties) == [*ACLED_COLUMNS, "plover_event", "modality"]
    assert (properties["plover_event"], properties["modality"], properties["document_id"]) == (
        "CONSULT", "claimed", "doc-3",
    )  # fmt: skip
    assert (properties["country"], properties["interaction"]) == ("Syria", 28)


def test_a_feature_count_skips_unlocated_events() -> None:
    out = io.StringIO()
    assert write_documents([document(unlocated_battle(), meeting())], out, "geojson") == 1
