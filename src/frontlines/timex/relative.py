"""Rules for expressions relative to a reference: today, last week, Tuesday, a day earlier, seasons."""

from __future__ import annotations

import re

from frontlines.timex.lexicon import (
    APPROX,
    BC,
    EDGE,
    MONTH,
    NUM,
    PARTS_OF_DAY,
    SEASONS,
    UNIT,
    WEEKDAY,
    YEAR,
    alternation,
    number_value,
    unit_of,
)
from frontlines.timex.rules import group, preceded_by, rule, weekday_of
from frontlines.timex.spec import REPORTING_QUARTER, Spec

SEASON = alternation(list(SEASONS))


BC_YEAR = rf"(?P<bc>\d{{1,4}})\s*{BC}"


@rule(
    rf"(?:(?P<rel>last|this|next|early|late|mid|the|that(?:\s+same)?|the\s+(?:same|following|next|previous))"
    rf"(?:\s+|-))?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|{BC_YEAR}))?",
    "season",
)
def season(m: re.Match[str]) -> Spec | None:
    """A season: of a year ("spring 1918", "autumn of 481 BC"), from now ("last summer"), or of the story."""
    rel, name = " ".join(group(m, "rel").split()), m["s"].lower()
    if m["bc"]:
        return Spec("fixed", value=f"BC{int(m['bc']):04d}-{SEASONS[name]}")
    bare = not (m["y"] or rel) and name != "fall"  # "in winter", "the summer offensive", "winter quarters"
    if not (m["y"] or bare or rel in {"last", "this", "next"} or (rel and name != "fall")):
        return None  # "the fall of Kabul"
    if rel.startswith(("that", "the ")):  # "that same spring", "the following winter": the story's
        amount = {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
        return Spec("period", value=SEASONS[name], unit="Y", amount=amount, narrative=True)
    amount = {"last": -1, "next": 1}.get(rel, 0)
    return Spec("period", value=SEASONS[name], year=int(m["y"]) if m["y"] else None, amount=amount)


@rule(
    rf"(?:the\s+)?(?P<s>{SEASON})"
    rf"(?=\s*(?:and|-|–|to)\s*(?:(?:early|late|mid)[\s-]+)?(?:{SEASON})\s+(?:of\s+)?(?P<y>{YEAR}))",
    "season",
    priority=1,  # over the season read without the year
)
def season_pair_start(m: re.Match[str]) -> Spec | None:
    """The first season of a pair that writes its year once ("the spring and summer of 1979")."""
    return Spec("period", value=SEASONS[m["s"].lower()], year=int(m["y"]))


DEICTIC_DAYS = {
    "the day before yesterday": -2, "the day after tomorrow": 2, "today": 0, "yesterday": -1,
    "tomorrow": 1, "tonight": 0, "overnight": -1,
}  # fmt: skip


# "today's world", "the leaders of tomorrow": the present or coming age, not a day (TimeML leaves
# such generic uses untagged); "today's vote" is still the day's.
AGE_NOUN = (
    r"(?:world|society|youth|young|generations?|children|kids|families|standards|terms|dollars|technolog(?:y|ies)"
    r"|computers|culture|politics|media|economy|people|leaders|citizens|workers|jobs|armies|wars|cities)"
)
AGE_AFTER = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?{AGE_NOUN}\b")
AGE_BEFORE = re.compile(rf"\b{AGE_NOUN}\s+of\s+$")


def names_an_age(m: re.Match[str]) -> bool:
    """True when a bare "today" or "tomorrow" means the present or future age ("today's world")."""
    if m["w"] not in {"today", "tomorrow"} or m.start("w") != m.start():
        return False
    before = AGE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    return bool(before or AGE_AFTER.match(m.string, m.end()))


@rule(r"(?:(?:earlier|later)\s+)?(?P<w>" + alternation(list(DEICTIC_DAYS)) + r")", "deictic")
def deictic_day(m: re.Match[str]) -> Spec | None:
    """Days named from now: "today", "earlier today", "yesterday". "Overnight" is the night before
    the story's day ("Shares fell Friday after overnight losses": Thursday night), else last night."""
    if names_an_age(m):
        return None
    word = " ".join(m["w"].split())
    spec = Spec("shift", unit="D", amount=DEICTIC_DAYS[word], narrative=word == "overnight")
    return spec.with_suffix("NI") if word in {"tonight", "overnight"} else spec


@rule(r"(?P<w>this|last|yesterday|tomorrow)\s+(?P<p>morning|afternoon|evening|night)", "unit")
def part_of_day(m: re.Match[str]) -> Spec | None:
    word, part = m["w"].lower(), m["p"].lower()
    if word == "last" and part != "night":
        return None
    amount = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(word, 0)
    return Spec("shift", unit="D", amount=amount).with_suffix(PARTS_OF_DAY[part])


@rule(
    rf"(?:(?P<rel>last|next|this(?:\s+coming)?|coming|early|late"
    rf"|the\s+(?:previous|preceding|following|next))\s+)?(?P<wd>{WEEKDAY})"
    r"(?:\s+(?P<p>morning|afternoon|evening|night))?",
    "weekday",
    capitalised=("wd",),
)
def weekday(m: re.Match[str]) -> Spec | None:
    """A day of the week, from now ("last Friday") or, after "the", from the story's day
    ("the previous Friday", "the following Monday")."""
    rel = " ".join(group(m, "rel").split())
    direction = {"last": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel.removeprefix("the "), 0)
    direction = -1 if rel.endswith(("previous", "preceding")) else 1 if rel.startswith("the ") else direction
    spec = Spec("weekday", weekday=weekday_of(m["wd"]), direction=direction, narrative=rel.startswith("the "))
    return spec.with_suffix(PARTS_OF_DAY[m["p"].lower()]) if m["p"] else spec


# Words before "the morning" (or "the night") that make it a part of the story's day: "in the morning".
PART_OF_DAY_BEFORE = ("in", "during", "by", "until", "till", "through", "throughout")
# What may follow "the morning" so that it is a part of a day named next: "the night of 4 March".
OF_A_DAY = rf"\s+of\s+(?:(?:the\s+)?\d|{WEEKDAY}|{MONTH})"


@rule(
    r"(?P<edge>early|late|mid)[\s-]?(?P<p>morning|afternoon|evening)"
    rf"|the\s+(?:(?:early|late)\s+)?(?P<p2>morning|afternoon|evening|night)(?:\s+hours)?"
    rf"(?P<of>(?={OF_A_DAY}))?",
    "unit",
)
def part_of_story_day(m: re.Match[str]) -> Spec | None:
    """A part of the story's day: "by mid-afternoon", "in the morning", "the night of 4 March"
    (joined to its day by the recogniser); "the morning" alone only after a preposition of time."""
    if m["p2"] and not (m["of"] is not None or preceded_by(m, PART_OF_DAY_BEFORE)):
        return None
    part = (m["p"] or m["p2"]).lower()
    return Spec("shift", unit="D", narrative=True).with_suffix(PARTS_OF_DAY[part])


# Words before "one day" that make it some day to come ("will one day be"), not a day long.
SOMEDAY_BEFORE = ("will", "would", "could", "may", "might", "can", "should", "shall", "must")


@rule(r"one\s+day", "unit", priority=1)  # over the duration reading
def someday(m: re.Match[str]) -> Spec | None:
    """ "The port could one day reopen": an unnamed day to come, FUTURE_REF (after a modal verb)."""
    return Spec("fixed", value="FUTURE_REF") if preceded_by(m, SOMEDAY_BEFORE) else None


@rule(r"the\s+weekend", "unit")
def weekend(m: re.Match[str]) -> Spec | None:
    """The weekend just past in news, the coming one when the sentence looks ahead."""
    return Spec("weekday", weekday=6, unit="WE")


REL_UNIT = r"(?P<u>week|weekend|month|year|quarter|decade|century)"


@rule(rf"(?:(?P<edge>{EDGE}|earlier|later)\s+)?(?<!the\s)(?P<rel>last|this|next)\s+{REL_UNIT}", "unit")
def relative_unit(m: re.Match[str]) -> Spec | None:
    amount = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return Spec("shift", unit=unit_of(m["u"])[0], amount=amount)


@rule(
    rf"(?:(?P<mod>{APPROX})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after)",
    "unit",
)
def units_away(m: re.Match[str]) -> Spec | None:
    """Some units away: "two days ago" counts from now, "two days later" from the story's last date;
    "a week or so ago" as "a week ago"."""
    code, clock, factor = unit_of(m["u"])
    direction = m["dir"].lower()
    if direction in {"before", "after"} and not re.match(r"\s*(?:[,.;:)]|$)", m.string[m.end() :]):
        return None  # "two days after the attack": anchored on an event, not a date
    n = number_value(m["n"])
    sign = -1 if direction in {"ago", "earlier", "before"} else 1
    if n is None or clock:
        return Spec("fixed", value="PAST_REF" if sign < 0 else "FUTURE_REF") if direction == "ago" else None
    # "A year ago" in a quarterly report means the year-ago quarter (see anchor.quarter_reading).
    comparison = REPORTING_QUARTER if (code, n, sign) == ("Y", 1, -1) else ""
    return Spec("shift", value=comparison, unit=code, amount=sign * n * factor, narrative=direction != "ago")


@rule(
    r"the\s+(?P<rel>next|following|previous|preceding|same)\s+(?P<u>day|morning|afternoon|evening|night)",
    "unit",
    priority=1,  # over the duration rule's reading of "the next day" as one day long
)
def story_day(m: re.Match[str]) -> Spec | None:
    amount = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(m["rel"].lower(), 0)
    spec = Spec("shift", unit="D", amount=amount, narrative=True)
    part = m["u"].lower()
    return spec.with_suffix(PARTS_OF_DAY[part]) if part in PARTS_OF_DAY else spec


@rule(
    r"the\s+(?P<p>day|night)\s+(?P<rel>before|after)"
    r"|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<u>day|morning|afternoon|evening|night)",
    "unit",
)
def story_that(m: re.Match[str]) -> Spec | None:
    if m["p"]:
        amount = -1 if m["rel"].lower() == "before" else 1
        if not re.match(r"\s*(?:[,.;:)]|$)", m.string[m.end() :]):
            return None  # "the day before the vote"
        return Spec("shift", unit="D", amount=amount, narrative=True)
    spec = Spec("shift", unit="D", narrative=True)
    part = m["u"].lower()
    return spec.with_suffix(PARTS_OF_DAY[part]) if part in PARTS_OF_DAY else spec
