"""Month and season words that belong to a proper name, not to the calendar.

"Black September", "the Arab Spring" and "Prague Spring" are a group, a movement and a
period of history; "the April 6 Youth Movement" and "the 23 March Movement" are
organisations named after a date; "March for Our Lives" is a march. TimeML tags none of
them as a date (the date inside a name is part of the name), so the recogniser drops them.
"""

from __future__ import annotations

import re

from frontlines.timex.lexicon import MONTH, MONTHS, SEASONS, WEEKDAYS, alternation
from frontlines.timex.spec import Mention

# The calendar word a mention opens with, after an optional "the".
CALENDAR_WORD = re.compile(rf"(?:the\s+)?(?:{MONTH}|{alternation(list(SEASONS))})(?![a-z])", re.IGNORECASE)
# A month name anywhere in a mention.
MONTH_WORD = re.compile(rf"\b(?:{MONTH})", re.IGNORECASE)
# A capitalised word right before a month or season that makes it part of a name ("Black
# September", "Arab Spring"), or, opening a sentence, its subject ("Protesters March in Kabul").
NAME_BEFORE = re.compile(r"(?<![^\s\"'“(])(?P<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
# Capitalised words that may stand before a month in ordinary use ("Early March", a title-case
# headline's "Elections In May") or are themselves times ("Monday March 3").
NOT_NAMING = frozenset(
    [
        *("in", "on", "at", "of", "by", "to", "for", "from", "since", "until", "till", "through", "during"),
        *("before", "after", "between", "and", "or", "the", "a", "an", "this", "last", "next", "early"),
        *("late", "mid", "around", "about", "end", "beginning", "start", "middle"),
        *WEEKDAYS,
        *MONTHS,
    ]
)
# "March for Our Lives", "March Against Hunger": the noun, in a name.
MARCH_NAME = re.compile(r" (?:for|against|of) [A-Z]|(?: For| Against| Of)\b")
# The capitalised words after a date that make it the name of a group, not of a day: "the
# April 6 Youth Movement", "the 23 March Movement", "the March 14 Alliance". A date before an
# event's name is still a date ("the May 8, 1945 Setif massacre", "the March 1926 Incident").
ORGANISATION_AFTER = re.compile(
    r"(?: [A-Z][a-z]+){0,2} (?:Movement|Alliance|Coalition|Front|Party|Brigades?|Battalion|Group"
    r"|Organi[sz]ation|Committee|Council|Bloc|Union|Forces|Army|Revolutionaries)\b"
)


def proper_name_end(text: str, mention: Mention) -> int | None:
    """Where the words of `mention` that belong to a proper name end, or None when none do.

    In "Prague Spring of 1968" only "Spring" is the name's, so "1968" can still be tagged;
    in "the April 6 Youth Movement" the whole date is.
    """
    opening = CALENDAR_WORD.match(text, mention.start, mention.end)
    if mention.spec.day is None and opening is not None and text[mention.start].isupper():
        before = NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if before is not None and before["w"].lower() not in NOT_NAMING:
            return opening.end()
    if text[mention.start : mention.end] == "March" and MARCH_NAME.match(text, mention.end):
        return mention.end
    return mention.end if named_after_date(text, mention) else None


def named_after_date(text: str, mention: Mention) -> bool:
    """True for "the April 6 Youth Movement": a definite, year-less date that names a group."""
    words = text[mention.start : mention.end]
    before = text[max(0, mention.start - 4) : mention.start]
    determined = words[:4].lower() == "the " or before.lower() == "the "
    return (
        determined
        and mention.spec.year is None
        and MONTH_WORD.search(words) is not None
        and ORGANISATION_AFTER.match(text, mention.end) is not None
    )
