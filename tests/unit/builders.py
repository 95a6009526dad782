"""Hand-built objects shared by unit tests (imported as `builders`; pytest puts this folder on sys.path)."""

from __future__ import annotations

from frontlines.model import Event, Location, Span


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
