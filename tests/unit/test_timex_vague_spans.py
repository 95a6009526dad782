"""Spans and days named without a number: "for a while", "over the years", "a week or so ago",
"could one day", and a month named alone in a paragraph that also names an old full date."""

from __future__ import annotations

import pytest
from builders import timexes_by_text

from frontlines.model import Timex
from frontlines.timex import tag_timexes

DCT = "1991-02-25"


def by_text(text: str, dct: str = DCT) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The refugees stayed in the camp for a while.", "a while", ("DURATION", "PXX")),
        ("After a little while, the shelling resumed.", "a little while", ("DURATION", "PXX")),
        ("Over the years, the town changed hands often.", "the years", ("DURATION", "PXY")),
        ("The mines will be cleared over the next two years or so.", "the next two years or so",
         ("DURATION", "P2Y")),
        ("A week or so ago, the militia withdrew.", "A week or so ago", ("DATE", "1991-W08")),
        ("Analysts say the city could one day be the capital.", "one day", ("DATE", "FUTURE_REF")),
    ],
)  # fmt: skip
def test_vague_spans_and_days(text: str, words: str, expected: tuple[str, str]) -> None:
    timex = by_text(text)[words]
    assert (timex.type, timex.value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He visits once in a while.",
        "A while ago the talks stalled.",
        "The treaty was drafted over the years 1820-1825.",  # the years are named: not a vague span
    ],
)
def test_no_vague_span(text: str) -> None:
    assert all(t.value not in {"PXX", "PXY"} for t in tag_timexes(text, DCT))


def test_one_day_after_a_verb_of_lasting_is_still_a_day_long() -> None:
    assert by_text("The strike lasted one day.")["one day"].value == "P1D"


def test_a_month_alone_takes_no_year_from_an_old_full_date_in_its_paragraph() -> None:
    text = "The mayor, elected on April 9, 2015, in Lyon, resigned in November after a fraud inquiry."
    assert by_text(text, "2020-03-01")["November"].value == "2019-11"


def test_a_day_still_takes_the_year_of_a_full_date_in_its_paragraph() -> None:
    text = "The mayor was elected on April 9, 2015, in Lyon. On June 14 he named his deputies."
    assert by_text(text, "2020-03-01")["June 14"].value == "2015-06-14"
