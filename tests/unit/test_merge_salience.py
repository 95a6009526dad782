"""Which event is the main one: the first sentence's own event, not one that borrows its date."""

from __future__ import annotations

from functools import partial

from builders import event_mention

from frontlines.model import Analysis, Document, Event, Location, Place, Sentence, Span, Timex
from frontlines.stages.merge import EventMerger

TOWN = Location("Katanga", geonameid=2330001, geo_precision=1)
mention = partial(event_mention, date="2022-05-21", location=TOWN)
# Sentences at 0-60, 61-120 and 121-180; a date at 3-14 and a place at 40-47 in the first.
SENTENCES = [Sentence(0, 60, 0, 0), Sentence(61, 120, 0, 0), Sentence(121, 180, 0, 0)]
DATE = Timex(3, 14, "21 May 2022", "DATE", "2022-05-21")
PLACE = Place(40, 47, "Katanga", "Katanga", 2330001)
MOB = {"acled_event_type": "Riots", "acled_sub_event_type": "Mob violence", "confidence": 0.7}
ATTACK = {"acled_event_type": "Violence against civilians", "acled_sub_event_type": "Attack",
          "confidence": 0.75}  # fmt: skip


def main_sub_type(mentions: list[Event]) -> str:
    doc = Document("d", "x" * 200, analysis=Analysis(sentences=SENTENCES), timexes=[DATE],
                   places=[PLACE], event_mentions=mentions)  # fmt: skip
    return EventMerger()(doc).events[0].acled_sub_event_type


def test_a_later_sentence_borrowing_the_leads_date_does_not_outrank_the_leads_event() -> None:
    # "On 21 May a mob burnt down a shop. ... Scores of residents were wounded."
    mob = mention(30, **MOB)
    wounded = mention(140, evidence=[Span(3, 14), Span(40, 47), Span(140, 147)], **ATTACK)
    assert main_sub_type([wounded, mob]) == "Mob violence"


def test_the_leads_event_told_again_later_keeps_its_place() -> None:
    # "A mob burnt down a shop. The rioters beat a pastor and attacked a church. ... were wounded."
    mob = [mention(30, **MOB), mention(70, **MOB), mention(90, **MOB), mention(100, **MOB)]
    wounded = mention(140, evidence=[Span(3, 14), Span(140, 147)], **ATTACK)
    assert main_sub_type([wounded, *mob]) == "Mob violence"
