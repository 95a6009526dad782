"""ACLED-style notes: "On 2 March 2020, rebel forces repelled an assault near Kansafra (Idlib)."."""

from __future__ import annotations

from frontlines.coding.dates import long_date
from frontlines.model import Event

PROTEST_TYPES = frozenset({"Protests", "Riots"})


def date_phrase(day: str | None, precision: int) -> str:
    """ "On 2 March 2020", "Around 2 March 2020 (week of)" or "In March 2020"."""
    if not day:
        return ""
    if precision == 3:
        return "In " + long_date(day).split(" ", 1)[1]
    if precision == 2:
        return f"Around {long_date(day)} (as reported)"
    return f"On {long_date(day)}"


def acled_note(event: Event, statement: str, losses_unknown: bool) -> str:
    """A note for `event` from the sentence that reports it (`statement`, leading date removed)."""
    statement = statement.strip().rstrip(".")
    opening = date_phrase(event.date, event.time_precision)
    if opening and _lowerable(statement):
        statement = statement[:1].lower() + statement[1:]
    body = f"{opening}, {statement}" if opening else statement
    parts = [body + "."]
    if event.location and event.location.name.lower() not in statement.lower():
        where = event.location.name + (f" ({event.location.admin1})" if event.location.admin1 else "")
        parts.append(f"Location: {where}.")
    if event.modality in ("claimed", "denied") and event.attribution:
        verb = "Claimed by" if event.modality == "claimed" else "Denied by"
        parts.append(f"{verb} {event.attribution[0].source}.")
    parts.append(_fatalities(event, losses_unknown))
    if event.acled_event_type in PROTEST_TYPES:
        size = event.size.participants
        parts.append(f"[size={size if size is not None else 'no report'}]")
    return " ".join(p for p in parts if p)


def _lowerable(statement: str) -> bool:
    """Lower the first letter unless the first word is a name or an acronym."""
    first = statement.split(" ", 1)[0]
    return first.lower() in {"a", "an", "the", "at", "in", "on", "some", "several", "dozens", "two", "three"}


def _fatalities(event: Event, losses_unknown: bool) -> str:
    if event.size.dead:
        return f"{event.size.dead} fatalities."
    if losses_unknown:
        return "Heavy losses reported; fatalities unknown."
    return ""
