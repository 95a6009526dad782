"""Read ACLED CSV exports (2015, 2019, 2022 and 2024 layouts) and CASE 2021 task 2 TSV files."""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pycountry

from frontlines.evaluation.acled_taxonomy import (
    CASE_CODES,
    SUB_EVENT_TYPES,
    canonical_event_type,
    canonical_sub_event_type,
    inter_code,
)
from frontlines.evaluation.gold_files import GoldFileError, read_text

__all__ = ["AcledRecord", "parse_acled_date", "read_acled_csv", "read_case_tsv"]

# Day-first forms seen in ACLED exports; month-first US dates are not, so "01-02-2022" is 1 February.
_DATE_FORMATS = (
    "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d-%b-%y", "%d %b %y",
    "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%y", "%d/%m/%y", "%Y/%m/%d", "%B %d, %Y",
)
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_ID_COLUMNS = ("event_id_cnty", "event_id", "data_id", "event_id_no_cnty")


@dataclass(frozen=True, slots=True)
class AcledRecord:
    """One gold ACLED event, whatever export it came from (`legacy`: pre-2019 types, no sub-types)."""

    event_id: str
    event_date: str  # ISO yyyy-mm-dd
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    inter1: int | None
    inter2: int | None
    country: str
    iso: int | None  # ISO 3166 numeric
    iso3: str | None
    admin1: str
    admin2: str
    admin3: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    notes: str
    source: str
    legacy: bool = False


def parse_acled_date(text: str, year: int | None = None) -> str:
    """ISO date from "2022-01-15", "15 January 2022", "15-January-2022", "5-Aug-24" or "31-12-19".

    `year` (the file's year column) picks the century of two-digit years when the guess is wrong.
    """
    text = text.strip()
    iso = _ISO_PREFIX.match(text)
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if year is not None and parsed.year != year and parsed.year % 100 == year % 100:
            parsed = parsed.replace(year=year)
        return parsed.isoformat()
    raise ValueError(f"unrecognised date {text!r}")


def read_acled_csv(path: str | Path) -> Iterator[AcledRecord]:
    """Records of an ACLED CSV export; a 2024 file with one row per actor becomes one record per event."""
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as handle:
        reader = csv.reader(handle)
        header = [name.strip().lower() for name in next(reader, [])]
        if "event_date" not in header:
            raise GoldFileError(f"{path}: not an ACLED export (no event_date column)")
        rows = ((reader.line_num, dict(zip(header, row, strict=False))) for row in reader if any(row))
        if "actor2" in header:
            groups: Iterator[list[tuple[int, dict[str, str]]]] = ([r] for r in rows)
        else:
            # The 2024 export repeats an event on a second, adjacent row for its second actor.
            groups = (list(g) for _, g in itertools.groupby(rows, key=lambda r: _event_id(r[1])))
        legacy = "sub_event_type" not in header
        for group in groups:
            line, first = group[0]
            try:
                yield _record(first, group[1][1] if len(group) > 1 else None, legacy)
            except ValueError as err:
                raise GoldFileError(f"{path}:{line}: {err}") from err


def _event_id(row: dict[str, str]) -> str:
    return next((row[c].strip() for c in _ID_COLUMNS if row.get(c, "").strip()), "")


def _record(row: dict[str, str], second: dict[str, str] | None, legacy: bool) -> AcledRecord:
    """One record from a row (and, in the 2024 layout, the row naming the second actor)."""

    def get(name: str) -> str:
        return (row.get(name) or "").strip()

    year = _int(get("year"))
    actor2, inter2 = (get("actor2"), get("inter2")) if second is None else (
        (second.get("actor1") or "").strip(), second.get("inter1") or "")
    iso, iso3 = _iso_codes(get("iso"), get("iso3"))
    return AcledRecord(
        event_id=_event_id(row), event_date=parse_acled_date(get("event_date"), year),
        time_precision=_int(get("time_precision")), event_type=canonical_event_type(get("event_type")),
        sub_event_type="" if legacy else canonical_sub_event_type(get("sub_event_type")),
        actor1=get("actor1"), actor2=actor2, inter1=inter_code(get("inter1")), inter2=inter_code(inter2),
        country=get("country"), iso=iso, iso3=iso3, admin1=get("admin1"), admin2=get("admin2"),
        admin3=get("admin3"), location=get("location"), latitude=_float(get("latitude")),
        longitude=_float(get("longitude")), geo_precision=_int(get("geo_precision")),
        fatalities=_int(get("fatalities")) or 0, notes=get("notes"), source=get("source"), legacy=legacy,
    )


def _iso_codes(iso: str, iso3: str) -> tuple[int | None, str | None]:
    """ISO numeric and alpha-3 codes from the `iso` / `iso3` columns, each filled from the other."""
    numeric = _int(iso) if iso.isdigit() else None
    alpha3 = iso3.upper() or (iso.upper() if len(iso) == 3 and iso.isalpha() else None)
    if alpha3 is None and numeric:
        entry = pycountry.countries.get(numeric=f"{numeric:03d}")
        alpha3 = entry.alpha_3 if entry is not None else None
    elif alpha3 is not None and numeric is None:
        entry = pycountry.countries.get(alpha_3=alpha3)
        numeric = int(entry.numeric) if entry is not None else None
    return numeric, alpha3


def _int(value: str) -> int | None:
    return int(float(value)) if value.strip() else None


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def read_case_tsv(path: str | Path, labels_path: str | Path | None = None) -> list[tuple[str, str]]:
    """(text, ACLED sub-event type) pairs from a CASE 2021 task 2 file.

    Accepts `id<TAB>text<TAB>label` or `text<TAB>label` rows, or `id<TAB>text` rows with the labels in
    `labels_path` as `id<TAB>label` (the shared task's input/output layout). Labels may be the task's
    codes (MOB_VIOL) or ACLED sub-type names.
    """
    rows = _tsv_rows(path)
    if labels_path is None:
        return [(text, _case_label(label, path)) for *_, text, label in rows]
    labels = {row[0]: _case_label(row[-1], labels_path) for row in _tsv_rows(labels_path)}
    missing = [row[0] for row in rows if row[0] not in labels]
    if missing:
        raise GoldFileError(f"{labels_path}: no label for ids {missing[:5]}")
    return [(row[-1], labels[row[0]]) for row in rows]


def _tsv_rows(path: str | Path) -> list[list[str]]:
    rows = []
    for number, line in enumerate(read_text(path, "utf-8-sig").splitlines(), start=1):
        if line.strip():
            row = line.rstrip("\r").split("\t")
            if len(row) < 2:
                raise GoldFileError(f"{path}:{number}: expected tab-separated columns")
            rows.append([cell.strip() for cell in row])
    return rows


def _case_label(label: str, path: str | Path) -> str:
    """ACLED sub-type name for a CASE code or a sub-type name; anything else is an error."""
    if label.upper() in CASE_CODES:
        return CASE_CODES[label.upper()]
    name = canonical_sub_event_type(label)
    if name not in SUB_EVENT_TYPES:
        raise GoldFileError(f"{path}: unknown CASE label {label!r}")
    return name
