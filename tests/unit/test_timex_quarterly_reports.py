"""Company reports: which period "a year earlier" and "the year-ago results" compare with.

A report is about one quarter; its comparisons mean that quarter a year before, unless the
words set a longer span in view ("for the nine months") or name a quarter only as background.
"""

from __future__ import annotations

from builders import timexes_by_text

from frontlines.model import Timex


def by_text(text: str, dct: str) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


def test_a_year_earlier_than_a_fiscal_quarter_not_over_by_the_calendar_is_that_quarter() -> None:
    text = "The grocer reported a 20% drop in fourth-quarter profit. It earned $9 million a year earlier."
    timexes = by_text(text, "1989-11-02")
    assert timexes["fourth-quarter"].value == "1989-Q4"
    assert timexes["a year earlier"].value == "1988-Q4"


def test_the_day_a_quarter_ended_does_not_take_the_report_off_that_quarter() -> None:
    text = "The mill earned $4 million in the fiscal first quarter ended Sept. 30. A year ago, it lost."
    timexes = by_text(text, "1989-10-26")
    assert timexes["Sept. 30"].value == "1989-09-30"
    assert timexes["A year ago"].value == "1988-Q1"


def test_a_quarter_named_as_background_is_not_the_quarter_reported() -> None:
    text = (
        "The paper maker posted a gain in third-quarter profit. After a flat second quarter, prices rose. "
        "In the year-earlier period, it took charges."
    )
    timexes = by_text(text, "1989-11-01")
    assert timexes["second quarter"].value == "1989-Q2"
    assert timexes["the year-earlier period"].value == "1988-Q3"


def test_comparisons_after_the_nine_months_are_with_last_year() -> None:
    text = (
        "Third-quarter net rose 5% from a year ago. For the nine months, net was $9 million, "
        "compared with $8 million a year earlier. The year-ago results included a gain."
    )
    timexes = by_text(text, "1989-10-26")
    assert (timexes["a year ago"].value, timexes["a year earlier"].value) == ("1988-Q3", "1988")
    assert timexes["year-ago"].value == "1988"


def test_the_same_period_last_year_is_one_expression_for_the_year_ago_quarter() -> None:
    text = (
        "The bank lost money in the third quarter ended Sept. 30, against a profit for the corresponding "
        "period last year. Sales for last year's quarter were flat. For the quarter a year ago, it earned."
    )
    timexes = by_text(text, "1989-11-01")
    assert timexes["the corresponding period last year"].value == "1988-Q3"
    assert timexes["last year's quarter"].value == "1988-Q3"
    assert timexes["the quarter a year ago"].value == "1988-Q3"
