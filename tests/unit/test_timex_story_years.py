"""Which year a story's year-less words belong to: "within the next year" and "the rest of the
year" name the story's year; a history keeps its year past old years named in passing; "the past
decade" is a span, "the last decade" the decade before."""

from __future__ import annotations

from builders import timexes_by_text

from frontlines.model import Timex

HISTORY_DCT = "2009-12-19"  # an encyclopedia's date, long after the events


def by_text(text: str, dct: str | None = HISTORY_DCT) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


def test_within_or_during_the_next_year_is_that_year() -> None:
    timexes = by_text("In 1957 the rebels held the hills. Within the next year, the army took them.")
    assert (timexes["the next year"].type, timexes["the next year"].value) == ("DATE", "1958")
    month = by_text("The siege ended on 3 May 1921. During the next month, the troops went home.")
    assert month["the next month"].value == "1921-06"


def test_over_the_next_year_in_news_is_the_coming_year() -> None:
    timexes = by_text("The plant will be closed over the next year, the firm said.", "2001-05-02")
    timex = timexes["the next year"]
    assert (timex.type, timex.value) == ("DATE", "2002")


def test_for_the_next_year_is_still_a_span() -> None:
    timex = by_text("The rebels stayed in the hills for the next year.", "2001-05-02")["the next year"]
    assert (timex.type, timex.value) == ("DURATION", "P1Y")


def test_a_part_of_the_year_names_the_story_year() -> None:
    news = by_text("Sales rose 4% in the first nine months of the year.", "1999-10-27")
    assert news["the year"].value == "1999"
    history = by_text("In 1948 the rains failed, and for the rest of the year the towns starved.")
    assert history["the year"].value == "1948"


def test_the_year_alone_is_not_tagged() -> None:
    assert "the year" not in by_text("It was the hardest winter of the year the river froze.")


BENCHMARK_STORY = (
    "On 12 July 1870, the columns crossed the border and took the town on 14 July.\n"
    "It was the largest siege since 1799 and among the last of its kind.\n"
    "The defenders surrendered on 2 September, and in October the army went home."
)


def test_a_history_keeps_its_year_past_an_old_precedent_named_in_passing() -> None:
    timexes = by_text(BENCHMARK_STORY)
    assert timexes["2 September"].value == "1870-09-02"
    assert timexes["October"].value == "1870-10"


GENERATIONS_LATER = (
    "On 3 March 1854, the fleet sailed.\n"
    "Letters published in 1990 show the admiral doubted the plan.\n"
    "On 9 April, the fleet reached the straits.\n"
    "Peace came in March 1856."
)


def test_a_history_keeps_its_year_past_a_much_later_year_named_in_passing() -> None:
    assert by_text(GENERATIONS_LATER)["9 April"].value == "1854-04-09"


MOVING_ON = (
    "On 3 March 1854, the fleet sailed.\n"
    "In 1855, the allies besieged the port. On 9 April, the guns opened fire.\n"
    "The port fell in September 1855."
)


def test_a_history_that_moves_on_to_a_new_year_takes_it() -> None:
    assert by_text(MOVING_ON)["9 April"].value == "1855-04-09"


def test_the_past_decade_is_the_ten_years_up_to_now_and_the_last_decade_the_calendar_one() -> None:
    timexes = by_text("Exports doubled over the past decade, after falling in the last decade.", "2001-05-02")
    assert (timexes["the past decade"].type, timexes["the past decade"].value) == ("DURATION", "P10Y")
    assert (timexes["the last decade"].type, timexes["the last decade"].value) == ("DATE", "199")
