"""Trigger and cue lexicons: finding event triggers among a sentence's tokens, cues in its text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.coding.resources import resource_text, tsv_rows
from frontlines.coding.syntax import sentence_memo
from frontlines.model import Sentence, Token

# Parts of speech a one-word trigger may have ("March" the month is a PROPN, not a protest).
TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})
# Words whose lemma looks like a trigger but never is one ("according to" is not an accord).
NOT_TRIGGERS = frozenset({"according"})
# Trigger verbs that say where something is when a preposition follows ("a police station located in
# the ward"), and find something only with an object ("located an explosive device").
WHERE_IT_IS = frozenset({"locate"})
# Trigger verbs that, followed by "in", tell taking part in what the next words name ("were engaged in
# the protests", "engaged in heavy fighting"): that is the event, if any.
TAKING_PART = frozenset({"engage"})
# Frames whose participle before a noun names a state, not an event ("displaced families").
STATE_WHEN_ADJECTIVE = frozenset({"DISPLACE"})
# Trigger verbs whose bare past participle tells a state, not a deed of the sentence ("to fix the
# school, damaged after the rains", "damaged houses"); "protesters damaged a bank" is one.
STATE_WHEN_PARTICIPLE = frozenset({"damage"})
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
    r"denouncing|(?<!was )(?<!were )(?<!been )(?:denounced|condemned)(?!\s+by\b)|condemning|marking|"
    r"anniversary of|in connection with|in the wake of|"
    r"demanding|opposing|commemorating|mourning|claiming|alleging|(?:to )?request(?:ing)?|"
    r"(?:to )?call(?:ing)? (?:for|on)|(?:for )?justice for|for justice|in memory of|"
    r"in (?:support|solidarity|defen[cs]e) (?:of|with)|following)\b"
)  # lower case only: "Parents Against Pit Latrines" names a group; a passive "was condemned
# by the governor, whose guards fired ..." tells who condemned, not what the crowd is against
# A grievance runs to the end of its phrase; ", and release of ..." goes on listing demands, and
# ", a student who set himself on fire" says who the grievance is about.
_CLAUSE_END = re.compile(
    r",(?!\s+and\s+(?:the\s+)?(?:release|return|justice|an end|compensation|punishment|arrest|withdrawal|"
    r"removal|reinstatement|resignation|trial|payment|restoration)\b)(?!\s+an?\s+(?:\d+-year-old|(?:[\w-]+\s+){0,2}"
    r"(?:student|man|woman|boy|girl|activist|journalist|teacher|worker|farmer|lawyer)\b))|[;.:()]|"
    r"\band\s+(?:the\s+)?(?:police|security|soldiers|troops|forces|officers)\b"
)
# A one-word name in brackets: an acronym or a short form ("(TUC)").
_SHORT_NAME = re.compile(r"\(([\w-]+)\)")
# A run of word characters and hyphens: a cue phrase starts and ends at the edges of such runs.
_RUN = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence: its frame and half-open token range."""

    frame: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class CuePhrase:
    """One phrase of a cue class, lower-cased, with the runs it is made of ("tear", "gas")."""

    name: str
    text: str
    runs: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger lemma sequences by their first lemma (longest first), compiled cue patterns, and
    the cue phrases by their first run, lower-cased ("anti-riot" of "anti-riot police")."""

    triggers: dict[str, list[tuple[tuple[str, ...], str, str]]]
    cues: dict[str, re.Pattern[str]]
    cue_phrases: dict[str, list[CuePhrase]]


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
    by_start: dict[str, list[CuePhrase]] = {}
    for name, phrases in rows:
        for cue in _cue_phrases(name, phrases.split("|")):
            by_start.setdefault(_first_run(cue.text), []).append(cue)
    return Lexicon(triggers, cues, by_start)


def _words_pattern(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _cue_phrases(name: str, phrases: list[str]) -> list[CuePhrase]:
    """A class's phrases, lower-cased with their runs: a text lacking any run of a phrase as a whole
    run of its own cannot match it (every phrase is ASCII and starts with a word character or hyphen)."""
    if not all(_RUN.match(p) is not None and p.isascii() for p in phrases):
        raise ValueError(f"cue phrases must be ASCII and start with a word character or hyphen: {phrases}")
    return [CuePhrase(name, p.lower(), frozenset(r.lower() for r in _RUN.findall(p))) for p in phrases]


def _first_run(text: str) -> str:
    run = _RUN.match(text)
    return run.group() if run else ""


def _forms(token: Token) -> tuple[str, str]:
    return token.lemma.lower(), token.text.lower()


def find_triggers(tokens: list[Token], sent: Sentence) -> list[Trigger]:
    """Triggers in a sentence, longest match first at each token, no token used twice (a sentence
    is scanned once inside `parse_memo`: events look again at the sentences next to theirs)."""
    return list(sentence_memo(tokens, sent, "triggers", lambda: _scan(tokens, sent)))


def _scan(tokens: list[Token], sent: Sentence) -> list[Trigger]:
    found: list[Trigger] = []
    table = lexicon().triggers
    i = sent.token_start
    while i < sent.token_end:
        lemma, word = _forms(tokens[i])
        # Most words start no trigger (the checks of `_match_at` only rule one out, but "striking").
        starts = lemma in table or word in table or lemma == "strike"
        match = _match_at(tokens, i, sent.token_end, table) if starts else None
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
    if tokens[i].lemma.lower() in TAKING_PART and i + 1 < end and tokens[i + 1].text.lower() == "in":
        return None
    if tokens[i].lemma.lower() in STATE_WHEN_PARTICIPLE and _bare_participle(tokens[i]):
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


def _bare_participle(token: Token) -> bool:
    """A past participle that modifies a word or hangs from a clause without an auxiliary of its own."""
    return token.tag == "VBN" and token.dep in ("amod", "acl", "advcl")


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


@lru_cache(maxsize=1024)
def grievance_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of what a protest is about in `text`: from a word such as "against" or "demanding"
    to the end of its phrase (a comma, a full stop, or the forces' reply: "and police fired ...")."""
    spans = []
    # A bracketed short name ("the killing of a union (TUC) leader") does not end the phrase; blanking its
    # brackets keeps the offsets.
    unbracketed = _SHORT_NAME.sub(r" \1 ", text)
    for found in _GRIEVANCE.finditer(text):
        end = _CLAUSE_END.search(unbracketed, found.end())
        spans.append((found.end(), end.start() if end else len(text)))
    return tuple(spans)


def without_grievances(text: str) -> str:
    """`text` with its grievances blanked out (offsets kept): what happened at the protest itself."""
    for start, end in grievance_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Rewrites made before cues are looked for, each with the words one of which any match of it holds.
_REWRITES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    # A rocket-propelled grenade is a battlefield weapon, not a grenade attack.
    (_RPG, "RPG", ("rocket",)),
    # Grenade launchers fire from a distance, as artillery does: no hand-thrown grenade.
    (_LAUNCHER, "launchers", ("launcher",)),
    (_NOT_A_WEAPON, "site", ("explosive", "bomb", "mine")),
    (_NAMED_MINE, r"\1 site", ("mine",)),
    (_RIOT_GEAR, "police", ("riot",)),
    (_PEACEFUL_CROWD, "demonstration", ("flash", "human")),
)


@lru_cache(maxsize=4096)
def cues_in(text: str) -> frozenset[str]:
    """Names of the cue classes whose words occur in `text`."""
    folded = text.lower()
    for pattern, replacement, words in _REWRITES:
        # An ASCII text without any of the words cannot match (lower() folds ASCII case as the
        # patterns do); any other text is rewritten anyway ("ſ" matches "s" under case folding).
        if not text.isascii() or any(word in folded for word in words):
            text = pattern.sub(replacement, text)
            folded = text.lower()
    table = lexicon()
    runs = {run.lower() for run in _RUN.findall(text)}
    if text.isascii():
        # In ASCII, lower-cased phrases found in the lower-cased text are what the patterns find.
        found = _phrases_in(folded, runs, table.cue_phrases)
        return frozenset(name for name in table.cues if name in found)
    # Only classes with a phrase starting at one of the text's runs can match. A run with other
    # than ASCII characters may match a phrase under case folding: search them all.
    every = not all(run.isascii() for run in runs)
    starting = {phrase.name for run in runs for phrase in table.cue_phrases.get(run, ())}
    return frozenset(
        name for name, pattern in table.cues.items() if (every or name in starting) and pattern.search(text)
    )


def _phrases_in(text: str, runs: set[str], phrases: dict[str, list[CuePhrase]]) -> set[str]:
    """Classes of the cue phrases that occur in the lower-cased ASCII `text` (whose runs are `runs`)
    as whole runs: what each class's pattern finds, without a regex search per class."""
    found: set[str] = set()
    for run in runs:
        for phrase in phrases.get(run, ()):
            if phrase.name not in found and phrase.runs <= runs and _whole(text, phrase.text):
                found.add(phrase.name)
    return found


def _whole(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` with no word character or hyphen either side of it."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if not (_run_char(text, start - 1) or _run_char(text, end)):
            return True
        start = text.find(phrase, start + 1)
    return False


def _run_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")
