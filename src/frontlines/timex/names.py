"""Month, season and frequency words that belong to a proper name, not to the calendar.

"Black September", "the Arab Spring" and "Prague Spring" are a group, a movement and a
period of history; "the April 6 Youth Movement" and "the 23 March Movement" are
organisations named after a date; "March for Our Lives" is a march. TimeML tags none of
them as a date (the date inside a name is part of the name), so the recogniser drops them.
Likewise "daily" as a noun is a newspaper ("the Daily Telegraph", "the party daily Granma",
"a French daily"), not a recurrence.
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


# "daily" as a noun: after a determiner and up to three words that describe a paper ("the
# Communist Party daily", "a state-run daily", "the leading daily"), before a paper's name
# ("daily Granma"), the end of its noun phrase ("a French daily.") or the verb a paper reports
# with ("a Paris daily reported"). "The troops patrolled twice daily." has a verb between.
PAPER_MODIFIER = (
    r"(?:[A-Z][\w'.]*|\w+-[\w-]+|leading|national|local|official|independent|opposition|business"
    r"|financial|popular|influential|conservative|liberal|regional|major|party|government|morning|evening)"
)
PAPER_DETERMINER = r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Aa]nother)\s+"
PAPER_BEFORE = re.compile(rf"{PAPER_DETERMINER}(?:{PAPER_MODIFIER}\s+){{0,3}}$")
PAPER_AFTER = re.compile(
    r"\s+[A-Z]|\s*[.,;:)\"'”]|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|published|carried|ran)\b"
)
PAPER_NAME_AFTER = re.compile(r"\s+[A-Z]")


def names_a_paper(text: str, mention: Mention) -> bool:
    """True when the word "daily" is a newspaper, not a recurrence ("daily flights", "met daily").

    Capitalised before a name it is the paper's own ("Daily Telegraph", "Daily Mail").
    """
    word = text[mention.start : mention.end]
    if word.lower() != "daily":
        return False
    if word == "Daily" and PAPER_NAME_AFTER.match(text, mention.end):
        return True
    before = PAPER_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    return before is not None and PAPER_AFTER.match(text, mention.end) is not None
