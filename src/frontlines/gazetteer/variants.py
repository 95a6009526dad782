"""Looser readings of a name that a gazetteer lookup misses, for spans known to be places.

A span a gold set or a user marked is a place even when its exact name is not in the gazetteer:
"Ohioans" and "Ontarians" name their province, "Newfoundland" and "Basque" the area whose name
they begin, and "Vancouver Art Gallery" or "Port of Los Angeles" lie in the place they name. Only
marked spans use these readings: for detected spans, a miss is more often no place at all.
"""

from __future__ import annotations

import re

from frontlines.gazetteer.index import Gazetteer, entry_name_keys
from frontlines.gazetteer.normalize import GENERIC_WORDS, fold, key_of
from frontlines.gazetteer.store import COUNTRY_CODES, GazEntry

# Endings that make a people of a place's name ("Ohioans", "Minnesotans", "Abkhaz" + "ians").
PEOPLE_SUFFIXES = ("ians", "ans", "ns", "ian", "an", "n", "s")
MIN_STEM = 5  # shorter stems begin too many names ("Iraq" and "Iran" begin with "ira")
MIN_NAME = 4  # but a whole name of four letters is one ("Ohioans": Ohio)
MAX_WORDS = 8  # sub-runs of longer spans are not tried
AREA_KINDS = COUNTRY_CODES | {"ADM1", "RGN", "CONT"}  # what a stem may name: countries, provinces, regions
_WORD = re.compile(r"[^\s\-‐–—/,()]+")
# Words that name no place alone, though some village or area somewhere bears them ("South").
NOT_ALONE = GENERIC_WORDS | frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
    "lower", "greater", "new", "old", "great", "little", "saint", "st", "st.", "fort", "port", "lake",
    "river", "mount", "mountain", "valley", "island", "islands", "area", "park", "the", "of", "and",
    "international", "airport", "university", "college", "school", "hospital", "church", "museum", "hall",
})


def loose_lookup(name: str, gazetteer: Gazetteer) -> list[GazEntry]:
    """Candidates for a marked span whose name the gazetteer lacks: a wire abbreviation without
    its last dot ("N.Y"), the area its stem begins ("Ontarians" -> Ontario), else the place a part
    of it names ("Vancouver Art Gallery")."""
    province = gazetteer.abbreviation(name + ".") if not name.endswith(".") else None
    if province is not None:
        return [province]
    return area_by_stem(name, gazetteer) or place_in_name(name, gazetteer)


def area_by_stem(name: str, gazetteer: Gazetteer, prefix: bool = True) -> list[GazEntry]:
    """Countries, provinces and regions whose name is the stem of `name` ("South Ossetian") or,
    with `prefix`, begins with it ("Newfoundland": Newfoundland and Labrador)."""
    key = key_of(name)
    stems = [key] + [key[: -len(s)] for s in PEOPLE_SUFFIXES if key.endswith(s)]
    for stem in (s for s in stems if len(s) >= MIN_NAME):
        found = gazetteer.lookup_prefix_kind(stem, AREA_KINDS)
        exact = [e for e in found if stem in entry_name_keys(e)]
        if exact or (prefix and found and len(stem) >= MIN_STEM):
            return exact or found
    return []


def place_in_name(name: str, gazetteer: Gazetteer) -> list[GazEntry]:
    """The readings of the longest run of capitalised words inside `name` that the gazetteer
    knows; among runs of one length, the one naming the most populous place."""
    words = [m.group() for m in _WORD.finditer(name)]
    if not 1 < len(words) <= MAX_WORDS:
        return []
    for size in range(len(words) - 1, 0, -1):
        runs = [words[i:i + size] for i in range(len(words) - size + 1)]
        runs = [run for run in runs if run[0][:1].isupper() and not all(fold(w) in NOT_ALONE for w in run)]
        found = [gazetteer.lookup(" ".join(run)) for run in runs]
        found = [entries for entries in found if entries]
        if found:
            return max(found, key=lambda entries: entries[0].population)
    return []


