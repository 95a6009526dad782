"""Rules for calendar expressions: full and partial dates, years, decades, centuries, quarters."""

from __future__ import annotations

import re

from frontlines.timex.lexicon import (
    DAY,
    EDGE,
    MONTH,
    ORDINAL,
    ORDINALS,
    WEEKDAY,
    YEAR,
    month_of,
)
from frontlines.timex.rules import day_of, group, preceded_by, rule
from frontlines.timex.spec import Spec

ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Plural words that follow a number, not a year ("2000 troops").
NOT_PLURAL = {"was", "is", "has", "as", "this", "its", "his", "saw", "thus", "does", "towards", "across"}


@rule(r"(?P<y>\d{4})-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d)(?:t(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d)?)?)?", "digit")
def iso_date(m: re.Match[str]) -> Spec | None:
    month, day = int(m["m"]), int(m["d"] or 1)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = m.group(0)[:16].upper() if m["H"] else m.group(0)
    return Spec("fixed", "TIME" if m["H"] else "DATE", value)


@rule(r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>" + YEAR + ")", "digit")
def numeric_date(m: re.Match[str]) -> Spec | None:
    """03/03/2020 and 25/12/2020 are clear; 03/04/2020 could be March or April, so it is skipped."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if a == b or (a > 12 >= b):
        month, day = b, a
    elif b > 12 >= a:
        month, day = a, b
    else:
        return None
    return Spec("calendar", year=year, month=month, day=day) if 1 <= day <= 31 else None


@rule(
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<edge>{EDGE})(?:\s+|-))?(?P<m>{MONTH})\s+(?P<d>{DAY})"
    rf"(?:,?\s+(?P<y>{YEAR}))?(?!:\d|\s*(?:\d|%|,\d))",
    "month",
    capitalised=("m", "wd"),
)
def month_day(m: re.Match[str]) -> Spec | None:
    year = int(m["y"]) if m["y"] else None
    return Spec("calendar", year=year, month=month_of(m["m"]), day=day_of(m["d"]))


@rule(
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    "month",
    capitalised=("m", "wd"),
)
def day_month(m: re.Match[str]) -> Spec | None:
    year = int(m["y"]) if m["y"] else None
    return Spec("calendar", year=year, month=month_of(m["m"]), day=day_of(m["d"]))


@rule(
    rf"(?:(?P<edge>{EDGE})(?:\s+|-))?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
    "month",
    capitalised=("m", "wd"),
)
def month_year(m: re.Match[str]) -> Spec | None:
    return Spec("calendar", year=int(m["y"]), month=month_of(m["m"]))


@rule(
    rf"(?:(?P<edge>{EDGE})(?:\s+|-))?(?P<m>{MONTH})(?:\s+(?P<d>{DAY}))?,?\s+"
    r"(?:of\s+)?(?P<rel>last|this|next)\s+year",
    "month",
    capitalised=("m", "wd"),
)
def month_of_relative_year(m: re.Match[str]) -> Spec | None:
    """A month or day in a year named relatively ("June last year"): counted from the reference."""
    amount = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    day = day_of(m["d"]) if m["d"] else None
    return Spec("calendar", month=month_of(m["m"]), day=day, unit="Y", amount=amount)


@rule(rf"(?:(?P<rel>last|next|this|{EDGE})(?:\s+|-))?(?P<m>{MONTH})", "month", capitalised=("m", "wd"))
def month_alone(m: re.Match[str]) -> Spec | None:
    """A bare month name; "May" alone only after a word that makes it a month ("in May")."""
    if m["m"].lower() == "may" and not (m["rel"] or preceded_by(m, ("in", "since", "until", "of"))):
        return None
    if m["m"].endswith(".") or m["m"].lower() in ABBREVIATIONS:  # "Mar" alone is too often a name
        return None
    direction = {"last": -1, "next": 1}.get(group(m, "rel"), 0)
    return Spec("calendar", month=month_of(m["m"]), direction=direction)


@rule(rf"(?:(?P<edge>{EDGE}|fiscal|the\s+year)(?:\s+|-))?(?P<y>{YEAR})(?![.,]\d|%|-\d\d-)", "digit")
def year_alone(m: re.Match[str]) -> Spec | None:
    after = m.string[m.end() : m.end() + 20].split(maxsplit=1)
    word = after[0].rstrip(",.;:") if after else ""
    if word.isalpha() and word.islower() and word.endswith("s") and word not in NOT_PLURAL:
        return None  # "2000 troops"
    edge = " ".join(group(m, "edge").split())
    if "half" in edge:  # "the first half of 2020"
        return Spec("period", value="H1" if "first" in edge else "H2", year=int(m["y"]))
    return Spec("fixed", value=m["y"])


@rule(
    r"(?:the\s+)?(?:(?P<edge>early|late|mid)(?:\s+|-))?(?:(?P<c>1[5-9]|20)(?P<d>\d)0|'(?P<d2>\d)0)'?s",
    "digit",
)
def decade(m: re.Match[str]) -> Spec | None:
    if m["c"]:
        return Spec("fixed", value=m["c"] + m["d"])
    return Spec("fixed", value=("19" if int(m["d2"]) >= 3 else "20") + m["d2"])


@rule(r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century", "digit")
def century(m: re.Match[str]) -> Spec | None:
    return Spec("fixed", value=f"{int(m['n']) - 1:02d}")


@rule(
    rf"(?:(?P<the>the)\s+)?(?P<q>{ORDINAL})(?P<sep>\s+|-)(?P<u>quarter|half)"
    rf"(?:(?:\s+of|,)?\s+(?P<y>{YEAR}))?",
    "unit",
)
def quarter(m: re.Match[str]) -> Spec | None:
    number = ORDINALS[m["q"].lower()]
    code = f"Q{number}" if m["u"].lower() == "quarter" else f"H{number}"
    if code not in {"Q1", "Q2", "Q3", "Q4", "H1", "H2"} or (m["the"] and m["sep"] == "-"):
        return None  # "the third-quarter profit": "the" belongs to "profit"; the bare rule takes it
    return Spec("period", value=code, year=int(m["y"]) if m["y"] else None)


HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
            "new year's eve": (12, 31), "new year's day": (1, 1)}  # fmt: skip


@rule(
    r"(?P<h>christmas(?:\s+(?:eve|day))?|new\s+year's\s+(?:eve|day))(?:,?\s+(?P<y>" + YEAR + "))?",
    "holiday",
    capitalised=("h",),
)
def holiday(m: re.Match[str]) -> Spec | None:
    """Fixed-date holidays; movable ones (Easter, Eid) need calendars this module does not keep."""
    month, day = HOLIDAYS[" ".join(m["h"].lower().split())]
    return Spec("calendar", year=int(m["y"]) if m["y"] else None, month=month, day=day)
