"""The places stage: find toponyms, resolve them against the gazetteer, and map them to event locations."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import ClassVar

from frontlines.gazetteer import Gazetteer
from frontlines.gazetteer.index import entry_name_keys
from frontlines.gazetteer.normalize import GENERIC_WORDS, fold, key_of
from frontlines.gazetteer.resolve import (
    CUES,
    GUESS,
    LONE_POPULATION,
    MIN_SCORE,
    SURE_POPULATION,
    Mention,
    area_rank,
    name_fit,
    resolve,
)
from frontlines.gazetteer.spans import (
    OFFICE_TITLES,
    PLACE_PEOPLE,
    ROAD_WORDS,
    abbreviation_spans,
    embedded_spans,
    matches_at,
    occurrences,
    repeated_spans,
    state_containers,
    wording_cues,
)
from frontlines.gazetteer.store import AROUND_CODE, TERRAIN_CODES, GazEntry
from frontlines.gazetteer.variants import NOT_ALONE
from frontlines.model import Analysis, Document, Entity, Location, Place
from frontlines.stage import Stage

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Armed groups and bodies that share a name with a village somewhere; never places in conflict news.
ACTOR_NAMES = frozenset(fold(n) for n in (
    "Taliban", "Hamas", "Hezbollah", "Hizbollah", "ISIS", "ISIL", "IS", "Daesh", "al-Qaeda", "al-Shabaab",
    "Boko Haram", "Houthis", "Houthi", "Wagner", "NATO", "UN", "EU", "AU", "Pentagon", "Kremlin",
    "Mujahideen", "Peshmerga", "YPG", "SDF", "PKK", "HTS", "ISKP", "Ansar Allah",
))
LEADING_NOISE = frozenset({"the", "northern", "southern", "eastern", "western", "central", "north", "south",
                           "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
                           "north-eastern", "north-western", "south-eastern", "south-western", "greater",
                           "northeast", "northwest", "southeast", "southwest"})
# A capitalised run of up to four words, allowing lowercase particles inside, up to two at a
# time ("Tell ez-Orvo", "Vado de la Ferrin Ostal").
_PARTICLE = (r"(?:al|el|ad|ez|as|ash|an|ar|at|e|i|y|de|du|la|le|las|los|of|do|da|dos|das|del|des|von|van|"
             r"der|upon)")
# Its words are possessive: a name ends where a word does (at a space or a stop), so splitting a
# hyphenated word finds no other match, and trying it would cost most of the search's time.
_NAME = rf"[A-Z][\w’'\-]*+(?:(?:\s|-)(?:{_PARTICLE}(?:\s|-)){{0,2}}[A-Z][\w’'\-]*+){{0,3}}"
_CUE = "|".join(CUES)
# "(the northern) district of X": what comes before the kind word changes neither group, so it is
# not matched (trying it at every word is most of the search's time).
_AREA_OF = re.compile(rf"\b(?P<kind>{_CUE})\s+of\s+(?P<name>{_NAME})")
_KIND_OF = re.compile(rf"\b(?P<kind>{_CUE})\s+of\s+$")  # "the state of " before a name
# Lowercase kind only: in "Kansas City" or "Henry County" the word is part of the name; but a kind
# word short enough to be an abbreviation is written in capitals ("Dovra LGA").
_CUE_CAPS = "|".join(word.upper() for word in CUES if len(word) <= 3)
_NAME_AREA = re.compile(rf"(?P<name>{_NAME})\s+(?P<kind>{_CUE}|{_CUE_CAPS})\b")
# The kind words of a place written after its name, before its container ("Kessa village, Olmara",
# "Vell territorial community (Dorn)"): where the place lies, whatever kind it is.
_PLACE_KINDS = (r"village|town|city|district|municipality|township|county|commune|groupement|department|"
                r"(?:territorial\s+)?community|locality|area|ward|sector|camp|settlement|neighbou?rhood")
# "X, Y", "X in the Y", "X (Y)" and "X village (Y township, ...)": Y contains X.
_CONTAINED = re.compile(
    rf"^(?:\s+(?:{_PLACE_KINDS}))?"
    r"(?:,\s*|\s+in\s+(?:the\s+)?|,\s+in\s+(?:the\s+)?|\s*\(\s*)$"
)


class Caseless:
    """A case-insensitive pattern, its letters written in lowercase. In ASCII text it is searched
    as a case-sensitive one in the lowercased text, over twice as fast: ASCII letters have no
    other case forms there (as "ſ" is an "s" and "K" a "k" elsewhere)."""

    def __init__(self, pattern: str) -> None:
        self._lowered = re.compile(pattern)
        self._caseless = re.compile(pattern, re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        """True when the pattern matches somewhere in `text`, in any case."""
        if text.isascii():
            return self._lowered.search(text.lower()) is not None
        return self._caseless.search(text) is not None


# "in central Dovra", "across northern Vell": a part of a place is named by a direction before its name.
_LOCATIVE = Caseless(
    r"\b(?:in|near|at|from|outside|around|into|through|towards?|within|across|shelled|shelling|"
    r"bombed|bombing|raided|stormed|overran|overrun|overtook|"
    r"(?:villages?|towns?|city|cities|capital|outskirts|streets|residents|inhabitants|"
    r"people|(?:north|south|east|west)(?:east|west)?) of)"
    r"\s+(?:(?:central|downtown|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)\s+)?$"
)
# "Dovra residents", "the Kelso governor", "Quessa polling station": a name that qualifies the people
# or the offices of a place names that place, as "in" before it would. Supporters, fans and the like
# are left out: they follow people's names as often ("the Hadley supporters").
_PLACE_OFFICES = (rf"{OFFICE_TITLES}|governorship|constituency|polling (?:station|centre|center)|"
                  r"county offices|beach")
_MODIFIES_PLACE_PEOPLE = Caseless(rf"^\s+(?:{PLACE_PEOPLE}|{_PLACE_OFFICES})\b")
# "the Kelso Governor (Ann Tull)": an office's title written in capitals, and all after it, is not
# part of the name before it.
_TITLE = re.compile(r"\s+(?:Governor|Senator|MP|MCA|Mayor)\b")
# "Five Dovra nurses": a number before a name is not part of it.
_NUMBER_HEAD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Scores)\s+")
# "Zarvinka, ", "Bucksport (", "Vell territorial community, ": a name (and its kind word), then what opens
# its container; not a kind word alone ("thanked the whole community, Dravka said").
_CONTAINER_OPENING = re.compile(rf"\b[A-Z][\w’'\-]*(?:\s+(?:{_PLACE_KINDS}))?(?:,\s*|\s*\(\s*)$")
# A dateline opens a story or a line: "LASHKAR GAH, Afghanistan, Aug 26 -", "NAIROBI (Reuters) -".
_DATELINE_END = re.compile(r"\s*(?:,|\(|-|–|—)")
# Streets and squares name addresses, not the places events are coded at ("Lindor Square" is no
# village Lindor); a landmark ("Kandahar Airport", "Henderson County Jail") stands for the place it
# is named after, when that is a known place.
STREET_WORDS = frozenset({"road", "roads", "street", "streets", "st", "avenue", "avenues", "ave", "drive",
                          "highway", "boulevard", "lane", "square"})
LANDMARK_WORDS = frozenset({
    "hall", "jail", "prison", "station", "office", "department", "hospital", "school", "university",
    "airport", "airfield", "base", "mosque", "church", "market", "bridge", "dam", "camp",
})
FUNCTION_WORDS = frozenset({"the", "this", "that", "a", "an", "its", "their", "his", "her", "our", "any"})
# "X Valley", "X Pass": when the gazetteer lacks the feature, the place or area named X stands in
# for it, at the precision of a region (the feature code the wording names).
TERRAIN_WORDS: dict[str, str] = {
    "valley": "VAL", "pass": "PASS", "gorge": "GRGE", "mountains": "MTS", "mountain": "MT", "hills": "HLLS",
    "heights": "HLLS", "plain": "PLN", "plains": "PLN", "desert": "DSRT", "river": "STM",
}
# The same before the name: "Lake Lanier" is placed by Lanier when the gazetteer lacks the lake.
LEADING_TERRAIN: dict[str, str] = {"lake": "LK", "mount": "MT", "mt.": "MT", "river": "STM"}
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Capitalised words that look up to some village but, in news, are dates, ranks, headline words
# or institutions ("in Congress", "appeared in Court").
NOT_PLACES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "first", "second", "third", "man", "federal", "union", "earth", "christmas",
    "congress", "court", "church", "police",
})
MIN_RUN_POPULATION = 100_000  # a bare capitalised word must name a big place to be taken without NER
MIN_PLACED_POPULATION = 20_000  # after a locative word, a town this big is taken without NER
MAX_UNIQUE_READINGS = 3  # ... or one of some size with this few readings, all in one country
# A province this big, or a country, after "Town, " or "Town (" is taken whatever the tagger
# says; smaller provinces share their names with people ("Nelson", "Paul").
MIN_CONTAINER_POPULATION = 500_000



class PlaceResolver(Stage):
    """Toponyms from NER, wording patterns and the gazetteer, resolved in the document's context."""

    name: ClassVar[str] = "places"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "analysis", "marked_places"})
    provides: ClassVar[frozenset[str]] = frozenset({"places"})

    def __init__(self, gazetteer: Gazetteer | None = None, min_score: float | None = None) -> None:
        self._gazetteer = gazetteer
        # None: detected mentions need MIN_SCORE to be resolved, pre-marked ones take the best guess.
        self.min_score = min_score

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def __call__(self, doc: Document) -> Document:
        if doc.marked_places:
            mentions = [mention_for_span(doc.text, span.start, span.end) for span in doc.marked_places]
        else:
            mentions = find_mentions(doc.text, doc.analysis or Analysis(), self.gazetteer)
        link_containers(doc.text, mentions)
        link_lists(doc.text, mentions)
        wording_cues(doc.text, mentions)
        state_containers(doc.text, mentions, self.gazetteer)
        for mention in mentions:  # "Bogota, D.C.": no state of the United States contains Bogota
            if mention.stated and after_foreign_capital(doc.text, mention.end + 1, self.gazetteer,
                                                        mention.text):
                mention.stated = []
        min_score = self.min_score
        if min_score is None:
            min_score = GUESS if doc.marked_places else MIN_SCORE
        resolved = resolve(mentions, self.gazetteer, min_score, loose=bool(doc.marked_places))
        outer = {m.container for m in mentions if m.container is not None}
        doc.places = [
            to_place(m, r.entry, r.score, around=is_town(r.entry) and i not in outer
                     and names_surroundings(doc.text, m))
            for i, (m, r) in enumerate(zip(mentions, resolved, strict=True))
            if m.candidates or doc.marked_places or placed_by_wording(doc.text, m)
        ]
        return doc


def placed_by_wording(text: str, mention: Mention) -> bool:
    """True when the words around a name the gazetteer lacks say it is a place ("near Kansafra",
    "X district"): without that, such a name is more often a person the tagger misread."""
    before = text[max(0, mention.start - 30):mention.start]
    return bool(mention.cue or mention.terrain or _LOCATIVE.found_in(before))


def mention_for_span(text: str, start: int, end: int) -> Mention:
    """A mention for exactly `text[start:end]`; the query drops lowercase noise ("the northern",
    "province") and a kind word in capitals ("LGA"), while capitalised words stay: "West Bank",
    "Kansas City" are names."""
    words = text[start:end].split()
    while len(words) > 1 and _is_noise(words[0]):
        words = words[1:]
    cue = CUES.get(fold(words[-1])) if len(words) > 1 else None
    if cue is not None and (words[-1].islower() or words[-1].isupper()):  # "province", "LGA"
        words = words[:-1]
    after = _WORD_AFTER.match(text, end, end + 20) if cue is None else None
    if after:
        cue = CUES.get(fold(after.group(1)))
    before = _kind_before(text, start) if cue is None else None
    if before:  # "the state of Washington"
        cue = CUES[fold(before.group("kind"))]
    query = " ".join(words).removesuffix("'s").removesuffix("’s") or text[start:end]
    # "Northern Helmand" at a sentence start: try the name without the direction if the whole fails.
    fallback = " ".join(words[1:]) if len(words) > 1 and fold(words[0]) in LEADING_NOISE else None
    terrain = TERRAIN_WORDS.get(fold(words[-1])) if len(words) > 1 else None
    if terrain:
        fallback = " ".join(words[:-1])
    elif len(words) > 1 and fold(words[0]) in LEADING_TERRAIN:  # "Lake Ontario", "Mount Hermon"
        terrain, fallback = LEADING_TERRAIN[fold(words[0])], " ".join(words[1:])
    return Mention(start, end, text[start:end], query, cue, fallback=fallback, terrain=terrain)


_WORD_AFTER = re.compile(r"\s+(\w+)")


def _kind_before(text: str, start: int) -> re.Match[str] | None:
    # `_KIND_OF` in the 30 characters before `start`, searched only when they end with "of".
    if not text[max(0, start - 30):start].rstrip().endswith("of"):
        return None
    return _KIND_OF.search(text, max(0, start - 30), start)


def _is_noise(word: str) -> bool:
    return word in ("the", "The") or (word.islower() and fold(word) in LEADING_NOISE)


_WORD_AND_SPACE = re.compile(r"\S+\s*")
_GENERIC_TAIL = re.compile(rf"\s+({'|'.join(GENERIC_WORDS)})$")
_SPACED_DASH = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+|\s*[-–—]$")
_NON_SPACE = re.compile(r"\S+")
_NAME_RUN = re.compile(_NAME)
_STATED_AFTER = re.compile(r"\s*([A-Z][\w.]*)")


def trimmed_mention(text: str, start: int, end: int) -> Mention | None:
    """A mention for a detected span, trimmed to the name ("the northern Wenda province" ->
    "Wenda"); a span the tagger ends inside a bracket ("Grellen (Obertal") ends before it."""
    span = text[start:end]
    for match in _WORD_AND_SPACE.finditer(span):  # drop leading noise words one by one
        if not _is_noise(match.group().strip()):
            break
        start += len(match.group())
    span = text[start:end]
    if "(" in span and ")" not in span:
        end = start + len(span[:span.index("(")].rstrip())
        span = text[start:end]
    tail = _GENERIC_TAIL.search(span)
    cue = CUES.get(fold(tail.group(1))) if tail else None
    if tail and tail.start() > 0:
        end = start + tail.start()
    title = _TITLE.search(text, start, end)
    if title:
        end = title.start()
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    if end <= start:
        return None
    mention = mention_for_span(text, start, end)
    mention.cue = mention.cue or cue
    return mention


def find_mentions(text: str, analysis: Analysis, gazetteer: Gazetteer) -> list[Mention]:
    """Detected toponyms, in text order, without overlaps, demonyms or actor names."""
    demonyms = gazetteer.demonyms()
    found: list[Mention] = []
    for mention in _pattern_mentions(text):
        _add(found, mention)
    for mention in _road_ends(text, gazetteer):
        _add(found, mention)
    entities = (part for e in analysis.entities if e.label in PLACE_LABELS or "," in e.text
                for whole in _comma_parts(text, e, gazetteer) for part in _parts(text, whole))
    for ent in entities:
        start, end = _drop_facility(text, *_widen(text, ent.start, ent.end), gazetteer)
        end = join_particles(text, start, end, gazetteer)
        start = join_particles_before(text, start, end, gazetteer)
        end = join_known_tail(text, start, end, gazetteer)
        if text[end:end + 1] == "." and gazetteer.abbreviation(text[start:end + 1]):
            end += 1  # the tagger leaves the final dot of "W.Va." out
        m = trimmed_mention(text, start, end) if end > start else None
        m = m and keep_possessive(text, m, gazetteer)
        if m and _is_name(m.query) and (ent.label != "FAC" or gazetteer.lookup(m.query)):
            _add(found, _settle(text, m, gazetteer))
    for start, end in bracket_chain_spans(text, gazetteer):
        _add(found, mention_for_span(text, start, end))
    found = [m for m in found if (not is_actor_word(m.query, demonyms) or names_country(m.query, gazetteer))
             and not after_foreign_capital(text, m.start, gazetteer)]
    seeds = list(found)  # names the tagger or the wording mark as places (not bare capitalised runs)
    runs = list(_NAME_RUN.finditer(text))  # capitalised runs, for containers and for places alone
    openings = {m.start() for m in runs if after_container_opening(text, m.start())}
    contained = (m.group() for m in runs if m.start() in openings)
    focus = _likely_countries(found, gazetteer) | container_countries(contained, gazetteer)
    blocked = SpanSet((e.start, e.end) for e in analysis.entities if e.label not in PLACE_LABELS)
    # "in May": after a locative word a run may override the tagger, but not its dates and numbers.
    dates = SpanSet((e.start, e.end) for e in analysis.entities if e.label in NUMERIC_LABELS)
    for mention in _run_mentions(text, runs, openings, analysis, gazetteer, focus, blocked, dates):
        if not is_actor_word(mention.query, demonyms):
            if mention.cue == "LOCATIVE":
                seeds.append(mention)
            mention.cue = None
            _add(found, mention)
    # Names found, and the places terrain is named after ("Licking Valley": Licking).
    known = {key_of(m.query) for m in found}
    known |= {key_of(m.fallback) for m in found if m.terrain and m.fallback}
    abbreviations = [(s, e) for s, e in abbreviation_spans(text, gazetteer)
                     if not after_foreign_capital(text, s, gazetteer)]
    extra = [*embedded_spans(text, analysis.entities, gazetteer, known), *abbreviations]
    for mention in (mention_for_span(text, start, end) for start, end in extra):
        if not is_actor_word(mention.query, demonyms):
            _add(found, mention)
    for start, end in repeated_spans(text, analysis.entities, {m.text for m in seeds if m.text == m.query}):
        if _may_add(found, start, end):  # most repeats are the names found: their mentions are not built
            _add(found, mention_for_span(text, start, end))
    return sorted((m for m in found if _is_name(m.query) and fold(m.query) not in NOT_PLACES
                   and not names_other(text, m)), key=lambda m: m.start)


# "the Vanta and Orlo Avenues": the first name of a list of streets is a street's too.
_STREETS_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Avenues|Streets|Roads)\b")
# "Orvo Rebellion", "Kessa Resolve", "the Lanta Group": a name before the capitalised head word
# of a movement's, an exercise's or a body's name is part of that name; "the US dollar" names a
# currency.
_NOT_PLACE_AFTER = re.compile(
    r"\s+(?:Rebellion|Resolve|Group|Union|dollars?|pounds?|euros?|liras?|dinars?|rials?|riyals?|"
    r"shillings?|naira|rupees?|pesos?|francs?|roubles?|rubles?|hryvnias?)\b"
)


def names_other(text: str, mention: Mention) -> bool:
    """True when the mention is part of the name of something other than a place: a street or a
    square ("Lindor Square", the first of "the Vanta and Orlo Avenues"), even when some town bears
    the whole name, an organisation, a movement or an exercise ("Orvo Rebellion"), or a currency
    ("the US dollar")."""
    words = mention.text.split()
    square = len(words) > 1 and words[-1][:1].isupper() and fold(words[-1]) in STREET_WORDS
    after = _STREETS_AFTER.match(text, mention.end) or _NOT_PLACE_AFTER.match(text, mention.end)
    return square or after is not None


def _parts(text: str, ent: Entity) -> Iterator[Entity]:
    """An entity split at a spaced dash: "Ciudad de Mexico - Cuauhtemoc" names a city and a district
    of it (ACLED's "City - District"), and "Sao Goncalo -" is a name and a stray dash. Most
    entities have no dash: such an entity is its own part."""
    span = text[ent.start:ent.end]
    if "-" not in span and "–" not in span and "—" not in span:
        if ent.end > ent.start:
            yield ent
        return
    start = ent.start
    for match in _SPACED_DASH.finditer(span):
        if ent.start + match.start() > start:
            yield Entity(start, ent.start + match.start(), ent.label, text[start:ent.start + match.start()])
        start = ent.start + match.end()
    if ent.end > start:
        yield Entity(start, ent.end, ent.label, text[start:ent.end])


_COMMA = re.compile(r",\s*")


def _comma_parts(text: str, ent: Entity, gazetteer: Gazetteer) -> Iterator[Entity]:
    """The places of an entity that joins names "X, Y", where Y is known and the whole is not:
    "in Nyalenda, Kisumu" (often tagged as one organisation) names a place inside Kisumu, as
    "Orvasta, Kellin" tagged as one place does. A place entity without a comma is as it is; one of
    another kind is a place only after a locative word."""
    if ent.label in PLACE_LABELS and "," not in ent.text:
        yield ent
        return
    if ent.label not in PLACE_LABELS and (
            ent.label in NUMERIC_LABELS or not _LOCATIVE.found_in(text[max(0, ent.start - 20):ent.start])):
        return
    cuts = [ent.start, *(x for m in _COMMA.finditer(text, ent.start, ent.end) for x in m.span()), ent.end]
    parts = [Entity(a, b, "GPE", text[a:b]) for a, b in zip(cuts[::2], cuts[1::2], strict=True) if b > a]
    names = all(_NAME_RUN.fullmatch(p.text) for p in parts)
    if len(parts) > 1 and names and not gazetteer.lookup(ent.text) and gazetteer.lookup(parts[-1].text):
        yield from parts
    elif ent.label in PLACE_LABELS:
        yield ent


def _drop_facility(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """"Kandahar Airport" -> "Kandahar"; "Cooper Street" -> nothing (an address)."""
    words = list(_NON_SPACE.finditer(text[start:end]))
    last = fold(words[-1].group()).rstrip(".") if len(words) > 1 else ""
    if last in STREET_WORDS:
        return start, start
    if last not in LANDMARK_WORDS:
        return start, end
    while words and fold(words[-1].group()).rstrip(".") in LANDMARK_WORDS | {"air"}:
        words.pop()
    rest = text[start:start + words[-1].end()] if words else ""
    known = fold(words[-1].group()) in GENERIC_WORDS if words else False
    return (start, start + len(rest)) if rest and (known or gazetteer.lookup(rest)) else (start, start)


_NOT_NAMES = LEADING_NOISE | GENERIC_WORDS | NOT_ALONE | {"gulf"}


def _is_name(query: str) -> bool:
    # A lowercase word ("metro") or a bare direction or kind ("the West", "Gulf") names no place.
    return query[:1].isupper() and fold(query) not in _NOT_NAMES


def _settle(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"Northeast Georgia": when only the name without its direction is known, the span is that name."""
    if mention.fallback is None or mention.terrain or gazetteer.lookup(mention.query) or not gazetteer.lookup(
        mention.fallback
    ):
        return mention
    start = text.index(mention.fallback, mention.start, mention.end)
    settled = mention_for_span(text, start, start + len(mention.fallback))
    settled.cue = mention.cue
    return settled


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    # The tagger often stops at a hyphen ("Mazar" of "Mazar-i-Sharif"): take the whole capitalised
    # run; but not past a possessive ("Kisumu's Kondele" names Kondele, a place in Kisumu).
    if end >= len(text) or text[end] not in "-’'" or _POSSESSIVE.match(text, end):
        return start, end
    for match in _NAME_RUN.finditer(text[max(0, start - 40):end + 40]):
        run_start, run_end = match.start() + max(0, start - 40), match.end() + max(0, start - 40)
        if run_start <= start < run_end and run_end > end:
            return start, run_end
    return start, end


_POSSESSIVE = re.compile(r"['’]s\b")
_PARTICLE_TAIL = re.compile(rf"\s+{_PARTICLE}\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?")


def join_particles(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of the longer name when the tagger stopped before a lowercase particle ("Sao Jose"
    of "Sao Jose dos Campos", "Bosco" of "Bosco del Monte") and the gazetteer knows the whole."""
    tail = _PARTICLE_TAIL.match(text, end)
    if tail is None or end <= start:
        return end
    words = list(re.finditer(r"\s+\S+", text[end:tail.end()]))
    for cut in range(len(words), 1, -1):  # the longest known name: "X de Y Z", then "X de Y"
        longer = end + words[cut - 1].end()
        if gazetteer.lookup(text[start:longer]):
            return longer
    return end


# Capitalised words, with lowercase particles among them, that end in particles at a name's start:
# "Tapachula de Cordova y " before "Ordonez".
_PARTICLE_HEAD = re.compile(
    rf"(?:[A-Z][\w’'\-]*\s+(?:{_PARTICLE}\s+){{0,2}}){{0,3}}[A-Z][\w’'\-]*\s+(?:{_PARTICLE}\s+){{1,2}}$")
_AFTER_PARTICLE = re.compile(rf"(?<![\w’'\-]){_PARTICLE}\s+$")


def join_particles_before(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The start of the longer name when the tagger began a name after a lowercase particle
    ("Ordonez" of "Tapachula de Cordova y Ordonez") and the gazetteer knows the whole, as a
    place at least as big: the mirror of `join_particles`. The longest known name wins."""
    if not _AFTER_PARTICLE.search(text, max(0, start - 8), start):  # most names follow no particle
        return start
    head = _PARTICLE_HEAD.search(text, max(0, start - 80), start)
    if head is None or end <= start:
        return start
    short = max((e.population for e in gazetteer.lookup(text[start:end])), default=0)
    for word in re.finditer(r"[A-Z][\w’'\-]*", text[head.start():start]):
        begin = head.start() + word.start()
        known = [e.population for e in gazetteer.lookup(text[begin:end])]
        if known and max(known) >= short:
            return begin
    return start


_KNOWN_TAIL = re.compile(r"(?:\s+(?:de\s+la|de|del|la)?\s*[A-Z][\w’'\-]*){0,2}")


def join_known_tail(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of the longer name when the tagger cut a known name short: "Baja" of "Baja
    California" (tagged as two places), "Santa Cruz de la" of "Santa Cruz de la Sierra". The
    longest known name of up to two more words wins."""
    tail = _KNOWN_TAIL.match(text, end)
    if tail is None or tail.end() == end or end <= start or text[end - 1] == ".":  # "Ala. An ..."
        return end
    stops = [m.end() for m in re.finditer(r"[A-Z][\w’'\-]*", text[end:tail.end()])]
    for stop in reversed(stops):
        if names_more(gazetteer, text[start:end], text[start:end + stop]):
            return end + stop
    return end


def names_more(gazetteer: Gazetteer, short: str, longer: str) -> bool:
    """True when `longer` is a name of its own in the gazetteer, not `short` found again through
    a kind word or an ending the lookup passes over ("Texas State", "Dublin's"): the main name of
    a place at least as big as `short` names ("Canada's" is no village "Cañadas")."""
    key = key_of(longer)
    if key == key_of(short) or fold(longer.split()[-1]) in GENERIC_WORDS:  # "Dublin City": Dublin
        return False
    known = [e.population for e in gazetteer.lookup(longer)
             if key in (key_of(e.name), key_of(e.asciiname))]
    return bool(known) and max(known) >= max((e.population for e in gazetteer.lookup(short)), default=0)


def keep_possessive(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """The mention with the "'s" after it when that is part of a known name ("St. John's"); a
    possessive ("Kabul's mayor") is otherwise no part of the name."""
    suffix = text[mention.end:mention.end + 2]
    if suffix not in ("'s", "’s") or not names_more(gazetteer, mention.query, mention.query + suffix):
        return mention
    kept = mention_for_span(text, mention.start, mention.end + 2)
    kept.query, kept.cue = mention.query + suffix, mention.cue
    return kept


# "Mbamga (Dori, Seno)", "Hays (Al Hudaydah)": names in brackets after a name, the last of them an
# admin area, are the chain of areas the first name lies in.
_BRACKET_CHAIN = re.compile(
    r"(?<=[\w.)’'])\s*\((?P<chain>[A-Z][\w’'\-]*(?:[ \-][A-Za-z][\w’'\-]*){0,3}"
    r"(?:,\s*[A-Z][\w’'\-]*(?:[ \-][A-Za-z][\w’'\-]*){0,3}){0,3})\)"
)


# "in Sreepur upazila", "at Rayak": a name after a locative, with an optional kind word.
_PLACE_BEFORE_BRACKET = re.compile(
    r"\b(?:in|at|near|from)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
    r"(?:\s+(?:village|town|city|township|district|upazila|municipality|county))?$"
)


def _bracket_starts(text: str) -> Iterator[int]:
    # Where `_BRACKET_CHAIN` can match: where the spaces before an opening bracket begin.
    for at in occurrences(text, ("(",)):
        while at > 0 and text[at - 1].isspace():
            at -= 1
        yield at


def bracket_chain_spans(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """The names of a bracketed chain of containers after a name ("Mbamga (Dori, Seno)"): the last
    must be a country or an admin area by its own name, the others places of that country; the
    tagger often leaves such names out, and nothing else would mark them as places. Alone, a
    district needs a place before it ("at Rayak (Zahle)"): "hit him (Wilson)" names a person."""
    for match in matches_at(_BRACKET_CHAIN, text, _bracket_starts(text)):
        parts = [(m.start() + match.start("chain"), m.end() + match.start("chain"))
                 for m in re.finditer(r"[^,]+", match.group("chain"))]
        spans = [(start + len(text[start:end]) - len(text[start:end].lstrip()), end) for start, end in parts]
        names = [text[start:end] for start, end in spans]
        key = key_of(names[-1])
        placed = _PLACE_BEFORE_BRACKET.search(text, max(0, match.start() - 80), match.start())
        kinds = ("ADM1", "ADM2") if len(names) > 1 or placed else ("ADM1",)
        areas = {e.country_code for e in gazetteer.lookup(names[-1])
                 if (e.feature_code in kinds or e.is_country) and gazetteer_knows(e, names[-1]) and key}
        if areas and all(any(e.country_code in areas for e in gazetteer.lookup(n)) for n in names[:-1]):
            yield from spans


_BEFORE_COMMA = re.compile(r"([A-Z][\w’'\-]*(?:[ \-][A-Z][\w’'\-]*){0,2}),\s*$")


def after_foreign_capital(text: str, start: int, gazetteer: Gazetteer, name: str | None = None) -> bool:
    """True when what starts at `start` follows "Capital, " of a country other than the one the
    abbreviation there names: "Bogota, D.C." is Bogota's own district, not Washington's."""
    stated = _STATED_AFTER.match(text[start:start + 12])
    outer = gazetteer.abbreviation(stated.group(1)) if stated else None
    if outer is None:
        return False
    if name is None:
        before = _BEFORE_COMMA.search(text, max(0, start - 40), start)
        name = before.group(1) if before else None
    return name is not None and any(
        e.feature_code == "PPLC" and e.country_code != outer.country_code for e in gazetteer.lookup(name)
    )


def names_country(name: str, gazetteer: Gazetteer) -> bool:
    """True when a name is a country's own name ("Djibouti", also its demonym)."""
    return any(e.is_country and gazetteer_knows(e, name) for e in gazetteer.lookup(name))


def _likely_countries(mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """Countries the detected mentions point to: those named, or the most populous reading of each."""
    countries: set[str] = set()
    for mention in mentions:
        entries = gazetteer.lookup(mention.query)
        if entries:
            countries.add(entries[0].country_code)
    return countries


def _add(found: list[Mention], mention: Mention) -> None:
    # Earlier sources win an overlap; an identical span only lends its cue.
    for other in found:
        if other.start < mention.end and mention.start < other.end:
            if (other.start, other.end) == (mention.start, mention.end):
                other.cue = other.cue or mention.cue
            return
    found.append(mention)


def _may_add(found: list[Mention], start: int, end: int) -> bool:
    """False when `_add` would leave `found` as it is whatever the span's mention: an earlier one
    overlaps it, and is not the same span without a cue (which the new mention could lend it)."""
    for other in found:
        if other.start < end and start < other.end:
            return (other.start, other.end) == (start, end) and not other.cue
    return True


def is_actor_word(name: str, demonyms: frozenset[str]) -> bool:
    """True for demonyms ("Afghan", "Syrians") and armed-group names that are not places."""
    key = fold(name).strip()
    return key in demonyms or key.rstrip("s") in demonyms or key in ACTOR_NAMES or key.removesuffix("s") in (
        ACTOR_NAMES
    )


def _pattern_mentions(text: str) -> Iterator[Mention]:
    """Names marked as places by their wording: "the district of X", "X province"."""
    # "district of X" begins at its kind word: only there is the pattern tried.
    for match in (*matches_at(_AREA_OF, text, occurrences(text, CUES)), *_NAME_AREA.finditer(text)):
        start, end = _last_words(text, match.start("name"), match.end("name"))
        if fold(text[start:end]) in FUNCTION_WORDS:  # "The city ..." names nothing
            continue
        mention = mention_for_span(text, start, end)
        mention.cue = CUES[fold(match.group("kind"))]
        yield mention


# "the Dovra-Kelso road", "the Quessa–Vell border": a road or a border named by the places at its ends.
_ROAD_ENDS = re.compile(
    rf"\b([A-Z][\w’']+)\s?[-–]\s?([A-Z][\w’']+)\s+{ROAD_WORDS}\b")


def _road_ends(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """The places at both ends of a road or border named by them, when the gazetteer knows both:
    news tells of an event "on the Dovra-Kelso road" by the towns it joins; the tagger reads the pair
    as one name that no place bears."""
    for match in _ROAD_ENDS.finditer(text):
        spans = (match.span(1), match.span(2))
        if all(gazetteer.lookup(text[start:end]) for start, end in spans):
            yield from (mention_for_span(text, start, end) for start, end in spans)


def _last_words(text: str, start: int, end: int) -> tuple[int, int]:
    # "On Tuesday Helmand province" matches the whole capitalised run; the name is its tail,
    # after any sentence-opening function word or weekday.
    words = list(re.finditer(r"\S+", text[start:end]))
    skip = {"in", "on", "at", "from", "to", "the", "near", "of", "and", "across", "into", "for"}
    while len(words) > 1 and (fold(words[0].group()) in skip or fold(words[0].group()).endswith("day")):
        words = words[1:]
    return start + words[0].start(), end


def _run_mentions(
    text: str, runs: Sequence[re.Match[str]], openings: Container[int], analysis: Analysis,
    gazetteer: Gazetteer, focus: set[str], blocked: SpanSet, dates: SpanSet,
) -> Iterator[Mention]:
    """Capitalised runs (`_NAME_RUN` matches) with a proper noun that name a country, a province, a
    big city or curated terrain, or any place of the document's countries after a locative word
    ("near Vilde") or closing a bracketed container ("Kessa Hill (Amberlo)"). A run inside
    the tagger's other entities (people, organisations) is taken only after a locative word (or
    closing such brackets), in a dateline or as a big province or a country after
    "Town, " or "Town (" (the starts of runs after such an opening are `openings`); one inside a
    date or a number never ("in May")."""
    proper = [t.start for t in analysis.tokens if t.pos == "PROPN"]  # in text order, as the tokens
    adpositions = {t.end for t in analysis.tokens if t.pos == "ADP"}
    for match, following in zip(runs, [*runs[1:], None], strict=True):
        start, end = _name_of_run(text, *match.span())
        first = bisect_left(proper, start)  # the first proper noun starting in the run, if any
        # The tagger now and then reads a foreign name as a verb or a noun ("in Norrkoping"): after
        # a locative word a run needs no proper noun.
        unproper = first == len(proper) or proper[first] >= end
        if end - start < 3 or unproper and not _placed_by_words(text, start, end):
            continue
        # Ruled out before the (costly) lookup: most capitalised runs are people and organisations.
        mention = None
        within = _stated_areas(text, match, following, gazetteer)
        if not dates.overlaps(start, end):
            mention = _run_mention(text, start, end, start in openings, gazetteer, focus, blocked, within)
        name = start if unproper else proper[first]
        trim = mention is None and _after_adposition(text, start, name, adpositions)
        if trim and not dates.overlaps(name, end):
            # "In Homa Bay", "Dozens of Kisumu": a capital that opens a sentence, or a common noun
            # joined by "of", is no part of the name; the name begins at the proper noun after it.
            start = name
            mention = _run_mention(text, start, end, after_container_opening(text, start), gazetteer, focus,
                                   blocked, within)
        if mention is not None:
            yield mention


def _name_of_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the name in a capitalised run: without a number before it ("Five Dovra") or an
    office's title and what follows it ("Dovra Governor Ann Tull")."""
    # Only before people or offices ("Five Dovra nurses"): "Three Rivers" is a name.
    qualifies = _MODIFIES_PLACE_PEOPLE.found_in(text[end:end + 30])
    head = _NUMBER_HEAD.match(text, start, end) if qualifies else None
    tail = _TITLE.search(text, start, end)
    return (head.end() if head else start), (tail.start() if tail else end)


def _after_adposition(text: str, start: int, name: int, adpositions: Container[int]) -> bool:
    """True when the capitalised run from `start` has words before the proper noun at `name` and
    the last of them is an adposition (its end in `adpositions`): "In Homa Bay", "Dozens of Kisumu"."""
    return name > start and len(text[start:name].rstrip()) + start in adpositions


# What lies between a name and its container: ", " or " (", after a number that is part of the
# name ("Pit 4/5, Olmara").
_AREA_OPENING = re.compile(r"(?:\s+\d[\d/\-]*)?(?:,\s*|\s*\(\s*)")
# "Santo de la Brava": a run after a name and its particles ends a longer name.
_NAME_AND_PARTICLES = re.compile(r"[A-Z][\w’'\-]*\s+(?:(?:de|la|las|los|del|di|da|do|dos|das|y|e|el)\s+)"
                                 r"{1,2}$")
Area = tuple[str, str | None]  # (country code, first-level area code or None for the whole country)
# The names of a bracketed chain of containers, up to its closing bracket: "Dorn, Olmara)".
_CHAIN = re.compile(r"[^()\n]{1,80}(?=\))")


def _stated_areas(text: str, run: re.Match[str], following: re.Match[str] | None, gazetteer: Gazetteer,
                  ) -> frozenset[Area]:
    """The provinces and countries the capitalised run `following` names, when it opens the
    container of `run` ("Kelmivka, Olmara", "Dravensk (Ukraine)"), and those of every name of a
    bracketed chain ("Tessow (Dorn, Olmara)"); a district stands for the province it lies in.
    Empty otherwise, and when `run` is only the end of a longer name ("Santo de la Brava,
    Tepenco": not Brava)."""
    if following is None or not _AREA_OPENING.fullmatch(text, run.end(), following.start()):
        return frozenset()
    if _NAME_AND_PARTICLES.search(text, max(0, run.start() - 40), run.start()):
        return frozenset()
    chain = _CHAIN.match(text, following.start()) if "(" in text[run.end():following.start()] else None
    names = chain.group().split(",") if chain else [following.group()]
    return frozenset((e.country_code, None if e.is_country else e.admin1_code)
                     for name in names for e in gazetteer.lookup(name.strip())
                     if e.is_country or e.feature_code in ("ADM1", "ADM2"))


def in_stated_area(entry: GazEntry, areas: Container[Area]) -> bool:
    """True when `entry` lies in one of `areas` (see `_stated_areas`)."""
    return (entry.country_code, None) in areas or (entry.country_code, entry.admin1_code) in areas


def _run_mention(
    text: str, start: int, end: int, after_place: bool, gazetteer: Gazetteer, focus: set[str],
    blocked: SpanSet, within: frozenset[Area],
) -> Mention | None:
    """The mention of the capitalised run `text[start:end]` when it names a place (see
    `_run_mentions`), None otherwise; `after_place`: it follows what opens a container; `within`:
    the areas the run after it names as its container ("Kelmivka, Olmara": a known place of the
    province is a place, whatever the tagger made of it)."""
    inside = blocked.overlaps(start, end)
    context = _run_context(text, start, end, after_place) if inside else None
    if context is not None and not (context[1] or context[2] or within):
        return None
    entries = gazetteer.lookup(text[start:end])
    if not entries:  # no reading, so nothing big or local: the wording around it does not matter
        return None
    locative, placed, after_place = context or _run_context(text, start, end, after_place)
    held = bool(within) and any(in_stated_area(e, within) for e in entries)
    placed = placed or held
    # Curated terrain counts as big: it was written in because news names it ("the Salang Pass").
    big = any(e.is_country or e.is_terrain or e.feature_code in ("ADM1", "CONT")
              or e.population >= MIN_RUN_POPULATION for e in entries)
    local = held or any(e.country_code in focus for e in entries)
    # "Pit 4/5, Olmara": a mine the gazetteer lacks, not a town of a country the note is not about.
    if within and not (big or local):
        return None
    # "Zarvinka, Kherson", "Bucksport (Maine)": a province or a country after a comma or a
    # bracket is the container of the name before it, whatever the tagger made of it.
    placed = placed or (after_place and any(is_container_area(e) for e in entries))
    if inside and not placed:
        return None
    # After "in", "near" ... a town of some size is a place wherever it lies ("in Cahors" in a
    # note that names no other place), unless towns of that size bear the name in several countries.
    own = own_readings(entries, text[start:end])
    local = local or (locative and (sized_in_one_country(own) or only_in_one_country(own)))
    if not (big or local):
        return None
    mention = mention_for_span(text, start, end)
    if placed:
        # After "near", "in" ... or in a dateline, a known place beats the tagger's PERSON/ORG reading.
        mention.cue = "LOCATIVE"  # a marker for find_mentions, cleared before resolution
        return mention
    return mention if big else None


def _run_context(text: str, start: int, end: int, after_place: bool) -> tuple[bool, bool, bool]:
    """Whether the capitalised run `text[start:end]` follows a locative word, or closes the
    bracketed container of a name ("Kessa Hill (Amberlo)", "Mabri hamlet (Oswy, Ulvane)": where that
    place lies, as after "in"); is placed (by that or a dateline); and follows what opens a
    container (`after_place`, "Kelmivka, ")."""
    dateline = (start == 0 or text[start - 1] == "\n") and _DATELINE_END.match(text, end)
    # "the Northern Weavers Guild (NWG)": a run in capitals closing brackets is an acronym, and
    # "Oswy (Oswy)" repeats the name: neither says where a place lies.
    closing = (after_place and text.startswith(")", end) and not text[start:end].isupper()
               and not _repeats_name(text, start, end))
    locative = closing or _placed_by_words(text, start, end)
    return locative, bool(dateline or locative), after_place


def _placed_by_words(text: str, start: int, end: int) -> bool:
    """True when a locative word comes before `text[start:end]` ("near Dovra") or the people or
    offices of a place after it ("Dovra residents")."""
    return (_LOCATIVE.found_in(text[max(0, start - 20):start])
            or _MODIFIES_PLACE_PEOPLE.found_in(text[end:end + 30]))


def _repeats_name(text: str, start: int, end: int) -> bool:
    """True when the bracket holding `text[start:end]` opens right after that same name."""
    before = text[:start].rstrip()
    return before.endswith("(") and before[:-1].rstrip().endswith(text[start:end])


def after_container_opening(text: str, start: int) -> bool:
    """True when what starts at `start` follows what opens a container ("Zarvinka, ")."""
    if not text[max(0, start - 40):start].rstrip().endswith((",", "(")):  # the opening's end, cheaply
        return False
    return bool(_CONTAINER_OPENING.search(text, max(0, start - 40), start))


def own_readings(entries: list[GazEntry], name: str) -> list[GazEntry]:
    """The readings that bear `name` as their own name, when some do (else all): one that carries
    it only among its other names, a former or a foreign one ("Kellsburg" for the town across the
    border that Kellsburg's people call so), is no namesake that makes the name ambiguous."""
    key = key_of(name)
    own = [e for e in entries if name_fit(e, key)]
    return own or entries


def sized_in_one_country(entries: list[GazEntry]) -> bool:
    """True when a name has a town of `MIN_PLACED_POPULATION` or more, and its towns of a quarter
    of that size all lie in one country ("Kew": 24k in Australia, 11k in England: not sure)."""
    floor = MIN_PLACED_POPULATION // 4
    towns = [e for e in entries if e.feature_code.startswith("PPL") and e.population >= floor]
    return len({e.country_code for e in towns}) == 1 and towns[0].population >= MIN_PLACED_POPULATION


def only_in_one_country(entries: list[GazEntry]) -> bool:
    """True when a name has few readings, all in one country, one an admin area or a town of
    `SURE_POPULATION` or more ("in Markaryd": a town and its municipality, both Swedish): no
    namesake abroad to mistake, and enough to resolve it on its own ("in Petitbourg", a hamlet, is
    not). A name with one reading needs less size, as the resolver takes it (`LONE_POPULATION`):
    "protested in Porvik", a town of 3,000 and no other place of the name, is that town."""
    floor = LONE_POPULATION if len(entries) == 1 else SURE_POPULATION
    sized = [e for e in entries if e.is_admin or e.population >= floor]
    few = 0 < len(entries) <= MAX_UNIQUE_READINGS
    return few and len({e.country_code for e in entries}) == 1 and bool(sized)


def container_countries(names: Iterable[str], gazetteer: Gazetteer) -> set[str]:
    """The countries of the provinces and countries among `names`, the capitalised runs named as
    containers ("Zarvinka, Kherson", "Nagare (Gourma)"): the country a note is set in when the
    tagger found no place in it."""
    countries: set[str] = set()
    for name in names:
        countries |= {e.country_code for e in gazetteer.lookup(name) if area_rank(e) <= 1}
    return countries - {""}


def is_container_area(entry: GazEntry) -> bool:
    """True for a country, a continent or sea, or a province big enough to be read as a container."""
    rank = area_rank(entry)
    return rank == 0 or (rank == 1 and entry.population >= MIN_CONTAINER_POPULATION)


class SpanSet:
    """Character spans, asked "does any overlap this one?" in logarithmic time (a story has
    hundreds of capitalised runs and of entities)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span starts before `end` and ends after `start`."""
        before = bisect_left(self._starts, end)  # the spans starting before `end`
        return before > 0 and self._reach[before - 1] > start


def link_containers(text: str, mentions: list[Mention]) -> None:
    """Mark "X, Y", "X in (the) Y" and "X (Y" pairs: Y is the container of X."""
    for i, (inner, outer) in enumerate(zip(mentions, mentions[1:], strict=False)):
        gap = text[inner.end:outer.start]
        if _CONTAINED.match(gap):
            inner.container, inner.bracketed = i + 1, "(" in gap


# The wording that makes a town's name stand for the area around it or named after it ("near X",
# "north of X", "X district", "X area"): ACLED codes such events to the town at precision 2.
_AROUND_BEFORE = Caseless(
    r"\b(?:near(?:by)?|around|outside|close\s+to|vicinity\s+of|outskirts\s+of|direction\s+of|between|"
    r"(?:north|south|east|west)(?:east|west)?(?:ern)?(?:\s+countryside)?\s+of|coast\s+of|surroundings\s+of|"
    r"(?:rural\s+)?areas?\s+of|(?:municipality|department|district|township|commune|locality|county)\s+of)"
    r"\s+(?:the\s+)?$"
)
_AROUND_AFTER = re.compile(
    r"\s+(?:(?:village|town|city)\s+)?(?:district|township|municipality|tehsil|upazila|department|county|"
    r"woreda|locality|commune|area|axis|outskirts|vicinity|plains?|constituency|corregimiento|surroundings)\b",
    re.IGNORECASE,
)


# "Kale town of Kale township": the area holds the place named before it.
_HOLDS_BEFORE = Caseless(r"\b(?:village|town|city|camp|neighbou?rhood)\s+of\s+$")


def names_surroundings(text: str, mention: Mention) -> bool:
    """True when the wording puts the event around the named place or in the area named after it;
    not when that area is named as what holds a smaller place ("Ah Baw village of Ye township")."""
    before = text[max(0, mention.start - 40):mention.start]
    if _HOLDS_BEFORE.found_in(before):
        return False
    return _AROUND_BEFORE.found_in(before) or bool(_AROUND_AFTER.match(text, mention.end, mention.end + 40))


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s+")


def link_lists(text: str, mentions: list[Mention]) -> None:
    """Set each mention's `listed_with`: the names next to it in a list ("Oregon, Washington and
    Idaho"). A name followed by a state's abbreviation ("Texas and Washington, D.C.") is placed by
    it, in no list."""
    pairs = list(zip(mentions, mentions[1:], strict=False))
    stated = {id(inner) for inner, outer in pairs if outer.text.endswith(".") and len(outer.text) <= 6}
    for inner, outer in pairs:
        if _LIST_GAP.fullmatch(text, inner.end, outer.start) and not {id(inner), id(outer)} & stated:
            inner.listed_with |= {key_of(outer.query)}
            outer.listed_with |= {key_of(inner.query)}


def is_town(entry: GazEntry | None) -> bool:
    """True for a populated place's reading: what may stand for its surroundings."""
    return entry is not None and entry.feature_code.startswith("PPL")


def to_place(mention: Mention, entry: GazEntry | None, score: float, around: bool = False) -> Place:
    """The model's `Place` for a mention and its chosen entry (None: unresolved); with `around`, a
    town's reading stands for its surroundings (`AROUND_CODE`)."""
    if entry is None:
        return Place(mention.start, mention.end, mention.text, name=mention.query)
    admin1 = entry.admin1_name if not entry.is_country else None
    name, code = entry.name, entry.feature_code
    if around and is_town(entry):
        code = AROUND_CODE
    if mention.terrain and not entry.is_terrain and not gazetteer_knows(entry, mention.query):
        # "Arghandab Valley" placed by the district Arghandab: the valley, at a region's precision.
        name, code = mention.query, mention.terrain
    return Place(
        start=mention.start, end=mention.end, text=mention.text, name=name,
        geonameid=entry.geonameid if entry.is_geonames else None,
        lat=entry.lat, lon=entry.lon, country_code=entry.country_code or None, admin1=admin1,
        admin2=entry.admin2_name, feature_code=code, score=score,
        # Only the area itself has a seat: "Helmand Valley" placed by Helmand is not the province.
        seat_lat=entry.seat_lat if code == "ADM1" else None,
        seat_lon=entry.seat_lon if code == "ADM1" else None,
    )


def gazetteer_knows(entry: GazEntry, name: str) -> bool:
    """True when `name` is one of the entry's own names (so no stand-in was needed)."""
    return key_of(name) in entry_name_keys(entry)


def locate(place: Place) -> Location:
    """An event `Location` for a place, with ACLED geo precision (1 town, 2 district, 3 region/country).
    An event located only to a first-level area sits at the area's seat, as ACLED codes it."""
    code = place.feature_code or ""
    district_like = code in ("ADM2", AROUND_CODE) or code in TERRAIN_CODES
    precision = 1 if code.startswith("PPL") else 2 if district_like else 3
    if place.lat is None:  # unresolved (curated terrain has a point but no GeoNames id)
        precision = 3
    lat, lon = place.lat, place.lon
    if code == "ADM1" and place.seat_lat is not None and place.seat_lon is not None:
        lat, lon = place.seat_lat, place.seat_lon
    return Location(
        name=place.name, geonameid=place.geonameid, lat=lat, lon=lon,
        country_code=place.country_code, admin1=place.admin1, admin2=place.admin2, geo_precision=precision,
    )


__all__ = ["PlaceResolver", "find_mentions", "locate", "mention_for_span"]
