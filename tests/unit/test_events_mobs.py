"""Mob violence by ACLED's codebook (issue 6): rioters, unorganised and with no demonstration, who
turn on people or property. A group that assaults people with no gun told is a mob; activists of two
factions who clash with no protest told are rioters, not demonstrators; plain people who wreck
property are a mob, unknown doers may be an armed group; civilians told shooting are no mob."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.classify import MOB, VAC, classify

pytestmark = pytest.mark.slow


def test_a_group_that_assaults_people_unarmed_is_a_mob() -> None:
    events = code("On Sunday, a dozen neighbours assaulted two fruit sellers near the bus depot in Lira.")
    assert sub_types(events)[0] == "Mob violence"


def test_an_assault_with_guns_stays_an_attack() -> None:
    events = code("Gunmen assaulted two fruit sellers near the bus depot in Lira and shot one of them.")
    assert "Mob violence" not in sub_types(events)


def test_police_who_assault_a_detainee_attack_him() -> None:
    events = code("Police officers assaulted a detainee at the central station in Lira.")
    assert sub_types(events)[0] == "Attack"


def test_activists_of_two_factions_who_clash_are_a_mob() -> None:
    events = code("Activists of two rival student wings clashed at the college campus in Dinajpur, injuring "
                  "seven people.")
    assert sub_types(events)[0] == "Mob violence"


def test_protesters_who_clash_with_police_demonstrate_violently() -> None:
    events = code("Protesters clashed with police at the college campus in Dinajpur.")
    assert sub_types(events)[0] == "Violent demonstration"


def test_activists_who_clash_at_their_own_rally_demonstrate_violently() -> None:
    events = code("During a rally in Dinajpur, activists clashed with police.")
    assert sub_types(events)[0] == "Violent demonstration"


def test_plain_people_who_wreck_a_building_are_a_mob() -> None:
    events = code("On Friday, around 400 people damaged the water board's office in Kisumu over the "
                  "shortages.")
    assert sub_types(events)[0] == "Mob violence"


def test_a_number_of_people_who_torch_a_building_are_a_mob() -> None:
    events = code("On Friday, an unknown number of people torched the water board's office in Kisumu.")
    assert sub_types(events)[0] == "Mob violence"


def test_unknown_people_who_burn_a_building_destroy_property() -> None:
    events = code("On Friday, unidentified people set fire to the water board's office in Kisumu.")
    assert sub_types(events)[0] == "Looting/property destruction"


def test_activists_arrested_fight_no_one() -> None:
    events = code("Twenty activists were arrested at the college campus in Dinajpur.")
    assert not {"Mob violence", "Violent demonstration"} & set(sub_types(events))


def test_civilians_told_shooting_are_no_mob() -> None:
    """Guns are not a crowd's weapons: a civilian read as the doer of a shooting (often the victim the
    parse took for the subject) makes an attack; civilians who beat someone are a mob."""
    shot = classify("KILL", frozenset({"firearms", "civilian", "lethal"}), 7, None)
    beaten = classify("ATTACK", frozenset({"beating", "civilian"}), 7, 7)
    assert shot is not None and shot.acled_type == VAC
    assert beaten is not None and beaten.acled_sub_type == MOB
