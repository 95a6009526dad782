"""GeoJSON features: one Point per located event, carrying its ACLED row as properties."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontlines.exporters.acled import acled_row
from frontlines.model import Document

__all__ = ["geojson_features"]


def geojson_features(doc: Document) -> Iterator[dict[str, Any]]:
    """Features for the document's events that have coordinates (others cannot be mapped)."""
    for event in doc.events:
        loc = event.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        properties: dict[str, Any] = dict(acled_row(doc, event))
        properties.update(plover_event=event.plover_event, modality=event.modality)
        yield {
            "type": "Feature",
            "id": properties["event_id_cnty"],
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": properties,
        }
