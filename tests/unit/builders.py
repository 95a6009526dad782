"""Hand-built objects shared by unit tests (imported as `builders`; pytest puts this folder on sys.path)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontlines.model import Analysis, Document, Entity, Event, Location, Place, Span, Timex, Token


def event_mention(start: int, *, date: str, location: Location, **fields: object) -> Event:
    """An armed-clash mention with five characters of evidence at `start`; `fields` override."""
    base: dict[str, object] = {
        "id": "",
        "acled_event_type": "Battles",
        "acled_sub_event_type": "Armed clash",
        "plover_event": "ASSAULT",
        "date": date,
        "location": location,
        "evidence": [Span(start, start + 5)],
        "confidence": 0.5,
    }
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def analysed_doc(text: str, entities: Sequence[tuple[str, str]] = ()) -> Document:
    """A document with a hand-made analysis: word and punctuation tokens (capitalised words PROPN,
    the rest X) and the (text, label) entities given, each at the first occurrence of its text."""
    tokens = [
        Token(m.start(), m.end(), m.group(), m.group(), "PROPN" if m.group()[0].isupper() else "X", "", "", 0)
        for m in re.finditer(r"\w+|[^\w\s]", text)
    ]
    ents = [Entity(text.index(s), text.index(s) + len(s), label, s) for s, label in entities]
    return Document(id="d", text=text, analysis=Analysis(tokens=tokens, entities=ents))


def marked(resolver: Callable[[Document], Document], text: str, *names: str) -> dict[str, Place]:
    """Resolve the given names as pre-marked spans (first occurrence of each), by their text."""
    spans = [Span(text.index(n), text.index(n) + len(n)) for n in names]
    return {p.text: p for p in resolver(Document(id="d", text=text, marked_places=spans)).places}


def timexes_by_text(text: str, dct: str | None) -> dict[str, Timex]:
    """The timex stage's expressions in `text`, written on `dct`, by their words."""
    from frontlines.timex import tag_timexes

    return {t.text: t for t in tag_timexes(text, dct)}


def sub_types(events: Sequence[Event]) -> list[str]:
    """The ACLED sub-types of the events that have an ACLED type, in order."""
    return [e.acled_sub_event_type for e in events if e.acled_event_type]
