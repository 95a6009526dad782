"""Holidays whose date moves from year to year: the day they fall on in a given year."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# name -> (month, ISO weekday, which one: 1 first .. 4 fourth, -1 last)
NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "memorial day": (5, 1, -1),
    "labor day": (9, 1, 1), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "mother's day": (5, 7, 2),
}  # fmt: skip
# name -> (an NTH_WEEKDAY-style rule, days after that day): the US Election Day is the Tuesday
# after the first Monday of November.
AFTER_NTH_WEEKDAY: dict[str, tuple[tuple[int, int, int], int]] = {"election day": ((11, 1, 1), 1)}
FIXED: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "independence day": (7, 4),
    "veterans day": (11, 11), "valentine's day": (2, 14), "halloween": (10, 31),
}  # fmt: skip
EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}
NAMES = [*NTH_WEEKDAY, *AFTER_NTH_WEEKDAY, *FIXED, *EASTER_OFFSETS]


def holiday_month(name: str) -> int:
    """The month a holiday falls in (Easter's is taken as April, where it mostly falls)."""
    if name in NTH_WEEKDAY:
        return NTH_WEEKDAY[name][0]
    if name in AFTER_NTH_WEEKDAY:
        return AFTER_NTH_WEEKDAY[name][0][0]
    return FIXED[name][0] if name in FIXED else 4


def holiday_date(name: str, year: int) -> date:
    """The date of holiday `name` in `year`."""
    if name in FIXED:
        return date(year, *FIXED[name])
    if name in NTH_WEEKDAY:
        return nth_weekday(year, *NTH_WEEKDAY[name])
    if name in AFTER_NTH_WEEKDAY:
        rule, days_after = AFTER_NTH_WEEKDAY[name]
        return nth_weekday(year, *rule) + timedelta(days=days_after)
    return easter(year) + timedelta(days=EASTER_OFFSETS[name])


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` (1 first .. -1 last) ISO `weekday` of `month` in `year`."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).isoweekday() == weekday]  # fmt: skip
    return date(year, month, days[nth - 1 if nth > 0 else nth])


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)
