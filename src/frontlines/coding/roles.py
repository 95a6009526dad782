"""Final event actors: mentions to `EventActor`, with ACLED's fixed roles for protests and riots."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.catalogue import fill_country
from frontlines.coding.classify import PROTESTS, RIOTS, Coding
from frontlines.coding.countries import country_of_word, document_country
from frontlines.model import ActorMention, Document, EventActor

MILITARY_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# Who ACLED names when a report leaves a side unnamed: an unknown perpetrator of violence is an
# unidentified armed group, arrests are made by the police, and what violence, looting or arrests
# fall on when no armed side is named is civilians.
UNNAMED = ("Unidentified Armed Group ({country})", 3)
DEFAULT_ACTOR1 = {
    "Violence against civilians": UNNAMED, "Battles": UNNAMED, "Explosions/Remote violence": UNNAMED,
    "Arrests": ("Police Forces of {country}", 1), "Looting/property destruction": UNNAMED,
    # Aircraft are a state's: an air strike by no one named is its armed forces'.
    "Air/drone strike": ("Military Forces of {country}", 1),
}  # fmt: skip
CIVILIAN_TARGETS = frozenset({
    "Violence against civilians", "Arrests", "Looting/property destruction", "Mob violence",
})  # fmt: skip
STATE_PREFIXES = ("Military Forces of ", "Police Forces of ", "Government of ")
EXTERNAL = 8  # ACLED's inter code for state forces acting outside their own country


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
    """actor1/actor2 for the event: as parsed, except crowds, which ACLED always names, and
    unnamed sides, which ACLED names by convention (`default_actor`, `default_target`).

    Protests: actor1 the protesters, actor2 the intervening forces; excessive force reverses
    them; riots: actor1 the rioters (protesters turned violent), actor2 whoever they faced.
    """
    if coding.plover == "MOBILIZE" and roles.actor2 is not None and roles.actor2.inter in (1, 2, 3, 4, 8):
        # What is deployed is the force that moves: "Russia deployed troops" -> troops act.
        return military(as_event_actor(roles.actor2)), None
    first, second = _named_roles(doc, coding, roles, actors)
    if coding.acled_type in (PROTESTS, RIOTS) and coding.acled_sub_type != "Mob violence":
        return first, second
    if first is not None and first.inter is None and (fallback := default_actor(doc, coding)):
        # A group the catalogue does not know ("Al Fath Al Mubeen Operation Room") keeps its name
        # and takes the inter code of the side ACLED would name in its place.
        first.inter = fallback.inter
    return first or default_actor(doc, coding), second or default_target(doc, coding, first)


def default_actor(doc: Document, coding: Coding) -> EventActor | None:
    """The actor ACLED names when the report names none (see `DEFAULT_ACTOR1`)."""
    template = DEFAULT_ACTOR1.get(coding.acled_sub_type) or DEFAULT_ACTOR1.get(coding.acled_type)
    if template is None:
        return None
    return EventActor(fill_country(template[0], document_country(doc)), "", template[1])


def default_target(doc: Document, coding: Coding, actor1: EventActor | None) -> EventActor | None:
    """Civilians as the unnamed target of one-sided violence, looting or arrests."""
    if coding.acled_sub_type not in CIVILIAN_TARGETS and coding.acled_type not in CIVILIAN_TARGETS:
        return None
    if actor1 is not None and actor1.inter == 7:
        return None
    return EventActor(fill_country("Civilians ({country})", document_country(doc)), "", 7)


def foreign_forces(actor: EventActor | None, country_code: str | None) -> EventActor | None:
    """State forces acting outside their own country take ACLED's external inter code (8)."""
    if actor is None or actor.inter != 1 or not country_code:
        return actor
    home = next((actor.name.removeprefix(p) for p in STATE_PREFIXES if actor.name.startswith(p)), None)
    code = country_of_word(home) if home else None
    if code is not None and code != country_code.upper():
        actor.inter = EXTERNAL
    return actor


def _named_roles(
    doc: Document, coding: Coding, roles: Roles, actors: list[ActorMention]
) -> tuple[EventActor | None, EventActor | None]:
    """actor1/actor2 from the parse, with ACLED's fixed crowd roles."""
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
