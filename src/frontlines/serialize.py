"""Documents to and from the native JSONL contract (plain, JSON-safe dicts).

`analysis`, `event_mentions`, `marked_places` and `raw` are working state of the
pipeline, not output: they are not written and come back empty.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, TypeVar, cast

from frontlines.model import (
    ActorMention,
    Attribution,
    Document,
    Event,
    EventActor,
    Location,
    Place,
    Segment,
    Size,
    Span,
    Timex,
)

__all__ = ["document_to_dict", "document_from_dict", "event_to_dict", "event_from_dict"]

T = TypeVar("T")

# Keys rebuilt separately (nested objects), or never read back (pipeline working state).
_DOCUMENT_NESTED = frozenset(
    {"segments", "timexes", "places", "actors", "events", "errors"}
    | {"analysis", "event_mentions", "marked_places", "raw"}
)
_EVENT_NESTED = frozenset(
    {"actor1", "actor2", "assoc_actor1", "assoc_actor2", "location", "size", "attribution", "evidence"}
)


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The native JSONL object for one document."""
    return {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": doc.published,
        "published_source": doc.published_source,
        "source_path": doc.source_path,
        "content_hash": doc.content_hash,
        "text": doc.text,
        "segments": [_plain(segment) for segment in doc.segments],
        "timexes": [_plain(timex) for timex in doc.timexes],
        "places": [_plain(place) for place in doc.places],
        "actors": [_plain(actor) for actor in doc.actors],
        "events": [event_to_dict(event) for event in doc.events],
        "errors": list(doc.errors),
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    """One event as a dict: actors and location as objects (or None), spans as {start, end}."""
    result: dict[str, Any] = _plain(event)
    return result


def document_from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a Document from `document_to_dict` output; unknown keys are ignored."""
    doc = _build(Document, data, skip=_DOCUMENT_NESTED)
    doc.segments = [_build(Segment, item) for item in data.get("segments") or []]
    doc.timexes = [_build(Timex, item) for item in data.get("timexes") or []]
    doc.places = [_build(Place, item) for item in data.get("places") or []]
    doc.actors = [_build(ActorMention, item) for item in data.get("actors") or []]
    doc.events = [event_from_dict(item) for item in data.get("events") or []]
    doc.errors = [str(error) for error in data.get("errors") or []]
    return doc


def event_from_dict(data: dict[str, Any]) -> Event:
    """Rebuild an Event from `event_to_dict` output."""
    event = _build(Event, data, skip=_EVENT_NESTED)
    event.actor1 = _optional(EventActor, data.get("actor1"))
    event.actor2 = _optional(EventActor, data.get("actor2"))
    event.assoc_actor1 = [_build(EventActor, item) for item in data.get("assoc_actor1") or []]
    event.assoc_actor2 = [_build(EventActor, item) for item in data.get("assoc_actor2") or []]
    event.location = _optional(Location, data.get("location"))
    event.size = _optional(Size, data.get("size")) or Size()
    event.attribution = [_build(Attribution, item) for item in data.get("attribution") or []]
    event.evidence = [_build(Span, item) for item in data.get("evidence") or []]
    return event


def _plain(value: Any) -> Any:
    """Dataclasses to dicts and lists to lists, recursively (dataclasses.asdict deep-copies: slow)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _optional(cls: type[T], data: dict[str, Any] | None) -> T | None:
    return None if data is None else _build(cls, data)


def _build(cls: type[T], data: dict[str, Any], skip: frozenset[str] = frozenset()) -> T:
    """Construct a model dataclass from the keys it knows (lenient to newer or older writers)."""
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
    known = _field_names(cast(type, cls))  # cache wants a Hashable; a class is one
    return cls(**{key: value for key, value in data.items() if key in known and key not in skip})
