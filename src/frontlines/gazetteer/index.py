"""The `Gazetteer`: name lookups over the compiled index, built into the cache on first use."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from frontlines.gazetteer.normalize import fold, name_key, skeleton_key, strip_generic
from frontlines.gazetteer.store import SKELETON_PREFIX, GazEntry, read_entries, write

CACHE_ENV = "FRONTLINES_CACHE"
LOOKUP_MEMO = 100_000


def cache_dir() -> Path:
    """Where compiled resources live: `$FRONTLINES_CACHE`, else `~/.cache/frontlines`."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path.home() / ".cache" / "frontlines"


class Gazetteer:
    """Countries, admin areas and populated places, looked up by any of their names."""

    def __init__(self, path: Path | None = None, conn: sqlite3.Connection | None = None) -> None:
        if (path is None) == (conn is None):
            raise ValueError("give exactly one of path and conn")
        self.path = path
        self._conn = conn
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._entries: dict[int, GazEntry | None] = {}
        self._countries: dict[str, GazEntry] | None = None
        self._demonyms: dict[str, str] | None = None
        self._abbreviations: dict[str, str] | None = None
        self._admin1_entries: dict[str, GazEntry] = {}
        # Names recur across a corpus ("Texas", "U.S."): lookups are memoised, bounded in size.
        self._lookups: dict[str, list[GazEntry]] = {}

    def __reduce__(self) -> tuple[type[Gazetteer], tuple[Path]]:
        # Worker processes get the path and open their own connection.
        if self.path is None:
            raise TypeError("an in-memory gazetteer cannot be pickled")
        return (Gazetteer, (self.path,))

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """The gazetteer compiled from the installed sources (built into the cache if missing)."""
        return _load_cached(directory or cache_dir())

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[GazEntry],
        admin1_names: Mapping[tuple[str, str], str] | None = None,
        demonyms: Iterable[str] = (),
        abbreviations: Mapping[str, str] | None = None,
    ) -> Gazetteer:
        """A small in-memory gazetteer (tests, custom lists) indexed like the compiled one;
        `demonyms` are words ("Afghan") or word=country pairs ("Afghan=AF"); `abbreviations` map
        "Ky." to admin1 codes ("US.KY")."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        meta = {"demonyms": "|".join(fold(d) for d in demonyms),
                "abbreviations": "|".join(f"{k}={v}" for k, v in (abbreviations or {}).items())}
        write(conn, entries, admin1_names or {}, meta)
        return cls(conn=conn)

    @property
    def conn(self) -> sqlite3.Connection:
        # A connection must not cross a fork; a forked worker opens its own read-only one.
        if self._conn is None or (self.path is not None and self._pid != os.getpid()):
            uri = f"file:{self.path}?mode=ro&immutable=1"
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def lookup(self, name: str) -> list[GazEntry]:
        """Entries whose name key matches `name`, most populous first; the name without generic
        words ("Helmand province") and then the looser skeleton key are tried only when the
        exact key finds nothing."""
        found = self._lookups.get(name)
        if found is None:
            if len(self._lookups) >= LOOKUP_MEMO:
                self._lookups.clear()
            found = self._lookups[name] = self._lookup(name)
        return list(found)

    def _lookup(self, name: str) -> list[GazEntry]:
        ids = self._ids(name_key(name)) or self._ids(name_key(strip_generic(name)))
        if not ids:
            skeleton = skeleton_key(name)
            ids = self._ids(SKELETON_PREFIX + skeleton) if skeleton else []
        self._fetch(ids)
        found = [e for e in map(self.get, ids) if e is not None]
        return sorted(found, key=lambda e: (-e.population, e.geonameid))

    def _fetch(self, ids: list[int]) -> None:
        # One query for a name's readings instead of one per reading (cold lookups dominate a run).
        missing = [i for i in ids if i not in self._entries]
        if len(missing) < 2:
            return
        with self._lock:
            found = {e.geonameid: e for e in read_entries(
                self.conn, f"geonameid IN ({', '.join('?' * len(missing))})", tuple(missing))}
        for gid in missing:
            self._entries[gid] = found.get(gid)

    def _ids(self, key: str) -> list[int]:
        if not key:
            return []
        with self._lock:
            rows = self.conn.execute("SELECT geonameid FROM names WHERE key = ?", (key,)).fetchall()
        return list(dict.fromkeys(int(r[0]) for r in rows))  # a rewritten entry may repeat

    def get(self, geonameid: int) -> GazEntry | None:
        """The entry with this GeoNames id, if the gazetteer has it."""
        if geonameid not in self._entries:
            with self._lock:
                found = list(read_entries(self.conn, "geonameid = ?", (geonameid,)))
            self._entries[geonameid] = found[0] if found else None
        return self._entries[geonameid]

    def country(self, cc: str) -> GazEntry | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""
        if self._countries is None:
            with self._lock:
                rows = list(read_entries(self.conn, "feature_code LIKE 'PCL%' OR feature_code = 'TERR'"))
            self._countries = {e.country_code: e for e in sorted(rows, key=lambda e: e.population)}
        return self._countries.get(cc.upper())

    def admin1_name(self, cc: str, code: str) -> str | None:
        """The name of first-level admin area `code` (GeoNames admin1 code) of country `cc`."""
        with self._lock:
            row = self.conn.execute(
                "SELECT name FROM admin1 WHERE country_code = ? AND code = ?", (cc.upper(), code)
            ).fetchone()
        return str(row[0]) if row else None

    def meta(self, key: str) -> str | None:
        """A build note (source fingerprint, demonyms, counts ...)."""
        with self._lock:
            row = self.conn.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def demonyms(self) -> frozenset[str]:
        """Folded demonyms and nationality adjectives ("afghan", "syrian") that are not places."""
        return frozenset(self._demonym_map())

    def demonym_country(self, word: str) -> GazEntry | None:
        """The country (or continent) a demonym refers to ("Afghans" -> Afghanistan, "European" -> Europe)."""
        table = self._demonym_map()
        key = fold(word).strip()
        cc = table.get(key) or table.get(key.removesuffix("s"))
        if cc and cc.startswith("#"):  # a continent ("European"), named by its entry id
            return self.get(int(cc[1:]))
        return self.country(cc) if cc else None

    def _demonym_map(self) -> dict[str, str]:
        if self._demonyms is None:
            pairs = (d.partition("=") for d in (self.meta("demonyms") or "").split("|") if d)
            self._demonyms = {word: cc for word, _, cc in pairs}
        return self._demonyms

    def abbreviation(self, text: str) -> GazEntry | None:
        """The province a wire-style abbreviation stands for ("Ky." -> Kentucky), matched as written."""
        if self._abbreviations is None:
            pairs = (a.partition("=") for a in (self.meta("abbreviations") or "").split("|") if a)
            self._abbreviations = {abbr: code for abbr, _, code in pairs}
        code = self._abbreviations.get(text.strip())
        if code is None:
            return None
        if not self._admin1_entries:  # one scan for all provinces, not one per abbreviation
            with self._lock:
                rows = list(read_entries(self.conn, "feature_code = 'ADM1'"))
            self._admin1_entries = {f"{e.country_code}.{e.admin1_code}": e for e in rows}
        return self._admin1_entries.get(code)

    def __len__(self) -> int:
        with self._lock:
            return int(self.conn.execute("SELECT count(*) FROM entries").fetchone()[0])


@lru_cache(maxsize=4)
def _load_cached(directory: Path) -> Gazetteer:
    from frontlines.gazetteer.build import ensure_built

    return Gazetteer(ensure_built(directory))
