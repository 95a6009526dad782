"""The gazetteer's shortcuts for speed give the answers of the plain ways they replace: reading only
the readings of a kind, spelling tests that stop early, one scan for countries and provinces."""

from __future__ import annotations

import pytest

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.index import (
    _prefix_spellings,
    _skeleton,
    entry_name_keys,
    spelling_fit,
    spelling_fits,
)
from frontlines.gazetteer.normalize import name_key, skeleton_key
from frontlines.gazetteer.spans import STATE_CODES

ENTRIES = [
    GazEntry(1, "Kentucky", "ADM1", "US", 37.5, -85.0, 4_500_000, "KY", "Kentucky",
             alternate_names=("Commonwealth of Kentucky", "KY")),
    GazEntry(2, "Kentucky", "PPL", "US", 38.0, -84.0, 300, "KY", "Kentucky"),
    GazEntry(3, "Kentucky", "ADM1", "US", 37.6, -85.1, 10, "KY", "Kentucky"),  # a rewritten duplicate code
    GazEntry(4, "Georgia", "PCLI", "GE", 42.0, 43.5, 3_700_000, alternate_names=("Sakartvelo",)),
    GazEntry(5, "Georgia", "ADM1", "US", 32.75, -83.5, 10_000_000, "GA", "Georgia"),
    GazEntry(6, "Georgia", "PPL", "US", 33.0, -84.0, 200, "GA", "Georgia"),
    GazEntry(7, "United States", "PCLI", "US", 39.8, -98.6, 327_000_000,
             alternate_names=("US", "USA", "America")),
    GazEntry(8, "Puerto Rico", "TERR", "PR", 18.2, -66.5, 3_200_000),
    GazEntry(9, "Hiiraan", "ADM1", "SO", 4.3, 45.3, 520_000, "04", "Hiiraan", alternate_names=("Hiran",)),
    GazEntry(10, "Hiiraan Town", "PPL", "SO", 4.3, 45.3, 5_000, "04", "Hiiraan"),
    GazEntry(11, "Maarat al-Numan", "PPL", "SY", 35.6, 36.7, 58_000, "07", "Idlib",
             alternate_names=("Ma'arrat an-Nu'man",)),
    GazEntry(12, "South Ossetia", "ADM1", "GE", 42.3, 44.0, 53_000, "SO", "South Ossetia"),
    GazEntry(13, "Springfield", "PPL", "US", 39.8, -89.6, 114_000, "IL", "Illinois"),
    GazEntry(14, "Springfield", "PPL", "US", 37.2, -93.3, 167_000, "MO", "Missouri"),
]
NAMES = ["Kentucky", "Georgia", "Springfield", "Hiraan", "Hiiraan", "Maarat al-Numan", "South East",
         "South Osetia", "Sakartvelo", "Nowhere", "US", "", "Georgia State", "Mara al Numan", "Springfeld"]


@pytest.fixture()
def gazetteer() -> Gazetteer:
    return Gazetteer.from_entries(ENTRIES, abbreviations={"Ky.": "US.KY", "Ga.": "US.GA", "Zz.": "US.ZZ"})


@pytest.mark.parametrize("name", NAMES)
def test_a_lookup_by_kind_finds_the_lookups_readings_of_that_kind(gazetteer: Gazetteer, name: str) -> None:
    whole = Gazetteer.from_entries(ENTRIES).lookup(name)
    for codes in (STATE_CODES, frozenset({"PPL"}), frozenset({"ADM2"})):
        expected = [e for e in whole if e.feature_code in codes]
        assert gazetteer.lookup_kind(name, codes) == expected  # cold
        assert gazetteer.lookup_kind(name, codes) == expected  # memoised
    assert gazetteer.lookup(name) == whole


@pytest.mark.parametrize("name", NAMES)
def test_the_early_spelling_test_agrees_with_the_fit(name: str) -> None:
    for entry in ENTRIES:
        fit = spelling_fit(name, entry)
        for min_fit in (0.0, 0.5, 0.67, 0.75, 0.8, 0.9, 1.0):
            assert spelling_fits(name, entry, min_fit) == (fit >= min_fit), (name, entry.name, min_fit)


def test_the_spelling_fit_is_difflibs_ratio_of_the_nearest_name() -> None:
    from difflib import SequenceMatcher

    entry = ENTRIES[10]
    key = name_key("Mara al Numan")
    expected = max(SequenceMatcher(None, key, name_key(n)).ratio()
                   for n in (entry.name, entry.asciiname, *entry.alternate_names))
    assert spelling_fit("Mara al Numan", entry) == expected
    assert entry_name_keys(entry) == ("maaratnuman", "", "maarratnuman")  # no ASCII name given


@pytest.mark.parametrize("name", [*NAMES, "Mazar-i-Sharif", "Deir ez-Zor", "St. Louis", "Ağrı", "Qqqq Wwwww"])
def test_the_skeleton_of_a_key_is_the_skeleton_of_its_name(name: str) -> None:
    assert _skeleton(name_key(name)) == skeleton_key(name)


def test_similar_areas_are_the_areas_among_the_prefix_readings(gazetteer: Gazetteer) -> None:
    for name in ("Hiraan", "Hiiran", "Kentuky", "Georgie", "Springfeld"):
        expected: list[GazEntry] = []
        for prefix in _prefix_spellings(name_key(name)):
            areas = [e for e in gazetteer.lookup_prefix(prefix, limit=500) if e.is_country or e.is_admin]
            expected = [e for e in areas if spelling_fit(name, e) >= 0.8]
            if expected:
                break
        assert Gazetteer.from_entries(ENTRIES).lookup_similar(name) == expected
    assert [e.geonameid for e in gazetteer.lookup_similar("Hiraan")] == [9]


def _id(entry: GazEntry | None) -> int | None:
    return None if entry is None else entry.geonameid


def test_countries_and_abbreviations_come_from_one_scan(gazetteer: Gazetteer) -> None:
    assert _id(gazetteer.country("us")) == 7
    assert _id(gazetteer.country("GE")) == 4
    assert _id(gazetteer.country("PR")) == 8  # a territory
    assert gazetteer.country("SO") is None
    assert _id(gazetteer.abbreviation("Ky.")) == 3  # the last entry of a code, as a full scan finds
    assert _id(gazetteer.abbreviation(" Ga. ")) == 5
    assert gazetteer.abbreviation("Zz.") is None
    assert gazetteer.abbreviation("Tx.") is None
