"""The registry of recognition rules: one regex per form, a handler that reads its meaning."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from frontlines.timex.lexicon import TRIGGERS, WEEKDAYS
from frontlines.timex.spec import Spec

Handler = Callable[[re.Match[str]], Spec | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A form of expression: its pattern, the handler that reads a match, and a cheap trigger.

    A rule's pattern is only tried near its trigger (a word every match contains), since
    trying thirty patterns at every position of a text is what makes regex taggers slow.
    When two rules match the same span, the higher `priority` wins.
    """

    pattern: re.Pattern[str]  # matched against the ASCII-lower-cased text
    handler: Handler
    triggers: tuple[str, ...]  # names in lexicon.TRIGGERS
    priority: int = 0
    capitalised: tuple[str, ...] = ()  # groups that must start with a capital in the original text

    def accepts_case(self, m: re.Match[str], original: str) -> bool:
        """True when every `capitalised` group that took part starts with a capital letter."""
        return all(m.start(g) < 0 or original[m.start(g)].isupper() for g in self.capitalised)


RULES: list[Rule] = []
# A match must not start or end inside a word or a number.
BEFORE = r"(?<![\w$£€])(?<!\d[.,:/])"
AFTER = r"(?![\w])"


def rule(
    pattern: str, trigger: str | tuple[str, ...], priority: int = 0, capitalised: tuple[str, ...] = ()
) -> Callable[[Handler], Handler]:
    """Register a handler for matches of the lower-case `pattern` near `trigger`.

    Rules match lower-cased text because case-insensitive matching is several times slower
    in Python's regex engine; `capitalised` names the groups that must be capitalised.
    """
    triggers = (trigger,) if isinstance(trigger, str) else trigger
    unknown = set(triggers) - set(TRIGGERS)
    if unknown:
        raise ValueError(f"unknown trigger {unknown}")

    def register(handler: Handler) -> Handler:
        compiled = re.compile(BEFORE + "(?:" + pattern + ")" + AFTER)
        present = tuple(g for g in capitalised if g in compiled.groupindex)  # "wd" is optional in some
        RULES.append(Rule(compiled, handler, triggers, priority, present))
        return handler

    return register


def group(m: re.Match[str], name: str) -> str:
    """A named group's text, lower-cased, or "" when it did not take part."""
    return (m.group(name) or "").lower()


def day_of(text: str) -> int:
    """The day number in "3", "03" or "3rd"."""
    return int(text.rstrip("stndrh"))


def weekday_of(text: str) -> int:
    """The ISO weekday number of a weekday name."""
    return WEEKDAYS[text.lower()]


def preceded_by(m: re.Match[str], words: tuple[str, ...]) -> bool:
    """True when the word just before the match is one of `words`."""
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    return bool(before) and before[-1].lower() in words
