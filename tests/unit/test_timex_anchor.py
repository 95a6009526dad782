"""Narrative anchoring: story-relative expressions count from the paragraph's last date, else
from the last date of one of the three paragraphs before it."""

from __future__ import annotations

from builders import timexes_by_text

from frontlines.model import Timex

DCT = "2020-03-05"


def by_text(text: str, dct: str | None = DCT) -> dict[str, Timex]:
    return timexes_by_text(text, dct)


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


def test_without_a_date_in_its_paragraph_the_story_counts_from_an_earlier_paragraph() -> None:
    text = "Talks opened on February 10, 2019.\nA day earlier, an assault was repelled."
    earlier = by_text(text)["A day earlier"]
    assert (earlier.value, earlier.anchor) == ("2019-02-09", f"timex:{text.index('February')}")


WIRE = (
    "KABUL, March 5, 2020 (Wire) - Gunmen attacked a checkpoint late on Tuesday.\n\n"
    "The spokesman said the attackers fled.\n\n"
    "The ministry denied that the post had fallen.\n\n"
    "A day earlier, a bomb struck a minibus. Yesterday, mourners gathered."
)


def test_a_story_date_carries_over_up_to_three_paragraphs() -> None:
    timexes = by_text(WIRE)
    assert timexes["Tuesday"].value == "2020-03-03"
    earlier = timexes["A day earlier"]
    assert (earlier.value, earlier.anchor) == ("2020-03-02", f"timex:{WIRE.index('Tuesday')}")


def test_deictic_words_stay_on_the_dct_when_a_story_date_carries_over() -> None:
    yesterday = by_text(WIRE)["Yesterday"]
    assert (yesterday.value, yesterday.anchor) == ("2020-03-04", "dct")


def test_a_story_date_does_not_carry_past_the_window() -> None:
    text = WIRE.replace("\n\nA day earlier", "\n\nNo group claimed the attack.\n\nA day earlier")
    earlier = by_text(text)["A day earlier"]
    assert (earlier.value, earlier.anchor) == ("2020-03-04", "dct")


def test_the_nearest_earlier_paragraph_with_a_date_wins() -> None:
    text = (
        "Talks opened on February 20.\nThey stalled on March 1.\nNo one spoke.\nThe next day, they resumed."
    )
    following = by_text(text)["The next day"]
    assert (following.value, following.anchor) == ("2020-03-02", f"timex:{text.index('March 1')}")


def test_a_date_in_its_own_paragraph_wins_over_an_earlier_paragraph() -> None:
    text = "Talks opened on March 1.\nOn Tuesday they stalled. Two days later they resumed."
    assert by_text(text)["Two days later"].value == "2020-03-05"


def test_a_carried_date_that_is_the_dct_itself_leaves_the_anchor_on_the_dct() -> None:
    text = "KABUL, March 5, 2020 (Wire) - Talks stalled.\n\nA day earlier, a bomb struck a minibus."
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


WAR_HISTORY = (
    "In 1940, the army crossed the river.\n"
    "In August, it reached the coast. The following year, it withdrew.\n"
    "By the end of the year, the front was quiet. In August of that year, talks began.\n"
    "In December 1941, winter came early. In January, the siege was lifted."
)


def test_a_history_dates_year_less_words_from_its_own_last_year_in_any_paragraph() -> None:
    timexes = by_text(WAR_HISTORY, "2009-12-19")  # a Wikipedia DCT decades after the events
    assert timexes["August"].value == "1940-08"
    assert timexes["The following year"].value == "1941"
    assert timexes["the end of the year"].value == "1941"
    assert timexes["August of that year"].value == "1941-08"
    assert timexes["January"].value == "1942-01"  # a story moves forward: after December 1941


def test_a_news_story_mentioning_an_old_year_keeps_year_less_dates_in_the_dct_year() -> None:
    text = "The 1992 protests are remembered.\nOn Tuesday, leaders met. Talks resume on March 9."
    timexes = by_text(text)
    assert timexes["March 9"].value == "2020-03-09"


def test_a_season_of_the_story_counts_from_the_story_year() -> None:
    text = "In 1777, the army camped at the river. The following winter was harsh."
    assert by_text(text, "2009-12-19")["The following winter"].value == "1778-WI"


def test_a_year_earlier_in_a_quarterly_report_is_the_same_quarter_a_year_before() -> None:
    text = "Net income rose in the third quarter. A year earlier, it fell. In the year-ago quarter, it fell."
    timexes = by_text(text, "1989-11-02")
    assert timexes["the third quarter"].value == "1989-Q3"
    assert timexes["A year earlier"].value == "1988-Q3"
    assert timexes["the year-ago quarter"].value == "1988-Q3"


def test_a_year_earlier_without_a_quarter_in_view_is_a_year() -> None:
    timexes = by_text("Talks began on March 3. A year earlier, they had failed.")
    assert timexes["A year earlier"].value == "2019"


def test_that_night_in_the_next_paragraph_is_the_night_of_the_story_day() -> None:
    timexes = by_text("Gunmen attacked on Tuesday.\n\nThat night, troops arrived. Two days later they left.")
    assert timexes["That night"].value == "2020-03-03TNI"
    assert timexes["Two days later"].value == "2020-03-05"


def test_the_date_of_a_coming_event_written_as_a_modifier_anchors_nothing_after_it() -> None:
    text = "The commission postponed the 9 May 2022 elections.\nTwo days later, the opposition protested."
    later = by_text(text, "2022-04-20")["Two days later"]
    assert (later.value, later.anchor) == ("2022-04-22", "dct")


def test_a_coming_date_that_is_not_a_modifier_still_anchors_the_story() -> None:
    text = "Voters go to the polls on 9 May 2022. Results are expected a day later."
    later = by_text(text, "2022-04-20")["a day later"]
    assert (later.value, later.anchor) == ("2022-05-10", f"timex:{text.index('9 May')}")


def test_a_past_date_written_as_a_modifier_still_anchors_the_story() -> None:
    text = "Despite the May 8, 1945 Setif massacre, talks went on. Two days later they collapsed."
    assert by_text(text)["Two days later"].value == "1945-05-10"


def test_weekdays_after_a_coming_event_count_from_the_dct() -> None:
    text = "The commission postponed the 9 May 2022 elections. Rivals said on Tuesday they would protest."
    assert by_text(text, "2022-04-20")["Tuesday"].value == "2022-04-19"
