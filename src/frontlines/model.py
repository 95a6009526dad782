"""The data model every stage reads and writes: plain, typed dataclasses.

Offsets (`start`, `end`) are always character offsets into `Document.text`, so
`doc.text[x.start:x.end]` is the words a field came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SegmentKind = Literal["title", "body", "caption", "embedded_post", "quote"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "claimed", "denied", "negated", "planned", "hypothetical"]
# What was only planned, imagined or said not to have happened: no event of its own (no ACLED row).
UNREAL: frozenset[str] = frozenset({"planned", "hypothetical", "negated"})


@dataclass(slots=True)
class Span:
    """A stretch of `Document.text`."""

    start: int
    end: int


@dataclass(slots=True)
class Segment:
    """A part of the text with a role: title, body, photo caption, embedded post, quote."""

    kind: SegmentKind
    start: int
    end: int
    author: str | None = None
    handle: str | None = None
    published: str | None = None  # ISO date of an embedded post or a dated caption


@dataclass(slots=True)
class Token:
    """One token of the linguistic analysis; `head` is the index of its syntactic head."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""


@dataclass(slots=True)
class Sentence:
    """A sentence: character span plus the half-open token range it covers."""

    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(slots=True)
class Entity:
    """A named entity found by the analyzer (spaCy labels: GPE, LOC, ORG, NORP, DATE...)."""

    start: int
    end: int
    label: str
    text: str


@dataclass(slots=True)
class Analysis:
    """What the analyze stage leaves behind: plain spans, no spaCy objects."""

    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character `offset`, if any."""
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None


@dataclass(slots=True)
class Timex:
    """A temporal expression normalised to a TIMEX3 value (e.g. 2020-03-02, PXD, XXXX-WXX-2)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    anchor: str | None = None  # what the value was computed from: "dct", "timex:<start>", "segment"


@dataclass(slots=True)
class Place:
    """A toponym resolved against the gazetteer (unresolved: `geonameid` is None)."""

    start: int
    end: int
    text: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    score: float = 0.0
    # A first-level area's seat: where an event located only to the area is placed (ACLED codes
    # such events at the provincial capital); the area itself keeps `lat`, `lon`.
    seat_lat: float | None = None
    seat_lon: float | None = None


@dataclass(slots=True)
class ActorMention:
    """An actor named in the text, with its canonical ACLED-style name and inter code (1-8)."""

    start: int
    end: int
    text: str
    name: str
    inter: int | None = None


@dataclass(slots=True)
class EventActor:
    """An actor in an event role (actor1, actor2, associated actors)."""

    name: str
    text: str
    inter: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Location:
    """Where an event happened, with ACLED geo precision (1 town, 2 near/part of region, 3 region)."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    geo_precision: int = 3


@dataclass(slots=True)
class Size:
    """Counts attached to an event; None means not reported."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    participants: int | None = None


@dataclass(slots=True)
class Attribution:
    """Who a claim comes from ("a rebel spokesman", "Reuters") and where that is said."""

    source: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """One coded event (a mention before merging, an atomic event after)."""

    id: str
    acled_event_type: str
    acled_sub_event_type: str
    plover_event: str
    plover_mode: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    time_precision: int = 1  # ACLED: 1 day, 2 week/few days, 3 month
    actor1: EventActor | None = None
    actor2: EventActor | None = None
    assoc_actor1: list[EventActor] = field(default_factory=list)
    assoc_actor2: list[EventActor] = field(default_factory=list)
    location: Location | None = None
    fatalities: int = 0
    size: Size = field(default_factory=Size)
    modality: Modality = "asserted"
    attribution: list[Attribution] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.0
    notes: str = ""
    segment_kind: SegmentKind = "body"


@dataclass(slots=True)
class Document:
    """A news document and everything the pipeline learns about it."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (yyyy-mm-dd) or datetime
    published_source: str | None = None  # how `published` was found: "input", "htmldate", "inferred:..."
    source_path: str | None = None  # the input it came from (file, file:line, "-")
    content_hash: str = ""
    raw: bytes | None = None
    marked_places: list[Span] = field(default_factory=list)  # pre-marked place spans from input
    segments: list[Segment] = field(default_factory=list)
    analysis: Analysis | None = None
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    event_mentions: list[Event] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def segment_at(self, offset: int) -> Segment | None:
        """The innermost segment containing character `offset` (embedded posts beat body)."""
        best: Segment | None = None
        for seg in self.segments:
            if seg.start <= offset < seg.end and (
                best is None or seg.end - seg.start < best.end - best.start
            ):
                best = seg
        return best
