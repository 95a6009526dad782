"""The actor catalogue: named groups and generic descriptions with ACLED-style names and inter codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from frontlines.coding.countries import country_name
from frontlines.coding.resources import read_tsv, resource_text, tsv_rows

EntryKind = Literal["named", "generic"]
# Words that extend a named group into one mention: "Taliban fighters", "Houthi forces".
MEMBER_WORDS = (
    "fighters|forces|militants|members|gunmen|commanders|insurgents|soldiers|troops|militia|"
    "militiamen|rebels|spokesman|spokesperson|officials|police"
)


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One actor: canonical name (may hold "{country}"), inter code, home country and aliases."""

    kind: EntryKind
    name: str
    inter: int
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """An alias found in text."""

    start: int
    end: int
    entry: CatalogueEntry


def parse_rows(rows: list[list[str]]) -> list[CatalogueEntry]:
    """Catalogue entries from TSV rows: kind, name, inter, country, aliases."""
    entries = []
    for row in rows:
        kind, name, inter, country, aliases = (row + [""] * 5)[:5]
        if kind not in ("named", "generic") or not name or not inter.isdigit():
            raise ValueError(f"bad catalogue row: {row!r}")
        names = tuple(a.strip() for a in aliases.split("|") if a.strip())
        entries.append(CatalogueEntry(kind, name, int(inter), country or None, names))  # type: ignore[arg-type]
    return entries


def load_catalogue(extra: Path | None = None) -> list[CatalogueEntry]:
    """The packaged catalogue, with a user's file (same format) read first so its aliases win."""
    packaged = parse_rows(list(tsv_rows(resource_text("actors", "catalogue.tsv"))))
    return (parse_rows(read_tsv(extra)) if extra else []) + packaged


class AliasMatcher:
    """Find catalogue aliases in text: longest alias first, acronyms case-sensitively."""

    def __init__(self, entries: list[CatalogueEntry]) -> None:
        self.by_alias: dict[str, CatalogueEntry] = {}
        for entry in entries:
            for alias in entry.aliases:
                self.by_alias.setdefault(self._key(alias), entry)
        aliases = sorted({a for e in entries for a in e.aliases}, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in aliases)
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

    @staticmethod
    def _key(alias: str) -> str:
        return alias if alias.isupper() else alias.lower()

    def find(self, text: str) -> list[AliasMatch]:
        """Non-overlapping alias matches, left to right."""
        found = []
        for match in self.pattern.finditer(text):
            entry = self.by_alias.get(self._key(match.group(0)))
            if entry is not None:
                found.append(AliasMatch(match.start(), match.end(), entry))
        return found


def fill_country(template: str, code: str | None) -> str:
    """Put the country into "Military Forces of {country}" / "Protesters ({country})", or drop it."""
    name = country_name(code)
    if name:
        return template.replace("{country}", name)
    return template.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "")
