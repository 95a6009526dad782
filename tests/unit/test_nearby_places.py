"""What counts as "near" the places a story already resolved: its towns' surroundings and their
provinces, but not a province's own map point, which lies near many towns only by chance."""

from __future__ import annotations

from frontlines.gazetteer import GazEntry
from frontlines.gazetteer.nesting import Nearby

STATE = GazEntry(9101, "Northland", "ADM1", "US", 42.0, -75.0, 19_000_000, "NL", "Northland")
TOWN = GazEntry(9102, "Brookvale", "PPL", "US", 41.2, -74.4, 30_000, "NL", "Northland")
# A small town in the next state: 100 km from Northland's point, 140 km from nothing else.
ACROSS = GazEntry(9103, "Elmira Falls", "PPL", "US", 41.2, -75.5, 2_000, "SL", "Southland")
NEXT_TO_TOWN = GazEntry(9104, "Oak Ridge", "PPL", "US", 41.0, -74.9, 2_000, "SL", "Southland")


def test_a_province_point_makes_no_town_of_another_province_near() -> None:
    nearby = Nearby([("northland", STATE)])
    assert nearby.fit(ACROSS, set()) == 0.0
    assert nearby.fit(TOWN, set()) == 1.0  # lying inside the named province still counts


def test_a_resolved_town_makes_the_towns_around_it_near() -> None:
    nearby = Nearby([("brookvale", TOWN)])
    assert nearby.fit(NEXT_TO_TOWN, set()) == 1.0
    assert nearby.fit(NEXT_TO_TOWN, {"brookvale"}) == 0.0  # not by the name being resolved itself
