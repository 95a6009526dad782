"""Looser readings of marked place names the gazetteer lacks: peoples, name beginnings, parts."""

from __future__ import annotations

import pytest

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.variants import area_by_stem, loose_lookup, place_in_name

ONTARIO = GazEntry(6093943, "Ontario", "ADM1", "CA", 49.25, -84.5, 13_000_000, "08", "Ontario")
ONTARIO_TOWN = GazEntry(5379439, "Ontario", "PPL", "US", 34.06, -117.65, 175_000, "CA", "California")
NEWFOUNDLAND = GazEntry(6354959, "Newfoundland and Labrador", "ADM1", "CA", 52.0, -56.0, 520_000, "05",
                        "Newfoundland and Labrador")
NEWFOUNDLAND_TOWN = GazEntry(4, "Newfoundland Village", "PPL", "US", 41.3, -75.3, 900)
MINNESOTA = GazEntry(5037779, "Minnesota", "ADM1", "US", 46.25, -94.25, 5_600_000, "MN", "Minnesota")
VANCOUVER = GazEntry(6173331, "Vancouver", "PPL", "CA", 49.25, -123.12, 600_000, "02", "British Columbia")
ART = GazEntry(5, "Art", "PPL", "RU", 55.0, 40.0, 700)
IRAN = GazEntry(130758, "Iran", "PCLI", "IR", 32.0, 53.0, 81_000_000)
IRAQ = GazEntry(99237, "Iraq", "PCLI", "IQ", 33.0, 44.0, 38_000_000)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    entries = [ONTARIO, ONTARIO_TOWN, NEWFOUNDLAND, NEWFOUNDLAND_TOWN, MINNESOTA, VANCOUVER, ART, IRAN, IRAQ]
    return Gazetteer.from_entries(entries)


@pytest.mark.parametrize(("people", "area"), [("Ontarians", ONTARIO), ("Minnesotans", MINNESOTA)])
def test_a_people_named_after_a_province_stands_for_the_province(
    gazetteer: Gazetteer, people: str, area: GazEntry
) -> None:
    assert [e.geonameid for e in area_by_stem(people, gazetteer)] == [area.geonameid]


def test_a_name_that_begins_an_area_name_means_that_area_not_a_town(gazetteer: Gazetteer) -> None:
    assert [e.geonameid for e in area_by_stem("Newfoundland", gazetteer)] == [NEWFOUNDLAND.geonameid]


def test_a_short_stem_must_be_a_whole_name_not_the_beginning_of_one(gazetteer: Gazetteer) -> None:
    assert [e.geonameid for e in area_by_stem("Iranians", gazetteer)] == [IRAN.geonameid]  # "iran" whole
    assert area_by_stem("Irak", gazetteer) == []  # no area is named so, and four letters begin too many


def test_a_landmark_lies_in_the_most_populous_place_its_name_contains(gazetteer: Gazetteer) -> None:
    assert [e.geonameid for e in place_in_name("Vancouver Art Gallery", gazetteer)] == [VANCOUVER.geonameid]


def test_a_single_unknown_word_has_no_part_to_fall_back_on(gazetteer: Gazetteer) -> None:
    assert place_in_name("Gallery", gazetteer) == []
    assert loose_lookup("Zzyzx", gazetteer) == []


def test_prefix_lookup_finds_keys_beginning_with_the_prefix(gazetteer: Gazetteer) -> None:
    assert {e.geonameid for e in gazetteer.lookup_prefix("newfoundland")} == {
        NEWFOUNDLAND.geonameid, NEWFOUNDLAND_TOWN.geonameid}
    assert gazetteer.lookup_prefix("") == []


def test_a_bare_direction_or_kind_inside_a_name_is_no_place_to_fall_back_on() -> None:
    south = GazEntry(6, "South", "ADM1", "LB", 33.3, 35.4, 600_000, "04", "South")
    gazetteer = Gazetteer.from_entries([south])
    assert place_in_name("South Ossetia", gazetteer) == []


def test_a_people_of_a_four_letter_province_still_finds_it() -> None:
    ohio = GazEntry(5165418, "Ohio", "ADM1", "US", 40.25, -83.0, 11_700_000, "OH", "Ohio")
    gazetteer = Gazetteer.from_entries([ohio])
    assert [e.geonameid for e in area_by_stem("Ohioans", gazetteer)] == [ohio.geonameid]


def test_a_wire_abbreviation_missing_its_last_dot_is_still_the_province() -> None:
    new_york = GazEntry(5128638, "New York", "ADM1", "US", 43.0, -75.5, 19_000_000, "NY", "New York")
    gazetteer = Gazetteer.from_entries([new_york], abbreviations={"N.Y.": "US.NY"})
    assert [e.geonameid for e in loose_lookup("N.Y", gazetteer)] == [new_york.geonameid]


def test_an_area_is_found_with_a_vowel_doubled_or_single_near_the_start() -> None:
    area = GazEntry(1, "Baakool", "ADM1", "SO", 4.4, 43.6, 300_000, "02", "Baakool")
    gaz = Gazetteer.from_entries([area])
    assert [e.geonameid for e in gaz.lookup_similar("Bakool")] == [1]  # "bako" / "baak"
    assert gaz.lookup_similar("Bokaal") == []
