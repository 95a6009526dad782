"""The native JSONL contract: what a document looks like as a dict, and that it reads back."""

from __future__ import annotations

import json

import pytest

from frontlines.model import (
    ActorMention,
    Analysis,
    Attribution,
    Document,
    Entity,
    Event,
    EventActor,
    Location,
    Place,
    Segment,
    Size,
    Span,
    Timex,
)
from frontlines.serialize import document_from_dict, document_to_dict

TEXT = (
    "Clashes near Kansafra. A rebel spokesman said an assault on the hills near Kansafra was "
    "repelled on March 2 and 12 attackers were killed."
)


def full_document() -> Document:
    """A document with every serialised part filled in."""
    spokesman = TEXT.index("A rebel spokesman")
    assault = TEXT.index("an assault")
    said = spokesman + len("A rebel spokesman said")
    return Document(
        id="doc-1",
        text=TEXT,
        url="https://news.example/idlib",
        title="Clashes near Kansafra",
        outlet="Example News",
        published="2020-03-04",
        published_source="input",
        source_path="feed.jsonl:3",
        content_hash="sha256:abc",
        segments=[
            Segment("title", 0, 22),
            Segment("embedded_post", 23, 60, "Some Account", "@handle", "2020-03-02"),
        ],
        timexes=[Timex(108, 115, "March 2", "DATE", "2020-03-02", anchor="dct")],
        places=[Place(13, 21, "Kansafra", "Kansafra", 1, 35.6, 36.5, "SY", "Idlib", "Ariha", "PPL", 1.0)],
        actors=[ActorMention(spokesman, spokesman + 17, "A rebel spokesman", "Rebels (Syria)", 2)],
        events=[
            Event(
                id="doc-1-e1",
                acled_event_type="Battles",
                acled_sub_event_type="Armed clash",
                plover_event="ASSAULT",
                plover_mode="beat",
                date="2020-03-02",
                time_precision=1,
                actor1=EventActor("Rebels (Syria)", "attackers", 2, 120, 129),
                actor2=None,
                assoc_actor1=[EventActor("HTS", "HTS", 2)],
                location=Location("Kansafra", 170000, 35.6, 36.5, "SY", "Idlib", "Ariha", None, 2),
                fatalities=12,
                size=Size(dead=12, injured=None, arrested=None, participants=None),
                modality="claimed",
                attribution=[Attribution("rebel spokesman", TEXT[spokesman:said], spokesman, said)],
                evidence=[Span(assault, len(TEXT))],
                confidence=0.75,
                notes="Assault near Kansafra repelled.",
                segment_kind="body",
            )
        ],
        errors=[],
    )


def test_a_document_reads_back_equal_to_what_was_written() -> None:
    doc = full_document()
    assert document_from_dict(document_to_dict(doc)) == doc


def test_the_dict_survives_a_trip_through_json_text() -> None:
    doc = full_document()
    text = json.dumps(document_to_dict(doc))
    assert document_from_dict(json.loads(text)) == doc


def test_top_level_keys_are_the_contract() -> None:
    keys = set(document_to_dict(full_document()))
    assert keys == {
        "id", "url", "title", "outlet", "published", "published_source", "source_path", "content_hash",
        "text", "segments", "timexes", "places", "actors", "events", "errors",
    }  # fmt: skip


def test_nested_objects_carry_the_contract_fields() -> None:
    data = document_to_dict(full_document())
    assert set(data["segments"][1]) == {"kind", "start", "end", "author", "handle", "published"}
    assert set(data["timexes"][0]) >= {"start", "end", "text", "type", "value"}
    assert set(data["places"][0]) >= {
        "start", "end", "text", "name", "geonameid", "lat", "lon",
        "country_code", "admin1", "admin2", "feature_code",
    }  # fmt: skip
    assert set(data["actors"][0]) == {"start", "end", "text", "name", "inter"}
    event = data["events"][0]
    assert set(event["actor1"]) >= {"name", "text", "inter"}
    assert event["actor2"] is None
    assert set(event["location"]) == {
        "name", "geonameid", "lat", "lon", "country_code", "admin1", "admin2", "admin3", "geo_precision",
    }  # fmt: skip
    assert event["size"] == {"dead": 12, "injured": None, "arrested": None, "participants": None}
    assert event["attribution"][0]["source"] == "rebel spokesman"
    assert event["evidence"] == [{"start": TEXT.index("an assault"), "end": len(TEXT)}]
    assert event["assoc_actor1"][0]["name"] == "HTS"
    assert (event["notes"], event["segment_kind"], event["modality"]) == (
        "Assault near Kansafra repelled.", "body", "claimed",
    )  # fmt: skip


def test_an_event_without_location_or_actors_writes_nulls() -> None:
    doc = Document(id="d", text="x", events=[Event("e", "Protests", "Peaceful protest", "PROTEST")])
    event = document_to_dict(doc)["events"][0]
    assert (event["actor1"], event["actor2"], event["location"]) == (None, None, None)
    assert document_from_dict(document_to_dict(doc)) == doc


def test_pipeline_working_state_is_not_written_and_reads_back_empty() -> None:
    doc = full_document()
    doc.raw = b"<html>"
    doc.analysis = Analysis(entities=[Entity(13, 21, "GPE", "Kansafra")])
    doc.marked_places = [Span(13, 21)]
    doc.event_mentions = list(doc.events)
    data = document_to_dict(doc)
    assert not {"raw", "analysis", "marked_places", "event_mentions"} & set(data)
    back = document_from_dict(data)
    assert (back.raw, back.analysis, back.marked_places, back.event_mentions) == (None, None, [], [])


def test_errors_are_kept() -> None:
    doc = Document(id="d", text="", errors=["ingest: ValueError: empty page"])
    assert document_from_dict(document_to_dict(doc)).errors == ["ingest: ValueError: empty page"]


def test_keys_the_model_does_not_know_are_ignored_when_reading() -> None:
    data = document_to_dict(full_document())
    data["added_by_a_newer_version"] = 1
    data["events"][0]["location"]["population"] = 5000
    assert document_from_dict(data) == full_document()


def test_a_nested_value_that_is_not_an_object_is_refused() -> None:
    data = document_to_dict(full_document())
    data["segments"] = ["title"]
    with pytest.raises(TypeError, match="Segment"):
        document_from_dict(data)
