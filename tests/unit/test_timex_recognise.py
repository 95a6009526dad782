"""Recognition: which words are temporal expressions, and exactly which characters they cover."""

from __future__ import annotations

import pytest

from frontlines.timex import tag_timexes
from frontlines.timex.recognise import ASCII_LOWER, matches, merge, trigger_windows
from frontlines.timex.rules import RULES


def spans(text: str) -> list[str]:
    return [t.text for t in tag_timexes(text, "2020-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting resumed on March 3, 2020 near Idlib.", ["March 3, 2020"]),
        ("Fighting resumed on 3 March 2020.", ["3 March 2020"]),
        ("Fighting resumed on the 3rd of March.", ["the 3rd of March"]),
        ("It was signed on Tuesday, March 3, 2020, in Doha.", ["Tuesday, March 3, 2020"]),
        ("Talks collapsed in March 2020 and in 2021.", ["March 2020", "2021"]),
        ("Report dated 2020-03-03 says", ["2020-03-03"]),
        ("It began in early March.", ["early March"]),
        ("Since the 1990s the town changed.", ["the 1990s"]),
        ("In the late 1970s it was quiet.", ["the late 1970s"]),
        ("Rebels advanced on Tuesday morning.", ["Tuesday morning"]),
        ("It happened earlier this month.", ["earlier this month"]),
        ("Shelling continued in the last few days.", ["the last few days"]),
        ("Curfew starts at 10 p.m. Wednesday.", ["10 p.m. Wednesday"]),
        ("Patrols run every Tuesday and weekly.", ["every Tuesday", "weekly"]),
        ("The siege lasted more than two weeks.", ["more than two weeks"]),
        ("A day earlier, an assault was repelled.", ["A day earlier"]),
        ("It was a five-year plan.", ["five-year"]),
        ("The revolt lasted from 499 to 493 BC.", ["499", "493 BC"]),
        ("Throughout 1915-17, the front held.", ["1915", "17"]),
        ("Rain fell on 12-14 July 1950.", ["12", "14 July 1950"]),
        ("Atlanta, nineteen ninety-six.", ["nineteen ninety-six"]),
        ("Profit rose in the year-ago third quarter.", ["the year-ago third quarter"]),
        ("Losses in the 1988 second quarter.", ["the 1988 second quarter"]),  # not "1988 second(s)"
        ("In August of that year, talks resumed.", ["August of that year"]),
        ("The boy was found on Thanksgiving Day.", ["Thanksgiving Day"]),
    ],
)
def test_extents_follow_timeml_including_modifiers_excluding_prepositions(
    text: str, expected: list[str]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "look_alike"),
    [
        ("You may leave.", "may"),  # the modal verb
        ("The now-defunct camps.", "now"),  # part of a compound
        ("Some 2000 troops arrived.", "2000"),  # a count, not a year
        ("A 6-year-old boy was hurt.", "6-year"),  # an age
        ("The report of 04/03/2020 is late.", "04/03/2020"),  # March or April: ambiguous
        ("The fall of Kabul shocked them.", "fall"),  # the noun, not autumn
        ("Come as soon as possible.", "soon"),
        ("Shares rose a quarter of a point.", "quarter"),
        ("The victim, 37 years old, was a doctor.", "37 years"),  # an age
        ("It adds four flights a week.", "a week"),  # a rate, not a span of time
        ("It pays $1.76 a year.", "a year"),
        ("He led the March to the Sea.", "March"),  # the noun
        ("Two thousand troops arrived.", "Two thousand"),  # a count, not the year 2000
    ],
)
def test_words_that_only_look_temporal_are_not_tagged(text: str, look_alike: str) -> None:
    assert not any(look_alike in t for t in spans(text))


def test_offsets_point_at_the_exact_characters() -> None:
    text = "KABUL — On Monday, 3 March 2020, at 10 a.m.,\nguards said that two days later it ended."
    text += " Every week, İstanbul's mayor — ünal — spoke today."  # non-ASCII before a timex
    timexes = tag_timexes(text, "2020-03-05")
    assert timexes
    for timex in timexes:
        assert text[timex.start : timex.end] == timex.text


def test_clock_time_and_day_written_together_are_one_time() -> None:
    (timex,) = tag_timexes("Polls open Wednesday at 7 a.m. across the country", "2020-03-05")
    assert (timex.text, timex.type) == ("Wednesday at 7 a.m.", "TIME")


def test_month_names_must_be_capitalised() -> None:
    assert spans("They march at dawn and may return.") == []


SAMPLE = (
    "On Tuesday, March 3, 2020, at 10 a.m. GMT, and again on 3 March, in March 2020, in June last year, "
    "in 2019, in the 1990s, "
    "in the 20th century, in the third quarter, at Christmas, last summer, yesterday, this morning, "
    "next Tuesday, the weekend, last week, earlier in the year, two days ago, a day earlier, the next day, "
    "the following week, that night, three days, the past week, for years, recent months, recently, "
    "every Tuesday, on Tuesdays, twice a month, noon, 2020-03-03 and 25/12/2019. "
    "From 499 to 490 BC, in April 480 BC, in 1915-17, by Thanksgiving, in nineteen ninety-six, "
    "in this year's third quarter, on 12-14 July, later that year, by the end of the month, "
    "in the latest quarter, the year-ago period, for the full year, 10,000 per day, moved at night, "
    "in the year ended March 31, in the current quarter, in the late nineties, a day-long meeting, "
    "in April and June 1955, the spring and summer of 1979, in the 1988 quarter, by year-end, "
    "for the year, future losses, by mid-afternoon, in the morning, the previous Friday, on Monday nights, "
    "a week or so ago, over the years, for a while, will one day, "
    "as in 1614."
)


def test_searching_only_near_trigger_words_finds_what_a_full_scan_finds() -> None:
    lowered = SAMPLE.translate(ASCII_LOWER)
    by_trigger = trigger_windows(lowered)
    for rule in RULES:
        near = merge(w for name in rule.triggers for w in by_trigger.get(name, []))
        windowed = [(m.start, m.end) for m in matches(rule, SAMPLE, lowered, near)]
        full_scan = [(m.start, m.end) for m in matches(rule, SAMPLE, lowered, [(0, len(SAMPLE))])]
        assert full_scan, f"the sample does not exercise rule {rule.handler.__name__}"
        assert windowed == full_scan, rule.handler.__name__
