"""Import GeoNames dump files (allCountries.txt, AF.txt, their .zip; alternateNamesV2.txt) into the cache.

Imported rows are kept in `user-geonames.sqlite` beside the compiled index, merged into the current
index at once, and merged again by every later build, so an import survives source updates.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import IO

from frontlines.gazetteer.normalize import is_latin
from frontlines.gazetteer.store import (
    COLUMNS,
    INSERT_ENTRY,
    SCHEMA,
    GazEntry,
    entry_keys,
    entry_row,
    read_entries,
    row_entry,
)

USER_FILE = "user-geonames.sqlite"
# Feature classes worth a place in a news gazetteer: admin areas, populated places, terrain,
# areas and regions, water, and spots (bases, airports, checkpoints); R (roads) and U, V are skipped.
DEFAULT_CLASSES = frozenset("APTLHS")
# alternateNamesV2 "languages" that are not names (links, postal codes, airport codes ...).
NOT_NAMES = frozenset(
    {"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "phon", "piny"}
)
USER_SCHEMA = SCHEMA.split(";")[0].replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS")
# Columns added to `entries` since the first user files were written (added to older files).
LATER_COLUMNS = ("seat_lat REAL", "seat_lon REAL")
# A dump marks the seat of a first-level area PPLA; a national capital is PPLC instead, and is
# the seat of its own area when the dump names no other.
SEAT_CODES = ("PPLC", "PPLA")


def latin_names(names: Iterable[str]) -> tuple[str, ...]:
    """The build's filter for indexable alternate names (imported late: the build imports this module)."""
    from frontlines.gazetteer.build import latin_names as keep

    return keep(names)


def import_geonames(path: Path, directory: Path | None = None) -> dict[str, int]:
    """Add a GeoNames dump (or alternate-names file) to the gazetteer cache in `directory`; returns counts."""
    from frontlines.gazetteer.build import ensure_built
    from frontlines.gazetteer.index import _load_cached, cache_dir

    directory = directory or cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    index = ensure_built(directory)
    with closing(sqlite3.connect(directory / USER_FILE)) as user:
        user.execute(USER_SCHEMA)
        upgrade_user(user)
        if _is_alternate_names(path):
            counts = _import_alternate_names(path, user, index)
        else:
            counts = _import_places(path, user, index)
        user.commit()
    _load_cached.cache_clear()  # this process must see the merged index
    return counts


def _is_alternate_names(path: Path) -> bool:
    return path.name.lower().startswith("alternatenames")


def _import_places(path: Path, user: sqlite3.Connection, index: Path) -> dict[str, int]:
    with closing(sqlite3.connect(index)) as conn:
        rows = conn.execute("SELECT country_code, code, name FROM admin1")
        admin1 = {(cc, code): name for cc, code, name in rows}
        known = {gid for (gid,) in conn.execute("SELECT geonameid FROM entries")}
    read = skipped = 0
    entries: list[GazEntry] = []
    for fields in dump_rows(path):
        read += 1
        entry = dump_entry(fields, admin1)
        if entry is None:
            skipped += 1
            continue
        entries.append(entry)
    merged = with_seats(_merge_existing(entries, index))
    user.executemany(INSERT_ENTRY, map(entry_row, merged))
    merge_into_index(index, merged)
    updated = sum(e.geonameid in known for e in merged)
    return {"read": read, "skipped": skipped, "added": len(merged) - updated, "updated": updated}


def _import_alternate_names(path: Path, user: sqlite3.Connection, index: Path) -> dict[str, int]:
    names: dict[int, list[str]] = {}
    read = 0
    for fields in dump_rows(path):
        read += 1
        if len(fields) >= 4 and fields[1].isdigit() and fields[2] not in NOT_NAMES and is_latin(fields[3]):
            names.setdefault(int(fields[1]), []).append(fields[3])
    with closing(sqlite3.connect(index)) as conn:
        found = list(entries_by_id(conn, list(names)).values())
    changed = []
    for entry in found:
        alts = latin_names([*entry.alternate_names, *names[entry.geonameid]])
        if alts != entry.alternate_names:
            changed.append(replace(entry, alternate_names=alts))
    user.executemany(INSERT_ENTRY, map(entry_row, changed))
    merge_into_index(index, changed)
    return {"read": read, "places_named": len(found), "updated": len(changed)}


def entries_by_id(conn: sqlite3.Connection, ids: list[int]) -> dict[int, GazEntry]:
    """The entries of `conn` with these ids (asked in chunks: SQLite limits a query's parameters)."""
    found: dict[int, GazEntry] = {}
    for i in range(0, len(ids), 500):
        chunk = tuple(ids[i:i + 500])
        where = f"geonameid IN ({', '.join('?' * len(chunk))})"
        found.update((e.geonameid, e) for e in read_entries(conn, where, chunk))
    return found


def dump_rows(path: Path) -> Iterator[list[str]]:
    """Tab-separated rows of a GeoNames dump, from the .txt or from inside its .zip (readme skipped)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            for member in members:
                with archive.open(member) as raw:
                    yield from _rows(io.TextIOWrapper(raw, encoding="utf-8"))
    else:
        with path.open(encoding="utf-8") as fh:
            yield from _rows(fh)


def _rows(fh: IO[str]) -> Iterator[list[str]]:
    for line in fh:
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def dump_entry(fields: list[str], admin1: dict[tuple[str, str], str],
               classes: frozenset[str] = DEFAULT_CLASSES) -> GazEntry | None:
    """The entry for one row of the 19-column GeoNames table (None: malformed or an unwanted class)."""
    if len(fields) < 15 or not fields[0].isdigit() or fields[6] not in classes:
        return None
    try:
        lat, lon = float(fields[4]), float(fields[5])
    except ValueError:
        return None
    cc, code = fields[8], fields[10]
    feature = fields[7] or fields[6]
    if fields[6] == "A" and feature.startswith("PCL"):
        code = ""  # a country row carries admin code 00
    return GazEntry(
        geonameid=int(fields[0]), name=fields[1], feature_code=feature, country_code=cc, lat=lat, lon=lon,
        population=int(fields[14]) if fields[14].isdigit() else 0, admin1_code=code or None,
        admin1_name=admin1.get((cc, code)), asciiname=fields[2] or fields[1],
        alternate_names=latin_names(fields[3].split(",")) if fields[3] else (), point_source="geonames",
    )


def upgrade_user(conn: sqlite3.Connection) -> None:
    """Add to a user file written by an older version the `entries` columns it lacks."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
    for column in LATER_COLUMNS:
        if column.split()[0] not in have:
            conn.execute(f"ALTER TABLE entries ADD COLUMN {column}")


def with_seats(entries: list[GazEntry]) -> list[GazEntry]:
    """The entries, each first-level area seated at the place the dump marks as its seat (see
    `SEAT_CODES`; a PPLA beats the capital). Areas whose seat the dump lacks keep theirs."""
    seats = {(e.country_code, e.admin1_code): (e.lat, e.lon)
             for code in SEAT_CODES for e in entries if e.feature_code == code}
    return [replace(e, seat_lat=seats[key][0], seat_lon=seats[key][1])
            if e.feature_code == "ADM1" and (key := (e.country_code, e.admin1_code)) in seats else e
            for e in entries]


def _merge_existing(entries: list[GazEntry], index: Path) -> list[GazEntry]:
    """Entries the index already has keep their alternate names, admin2 and seat alongside the dump's."""
    with closing(sqlite3.connect(index)) as conn:
        old = entries_by_id(conn, [e.geonameid for e in entries])
    merged: list[GazEntry] = []
    for entry in entries:
        before = old.get(entry.geonameid)
        if before is not None:
            alts = latin_names([*before.alternate_names, *entry.alternate_names])
            entry = replace(entry, alternate_names=alts, admin2_name=before.admin2_name,
                            population=entry.population or before.population,
                            seat_lat=before.seat_lat, seat_lon=before.seat_lon)
        merged.append(entry)
    return merged


def merge_into_index(index: Path, entries: Iterable[GazEntry]) -> int:
    """Write `entries` into a copy of the compiled index and swap it in (readers never see half)."""
    entries = list(entries)
    tmp = index.with_suffix(f".{os.getpid()}.import.tmp")
    shutil.copyfile(index, tmp)
    with closing(sqlite3.connect(tmp)) as conn:
        add_entries(conn, entries)
        conn.commit()
    os.replace(tmp, index)
    return len(entries)


def add_entries(conn: sqlite3.Connection, entries: Iterable[GazEntry]) -> None:
    """Insert or replace entries and their name keys in an open index."""
    entries = list(entries)
    old = entries_by_id(conn, [e.geonameid for e in entries])
    # Deleting a replaced entry's keys by (key, id) uses the primary key; by id alone it would scan.
    conn.executemany("DELETE FROM names WHERE key = ? AND geonameid = ?",
                     ((k, gid) for gid, e in old.items() for k in entry_keys(e)))
    conn.executemany(INSERT_ENTRY, map(entry_row, entries))
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)",
                     ((k, e.geonameid) for e in entries for k in entry_keys(e)))


def user_entries(directory: Path) -> list[GazEntry]:
    """Entries imported into `directory` so far (a build merges them into every new index)."""
    path = directory / USER_FILE
    if not path.exists():
        return []
    with closing(sqlite3.connect(path)) as conn:
        upgrade_user(conn)
        conn.commit()
        return [row_entry(row) for row in conn.execute(f"SELECT {COLUMNS} FROM entries")]
