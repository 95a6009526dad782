"""The actors stage: actor mentions with canonical ACLED-style names and inter codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from frontlines.coding.catalogue import MEMBER_WORDS, AliasMatch, AliasMatcher, fill_country, load_catalogue
from frontlines.coding.countries import countries_in, country_name, country_of_word, document_country
from frontlines.model import ActorMention, Document, Token
from frontlines.stage import Stage

# Outlets are sources of claims, not actors in events.
MEDIA = frozenset({
    "reuters", "afp", "ap", "associated press", "the associated press", "bbc", "al jazeera", "cnn", "xinhua",
    "anadolu", "tass", "ria novosti", "tolo news", "tolonews", "pajhwok", "twitter", "telegram", "facebook",
    "whatsapp", "youtube", "x",
})  # fmt: skip
ENTITY_LABELS = frozenset({"ORG", "PERSON"})
_LAST_WORD = re.compile(r"([A-Za-z][\w'-]*)\s+$")
_MEMBER_TAIL = re.compile(rf"\s+(?:{MEMBER_WORDS})\b", re.IGNORECASE)
# A generic word used as a modifier ("police station", "civilian casualties") names no actor.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    name: str
    inter: int | None
    rank: int  # lower wins an overlap at equal length: catalogue 0, entity 1


class ActorTagger(Stage):
    """Find actors from the catalogue (named groups, generic descriptions) and ORG/PERSON entities."""

    name: ClassVar[str] = "actors"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "analysis"})
    provides: ClassVar[frozenset[str]] = frozenset({"actors"})

    def __init__(self, extra_catalogue: Path | None = None) -> None:
        self.matcher = AliasMatcher(load_catalogue(extra_catalogue))

    def __call__(self, doc: Document) -> Document:
        context = document_country(doc)
        tokens = {t.end: t for t in doc.analysis.tokens} if doc.analysis else {}
        found = (self._from_alias(doc, m, context, tokens) for m in self.matcher.find(doc.text))
        candidates = [c for c in found if c is not None]
        candidates += entity_candidates(doc) + state_candidates(doc)
        doc.actors = [
            ActorMention(c.start, c.end, doc.text[c.start : c.end], c.name, c.inter)
            for c in resolve_overlaps(candidates)
        ]
        return doc

    def _from_alias(
        self, doc: Document, match: AliasMatch, context: str | None, tokens: dict[int, Token]
    ) -> _Candidate | None:
        entry, start, end = match.entry, match.start, match.end
        country = entry.country
        if entry.kind == "generic":
            if is_modifier(doc.text, start, end, tokens):
                return None
            before = _LAST_WORD.search(doc.text, max(0, start - 40), start)
            if before and (code := country_of_word(before.group(1))):
                start, country = before.start(1), code
        else:
            tail = _MEMBER_TAIL.match(doc.text, end)
            end = tail.end() if tail else end
        return _Candidate(start, end, fill_country(entry.name, country or context), entry.inter, 0)


def is_modifier(text: str, start: int, end: int, tokens: dict[int, Token]) -> bool:
    """Whether the last word of a match only modifies a following noun (needs the parse).

    `tokens` maps each token's end offset to the token.
    """
    last = tokens.get(end)
    if last is None or last.dep not in _MODIFIER_DEPS:
        return False
    return not re.match(rf"\s*(?:{MEMBER_WORDS})\b", text[end:], re.IGNORECASE)


def entity_candidates(doc: Document) -> list[_Candidate]:
    """ORG and PERSON entities (not outlets, not places) as actors of unknown inter code."""
    if doc.analysis is None:
        return []
    places = [(p.start, p.end) for p in doc.places]
    return [
        _Candidate(e.start + (skip := _leading_article(e.text)), e.end, e.text[skip:].strip(), None, 1)
        for e in doc.analysis.entities
        if e.label in ENTITY_LABELS
        and e.text.strip().lower() not in MEDIA
        and all(e.end <= lo or e.start >= hi for lo, hi in places)
    ]


def _leading_article(text: str) -> int:
    """Length of a leading "the " (spaCy often puts it in an ORG): "the Ukrainian Forces" is
    the catalogue's "Ukrainian Forces", which wins the tie."""
    match = re.match(r"\s*the\s+", text, re.IGNORECASE)
    return match.end() if match else 0


def state_candidates(doc: Document) -> list[_Candidate]:
    """A country that is the subject of a verb acts through its state: "Russia deployed troops"."""
    if doc.analysis is None:
        return []
    subjects = {t.start for t in doc.analysis.tokens if t.dep in ("nsubj", "nsubjpass")}
    found = []
    for start, end, code in countries_in(doc.text):
        name = country_name(code)
        if start in subjects and name and doc.text[start:end].lower() == name.lower():
            found.append(_Candidate(start, end, f"Government of {name}", 1, 0))
    return found


def resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping candidates (catalogue before entity on ties), in text order."""
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


__all__ = ["ActorTagger", "document_country", "fill_country"]
