"""Place spans the gazetteer finds in context: names inside organisation names, wire-style state
abbreviations after a town, repeats of names already found, and a state named after a town's comma."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from frontlines.gazetteer.index import Gazetteer
from frontlines.gazetteer.normalize import GENERIC_WORDS, fold, key_of
from frontlines.gazetteer.resolve import CUES, TOWN_CUES, Mention
from frontlines.gazetteer.store import COUNTRY_CODES, GazEntry
from frontlines.model import Entity

AREA_WORDS = frozenset({"county", "parish", "district", "province"})  # "Licking County Sheriff"
# "Louisville, Ky." or "Charleston, W.Va.", but not a route number ("Ky. 61").
_ABBREVIATION = re.compile(r"(?<=[a-z], )[A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,3}\.)*(?!\s*\d)")
_STATED = re.compile(r",\s*((?:[A-Z][a-z]*\.?\s?){1,3}?)(?=[,;:.)\s]|$)")

# What follows a wire dateline's city: perhaps its state or country, then a bracket or a dash
# ("WASHINGTON —", "DAYTON, Ohio (AP) —", "WHEELING, W.Va. --"); a hyphen after a space only
# ("WASHINGTON-based" is no dateline).
_DATELINE_TAIL = re.compile(r"(?:,[ ]*[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)?(?:[ ]*[(–—]|[ ]+-)")
DATELINE_CUE = "PPL"  # a dateline names a city
DATELINE_REACH = 10  # characters before a name searched for the end of a headline

# The plural of each area's kind word ("counties": ADM2), as written after a list of its names.
PLURAL_CUES = {(word[:-1] + "ies" if word.endswith("y") else word + "s"): code
               for word, code in CUES.items() if code not in TOWN_CUES}
_PLURAL_KIND = re.compile(rf"[ ]+({'|'.join(PLURAL_CUES)})\b", re.IGNORECASE)

# The people a place's name can qualify ("Dovra residents", "Dovra nurses"): who live or work there,
# and the armed men of a place's militia ("Dovra militiamen", "a Dovra communal militia"): where
# they come from, not where they struck. Not students or workers: a school's or a firm's name comes
# before them as often ("Harvard students"). A regex alternation, lowercase.
PLACE_PEOPLE = (r"residents|youths?|villagers|locals|inhabitants|journalists|traders|farmers|"
                r"herders|pastoralists|fishermen|nurses|teachers|doctors|"
                r"(?:communal\s+|ethnic\s+)?militia(?:s|men)?")
# Offices held for a place ("the Kelso governor", "Dovra MPs"): lower-case alternation, read in any case.
OFFICE_TITLES = r"governors?|senators?|mps?|mcas?|mayors?|lawmakers?|legislators?"
# What a pair of places can name by its ends ("the Dovra-Kelso road"). A regex alternation, any case.
ROAD_WORDS = r"(?i:road|highway|border|boundary|route)"
Spans = Iterator[tuple[int, int]]
STATE_CODES = COUNTRY_CODES | {"ADM1"}  # what a name inside an organisation's, or after a comma, must be
_WORD = re.compile(r"[\w.’'\-]+")
_KIND_OF = re.compile(rf"^(?:{'|'.join(sorted(GENERIC_WORDS))})\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def embedded_spans(text: str, entities: Sequence[Entity], gazetteer: Gazetteer, known: set[str]) -> Spans:
    """Places named inside an organisation's name ("the Texas Department of Health", "University of
    Georgia", "Kandahar Provincial Council"): a country or a province, a place the document
    names elsewhere (`known` name keys) when the organisation's name has more words than the place's,
    or the big city a university is named after ("University of Ardmere")."""
    for ent in entities:
        if ent.label != "ORG":
            continue
        words = list(_WORD.finditer(text, ent.start, ent.end))
        first = 1 if words and words[0].group().lower() == "the" else 0
        runs = [words[first:first + k] for k in (3, 2, 1)]
        of = [i for i, w in enumerate(words) if w.group() == "of"]
        if of:
            runs.append(words[of[-1] + 1:])
        for run in runs:
            if not run or not all(w.group()[:1].isupper() for w in run):
                continue
            start, end = run[0].start(), run[-1].end()
            end -= 2 if text[start:end].endswith(("'s", "’s")) else 0
            last = fold(run[-1].group())
            # "Ohio Department" would be found as "Ohio" by its generic word; "Licking County" is a name.
            if last in GENERIC_WORDS and last not in AREA_WORDS:
                continue
            name = " ".join(w.group() for w in run[:-1]) if last in AREA_WORDS else text[start:end]
            part = len(run) < len(words) - first
            university = bool(of) and run[0].start() > words[of[-1]].start() and _UNIVERSITY.match(
                words[first].group()) is not None
            if name and (_known_place(name, gazetteer, known if part else set())
                         or university and _big_city(name, gazetteer)):
                yield start, end
                break


# "University of Ardmere": a university named after a city is in it (but "Ardmere Health Ministry" is
# not placed by a city name alone). Only a big city: a small town's name is more often a founder's.
_UNIVERSITY = re.compile(r"Universit(?:y|ies)$")
UNIVERSITY_CITY_POPULATION = 100_000


def _big_city(name: str, gazetteer: Gazetteer) -> bool:
    """True when `name` is the main name of a town of `UNIVERSITY_CITY_POPULATION` or more."""
    key = key_of(name)
    return any(e.feature_code.startswith("PPL") and e.population >= UNIVERSITY_CITY_POPULATION
               and key in (key_of(e.name), key_of(e.asciiname)) for e in gazetteer.lookup(name))


def _known_place(name: str, gazetteer: Gazetteer, known: set[str]) -> bool:
    key = key_of(name)
    if key in known or gazetteer.abbreviation(name) is not None:
        return True
    # By one of its own names: "Free" of "Free Constitution Party" is not "Free State"; and an
    # acronym ("SUD Education") is no place unless a country's ("US", "UAE").
    acronym = name.isupper() and len(name) <= 5
    areas = gazetteer.lookup_kind(name, STATE_CODES)
    return any(name in e.alternate_names if acronym else key in _own_keys(e) for e in areas)


@lru_cache(maxsize=10_000)
def _own_keys(entry: GazEntry) -> frozenset[str]:
    # Its names, and what follows a leading kind ("District of Columbia": Columbia); not a name
    # cut before a trailing kind word that belongs to it ("Free State" is not "Free").
    names = (entry.name, entry.asciiname, *entry.alternate_names)
    kinds = (m.group(1) for n in names if (m := _KIND_OF.match(n)))
    return frozenset({key_of(n) for n in names} | {key_of(rest) for rest in kinds})


def abbreviation_spans(text: str, gazetteer: Gazetteer) -> Spans:
    """A wire-style state abbreviation after a town ("Louisville, Ky."), not a route ("Ky. 61")."""
    for match in matches_at(_ABBREVIATION, text, (at + 2 for at in occurrences(text, (", ",)))):
        if gazetteer.abbreviation(match.group()) is not None:
            yield match.start(), match.end()


def matches_at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches `regex.finditer(text)` finds, tried only at `starts`: ascending positions that
    include every one where a match can begin, found by a fast string search (a pattern led by a
    lookbehind or a word boundary is otherwise tried at every position). `regex` must not match
    an empty string."""
    reach = 0  # matches do not overlap: the next one begins where the last ended, or later
    for start in starts:
        if start >= reach and (match := regex.match(text, start)) is not None:
            reach = match.end()
            yield match


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Where any of `words` occurs in `text`, ascending."""
    found = []
    for word in words:
        at = text.find(word)
        while at != -1:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def repeated_spans(text: str, entities: Sequence[Entity], names: Iterable[str]) -> Spans:
    """Other occurrences of names already found as places: one name keeps one sense in a story,
    even where the tagger reads "Alexandria police" as a person. Not inside a longer person's name."""
    people = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    for name in sorted({n for n in names if len(n) > 3 and n[:1].isupper()}):
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            whole = (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == ".")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "’'-"))
            if whole and not any(s <= start and end <= e and (s, e) != (start, end) for s, e in people):
                yield start, end
            start = text.find(name, end)


def state_containers(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> None:
    """"Paris, Illinois" or "Paris, Mo." where the state is not itself a mention: it still contains X."""
    for mention in mentions:
        match = _STATED.match(text, mention.end)
        if mention.container is not None or match is None:
            continue
        name = match.group(1)
        outer = gazetteer.abbreviation(name)
        if outer is not None:
            mention.stated = [outer]
            continue
        key = key_of(name)  # the state's or country's own name, not a town that shares it
        mention.stated = [e for e in gazetteer.lookup_kind(name, STATE_CODES)
                          if key in (key_of(e.name), key_of(e.asciiname))]


def wording_cues(text: str, mentions: Sequence[Mention]) -> None:
    """Cue the kind of place the wording around a name says it is, where the name's own words do
    not: a wire dateline names a town ("WASHINGTON —" opening a story is the capital, not the state;
    see `is_dateline`); a list before a plural kind word names areas of that kind ("Lake, Porter
    and Jasper counties", "Helmand and Kandahar provinces"). `mentions` are in text order, their
    lists linked (`Mention.listed_with`)."""
    for i, mention in enumerate(mentions):
        if mention.cue is None and is_dateline(text, mention.start, mention.end):
            mention.cue = DATELINE_CUE
        kind = _PLURAL_KIND.match(text, mention.end)
        if kind is None:
            continue
        first = i
        while first > 0 and _listed_together(mentions[first - 1], mentions[first]):
            first -= 1
        # A plural after one name is no kind of it ("the Gulf states", "the Baltic states").
        for listed in mentions[first:i + 1] if first < i else ():
            listed.cue = listed.cue or PLURAL_CUES[fold(kind.group(1))]


def _listed_together(before: Mention, after: Mention) -> bool:
    return key_of(after.query) in before.listed_with and key_of(before.query) in after.listed_with


def is_dateline(text: str, start: int, end: int) -> bool:
    """True for a name in capitals opening the story or a line, or following its headline's full
    stop, and followed by a bracket or a dash (perhaps after its state): where wire copy and local
    papers name the city a story was filed from."""
    if not text[start:end].isupper():
        return False
    before = text[max(0, start - DATELINE_REACH):start].rstrip(" \t")
    opens = before.endswith(("\n", ".", "!", "?")) or (not before and start <= DATELINE_REACH)
    return opens and _DATELINE_TAIL.match(text, end) is not None
