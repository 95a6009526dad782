"""Turn a recognised expression into a TIMEX3 value, given the date it is relative to."""

from __future__ import annotations

from datetime import date, timedelta

from frontlines.timex.holidays import holiday_date
from frontlines.timex.spec import REPORTING_QUARTER, Spec

# How a relative value is written when there is nothing to resolve it against.
UNDERSPECIFIED = {
    "D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
    "Y": "XXXX", "DE": "XXX", "CE": "XX",
}  # fmt: skip

TENSE_PENALTY = 2


def needs_reference(spec: Spec) -> bool:
    """True when the value depends on a reference date ("March 3" does, "March 3, 2020" does not)."""
    if spec.kind in {"calendar", "period"}:
        return spec.year is None
    return spec.kind != "fixed"


def resolve(spec: Spec, ref: date | None, future: bool = False, past: bool = False) -> str:
    """The TIMEX3 value of `spec` relative to `ref`; TimeML placeholders (X) when `ref` is None.

    `future` says the sentence looks ahead ("will meet on Tuesday"), which decides the
    direction of bare weekdays and of months equally far either way; `past` says the words
    right before a year-less date put it behind the reference ("since March", "ended Sept. 30").
    """
    if spec.kind == "fixed":
        value = spec.value
    elif spec.kind == "calendar":
        value = resolve_calendar(spec, ref, future, past)
    elif spec.kind == "period":
        value = resolve_period(spec, ref)
    elif spec.kind == "weekday":
        value = resolve_weekday(spec, ref, future)
    else:
        value = shift(ref, spec.unit, spec.amount) if ref else UNDERSPECIFIED[spec.unit]
    if spec.week:
        value = week_of(value)
    return f"{value}T{spec.suffix}" if spec.suffix else value


def week_of(value: str) -> str:
    """The ISO week ("2000-W10") of a full date value; an underspecified one, "XXXX-WXX"."""
    try:
        year, week, _ = date.fromisoformat(value).isocalendar()
    except ValueError:
        return "XXXX-WXX"
    return f"{year:04d}-W{week:02d}"


def resolve_period(spec: Spec, ref: date | None) -> str:
    """A season, quarter or half: in the given year, else the reference's (shifted by "last"/"next")."""
    if spec.value == REPORTING_QUARTER:
        value = reporting_quarter(ref, spec.amount)
        return value if spec.year is None else f"{spec.year:04d}{value[4:]}"  # "the 1988 quarter"
    year = spec.year
    if year is None and ref is not None:
        year = ref.year + spec.amount
        # A quarter named without a year is one already reported: "the fourth quarter" in January.
        if spec.value.startswith("Q") and not spec.unit and (int(spec.value[1]) - 1) * 3 + 1 > ref.month:
            year -= 1
    return f"{'XXXX' if year is None else f'{year:04d}'}-{spec.value}"


def reporting_quarter(ref: date | None, years: int) -> str:
    """The last quarter over by `ref`, `years` years away: what "the (year-ago) quarter" reports on."""
    if ref is None:
        return "XXXX-QX"
    index = ref.year * 4 + (ref.month - 1) // 3 - 1 + 4 * years
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def resolve_calendar(spec: Spec, ref: date | None, future: bool, past: bool = False) -> str:
    """A date from month (and day), taking the year that puts it nearest `ref` when none is given."""
    tail = f"-{spec.month:02d}" + (f"-{spec.day:02d}" if spec.day else "")
    if spec.value:  # a holiday that moves ("Thanksgiving"): its day depends on the year
        year = spec.year if spec.year is not None or ref is None else nearest_year(spec, ref, future)
        return "XXXX" + tail if year is None else holiday_date(spec.value, year).isoformat()
    if spec.year is not None:
        return f"{spec.year:04d}{tail}"
    if ref is None:
        return "XXXX" + tail
    if spec.unit == "Y":  # "June last year"
        return f"{ref.year + spec.amount:04d}{tail}"
    return f"{nearest_year(spec, ref, future, past):04d}{tail}"


def nearest_year(spec: Spec, ref: date, future: bool, past: bool = False) -> int:
    """The year in which month/day lies nearest `ref` ("December 30" read on January 2 is last year's).

    News mostly reports what has happened, so a day on the other side of the sentence's
    tense counts as twice as far (measured on TimeBank/AQUAINT: +0.4 value F1 over plain
    nearest); "in March" read in March is this March.
    """
    month, day = spec.month or 1, spec.day or 15
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        distance = (safe_date(year, month, day) - ref).days
        if spec.day is None and month == ref.month and year == ref.year:
            distance = 0  # "in March" read in March is this March
        if spec.direction and distance * spec.direction <= 0:
            continue  # "last March" is strictly before the reference month, "next March" after
        if past and distance > 0:
            continue
        against_tense = distance < 0 if future else distance > 0
        candidates.append((abs(distance) * (TENSE_PENALTY if against_tense else 1), year))
    return min(candidates)[1] if candidates else ref.year


def safe_date(year: int, month: int, day: int) -> date:
    """A date, with the day clipped to the month's end (February 30 becomes February 28/29)."""
    for clipped in range(min(day, 31), 27, -1):
        try:
            return date(year, month, clipped)
        except ValueError:
            continue
    return date(year, month, min(day, 28))


def resolve_weekday(spec: Spec, ref: date | None, future: bool) -> str:
    """The weekday nearest `ref` in the direction the words or the tense give."""
    assert spec.weekday is not None
    if ref is None:
        return "XXXX-WXX-WE" if spec.unit == "WE" else f"XXXX-WXX-{spec.weekday}"
    back = (ref.isoweekday() - spec.weekday) % 7
    ahead = (spec.weekday - ref.isoweekday()) % 7
    if spec.direction < 0:
        offset = -(back or 7)
    elif spec.direction > 0:
        offset = ahead or 7
    else:
        offset = ahead if future else -back
    when = ref + timedelta(days=offset)
    if spec.unit == "WE":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    return when.isoformat()


def shift(ref: date, unit: str, amount: int) -> str:
    """The unit-precision value `amount` units away from `ref` ("W", -1 -> last week, "2020-W09")."""
    if unit == "D":
        return (ref + timedelta(days=amount)).isoformat()
    if unit in {"W", "WE"}:
        year, week, _ = (ref + timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        index = ref.year * 12 + ref.month - 1 + amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "Q":
        index = ref.year * 4 + (ref.month - 1) // 3 + amount
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "Y":
        return f"{ref.year + amount:04d}"
    if unit == "DE":
        return f"{ref.year // 10 + amount:03d}"
    return f"{ref.year // 100 + amount:02d}"


def parse_reference(value: str | None) -> date | None:
    """The date part of an ISO date or datetime ("2020-03-03T10:00:00Z"), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
