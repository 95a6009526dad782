"""ACLED conventions for security measures, rival crowds, protests broken up, named places taken and
the violent past of those a deed is done to: a curfew, a state of emergency or a ban on rallies is a
change to the state's activity; party supporters or rival groups who fight are a mob, guns or not;
forces that interrupt a protest intervene in it; a town named as what rebels take is territory."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.classify import MOB, classify

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the regional governor imposed a curfew on the market town of Wau.",
        "The cabinet put the two northern provinces under a state of emergency on Tuesday.",
        "On Tuesday the junta announced a month-long ban on party meetings and marches in the capital.",
    ],
)
def test_a_security_measure_is_a_change_to_group_activity(text: str) -> None:
    assert sub_types(code(text))[0] == "Change to group/activity"


def test_a_protest_against_a_curfew_stays_a_protest() -> None:
    events = code("On Tuesday about 300 traders marched in Wau against the curfew.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_police_who_interrupt_a_protest_intervene_in_it() -> None:
    events = code("On Tuesday some forty nurses held a vigil at the clinic gate in Kitwe. "
                  "Police officers soon broke up the vigil.")
    assert sub_types(events)[0] == "Protest with intervention"


def test_supporters_of_rivals_who_fight_with_guns_are_a_mob() -> None:
    events = code("On Sunday supporters of the chief and of his rival clashed with pistols at a tally "
                  "centre in Kisii.")
    assert sub_types(events)[0] == MOB


def test_rival_factions_of_a_union_who_clash_are_a_mob() -> None:
    events = code("On Sunday rival factions of the dockers' union clashed at the harbour in Kisumu, "
                  "injuring nine men.")
    assert sub_types(events)[0] == MOB


def test_two_armed_groups_that_clash_fight_a_battle() -> None:
    events = code("On Sunday two armed groups fought for a gold pit near Bunia.")
    assert sub_types(events)[0] == "Armed clash"


def test_rival_crowds_need_no_state_rebel_or_foreign_side() -> None:
    def sub_type(frame: str, cues: set[str], actor2: int | None) -> str | None:
        coded = classify(frame, frozenset(cues), 3, actor2)
        return coded.acled_sub_type if coded else None

    assert sub_type("CLASH", {"partisans", "firearms"}, 3) == MOB
    assert sub_type("CLASH", {"partisans", "firearms"}, 1) != MOB
    assert sub_type("CLASH", {"factions", "armed"}, 3) != MOB
    # Partisans who shoot at people are a party's gunmen attacking them.
    assert sub_type("ATTACK", {"partisans", "firearms", "civilian"}, 7) == "Attack"


def test_a_town_named_as_what_rebels_capture_is_territory() -> None:
    events = code("Rebels captured Bunia in Ituri on Saturday after clashes with the army.")
    assert sub_types(events)[0] == "Non-state actor overtakes territory"


def test_deeds_done_to_someone_with_a_violent_past_are_the_news() -> None:
    events = code("On Sunday villagers torched the pickup of bandits who had tried to kill a teacher in "
                  "Tumaco.")
    assert sub_types(events) == [MOB]
