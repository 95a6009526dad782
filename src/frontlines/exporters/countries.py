"""Country facts the exports need: ACLED name and region, ISO alpha-3 and numeric codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pycountry

__all__ = ["Country", "country_info", "resolve_country"]

# Kosovo has no ISO 3166-1 entry: data sets use the user-assigned XK / XKX, and ACLED codes iso 0.
_NOT_IN_ISO: dict[str, tuple[str, int | None]] = {"XK": ("XKX", 0)}


@dataclass(frozen=True, slots=True)
class Country:
    """One country as ACLED names it."""

    alpha2: str
    alpha3: str
    numeric: int | None
    name: str
    region: str


def country_info(alpha2: str | None) -> Country | None:
    """The country for an ISO alpha-2 code (any case), or None if unknown."""
    if not alpha2:
        return None
    return _countries().get(alpha2.strip().upper())


def resolve_country(value: str) -> str | None:
    """ISO alpha-2 code for an alpha-2 or alpha-3 code or a country name (ACLED's or ISO's)."""
    key = value.strip().casefold()
    return _aliases().get(key)


@cache
def _countries() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for alpha2, region, acled_name in _region_rows():
        record = pycountry.countries.get(alpha_2=alpha2)
        numeric: int | None
        if record is not None:
            alpha3, numeric = record.alpha_3, int(record.numeric)
            name = acled_name or getattr(record, "common_name", None) or record.name
        else:
            alpha3, numeric = _NOT_IN_ISO.get(alpha2, ("", None))
            name = acled_name or alpha2
        table[alpha2] = Country(alpha2, alpha3, numeric, name, region)
    return table


@cache
def _aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for country in _countries().values():
        names = [country.alpha2, country.alpha3, country.name]
        record = pycountry.countries.get(alpha_2=country.alpha2)
        if record is not None:
            names += [record.name, getattr(record, "common_name", ""), getattr(record, "official_name", "")]
        for name in names:
            if name:
                aliases.setdefault(name.casefold(), country.alpha2)
    return aliases


def _region_rows() -> list[tuple[str, str, str]]:
    text = files("frontlines").joinpath("resources", "acled", "regions.tsv").read_text(encoding="utf-8")
    rows: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("iso2\t"):
            continue
        alpha2, region, name = (line.split("\t") + ["", ""])[:3]
        rows.append((alpha2, region, name))
    return rows
