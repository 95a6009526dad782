"""Narrative anchoring: story-relative expressions count from the paragraph's last date."""

from __future__ import annotations

from frontlines.model import Timex
from frontlines.timex import tag_timexes

DCT = "2020-03-05"


def by_text(text: str, dct: str | None = DCT) -> dict[str, Timex]:
    return {t.text: t for t in tag_timexes(text, dct)}


def test_a_day_earlier_counts_from_the_date_just_named() -> None:
    text = "On March 3, elders met the commanders. A day earlier, an assault was repelled."
    timexes = by_text(text)
    assert timexes["March 3"].value == "2020-03-03"
    earlier = timexes["A day earlier"]
    assert (earlier.value, earlier.anchor) == ("2020-03-02", f"timex:{text.index('March 3')}")


def test_two_days_later_and_the_next_day_chain_through_the_story() -> None:
    text = "Talks opened on February 10, 2019. Two days later they stalled. The next day they resumed."
    timexes = by_text(text)
    assert timexes["Two days later"].value == "2019-02-12"
    assert timexes["The next day"].value == "2019-02-13"
    assert timexes["The next day"].anchor == f"timex:{text.index('Two days later')}"


def test_deictic_expressions_ignore_the_story_and_count_from_the_dct() -> None:
    timexes = by_text("On February 10, 2019, talks opened. Yesterday they stalled.")
    assert (timexes["Yesterday"].value, timexes["Yesterday"].anchor) == ("2020-03-04", "dct")


def test_without_a_date_in_the_paragraph_the_story_counts_from_the_dct() -> None:
    text = "Talks opened on February 10, 2019.\nA day earlier, an assault was repelled."
    earlier = by_text(text)["A day earlier"]
    assert (earlier.value, earlier.anchor) == ("2020-03-04", "dct")


def test_a_year_less_date_takes_the_year_of_a_written_date_in_its_paragraph() -> None:
    timexes = by_text("On June 12, 2016, the base was hit. On June 14, it was hit again.")
    assert timexes["June 14"].value == "2016-06-14"


def test_the_following_morning_keeps_the_part_of_day() -> None:
    timexes = by_text("The convoy left on March 1. The following morning it was ambushed.")
    assert (timexes["The following morning"].type, timexes["The following morning"].value) == (
        "TIME",
        "2020-03-02TMO",
    )


def test_absolute_values_have_no_anchor() -> None:
    assert by_text("It fell on March 3, 2020.")["March 3, 2020"].anchor is None
