"""The `Gazetteer`: name lookups over the compiled index, built into the cache on first use."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from frontlines.gazetteer.normalize import fold, key_of, strip_generic
from frontlines.gazetteer.store import (
    ADMIN_CODES,
    COUNTRY_CODES,
    SKELETON_PREFIX,
    GazEntry,
    read_entries,
    write,
)

Asked = TypeVar("Asked", str, tuple[str, frozenset[str], int])  # what a memo of lookups is keyed on
CACHE_ENV = "FRONTLINES_CACHE"
LOOKUP_MEMO = 100_000
PREFIX_LIMIT = 50  # entries `lookup_prefix` reads by default
KEY_BATCH = 900  # keys a query asks for at most (SQLite limits the parameters of a statement)
MIN_SPELLING_FIT = 0.75  # "Maarat al-Numan" ~ "Ma'arrat an-Nu'man" 0.92; "South Ossetia" ~ "South East" 0.67
MIN_SIMILAR_FIT = 0.8  # for areas found by their first letters only
# First words US and Canadian place names are often written short in news ("Mt. Vernon", "Ft. Worth").
ABBREVIATED_WORDS = {"mt": "Mount", "ft": "Fort"}
AREA_CODES = COUNTRY_CODES | ADMIN_CODES  # what `lookup_similar` looks for
_NO_VOWELS = str.maketrans("", "", "aeiou")  # as `normalize.skeleton_key`, applied to a key already made
_DOUBLES = re.compile(r"(.)\1+")
# Countries and provinces, found in one scan of the entries (there is no index on feature codes).
# Ranges on feature_code (not LIKE) so that SQLite answers from the entries_by_kind index.
_SCAN_AREAS = ("SELECT geonameid, feature_code, country_code, admin1_code FROM entries "
               "WHERE feature_code = 'ADM1' OR (feature_code >= 'PCL' AND feature_code < 'PCM') "
               "OR feature_code = 'TERR' ORDER BY geonameid")


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
        self._demonym_words: frozenset[str] | None = None  # asked for once per document
        self._abbreviations: dict[str, str] | None = None
        self._admin1_entries: dict[str, GazEntry] = {}
        self._area_scan: tuple[list[int], dict[str, int]] | None = None  # country ids, admin1 ids by code
        # Names recur across a corpus ("Texas", "U.S."): lookups are memoised, bounded in size.
        self._lookups: dict[str, list[GazEntry]] = {}
        self._prefixes: dict[tuple[str, frozenset[str], int], list[GazEntry]] = {}  # `lookup_prefix_kind`
        # Feature codes of the readings of names asked for by kind only (`lookup_kind`).
        self._kinds: dict[str, frozenset[str]] = {}

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
            # Memory-mapped reads and a larger page cache: cold lookups are most of a run's time.
            self._conn.execute("PRAGMA mmap_size = 268435456")
            self._conn.execute("PRAGMA cache_size = -65536")
            self._pid = os.getpid()
        return self._conn

    def lookup(self, name: str) -> list[GazEntry]:
        """Entries whose name key matches `name`, most populous first; the name without generic
        words ("Helmand province") and then the looser skeleton key are tried only when the
        exact key finds nothing."""
        return _remembered(self._lookups, name, self._lookup)

    def lookup_kind(self, name: str, codes: frozenset[str]) -> list[GazEntry]:
        """The entries of `lookup(name)` with a feature code in `codes`; the other readings are
        not read (an organisation's words name many villages, and few provinces)."""
        found = self._lookups.get(name)
        if found is None:
            kinds = self._kinds.get(name)
            chosen: tuple[list[int], bool] | None = None  # the ids found with the kinds, when just asked
            if kinds is None:
                if len(self._kinds) >= LOOKUP_MEMO:
                    self._kinds.clear()
                chosen, kinds = self._chosen_kinds(name)
                full = spelled_out(name)
                if full is not None:  # `lookup` adds the readings of "Mount Vernon" to "Mt. Vernon"'s
                    kinds |= self._chosen_kinds(full)[1]
                self._kinds[name] = kinds
            if kinds.isdisjoint(codes):
                return []
            found = _remembered(self._lookups, name, lambda asked: self._lookup(asked, chosen))
        return [e for e in found if e.feature_code in codes]

    def _chosen_kinds(self, name: str) -> tuple[tuple[list[int], bool], frozenset[str]]:
        # `_chosen_ids` and the feature codes of those entries, in one query (whole entries unread).
        keys = _lookup_keys(name)
        rows = self._key_rows(
            "SELECT n.key, n.geonameid, e.feature_code FROM names n LEFT JOIN entries e "
            "ON e.geonameid = n.geonameid WHERE n.key IN ({})", keys)
        chosen = next((k for k in keys if any(r[0] == k for r in rows)), None)
        ids = list(dict.fromkeys(int(r[1]) for r in rows if r[0] == chosen))
        kinds = frozenset(str(r[2]) for r in rows if r[0] == chosen and r[2] is not None)
        return (ids, chosen is not None and chosen.startswith(SKELETON_PREFIX)), kinds

    def _chosen_ids(self, name: str) -> tuple[list[int], bool]:
        # The exact key, the key without generic words, the skeleton: asked in one query, used in
        # that order (most names looked up are no place at all, and would cost three queries).
        # Returns the ids under the first key found, and whether that key is the (loose) skeleton.
        keys = _lookup_keys(name)
        by_key = self._ids_by_key(keys)
        chosen = next((k for k in keys if k in by_key), None)
        ids = by_key[chosen] if chosen is not None else []
        return ids, chosen is not None and chosen.startswith(SKELETON_PREFIX)

    def _lookup(self, name: str, chosen: tuple[list[int], bool] | None = None) -> list[GazEntry]:
        # `chosen`: `_chosen_ids(name)` when the caller already has it (see `lookup_kind`).
        ids, loose = chosen if chosen is not None else self._chosen_ids(name)
        self._fetch(ids)
        found = [e for e in map(self.get, ids) if e is not None]
        if loose:  # consonants alone also join unrelated names ("South Ossetia", "South-East")
            found = [e for e in found if spelling_fits(name, e, MIN_SPELLING_FIT)]
        full = spelled_out(name)
        if full is not None:  # "Mt. Pleasant": most towns of the name carry only "Mount Pleasant"
            known = {e.geonameid for e in found}
            found += [e for e in self.lookup(full) if e.geonameid not in known]
        return sorted(found, key=lambda e: (-e.population, e.geonameid))

    def entries_by_key(self, keys: Iterable[str]) -> dict[str, list[GazEntry]]:
        """The entries one of whose names has exactly each of these name keys (`key_of`), by key;
        keys no entry has are left out. No looser key is tried: this is what a text's words name at
        most (see `evaluation.acled.name_reach`)."""
        wanted = sorted(set(keys))
        by_key: dict[str, list[int]] = {}
        for first in range(0, len(wanted), KEY_BATCH):
            by_key.update(self._ids_by_key(wanted[first : first + KEY_BATCH]))
        self._fetch([gid for ids in by_key.values() for gid in ids])
        return {key: [e for e in map(self.get, ids) if e is not None] for key, ids in by_key.items()}

    def lookup_prefix(self, prefix: str, limit: int = PREFIX_LIMIT) -> list[GazEntry]:
        """Entries with a name key beginning with `prefix` (a name key itself), most populous first:
        what `lookup_prefix_kind` and `lookup_similar` give the areas of, reading only those."""
        if not prefix or prefix.startswith(SKELETON_PREFIX):
            return []
        with self._lock:
            ids = self._prefix_ids(prefix, limit)
        self._fetch(ids)
        found = [e for e in map(self.get, ids) if e is not None]
        return sorted(found, key=lambda e: (-e.population, e.geonameid))

    def lookup_prefix_kind(
        self, prefix: str, codes: frozenset[str], limit: int = PREFIX_LIMIT
    ) -> list[GazEntry]:
        """The entries of `lookup_prefix(prefix, limit)` with a feature code in `codes`, without
        reading the others (a stem begins the names of dozens of towns); remembered, as the stems
        of names the gazetteer lacks recur across a corpus."""
        if not prefix or prefix.startswith(SKELETON_PREFIX):
            return []
        return _remembered(self._prefixes, (prefix, codes, limit), lambda asked: self._prefix_kind(*asked))

    def lookup_similar(self, name: str, min_fit: float = MIN_SIMILAR_FIT) -> list[GazEntry]:
        """Countries and admin areas spelled like `name` ("Al Hasakeh": Al-Hasakah, "Vilniaus":
        Vilnius), found among the keys sharing its first four letters as written or with a vowel
        doubled or undoubled there ("Hiraan": Hiiraan, "Baakool": Bakool); most populous first."""
        key = key_of(name)
        if len(key) < 5:
            return []
        for prefix in _prefix_spellings(key):
            found = [e for e in self._prefix_kind(prefix, AREA_CODES, 500) if spelling_fits(name, e, min_fit)]
            if found:
                return found
        return []

    def _prefix_ids(self, prefix: str, limit: int) -> list[int]:
        """Ids of the first `limit` names whose key begins with `prefix`, in key order, each once
        (the caller holds the lock)."""
        rows = self.conn.execute(
            "SELECT geonameid FROM names WHERE key >= ? AND key < ? LIMIT ?",
            (prefix, _after(prefix), limit),
        ).fetchall()
        return list(dict.fromkeys(int(r[0]) for r in rows))

    def _prefix_kind(self, prefix: str, codes: frozenset[str], limit: int) -> list[GazEntry]:
        # `lookup_prefix_kind` unremembered, for any prefix (a four-letter one finds hundreds of towns).
        with self._lock:
            ids = self._prefix_ids(prefix, limit)
            marks = ", ".join("?" * len(ids))
            kinds = ", ".join("?" * len(codes))
            rows = self.conn.execute(
                f"SELECT geonameid FROM entries WHERE geonameid IN ({marks}) AND feature_code IN ({kinds})",
                (*ids, *sorted(codes)),
            ).fetchall() if ids else []
        wanted = {int(r[0]) for r in rows}
        ids = [i for i in ids if i in wanted]
        self._fetch(ids)
        found = [e for e in map(self.get, ids) if e is not None and e.feature_code in codes]
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

    def _key_rows(self, sql: str, keys: list[str]) -> list[tuple[Any, ...]]:
        # The rows of a query on the names table for these keys (`sql` has "IN ({})" to fill).
        if not keys:
            return []
        with self._lock:
            rows: list[tuple[Any, ...]] = self.conn.execute(
                sql.format(", ".join("?" * len(keys))), keys
            ).fetchall()
        return rows

    def _ids_by_key(self, keys: list[str]) -> dict[str, list[int]]:
        rows = self._key_rows("SELECT key, geonameid FROM names WHERE key IN ({})", keys)
        found: dict[str, list[int]] = {}
        for key, gid in rows:
            ids = found.setdefault(str(key), [])
            if int(gid) not in ids:  # a rewritten entry may repeat
                ids.append(int(gid))
        return found

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
            ids = self._scan_areas()[0]
            self._fetch(ids)
            rows = [e for e in map(self.get, ids) if e is not None]
            self._countries = {e.country_code: e for e in sorted(rows, key=lambda e: e.population)}
        return self._countries.get(cc.upper())

    def admin1_name(self, cc: str, code: str) -> str | None:
        """The name of first-level admin area `code` (GeoNames admin1 code) of country `cc`."""
        with self._lock:
            row = self.conn.execute(
                "SELECT name FROM admin1 WHERE country_code = ? AND code = ?", (cc.upper(), code)
            ).fetchone()
        return str(row[0]) if row else None

    def admin1_names(self, cc: str) -> dict[str, str]:
        """The names of country `cc`'s first-level areas by admin1 code, as their entries have them
        (the last entry of a code in id order, as `abbreviation` reads them); from the scan of areas."""
        prefix = f"{cc.upper()}."
        provinces = self._scan_areas()[1].items()
        ids = {code.removeprefix(prefix): gid for code, gid in provinces if code.startswith(prefix)}
        self._fetch(list(ids.values()))
        return {code: entry.name for code, gid in ids.items() if (entry := self.get(gid)) is not None}

    def meta(self, key: str) -> str | None:
        """A build note (source fingerprint, demonyms, counts ...)."""
        with self._lock:
            row = self.conn.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def demonyms(self) -> frozenset[str]:
        """Folded demonyms and nationality adjectives ("afghan", "syrian") that are not places."""
        if self._demonym_words is None:
            self._demonym_words = frozenset(self._demonym_map())
        return self._demonym_words

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
            by_code = self._scan_areas()[1]
            ids = [by_code[c] for c in dict.fromkeys(self._abbreviations.values()) if c in by_code]
            self._fetch(ids)
            self._admin1_entries = {c: e for c in self._abbreviations.values()
                                    if c in by_code and (e := self.get(by_code[c])) is not None}
        return self._admin1_entries.get(code)

    def _scan_areas(self) -> tuple[list[int], dict[str, int]]:
        """The ids of countries (and territories), and of provinces by "CC.admin1" code (the last of
        a code in id order): one scan of the entries' small columns serves both."""
        if self._area_scan is None:
            with self._lock:
                rows = self.conn.execute(_SCAN_AREAS).fetchall()
            countries = [int(gid) for gid, fcode, _, _ in rows if fcode != "ADM1"]
            provinces = {f"{cc}.{a1}": int(gid) for gid, fcode, cc, a1 in rows if fcode == "ADM1"}
            self._area_scan = countries, provinces
        return self._area_scan

    def __len__(self) -> int:
        with self._lock:
            return int(self.conn.execute("SELECT count(*) FROM entries").fetchone()[0])


def spelled_out(name: str) -> str | None:
    """The name with its abbreviated first word written out ("Mt. Pleasant": "Mount Pleasant",
    "Ft Myers": "Fort Myers"), None when it has none."""
    first, _, rest = name.partition(" ")
    full = ABBREVIATED_WORDS.get(fold(first).rstrip("."))
    return f"{full} {rest}" if full and rest else None


def spelling_fit(name: str, entry: GazEntry) -> float:
    """How alike `name` is to the nearest of the entry's names, spelled as keys (0-1): the measure
    `spelling_fits` compares with a threshold, mostly without computing it."""
    key = key_of(name)
    best = 0.0
    for other in entry_name_keys(entry):
        # Lengths bound the ratio (2 * shorter / both): most names are ruled out before matching.
        if 2 * min(len(key), len(other)) <= best * (len(key) + len(other)):
            continue
        if _quick_ratio(key, other) > best:
            best = max(best, _ratio(key, other))
    return best


def spelling_fits(name: str, entry: GazEntry, min_fit: float) -> bool:
    """True when `spelling_fit(name, entry) >= min_fit`, found without matching names that cannot
    reach `min_fit` and stopping at the first that does."""
    if min_fit <= 0.0:
        return True
    key = key_of(name)
    for other in entry_name_keys(entry):
        # The ratio is at most 2 * shorter / both, then at most the letters shared (as difflib bounds it).
        total = len(key) + len(other)
        if total == 0 or 2.0 * min(len(key), len(other)) / total < min_fit:
            continue
        if _quick_ratio(key, other) >= min_fit and _ratio(key, other) >= min_fit:
            return True
    return False


@lru_cache(maxsize=20_000)
def entry_name_keys(entry: GazEntry) -> tuple[str, ...]:
    """The distinct name keys of an entry's names (main, ASCII, alternate), in that order."""
    return tuple(dict.fromkeys(map(key_of, (entry.name, entry.asciiname, *entry.alternate_names))))


@lru_cache(maxsize=10_000)
def _letters(key: str) -> Counter[str]:
    return Counter(key)


def _quick_ratio(a: str, b: str) -> float:
    # difflib's `quick_ratio`: the letters two keys share (as multisets) bound their ratio.
    shared = sum((_letters(a) & _letters(b)).values())
    return 2.0 * shared / (len(a) + len(b)) if a or b else 1.0


@lru_cache(maxsize=50_000)
def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


@lru_cache(maxsize=200_000)
def _skeleton(key: str) -> str:
    """`normalize.skeleton_key` of a name whose key is `key`: consonants, doubles collapsed; '' if
    short. Not `skeleton_key(key)`: that makes the key again, and a key is not always its own key
    (folding lowercases before it decomposes: "№" is kept as "No", which a second folding lowers)."""
    consonants = key.translate(_NO_VOWELS)
    skeleton = _DOUBLES.sub(r"\1", consonants) if _DOUBLES.search(consonants) else consonants
    return skeleton if len(skeleton) >= 5 else ""


def _remembered(
    memo: dict[Asked, list[GazEntry]], asked: Asked, find: Callable[[Asked], list[GazEntry]]
) -> list[GazEntry]:
    """A copy of `find(asked)`, kept in `memo` (emptied when it holds `LOOKUP_MEMO` answers)."""
    found = memo.get(asked)
    if found is None:
        if len(memo) >= LOOKUP_MEMO:
            memo.clear()
        found = memo[asked] = find(asked)
    return list(found)


def _after(prefix: str) -> str:
    """The least string above every string starting with `prefix` (for a range query)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _lookup_keys(name: str) -> list[str]:
    """The keys `lookup` tries, in order: the name's, the name's without generic words, its skeleton."""
    key = key_of(name)
    stripped = strip_generic(name)
    skeleton = _skeleton(key)
    keys = list(dict.fromkeys(k for k in (key, key if stripped == name else key_of(stripped)) if k))
    return keys + [SKELETON_PREFIX + skeleton] if skeleton else keys


def _prefix_spellings(key: str, size: int = 4) -> list[str]:
    """The first `size` letters of `key`, then of its spellings with one vowel among them doubled
    or a doubled one single: romanisations disagree most on vowel length (Somali "ii", "aa")."""
    spellings = [key]
    for i in range(min(size, len(key))):
        if key[i] in "aeiou":
            spellings.append(key[:i + 1] + key[i:])  # doubled
            if key[i + 1:i + 2] == key[i]:
                spellings.append(key[:i] + key[i + 1:])  # undoubled
    return list(dict.fromkeys(s[:size] for s in spellings))


@lru_cache(maxsize=4)
def _load_cached(directory: Path) -> Gazetteer:
    from frontlines.gazetteer.build import ensure_built

    return Gazetteer(ensure_built(directory))
