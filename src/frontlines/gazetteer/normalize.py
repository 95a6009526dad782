"""Name keys that make transliteration variants of one toponym meet ("Mazar-i-Sharif" ~ "Mazar-e Sharif")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic/Persian article and ezafe particles, spelled many ways in romanised names; dropping
# them makes "Deir ez-Zor", "Deir al-Zor" and "Deir el Zor" one key (and English "the" makes
# "Republic of the Congo" meet "Republic of Congo").
PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "ed", "ez", "es", "az", "as", "ar", "er", "an", "en", "at", "ash", "ul", "ud",
     "e", "i", "y", "the"}
)
# Words that name the kind of area rather than the area ("Helmand province").
GENERIC_WORDS: frozenset[str] = frozenset(
    {"province", "provinces", "district", "districts", "governorate", "region", "state", "county",
     "city", "town", "village", "oblast", "prefecture", "municipality", "department", "division",
     "wilayah", "vilayet", "wilaya", "raion", "rayon", "sub-district", "subdistrict", "emirate",
     "township", "co."}
)
_DROP = str.maketrans("", "", "'’‘ʼʻʿʾ`´")
_LETTERS = str.maketrans({"ı": "i", "ə": "e", "ø": "o", "ß": "ss", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe"})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./,()]+")
_SAINT = {"st": "saint", "ste": "sainte"}
# Vowels, which romanisations disagree on most ("Maarat" / "Ma'arrat", "Numan" / "Nu'man").
_SOFT = re.compile(r"[aeiou]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase, strip diacritics and apostrophes (ʿ, ’, ʼ ...) from `text` (memoised: the same
    names are folded again and again while candidates are compared)."""
    lowered = text.casefold()
    if not lowered.isascii():
        lowered = _COMBINING.sub("", unicodedata.normalize("NFKD", lowered)).translate(_LETTERS)
    return lowered.translate(_DROP)


def name_words(text: str) -> list[str]:
    """The folded words of a name, with particles dropped unless nothing else is left."""
    words = [_SAINT.get(w, w) for w in _SEPARATORS.split(fold(text)) if w]
    content = [w for w in words if w not in PARTICLES]
    return content or words


def name_key(text: str) -> str:
    """The lookup key of a name: folded content words joined without spaces."""
    return "".join(name_words(text))


# Keys of the same names are asked for again and again (a country's alternate names, a county).
key_of = lru_cache(maxsize=200_000)(name_key)


def skeleton_key(text: str) -> str:
    """A looser key (consonants only, doubles collapsed) for a fallback lookup; '' when too short."""
    skeleton = _DOUBLES.sub(r"\1", _SOFT.sub("", name_key(text)))
    return skeleton if len(skeleton) >= 5 else ""  # shorter skeletons collide across unrelated names


def strip_generic(text: str) -> str:
    """`text` without leading/trailing generic area words ("Helmand Province" -> "Helmand")."""
    words = text.split()
    while len(words) > 1 and fold(words[-1]) in GENERIC_WORDS:
        words.pop()
    while len(words) > 2 and fold(words[0]) in GENERIC_WORDS and fold(words[1]) == "of":
        words = words[2:]
    return " ".join(words)


def is_latin(text: str) -> bool:
    """True when every letter of `text` is Latin script (so it can appear in English news)."""
    return text.isascii() or all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)
