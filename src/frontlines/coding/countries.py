"""Country names and demonyms: ISO codes to ACLED-style names, and finding countries in text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from frontlines.coding.resources import resource_text, tsv_rows
from frontlines.gazetteer.index import Gazetteer, entry_name_keys
from frontlines.gazetteer.normalize import key_of
from frontlines.model import Document

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class CountryTable:
    """ACLED-style names by ISO2 code, each name/demonym (lower-cased) to its code, the pattern
    of them all, and by first word (lower-cased) the pattern of the names starting with it."""

    names: dict[str, str]
    words: dict[str, str]
    pattern: re.Pattern[str]
    by_first_word: dict[str, re.Pattern[str]]


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
    longest_first = sorted(words, key=len, reverse=True)
    starting: dict[str, list[str]] = {}
    for word in longest_first:
        if not word.isascii():
            raise ValueError(f"country names must be ASCII: {word!r}")
        starting.setdefault(first_word(word), []).append(word)
    return CountryTable(
        names, words, _names_pattern(longest_first), {w: _names_pattern(ws) for w, ws in starting.items()}
    )


def _names_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


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


# English names a country with "the" when its name is a plural or a description of the state:
# "the United States", "the Philippines", "the Democratic Republic of Congo" (not "the Kenya").
_TAKES_THE = re.compile(
    r"\b(?:Republic|United|Kingdom|Islands|Emirates|States)\b|^(?:Philippines|Netherlands|Maldives|Bahamas|Comoros)$"
)


def country_after_of(code: str | None) -> str | None:
    """The country's name as it follows "of": "Military Forces of the United States", "of Kenya"."""
    name = country_name(code)
    if name is None:
        return None
    return f"the {name}" if _TAKES_THE.search(name) else name


# A match result, where a country's name is its team: a result verb against a named side with a score
# ("beat Togo 2-1", "drew with Niger 0-0"), or a result verb in a sentence with the words of a game
# ("Mali drew with Niger in a World Cup qualifier"). Words of a game alone are no result: fans riot
# and police fire on them at football matches.
_RESULT_VERB = r"\b(?:beat|beats|defeated|defeats|edged|thrashed|drew with|draws with|lost to|loses to)\b"
_SCORED_RESULT = re.compile(
    _RESULT_VERB + r"\s+(?:(?-i:[A-Z])[\w'-]*\s+){1,3}\d{1,2}\s?[-\u2013]\s?\d{1,2}\b", re.IGNORECASE
)
# The score told first: "lost 2-1 to Nigeria", "won 3-0 against Chad".
_SCORE_FIRST = re.compile(
    r"\b(?:lost|loses|won|wins)\s+\d{1,2}\s?[-\u2013]\s?\d{1,2}\s+(?:to|against|over)\s+(?-i:[A-Z])[\w'-]*",
    re.IGNORECASE,
)
# A named side followed by people ("beat Kaizer Chiefs supporters") is no team: those people were beaten.
_PEOPLE_AFTER = r"(?!(?:fans|supporters|players|members|officials|youths|residents|protesters|workers)\b)"
_RESULT = re.compile(_RESULT_VERB + r"\s+(?:(?-i:[A-Z])[\w'-]*\s*){1,3}+" + _PEOPLE_AFTER, re.IGNORECASE)
_GAME_WORDS = re.compile(
    r"\b(?:football|soccer|cricket|rugby|basketball|volleyball|qualifiers?|semi-?finals?|quarter-?finals?|"
    r"world cup|olympics|national team|goalkeeper|penalty shoot-?out)\b",
    re.IGNORECASE,
)


def sport_results(sentence: str) -> list[tuple[int, int]]:
    """The spans of match results in a sentence ("beat Togo 2-1", "lost 0-2 to Togo"; "drew with
    Niger" in a sentence with the words of a game), where a country's name is its team and "beat"
    no violence."""
    found = [m.span() for pattern in (_SCORED_RESULT, _SCORE_FIRST) for m in pattern.finditer(sentence)]
    if not found and _GAME_WORDS.search(sentence):
        found = [m.span() for m in _RESULT.finditer(sentence)]
    return found


def tells_of_sport(sentence: str) -> bool:
    """Whether a sentence tells of a match result (`sport_results`): "Ghana beat Togo 2-1", "Mali
    drew with Niger in a World Cup qualifier"; no act of a state there, and its names are teams."""
    return bool(sport_results(sentence))


def country_of_word(word: str) -> str | None:
    """The ISO2 code a country name or demonym stands for ("Afghan" -> "AF")."""
    return country_table().words.get(word.strip().lower())


def nationality_of(word: str) -> str | None:
    """The ISO2 code of the nation a word for people names: a demonym ("German", "Sudanese") or
    its plural ("Ukrainians"), written capitalised; not a country's name or a code ("Sudan",
    "US"), which name a place or a state, not people."""
    if len(word) <= 3 or not word[:1].isupper():
        return None
    code = country_of_word(word) or (country_of_word(word[:-1]) if word.endswith("ns") else None)
    name = country_name(code)
    return code if name is not None and name.lower() != word.lower() else None


def names_nation(text: str) -> bool:
    """Whether words name a country or a nation's people ("Afghan refugees", "Ukrainians")."""
    return bool(countries_in(text)) or any(nationality_of(w.group()) for w in _WORD.finditer(text))


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """Every country name or demonym in `text` as (start, end, ISO2)."""
    return list(_countries_in(text))


@lru_cache(maxsize=1024)
def _countries_in(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    table = country_table()
    for match in _name_matches(text, table):
        word = match.group(0)
        # Short all-capital codes ("US", "UK", "CAR") only count when written in capitals.
        if len(word) <= 3 and not word.isupper():
            continue
        found.append((match.start(), match.end(), table.words[word.lower()]))
    return tuple(found)


def _name_matches(text: str, table: CountryTable) -> Iterator[re.Match[str]]:
    """The matches of `table.pattern` in `text` (see `first_word_matches`)."""
    return first_word_matches(text, table.by_first_word, table.pattern)


def first_word(name: str) -> str:
    """The first word of a name, lower-cased: the key `first_word_matches` tries it by."""
    found = _WORD.match(name)
    if found is None:
        raise ValueError(f"a name must start with a word character: {name!r}")
    return found.group().lower()


def first_word_matches(
    text: str, by_first_word: dict[str, re.Pattern[str]], pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The non-overlapping matches, left to right, of `pattern`, an alternation of names that each
    start a word, trying at each word only `by_first_word`'s pattern of the names starting with it.

    A name starts at the start of a word and its first word is that whole word, so in an ASCII word
    only the names with the same first word (lower-cased) can match there; at a word with other
    characters, which may fold to ASCII ones ("ı" is "i"), every name is tried. One pattern of a few
    names a word is far quicker than the whole alternation at every position."""
    end = 0
    for word in _WORD.finditer(text):
        if word.start() < end:
            continue
        key = word.group().lower()
        tried = by_first_word.get(key) if key.isascii() else pattern
        match = tried.match(text, word.start()) if tried is not None else None
        if match is not None:
            end = match.end()
            yield match


def most_common_country(codes: list[str]) -> str | None:
    """The most frequent code, the earliest one winning ties."""
    if not codes:
        return None
    counts = Counter(codes)
    best = max(counts.values())
    return next(code for code in codes if counts[code] == best)


# Words for administrative units only one country has (Wikipedia: "Upazila", "Union councils of Bangladesh",
# "Pourashava", "Payam", "Woreda", "Kebele", "Barangay"): "in Rangpur Sadar upazila" is in Bangladesh
# though the gazetteer knows no place the report names. "Payam" before a name is a Persian given name
# ("Payam Akhavan"), not South Sudan's unit, which follows its name ("Wunbol payam").
_ONE_COUNTRY_UNITS = re.compile(
    r"\b(?:(?P<BD>upazilas?|union parishads?|pourashavas?)|(?P<SS>payams?(?!\s+(?-i:[A-Z])))|"
    r"(?P<ET>woredas?|kebeles?)|(?P<PH>barangays?))\b",
    re.IGNORECASE,
)


def unit_country(text: str) -> str | None:
    """The country (ISO2) whose own kind of administrative unit the text first names, if any."""
    found = _ONE_COUNTRY_UNITS.search(text)
    return found.lastgroup if found else None


def document_country(doc: Document, gazetteer: Gazetteer | None = None) -> str | None:
    """The document's country: most frequent among resolved places below the level of a country,
    else among all resolved places, else among countries named, else the one whose kind of
    administrative unit it names (`unit_country`), else the one the readings of its unresolved
    place names agree on (`readings_country`). A report names the towns and provinces where things
    happened; a country it names may be one its actors come from or one spoken of ("a US military
    patrol in Al Hasakeh", "a protest in Nancy against the US court"), yet it, like a unit of one
    country, is said in so many words, while a name none of whose readings was sure enough to
    place the event is a guess ("Sadar upazila" is in Bangladesh whatever a town Sadar abroad)."""
    codes = [p.country_code for p in doc.places if p.country_code]
    local = [p.country_code for p in doc.places
             if p.country_code and not (p.feature_code or "").startswith("PCL")]
    if codes:
        return most_common_country(local or codes)
    unresolved = sorted({p.name for p in doc.places if p.name})  # no place resolved
    return (
        most_common_country([code for _, _, code in countries_in(doc.text)])
        or unit_country(doc.text)
        or (readings_country(unresolved, gazetteer or Gazetteer.load()) if unresolved else None)
    )


def readings_country(names: list[str], gazetteer: Gazetteer) -> str | None:
    """The country the gazetteer's readings of place names agree on, each name an equal vote
    shared among the countries it has a reading in ("Orvasta": a village in one country, a vote
    for it; "Kellin": towns in three countries, a third of a vote to each). The country with the
    most votes wins when no other has as many and they come to half the names that have readings:
    names too small or too ambiguous for the report's place still tell its country together, while
    one name among several with a reading abroad does not decide it. Only readings that bear the
    name itself count, not looser spellings."""
    votes: dict[str, Fraction] = {}
    voters = 0
    for name in names:
        key = key_of(name)
        countries = {e.country_code for e in gazetteer.lookup(name)
                     if e.country_code and key in entry_name_keys(e)}
        voters += bool(countries)
        for code in countries:
            votes[code] = votes.get(code, Fraction(0)) + Fraction(1, len(countries))
    ranked = sorted(votes.items(), key=lambda vote: -vote[1])[:2]
    if not ranked or 2 * ranked[0][1] < voters or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
