"""Rules for calendar expressions: full and partial dates, years, decades, centuries, quarters."""

from __future__ import annotations

import re

from frontlines.timex.holidays import FIXED, NAMES, holiday_month
from frontlines.timex.lexicon import (
    BC,
    DAY,
    DECADE_WORDS,
    EDGE,
    MONTH,
    ORDINAL,
    ORDINALS,
    SEASONS,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    alternation,
    month_of,
    spelled_year,
)
from frontlines.timex.rules import day_of, group, preceded_by, rule
from frontlines.timex.spec import Spec

MAY_AFTER = ("in", "since", "until", "of", "from", "by", "during", "between", "through", "late", "early")
MONTH_RANGE = re.compile(rf"\s*[-–]\s*{MONTH}")  # "(May-August 1950)"
MARCH_AFTER = tuple(word for word in MAY_AFTER if word != "of")  # "of March on Washington" may be the noun
NOUN_MARCH = re.compile(r"\s+(?:to|on|of\s+the|through)\b")
SEASON = alternation(list(SEASONS))
ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Plural words that follow a number, not a year ("2000 troops").
NOT_PLURAL = {"was", "is", "has", "as", "this", "its", "his", "saw", "thus", "does", "towards", "across"}


@rule(r"(?P<y>\d{4})-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d)(?:t(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d)?)?)?", "digit")
def iso_date(m: re.Match[str]) -> Spec | None:
    month, day = int(m["m"]), int(m["d"] or 1)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if not m["d"] and month == (int(m["y"]) + 1) % 100:
        return None  # "in 2006-07": two years (see year_range_end), not July 2006
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
    r"(?:of\s+)?(?P<rel>last|this|next|that|the\s+(?:same|following|next|previous|preceding))\s+year",
    "month",
    capitalised=("m", "wd"),
)
def month_of_relative_year(m: re.Match[str]) -> Spec | None:
    """A month or day in a year named relatively: "June last year" counts from the reference,
    "August of that year" and "May of the following year" from the story's year."""
    rel = " ".join(m["rel"].lower().split())
    amount = {"last": -1, "next": 1, "the following": 1, "the next": 1}.get(rel, 0)
    amount = -1 if rel in {"the previous", "the preceding"} else amount
    day = day_of(m["d"]) if m["d"] else None
    narrative = rel not in {"last", "this", "next"}
    return Spec("calendar", month=month_of(m["m"]), day=day, unit="Y", amount=amount, narrative=narrative)


@rule(rf"(?:(?P<rel>last|next|this|{EDGE})(?:\s+|-))?(?P<m>{MONTH})", "month", capitalised=("m", "wd"))
def month_alone(m: re.Match[str]) -> Spec | None:
    """A bare month name; "May" alone only after a word that makes it a month ("in May")."""
    after = m.string[m.end() : m.end() + 20]
    if m["m"].lower() == "may" and not (m["rel"] or preceded_by(m, MAY_AFTER) or MONTH_RANGE.match(after)):
        return None
    if m["m"].endswith(".") or m["m"].lower() in ABBREVIATIONS:  # "Mar" alone is too often a name
        return None
    # "the March", "his March to the Sea": the noun; "from March to June", "in March to visit": the month.
    noun = preceded_by(m, ("the", "a")) or (NOUN_MARCH.match(after) and not preceded_by(m, MARCH_AFTER))
    if m["m"].lower() == "march" and not m["rel"] and noun:
        return None
    if group(m, "rel") == "this":  # "this September": the reference year's, passed or not
        return Spec("calendar", month=month_of(m["m"]), unit="Y")
    direction = {"last": -1, "next": 1}.get(group(m, "rel"), 0)
    return Spec("calendar", month=month_of(m["m"]), direction=direction)


@rule(
    rf"(?:(?P<edge>{EDGE}|fiscal|the\s+year)(?:\s+|-)|(?P<side>post|pre)-)?(?P<y>{YEAR})(?![.,]\d|%|-\d\d-)",
    "digit",
)
def year_alone(m: re.Match[str]) -> Spec | None:
    """A year written alone ("in 1992", "the 1992 protests", "mid-2020", "post-1959 politics")."""
    after = m.string[m.end() : m.end() + 20].split("\n", 1)[0].split(maxsplit=1)  # a heading ends at its line
    word = after[0].rstrip(",.;:") if after else ""
    edge = " ".join(group(m, "edge").split())
    # "the 1992 protests", "post-1959 politics": a year, whatever plural follows
    named = bool(edge or m["side"]) or preceded_by(m, ("the", "in", "of", "since"))
    if word.isalpha() and word.endswith("s") and word not in NOT_PLURAL and not named:
        return None  # "2000 troops"
    if "half" in edge:  # "the first half of 2020"
        return Spec("period", value="H1" if "first" in edge else "H2", year=int(m["y"]))
    return Spec("fixed", value=m["y"])


# Words before a year of the 1000s to 1600s ("in 1614"), where a bare number is seldom a count.
EARLY_YEAR_BEFORE = ("in", "since", "until", "by", "from", "after", "before", "of")


@rule(r"(?P<y>1[0-6]\d\d)(?![.,]\d|%|\s+[a-z]+s\b)", "digit")
def early_year(m: re.Match[str]) -> Spec | None:
    """A year before 1700, after a word that makes it one ("in 1614", "since 1453")."""
    return Spec("fixed", value=m["y"]) if preceded_by(m, EARLY_YEAR_BEFORE) else None


@rule(rf"(?:(?:ca|c)\.\s*)?(?P<y>\d{{1,4}})\s*(?P<era>{BC})", "digit", capitalised=("era",))
def before_christ(m: re.Match[str]) -> Spec | None:
    """A year before the common era ("480 BC", "ca. 466 B.C."), written BC0480 in TimeML."""
    return Spec("fixed", value=f"BC{int(m['y']):04d}") if int(m["y"]) > 0 else None


@rule(
    rf"(?P<m>{MONTH})\s+(?:of\s+)?(?P<y>\d{{1,4}})\s*{BC}",
    "month",
    capitalised=("m",),
)
def month_before_christ(m: re.Match[str]) -> Spec | None:
    """A month of a year before the common era ("April 480 BC")."""
    return Spec("fixed", value=f"BC{int(m['y']):04d}-{month_of(m['m']):02d}") if int(m["y"]) > 0 else None


@rule(rf"(?P<y>\d{{1,4}})(?=\s*(?:-|–|to)\s*\d{{1,4}}\s*{BC})", "digit")
def before_christ_range_start(m: re.Match[str]) -> Spec | None:
    """The first year of a range before the common era ("499-493 BC", "from 499 to 493 BC")."""
    return Spec("fixed", value=f"BC{int(m['y']):04d}") if int(m["y"]) > 0 else None


@rule(r"(?<=\d\d\d\d[-–/])(?P<yy>\d\d)(?![\d%-])", "digit")
def year_range_end(m: re.Match[str]) -> Spec | None:
    """The end of a range of years written short ("1915-17", "the winter of 1918/19") is a year."""
    first = int(m.string[m.start() - 5 : m.start() - 1])
    year = first // 100 * 100 + int(m["yy"])
    return Spec("fixed", value=str(year)) if first < year <= first + 20 and 1700 <= first <= 2099 else None


@rule(
    r"(?:the\s+)?(?:(?P<edge>early|late|mid)(?:\s+|-))?(?:(?P<c>1[5-9]|20)(?P<d>\d)0|'(?P<d2>\d)0)'?s",
    "digit",
)
def decade(m: re.Match[str]) -> Spec | None:
    if m["c"]:
        return Spec("fixed", value=m["c"] + m["d"])
    return Spec("fixed", value=("19" if int(m["d2"]) >= 3 else "20") + m["d2"])


@rule(r"the\s+(?:(?:early|late|mid)[\s-]+)?(?P<w>" + alternation(list(DECADE_WORDS)) + ")", "decade")
def decade_in_words(m: re.Match[str]) -> Spec | None:
    """A decade of the 1900s said in words ("the nineties", "the late sixties")."""
    return Spec("fixed", value=f"19{DECADE_WORDS[m['w'].lower()]}")


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


@rule(
    r"(?:(?P<rel>last|next|this)\s+)?(?P<h>" + alternation(NAMES) + r")(?:,?\s+(?P<y>" + YEAR + "))?",
    "holiday",
    capitalised=("h",),
)
def holiday(m: re.Match[str]) -> Spec | None:
    """Holidays, fixed ("Christmas Day") or moving ("Thanksgiving"), dated once the year is known."""
    name = " ".join(m["h"].lower().split())
    year = int(m["y"]) if m["y"] else None
    direction = {"last": -1, "next": 1}.get(group(m, "rel"), 0)
    if name in FIXED:
        month, day = FIXED[name]
        return Spec("calendar", year=year, month=month, day=day, direction=direction)
    return Spec("calendar", value=name, year=year, month=holiday_month(name), direction=direction)


@rule(
    rf"(?:(?P<m>{MONTH})\s+|(?:the\s+)?(?P<s>{SEASON})\s+of\s+|the\s+year\s+)?(?P<sy>{SPELLED_YEAR})",
    "spelled",
    capitalised=("m",),
)
def spelled_year_date(m: re.Match[str]) -> Spec | None:
    """A year said in words ("nineteen ninety-six", "the year two thousand")."""
    if m["sy"].lower().startswith("two") and not m.group(0).lower().startswith("the"):
        return None  # "two thousand troops": a count unless "the year" says otherwise
    year = spelled_year(m["sy"])
    if m["m"]:
        return Spec("calendar", year=year, month=month_of(m["m"]))
    if m["s"]:
        return Spec("period", value=SEASONS[m["s"].lower()], year=year)
    return Spec("fixed", value=str(year))


@rule(
    rf"(?:(?P<rel>this|last|next)\s+year's|the\s+(?P<y>{YEAR})|(?P<y2>{YEAR})'s|the\s+(?P<ago>year-(?:ago|earlier)))"
    r"\s+(?:fiscal\s+)?"
    rf"(?P<q>{ORDINAL})[-\s](?P<u>quarter|half)",
    "unit",
)
def quarter_of_year(m: re.Match[str]) -> Spec | None:
    """A quarter or half of a named year ("this year's third quarter", "the 1988 second quarter")."""
    number = ORDINALS[m["q"].lower()]
    code = f"Q{number}" if m["u"].lower() == "quarter" else f"H{number}"
    if code not in {"Q1", "Q2", "Q3", "Q4", "H1", "H2"}:
        return None
    if m["rel"] or m["ago"]:
        amount = {"last": -1, "next": 1}.get(group(m, "rel"), -1 if m["ago"] else 0)
        return Spec("period", value=code, unit="Y", amount=amount)
    return Spec("period", value=code, year=int(m["y"] or m["y2"]))


@rule(
    rf"(?P<d>{DAY})(?=\s*(?:-|–|and|to)\s*{DAY}\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)",
    "digit",
    capitalised=("m",),
)
def day_range_start(m: re.Match[str]) -> Spec | None:
    """The first day of a range written once ("on 12-14 July 1950"): that day of the month after."""
    year = int(m["y"]) if m["y"] else None
    return Spec("calendar", year=year, month=month_of(m["m"]), day=day_of(m["d"]))


# What joins the two ends of a range or a pair of dates that share one year.
RANGE_JOIN = r"\s*(?:-|–|and|to|until|through)\s*"


@rule(
    rf"(?P<m>{MONTH})(?:\s+(?P<d>{DAY}))?"
    rf"(?={RANGE_JOIN}(?:{MONTH}(?:\s+{DAY})?|{DAY}\s+{MONTH}),?\s+(?P<y>{YEAR}))"
    rf"|(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?={RANGE_JOIN}{DAY}\s+{MONTH},?\s+(?P<y2>{YEAR}))"
    rf"|(?P<m3>{MONTH})\s+(?P<d3>{DAY})(?={RANGE_JOIN}{DAY},?\s+(?P<y3>{YEAR}))",
    "month",
    priority=1,  # over the same words read without the year
    capitalised=("m", "m2", "m3"),
)
def range_start(m: re.Match[str]) -> Spec | None:
    """The first date of a pair that writes its year once, at the end ("in April and June 1955",
    "(26 June - 4 August 1952)", "July-November 1954", "April 13-15, 1915"): the year is both's."""
    day = m["d"] or m["d2"] or m["d3"]
    year = int(m["y"] or m["y2"] or m["y3"])
    month = month_of(m["m"] or m["m2"] or m["m3"])
    return Spec("calendar", year=year, month=month, day=day_of(day) if day else None)
