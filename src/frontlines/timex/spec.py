"""What the recogniser found, before it is resolved against a reference date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from frontlines.model import TimexType

# fixed: the value is known from the words alone (absolute dates, durations, sets, PAST_REF);
# calendar: month/day with the year possibly missing; weekday: a day of the week;
# shift: `amount` units away from the reference ("yesterday", "last week", "two days later");
# period: a named part of a year (season "SU", quarter "Q3", half "H1").
# The period code of "the quarter" a report is about, resolved from the story or the reference.
REPORTING_QUARTER = "QX"
SpecKind = Literal["fixed", "calendar", "weekday", "shift", "period"]


@dataclass(frozen=True, slots=True)
class Spec:
    """The meaning of a temporal expression, independent of any reference date."""

    kind: SpecKind
    type: TimexType = "DATE"
    value: str = ""  # the value (fixed), the period code (period), REPORTING_QUARTER ("a year ago")
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: Monday 1 .. Sunday 7
    unit: str = ""  # shift unit: D, W, WE, M, Q, Y, DE, CE
    amount: int = 0  # shift amount, signed
    direction: int = 0  # weekday/month: -1 strictly before, +1 strictly after, 0 by tense
    narrative: bool = False  # relative to the story's last date ("a day earlier"), not to now
    suffix: str = ""  # time of day appended after "T": "MO", "NI", "10:00"
    week: bool = False  # the ISO week the day falls in ("the week of March 6")

    def with_suffix(self, suffix: str) -> Spec:
        """The same day with a time of day attached (a TIME then)."""
        return replace(self, type="TIME", suffix=suffix)

    @property
    def is_day(self) -> bool:
        """True when this resolves to a single calendar day (so a clock time can attach to it)."""
        if self.suffix or self.week:
            return False
        if self.kind == "calendar":
            return self.day is not None
        if self.kind == "weekday":
            return self.unit != "WE"
        return self.kind == "shift" and self.unit == "D"


@dataclass(slots=True)
class Mention:
    """A recognised expression: its character span in the text and its meaning."""

    start: int
    end: int
    spec: Spec
