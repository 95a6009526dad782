"""Event roles by ACLED's conventions: unnamed sides, civilian targets, forces abroad."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.roles import crowd_roles, foreign_forces
from frontlines.model import ActorMention, Document, EventActor, Place

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
ARRESTS = Coding("Strategic developments", "Arrests", "COERCE", "arrest", 0.6)
MEETING = Coding("", "", "CONSULT", None, 0.5)


def kenyan_doc() -> Document:
    nairobi = Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")
    return Document("d", "Nairobi", places=[nairobi])


def test_an_unnamed_attacker_is_an_unidentified_armed_group_and_the_victims_civilians() -> None:
    actor1, actor2 = crowd_roles(kenyan_doc(), ATTACK, Roles(), [])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Unidentified Armed Group (Kenya)", 3)
    assert actor2 is not None and (actor2.name, actor2.inter) == ("Civilians (Kenya)", 7)


def test_arrests_with_no_one_named_are_made_by_the_police() -> None:
    actor1, _ = crowd_roles(kenyan_doc(), ARRESTS, Roles(), [])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Police Forces of Kenya", 1)


def test_a_group_the_catalogue_does_not_know_keeps_its_name_with_the_conventional_inter() -> None:
    group = ActorMention(0, 16, "Lion Brigade", "Lion Brigade", None)
    actor1, _ = crowd_roles(kenyan_doc(), ATTACK, Roles(actor1=group), [group])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Lion Brigade", 3)


def test_events_acled_does_not_code_get_no_invented_sides() -> None:
    assert crowd_roles(kenyan_doc(), MEETING, Roles(), []) == (None, None)


def test_state_forces_abroad_are_external_forces() -> None:
    abroad = foreign_forces(EventActor("Military Forces of Russia", "Russian forces", 1), "UA")
    at_home = foreign_forces(EventActor("Military Forces of Ukraine", "Ukrainian forces", 1), "UA")
    assert abroad is not None and abroad.inter == 8
    assert at_home is not None and at_home.inter == 1


def test_an_air_strike_by_no_one_named_is_the_state_armed_forces() -> None:
    strike = Coding("Explosions/Remote violence", "Air/drone strike", "ASSAULT", "aerial", 0.7)
    actor1, actor2 = crowd_roles(kenyan_doc(), strike, Roles(), [])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Military Forces of Kenya", 1)
    assert actor2 is None
