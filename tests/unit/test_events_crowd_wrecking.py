"""ACLED conventions for what crowds wreck and throw, and for places a tagger misreads: property
wrecked by plain people or a side's supporters is mob violence, not an armed group's destruction;
crude or cocktail bombs set off by people no armed side is named for are a crowd's weapons (mob
violence), while soldiers or rebels who use them still bomb; a name overrun is a place; a mine that
goes off while its own side tests it hits no target (disrupted weapons use)."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.classify import MOB, crude_bombs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday eleven persons ransacked a tea stall in Narail over an unpaid debt.",
        "On Sunday supporters of the defeated mayor smashed a teacher's car in Khulna.",
    ],
)
def test_property_wrecked_by_plain_people_or_supporters_is_mob_violence(text: str) -> None:
    assert sub_types(code(text))[0] == MOB


def test_property_wrecked_by_unknown_people_stays_property_destruction() -> None:
    events = code("On Sunday unidentified people vandalised a memorial plaque in a park in Trieste.")
    assert sub_types(events)[0] == "Looting/property destruction"


def test_cocktail_bombs_flung_by_unnamed_men_are_mob_violence() -> None:
    events = code("On Sunday some men flung cocktail bombs at a party office in Rajshahi before fleeing.")
    assert sub_types(events)[0] == MOB


def test_crude_bombs_are_no_crowd_weapon_in_the_hands_of_forces_rebels_or_gunmen() -> None:
    assert crude_bombs(frozenset({"crude_bomb", "thrown"}), None)
    assert not crude_bombs(frozenset({"crude_bomb", "thrown"}), 1)  # soldiers
    assert not crude_bombs(frozenset({"crude_bomb", "thrown"}), 2)  # rebels
    assert not crude_bombs(frozenset({"crude_bomb", "thrown", "firearms"}), None)
    assert not crude_bombs(frozenset({"crude_bomb"}), None)  # planted or gone off: no one threw it


def test_a_name_overrun_is_territory_whatever_the_tagger_took_it_for() -> None:
    events = code("On Friday rebels overtook Kalumbe after heavy fighting.")
    assert sub_types(events)[0] == "Non-state actor overtakes territory"


def test_a_mine_that_goes_off_while_its_owners_test_it_is_disrupted_weapons_use() -> None:
    events = code("On Friday a rebel fighter died in a mine blast while testing a device near Hakha.")
    assert sub_types(events)[0] == "Disrupted weapons use"
