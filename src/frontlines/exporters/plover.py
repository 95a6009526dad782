"""PLOVER records: one per event with a PLOVER category, citing the document it came from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from frontlines.model import Document, Event, EventActor

__all__ = ["plover_records", "plover_record"]


def plover_records(doc: Document) -> Iterator[dict[str, Any]]:
    """The PLOVER records of a document, in its event order; ACLED-only events are skipped."""
    for event in doc.events:
        if event.plover_event:
            yield plover_record(doc, event)


def plover_record(doc: Document, event: Event) -> dict[str, Any]:
    """One event as a PLOVER record; `actor` is actor1 and its associates, `recipient` actor2's side."""
    loc = event.location
    return {
        "id": event.id,
        "date": event.date or "",
        "actor": _actors(event.actor1, event.assoc_actor1),
        "recipient": _actors(event.actor2, event.assoc_actor2),
        "event": event.plover_event,
        "mode": [event.plover_mode] if event.plover_mode else [],
        "context": [],  # the model codes no PLOVER context yet
        "event_loc": None
        if loc is None
        else {
            "name": loc.name,
            "lat": loc.lat,
            "lon": loc.lon,
            "country_code": loc.country_code,
            "geonameid": loc.geonameid,
        },
        "size": asdict(event.size),
        "event_text": " ".join(doc.text[span.start : span.end].strip() for span in event.evidence),
        "text": doc.text,
        "cite_info": {
            "url": doc.url,
            "outlet": doc.outlet,
            "title": doc.title,
            "published": doc.published,
            "document_id": doc.id,
        },
        "modality": event.modality,
        "attribution": [asdict(item) for item in event.attribution],
    }


def _actors(main: EventActor | None, associates: list[EventActor]) -> list[dict[str, Any]]:
    actors = ([main] if main else []) + associates
    return [{"name": actor.name, "text": actor.text, "inter": actor.inter} for actor in actors]
