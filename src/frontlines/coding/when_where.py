"""When and where an event mention happened: its date (with ACLED time precision) and its place.

- Dates: a date in the sentence, else the nearest earlier one in the paragraph (same segment),
  else the segment's own date (embedded posts, captions) at precision 1, else the publication
  date at precision 2 (the report says the event happened, not exactly when).
- Places: the sentence's place (`frontlines.coding.locations.choose_place`: not a mere container
  of another, in the document's country, not named in the background (`in_background`), most
  specific), else the nearest earlier sentence's in its paragraph, else (no place named before)
  the nearest later one's ("Rioters torched a bus. Police in Kisumu then ..."); a leading wire
  dateline names where the story was filed, not where events happened. A sentence's province or
  country is narrowed to a place inside it that a neighbouring sentence names; a town known
  without its province takes the one its sentence names around it ("Sorrel city (Wenda
  province)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontlines.coding.dates import MONTHS, EventDate, from_timex, parse_day
from frontlines.coding.locations import (
    choose_place,
    containers,
    home_country,
    is_topic,
    lies_within,
    specificity,
    with_province,
)
from frontlines.coding.syntax import ancestors, children, sentence_memo
from frontlines.model import Document, Place, Segment, Sentence, Timex, Token

# Relations by which a date modifies a clause ("on Tuesday": pobj; "Tuesday": npadvmod).
TIME_DEPS = frozenset({"pobj", "npadvmod", "advmod", "tmod", "obl", "nmod"})
VERBS = frozenset({"VERB", "AUX"})
# A date written out with its month or year ("10 January 2022", "3/10/2022"), not "overnight".
CALENDAR = re.compile(rf"\b(?:\d{{4}}|{'|'.join(MONTHS)}|\d{{1,2}}/\d{{1,2}})\b", re.IGNORECASE)
# Words opening a sentence that tells another event than the one before it.
ELSEWHERE = re.compile(
    r"\s*(?:separately|elsewhere|meanwhile|in (?:a |an )?(?:separate|unrelated|another) "
    r"(?:incident|attack|development)s?)\b", re.IGNORECASE,
)
DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{1,40},[^\n]{0,100}?\s[-–—]+\s")


def event_date(
    doc: Document, sent: Sentence, segment: Segment | None, head: int | None = None
) -> tuple[EventDate | None, Timex | None]:
    """The event's date and the timex it came from (None when from a segment or publication date).

    Of several dates in the sentence, one the parse attaches to the trigger (token `head`) wins
    ("attacked ... late on Tuesday" over a dateline), then the nearest.
    """
    reference = segment.published if segment and segment.published else doc.published
    lo = paragraph_start(doc.text, sent.start)
    if segment is not None:
        lo = max(lo, segment.start)
    inside = [t for t in doc.timexes if sent.start <= t.start < sent.end]
    if head is not None and doc.analysis is not None:
        tokens = doc.analysis.tokens
        inside.sort(key=lambda t: _date_rank(tokens, sent, head, t))
    before = sorted((t for t in doc.timexes if lo <= t.start < sent.start), key=lambda t: -t.start)
    for timex in inside + before:
        resolved = from_timex(timex.value, reference)
        if resolved is not None:
            return resolved, timex
    if segment is not None and segment.published and parse_day(segment.published):
        return EventDate(segment.published[:10], 1), None
    day = parse_day(doc.published)
    return (EventDate(day.isoformat(), 2), None) if day else (None, None)


def _date_rank(tokens: list[Token], sent: Sentence, head: int, timex: Timex) -> tuple[bool, bool, bool, int]:
    """Sort key for a sentence's dates: attached to the trigger's clause as a time modifier
    ("on Tuesday", "a day earlier"; a dateline is an apposition; "a man who died the previous
    day" dates the death, not the protest), then a calendar date over a vaguer one ("On 10
    January 2022, overnight, gunmen attacked": ACLED dates the event by the report's date),
    then nearest."""
    top = _span_head(tokens, sent, timex.start, timex.end)
    if top is None:
        return True, True, True, 1 << 30
    clause = {head, *ancestors(tokens, sent, head)}
    above = list(ancestors(tokens, sent, top))
    # The clause the date sits in is that of its nearest verb; "including", "following" are
    # verbs the parse uses as prepositions, so they head no clause.
    verb = next((i for i in above if tokens[i].pos in VERBS and tokens[i].dep not in ("prep", "amod")), None)
    attached = verb in clause if verb is not None else bool(clause & {top, *above})
    modifier = tokens[top].dep in TIME_DEPS
    calendar = bool(CALENDAR.search(timex.text))
    return not attached, not modifier, not calendar, abs(tokens[top].start - tokens[head].start)


def event_place(doc: Document, sent: Sentence) -> Place | None:
    """The sentence's event place (see `choose_place`), else the nearest earlier sentence's in its
    paragraph, else, when the document has named no place before, the nearest later one's in the
    paragraph: a short report often names the place only after the event ("Rioters torched a bus.
    Police in Kisumu ...").
    A place the gazetteer does not know (a village, a ward) gives way to a neighbouring sentence's
    known one, which at least says the area; it is the answer only when none is known."""
    assert doc.analysis is not None
    lo = paragraph_start(doc.text, sent.start)
    hi = paragraph_end(doc.text, sent.end)
    earlier = [s for s in doc.analysis.sentences if lo <= s.start and s.end <= sent.start]
    places, home, behind = _story_places(doc)
    # Only a report that has named no place yet names it after the event; in a story that has,
    # a later place is another scene ("... plan another march in Mombasa next week").
    fresh = not any(p.start < sent.start for p in places)
    after = [s for s in doc.analysis.sentences if sent.end <= s.start and s.end <= hi]
    later = after if fresh else []
    unknown: Place | None = None
    for candidate in [sent, *reversed(earlier), *later]:
        named = _places_in(places, candidate)
        found = choose_place(doc.text, named, home, behind)
        if found is not None:
            found = with_province(doc.text, named, found)
        if found is not None and found.geonameid is None and found.lat is None:
            unknown = unknown or found  # a place the gazetteer lacks: kept unless a neighbour's is known
        elif found is not None and candidate is sent:
            # Only the sentences next to it, and none that opens another scene ("Separately, ...").
            next_to = [s for s in [*earlier[-1:], *after[:1]] if not ELSEWHERE.match(doc.text, s.start)]
            return _narrowed(doc.text, found, (_places_in(places, s) for s in next_to), home)
        elif found is not None:
            return found
    return unknown


def _story_places(doc: Document) -> tuple[list[Place], str | None, frozenset[int]]:
    """The document's places after any wire dateline (where a story was filed, "LASHKAR GAH,
    Afghanistan, Aug 26 (Agency) -", is not where its events happened), their home country and
    the starts of those named in the background (`background_places`): worked out once per
    document inside the events stage's `parse_memo`."""

    def compute() -> tuple[list[Place], str | None, frozenset[int]]:
        skip = dateline_end(doc.text)
        places = [p for p in doc.places if p.start >= skip]
        behind = background_places(doc, places)
        # A place named as what the story is about ("against the war in Ukraine") says nothing of
        # where the story is: a rally against that war held abroad is a story of where it was held.
        told = [p for p in places if not is_topic(doc.text, p)]
        return places, home_country(told, doc.text, behind), behind

    tokens = doc.analysis.tokens if doc.analysis else []
    return sentence_memo(tokens, Sentence(0, len(doc.text), 0, len(tokens)), "story_places", compute)


def background_places(doc: Document, places: list[Place]) -> frozenset[int]:
    """The starts of the places (the document's, in text order) that their sentences name in the
    background of what they tell (`in_background`), bar the containers of a place they do not
    ("shelled Tepla village (Orsan district)": the district belongs with its village)."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    found: set[int] = set()
    for sent in doc.analysis.sentences:
        named = _places_in(places, sent)
        behind = {p.start for p in named if in_background(tokens, sent, p)}
        chains = containers(doc.text, named)
        held = {c.start for i, chain in chains.items() if named[i].start not in behind for c in chain}
        found |= behind - held
    return frozenset(found)


def in_background(tokens: list[Token], sent: Sentence, place: Place) -> bool:
    """True when the parse puts the place in the background of what its sentence tells: in a
    relative clause ("rallied against cuts that closed a mill in Oskara") or in a purpose clause
    ("marched in Velmar to denounce the shooting in Oskara"), which tell what the event was
    about, not where it was."""
    top = _span_head(tokens, sent, place.start, place.end)
    if top is None:
        return False
    path = [top, *ancestors(tokens, sent, top)][:-1]  # up to, not including, the sentence's root
    return any(tokens[i].dep == "relcl" or tokens[i].dep == "advcl" and _purpose(tokens, sent, i)
               for i in path)


def _span_head(tokens: list[Token], sent: Sentence, start: int, end: int) -> int | None:
    """The token of a sentence that heads the words from `start` to `end` (the first of them whose
    head lies outside), None when no token starts there."""
    inside = [i for i in range(sent.token_start, sent.token_end) if start <= tokens[i].start < end]
    if not inside:
        return None
    return next((i for i in inside if not start <= tokens[tokens[i].head].start < end), inside[0])


def _purpose(tokens: list[Token], sent: Sentence, verb: int) -> bool:
    """True for a bare infinitive clause of purpose ("to denounce ..."): "to", no subject or
    conjunction of its own ("waiting for the mayor to arrive" says when, not what for)."""
    below = {tokens[k].dep: tokens[k] for k in children(tokens, sent, verb)}
    return "aux" in below and below["aux"].tag == "TO" and not {"mark", "nsubj"} & below.keys()


def _places_in(places: list[Place], sent: Sentence) -> list[Place]:
    """The places named in a sentence, in text order."""
    return sorted((p for p in places if sent.start <= p.start < sent.end), key=lambda p: p.start)


def _narrowed(text: str, found: Place, neighbours: Iterable[list[Place]], home: str | None) -> Place:
    """A province or country the sentence names, narrowed to the place inside it that a sentence
    next to it in its paragraph names (the one before first): "Clashes erupted in Lara province.
    Two died in Kome." tells the event's town; a province's or country's middle is no place an
    event happened. A town named as the seat of an office or where people came from ("Lara
    Governor Ann Obi", "the governor of Lara") narrows nothing."""
    if specificity(found) < 2:
        return found
    for places in neighbours:
        inner = choose_place(text, [p for p in places if not is_topic(text, p)], home)
        if inner is not None and specificity(inner) < specificity(found) and lies_within(inner, found):
            return inner
    return found


def dateline_end(text: str) -> int:
    """Where a leading wire dateline ("KABUL, Afghanistan, May 3 (Reuters) -") ends, else 0."""
    match = DATELINE.match(text)
    return match.end() if match else 0


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph (line) holding `offset` begins."""
    return text.rfind("\n", 0, offset) + 1


def paragraph_end(text: str, offset: int) -> int:
    """Where the paragraph (line) holding `offset` ends (its newline, or the end of the text)."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


__all__ = ["dateline_end", "event_date", "event_place", "paragraph_end", "paragraph_start"]
