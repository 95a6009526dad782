"""The actor catalogue: named groups and generic descriptions with ACLED-style names and inter codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from frontlines.coding.countries import country_after_of, country_name, first_word, first_word_matches
from frontlines.coding.resources import read_tsv, resource_text, tsv_rows

EntryKind = Literal["named", "generic"]
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# An alias ends a word, or a compound whose second half says what the group did or holds ("a
# Houthi-planted mine", "IS-claimed attacks", "Taliban-controlled areas") or names its local branch
# ("PDF-Kalay"); not a longer name ("PKK-YJA STAR") nor a word the alias only begins ("ISIS" is no
# "IS"). Only a named group is read in such a compound: "military-owned land", "police-led patrols"
# describe a thing, not an actor.
_ALIAS_END = r"(?!\w|-(?-i:[A-Z]{2}|[^A-Za-z]))"
# Acronyms as often something else as the group the catalogue gives them to: "MIT" (a university), "ADA" (a
# US law), "CDF" (a Chief of Defence Forces in Kenya or Nigeria), "CPC" (China's Communist Party), "PMF",
# "PMU", "RAB", "SNR", "TLP": read only in a report from the group's home country, where the group is what
# they mean.
HOME_ONLY_ACRONYMS = frozenset({"ADA", "CDF", "CPC", "MIT", "PMF", "PMU", "RAB", "SNR", "TLP"})
# Words that extend a named group into one mention: "Taliban fighters", "Houthi forces"; a description
# before them is of the members, not a modifier of the word: "armed Fulani herdsmen".
MEMBER_WORDS = (
    "fighters|forces|militants|members|member|cadres|gunmen|commanders|insurgents|soldiers|troops|militia|"
    "militiamen|rebels|spokesman|spokesperson|officials|police|herdsmen|herders|pastoralists"
)


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One actor: canonical name (may hold "{country}"), inter code, home country and aliases;
    `since` / `until` (ISO dates, `until` excluded) bound when the entry names what its aliases
    mean: the Taliban are a rebel group until 15 August 2021 and Afghanistan's state after."""

    kind: EntryKind
    name: str
    inter: int
    country: str | None
    aliases: tuple[str, ...]
    since: str | None = None
    until: str | None = None

    def holds_on(self, day: str | None) -> bool:
        """Whether the entry applies on `day` (ISO); with no day, only a current entry does."""
        if day is None:
            return self.until is None
        return (self.since or "") <= day < (self.until or "9999")

    def begun_by(self, day: str | None) -> bool:
        """Whether what the entry names had begun by `day` (ISO; None: today)."""
        return day is None or self.since is None or self.since <= day

    def applies(self, day: str | None, country: str | None) -> bool:
        """Whether the entry holds on `day` (`holds_on`) in a document of `country` (ISO2): an entry
        with a home country names nothing elsewhere; an unknown country does not rule it out."""
        return self.holds_on(day) and (self.country is None or country is None or self.country == country)


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """An alias found in text."""

    start: int
    end: int
    entry: CatalogueEntry


def parse_rows(rows: list[list[str]]) -> list[CatalogueEntry]:
    """Catalogue entries from TSV rows: kind, name, inter, country, aliases[, since[, until]]; a row
    that breaks the format raises ValueError saying what is wrong (users write their own files)."""
    entries = []
    for row in rows:
        problem = row_problem(row)
        if problem:
            raise ValueError(f"bad catalogue row ({problem}): {row!r}")
        kind, name, inter, country, aliases, since, until = (row + [""] * 7)[:7]
        names = tuple(a.strip() for a in aliases.split("|") if a.strip())
        entries.append(CatalogueEntry(kind, name, int(inter), country or None, names,  # type: ignore[arg-type]
                                      since or None, until or None))
    return entries


def row_problem(row: list[str]) -> str | None:
    """What makes a catalogue row unusable, or None: a count of columns other than 5 to 7 (often
    spaces where tabs belong), a kind other than "named" or "generic", no name, an inter code
    outside ACLED's 1-8, a named group without aliases (it could never be found), a date not ISO.
    Empty cells after the fifth (tabs a spreadsheet leaves at the end of a row) are not columns."""
    columns = len(row)
    while columns > 5 and not row[columns - 1]:
        columns -= 1
    if not 5 <= columns <= 7:
        return f"{columns} tab-separated column{'' if columns == 1 else 's'}, not 5 to 7"
    kind, name, inter, _country, aliases, since, until = (row + [""] * 7)[:7]
    if kind not in ("named", "generic"):
        return f"kind {kind!r} is neither 'named' nor 'generic'"
    if not name:
        return "no name"
    if inter not in {str(code) for code in range(1, 9)}:
        return f"inter code {inter!r} is not one of ACLED's 1 to 8"
    if kind == "named" and not aliases.strip(" |"):
        return "a named group needs at least one alias"
    if any(d and not _ISO_DAY.fullmatch(d) for d in (since, until)):
        return "dates must be YYYY-MM-DD"
    return None


def load_catalogue(extra: Path | None = None) -> list[CatalogueEntry]:
    """The packaged catalogue, with a user's file (same format) read first so its aliases win."""
    packaged = parse_rows(list(tsv_rows(resource_text("actors", "catalogue.tsv"))))
    return (parse_rows(read_tsv(extra)) if extra else []) + packaged


class AliasMatcher:
    """Find catalogue aliases in text: longest alias first, acronyms case-sensitively; an alias
    of several entries means the first one that holds on the document's day (at home in its
    country, if one is)."""

    def __init__(self, entries: list[CatalogueEntry], branched: frozenset[str] = frozenset()) -> None:
        # Groups whose local branch is named after a hyphen ("PDF-Kalay"): only these may be read in a
        # compound whose second half is a name; "Hamas-Fatah", "Houthi-Saudi" name two sides.
        self.branched = branched
        self.by_alias: dict[str, list[CatalogueEntry]] = {}
        for entry in entries:
            for alias in entry.aliases:
                self.by_alias.setdefault(self._key(alias), []).append(entry)
        aliases = sorted({a for e in entries for a in e.aliases}, key=len, reverse=True)
        self.pattern = _aliases_pattern(aliases)
        starting: dict[str, list[str]] = {}
        for alias in aliases:
            starting.setdefault(first_word(alias), []).append(alias)
        self.by_first_word = {word: _aliases_pattern(group) for word, group in starting.items()}

    @staticmethod
    def _key(alias: str) -> str:
        return alias if alias.isupper() else alias.lower()

    def find(self, text: str, day: str | None = None, country: str | None = None) -> list[AliasMatch]:
        """Non-overlapping alias matches, left to right, read as on `day` (ISO; None: today); an alias
        several groups share means the one at home in `country` (ISO2), the document's, if any:
        "SNA" is the Somali National Army in Somalia and the Syrian National Army in Syria."""
        found = []
        for match in first_word_matches(text, self.by_first_word, self.pattern):
            named = self.by_alias.get(self._key(match.group(0)), [])
            if match.group(0) in HOME_ONLY_ACRONYMS:
                named = [e for e in named if country is not None and e.country == country]
            # Failing one that holds, one that had ended ("Taliban" in an old report read today), but
            # not one founded after the day: "CDF" before the Chinland Defense Force was no such group.
            entries = [e for e in named if e.holds_on(day)] or [e for e in named if e.begun_by(day)]
            home = next((e for e in entries if country and e.country == country), None)
            entry = home or (entries[0] if entries else None)
            compound = text.startswith("-", match.end())
            named_after = compound and text[match.end() + 1 : match.end() + 2].isupper()
            if entry is not None and named_after and entry.name not in self.branched:
                continue
            if entry is not None and not (compound and entry.kind == "generic"):
                found.append(AliasMatch(match.start(), match.end(), entry))
        return found


@lru_cache(maxsize=1)
def peoples() -> dict[str, tuple[str, ...]]:
    """The packaged peoples (resources/actors/peoples.tsv), lower-cased, with the countries (ISO2) each
    lives in, the one most of it lives in first: names a report may give the armed men of a community
    by ("Pokot bandits")."""
    rows = tsv_rows(resource_text("actors", "peoples.tsv"))
    return {row[0].lower(): tuple(row[1].split("|")) for row in rows}


def people_lands(word: str) -> tuple[str, ...]:
    """The countries (ISO2) the people a capitalised word names lives in (`peoples`), the main one
    first; a hyphenated name ("Tiv-Jukun") names peoples that all live in the first part's lands.
    Empty when the word names no people."""
    if not word[:1].isupper():
        return ()
    lands = [peoples().get(part.lower(), ()) for part in word.split("-")]
    return lands[0] if all(lands) else ()


# The land neighbours (ISO2) of the countries peoples.tsv places peoples in (Wikipedia: "List of countries and
# territories by land borders"): herders graze and raid across borders ("Toposa raiders" in Kenya's north).
_NEIGHBOURS = {
    "KE": "ET SO SS UG TZ", "UG": "KE SS CD RW TZ", "TZ": "KE UG RW BI CD ZM MW MZ",
    "SS": "SD ET KE UG CD CF", "SD": "EG LY TD CF SS ET ER", "ET": "ER DJ SO KE SS SD", "SO": "ET KE DJ",
    "DJ": "ER ET SO", "ER": "SD ET DJ", "EG": "LY SD IL PS", "NG": "BJ NE TD CM", "CM": "NG TD CF CG GA GQ",
    "TD": "LY SD CF CM NG NE", "CD": "CG CF SS UG RW BI TZ ZM AO", "RW": "UG TZ BI CD", "BI": "RW TZ CD",
    "CG": "GA CM CF CD AO", "GA": "GQ CM CG",
}  # fmt: skip


def people_reach(word: str) -> frozenset[str]:
    """The countries (ISO2) where the armed men of the people a word names act: its lands
    (`people_lands`) and their neighbours, across whose borders herders graze and raid."""
    lands = people_lands(word)
    return frozenset(lands).union(*(_NEIGHBOURS.get(code, "").split() for code in lands))


def people_home(word: str) -> str | None:
    """The home country (ISO2) of the people a capitalised word names (`people_lands`), else None."""
    lands = people_lands(word)
    return lands[0] if lands else None


def _aliases_pattern(aliases: list[str]) -> re.Pattern[str]:
    """Aliases (longest first) as whole words or a compound's first half (`_ALIAS_END`), in any case."""
    body = "|".join(re.escape(a) for a in aliases)
    return re.compile(rf"(?<![\w-])(?:{body}){_ALIAS_END}", re.IGNORECASE)


def fill_country(template: str, code: str | None) -> str:
    """Put the country into "Military Forces of {country}" / "Protesters ({country})", or drop it;
    after "of" a name takes "the" as English gives it one ("Police Forces of the United States")."""
    name, after_of = country_name(code), country_after_of(code)
    if name and after_of:
        return template.replace(" of {country}", f" of {after_of}").replace("{country}", name)
    return template.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "")
