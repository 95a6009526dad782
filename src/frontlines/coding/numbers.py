"""Counts in news text by ACLED's rules: the lowest figure, fixed values for vague quantities.

Vague words: "a few"/"several" 3, "a dozen"/"dozens" 12, "scores" 20, "hundreds" 100,
"thousands" 1000, "tens of thousands" 10000 (the smallest reading of the word, as ACLED does
for "hundreds"). "Casualties" or "heavy losses" with no figure give no count (fatalities 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}  # fmt: skip
VAGUE = {
    "a few": 3, "few": 3, "several": 3, "a dozen": 12, "dozens of": 12, "dozens": 12, "scores of": 20,
    "scores": 20, "hundreds of": 100, "hundreds": 100, "tens of thousands of": 10000,
    "tens of thousands": 10000, "thousands of": 1000, "thousands": 1000, "a handful of": 3,
}  # fmt: skip
_WORD = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{'|'.join(TENS)})[- ](?:{'|'.join(UNITS)})|{_VAGUE}|"
    rf"(?:a|one|two|three|four|five|\d+) (?:hundred|thousand)|{_WORD})"
)
HEDGES = (
    "at least", "more than", "over", "some", "about", "around", "nearly", "almost", "up to", "as many as",
    "an estimated",
)  # fmt: skip
HEDGE = rf"(?:(?:{'|'.join(HEDGES)}) )?"
# The letters a figure, or the words before it, can start with: the search skips other words at once.
_STARTS = "".join(sorted({w[0] for w in (*UNITS, *TENS, *VAGUE, *HEDGES, "a", "between")}))
QUANTITY = re.compile(
    rf"\b(?=[\d{_STARTS}])(?:between (?P<b>{NUMBER}) and (?P<c>{NUMBER})"
    rf"|{HEDGE}(?P<n>{NUMBER})(?:\s*(?:-|to|or)\s*(?P<m>{NUMBER}))?)\b",
    re.IGNORECASE,
)

DEAD = (
    r"(?:(?:shot|stabbed|beaten|hacked|tortured|attacked|abducted|ambushed|kidnapped) and killed|"
    r"killed|killing|dead|died|slain|shot dead|deaths|fatalities|fatality|bodies|lives|perished|"
    r"massacred|executed)"
)
# "killed a woman", "killing a regime soldier", "shot dead an officer": one victim.
ONE_VICTIM = re.compile(
    r"\b(?:killed|killing|shot dead|murdered|executed|beheaded|lynched)\s+(?:a|an|one)\s+(?!number\b|few\b)",
    re.IGNORECASE,
)
# "killed seven men and three women", "killing two women and a child": the victims add up.
VICTIM_SUM = re.compile(
    rf"\b(?:killed|killing)\s+(?P<a>{NUMBER}|an?)\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+(?P<b>{NUMBER}|an?)\s+[\w-]+",
    re.IGNORECASE,
)
# "two soldiers and three civilians were killed", "two gendarmes (one off duty) and a trader were killed": the
# victims named before a passive verb of death add up too.
_VICTIMS = r"[\w-]+(?:\s+[\w-]+)?(?:\s+\([^()]{1,30}\))?"
_PASSIVE_DEATH = r"(?:were|have been|had been)\s+(?:killed|shot dead|slain|murdered|executed)\b"
PASSIVE_DEATH = re.compile(rf"\b{_PASSIVE_DEATH}", re.IGNORECASE)
# A year or a day of the month is no figure of victims ("In 2019 soldiers and ...", "On 12 May ..."),
# and victims listed after "including" or "among them" are part of a toll told before them.
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
PASSIVE_VICTIM_SUM = re.compile(
    rf"(?<!including )(?<!among them )(?<!among whom )(?<!of whom )\b(?!(?:1[89]|20)\d\d\b)"
    rf"(?P<a>{NUMBER})\s+(?!{_MONTHS}\b|\d|(?:{_WORD})\b){_VICTIMS}\s+and\s+(?P<b>{NUMBER}|an?)\s+{_VICTIMS}\s+{_PASSIVE_DEATH}",
    re.IGNORECASE,
)
INJURED = r"(?:injured|wounded|hurt|injuries|wounding|injuring)"
ARRESTED = r"(?:arrested|detained|apprehended|arrests|held|rounded up|taken into custody|nabbed)"
PARTICIPANTS = (
    r"(?:protesters|protestors|demonstrators|people|supporters|activists|workers|students|farmers|"
    r"teachers|marchers|residents|women|troops|soldiers|fighters|militants|personnel|policemen|"
    r"police officers|reservists|members|drivers|traders|doctors|nurses)"
)
CROWD_OF = re.compile(
    rf"\b(?:crowd|group|gathering|convoy|force|contingent) of {HEDGE}(?P<n>{NUMBER})", re.IGNORECASE
)
STRONG = re.compile(r"\b(?P<n>\d[\d,]*)-strong\b")
PARTICIPANTS_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PARTICIPANTS}\b", re.IGNORECASE)
NO_DEATHS = re.compile(
    r"\b(?:no (?:one|body) (?:was|were) killed|no (?:deaths|fatalities|casualties)|nobody was killed)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Counts:
    """Counts found in one stretch of text; None where nothing was reported."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    participants: int | None = None


def to_int(phrase: str) -> int | None:
    """The value of one number phrase: "12", "1,200", "twenty-two", "a dozen", "dozens", "two hundred"."""
    words = phrase.lower().strip()
    if words.replace(",", "").isdigit():
        return int(words.replace(",", ""))
    if words in VAGUE:
        return VAGUE[words]
    if words in UNITS:
        return UNITS[words]
    if words in TENS:
        return TENS[words]
    parts = re.split(r"[- ]", words)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
        return TENS[parts[0]] + UNITS[parts[1]]
    if len(parts) == 2 and parts[1] in ("hundred", "thousand"):
        base = 1 if parts[0] in ("a", "one") else to_int(parts[0])
        return None if base is None else base * (100 if parts[1] == "hundred" else 1000)
    return None


def lowest(phrase_match: re.Match[str]) -> int | None:
    """The lower end of a quantity match ("10 to 15" -> 10)."""
    groups = phrase_match.groupdict()
    values = [to_int(g) for key in ("n", "m", "b", "c") if (g := groups.get(key))]
    known = [v for v in values if v is not None]
    return min(known) if known else None


ASIDE = re.compile(r",\s+(?:including|among them|mostly|most of them)\s[^,.;]{1,50},", re.IGNORECASE)


NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
TOLL_BEFORE = re.compile(r"\btoll\b(?:\s+\w+){0,3}\s+(?:to|of|at)\s+$", re.IGNORECASE)


@cache
def _ties(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns tying a figure to `word` (a regex of words): the word after it, and before it."""
    # No comma or "and" between the figure and the word, so "killed 5 and injured 12" keeps apart.
    ahead = rf"(?:\s+(?!and\b)[\w-]+){{0,6}}?\s+(?:(?:were|was|have been|had been|are|being)\s+)?{word}\b"
    hedge = r"(?:(?:at least|more than|some|about|around|nearly)\s+)?"
    return re.compile(ahead, re.IGNORECASE), re.compile(rf"\b{word}\s+{hedge}$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _quantities(text: str) -> tuple[tuple[re.Match[str], int | None], ...]:
    """Every figure in `text` with its lowest value (each text is searched for several kinds of
    count in turn)."""
    return tuple((match, lowest(match)) for match in QUANTITY.finditer(text))


@lru_cache(maxsize=1024)
def _around(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The words before and after the figure at `start`..`end` of `text` (each figure is tied to
    several kinds of count in turn); None when "no" stands before it."""
    before = text[max(0, start - 40) : start]
    if NO_BEFORE.search(before):
        return None
    # "15 people, including two officers, were injured": the aside does not part figure and word.
    return before, ASIDE.sub("", text[end : end + 120])[:60]


def _tied(text: str, match: re.Match[str], word: str, toll: bool = False) -> bool:
    """Whether the figure in `match` counts `word`: "12 (people) (were) killed", "killing 12"."""
    around = _around(text, match.start(), match.end())
    if around is None:
        return False
    before, after = around
    word_after, word_before = _ties(word)
    ahead = word_after.match(after)
    if ahead and "," not in after[: ahead.end()]:
        return True
    if word_before.search(before):
        return True
    return toll and bool(TOLL_BEFORE.search(before))


def _count(text: str, word: str, toll: bool = False) -> int | None:
    """The lowest figure in `text` tied to `word` (a regex of words)."""
    figures = [
        value
        for match, value in _quantities(text)
        if value is not None and _tied(text, match, word, toll)
    ]
    return min(figures) if figures else None


def participants(text: str) -> int | None:
    """A crowd or troop size: "2,000 protesters", "a crowd of 300", "a 500-strong force"."""
    crowd = CROWD_OF.search(text)
    if crowd:
        return lowest(crowd)
    strong = STRONG.search(text)
    if strong:
        return lowest(strong)
    for match, value in _quantities(text):
        if any(_tied(text, match, word) for word in (DEAD, INJURED, ARRESTED)):
            continue  # "45 protesters were arrested" counts arrests, not the crowd
        if PARTICIPANTS_AFTER.match(text, match.end()):
            return value
    return None


def victims(text: str) -> int | None:
    """The death toll in `text`: a figure tied to a word of death, a sum of victims, or one victim."""
    total = VICTIM_SUM.search(text)
    if total is None and " and " in text and PASSIVE_DEATH.search(text):
        total = PASSIVE_VICTIM_SUM.search(text)  # searched only where its verb is (it starts at any figure)
    if total:
        first, second = (1 if x.lower() in ("a", "an") else to_int(x) for x in (total["a"], total["b"]))
        if first is not None and second is not None:
            return first + second
    dead = _count(text, DEAD, toll=True)
    if dead is None and ONE_VICTIM.search(text):
        return 1
    return dead


def find_counts(text: str, with_participants: bool = False) -> Counts:
    """Dead, injured and arrested counts in `text`; participants only when asked (protests, troops)."""
    dead = victims(text)
    if dead is None and NO_DEATHS.search(text):
        dead = 0
    return Counts(
        dead=dead,
        injured=_count(text, INJURED),
        arrested=_count(text, ARRESTED),
        participants=participants(text) if with_participants else None,
    )


LOSSES = re.compile(
    r"\b(?:heavy|huge|serious|significant|many) (?:losses|casualties)\b|\bcasualties\b", re.IGNORECASE
)


def unknown_losses(text: str) -> bool:
    """Losses are reported without a figure ("suffered heavy losses", "casualties")."""
    return bool(LOSSES.search(text))
