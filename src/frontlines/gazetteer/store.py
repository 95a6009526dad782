"""The compiled gazetteer: entries and name keys in one SQLite file (or in memory for tests)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from frontlines.gazetteer.normalize import name_key, skeleton_key, strip_generic

# Bump when the schema or the meaning of a column changes: it invalidates every cache.
FORMAT_VERSION = 7
# Entries that GeoNames lacks (curated terrain) get ids from here up; they are no GeoNames ids.
LOCAL_ID_BASE = 900_000_000
ADMIN_CODES: frozenset[str] = frozenset({"ADM1", "ADM2"})
# Terrain and regions: an area, not a point; located at precision 2 ("part of a region").
# Not a GeoNames code: a town read as its surroundings ("near X", "X district"), placed at the
# town's point with a district's precision. Distinct from every code an entry can carry.
AROUND_CODE = "AROUND"
TERRAIN_CODES: frozenset[str] = frozenset({"VAL", "PASS", "GRGE", "MTS", "MT", "HLLS", "RGN", "PEN", "AREA",
                                          "STM", "PLN", "DSRT", "SEA", "GULF", "STRT", "OCN", "ISL", "LK"})
COUNTRY_CODES: frozenset[str] = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "PCL"})

SCHEMA = """
CREATE TABLE entries (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT NOT NULL,
    feature_code TEXT NOT NULL, country_code TEXT NOT NULL, lat REAL, lon REAL,
    population INTEGER NOT NULL, admin1_code TEXT, admin1_name TEXT, admin2_name TEXT,
    alternate_names TEXT NOT NULL, point_source TEXT NOT NULL, seat_lat REAL, seat_lon REAL
);
CREATE TABLE names (key TEXT NOT NULL, geonameid INTEGER NOT NULL);
CREATE TABLE admin1 (country_code TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (country_code, code)) WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE INDEX entries_by_kind ON entries (feature_code);
"""
COLUMNS = (
    "geonameid, name, asciiname, feature_code, country_code, lat, lon, population, "
    "admin1_code, admin1_name, admin2_name, alternate_names, point_source, seat_lat, seat_lon"
)
SKELETON_PREFIX = "~"  # skeleton keys share the names table, marked so they never meet exact keys


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer entry: a country, an admin area or a populated place, with a point."""

    geonameid: int
    name: str
    feature_code: str  # GeoNames feature code: PCLI, ADM1, ADM2, PPL, PPLC ...
    country_code: str
    lat: float | None
    lon: float | None
    population: int = 0
    admin1_code: str | None = None
    admin1_name: str | None = None
    admin2_name: str | None = None
    asciiname: str = ""
    alternate_names: tuple[str, ...] = ()
    # Where the point comes from: "geonames", "countryinfo", "capital", "most_populous:<id>", "admin1"
    point_source: str = "geonames"
    # A first-level area's seat (its capital), where ACLED places an event the report locates only
    # to the area; None for other entries and for areas with no known place inside.
    seat_lat: float | None = None
    seat_lon: float | None = None

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin(self) -> bool:
        return self.feature_code in ADMIN_CODES

    @property
    def is_terrain(self) -> bool:
        return self.feature_code in TERRAIN_CODES

    @property
    def is_geonames(self) -> bool:
        """False for frontlines' own entries, whose ids are not GeoNames ids."""
        return self.geonameid < LOCAL_ID_BASE


def entry_keys(entry: GazEntry) -> set[str]:
    """Every lookup key an entry is found under (exact keys and prefixed skeleton keys)."""
    names = {entry.name, entry.asciiname, *entry.alternate_names}
    if entry.is_admin or entry.is_country:
        names |= {strip_generic(n) for n in names}
    keys = {name_key(n) for n in names}
    keys |= {SKELETON_PREFIX + s for s in map(skeleton_key, names) if s}
    return {k for k in keys if k and k != SKELETON_PREFIX}


def write(
    conn: sqlite3.Connection,
    entries: Iterable[GazEntry],
    admin1_names: Mapping[tuple[str, str], str],
    meta: Mapping[str, str],
) -> int:
    """Create the schema in `conn` and fill it; returns the number of entries written."""
    conn.executescript(SCHEMA)
    count = 0
    rows: list[tuple[object, ...]] = []
    keys: list[tuple[str, int]] = []
    for entry in entries:
        rows.append(entry_row(entry))
        keys += ((k, entry.geonameid) for k in entry_keys(entry))
        count += 1
        if len(rows) >= 20_000:
            _flush(conn, rows, keys)
    _flush(conn, rows, keys)
    # Sorting once at the end is far cheaper than keeping a B-tree ordered during the inserts,
    # and a WITHOUT ROWID table stores each key once (a rowid table plus index stores it twice).
    conn.executescript(
        "CREATE TABLE names_sorted (key TEXT NOT NULL, geonameid INTEGER NOT NULL, "
        "PRIMARY KEY (key, geonameid)) WITHOUT ROWID;"
        "INSERT OR IGNORE INTO names_sorted SELECT key, geonameid FROM names ORDER BY key, geonameid;"
        "DROP TABLE names; ALTER TABLE names_sorted RENAME TO names;"
    )
    conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?, ?, ?)",
                     ((cc, code, name) for (cc, code), name in admin1_names.items()))
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
    conn.commit()
    return count


_MARKS = ", ".join("?" * (COLUMNS.count(",") + 1))  # one per column
INSERT_ENTRY = f"INSERT OR REPLACE INTO entries ({COLUMNS}) VALUES ({_MARKS})"


def _flush(conn: sqlite3.Connection, rows: list[tuple[object, ...]], keys: list[tuple[str, int]]) -> None:
    conn.executemany(INSERT_ENTRY, rows)
    conn.executemany("INSERT INTO names VALUES (?, ?)", keys)
    rows.clear()
    keys.clear()


def entry_row(e: GazEntry) -> tuple[object, ...]:
    """The `entries` table row of an entry, in `COLUMNS` order."""
    return (e.geonameid, e.name, e.asciiname or e.name, e.feature_code, e.country_code, e.lat, e.lon,
            e.population, e.admin1_code, e.admin1_name, e.admin2_name, "|".join(e.alternate_names),
            e.point_source, e.seat_lat, e.seat_lon)


def read_entries(
    conn: sqlite3.Connection, where: str = "", args: tuple[object, ...] = ()
) -> Iterator[GazEntry]:
    """Entries from `conn` matching an optional SQL condition."""
    sql = f"SELECT {COLUMNS} FROM entries {'WHERE ' + where if where else ''}"
    for row in conn.execute(sql, args):
        yield row_entry(row)


def row_entry(row: tuple[object, ...]) -> GazEntry:
    """The entry of an `entries` table row."""
    (gid, name, ascii_, fcode, cc, lat, lon, pop, a1code, a1name, a2name, alts, source, seat_lat,
     seat_lon) = row
    return GazEntry(
        geonameid=int(gid),  # type: ignore[call-overload]
        name=str(name), asciiname=str(ascii_), feature_code=str(fcode), country_code=str(cc),
        lat=_real(lat), lon=_real(lon),
        population=int(pop),  # type: ignore[call-overload]
        admin1_code=a1code if isinstance(a1code, str) else None,
        admin1_name=a1name if isinstance(a1name, str) else None,
        admin2_name=a2name if isinstance(a2name, str) else None,
        alternate_names=tuple(str(alts).split("|")) if alts else (), point_source=str(source),
        seat_lat=_real(seat_lat), seat_lon=_real(seat_lon),
    )


def _real(value: object) -> float | None:
    return value if isinstance(value, float) else None
