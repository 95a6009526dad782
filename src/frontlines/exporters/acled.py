"""ACLED-style rows: one per ACLED-coded event, with ACLED's own column names and codes.

Conventions where ACLED's own practice cannot be followed from a news document alone:

- `event_id_cnty`: the ISO alpha-3 code of the event's country ("XXX" if unknown) followed
  by a stable 9-digit number, the first digits of SHA-256 over "<document id>\\x1f<event id>"
  (ACLED numbers events per country in the order it codes them; we have no such counter).
- `timestamp`: unix seconds of the document's publication (midnight UTC for a bare date),
  i.e. when the information became available, so exports are reproducible.
- `source_scale`: "New media" for events coded from an embedded social-media post, else
  empty (the scale of an outlet is not known without an outlet catalogue).
- `notes`: the event's notes, or else the text of its evidence spans.
- `inter2` is 0 when there is no second actor, as in ACLED's files; unknowns are "".
- Only events that happened are rows: planned, hypothetical and negated events (a march
  announced for next week, "could be attacked", "no clashes took place") stay in the
  JSONL, PLOVER and GeoJSON outputs with their modality, but ACLED codes no such event.
  Claimed and denied events are rows (ACLED codes reported events and notes the claims).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime

from frontlines.exporters.countries import country_info
from frontlines.model import UNREAL, Document, Event

__all__ = ["ACLED_COLUMNS", "AcledValue", "acled_rows", "acled_row", "interaction_code", "event_id_cnty"]

AcledValue = str | int | float

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "document_id",
)  # fmt: skip




def acled_rows(doc: Document) -> Iterator[dict[str, AcledValue]]:
    """The ACLED rows of a document, in its event order; PLOVER-only and unrealised events are skipped."""
    for event in doc.events:
        if event.acled_event_type and event.modality not in UNREAL:
            yield acled_row(doc, event)


def acled_row(doc: Document, event: Event) -> dict[str, AcledValue]:
    """One event as an ACLED row keyed by `ACLED_COLUMNS`."""
    loc = event.location
    country = country_info(loc.country_code if loc else None)
    inter1 = event.actor1.inter if event.actor1 else None
    inter2 = event.actor2.inter if event.actor2 else None
    row: dict[str, AcledValue] = {
        "event_id_cnty": event_id_cnty(doc.id, event.id, country.alpha3 if country else ""),
        "event_date": (event.date or "")[:10],
        "year": int(event.date[:4]) if event.date and event.date[:4].isdigit() else "",
        "time_precision": event.time_precision,
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type,
        "actor1": event.actor1.name if event.actor1 else "",
        "assoc_actor_1": "; ".join(actor.name for actor in event.assoc_actor1),
        "inter1": _blank(inter1),
        "actor2": event.actor2.name if event.actor2 else "",
        "assoc_actor_2": "; ".join(actor.name for actor in event.assoc_actor2),
        "inter2": _blank(inter2) if event.actor2 else 0,
        "interaction": interaction_code(inter1, inter2),
        "iso": country.numeric if country and country.numeric is not None else "",
        "region": country.region if country else "",
        "country": country.name if country else "",
        "admin1": _text(loc.admin1) if loc else "",
        "admin2": _text(loc.admin2) if loc else "",
        "admin3": _text(loc.admin3) if loc else "",
        "location": loc.name if loc else "",
        "latitude": _blank(loc.lat) if loc else "",
        "longitude": _blank(loc.lon) if loc else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": "; ".join(_sources(doc, event)),
        "source_scale": "New media" if event.segment_kind == "embedded_post" else "",
        "notes": event.notes or " ".join(doc.text[span.start : span.end].strip() for span in event.evidence),
        "fatalities": event.fatalities,
        "timestamp": _unix_seconds(doc.published),
        "document_id": doc.id,
    }
    return row


def interaction_code(inter1: int | None, inter2: int | None) -> AcledValue:
    """ACLED's interaction: both inter codes, smaller digit first (17); one actor: 10 x code (60)."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return ""
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def event_id_cnty(document_id: str, event_id: str, alpha3: str) -> str:
    """Alpha-3 code plus a stable 9-digit number derived from the document and event ids."""
    digest = hashlib.sha256(f"{document_id}\x1f{event_id}".encode()).hexdigest()
    return f"{alpha3 or 'XXX'}{int(digest[:15], 16) % 10**9:09d}"


def _text(value: str | None) -> str:
    return value or ""


def _blank(value: float | None) -> AcledValue:
    return "" if value is None else value


def _sources(doc: Document, event: Event) -> list[str]:
    """Attributed sources then the outlet, each once, in order of first mention."""
    names = [item.source for item in event.attribution] + [doc.outlet or ""]
    return list(dict.fromkeys(name.strip() for name in names if name and name.strip()))


def _unix_seconds(published: str | None) -> AcledValue:
    """Unix seconds of an ISO date or datetime (naive means UTC); "" if absent or unreadable."""
    if not published:
        return ""
    try:
        moment = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())
