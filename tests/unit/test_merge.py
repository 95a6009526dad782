"""Merging mentions into atomic events: one per type, day and place, ordered by salience."""

from __future__ import annotations

from functools import partial

from builders import event_mention

from frontlines.model import (
    Analysis,
    Attribution,
    Document,
    Event,
    EventActor,
    Location,
    Segment,
    Sentence,
    Size,
)
from frontlines.stages.merge import EventMerger

KANSAFRA = Location("Kansafra", geonameid=170001, geo_precision=1)
HAMA = Location("Hama", geonameid=170017, geo_precision=1)


mention = partial(event_mention, date="2020-03-02", location=KANSAFRA)


def merge(mentions: list[Event], segments: list[Segment] | None = None) -> list[Event]:
    doc = Document("doc7", "x" * 2000, event_mentions=mentions, segments=segments or [])
    return EventMerger()(doc).events


def test_mentions_of_one_type_day_and_place_become_one_event() -> None:
    events = merge([mention(10), mention(900, confidence=0.8)])
    assert len(events) == 1
    assert events[0].confidence == 0.8
    assert [(s.start, s.end) for s in events[0].evidence] == [(10, 15), (900, 905)]


def test_a_different_place_day_or_type_stays_apart() -> None:
    events = merge(
        [
            mention(10),
            mention(20, location=HAMA),
            mention(30, date="2020-03-03"),
            mention(40, acled_sub_event_type="Air/drone strike"),
        ]
    )
    assert len(events) == 4


def test_plover_only_events_merge_on_their_plover_code() -> None:
    consult = {"acled_event_type": "", "acled_sub_event_type": "", "plover_event": "CONSULT"}
    agree = {"acled_event_type": "", "acled_sub_event_type": "", "plover_event": "AGREE"}
    assert len(merge([mention(10, **consult), mention(50, **consult), mention(90, **agree)])) == 2


def test_conflicting_figures_keep_the_lowest() -> None:
    events = merge(
        [
            mention(10, size=Size(dead=12), fatalities=12),
            mention(50, size=Size(dead=7), fatalities=7),
            mention(90),
        ]
    )
    assert (events[0].fatalities, events[0].size.dead) == (7, 7)


def test_missing_arguments_are_filled_from_other_mentions() -> None:
    rebels = EventActor("Rebel Forces (Syria)", "rebels", 2, 0, 6)
    events = merge([mention(10, actor1=None), mention(50, actor1=rebels)])
    assert events[0].actor1 == rebels


def test_attributions_are_combined_without_repeats() -> None:
    said = Attribution("rebel spokesman", "according to a rebel spokesman", 100, 131)
    events = merge([mention(10, attribution=[said], modality="claimed"), mention(50, attribution=[said])])
    assert events[0].attribution == [said]
    assert events[0].modality == "asserted"


def test_a_planned_event_does_not_merge_with_one_that_happened() -> None:
    assert len(merge([mention(10), mention(50, modality="planned")])) == 2


def test_events_are_numbered_by_salience_title_first() -> None:
    title = Segment("title", 0, 60)
    events = merge(
        [mention(1500, acled_sub_event_type="Arrests", confidence=0.9), mention(5, confidence=0.5)],
        segments=[title],
    )
    assert [(e.id, e.acled_sub_event_type) for e in events] == [
        ("doc7-1", "Armed clash"),
        ("doc7-2", "Arrests"),
    ]


def test_merging_twice_gives_the_same_events_and_leaves_mentions_alone() -> None:
    doc = Document("d", "x" * 100, event_mentions=[mention(10, size=Size(dead=3)), mention(50)])
    EventMerger()(doc)
    first = [e.id for e in doc.events]
    EventMerger()(doc)
    assert [e.id for e in doc.events] == first
    assert doc.event_mentions[0].size.dead == 3 and len(doc.event_mentions[0].evidence) == 1


def test_protest_mentions_of_one_day_and_place_take_the_most_severe_sub_type() -> None:
    protest = {"acled_event_type": "Protests", "plover_event": "PROTEST"}
    events = merge(
        [
            mention(10, acled_sub_event_type="Peaceful protest", **protest),
            mention(80, acled_sub_event_type="Protest with intervention", **protest),
        ]
    )
    assert [e.acled_sub_event_type for e in events] == ["Protest with intervention"]


def test_an_event_acled_codes_comes_before_a_meeting_told_first() -> None:
    talks = mention(10, acled_event_type="", acled_sub_event_type="", plover_event="CONSULT", confidence=0.9)
    events = merge([talks, mention(900, confidence=0.5)])
    assert [e.plover_event for e in events] == ["ASSAULT", "CONSULT"]


def test_the_first_sentence_tells_the_main_event() -> None:
    text = "Rebels shelled the town. Police arrested two men."
    doc = Document("d", text, analysis=Analysis(sentences=[Sentence(0, 24, 0, 0), Sentence(25, 49, 0, 0)]))
    doc.event_mentions = [
        mention(
            30, acled_event_type="Strategic developments", acled_sub_event_type="Arrests", confidence=0.7
        ),
        mention(
            7, acled_event_type="Explosions/Remote violence", acled_sub_event_type="Shelling", confidence=0.6
        ),
    ]
    assert [e.acled_sub_event_type for e in EventMerger()(doc).events] == ["Shelling", "Arrests"]


def test_the_main_event_takes_the_toll_of_a_later_event_of_its_day_and_place() -> None:
    later = mention(900, acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
                    size=Size(dead=3), fatalities=3, confidence=0.4)  # fmt: skip
    events = merge([mention(10, confidence=0.9), later])
    assert events[0].acled_sub_event_type == "Armed clash" and events[0].fatalities == 3

def test_a_peaceful_protest_borrows_no_toll_from_a_later_killing() -> None:
    # "Teachers marched in the square. Gunmen later killed two guards at a bank nearby."
    protest = mention(10, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST", confidence=0.9)  # fmt: skip
    later = mention(900, acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
                    size=Size(dead=2), fatalities=2, confidence=0.4)  # fmt: skip
    events = merge([protest, later])
    assert events[0].acled_sub_event_type == "Peaceful protest" and events[0].fatalities == 0



def test_a_protest_that_turns_violent_is_one_riot() -> None:
    protest = mention(10, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST", confidence=0.9)  # fmt: skip
    riot = mention(500, acled_event_type="Riots", acled_sub_event_type="Violent demonstration",
                   plover_event="PROTEST", confidence=0.6)  # fmt: skip
    events = merge([protest, riot])
    assert [(e.acled_event_type, e.acled_sub_event_type) for e in events] == [
        ("Riots", "Violent demonstration"),
    ]


def test_arrests_beside_a_protest_are_its_intervention() -> None:
    protest = mention(10, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST",
                      actor1=EventActor("Protesters (Russia)", "protesters", 6))  # fmt: skip
    police = EventActor("Police Forces of Russia", "police", 1)
    arrests = mention(300, acled_event_type="Strategic developments", acled_sub_event_type="Arrests",
                      plover_event="COERCE", actor1=police, location=None)  # fmt: skip
    events = merge([protest, arrests])
    assert len(events) == 1
    assert events[0].acled_sub_event_type == "Protest with intervention"
    assert events[0].actor1 is not None and events[0].actor1.name == "Protesters (Russia)"
    assert events[0].actor2 is not None and events[0].actor2.name == "Police Forces of Russia"


def test_tear_gas_fired_at_people_beside_a_protest_is_its_intervention() -> None:
    protest = mention(10, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST")  # fmt: skip
    tear_gas = mention(300, acled_event_type="Strategic developments", acled_sub_event_type="Other",
                       plover_event="COERCE", location=None)  # fmt: skip
    assert [e.acled_sub_event_type for e in merge([protest, tear_gas])] == ["Protest with intervention"]


def test_people_displaced_beside_a_protest_are_no_intervention() -> None:
    protest = mention(10, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST")  # fmt: skip
    fled = mention(300, acled_event_type="Strategic developments", acled_sub_event_type="Other",
                   plover_event="RETREAT", location=None)  # fmt: skip
    assert sorted(e.acled_sub_event_type for e in merge([protest, fled])) == ["Other", "Peaceful protest"]


def test_arrests_elsewhere_stay_arrests() -> None:
    protest = mention(10, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST")  # fmt: skip
    arrests = mention(300, acled_event_type="Strategic developments", acled_sub_event_type="Arrests",
                      plover_event="COERCE", location=HAMA)  # fmt: skip
    kinds = sorted(e.acled_sub_event_type for e in merge([protest, arrests]))
    assert kinds == ["Arrests", "Peaceful protest"]


def test_an_event_that_happened_comes_before_one_only_planned() -> None:
    strike = mention(10, acled_sub_event_type="Peaceful protest", plover_event="PROTEST", modality="planned")
    riot = mention(900, acled_sub_event_type="Violent demonstration", plover_event="PROTEST", confidence=0.3)
    events = merge([strike, riot])
    assert [(e.acled_sub_event_type, e.modality) for e in events][0] == ("Violent demonstration", "asserted")


def test_merging_never_changes_the_mentions() -> None:
    shelled = mention(10, actor1=EventActor("Military Forces of Syria", "troops"), size=Size(dead=3))
    again = mention(90, size=Size(dead=2))
    (event,) = merge([shelled, again])
    assert event.actor1 == shelled.actor1 and event.actor1 is not shelled.actor1
    assert event.location == KANSAFRA and event.location is not KANSAFRA
    assert event.size.dead == 2 and shelled.size.dead == 3


def test_a_side_the_text_names_outweighs_an_unnamed_one_as_the_base_of_a_merge() -> None:
    # "Shelling hit Vuhledar on 2 March. Russian forces shelled Vuhledar.": the first mention has only a
    # default attacker (no words of the text), the second names it; both fill as many slots.
    unnamed = EventActor("Unidentified Armed Group (Ukraine)", "", 3)
    russians = EventActor("Military Forces of Russia (2000-)", "Russian forces", 1, 40, 54)
    civilians = EventActor("Civilians (Ukraine)", "civilians", 7)
    events = merge([
        mention(10, actor1=unnamed, actor2=civilians, confidence=0.8),
        mention(40, actor1=russians, actor2=civilians, confidence=0.6),
    ])
    assert len(events) == 1 and events[0].actor1 is not None
    assert events[0].actor1.text == "Russian forces"
