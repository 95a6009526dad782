"""News conventions: "the week of" a day, "post-/pre-" years, Election Day, hours said with their
part of the day, the "high noon" idiom, and dates inside a past clause of a forward-looking sentence."""

from __future__ import annotations

from builders import timexes_by_text

from frontlines.model import Timex
from frontlines.timex import tag_timexes
from frontlines.timex.holidays import holiday_date

DCT = "2004-06-09"  # a Wednesday


def by_text(text: str, dct: str | None = DCT) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


def test_the_week_of_a_day_is_that_days_iso_week() -> None:
    timexes = by_text("The retrial could open the week of July 12, lawyers said.")
    assert (timexes["the week of July 12"].type, timexes["the week of July 12"].value) == ("DATE", "2004-W29")


def test_the_week_of_a_day_with_its_year_and_day_first() -> None:
    week = by_text("A vote is planned for the week of 2 January 2005.")["the week of 2 January 2005"]
    assert week.value == "2004-W53"  # a Sunday: the last ISO week of 2004


def test_the_week_of_a_day_does_not_take_a_following_second_day() -> None:
    values = [t.value for t in tag_timexes("Hearings fill the week of July 12 and 13 more are due.", DCT)]
    assert values == ["2004-W29"]


def test_a_year_after_post_or_pre_is_a_year_even_before_a_plural_noun() -> None:
    timexes = by_text("Post-war and pre-1989 borders differ from the post-1945 settlements.")
    assert (timexes["pre-1989"].value, timexes["post-1945"].value) == ("1989", "1945")


def test_a_count_before_a_plural_noun_is_still_not_a_year() -> None:
    assert by_text("The army sent 1990 soldiers.") == {}


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    assert holiday_date("election day", 2004).isoformat() == "2004-11-02"
    assert holiday_date("election day", 2005).isoformat() == "2005-11-08"  # November 1 was a Tuesday


def test_election_day_is_resolved_to_the_coming_one() -> None:
    assert by_text("The ads will run until Election Day.")["Election Day"].value == "2004-11-02"


def test_a_lower_case_election_day_is_not_the_holiday() -> None:
    assert "election day" not in by_text("Voters queued on election day in Kabul.")


def test_an_hour_in_the_morning_is_a_clock_time() -> None:
    timexes = by_text("The convoy left at 5 in the morning.")
    hour = timexes["5 in the morning"]
    assert (hour.type, hour.value) == ("TIME", "2004-06-09T05:00")


def test_an_hour_in_the_afternoon_or_at_night_is_on_the_afternoon_or_night_clock() -> None:
    assert by_text("Curfew starts at 9 at night.")["9 at night"].value == "2004-06-09T21:00"
    assert by_text("Shelling resumed at 2 at night.")["2 at night"].value == "2004-06-09T02:00"
    assert by_text("They met until 3 in the afternoon.")["3 in the afternoon"].value == "2004-06-09T15:00"


def test_a_count_before_in_the_morning_is_not_an_hour() -> None:
    assert "3 in the morning" not in by_text("Police arrested 3 in the morning raid.")


def test_high_noon_is_an_idiom_not_twelve_oclock() -> None:
    assert by_text("For the coalition, high noon has come.") == {}
    assert by_text('He starred in "High Noon."') == {}
    assert by_text("They met at noon.")["noon"].value == "2004-06-09T12:00"


def test_a_date_in_a_past_clause_after_a_future_cue_is_in_the_past() -> None:
    text = "The agency will return the girl to relatives who sheltered her since she was found in October."
    assert by_text(text)["October"].value == "2003-10"


def test_a_relative_clause_in_the_past_after_will_looks_back() -> None:
    assert by_text("Officials will question the men, who arrived in November.")["November"].value == "2003-11"


def test_a_progressive_clause_after_a_future_cue_still_looks_ahead() -> None:
    text = "He will buy shares of the firm, which is being traded in London and reopens in Paris on Monday."
    assert by_text(text)["Monday"].value == "2004-06-14"


def test_without_a_past_clause_the_future_cue_still_decides() -> None:
    assert by_text("Officials will question the men in November.")["November"].value == "2004-11"


def test_overnight_is_the_night_before_the_storys_day() -> None:
    timexes = by_text("Shares fell on Friday, hurt by overnight losses in New York.")
    assert timexes["overnight"].value == "2004-06-03TNI"  # Friday is June 4


def test_overnight_with_no_day_named_is_last_night() -> None:
    timexes = by_text("Rebels shelled the city overnight, officials said.")
    assert (timexes["overnight"].value, timexes["overnight"].anchor) == ("2004-06-08TNI", "dct")
