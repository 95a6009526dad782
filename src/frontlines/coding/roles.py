"""Final event actors: mentions to `EventActor`, with ACLED's fixed roles for protests and riots."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.catalogue import fill_country
from frontlines.coding.classify import PROTESTS, RIOTS, Coding
from frontlines.coding.countries import document_country
from frontlines.model import ActorMention, Document, EventActor

MILITARY_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def military(actor: EventActor | None) -> EventActor | None:
    """A state that fights does so through its armed forces (ACLED names them so)."""
    if actor is not None and actor.name.startswith("Government of "):
        actor.name = "Military Forces of " + actor.name.removeprefix("Government of ")
    return actor


def as_event_actor(mention: ActorMention | None) -> EventActor | None:
    """An actor mention in an event role."""
    if mention is None:
        return None
    return EventActor(mention.name, mention.text, mention.inter, mention.start, mention.end)


def crowd_actor(doc: Document, template: str, inter: int, mention: ActorMention | None) -> EventActor:
    """ "Protesters (Kenya)" / "Rioters (Kenya)" for a crowd, keeping the words that named it if any."""
    name = fill_country(template, document_country(doc))
    if mention is None:
        return EventActor(name, "", inter)
    return EventActor(name, mention.text, inter, mention.start, mention.end)


def crowd_roles(
    doc: Document, coding: Coding, roles: Roles, actors: list[ActorMention]
) -> tuple[EventActor | None, EventActor | None]:
    """actor1/actor2 for the event: as parsed, except crowds, which ACLED always names.

    Protests: actor1 the protesters, actor2 the intervening forces; excessive force reverses
    them; riots: actor1 the rioters (protesters turned violent), actor2 whoever they faced.
    """
    if coding.plover == "MOBILIZE" and roles.actor2 is not None and roles.actor2.inter in (1, 2, 3, 4, 8):
        # What is deployed is the force that moves: "Russia deployed troops" -> troops act.
        return military(as_event_actor(roles.actor2)), None
    if coding.acled_type not in (PROTESTS, RIOTS):
        second_mention = roles.actor2
        if coding.acled_sub_type in TERRITORY and second_mention is not None and second_mention.inter is None:
            second_mention = None  # "retook Kafr Uwayd": a place read as a name is no side
        first, second = as_event_actor(roles.actor1), as_event_actor(second_mention)
        if coding.acled_type in MILITARY_TYPES:
            return military(first), military(second)
        return first, second
    crowd = next((a for a in actors if a.inter in (5, 6)), None)
    others = [a for a in (roles.actor1, roles.actor2, *actors) if a is not None and a is not crowd]
    force = next((a for a in others if a.inter == 1), None)
    if coding.acled_type == RIOTS:
        target = force or next((a for a in others if a.inter == 7), None)
        return crowd_actor(doc, "Rioters ({country})", 5, crowd), as_event_actor(target)
    protesters = crowd_actor(doc, "Protesters ({country})", 6, crowd)
    if coding.acled_sub_type == "Excessive force against protesters":
        return as_event_actor(force), protesters
    if coding.acled_sub_type == "Peaceful protest":
        return protesters, None
    return protesters, as_event_actor(force)
