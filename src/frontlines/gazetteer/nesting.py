"""Story-level evidence between names: readings that nest in one another, and places near another.

A local story names a town and its county or state ("Paris ... Henry County ... Tennessee"), and
the readings that fit together are the likely ones, even when it never writes "Paris, Tennessee".
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from typing import Protocol, TypeVar

from frontlines.gazetteer.normalize import key_of
from frontlines.gazetteer.store import GazEntry

Slot = tuple[str, str, str]  # country, admin1 code, name key of a second-level area ("" for none)


class Named(Protocol):
    """A mention as nesting needs it: its name key and its readings."""

    key: str
    candidates: list[GazEntry]


Name = tuple[str, tuple[int, ...]]  # a name key and the ids of its readings: what tells a repeat
N = TypeVar("N", bound=Named)


def reading_ids(mention: Named) -> tuple[int, ...]:
    """The ids of the mention's readings: with its key, what tells a repeated name (same readings)."""
    return tuple([c.geonameid for c in mention.candidates])


def name_of(mention: Named) -> Name:
    """The mention's name key and the ids of its readings."""
    return mention.key, reading_ids(mention)


def distinct_names(mentions: Iterable[N]) -> list[N]:
    """The first mention of each name (see `name_of`), in order: a name repeated in a story adds no
    evidence to the others, and its readings fit the story as they did the first time."""
    seen: set[Name] = set()
    first = []
    for mention in mentions:
        name = name_of(mention)
        if name not in seen:
            seen.add(name)
            first.append(mention)
    return first


class Nesting:
    """Which names of a document have readings that hold, or lie in, a reading of another name."""

    def __init__(self, mentions: Iterable[Named]) -> None:
        self._areas: dict[Slot, set[str]] = {}  # provinces and districts, by slot: names reading so
        self._towns: dict[Slot, set[str]] = {}  # districts holding a town, by slot: names reading so
        for mention in distinct_names(mentions):
            for entry in mention.candidates:
                self._index(entry, mention.key)

    def _index(self, entry: GazEntry, key: str) -> None:
        cc, admin1 = entry.country_code, entry.admin1_code or ""
        if entry.feature_code == "ADM1":
            self._areas.setdefault((cc, admin1, ""), set()).add(key)
        elif entry.feature_code == "ADM2":
            self._areas.setdefault((cc, admin1, key_of(entry.name)), set()).add(key)
        elif entry.feature_code.startswith("PPL") and entry.admin2_name:
            self._towns.setdefault((cc, admin1, key_of(entry.admin2_name)), set()).add(key)

    def fit(self, entry: GazEntry, ignore: Collection[str]) -> float:
        """1 when a reading of a name not in `ignore` holds the entry (a town's county or
        province) or, for a county, lies in it; else 0."""
        cc, admin1 = entry.country_code, entry.admin1_code or ""
        if entry.feature_code.startswith("PPL"):
            slots: Sequence[Slot] = [(cc, admin1, "")]
            if entry.admin2_name:
                slots = [*slots, (cc, admin1, key_of(entry.admin2_name))]
            return 1.0 if any(self._areas.get(s, set()).difference(ignore) for s in slots) else 0.0
        if entry.feature_code == "ADM2":
            towns = self._towns.get((cc, admin1, key_of(entry.name)), set())
            return 1.0 if towns.difference(ignore) else 0.0
        return 0.0


NEAR_KM = 150.0


class Nearby:
    """The places a first pass resolved, indexed so that "does another name of the story lie in
    this entry's province or within `NEAR_KM` of it?" costs a lookup, not a scan with haversines."""

    def __init__(self, resolved: Iterable[tuple[str, GazEntry]]) -> None:
        self._provinces: dict[tuple[str, str | None], set[str]] = {}
        points: list[tuple[float, float, str]] = []
        for key, entry in resolved:
            if entry.is_country:
                continue
            self._provinces.setdefault((entry.country_code, entry.admin1_code), set()).add(key)
            # A province's point is no place of the story: it is near a town by chance only.
            if entry.lat is not None and entry.lon is not None and entry.feature_code != "ADM1":
                points.append((entry.lat, entry.lon, key))
        self._points = sorted(points)  # by latitude: the points of a band of latitudes are a slice
        self._lats = [lat for lat, _, _ in self._points]

    def __bool__(self) -> bool:
        """False when no place but countries was resolved: no entry fits."""
        return bool(self._provinces)

    def fit(self, entry: GazEntry, ignore: Collection[str]) -> float:
        """1 when a place resolved for a name not in `ignore` shares the entry's province or lies near it."""
        if not self._provinces:  # nothing resolved but countries (or a first pass): no point either
            return 0.0
        province = self._provinces.get((entry.country_code, entry.admin1_code))
        if province and province.difference(ignore):
            return 1.0
        if entry.lat is None or entry.lon is None:
            return 0.0
        band = NEAR_KM / 111.0  # a degree of latitude is ~111 km: most points are ruled out cheaply
        first = bisect_left(self._lats, entry.lat - band)
        for lat, lon, other in self._points[first:bisect_right(self._lats, entry.lat + band)]:
            if other not in ignore and haversine_km(entry.lat, entry.lon, lat, lon) <= NEAR_KM:
                return 1.0
        return 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
