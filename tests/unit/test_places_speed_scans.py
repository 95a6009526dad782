"""The text scans' shortcuts for speed find what the plain scans they replace found: patterns tried
only where a match can begin, possessive name words, case-insensitive wording searched in lowercased
ASCII text, and prefix lookups narrowed to a kind and remembered."""

from __future__ import annotations

import re

import pytest

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.spans import _ABBREVIATION, abbreviation_spans, matches_at, occurrences
from frontlines.gazetteer.variants import AREA_KINDS
from frontlines.stages.places import (
    _AREA_OF,
    _BRACKET_CHAIN,
    _CUE,
    _KIND_OF,
    _NAME,
    _NAME_AREA,
    _NAME_RUN,
    _PARTICLE,
    CUES,
    Caseless,
    _bracket_starts,
    _kind_before,
    _widen,
)

TEXTS = [
    "Fighting in Kochubeivka, Kherson and near Bucksport (Maine) went on; Mbamga (Dori, Seno) too.",
    "Clashes at Rayak  (Zahle) and in Hays\n(Al Hudaydah, Yemen) , then ( Ibb) and x(Taiz)(Aden).",
    "Louisville, Ky. and Charleston, W.Va. or Ky. 61, and LOUISVILLE, KY. and Paris, Tenn.,  Mo.",
    "the northern district of Helmand and the state of Washington; city of  Kabul, capital of",
    "subdistrict of Mansehra, sub-district of Wadi, The province of X, provinces of Y, region ofZ",
    "Deir-ez-Zor province, Mazar-i-Sharif district and Sao Jose dos Campos city; Foo-al Bar county",
    "A B C D E province; Al-Qaim-Rawa District town, North-West-Frontier-Province region",
    "Outskirts of Ramadi, TOWNS OF Hit, near\tFallujah, coded to nearby Baiji and shelled Tikrit.",
    "Stra\u017fe outſide Ağrı, the \u212aabul village of \u0130dlib, area of Homs; (\u00c9vora)",
    "",
]

# `_NAME` as it was before its words were made possessive.
BACKTRACKING_NAME = rf"[A-Z][\w’'\-]*(?:(?:\s|-)(?:{_PARTICLE}(?:\s|-))?[A-Z][\w’'\-]*){{0,3}}"


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_a_pattern_tried_where_it_can_begin_finds_what_finditer_finds(text: str) -> None:
    assert _found(matches_at(_AREA_OF, text, occurrences(text, CUES))) == _found(_AREA_OF.finditer(text))
    assert _found(matches_at(_BRACKET_CHAIN, text, _bracket_starts(text))) == _found(
        _BRACKET_CHAIN.finditer(text))
    after_commas = (at + 2 for at in occurrences(text, (", ",)))
    assert _found(matches_at(_ABBREVIATION, text, after_commas)) == _found(_ABBREVIATION.finditer(text))


def test_occurrences_are_every_place_any_word_begins_in_order() -> None:
    assert occurrences("a city, the city of cities", ("city", "of", "ties")) == [2, 12, 17, 22]


def test_wire_abbreviations_are_found_after_a_towns_comma_only() -> None:
    gazetteer = Gazetteer.from_entries([KENTUCKY], abbreviations={"Ky.": "US.KY"})
    text = "Louisville, Ky. and Ky. 61 and Paris, Ky., then Lexington,  Ky."
    assert [text[s:e] for s, e in abbreviation_spans(text, gazetteer)] == ["Ky.", "Ky."]


@pytest.mark.parametrize("text", TEXTS)
def test_possessive_name_words_find_the_names_backtracking_found(text: str) -> None:
    plain_run = re.compile(BACKTRACKING_NAME)
    plain_area = re.compile(rf"(?P<name>{BACKTRACKING_NAME})\s+(?P<kind>{_CUE})\b")
    plain_of = re.compile(rf"\b(?P<kind>{_CUE})\s+of\s+(?P<name>{BACKTRACKING_NAME})")
    assert _NAME != BACKTRACKING_NAME
    assert _found(_NAME_RUN.finditer(text)) == _found(plain_run.finditer(text))
    assert _found(_NAME_AREA.finditer(text)) == _found(plain_area.finditer(text))
    assert _found(_AREA_OF.finditer(text)) == _found(plain_of.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_the_kind_before_a_name_is_searched_as_the_pattern_finds_it(text: str) -> None:
    for start in range(len(text) + 1):
        expected = _KIND_OF.search(text, max(0, start - 30), start)
        found = _kind_before(text, start)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", [
    r"\b(?:near|outside|towns?|of|i|k|s)\s+$",
    r"\b(?:village|town|city)\s+of\s+",
    r"\bstra(?:ss|ß)e\b",
])
def test_a_caseless_pattern_finds_what_a_case_insensitive_search_finds(pattern: str) -> None:
    caseless = Caseless(pattern)
    regex = re.compile(pattern, re.IGNORECASE)
    for text in TEXTS:
        for end in range(len(text) + 1):
            for window in (text[max(0, end - 20):end], text[max(0, end - 40):end]):
                assert caseless.found_in(window) == bool(regex.search(window)), (pattern, window)


def test_outside_ascii_a_letter_meets_its_other_case_forms() -> None:
    assert Caseless(r"\boutside\s+$").found_in("OUTſIDE ")  # a long s is an s
    assert Caseless(r"\bk\s+$").found_in("\u212a ")  # the Kelvin sign is a K


def test_the_tagger_stops_at_a_hyphen_and_the_whole_run_is_taken() -> None:
    text = "in Mazar-i-Sharif and Kabul"
    assert _widen(text, 3, 8) == (3, 17)
    assert _widen(text, 22, 27) == (22, 27)  # at the end of the text: nothing follows
    assert _widen(text, 3, 17) == (3, 17)


KENTUCKY = GazEntry(1, "Kentucky", "ADM1", "US", 37.5, -85.0, 4_500_000, "KY", "Kentucky")
AREAS = [
    KENTUCKY,
    GazEntry(2, "Kent", "ADM2", "GB", 51.2, 0.7, 1_800_000, "ENG", "England"),
    GazEntry(3, "Kent", "PPL", "US", 41.2, -81.4, 30_000, "OH", "Ohio"),
    GazEntry(4, "Kentland", "RGN", "", 0.0, 0.0),
    GazEntry(5, "Kenya", "PCLI", "KE", 1.0, 38.0, 53_000_000),
    GazEntry(6, "Kentwood", "PPL", "US", 42.9, -85.6, 50_000, "MI", "Michigan"),
]


@pytest.mark.parametrize("prefix", ["ken", "kent", "kentucky", "kenya", "zz", "", "~knt"])
def test_a_prefix_lookup_of_a_kind_is_the_prefix_lookups_readings_of_that_kind(prefix: str) -> None:
    gazetteer = Gazetteer.from_entries(AREAS)
    for limit in (1, 3, 50):
        expected = [e for e in gazetteer.lookup_prefix(prefix, limit) if e.feature_code in AREA_KINDS]
        assert gazetteer.lookup_prefix_kind(prefix, AREA_KINDS, limit) == expected  # asked
        assert gazetteer.lookup_prefix_kind(prefix, AREA_KINDS, limit) == expected  # remembered


def test_a_remembered_prefix_lookup_is_a_copy_the_caller_may_change() -> None:
    gazetteer = Gazetteer.from_entries(AREAS)
    gazetteer.lookup_prefix_kind("kent", AREA_KINDS).clear()
    assert [e.geonameid for e in gazetteer.lookup_prefix_kind("kent", AREA_KINDS)] == [1, 4]
