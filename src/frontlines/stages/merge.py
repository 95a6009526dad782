"""The merge stage: event mentions to atomic events, one per type, day and place, most salient first.

Mentions merge when they share the ACLED sub-type (the PLOVER event when there is none), the
date, the location (geonameid, else name) and whether the event is real (asserted, claimed,
denied) or not (negated, planned, hypothetical). Counts follow ACLED's rule for conflicting
reports: the lowest figure any mention gives. Protest mentions of one day and place are one
protest (ACLED codes one event per protest), coded with the most severe sub-type mentioned:
"protesters rallied ... police later fired tear gas" is a protest with intervention.

Before merging, mentions that are not events of their own are set aside (coding/asides.py):
background references to events more than BACKGROUND_DAYS before publication, denials with no
place, words of the claim's source taken for a trigger, and violence with no place or deaths of
its own told beside a protest of the day (part of the protest). After merging, a claim that refers
back to an event already coded ("X claimed responsibility for the attack", "the rebels said the
strikes killed three civilians") is folded into that event as an attribution, its counts
compared under ACLED's lowest-figure rule; a headline event joins the body's event of its
sub-type; and a mention with no place takes the one place its kind has that day.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import ClassVar

from frontlines.coding.asides import VIOLENT, drop_asides, refers_back
from frontlines.coding.classify import FIXED
from frontlines.coding.tolls import LETHAL_TYPES, has_toll
from frontlines.model import UNREAL, Attribution, Document, Event, Size, Span
from frontlines.stage import Stage

# Salience: events in the title or the lead are what the story is about.
TITLE_BONUS = 0.3
LEAD_BONUS = 0.15
LEAD_CHARS = 500
# News and event notes alike tell the main event first ("On 15 January 2022, ...").
FIRST_SENTENCE_BONUS = 0.25
MergeKey = tuple[str, str | None, str | None, bool]
# A later sentence about the crowd already told: "The demonstrators rioted", "the protest ended".
BACK_TO_CROWD = re.compile(
    r"\b(?:the|these|those)\s+(?:demonstrators|protesters|protestors|crowd|demonstration|protest|rally|"
    r"march|marchers|participants|strikers|event|gathering)\b",
    re.IGNORECASE,
)
PROTEST_SEVERITY = (
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration",
)  # fmt: skip


class EventMerger(Stage):
    """Merge a document's event mentions into atomic events and number them by salience."""

    name: ClassVar[str] = "merge"
    requires: ClassVar[frozenset[str]] = frozenset({"event_mentions"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        groups: dict[MergeKey, list[Event]] = {}
        mentions = fold_into_protests(same_crowd(doc, drop_asides(doc, doc.event_mentions)))
        for mention in place_placeless(mentions):
            groups.setdefault(merge_key(mention), []).append(mention)
        events = fold_claims(doc, fold_headlines([combine(mentions) for mentions in groups.values()]))
        # An event ACLED codes always comes before one it does not (a meeting, a statement), and one
        # that happened before one planned or denied: the first event is the report's main ACLED event.
        events.sort(
            key=lambda e: (not e.acled_event_type, e.modality in UNREAL, -salience(doc, e), first_offset(e))
        )
        if events:
            borrow_toll(events[0], events[1:])
        for n, event in enumerate(events, 1):
            event.id = f"{doc.id}-{n}"
        doc.events = events
        return doc


def fold_into_protests(mentions: list[Event]) -> list[Event]:
    """Arrests, and tear gas or evictions, told beside a protest of the same day and place are its
    intervention ("Protesters gathered in the square. Police detained 11 of them.": one protest with
    intervention)."""
    protests = [m for m in mentions if m.acled_event_type == "Protests" and m.modality not in UNREAL]
    folded = []
    for mention in mentions:
        protest = next((p for p in protests if _beside(p, mention)), None)
        if protest is not None and (mention.acled_sub_event_type == "Arrests" or kept_away(mention)):
            mention = detached(mention)
            mention.actor1, mention.actor2 = copy.copy(protest.actor1), mention.actor1
            mention.acled_event_type, mention.acled_sub_event_type = "Protests", "Protest with intervention"
            mention.plover_event, mention.plover_mode = "PROTEST", "demo"
            mention.location = mention.location or protest.location
        folded.append(mention)
    return folded


def kept_away(mention: Event) -> bool:
    """People kept away or put out by force (tear gas fired at "them", an eviction): beside a protest of
    the day and place, they are its protesters."""
    _, sub_type, plover, _, _ = FIXED["EVICT"]
    return (mention.acled_sub_event_type, mention.plover_event) == (sub_type, plover)


def same_crowd(doc: Document, mentions: list[Event]) -> list[Event]:
    """A protest, riot or arrest told in a later sentence of the paragraph that refers back to the crowd
    ("The demonstrators rioted and destroyed windows", "Police intervened in the event, detaining 36")
    is the first protest's: it takes its day and place (and an arrest is then its intervention)."""
    crowds = [m for m in mentions if merge_key(m)[0] == "Protests" and m.modality not in UNREAL]
    if not crowds or doc.analysis is None:
        return mentions
    first = crowds[0]
    out = []
    for mention in mentions:
        later = mention in crowds[1:] or mention.acled_sub_event_type == "Arrests"
        if later and _refers_to_crowd(doc, mention, first):
            mention = copy.copy(mention)
            mention.date, mention.time_precision = first.date, first.time_precision
            mention.location = first.location
        out.append(mention)
    return out


def _refers_to_crowd(doc: Document, mention: Event, first: Event) -> bool:
    assert doc.analysis is not None
    if not mention.evidence or not first.evidence:
        return False
    own = doc.analysis.sentence_at(max(s.start for s in mention.evidence))
    before = doc.analysis.sentence_at(max(s.start for s in first.evidence))
    if own is None or before is None or own.start <= before.start:
        return False
    same_paragraph = "\n" not in doc.text[before.end : own.start]
    return same_paragraph and BACK_TO_CROWD.search(doc.text[own.start : own.end]) is not None


def place_placeless(mentions: list[Event]) -> list[Event]:
    """A mention with no place takes the place of the one placed mention of its kind and day
    ("an assault near the hills was repelled"; "We repelled the attack in Jabal X", 2 March)."""
    placed: dict[tuple[str, str | None], list[Event]] = {}
    for m in mentions:
        if m.location is not None and m.modality not in UNREAL:
            placed.setdefault(merge_key(m)[:2], []).append(m)
    out = []
    for mention in mentions:
        places = {merge_key(p)[2] for p in placed.get(merge_key(mention)[:2], [])}
        if mention.location is None and mention.modality not in UNREAL and len(places) == 1:
            mention = copy.copy(mention)
            mention.location = placed[merge_key(mention)[:2]][0].location
        out.append(mention)
    return out


def _beside(protest: Event, other: Event) -> bool:
    """Same day, and the same place or none named."""
    return protest.date == other.date and (other.location is None or other.location == protest.location)


def merge_key(event: Event) -> MergeKey:
    """What makes two mentions the same event."""
    kind = event.acled_sub_event_type or event.plover_event
    if event.acled_event_type == "Protests" or event.acled_sub_event_type == "Violent demonstration":
        kind = "Protests"  # a protest that turns violent is one event, a riot
    place = None
    if event.location is not None:
        place = str(event.location.geonameid) if event.location.geonameid else event.location.name.lower()
    return kind, event.date, place, event.modality in UNREAL


def filled(event: Event) -> tuple[int, int]:
    """How many arguments a mention has, then how many of its actors the text names: the best-filled
    one is the base of a merge. A side the text does not name (a default such as the unnamed attacker
    of "a man was shot") fills a slot but loses a tie to a named one ("Russian forces shelled X")."""
    count = sum(x is not None for x in (event.actor1, event.actor2, event.location, event.date))
    return count, sum(a is not None and bool(a.text) for a in (event.actor1, event.actor2))


def combine(mentions: list[Event], base: Event | None = None) -> Event:
    """One event from mentions of it: best-filled arguments (or `base`'s), all evidence, lowest counts."""
    base = detached(base or max(mentions, key=lambda m: (filled(m), m.confidence)))
    if merge_key(base)[0] == "Protests":
        severest = max(mentions, key=severity)
        base.acled_event_type = severest.acled_event_type
        base.acled_sub_event_type, base.plover_event = severest.acled_sub_event_type, severest.plover_event
        base.plover_mode = severest.plover_mode
        base.actor1, base.actor2 = copy.copy(severest.actor1), copy.copy(severest.actor2)
    base.actor1 = base.actor1 or next((m.actor1 for m in mentions if m.actor1), None)
    base.actor2 = base.actor2 or next((m.actor2 for m in mentions if m.actor2), None)
    base.location = base.location or next((m.location for m in mentions if m.location), None)
    base.time_precision = min(m.time_precision for m in mentions)
    base.size = lowest_size(m.size for m in mentions)
    base.fatalities = base.size.dead or 0
    base.evidence = unique_spans(s for m in mentions for s in m.evidence)
    base.attribution = unique_attributions(a for m in mentions for a in m.attribution)
    base.confidence = max(m.confidence for m in mentions)
    if any(m.modality == "asserted" for m in mentions):
        base.modality = "asserted"  # one plain statement of the fact outweighs reported claims
    if any(m.segment_kind == "body" for m in mentions):
        base.segment_kind = "body"
    return base


def detached(event: Event) -> Event:
    """A copy of `event` sharing no mutable part with it: what `copy.deepcopy` gives, as every part
    of an event (actor, location, size, span, attribution) holds only immutable values, but cheaper."""
    new = copy.copy(event)
    new.actor1, new.actor2 = copy.copy(event.actor1), copy.copy(event.actor2)
    new.assoc_actor1 = [copy.copy(a) for a in event.assoc_actor1]
    new.assoc_actor2 = [copy.copy(a) for a in event.assoc_actor2]
    new.location, new.size = copy.copy(event.location), copy.copy(event.size)
    new.attribution = [copy.copy(a) for a in event.attribution]
    new.evidence = [copy.copy(s) for s in event.evidence]
    return new


def fold_claims(doc: Document, events: list[Event]) -> list[Event]:
    """Claims about an event already coded join it: "the attack", "the strikes" said of the most
    salient lethal event told before the claim (its evidence, attribution and lowest counts)."""
    kept: list[Event] = []
    for event in sorted(events, key=first_offset):
        earlier = [e for e in kept if e.acled_event_type in VIOLENT and e.modality not in UNREAL]
        if earlier and event.acled_event_type in VIOLENT and refers_back(doc, event):
            target = max(earlier, key=lambda e: (salience(doc, e), -first_offset(e)))
            kept[kept.index(target)] = combine([target, event], base=target)
            continue
        kept.append(event)
    return kept


def fold_headlines(events: list[Event]) -> list[Event]:
    """A headline event is the story's event told in the body, when the body tells one of its
    sub-type ("Army and rebels clash north of X" over "Soldiers clashed with rebels near Y on
    Sunday"): it joins the first such body event, which keeps its own date and place."""
    is_headline = [e.segment_kind == "title" and e.modality not in UNREAL for e in events]
    kept = [e for e, skip in zip(events, is_headline, strict=True) if not skip]
    for headline in (e for e, fold in zip(events, is_headline, strict=True) if fold):
        body = [e for e in kept if e.acled_sub_event_type and e.modality not in UNREAL]
        same = [e for e in body if e.acled_sub_event_type == headline.acled_sub_event_type]
        if not same:
            kept.append(headline)
            continue
        target = min(same, key=first_offset)
        kept[kept.index(target)] = combine([target, headline], base=target)
    return kept


def borrow_toll(main: Event, others: list[Event]) -> None:
    """The main event's toll, when it reports none, from a lethal event of the same day and place
    told after it ("Russian forces shelled the town. Gunfire killed three civilians there.")."""
    if main.size.dead is not None or main.acled_event_type not in LETHAL_TYPES:
        return
    if not has_toll(main.acled_sub_event_type):
        return  # a peaceful protest has no dead of its own (see `frontlines.coding.tolls.has_toll`)
    for other in others:
        same_place = other.location is None or other.location == main.location
        lethal = other.acled_event_type in LETHAL_TYPES
        if other.size.dead and other.date == main.date and same_place and lethal:
            main.size.dead = main.fatalities = other.size.dead
            return


def severity(event: Event) -> int:
    """How severe a protest sub-type is (unknown sub-types count as peaceful)."""
    sub = event.acled_sub_event_type
    return PROTEST_SEVERITY.index(sub) if sub in PROTEST_SEVERITY else 0


def lowest_size(sizes: Iterable[Size]) -> Size:
    """Per count, the lowest figure any mention reports (ACLED's rule for conflicting reports)."""
    sizes = list(sizes)

    def low(values: list[int | None]) -> int | None:
        known = [v for v in values if v is not None]
        return min(known) if known else None

    return Size(
        dead=low([s.dead for s in sizes]),
        injured=low([s.injured for s in sizes]),
        arrested=low([s.arrested for s in sizes]),
        participants=low([s.participants for s in sizes]),
    )


def unique_spans(spans: Iterable[Span]) -> list[Span]:
    """Spans without repeats, in text order."""
    seen = {(s.start, s.end): s for s in spans}
    return [Span(start, end) for start, end in sorted(seen)]


def unique_attributions(found: Iterable[Attribution]) -> list[Attribution]:
    """Attributions without repeats, in text order."""
    seen = {(a.start, a.end): a for a in found}
    return [copy.copy(seen[key]) for key in sorted(seen)]


def first_offset(event: Event) -> int:
    """Where the event is first evidenced in the text."""
    return min((s.start for s in event.evidence), default=1 << 62)


def salience(doc: Document, event: Event) -> float:
    """Confidence, raised for events told in the title, the first sentence or the lead."""
    score = event.confidence
    title = next((s for s in doc.segments if s.kind == "title"), None)
    starts = [s.start for s in event.evidence]
    if title is not None and any(title.start <= x < title.end for x in starts):
        score += TITLE_BONUS
    lead_end = (title.end if title else 0) + LEAD_CHARS
    if any(x < lead_end for x in starts):
        score += LEAD_BONUS
    # The event's own words (a trigger or actor), not just a date or place borrowed from the lead, must
    # lie in the first sentence; mentions of it told later ("the rioters ...") do not take the bonus away.
    first = first_sentence_end(doc, title.end if title else 0)
    borrowed = borrowed_spans(doc)
    if any(s.start < first and (s.start, s.end) not in borrowed for s in event.evidence):
        score += FIRST_SENTENCE_BONUS
    return score


def borrowed_spans(doc: Document) -> set[tuple[int, int]]:
    """Spans of dates and places: a mention told later may take them from the lead."""
    return {(t.start, t.end) for t in doc.timexes} | {(p.start, p.end) for p in doc.places}


def first_sentence_end(doc: Document, after: int) -> int:
    """Where the first sentence starting at or after `after` ends (0 without an analysis)."""
    sentences = doc.analysis.sentences if doc.analysis else []
    return next((s.end for s in sentences if s.start >= after), 0)


__all__ = ["EventMerger", "merge_key"]
