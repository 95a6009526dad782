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
# Trigger verbs that say where something is when a preposition follows ("a police station located in
# the ward"), and find something only with an object ("located an explosive device").
WHERE_IT_IS = frozenset({"locate"})
# Frames whose participle before a noun names a state, not an event ("displaced families").
STATE_WHEN_ADJECTIVE = frozenset({"DISPLACE"})
_RPG = re.compile(r"\brocket[- ]propelled grenades?\b", re.IGNORECASE)
_LAUNCHER = re.compile(r"\bgrenade[- ]launchers?\b", re.IGNORECASE)
# Words about explosives that name no use of one: an explosives expert, a gold mine, "Karma Mine".
_NOT_A_WEAPON = re.compile(
    r"\b(?:explosives?|bomb|mine) (?:experts?|specialists?|disposal|squads?|technicians?|clearance|action)\b|"
    r"\b(?:gold|coal|copper|mining) mines?\b",
    re.IGNORECASE,
)
# "the Karma Mine" is a mining site.
_NAMED_MINE = re.compile(r"\b(?!The\b|This\b|That\b)([A-Z][a-z]+) Mine\b")
# A flash mob or a human barricade is a crowd gathered to make a point, not a mob or a barricade.
_PEACEFUL_CROWD = re.compile(r"\b(?:flash (?:mob|mobs)|human (?:barricade|barricades|chain|chains))\b",
                             re.IGNORECASE)
# "Riot police" and "anti-riot units" are the police, not a riot.
_RIOT_GEAR = re.compile(
    r"\b(?:anti-)?riot[- ](?:police(?:m[ae]n)?|officers?|squads?|units?|gear|control|shields?|forces)\b",
    re.IGNORECASE,
)
RIOT_GEAR_WORDS = frozenset(
    {"police", "policeman", "policemen", "officer", "squad", "unit", "gear", "control", "shield", "force"}
)
# What a protest is for or against: the grievance is told, it is not an event of the day
# ("marched against the killing of a student", "demanding the release of the detainees").
_GRIEVANCE = re.compile(
    r"\b(?:against|(?<!all )over(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand)|one|two|three|four|five|ten|"
    r"twenty|fifty|"
    r"hundreds?|thousands?|dozens?|\w+ty))|protesting|in protest (?:at|of|against|over)?|to protest|"
    r"to (?:denounce|condemn|demand|oppose|commemorate|honou?r|mourn|express|mark|support|show)|supporting|"
    r"denouncing|condemning|marking|anniversary of|in connection with|in the wake of|"
    r"demanding|opposing|commemorating|mourning|claiming|alleging|(?:to )?request(?:ing)?|"
    r"(?:to )?call(?:ing)? (?:for|on)|(?:for )?justice for|for justice|in memory of|"
    r"in (?:support|solidarity|defen[cs]e) (?:of|with)|following)\b"
)  # lower case only: "Action Group Against Plastic Pollution" names a group
# A grievance runs to the end of its phrase; ", and release of ..." goes on listing demands, and
# ", a student who set himself on fire" says who the grievance is about.
_CLAUSE_END = re.compile(
    r",(?!\s+and\s+(?:the\s+)?(?:release|return|justice|an end|compensation|punishment|arrest|withdrawal|"
    r"removal|reinstatement|resignation|trial|payment|restoration)\b)(?!\s+an?\s+(?:\d+-year-old|(?:[\w-]+\s+){0,2}"
    r"(?:student|man|woman|boy|girl|activist|journalist|teacher|worker|farmer|lawyer)\b))|[;.:()]|"
    r"\band\s+(?:the\s+)?(?:police|security|soldiers|troops|forces|officers)\b"
)
# A run of word characters and hyphens: a cue phrase starts and ends at the edges of such runs.
_RUN = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence: its frame and half-open token range."""

    frame: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger lemma sequences by their first lemma (longest first), compiled cue patterns, and
    the first runs of each cue class's phrases, lower-cased ("anti-riot" of "anti-riot police")."""

    triggers: dict[str, list[tuple[tuple[str, ...], str, str]]]
    cues: dict[str, re.Pattern[str]]
    cue_starts: dict[str, frozenset[str]]


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
    rows = list(tsv_rows(resource_text("events", "cues.tsv")))
    cues = {name: _words_pattern(phrases.split("|")) for name, phrases in rows}
    starts = {name: _first_runs(phrases.split("|")) for name, phrases in rows}
    return Lexicon(triggers, cues, starts)


def _words_pattern(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _first_runs(phrases: list[str]) -> frozenset[str]:
    """The lower-cased first run of each phrase: a text without any of them as a whole run cannot
    match the phrases' pattern (every phrase is ASCII and starts with a word character or hyphen)."""
    runs = [_RUN.match(p) for p in phrases]
    if not all(run is not None and p.isascii() for run, p in zip(runs, phrases, strict=True)):
        raise ValueError(f"cue phrases must be ASCII and start with a word character or hyphen: {phrases}")
    return frozenset(run.group().lower() for run in runs if run is not None)


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
    if tokens[i].text.lower() in NOT_TRIGGERS or _riot_gear(tokens, i, end) or _where_it_is(tokens, i, end):
        return None
    if _striking_workers(tokens, i, end):
        return Trigger("PROTEST", i, i + 1)  # "striking workers" are on strike, not attacking
    for form in dict.fromkeys(_forms(tokens[i])):
        for words, frame, pos in table.get(form, []):
            stop = i + len(words)
            if pos and tokens[i].pos != pos:
                continue
            if stop > end or any(word not in _forms(tokens[i + k]) for k, word in enumerate(words)):
                continue
            if len(words) == 1 and tokens[i].pos not in TRIGGER_POS and not tokens[i].text.isupper():
                continue
            if frame in STATE_WHEN_ADJECTIVE and tokens[i].dep == "amod":
                continue  # "displaced people" are in a state, not in an event
            return Trigger(frame, i, stop)
    return None


def _striking_workers(tokens: list[Token], i: int, end: int) -> bool:
    """ "striking workers", "striking public health workers": on strike, not attacking."""
    if tokens[i].lemma.lower() != "strike" or tokens[i].text.lower() != "striking":
        return False
    following = tokens[i + 1] if i + 1 < end else None
    return tokens[i].dep == "amod" or following is not None and following.pos in ("NOUN", "ADJ", "PROPN")


def _where_it_is(tokens: list[Token], i: int, end: int) -> bool:
    """ "located in": where something is, not something found."""
    following = tokens[i + 1] if i + 1 < end else None
    return tokens[i].lemma.lower() in WHERE_IT_IS and following is not None and following.pos == "ADP"


def _riot_gear(tokens: list[Token], i: int, end: int) -> bool:
    """ "riot" naming the police who face one ("riot police", "anti-riot units"), not a riot."""
    if tokens[i].lemma.lower() not in ("riot", "anti-riot"):
        return False
    words = [t.lemma.lower() for t in tokens[i + 1 : min(end, i + 3)] if t.text != "-"]
    return bool(words) and words[0] in RIOT_GEAR_WORDS


def grievance_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of what a protest is about in `text`: from a word such as "against" or "demanding"
    to the end of its phrase (a comma, a full stop, or the forces' reply: "and police fired ...")."""
    spans = []
    for found in _GRIEVANCE.finditer(text):
        end = _CLAUSE_END.search(text, found.end())
        spans.append((found.end(), end.start() if end else len(text)))
    return spans


def without_grievances(text: str) -> str:
    """`text` with its grievances blanked out (offsets kept): what happened at the protest itself."""
    for start, end in grievance_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@lru_cache(maxsize=4096)
def cues_in(text: str) -> frozenset[str]:
    """Names of the cue classes whose words occur in `text`."""
    # A rocket-propelled grenade is a battlefield weapon, not a grenade attack.
    text = _RPG.sub("RPG", text)
    # Grenade launchers fire from a distance, as artillery does: no hand-thrown grenade.
    text = _LAUNCHER.sub("launchers", text)
    text = _NAMED_MINE.sub(r"\1 site", _NOT_A_WEAPON.sub("site", text))
    text = _RIOT_GEAR.sub("police", text)
    text = _PEACEFUL_CROWD.sub("demonstration", text)
    table = lexicon()
    # Only classes with a phrase starting at one of the text's runs can match. A run with other
    # than ASCII characters may match a phrase under case folding ("ſ" is "s"): search them all.
    runs = {run.lower() for run in _RUN.findall(text)}
    every = not all(run.isascii() for run in runs)
    return frozenset(
        name
        for name, pattern in table.cues.items()
        if (every or not runs.isdisjoint(table.cue_starts[name])) and pattern.search(text)
    )
