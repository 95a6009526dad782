"""Event dates from TIMEX3 values with ACLED time precision."""

from __future__ import annotations

from frontlines.coding.dates import EventDate, days_between, from_timex, long_date


def test_an_exact_day_has_precision_one() -> None:
    assert from_timex("2020-03-02", None) == EventDate("2020-03-02", 1)


def test_a_datetime_keeps_its_day() -> None:
    assert from_timex("2020-03-02T14:30", None) == EventDate("2020-03-02", 1)


def test_a_week_is_dated_to_its_middle_with_precision_two() -> None:
    assert from_timex("2020-W10", None) == EventDate("2020-03-05", 2)


def test_a_month_is_dated_to_its_middle_with_precision_three() -> None:
    assert from_timex("2020-03", None) == EventDate("2020-03-15", 3)


def test_the_last_few_days_lie_just_before_the_reference_with_precision_two() -> None:
    assert from_timex("PXD", "2020-03-04") == EventDate("2020-03-02", 2)
    assert from_timex("PAST_REF", "2020-03-04") == EventDate("2020-03-02", 2)


def test_relative_values_need_a_reference() -> None:
    assert from_timex("PXD", None) is None


def test_unresolved_or_year_only_values_give_no_date() -> None:
    assert from_timex("XXXX-WXX-2", "2020-03-04") is None
    assert from_timex("2020", "2020-03-04") is None


def test_days_between_counts_whole_days() -> None:
    assert days_between("2016-06-12", "2020-03-04") == 1361
    assert days_between(None, "2020-03-04") is None


def test_long_dates_read_as_in_acled_notes() -> None:
    assert long_date("2020-03-02") == "2 March 2020"
