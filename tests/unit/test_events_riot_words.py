"""Riots told without riot words: a crowd that "turned violent", property "damaged" by people, a
brawl with the police (issue 6). A damaged school or house is a state, no deed."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.classify import bare_handed, classify
from frontlines.coding.lexicon import find_triggers
from frontlines.model import Sentence, Token

pytestmark = pytest.mark.slow


def test_inmates_who_became_violent_riot() -> None:
    events = code("Inmates of the district jail became violent after a fellow prisoner died in his cell.")
    assert sub_types(events)[0] == "Mob violence"


def test_a_protest_that_turned_violent_is_a_violent_demonstration() -> None:
    events = code("Students protested against the fee rise in the capital; the protest turned violent.")
    assert "Violent demonstration" in sub_types(events)


def test_protesters_who_damage_property_riot() -> None:
    events = code("Job seekers damaged public property during a demonstration against the new rules.")
    assert sub_types(events)[0] == "Violent demonstration"


def test_a_building_damaged_by_rain_is_no_property_destruction() -> None:
    """ "the clinic, damaged after the floods": a bare participle tells the clinic's state."""
    words = [("the", "DET", "DT", "det", 1), ("clinic", "NOUN", "NN", "dobj", 1),
             ("damaged", "VERB", "VBN", "advcl", 1), ("by", "ADP", "IN", "prep", 2)]  # fmt: skip
    made = [Token(4 * i, 4 * i + 3, text, "damage" if text == "damaged" else text, pos, tag, dep, head)
            for i, (text, pos, tag, dep, head) in enumerate(words)]  # fmt: skip
    assert find_triggers(made, Sentence(0, 16, 0, 4)) == []
    made[2] = Token(8, 11, "damaged", "damage", "VERB", "VBD", "ROOT", 2)  # "people damaged the clinic"
    assert [t.frame for t in find_triggers(made, Sentence(0, 16, 0, 4))] == ["LOOT"]


def test_a_physical_confrontation_with_the_police_is_mob_violence() -> None:
    events = code("A physical confrontation broke out between members of the farmers' party and the police.")
    assert sub_types(events)[0] == "Mob violence"


def test_a_bare_handed_clash_needs_an_unorganised_side() -> None:
    cues = frozenset({"crowd_weapons", "armed"})
    assert bare_handed("CLASH", cues, 1, None)
    assert not bare_handed("CLASH", cues, 1, 1)  # soldiers of two armies brawling: still a clash
    assert not bare_handed("CLASH", cues, 3, None)  # an armed group takes part
    assert not bare_handed("CLASH", cues | {"firearms"}, 1, None)


def test_a_motorcade_for_a_cause_is_a_protest() -> None:
    events = code("Farmers held a motorcade through the town to demand higher prices for milk.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_human_mosaic_for_a_cause_is_a_protest() -> None:
    events = code("About 900 pupils formed a human mosaic on the beach in defence of the sea turtles.")
    assert sub_types(events) == ["Peaceful protest"]


def test_the_presidents_motorcade_is_no_protest() -> None:
    assert sub_types(code("The president's motorcade drove through the city on Monday.")) == []


def test_a_crowd_that_closes_a_port_to_press_a_demand_protests() -> None:
    events = code("Oil workers closed the port of the city, demanding the payment of their wages.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_border_closed_by_the_authorities_is_no_protest() -> None:
    assert sub_types(code("The authorities closed the border crossing on Sunday.")) == []


def test_a_group_that_vandalises_an_office_is_a_mob() -> None:
    events = code("A group vandalised the office of the teachers' union in the town.")
    assert sub_types(events)[0] == "Mob violence"


def test_a_group_of_gunmen_is_no_mob() -> None:
    events = code("A group of gunmen shot dead a trader in the town.")
    assert sub_types(events)[0] == "Attack"


def test_protesters_who_attack_a_passer_by_riot() -> None:
    """ACLED: demonstrators who use violence make a violent demonstration, not a peaceful protest."""
    by_crowd = classify("ATTACK", frozenset({"civilian"}), 6, 7)
    on_crowd = classify("ATTACK", frozenset(), 1, 6)
    assert by_crowd is not None and by_crowd.acled_sub_type == "Violent demonstration"
    assert on_crowd is not None and on_crowd.acled_sub_type != "Violent demonstration"
