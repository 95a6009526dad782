"""Folds after merging: headlines into the body's event, placeless mentions into the placed one."""

from __future__ import annotations

from functools import partial

from builders import event_mention

from frontlines.model import Analysis, Document, Event, Location, Sentence, Size
from frontlines.stages.merge import EventMerger

PORT = Location("Saltmere", geonameid=990001, geo_precision=1)
HILLS = Location("Grey Hills", geonameid=990002, geo_precision=2)


mention = partial(event_mention, date="2024-01-08", location=PORT)


def merge(mentions: list[Event]) -> list[Event]:
    doc = Document("doc9", "x" * 2000, published="2024-01-09", event_mentions=mentions)
    return EventMerger()(doc).events


def test_a_headline_joins_the_body_event_of_its_sub_type() -> None:
    headline = mention(5, segment_kind="title", location=HILLS, date="2024-01-09")
    body = mention(120, size=Size(dead=2))
    events = merge([headline, body])
    assert len(events) == 1
    assert events[0].location == PORT and events[0].date == "2024-01-08" and events[0].fatalities == 2


def test_a_headline_with_no_body_event_of_its_sub_type_stays() -> None:
    headline = mention(5, segment_kind="title", acled_event_type="Protests",
                       acled_sub_event_type="Peaceful protest", plover_event="PROTEST")  # fmt: skip
    assert len(merge([headline, mention(120)])) == 2


def test_a_placeless_mention_takes_the_one_place_of_its_kind_and_day() -> None:
    events = merge([mention(10, location=None), mention(300, location=HILLS)])
    assert [e.location for e in events] == [HILLS]


def test_a_placeless_mention_stays_apart_when_two_places_could_be_meant() -> None:
    placeless = mention(10, location=None)
    assert len(merge([placeless, mention(300, location=HILLS), mention(600)])) == 3


def merged_in_two_sentences(text: str, second: int, mentions: list[Event]) -> list[Event]:
    """The merged events of `text`, two sentences split at offset `second`."""
    sentences = [Sentence(0, second - 1, 0, 0), Sentence(second, len(text), 0, 0)]
    doc = Document("d", text, event_mentions=mentions, analysis=Analysis(sentences=sentences))
    return EventMerger()(doc).events


def test_a_later_sentence_about_the_same_crowd_is_the_same_protest() -> None:
    text = "Farmers marched in Saltmere on Monday. The demonstrators later smashed windows."
    second = text.index("The")
    protest = mention(0, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST")  # fmt: skip
    riot = mention(second + 20, acled_event_type="Riots", acled_sub_event_type="Violent demonstration",
                   plover_event="PROTEST", date="2024-01-01", location=HILLS)  # fmt: skip
    events = merged_in_two_sentences(text, second, [protest, riot])
    assert [(e.acled_sub_event_type, e.date, e.location) for e in events] == [
        ("Violent demonstration", "2024-01-08", PORT)
    ]


def test_an_arrest_told_about_the_event_in_a_later_sentence_is_the_protests_intervention() -> None:
    # The arrest sentence took a wrong day and place of its own (a date in the sentence before).
    text = "Students gathered in Saltmere on Monday. Police intervened in the event, detaining 36."
    second = text.index("Police")
    protest = mention(0, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST")  # fmt: skip
    arrest = mention(second + 20, acled_event_type="Strategic developments", acled_sub_event_type="Arrests",
                     plover_event="COERCE", date="2024-01-01", location=HILLS)  # fmt: skip
    events = merged_in_two_sentences(text, second, [protest, arrest])
    assert [(e.acled_sub_event_type, e.date, e.location) for e in events] == [
        ("Protest with intervention", "2024-01-08", PORT)
    ]
