"""Normalisation: TIMEX3 values relative to the document creation time (DCT)."""

from __future__ import annotations

import pytest

from frontlines.timex import tag_timexes

# 2020-03-05 is a Thursday (ISO week 10).
DCT = "2020-03-05"


def value_of(text: str, dct: str | None = DCT) -> tuple[str, str]:
    """(type, value) of the only timex in `text`."""
    (timex,) = tag_timexes(text, dct)
    return timex.type, timex.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It fell on March 3, 2020.", ("DATE", "2020-03-03")),
        ("It fell on 3 March 2020.", ("DATE", "2020-03-03")),
        ("It fell on 25/12/2019.", ("DATE", "2019-12-25")),
        ("It fell on 03/03/2020.", ("DATE", "2020-03-03")),
        ("It fell in March 2020.", ("DATE", "2020-03")),
        ("It fell in 2019.", ("DATE", "2019")),
        ("It fell in the 1990s.", ("DATE", "199")),
        ("It fell in the first quarter of 2019.", ("DATE", "2019-Q1")),
        ("It fell in June last year.", ("DATE", "2019-06")),
    ],
)
def test_explicit_dates(text: str, expected: tuple[str, str]) -> None:
    assert value_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke today.", "2020-03-05"),
        ("He spoke yesterday.", "2020-03-04"),
        ("He speaks tomorrow.", "2020-03-06"),
        ("He spoke last week.", "2020-W09"),
        ("He spoke this month.", "2020-03"),
        ("He spoke earlier this month.", "2020-03"),
        ("He spoke last month.", "2020-02"),
        ("He spoke last year.", "2019"),
        ("He spoke last summer.", "2019-SU"),
        ("He spoke two days ago.", "2020-03-03"),
    ],
)
def test_deictic_expressions_count_from_the_dct(text: str, expected: str) -> None:
    assert value_of(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops attacked on Tuesday.", "2020-03-03"),  # the most recent Tuesday
        ("Troops attacked on Thursday.", "2020-03-05"),  # the DCT's own weekday is that day
        ("Troops attacked last Thursday.", "2020-02-27"),
        ("Troops will attack on Tuesday.", "2020-03-10"),  # the sentence looks ahead
        ("Talks resume next Tuesday.", "2020-03-10"),
    ],
)
def test_weekdays_are_past_in_news_unless_the_words_look_ahead(text: str, expected: str) -> None:
    assert value_of(text)[1] == expected


def test_year_less_date_near_new_year_takes_the_nearer_year() -> None:
    assert value_of("Clashes broke out on December 30.", "2021-01-02")[1] == "2020-12-30"
    assert value_of("Clashes broke out on January 3.", "2020-12-30")[1] == "2021-01-03"
    assert value_of("Clashes broke out on March 3.", "2020-03-05")[1] == "2020-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke this morning.", ("TIME", "2020-03-05TMO")),
        ("He spoke on Tuesday morning.", ("TIME", "2020-03-03TMO")),
        ("He speaks tonight.", ("TIME", "2020-03-05TNI")),
        ("He spoke last night.", ("TIME", "2020-03-04TNI")),
        ("He spoke at 10 a.m.", ("TIME", "2020-03-05T10:00")),
        ("He spoke at 10:30 p.m. Tuesday.", ("TIME", "2020-03-03T22:30")),
    ],
)
def test_times_and_parts_of_day(text: str, expected: tuple[str, str]) -> None:
    assert value_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasted three days.", "P3D"),
        ("It lasted two weeks.", "P2W"),
        ("It lasted six months.", "P6M"),
        ("It lasted 24 hours.", "PT24H"),
        ("It lasted several years.", "PXY"),
        ("It spread over the last few days.", "PXD"),
        ("It has lasted decades.", "PXDE"),
        ("It lasted two decades.", "P20Y"),
    ],
)
def test_durations(text: str, expected: str) -> None:
    assert value_of(text) == ("DURATION", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They meet every week.", "P1W"),
        ("They meet weekly.", "P1W"),
        ("They meet daily.", "P1D"),
        ("They meet every Tuesday.", "XXXX-WXX-2"),
        ("They meet on Tuesdays.", "XXXX-WXX-2"),
        ("They meet twice a month.", "P1M"),
    ],
)
def test_sets(text: str, expected: str) -> None:
    assert value_of(text) == ("SET", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attacks have increased recently.", "PAST_REF"),
        ("It was different in the past.", "PAST_REF"),
        ("The town is now quiet.", "PRESENT_REF"),
        ("The town is currently quiet.", "PRESENT_REF"),
        ("It may change in the future.", "FUTURE_REF"),
    ],
)
def test_vague_references(text: str, expected: str) -> None:
    assert value_of(text) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out on March 3.", "XXXX-03-03"),
        ("Troops attacked on Tuesday.", "XXXX-WXX-2"),
        ("He spoke yesterday.", "XXXX-XX-XX"),
        ("He spoke last week.", "XXXX-WXX"),
        ("He spoke last summer.", "XXXX-SU"),
        ("It fell on March 3, 2020.", "2020-03-03"),
    ],
)
def test_without_a_dct_relative_values_stay_underspecified(text: str, expected: str) -> None:
    (timex,) = tag_timexes(text, None)
    assert timex.value == expected
    assert timex.anchor is None


def test_dct_may_be_a_datetime() -> None:
    assert value_of("He spoke yesterday.", "2020-03-05T23:10:00+00:00")[1] == "2020-03-04"


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Results for the fourth quarter came out.", "2020-01-20", "2019-Q4"),  # a quarter already over
        ("Results for the first quarter came out.", "2020-05-20", "2020-Q1"),
        ("Markets were shut over the weekend.", "2020-03-05", "2020-W09-WE"),  # the one just past
        ("They will rest over the weekend.", "2020-03-05", "2020-W10-WE"),
        ("Shops closed on Christmas Day.", "2020-01-03", "2019-12-25"),
        ("It came last March.", "2020-03-05", "2019-03"),
        ("It comes next March.", "2020-03-05", "2021-03"),
    ],
)
def test_named_periods_resolve_to_the_one_the_sentence_means(text: str, dct: str, expected: str) -> None:
    assert value_of(text, dct)[1] == expected


def test_news_deictic_idioms() -> None:
    assert value_of("Strikes hit the city overnight.") == ("TIME", "2020-03-04TNI")
    (timex,) = tag_timexes("He said earlier today that talks failed.", DCT)
    assert (timex.text, timex.value) == ("earlier today", "2020-03-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The revolt broke out in 499 BC.", "BC0499"),
        ("Athens fell in April 480 BC.", "BC0480-04"),
        ("The fleet sailed in the autumn of 481 BC.", "BC0481-FA"),
        ("Atlanta, nineteen ninety-six.", "1996"),
        ("It ends by the year two thousand.", "2000"),
        ("It began in January nineteen ninety-seven.", "1997-01"),
    ],
)
def test_years_before_the_common_era_and_years_said_in_words(text: str, expected: str) -> None:
    assert value_of(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The boy was found on Thanksgiving Day.", "2000-01-07", "1999-11-25"),  # fourth Thursday
        ("Crowds gathered at Easter.", "2024-04-10", "2024-03-31"),  # Easter moves with the moon
        ("Crowds will gather at Easter.", "2024-01-10", "2024-03-31"),
        ("Shops close on Labor Day.", "2020-09-01", "2020-09-07"),
    ],
)
def test_moving_holidays_are_dated_in_the_year_the_sentence_means(text: str, dct: str, expected: str) -> None:
    assert value_of(text, dct)[1] == expected


def test_rates_and_unnamed_nights_are_sets_and_times_of_no_particular_day() -> None:
    assert value_of("Troops arrived at 10,000 per day.") == ("SET", "P1D")
    assert value_of("The columns moved only at night.") == ("TIME", "XXXX-XX-XXTNI")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Analysts expect a loss in the latest quarter.", "1989-11-02", "1989-Q3"),  # the last one over
        ("Sales rose in this year's third quarter.", "1989-11-02", "1989-Q3"),
        ("Sales rose in next year's first quarter.", "1989-10-31", "1990-Q1"),
        ("Sales for the full year rose.", "1989-11-02", "1989"),
    ],
)
def test_reporting_periods_of_business_news(text: str, dct: str, expected: str) -> None:
    assert value_of(text, dct)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuba predicted Wednesday that exiles will appeal.", "2020-03-04"),  # "predicted": past
        ("The offer had been due to expire Friday.", "2020-02-28"),  # a plan seen from the past
        ("Elections will be held on Friday.", "2020-03-06"),
    ],
)
def test_a_past_verb_before_a_weekday_outweighs_later_talk_of_the_future(text: str, expected: str) -> None:
    weekday = next(t for t in tag_timexes(text, DCT) if t.type == "DATE")
    assert weekday.value == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The vote is due this September.", "1998-02-05", ("DATE", "1998-09")),
        ("Sales fell in the last half of 1989.", "1989-11-02", ("DATE", "1989-H2")),
        ("Prices rose in recent years.", "1989-11-02", ("DURATION", "PXY")),
        ("Prices will rise in the coming weeks.", "1989-11-02", ("DURATION", "PXW")),
        ("Officials said talks would resume on Friday.", "2020-03-05", ("DATE", "2020-03-06")),
    ],
)
def test_periods_named_from_the_reference(text: str, dct: str, expected: tuple[str, str]) -> None:
    assert value_of(text, dct) == expected
