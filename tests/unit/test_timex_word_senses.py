"""Words of time used in another sense or form: "daily" the newspaper, "today's world" the age,
"Friday's ruling" a day already past, "meets Monday" a day still to come, "Easter week" the
holiday's week, a clock time written with its zone ("1500 GMT")."""

from __future__ import annotations

from builders import timexes_by_text

from frontlines.model import Timex

DCT = "2020-03-06"  # a Friday


def by_text(text: str, dct: str | None = DCT) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


def test_a_daily_newspaper_is_no_recurrence() -> None:
    assert by_text("The state-run daily Al-Nour said the talks had failed.") == {}
    assert by_text("Le Soir, a Belgian daily, printed the letter.") == {}
    assert by_text("A Lagos daily reported the arrests.") == {}


def test_a_capitalised_daily_before_a_name_is_the_papers_name() -> None:
    assert list(by_text("He told the Daily Courier on Monday that he would stay.")) == ["Monday"]


def test_daily_as_an_adverb_or_an_adjective_is_still_a_set() -> None:
    for text, words in [
        ("The ferry sails daily.", "daily"),
        ("The patrols went out twice daily.", "daily"),
        ("The ministry publishes a daily tally of the dead.", "daily"),
        ("They ran 30 daily flights.", "daily"),
    ]:
        timex = by_text(text)[words]
        assert (timex.type, timex.value) == ("SET", "P1D"), text


def test_today_and_tomorrow_meaning_the_age_are_not_days() -> None:
    assert by_text("The dispute still shapes today's young voters.") == {}
    assert by_text("Few of today's home computers need a fan.") == {}
    assert by_text("She trains the leaders of tomorrow.") == {}
    assert by_text("By today’s standards the fort was small.") == {}


def test_today_and_tomorrow_naming_a_day_are_still_tagged() -> None:
    timexes = by_text("Today's vote was close, and the count ends tomorrow.")
    assert (timexes["Today"].value, timexes["tomorrow"].value) == ("2020-03-06", "2020-03-07")


def test_a_weekday_named_by_its_event_is_past_even_in_a_sentence_that_looks_ahead() -> None:
    ruling = by_text("The party said it would appeal Wednesday's ruling.")["Wednesday"]
    assert ruling.value == "2020-03-04"
    attack = by_text("The army will answer Tuesday’s rocket attack, a general said.")["Tuesday"]
    assert attack.value == "2020-03-03"


def test_a_weekday_named_by_an_event_still_to_hold_is_ahead() -> None:
    meeting = by_text("The plan will be put to Monday's meeting of the board.")["Monday"]
    assert meeting.value == "2020-03-09"


def test_a_four_digit_clock_time_with_its_zone_is_a_time_on_its_day() -> None:
    assert by_text("The truce began at 1500 GMT Thursday.")["1500 GMT Thursday"].value == "2020-03-05T15:00"
    assert by_text("Shelling resumed at 0630 UTC.")["0630 UTC"].value == "2020-03-06T06:30"


def test_a_clock_time_with_a_colon_and_its_zone_is_a_time() -> None:
    timex = by_text("Polls closed at 19:30 GMT.")["19:30 GMT"]
    assert (timex.type, timex.value) == ("TIME", "2020-03-06T19:30")


def test_four_digits_that_are_no_clock_time_before_gmt_are_not_one() -> None:
    assert "2475 GMT" not in by_text("Code 2475 GMT was listed.")


def test_a_weekday_after_a_verb_in_the_present_is_the_scheduled_coming_one() -> None:
    assert by_text("The two envoys meet separately Monday in Geneva.")["Monday"].value == "2020-03-09"
    assert by_text("The assembly reconvenes on Thursday.")["Thursday"].value == "2020-03-12"


def test_a_weekday_after_a_denied_or_wished_meeting_stays_past() -> None:
    assert by_text("The envoys did not meet Monday.")["Monday"].value == "2020-03-02"
    assert by_text("They wanted to meet Monday but the roads were shut.")["Monday"].value == "2020-03-02"
    assert by_text("The envoys didn't meet Monday.")["Monday"].value == "2020-03-02"


def test_a_holiday_before_week_is_the_iso_week_of_that_holiday() -> None:
    timexes = by_text("Pilgrims filled the town in Easter week and again in Christmas week.", "2021-02-10")
    assert timexes["Easter week"].value == "2021-W13"  # Easter Sunday 2021 fell on April 4
    assert timexes["Christmas week"].value == "2020-W52"


def test_a_month_before_week_is_not_a_holiday_week() -> None:
    assert "May week" not in by_text("Rowers race in May week.")


def test_a_holiday_week_is_read_in_capitals_too() -> None:
    timexes = by_text("Pilgrims filled the town in Easter Week.", "2021-02-10")
    assert timexes["Easter Week"].value == "2021-W13"
