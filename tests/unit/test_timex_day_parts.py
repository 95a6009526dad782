"""Parts of a day ("mid-afternoon", "in the morning", "the night of 4 March") and weekdays
counted from the story's own day ("the previous Friday")."""

from __future__ import annotations

import pytest
from builders import timexes_by_text

from frontlines.model import Timex

# 1989-10-30 is a Monday.
DCT = "1989-10-30"


def by_text(text: str, dct: str = DCT) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("By mid-afternoon, the checkpoint was closed.", "mid-afternoon", "1989-10-30TAF"),
        ("By mid afternoon the square was empty.", "mid afternoon", "1989-10-30TAF"),
        ("Late evening brought more rain.", "Late evening", "1989-10-30TEV"),
        ("The convoy set out in the morning and arrived at dusk.", "the morning", "1989-10-30TMO"),
        ("The troops moved during the night.", "the night", "1989-10-30TNI"),
    ],
)
def test_a_part_of_the_day_alone_is_a_time_on_the_story_day(text: str, words: str, expected: str) -> None:
    timex = by_text(text)[words]
    assert (timex.type, timex.value) == ("TIME", expected)


def test_the_morning_as_a_noun_is_no_time() -> None:
    assert by_text("She reads the morning papers. It was the evening of the attack.") == {}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Shelling resumed at mid-afternoon yesterday.", "mid-afternoon yesterday", "1989-10-29TAF"),
        ("The envoy arrived Friday mid-afternoon.", "Friday mid-afternoon", "1989-10-27TAF"),
        ("On the night of 4 March 1945, the bridge fell.", "the night of 4 March 1945", "1945-03-04TNI"),
        ("Rebels entered on the morning of Oct. 3, 1989.", "the morning of Oct. 3, 1989", "1989-10-03TMO"),
        ("In the early morning hours of 2 May 1975, the ship sailed.",
         "the early morning hours of 2 May 1975", "1975-05-02TMO"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_joins_the_day_it_belongs_to(text: str, words: str, expected: str) -> None:
    timex = by_text(text)[words]
    assert (timex.type, timex.value) == ("TIME", expected)


def test_the_previous_weekday_counts_back_from_the_story_day() -> None:
    text = "On Oct. 27, 1989, the currency traded 3% below its level of the previous Friday."
    assert by_text(text)["the previous Friday"].value == "1989-10-20"


def test_the_following_weekday_counts_on_from_the_story_day() -> None:
    text = "The talks opened on Wednesday, March 1, 1989. The following Monday, they broke down."
    assert by_text(text)["The following Monday"].value == "1989-03-06"


def test_weekday_nights_are_a_recurrence() -> None:
    timex = by_text("The market opens late on Thursday nights.")["Thursday nights"]
    assert (timex.type, timex.value) == ("SET", "XXXX-WXX-4TNI")
