"""Plain-text summaries of coded events for the terminal."""

from __future__ import annotations

from collections.abc import Iterable

from frontlines.model import Document, Event

COLUMNS = ("date", "type", "location", "deaths", "actor1", "modality")


def event_row(event: Event) -> tuple[str, ...]:
    """One event as the cells of COLUMNS."""
    kind = event.acled_sub_event_type or f"PLOVER {event.plover_event}"
    place = ""
    if event.location is not None:
        place = ", ".join(
            p for p in (event.location.name, event.location.admin1, event.location.country_code) if p
        )
    actor = event.actor1.name if event.actor1 else ""
    return (event.date or "?", kind, place, str(event.fatalities), actor, event.modality)


def event_table(docs: Iterable[Document], limit: int = 25, width: int = 34) -> str:
    """A fixed-width table of events, most salient of each document first, cells clipped to `width`."""
    rows = [event_row(e) for doc in docs for e in doc.events][:limit]
    cells = [COLUMNS, *rows]
    sizes = [min(width, max(len(row[i]) for row in cells)) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(_clip(cell, size).ljust(size) for cell, size in zip(row, sizes, strict=True)).rstrip()
        for row in cells
    ]
    lines.insert(1, "  ".join("-" * size for size in sizes))
    return "\n".join(lines)


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
