"""Idioms of news time that TimeML annotates in a fixed way, and when a story lends its year."""

from __future__ import annotations

import pytest
from builders import timexes_by_text

from frontlines.model import Timex
from frontlines.timex import tag_timexes

# 1989-11-02 is a Thursday, in the fourth quarter.
DCT = "1989-11-02"


def by_text(text: str, dct: str = DCT) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("He blamed current market conditions.", "current", ("DATE", "PRESENT_REF")),
        ("It followed a recent SEC filing.", "recent", ("DATE", "PAST_REF")),
        ("They pay 50% of the then current price.", "then current", ("DATE", "PAST_REF")),
        ("Sales in the current fiscal year will rise.", "the current fiscal year", ("DATE", "1989")),
        ("The current quarter began well.", "The current quarter", ("DATE", "1989-Q4")),
        ("It earned $5 million in the year ended March 31.", "the year", ("DURATION", "P1Y")),
        ("Sales for the fiscal year ending June 30 will fall.", "the fiscal year", ("DURATION", "P1Y")),
        ("It has been a tough business in recent quarters.", "recent quarters", ("DURATION", "PXQ")),
        ("It will cut taxes in future years.", "future", ("DATE", "FUTURE_REF")),
        ("Markets hurt more these days.", "these days", ("DATE", "PRESENT_REF")),
        ("Holders gain in the near term.", "the near term", ("DATE", "FUTURE_REF")),
        ("The deal should close by year-end.", "year-end", ("DATE", "1989-12-31")),
        ("The index is up 5% since year-end.", "year-end", ("DATE", "1988-12-31")),
        ("For the year, volume was flat.", "the year", ("DATE", "1989")),
    ],
)
def test_reference_adjectives_and_reporting_periods(text: str, words: str, expected: tuple[str, str]) -> None:
    timex = by_text(text)[words]
    assert (timex.type, timex.value) == expected


def test_a_month_named_with_its_year_lends_that_year_to_no_later_day() -> None:
    text = "Poland was invited to join in July 1997 and will join on March 12."
    assert by_text(text, "1999-02-27")["March 12"].value == "1999-03-12"


def test_one_old_year_in_a_news_story_does_not_make_it_a_history() -> None:
    text = "Libya agreed in 1989 to talks.\nIn April, it handed them over."
    assert by_text(text, "1999-06-07")["April"].value == "1999-04"


def test_news_naming_days_from_now_is_no_history_even_with_several_old_years() -> None:
    text = (
        "NATO was founded in 1949 and grew in 1952, 1955 and 1982.\n"
        "On Friday, three states joined. Leaders met on Thursday and will meet in April."
    )
    assert by_text(text, "1999-03-12")["April"].value == "1999-04"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("He will stay for two more weeks.", "two more weeks", "P2W"),
        ("The lease runs at least 20 more years.", "at least 20 more years", "P20Y"),
        ("Eight trading days after the crash, it recovered.", "Eight trading days", "P8D"),
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("She spent about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M"),
        ("But a minute and a half later, a pilot called.", "a minute and a half", "PT1M30S"),
        ("They left their third day-long meeting.", "day-long", "P1D"),
    ],
)
def test_amounts_of_time(text: str, words: str, expected: str) -> None:
    timex = by_text(text)[words]
    assert (timex.type, timex.value) == ("DURATION", expected)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Hate groups grew over the past year.", "the past year", "1988"),
        ("Workers lost earning power in the last decade.", "the last decade", "197"),  # the 1970s
        ("Prices fell over the past week.", "the past week", "P1W"),
        ("The leaders of the 1992 protests have moved.", "1992", "1992"),
        ("Sales were above fiscal 1989 sales of $155 million.", "fiscal 1989", "1989"),
        ("Numbers dropped through the nineties.", "the nineties", "199"),
        ("The carrier has been on patrol since March.", "March", "1989-03"),
        ("In the fiscal year ended Jan. 31, it lost money.", "Jan. 31", "1989-01-31"),
    ],
)
def test_dates_read_the_way_the_words_point(text: str, words: str, expected: str) -> None:
    assert by_text(text)[words].value == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Until Thursday, they had not called him a suspect.", "1999-05-07", "1999-05-06"),
        ("Holders tendered 99% of the shares by the Tuesday deadline.", DCT, "1989-10-31"),
        ("Police will question him on Thursday.", "1999-05-07", "1999-05-13"),
    ],
)
def test_pluperfect_and_deadline_weekdays_lie_behind(text: str, dct: str, expected: str) -> None:
    (timex,) = tag_timexes(text, dct)
    assert timex.value == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Diem acted in April and June 1955.", "April", "1955-04"),
        ("The battle (26 June - 4 August 1952) was costly.", "26 June", "1952-06-26"),
        ("With Operation Glory (July-November 1954), remains were exchanged.", "July", "1954-07"),
        ("Talks were held from March 5 to March 9, 1918.", "March 5", "1918-03-05"),
    ],
)
def test_the_first_date_of_a_pair_takes_the_year_written_after_the_second(
    text: str, words: str, expected: str
) -> None:
    assert by_text(text, "2009-12-19")[words].value == expected


def test_midday_is_noon_and_the_past_before_an_amount_is_no_vague_past() -> None:
    timexes = by_text("He appears at midday. Riots broke out for the past three summers.")
    assert timexes["midday"].value == "1989-11-02T12:00"
    assert "the past" not in timexes


@pytest.mark.parametrize(
    "text",
    [
        'Baker said on ABC\'s "This Week" that talks went on.',
        "This is VOA Today.",
    ],
)
def test_capitalised_words_of_relative_time_inside_a_sentence_are_names(text: str) -> None:
    assert tag_timexes(text, DCT) == []


def test_a_sentence_may_open_with_a_capitalised_word_of_relative_time() -> None:
    timexes = by_text('Last week, prices fell. "Today we buy," he said.')
    assert (timexes["Last week"].value, timexes["Today"].value) == ("1989-W43", "1989-11-02")


def test_the_first_season_of_a_pair_takes_the_year_written_after_the_second() -> None:
    text = "Both sides spent the spring and early summer of 1943 rearming."
    assert by_text(text, "2009-12-19")["the spring"].value == "1943-SP"


WAR_STORY = (
    "In 1919, the war began. In March 1920, the army advanced.\n"
    "Documents found in 2004 proved that the plan had worked.\n"
    "On 6 September, the cavalry retreated.\n"
    "By October 1920 the front was quiet."
)


def test_a_history_keeps_its_year_past_a_year_said_in_passing() -> None:
    assert by_text(WAR_STORY, "2009-12-19")["6 September"].value == "1920-09-06"


def test_a_season_before_a_noun_is_still_a_season() -> None:
    timexes = by_text("In 1776, the army marched north. In 1777, it entered winter quarters.", "2009-12-19")
    assert timexes["winter"].value == "1777-WI"
    assert "fall" not in by_text("After the fall of Kabul, talks stalled.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit will meet on April 24 and 25.", [("April 24", "1990-04-24"), ("25", "1990-04-25")]),
        (
            "They fought on April 13-15, 1915.",
            [("April 13", "1915-04-13"), ("15", "1915-04-15"), ("1915", "1915")],
        ),
        ("On June 3 and 4 soldiers died.", [("June 3", "1989-06-03")]),  # a count, not a day
    ],
)
def test_the_second_day_of_a_pair_shares_the_first_ones_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag_timexes(text, DCT)] == expected


def test_a_year_joined_to_the_next_ones_last_digits_is_a_range_of_years() -> None:
    timexes = by_text("Life improved in 2007-08 after the battle of 2006-07.")
    assert [(t.text, t.value) for t in timexes.values()] == [
        ("2007", "2007"),
        ("08", "2008"),
        ("2006", "2006"),
        ("07", "2007"),
    ]


def test_a_year_earlier_after_a_year_ago_compares_with_the_same_year() -> None:
    text = "It lost $2.3 million, a year ago. Sales were $348 million, up from $307 million a year earlier."
    timexes = by_text(text, "1989-10-26")
    assert (timexes["a year ago"].value, timexes["a year earlier"].value) == ("1988", "1988")


def test_a_year_named_before_the_quarter_is_the_reporting_quarter_of_that_year() -> None:
    text = "Profit rose in the third quarter. It lost $3 million in the 1988 quarter. The quarter was good."
    timexes = by_text(text)
    assert timexes["the 1988 quarter"].value == "1988-Q3"
    assert timexes["The quarter"].value == "1989-Q3"  # the comparison does not move the story


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # "since" looks back whatever the sentence plans next.
        ("It has been on patrol since March and was scheduled to return.", "March", "1989-03"),
        ("On Friday, the government planned to pay claims.", "Friday", "1989-10-27"),  # a past plan
        ("The team planned to leave on Friday.", "Friday", "1989-11-03"),  # the plan's day lies ahead
        # A day opening its sentence is read by the main verb, further on.
        (
            "On Tuesday, the abortion rights league of the state of New York plans to meet.",
            "Tuesday",
            "1989-11-07",
        ),
    ],
)
def test_the_tense_that_places_a_day_is_the_sentences(text: str, words: str, expected: str) -> None:
    assert by_text(text)[words].value == expected
