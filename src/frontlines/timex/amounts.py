"""Rules for amounts of time and clock times: durations, sets, times of day, vague references."""

from __future__ import annotations

import re

from frontlines.timex.lexicon import (
    ADVERB_SETS,
    APPROX,
    MONTH,
    NUM,
    PARTS_OF_DAY,
    TIMEZONE,
    UNIT,
    VAGUE,
    WEEKDAY,
    WEEKDAY_NAME,
    alternation,
    month_of,
    number_value,
    unit_of,
)
from frontlines.timex.rules import group, preceded_by, rule, weekday_of
from frontlines.timex.spec import Spec

YEARS_PER = {"DE": 10, "CE": 100}
# Number words that are not amounts of time before these units ("a second time", "a quarter of").
NOT_AMOUNTS = {("a", "second"), ("one", "second"), ("a", "quarter"), ("one", "quarter")}


RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))\S*"
    r"(?:\s+[a-z]+)?\s+$"
)
AMOUNT_NEXT = re.compile(rf"\s+(?:{NUM})\b")
AGE = re.compile(r"\s+(?:old|of\s+age)\b")
PART = "(?:" + alternation(list(PARTS_OF_DAY)) + ")"


# Half of a unit in the next smaller one, for "2 1/2 years" (P2Y6M) and "a minute and a half" (PT1M30S).
HALVES = {"Y": "6M", "M": "15D", "W": "3DT12H", "D": "T12H", "TH": "30M", "TM": "30S"}
# Words that may stand between an amount and its unit: "two more weeks", "eight trading days".
AMOUNT_WORDS = r"(?:more|additional|further|trading|business|working)"


def duration_value(amount: int | None, unit_word: str, half: bool = False) -> str:
    """The TimeML duration for an amount of a unit ("three days" -> P3D, "several weeks" -> PXW)."""
    code, clock, factor = unit_of(unit_word)
    if amount is not None and code in YEARS_PER:  # "two decades" is written P20Y
        amount, code = amount * YEARS_PER[code], "Y"
    number = "X" if amount is None else str(amount * factor)
    extra = HALVES.get(("T" if clock else "") + code, "") if half and amount is not None else ""
    return ("PT" if clock else "P") + number + code + extra


@rule(
    rf"(?:(?P<mod>{APPROX})\s+)?"
    r"(?:the\s+(?:(?P<rel>past|last|next|coming|previous|first|final|following)\s+)?)?"
    rf"(?P<n>{NUM})(?P<half>\s+1/2)?(?:\s+{AMOUNT_WORDS})?(?:\s+|-)(?P<u>{UNIT})(?:-long)?"
    r"(?P<half2>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?!-old|-\w)",
    "unit",
)
def duration(m: re.Match[str]) -> Spec | None:
    """An amount of time: "three days", "the last few days", "a 10-year" (not ages: "6-year-old"),
    "two more weeks", "2 1/2 years"."""
    n, unit = m["n"].lower(), m["u"].lower()
    if n.isdigit() and n != "1" and not unit.endswith("s") and "-" not in m.group(0):
        return None  # "the 1988 second quarter": a plural amount needs a plural unit ("10-second" aside)
    if unit.endswith("s") and AGE.match(m.string, m.end()):
        return None  # "37 years old" is an age
    if (n, unit) in NOT_AMOUNTS or (unit.startswith("quarter") and not m["rel"]):
        return None
    if n in {"a", "an"} and RATE_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
        return None  # "$1.76 a year", "four flights a week", "24 hours a day": a rate, not a span
    if n in {"a", "an", "some", "many"} and m["u"].lower().endswith("s"):
        return None  # "a days" is no English; "some years" too vague to be useful
    if n == "some" and not m["rel"]:
        return None
    half = bool(m["half"] or m["half2"])
    return Spec("fixed", "DURATION", duration_value(number_value(n), m["u"], half))


@rule(r"(?P<u>day|week|month|year)-long", "unit")
def unit_long(m: re.Match[str]) -> Spec | None:
    """One unit long, as an adjective ("a day-long meeting")."""
    return Spec("fixed", "DURATION", duration_value(1, m["u"]))


@rule(
    r"the\s+(?:past|last|next|coming|previous|first|final)\s+(?P<u>hour|day|week|month|year|decade|century)",
    "unit",
)
def duration_the(m: re.Match[str]) -> Spec | None:
    """A span of one unit ending now or starting now ("over the past week").

    "The past year" and "the last decade" name the calendar year or decade before the
    reference, as TimeBank reads them (1997 read in 1998; the 1980s read in the 1990s); "the
    past decade" is the ten years up to now, a span.
    """
    unit, word = m["u"].lower(), m.group(0).lower().split()[1]
    if (unit == "year" and word in {"past", "last"}) or (unit == "decade" and word == "last"):
        return Spec("shift", unit=unit_of(unit)[0], amount=-1)
    return Spec("fixed", "DURATION", duration_value(1, unit))


BARE_AFTER = ("for", "over", "within", "after", "spanning", "lasting", "in")


@rule(r"(?P<u>years|months|weeks|days|decades|centuries|hours)(?!\s+(?:ago|earlier|later))", "unit")
def bare_plural(m: re.Match[str]) -> Spec | None:
    """A vague number of a unit ("for years", "decades"), only after a word that makes it time."""
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    word = before[-1].lower() if before else ""
    if word not in BARE_AFTER and m["u"].lower() not in {"decades", "centuries"}:
        return None
    return Spec("fixed", "DURATION", duration_value(None, m["u"]))


@rule(r"the\s+(?P<u>years|decades|centuries)(?!\s+\d)", "unit")
def the_years_over(m: re.Match[str]) -> Spec | None:
    """ "Over the years": some number of them, PXY ("over the years 1820-1825", "in the years after": not)."""
    return Spec("fixed", "DURATION", duration_value(None, m["u"])) if preceded_by(m, ("over",)) else None


# Words before "a while" that make it a span: "for a while", "after a while".
WHILE_BEFORE = ("for", "after", "in")


@rule(r"a\s+(?:little\s+)?while", "while")
def a_while(m: re.Match[str]) -> Spec | None:
    """ "For a while": a span of no stated unit, PXX ("a while ago" and "once in a while" are not spans)."""
    if not preceded_by(m, WHILE_BEFORE) or m.string[m.end() : m.end() + 4].lower() == " ago":
        return None
    if m.string[max(0, m.start() - 8) : m.start()].lower().split()[-2:] == ["once", "in"]:
        return None
    return Spec("fixed", "DURATION", "PXX")


@rule(r"(?:the\s+)?(?P<w>recent|coming)\s+(?P<u>days|weeks|months|quarters|years|decades)", "unit")
def vague_span(m: re.Match[str]) -> Spec | None:
    """ "In recent years", "in the coming weeks": some number of the unit, written PXY, PXW."""
    return Spec("fixed", "DURATION", duration_value(None, m["u"]))


@rule(r"(?P<w>" + alternation(list(VAGUE)) + r")", "vague")
def vague(m: re.Match[str]) -> Spec | None:
    after = m.string[m.end() : m.end() + 3]
    if m["w"].lower() == "now" and after.startswith("-"):
        return None  # "now-defunct"
    if m["w"].lower() == "the past" and AMOUNT_NEXT.match(m.string, m.end()):
        return None  # "the past three summers": an amount of them, not the past
    return Spec("fixed", value=VAGUE[" ".join(m["w"].lower().split())])


@rule(
    rf"(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUM})\s+)?(?P<u>{UNIT}|morning|afternoon|evening|night)"
    rf"|(?:every|each)\s+(?P<wd>{WEEKDAY})|(?:every|each)\s+(?P<mo>{MONTH})"
    rf"|(?P<adv>" + alternation(list(ADVERB_SETS)) + rf")"
    rf"|(?P<wds>{WEEKDAY_NAME})(?:s|(?=\s+{PART}s))(?:\s+(?P<p>{PART})s)?",
    ("set", "weekday"),
    capitalised=("wd", "mo", "wds"),
)
def recurrence(m: re.Match[str]) -> Spec | None:
    """Recurrences: "every week" and "weekly" (P1W), "every Tuesday" and "on Tuesdays" (XXXX-WXX-2),
    "on Tuesday nights" (XXXX-WXX-2TNI)."""
    if m["adv"]:
        return Spec("fixed", "SET", ADVERB_SETS[m["adv"].lower()])
    if m["mo"]:
        return Spec("fixed", "SET", f"XXXX-{month_of(m['mo']):02d}")
    day_name = m["wd"] or m["wds"]
    if day_name:
        part = f"T{PARTS_OF_DAY[m['p'].lower()]}" if m["p"] else ""
        return Spec("fixed", "SET", f"XXXX-WXX-{weekday_of(day_name)}{part}")
    unit = m["u"].lower()
    if unit in PARTS_OF_DAY:
        return Spec("fixed", "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    amount = 2 if m["other"] else (number_value(m["n"]) if m["n"] else 1)
    return Spec("fixed", "SET", duration_value(amount, unit))


@rule(
    rf"(?P<f>once|twice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>{UNIT})"
    r"|per\s+(?P<u2>hour|day|week|month|year)",
    "unit",
)
def frequency(m: re.Match[str]) -> Spec | None:
    """How often: "twice a month", and rates "10,000 per day" (P1D, a SET)."""
    if m["u2"]:
        return Spec("fixed", "SET", duration_value(1, m["u2"]))
    return Spec("fixed", "SET", duration_value(1, m["u"]))


@rule(r"(?<=\bat\s|\bby\s)(?P<p>night)", "unit")
def part_of_any_day(m: re.Match[str]) -> Spec | None:
    """ "moved only at night": a part of some unnamed day, XXXX-XX-XXTNI."""
    return Spec("fixed", "TIME", "XXXX-XX-XXTNI")


HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.IGNORECASE)
# Words before an hour said with its part of the day ("at 4 in the morning", "until 10 at night").
CLOCK_BEFORE = ("at", "by", "until", "till", "around", "about", "before", "after", "from", "to", "since")


def hour_of_day(hour: int, part: str) -> int:
    """The 24-hour clock hour of "4 in the morning", "3 in the afternoon", "10 at night", "2 at night"."""
    if part == "morning" or (part == "night" and hour < 6):
        return hour % 12
    return hour % 12 + 12


@rule(
    r"(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m|[ap]m)(?:\s+(?P<tz>" + TIMEZONE + "))?"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?:\s+(?P<tz2>" + TIMEZONE + "))?"
    r"|(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)\s+(?P<tz3>gmt|utc)|(?P<w>noon|midday|midnight)"
    r"|(?P<h3>1[0-2]|0?[1-9])(?::(?P<mi3>[0-5]\d))?\s+(?:o'clock\s+)?(?:in\s+the\s+(?P<pd>morning|afternoon|evening)"
    r"|at\s+(?P<pd2>night))",
    ("digit", "clock"),
)
def clock_time(m: re.Match[str]) -> Spec | None:
    """A clock time ("10 a.m.", "22:30 GMT"): a TIME on the story's day or the reference day."""
    if m["w"] and HIGH_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
        return None  # "high noon": the idiom (a moment of reckoning), not twelve o'clock
    if m["w"]:
        hour, minute = (24, 0) if m["w"].lower() == "midnight" else (12, 0)
    elif m["h3"]:
        if not preceded_by(m, CLOCK_BEFORE):
            return None  # "arrested 3 in the morning raid": a count
        hour, minute = hour_of_day(int(m["h3"]), group(m, "pd") or group(m, "pd2")), int(m["mi3"] or 0)
    elif m["hm"]:
        hour, minute = int(m["hm"][:2]), int(m["hm"][2:])
    elif m["h2"]:
        hour, minute = int(m["h2"]), int(m["mi2"])
    else:
        hour, minute = int(m["h"]) % 12, int(m["mi"] or 0)
        hour += 12 if group(m, "ap").startswith("p") else 0
    if hour > 24:
        return None
    return Spec("shift", unit="D", narrative=True).with_suffix(f"{hour:02d}:{minute:02d}")
