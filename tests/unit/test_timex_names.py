"""Month and season words inside proper names are not dates; dates that modify an event's name are."""

from __future__ import annotations

import pytest

from frontlines.timex import tag_timexes


def spans(text: str) -> list[str]:
    return [t.text for t in tag_timexes(text, "2022-04-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Students joined the March for Our Lives rally in Parkland.",
        "Organisers of March for Our Lives asked for calm.",
        "Thousands March Against Hunger in the capital.",
        "Protesters March in Kabul.",  # a title-case verb
        "Members of Black September were tried.",
        "The Arab Spring toppled four rulers.",
        "The April 6 Youth Movement called for a strike.",  # a group named after a date
        "Leaders of the 23 March Movement met in Kampala.",
        "The March 14 Alliance won the vote.",
    ],
)
def test_month_words_in_proper_names_are_not_tagged(text: str) -> None:
    assert spans(text) == []


def test_a_year_after_a_named_season_is_still_a_date() -> None:
    assert spans("The Prague Spring of 1968 ended in August.") == ["1968", "August"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March President Biden signed it.", ["March"]),  # a capital after the month is no name
        ("He left in March to visit Kyiv.", ["March"]),  # "March to" after "in" is the month
        ("From March to June, fighting raged.", ["March", "June"]),
        ("Early March saw heavy rain.", ["Early March"]),
        ("Rebels struck on Monday March 3.", ["Monday March 3"]),
        ("Despite the May 8, 1945 Setif massacre, talks went on.", ["May 8, 1945"]),  # an event's date
        ("In the March 1926 Warship Incident, ships were seized.", ["March 1926"]),
        ("KABUL, March 3 (Reuters) - Fighting resumed.", ["March 3"]),
    ],
)
def test_months_in_ordinary_use_next_to_capitals_are_still_tagged(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
