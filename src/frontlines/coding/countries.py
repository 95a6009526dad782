"""Country names and demonyms: ISO codes to ACLED-style names, and finding countries in text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from frontlines.coding.resources import resource_text, tsv_rows
from frontlines.model import Document


@dataclass(frozen=True, slots=True)
class CountryTable:
    """ACLED-style names by ISO2 code, and each name/demonym (lower-cased) to its code."""

    names: dict[str, str]
    words: dict[str, str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    """Load the packaged country table once."""
    names: dict[str, str] = {}
    words: dict[str, str] = {}
    for code, name, aliases in tsv_rows(resource_text("actors", "countries.tsv")):
        names[code] = name
        for alias in aliases.split("|"):
            words[alias.lower()] = code
    # Longest first so "South Sudanese" wins over "Sudanese".
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return CountryTable(names, words, re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE))


def country_name(code: str | None) -> str | None:
    """The ACLED-style name of an ISO2 country code ("SY" -> "Syria")."""
    if not code:
        return None
    code = code.upper()
    known = country_table().names.get(code)
    if known:
        return known
    import pycountry

    entry = pycountry.countries.get(alpha_2=code)
    if entry is None:
        return None
    return str(getattr(entry, "common_name", None) or entry.name)


def country_of_word(word: str) -> str | None:
    """The ISO2 code a country name or demonym stands for ("Afghan" -> "AF")."""
    return country_table().words.get(word.strip().lower())


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """Every country name or demonym in `text` as (start, end, ISO2)."""
    found: list[tuple[int, int, str]] = []
    table = country_table()
    for match in table.pattern.finditer(text):
        word = match.group(0)
        # Short all-capital codes ("US", "UK", "CAR") only count when written in capitals.
        if len(word) <= 3 and not word.isupper():
            continue
        found.append((match.start(), match.end(), table.words[word.lower()]))
    return found


def most_common_country(codes: list[str]) -> str | None:
    """The most frequent code, the earliest one winning ties."""
    if not codes:
        return None
    counts = Counter(codes)
    best = max(counts.values())
    return next(code for code in codes if counts[code] == best)


def document_country(doc: Document) -> str | None:
    """The document's country: most frequent among resolved places, else among countries named."""
    codes = [p.country_code for p in doc.places if p.country_code]
    if codes:
        return most_common_country(codes)
    return most_common_country([code for _, _, code in countries_in(doc.text)])
