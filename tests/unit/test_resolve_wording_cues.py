"""Kinds of place the wording around a name gives: a wire dateline (a name in capitals opening a
story, or the line after its headline, followed by a dash or a bracket) names the city the story was
filed from; names listed before a plural kind word ("Helmand and Kandahar provinces") are areas of
that kind, listed rather than one inside the next."""

from __future__ import annotations

import pytest

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.resolve import Mention, resolve
from frontlines.gazetteer.spans import DATELINE_CUE, is_dateline, wording_cues
from frontlines.stages.places import link_containers, link_lists, mention_for_span

ENTRIES = [
    # A state far bigger than the city of its name.
    GazEntry(9201, "Lincoln", "ADM1", "US", 47.5, -120.5, 7_000_000, "LN", "Lincoln"),
    GazEntry(9202, "Lincoln", "PPL", "US", 40.8, -96.7, 150_000, "NE", "Nebraska"),
]


def at(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.parametrize("text", [
    "LINCOLN — Lawmakers passed the budget on Tuesday.",
    "LINCOLN (AP) -- Lawmakers passed the budget on Tuesday.",
    "Budget passes after long night. LINCOLN - Lawmakers passed the budget on Tuesday.",
    "Budget passes\nLINCOLN, Neb. — Lawmakers passed the budget on Tuesday.",
])
def test_a_name_in_capitals_opening_a_story_before_a_dash_or_bracket_is_a_dateline(text: str) -> None:
    assert is_dateline(text, *at(text, "LINCOLN"))


@pytest.mark.parametrize("text, nth", [
    ("Lincoln — the state, not the city — passed the budget.", 0),  # not in capitals
    ("Lawmakers in LINCOLN - the capital - passed the budget.", 0),  # inside a sentence
    ("LINCOLN lawmakers passed the budget on Tuesday.", 0),  # a first word in capitals, no dash
    ("LINCOLN-based lawmakers passed the budget.", 0),  # a hyphen joining a word
])
def test_other_names_in_capitals_or_before_dashes_are_no_datelines(text: str, nth: int) -> None:
    assert not is_dateline(text, *at(text, "LINCOLN" if "LINCOLN" in text else "Lincoln", nth))


def test_a_dateline_is_cued_as_a_town_and_read_as_the_city_not_the_state() -> None:
    text = "LINCOLN — Lawmakers passed the budget on Tuesday."
    mention = Mention(0, 7, "LINCOLN", "LINCOLN")
    wording_cues(text, [mention])
    assert mention.cue == DATELINE_CUE
    [read] = resolve([mention], Gazetteer.from_entries(ENTRIES))
    assert read.entry is not None and read.entry.feature_code == "PPL"


def test_without_the_dateline_the_bigger_state_is_read() -> None:
    [read] = resolve([Mention(0, 7, "LINCOLN", "LINCOLN")], Gazetteer.from_entries(ENTRIES))
    assert read.entry is not None and read.entry.feature_code == "ADM1"


LISTED = [
    # Counties of one state; a town named like one of them lies in a county of another state
    # named like another ("Morrow, Tate" could place the town).
    GazEntry(9211, "Bexley County", "ADM2", "US", 39.4, -84.6, 380_000, "OH", "Ohio", "Bexley County"),
    GazEntry(9212, "Morrow County", "ADM2", "US", 39.2, -84.5, 800_000, "OH", "Ohio", "Morrow County"),
    GazEntry(9213, "Tate County", "ADM2", "US", 39.9, -83.4, 45_000, "OH", "Ohio", "Tate County"),
    GazEntry(9214, "Morrow", "PPL", "US", 42.8, -75.5, 4_000, "NY", "New York", "Tate County"),
    GazEntry(9215, "Tate County", "ADM2", "US", 42.9, -75.7, 5_000, "NY", "New York", "Tate County"),
]


def listed_mentions(text: str, *names: str) -> list[Mention]:
    """The names' mentions as the places stage makes them, in text order, lists linked, cued."""
    mentions = [mention_for_span(text, *at(text, name)) for name in names]
    link_containers(text, mentions)
    link_lists(text, mentions)
    wording_cues(text, mentions)
    return mentions


def test_names_listed_before_a_plural_kind_word_are_cued_as_areas_of_that_kind() -> None:
    text = "Rain is due in Helmand, Kandahar and Zabul provinces, and in Bexley and Morrow counties."
    mentions = listed_mentions(text, "Helmand", "Kandahar", "Zabul", "Bexley", "Morrow")
    assert [m.cue for m in mentions] == ["ADM1", "ADM1", "ADM1", "ADM2", "ADM2"]


def test_a_plural_kind_word_after_one_name_cues_nothing() -> None:
    text = "Ministers of the Gulf states met in Doha."
    assert [m.cue for m in listed_mentions(text, "Gulf", "Doha")] == [None, None]


def test_counties_listed_together_are_read_as_counties_not_one_inside_the_next() -> None:
    text = "Storm warnings cover Morrow, Tate and Bexley counties."
    mentions = listed_mentions(text, "Morrow", "Tate", "Bexley")
    morrow = resolve(mentions, Gazetteer.from_entries(LISTED))[0].entry
    assert morrow is not None and (morrow.name, morrow.admin1_code) == ("Morrow County", "OH")
