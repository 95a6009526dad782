"""Trigger and cue lexicons: finding event triggers among a sentence's tokens, cues in its text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.coding.resources import resource_text, tsv_rows
from frontlines.model import Sentence, Token

# Parts of speech a one-word trigger may have ("March" the month is a PROPN, not a protest).
TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})
# Words whose lemma looks like a trigger but never is one ("according to" is not an accord).
NOT_TRIGGERS = frozenset({"according"})
_RPG = re.compile(r"\brocket[- ]propelled grenades?\b", re.IGNORECASE)
_LAUNCHER = re.compile(r"\bgrenade[- ]launchers?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence: its frame and half-open token range."""

    frame: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger lemma sequences by their first lemma (longest first), and compiled cue patterns."""

    triggers: dict[str, list[tuple[tuple[str, ...], str, str]]]
    cues: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the packaged trigger and cue lexicons once."""
    triggers: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for frame, phrases in tsv_rows(resource_text("events", "triggers.tsv")):
        for entry in phrases.split("|"):
            # "strike/VERB": a one-word trigger only in that part of speech.
            phrase, _, pos = entry.lower().partition("/")
            # spaCy splits "sit-in" into "sit", "-", "in"; keep both spellings.
            for form in dict.fromkeys((phrase, phrase.replace("-", " - "))):
                words = tuple(form.split())
                triggers.setdefault(words[0], []).append((words, frame, pos.upper()))
    for entries in triggers.values():
        entries.sort(key=lambda e: -len(e[0]))
    rows = tsv_rows(resource_text("events", "cues.tsv"))
    cues = {name: _words_pattern(phrases.split("|")) for name, phrases in rows}
    return Lexicon(triggers, cues)


def _words_pattern(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _forms(token: Token) -> tuple[str, str]:
    return token.lemma.lower(), token.text.lower()


def find_triggers(tokens: list[Token], sent: Sentence) -> list[Trigger]:
    """Triggers in a sentence, longest match first at each token, no token used twice."""
    found: list[Trigger] = []
    table = lexicon().triggers
    i = sent.token_start
    while i < sent.token_end:
        match = _match_at(tokens, i, sent.token_end, table)
        if match is not None:
            found.append(match)
            i = match.last
        else:
            i += 1
    return found


def _match_at(
    tokens: list[Token], i: int, end: int, table: dict[str, list[tuple[tuple[str, ...], str, str]]]
) -> Trigger | None:
    if tokens[i].text.lower() in NOT_TRIGGERS:
        return None
    for form in dict.fromkeys(_forms(tokens[i])):
        for words, frame, pos in table.get(form, []):
            stop = i + len(words)
            if pos and tokens[i].pos != pos:
                continue
            if stop > end or any(word not in _forms(tokens[i + k]) for k, word in enumerate(words)):
                continue
            if len(words) == 1 and tokens[i].pos not in TRIGGER_POS and not tokens[i].text.isupper():
                continue
            return Trigger(frame, i, stop)
    return None


def cues_in(text: str) -> frozenset[str]:
    """Names of the cue classes whose words occur in `text`."""
    # A rocket-propelled grenade is a battlefield weapon, not a grenade attack.
    text = _RPG.sub("RPG", text)
    # Grenade launchers fire from a distance, as artillery does: no hand-thrown grenade.
    text = _LAUNCHER.sub("launchers", text)
    return frozenset(name for name, pattern in lexicon().cues.items() if pattern.search(text))
