"""Event mentions that are not events of their own, and claims that refer back to one.

News articles tell more than the event they report: background ("a similar attack last
October"), denials ("the ministry denied that any checkpoint had been overrun"), the parties'
claims about the event ("the Taliban claimed responsibility for the attack, saying 12 soldiers
had been killed"), and details of a protest ("officers were injured by stones"). ACLED codes the
event once; these are its attributions, not new events.

Background rule: in a dated article, an event dated more than BACKGROUND_DAYS before publication
is background, and is not coded (ACLED codes it from the reports of its own time).
"""

from __future__ import annotations

import re
from datetime import date

from frontlines.model import Document, Event

BACKGROUND_DAYS = 30
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# A definite reference to an event or its perpetrators already told: "the attack", "the strikes",
# "this week's bombing", "the attackers".
REFERS_BACK = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[\w'-]+\s+)?(?:attacks?|strikes?|air ?strikes?|raids?|"
    r"blasts?|bombings?|explosions?|assaults?|ambush(?:es)?|shelling|attackers|assailants|bombers?)\b",
    re.IGNORECASE,
)


def drop_asides(doc: Document, mentions: list[Event]) -> list[Event]:
    """The mentions that may be events of their own."""
    protest_days = {
        m.date for m in mentions if m.acled_event_type == "Protests" and m.modality in ("asserted", "claimed")
    }
    return [
        m
        for m in mentions
        if not is_background(doc, m)
        and not (m.modality == "denied" and m.location is None)
        and not trigger_in_source(m)
        and not (part_of_protest(m) and m.date in protest_days)
    ]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def is_background(doc: Document, event: Event) -> bool:
    """Dated more than BACKGROUND_DAYS before the article's publication."""
    published, when = _day(doc.published), _day(event.date)
    return published is not None and when is not None and (published - when).days > BACKGROUND_DAYS


def trigger_in_source(event: Event) -> bool:
    """All of the mention's evidence but its actors lies in who said it ("aid groups said")."""
    actors = {(a.start, a.end) for a in (event.actor1, event.actor2) if a is not None and a.start is not None}
    own = [s for s in event.evidence if (s.start, s.end) not in actors]
    return bool(own) and all(
        any(a.start <= s.start and s.end <= a.end for a in event.attribution) for s in own
    )


def part_of_protest(event: Event) -> bool:
    """Violence with no place and no deaths of its own: beside a protest of the day, it is the
    protest's ("A police commander said several officers were injured by stones.")."""
    return event.acled_event_type in VIOLENT and event.location is None and not event.size.dead


def refers_back(doc: Document, event: Event) -> bool:
    """A claimed mention whose sentence refers back to an event already told ("the attack")."""
    if event.modality != "claimed" or not event.evidence or doc.analysis is None:
        return False
    sentence = doc.analysis.sentence_at(event.evidence[0].start)
    return sentence is not None and REFERS_BACK.search(doc.text[sentence.start : sentence.end]) is not None


__all__ = ["BACKGROUND_DAYS", "VIOLENT", "drop_asides", "is_background", "refers_back", "trigger_in_source"]
