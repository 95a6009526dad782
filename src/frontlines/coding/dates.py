"""Event dates from TIMEX3 values, with ACLED time precision (1 day, 2 week or few days, 3 month)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# "In the last few days" (PXD, PAST_REF) is read as a span ending at the reference date; its middle
# lies about two days before it.
FEW_DAYS_BACK = 2
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventDate:
    """An ISO day plus ACLED time precision."""

    day: str
    precision: int


def parse_day(value: str | None) -> date | None:
    """The calendar day at the start of an ISO date or datetime string."""
    if not value or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def from_timex(value: str, reference: str | None) -> EventDate | None:
    """An event date from one TIMEX3 value; `reference` (ISO) anchors relative values like PXD."""
    day = parse_day(value)
    if day is not None:
        return EventDate(day.isoformat(), 1)
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:  # the middle (Thursday) of the ISO week
        middle = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        return EventDate(middle.isoformat(), 2)
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month and 1 <= int(month.group(2)) <= 12:
        return EventDate(f"{month.group(1)}-{month.group(2)}-15", 3)
    return _relative(value, parse_day(reference))


def _relative(value: str, reference: date | None) -> EventDate | None:
    """Vague past spans ("in the last few days", "recently", "in the past 3 days") before `reference`."""
    if reference is None:
        return None
    if value in ("PXD", "PAST_REF"):
        return EventDate((reference - timedelta(days=FEW_DAYS_BACK)).isoformat(), 2)
    days = re.fullmatch(r"P(\d+)D", value)
    if days and int(days.group(1)) <= 7:
        return EventDate((reference - timedelta(days=int(days.group(1)) // 2)).isoformat(), 2)
    if value in ("PXW", "P1W"):
        return EventDate((reference - timedelta(days=3)).isoformat(), 2)
    return None


def days_between(earlier: str | None, later: str | None) -> int | None:
    """Whole days from `earlier` to `later` (ISO), None when either is unknown."""
    first, second = parse_day(earlier), parse_day(later)
    if first is None or second is None:
        return None
    return (second - first).days


def long_date(iso: str) -> str:
    """ACLED's note style: "2020-03-02" -> "2 March 2020"."""
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
