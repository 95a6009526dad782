"""Resolution's shortcuts for speed give the answers of the plain ways they replace: distances ruled
out by latitude, memoised coherence levels, a latitude-sorted index of nearby places, repeated names
indexed once, and the wording tests that skip a regular expression or a mention."""

from __future__ import annotations

import re
from collections.abc import Collection

import pytest

from frontlines.gazetteer import GazEntry
from frontlines.gazetteer.nesting import NEAR_KM, Nearby, Nesting, haversine_km
from frontlines.gazetteer.resolve import (
    AGREE_KM,
    NO_FOCUS,
    Focus,
    Mention,
    _coherence_votes,
    _scores,
    _spots,
    agrees,
    coherence,
    distance_km,
    fixed_terms,
    level_share,
)
from frontlines.stages.places import (
    _AREA_OF,
    _CONTAINER_OPENING,
    _CUE,
    _NAME,
    _add,
    _may_add,
    after_container_opening,
    mention_for_span,
)

TOWNS = [
    GazEntry(1, "Lebanon", "PPL", "US", 36.21, -86.29, 30_000, "TN", "Tennessee", "Wilson County"),
    GazEntry(2, "Wilson County", "ADM2", "US", 36.15, -86.30, 113_000, "TN", "Tennessee", "Wilson County"),
    GazEntry(3, "Tennessee", "ADM1", "US", 35.75, -86.25, 6_800_000, "TN", "Tennessee"),
    GazEntry(4, "Lebanon", "PCLI", "LB", 33.83, 35.83, 6_800_000),
    GazEntry(5, "Mount Juliet", "PPL", "US", 36.20, -86.52, 39_000, "TN", "Tennessee", "Wilson County"),
    GazEntry(6, "Nashville", "PPL", "US", 36.17, -86.78, 690_000, "TN", "Tennessee", "Davidson County"),
    GazEntry(7, "Lebanon", "PPL", "US", 39.81, -98.56, 200, "KS", "Kansas", "Smith County"),
    GazEntry(8, "Pacific Ocean", "OCN", "", 0.0, -160.0),
    GazEntry(9, "Nowhere", "PPL", "US", None, None, 10, "TN", "Tennessee"),
    GazEntry(10, "Gallatin", "PPL", "US", 36.39, -86.45, 44_000, "TN", "Tennessee", "Sumner County"),
    GazEntry(11, "Edge", "PPL", "US", 36.21 + AGREE_KM / 111.0, -86.29, 100, "TN", "Tennessee"),
]


def _mention(query: str, *candidates: GazEntry) -> Mention:
    mention = Mention(0, len(query), query, query, candidates=list(candidates))
    mention.key = query.lower().replace(" ", "")
    return mention


@pytest.mark.parametrize("a", TOWNS)
def test_agreeing_points_are_those_within_agree_km(a: GazEntry) -> None:
    for b in TOWNS:
        assert agrees(a, b) == (distance_km(a, b) <= AGREE_KM)


def test_coherence_with_memoised_levels_is_the_plain_coherence() -> None:
    mentions = [_mention("Lebanon", TOWNS[0], TOWNS[3], TOWNS[6]), _mention("Wilson County", TOWNS[1]),
                _mention("Mount Juliet", TOWNS[4]), _mention("Lebanon", TOWNS[0], TOWNS[3], TOWNS[6]),
                _mention("Pacific", TOWNS[7]), _mention("Nowhere", TOWNS[8])]
    votes = _coherence_votes(mentions)
    shares: dict[tuple[tuple[object, ...], Collection[str]], float] = {}
    for m in mentions:
        for c in m.candidates:
            levels = _spots(c, around=True)
            for ignore in ((m.key,), frozenset({m.key, "wilsoncounty"})):
                plain = sum(level_share(level, ignore, votes) for level in levels) / len(levels)
                assert coherence(c, ignore, votes) == plain
                assert coherence(c, ignore, votes, shares) == plain  # cold, then memoised
                assert coherence(c, ignore, votes, shares) == plain


def test_spots_are_country_province_and_cells() -> None:
    town, country, sea, pointless = TOWNS[0], TOWNS[3], TOWNS[7], TOWNS[8]
    assert _spots(town, around=False) == ((("c", "US"),), (("a", "US", "TN"),), ((36, -87),))
    assert len(_spots(town, around=True)[2]) == 9 and (35, -88) in _spots(town, around=True)[2]
    assert _spots(country, around=True) == ((("c", "LB"),),)
    assert _spots(sea, around=True) == ((("c", ""),),)
    assert _spots(pointless, around=True) == ((("c", "US"),), (("a", "US", "TN"),))
    assert _spots(TOWNS[2], around=True) == ((("c", "US"),), (("a", "US", "TN"),))  # a province: no cell


def _nearby_plainly(resolved: list[tuple[str, GazEntry]], entry: GazEntry, ignore: set[str]) -> float:
    for key, other in resolved:
        if other.is_country or key in ignore:
            continue
        if (other.country_code, other.admin1_code) == (entry.country_code, entry.admin1_code):
            return 1.0
        if None not in (entry.lat, entry.lon, other.lat, other.lon):
            assert entry.lat is not None and entry.lon is not None and other.lat is not None
            assert other.lon is not None
            if haversine_km(entry.lat, entry.lon, other.lat, other.lon) <= NEAR_KM:
                return 1.0
    return 0.0


@pytest.mark.parametrize("entry", TOWNS)
def test_nearby_places_are_found_as_by_a_scan(entry: GazEntry) -> None:
    resolved = [("nashville", TOWNS[5]), ("gallatin", TOWNS[9]), ("lebanon", TOWNS[3]), ("kansas", TOWNS[6])]
    nearby = Nearby(resolved)
    for ignore in (set(), {"nashville"}, {"nashville", "gallatin"}, {"kansas"}):
        assert nearby.fit(entry, ignore) == _nearby_plainly(resolved, entry, ignore)
    assert Nearby(()).fit(entry, set()) == 0.0


def test_a_repeated_name_nests_as_once() -> None:
    once = [_mention("Lebanon", TOWNS[0], TOWNS[6]), _mention("Wilson County", TOWNS[1])]
    twice = [once[0], once[1], _mention("Lebanon", TOWNS[0], TOWNS[6])]
    for entry in TOWNS:
        for ignore in ((), ("lebanon",), ("wilsoncounty",)):
            assert Nesting(once).fit(entry, ignore) == Nesting(twice).fit(entry, ignore)
    assert _coherence_votes(once) == _coherence_votes(twice)


def test_fixed_terms_are_one_per_reading_and_weigh_a_stated_container() -> None:
    lebanon = _mention("Lebanon", TOWNS[0], TOWNS[3], TOWNS[6])
    lebanon.stated = [TOWNS[2]]  # "Lebanon, Tenn."
    terms = fixed_terms(lebanon, [lebanon])
    assert [t.stated for t in terms] == [1.0, 0.0, 0.0]
    assert terms[0].container > 0 and terms[1].container == terms[2].container == 0.0
    assert fixed_terms(_mention("Nowhere"), []) == []


def test_the_first_pass_scores_are_those_with_zero_focus_and_nothing_near() -> None:
    lebanon = _mention("Lebanon", *TOWNS)
    lebanon.stated = [TOWNS[2]]
    fixed = fixed_terms(lebanon, [lebanon])
    cohere = [0.1 * i for i in range(len(TOWNS))]
    no_focus = Focus({}, {}, {})  # not NO_FOCUS itself: scored the general way
    assert _scores(lebanon, fixed, NO_FOCUS, Nearby(()), cohere) == _scores(
        lebanon, fixed, no_focus, Nearby(()), cohere)


TEXTS = [
    "Fighting in Zarvinka, Kherson and near Bucksport (Maine) went on.",
    "The village (Ah Baw, Ye) ,  Dori  and  Seno\n(Gourma",
    "the northern district of Helmand and the state of Washington; city of  Kabul, capital",
    "subdistrict of Mansehra, sub-district of Wadi, The province of X",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_container_opening_is_found_as_by_the_regex(text: str) -> None:
    for start in range(len(text) + 1):
        expected = bool(_CONTAINER_OPENING.search(text, max(0, start - 40), start))
        assert after_container_opening(text, start) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_area_of_finds_what_the_pattern_with_its_leading_words_found(text: str) -> None:
    leading = re.compile(rf"\b(?:the\s+)?(?:[a-z\-]+\s+)?(?P<kind>{_CUE})\s+of\s+(?P<name>{_NAME})")
    def found(regex: re.Pattern[str]) -> list[tuple[str, tuple[int, int]]]:
        return [(m.group("kind"), m.span("name")) for m in regex.finditer(text)]
    assert found(_AREA_OF) == found(leading)


def test_a_span_is_skipped_only_when_adding_it_changes_nothing() -> None:
    text = "Kabul city and Kabul and Herat province"
    found = [mention_for_span(text, 0, 5), mention_for_span(text, 15, 20), mention_for_span(text, 25, 30)]
    found[2].cue = "ADM1"
    for start, end in ((0, 5), (15, 20), (25, 30), (2, 8), (31, 39), (0, 39)):
        after = [Mention(m.start, m.end, m.text, m.query, m.cue) for m in found]
        _add(after, mention_for_span(text, start, end))
        unchanged = [(m.start, m.end, m.cue) for m in after] == [(m.start, m.end, m.cue) for m in found]
        assert _may_add(found, start, end) or unchanged
    assert not _may_add(found, 2, 8) and not _may_add(found, 25, 30) and _may_add(found, 31, 39)
