"""Find temporal expressions in text: run every rule near its trigger, keep the leftmost-longest."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from frontlines.timex import amounts, dates, periods, relative  # noqa: F401  (importing registers their rules)
from frontlines.timex.lexicon import TRIGGERS
from frontlines.timex.names import names_a_paper, proper_name_end
from frontlines.timex.rules import RULES, Rule
from frontlines.timex.spec import Mention

# What may stand between a clock time and its day: "10 p.m. Wednesday", "10 p.m. on March 3".
CLOCK_DAY_GAP = re.compile(r"(?:,?\s+(?:on\s+)?|\s+of\s+)$")
DAY_CLOCK_GAP = re.compile(r"^(?:,?\s+at\s+|,\s+)$")
# A part of the day may also follow its day after a bare space: "Tuesday mid-afternoon".
DAY_PART_GAP = re.compile(r",?\s+")
# Words of relative time that are lower case in running text: capitalised, they belong to a name
# ("ABC's \"This Week\"", "VOA Today"), unless they open a sentence ("Last week, ...").
RELATIVE_WORD = re.compile(r"\b(?:Today|Tonight|Tomorrow|Yesterday|Week|Weekend|Month|Year)\b")
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;][\"'`’”)]*\s+|\n\s*|[\"“`(]+\s*|--\s*|_\s*)$")
# The second day of a pair written once with its month: "April 24 and 25", "May 4-5,", "April 13-15.".
SECOND_DAY = re.compile(
    r"\s*(?:-|–|and|to|through)\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|of|when|as|and|by)\b)"
)
# "the week of March 6": the week a named day falls in; so is "Easter week" of a holiday's.
WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.IGNORECASE)
HOLIDAY_WEEK = re.compile(r"\s+week\b", re.IGNORECASE)
# How far before and after its trigger word a match may reach ("more than the past two weeks",
# "Wednesday, September 30, 2020").
MARGIN_BEFORE, MARGIN_AFTER = 45, 30
WHITESPACE = re.compile(r"\s")
WORD = re.compile(r"[a-z]{3,}|\d+")  # no trigger is shorter than three letters
TRIGGER_PATTERNS = {name: re.compile(pattern) for name, pattern in TRIGGERS.items()}
# Lower-cases ASCII only, so offsets in the lowered text stay those of the original.
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
Windows = list[tuple[int, int]]


def find_mentions(text: str) -> list[Mention]:
    """All temporal expressions in `text`, in order, none overlapping."""
    lowered = text.translate(ASCII_LOWER)
    by_trigger = trigger_windows(lowered)
    # Sorted so that the leftmost, then longest, then highest-priority, then first-registered wins.
    candidates: list[tuple[int, int, int, int, Mention]] = []
    for order, rule in enumerate(RULES):
        windows = merge(w for name in rule.triggers for w in by_trigger.get(name, []))
        for mention in matches(rule, text, lowered, windows):
            candidates.append((mention.start, mention.start - mention.end, -rule.priority, order, mention))
    candidates.sort(key=lambda c: c[:4])
    chosen: list[Mention] = []
    # The end of the last proper name found: nothing inside it is a date ("April" of "the April 6 Movement").
    named_until = 0
    for *_, mention in candidates:
        if mention.start < named_until or (chosen and mention.start < chosen[-1].end):
            continue
        if (name_end := proper_name_end(text, mention)) is not None:
            named_until = name_end
        elif not (names_something(text, mention) or names_a_paper(text, mention)):
            chosen.append(mention)
    return add_second_days(text, [week_of_day(text, m) for m in join_clock_and_day(text, chosen)])


def week_of_day(text: str, mention: Mention) -> Mention:
    """ "the week of March 6" (a dated day after "the week of"), "Easter week", "Christmas week"
    (a holiday before "week"): that day's week, one expression."""
    spec = mention.spec
    holiday = (
        spec.kind == "calendar"
        and bool(spec.value or spec.day)  # a named day: "Easter", "Christmas", not "May"
        and not spec.week
        and not any(c.isdigit() for c in text[mention.start : mention.end])
    )
    if holiday and (after := HOLIDAY_WEEK.match(text, mention.end)) is not None:
        return Mention(mention.start, after.end(), replace(spec, week=True))
    if not (spec.is_day and spec.kind == "calendar"):
        return mention
    before = WEEK_OF.search(text, max(0, mention.start - 20), mention.start)
    if before is None:
        return mention
    return Mention(before.start(), mention.end, replace(spec, week=True))


def names_something(text: str, mention: Mention) -> bool:
    """True when a capitalised word of relative time inside `mention` makes it part of a name."""
    if mention.spec.type == "DURATION":
        return False  # "the Ten Year's Civil War": a name, but its span is still one
    for word in RELATIVE_WORD.finditer(text, mention.start, mention.end):
        if word.start() > mention.start:
            return True  # "This Week", "Next Year" in title case
        if not SENTENCE_OPENING.search(text, max(0, word.start() - 6), word.start()):
            return True  # "VOA Today"
    return False


def trigger_windows(lowered: str) -> dict[str, Windows]:
    """For each trigger, the stretches of the text around the words that contain it, merged.

    Words are classified once each (cached): one regex pass per text instead of one per
    rule is what makes the tagger fast.
    """
    found: dict[str, Windows] = defaultdict(list)
    for m in WORD.finditer(lowered):
        for name in triggers_in(m.group()):
            found[name].append((max(0, m.start() - MARGIN_BEFORE), m.end() + MARGIN_AFTER))
    return {
        name: [(low, word_end(lowered, high)) for low, high in merge(spans)] for name, spans in found.items()
    }


def word_end(text: str, position: int) -> int:
    """The first whitespace at or after `position` (or the end), so a window cuts no word short."""
    end = WHITESPACE.search(text, position)
    return end.start() if end else len(text)


@lru_cache(maxsize=65536)
def triggers_in(word: str) -> tuple[str, ...]:
    """The names of the triggers a lower-case word contains ("yesterday": deictic and unit)."""
    return tuple(name for name, pattern in TRIGGER_PATTERNS.items() if pattern.search(word))


def merge(spans: Iterator[tuple[int, int]] | Windows) -> Windows:
    """Overlapping or touching spans joined, in order."""
    merged: Windows = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def matches(rule: Rule, text: str, lowered: str, windows: Windows) -> Iterator[Mention]:
    """The mentions one rule finds in `windows`; after a rejected match the search resumes one
    character on, so "the third-quarter profit", refused whole, can still yield "third-quarter"."""
    for low, high in windows:
        position = low
        while (m := rule.pattern.search(lowered, position, high)) is not None:
            accepted = m.end() > m.start() and rule.accepts_case(m, text)
            spec = rule.handler(m) if accepted else None
            if spec is None:
                position = m.start() + 1
                continue
            yield Mention(m.start(), m.end(), spec)
            position = m.end()


def is_clock(mention: Mention) -> bool:
    """A bare clock time ("10 p.m.") or part of a day ("mid-afternoon"), not yet tied to a day."""
    spec = mention.spec
    return spec.kind == "shift" and spec.narrative and spec.amount == 0 and bool(spec.suffix)


def day_gap(clock: Mention, gap: str) -> bool:
    """True when `gap` joins a day to the clock time or part of the day after it."""
    part_of_day = ":" not in clock.spec.suffix
    return bool(DAY_CLOCK_GAP.fullmatch(gap) or (part_of_day and DAY_PART_GAP.fullmatch(gap)))


def join_clock_and_day(text: str, mentions: list[Mention]) -> list[Mention]:
    """Make "10 p.m. Wednesday" and "Wednesday at 10 p.m." one TIME on that day."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        gap = text[last.end : mention.start] if last else ""
        if last and is_clock(last) and mention.spec.is_day and CLOCK_DAY_GAP.fullmatch(gap):
            joined[-1] = Mention(last.start, mention.end, mention.spec.with_suffix(last.spec.suffix))
        elif last and last.spec.is_day and is_clock(mention) and day_gap(mention, gap):
            joined[-1] = Mention(last.start, mention.end, last.spec.with_suffix(mention.spec.suffix))
        else:
            joined.append(mention)
    return joined


def add_second_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add the bare second day of "April 24 and 25" (and of "May 4-5"), in the first's month."""
    added: list[Mention] = []
    for i, mention in enumerate(mentions):
        added.append(mention)
        spec = mention.spec
        # "the week of July 12" has no second day
        pair = spec.kind == "calendar" and spec.day is not None and not spec.week
        second = SECOND_DAY.match(text, mention.end) if pair else None
        if second is None or (i + 1 < len(mentions) and mentions[i + 1].start < second.end()):
            continue
        day = int(second["d"])
        if day > (spec.day or 0):
            added.append(Mention(second.start("d"), second.end("d"), replace(spec, day=day)))
    return added
