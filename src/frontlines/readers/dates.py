"""Parse the dates readers and segmenters meet into ISO strings (no network, no guessing)."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<{}>[A-Za-z]{{3,9}})\.?"
# "March 2, 2020" / "Mar. 2 2020" / "2 March 2020" / "2020-03-02": how dates are written in
# post signatures and captions. Bounded quantifiers only, so a search stays linear.
WRITTEN_DATE = re.compile(
    r"\b(?:"
    + _MONTH.format("m1")
    + r"[ \t]+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y1>\d{4})"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?[ \t]+"
    + _MONTH.format("m2")
    + r",?[ \t]+(?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    + r")\b"
)


def written_date_to_iso(match: re.Match[str]) -> str | None:
    """The ISO date of a `WRITTEN_DATE` match, or None if it names no real day."""
    groups = match.groupdict()
    if groups["y3"]:
        year, month, day = int(groups["y3"]), int(groups["m3"]), int(groups["d3"])
    else:
        name = (groups["m1"] or groups["m2"] or "").lower()
        if name not in MONTHS:
            return None
        month = MONTHS[name]
        year = int(groups["y1"] or groups["y2"])
        day = int(groups["d1"] or groups["d2"])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_written_date(text: str) -> str | None:
    """The first real date written out in `text`, as ISO yyyy-mm-dd."""
    for match in WRITTEN_DATE.finditer(text):
        iso = written_date_to_iso(match)
        if iso:
            return iso
    return None


def normalise_date(value: str) -> str | None:
    """ISO form of a date or datetime string: yyyy-mm-dd when only a date is known."""
    value = value.strip()
    if not value:
        return None
    iso = _from_iso(value) or _from_rfc2822(value)
    if iso:
        return iso
    value = re.sub(r"^[A-Za-z]{3,9},\s*", "", value)  # a leading weekday: "Tue, 3 March 2020"
    match = WRITTEN_DATE.fullmatch(value) or re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", value)
    if match is None:
        return None
    if match.re is WRITTEN_DATE:
        return written_date_to_iso(match)
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def _from_iso(value: str) -> str | None:
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.isoformat()


def _from_rfc2822(value: str) -> str | None:
    """RSS dates ("Tue, 03 Mar 2020 10:00:00 +0000"), in the outlet's own time zone."""
    if not re.match(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", value):
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return None
