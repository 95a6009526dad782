"""Rules for periods a text counts from its own story: reporting quarters and "that year"."""

from __future__ import annotations

import re

from frontlines.timex.lexicon import YEAR, unit_of
from frontlines.timex.rules import preceded_by, rule
from frontlines.timex.spec import REPORTING_QUARTER, Spec

# Words before "the next year" that make it a span ("for the next year"), not a date. "Within",
# "during" and "over the next year" name the coming year as a date, as TimeML annotators tag it.
SPAN_WORDS = ("for", "throughout")


@rule(
    r"the\s+(?:(?:latest|most\s+recent|recent|just[-\s]ended)\s+)?(?:(?:fiscal|financial)\s+)?quarter(?!-|\s+of)"
    r"|the\s+(?:latest|most\s+recent|comparable)\s+period",
    ("unit", "period"),
)
def reporting_quarter(m: re.Match[str]) -> Spec | None:
    """The quarter a company report is about: the one the story named, else the last one over."""
    return Spec("period", value=REPORTING_QUARTER)


@rule(rf"the\s+(?P<y>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period)(?![-\w])(?!\s+of)", "digit", priority=1)
def reporting_quarter_of_year(m: re.Match[str]) -> Spec | None:
    """The reporting quarter in a named year ("the 1988 quarter", "the 1989 period"): the story's
    quarter, in that year."""
    return Spec("period", value=REPORTING_QUARTER, year=int(m["y"]))


@rule(r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)", "unit")
def year_ended(m: re.Match[str]) -> Spec | None:
    """A reporting year told by its last day ("the year ended March 31"): TimeML counts it, P1Y."""
    return Spec("fixed", "DURATION", "P1Y")


@rule(r"(?:the\s+)?year[-\s]end(?![-\w])", "unit")
def year_end(m: re.Match[str]) -> Spec | None:
    """The last day of the year ("by year-end"): this year's, or last year's after "since"."""
    return Spec("calendar", month=12, day=31)


# A part of a year before "of the year": "the first nine months of", "the rest of", "most of".
PART_OF_BEFORE = re.compile(r"\b(?:months|weeks|days|half|quarters?|rest|remainder|most|part)\s+of\s+$")


@rule(r"the\s+year(?!\s+(?:end|ago|earlier|before|after|later|of|to|in|that|when)\b|[-'\w])", "unit")
def the_year(m: re.Match[str]) -> Spec | None:
    """ "For the year" in a report: the year it speaks in, the reference's; "the first nine months
    of the year", "the rest of the year": the story's year, whose part the words name."""
    if preceded_by(m, ("for",)):
        return Spec("shift", unit="Y")
    part_of = PART_OF_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    return Spec("shift", unit="Y", narrative=True) if part_of else None


@rule(r"the\s+current\s+(?:fiscal\s+)?quarter", "unit")
def current_quarter(m: re.Match[str]) -> Spec | None:
    """The quarter the reference date lies in ("the current quarter")."""
    return Spec("shift", unit="Q")


@rule(
    r"the\s+(?:(?:comparable|corresponding|same)\s+)?year[-\s](?:earlier|ago|before)\s+(?:quarter|period)"
    r"|year-(?:earlier|ago)|last\s+year's\s+(?:quarter|period)"
    r"|the\s+(?:comparable|corresponding|same)\s+(?:quarter|period)\s+(?:of\s+)?last\s+year"
    r"|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)",
    ("unit", "period"),
)
def year_ago_quarter(m: re.Match[str]) -> Spec | None:
    """The same reporting period a year before ("the year-ago quarter", "year-earlier profit",
    "the corresponding period last year", "last year's quarter", "the quarter a year ago")."""
    return Spec("period", value=REPORTING_QUARTER, amount=-1)


@rule(r"the\s+(?:current\s+)?(?:full|fiscal|current|calendar)\s+year", "unit")
def whole_year(m: re.Match[str]) -> Spec | None:
    """The year a report speaks in ("sales for the full year")."""
    return Spec("shift", unit="Y")


@rule(
    r"the\s+(?P<rel>next|following|previous|preceding|prior)\s+(?P<u>week|month|year)",
    "unit",
    priority=1,  # over the duration reading of "the next year"
)
def story_unit(m: re.Match[str]) -> Spec | None:
    """The unit after or before the story's ("The following year, ..."); after "for" a span."""
    if m["rel"].lower() == "next" and preceded_by(m, SPAN_WORDS):
        return None  # "stayed for the next year" is one year long
    amount = 1 if m["rel"].lower() in {"next", "following"} else -1
    return Spec("shift", unit=unit_of(m["u"])[0], amount=amount, narrative=True)


@rule(
    r"(?:(?:earlier|later)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?P<u>week|month|year)"
    r"|(?:later|earlier)\s+in\s+the\s+(?P<u2>week|month|year)",
    "unit",
)
def same_unit(m: re.Match[str]) -> Spec | None:
    """The story's own week, month or year: "that year", "later that month", "the same year"."""
    return Spec("shift", unit=unit_of(m["u"] or m["u2"])[0], narrative=True)


@rule(
    r"the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?P<u>month|year)|(?P<u2>month|year)'s\s+end",
    "unit",
)
def edge_of_unit(m: re.Match[str]) -> Spec | None:
    """An edge of the story's month or year ("by the end of the year"): TimeML gives that unit."""
    return Spec("shift", unit=unit_of(m["u"] or m["u2"])[0], narrative=True)
