"""Who ACLED lists first in a battle: state forces a gang exchanged fire with, repelled attackers."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.roles import crowd_roles
from frontlines.model import ActorMention, Document, Place

CLASH = Coding("Battles", "Armed clash", "FIGHT", None, 0.6)


def first_named(text: str, group: tuple[str, str, int], force: tuple[str, str, int]) -> str | None:
    """actor1's name when the parse makes `group` (words, name, inter) the agent and `force` the
    other side, in a report from Nairobi, Kenya."""
    doc = Document("d", text, places=[Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")])
    mentions = [ActorMention(text.index(w), text.index(w) + len(w), w, n, i) for w, n, i in (group, force)]
    actor1, _ = crowd_roles(doc, CLASH, Roles(*mentions), mentions)
    return actor1.name if actor1 is not None else None


GANG = ("gang members", "Unidentified Gang (Kenya)", 3)
REBELS = ("rebels", "Rebel Forces (Kenya)", 2)
POLICE = ("police officers", "Police Forces of Kenya", 1)


def test_the_state_forces_come_first_when_a_gang_exchanged_fire_with_them() -> None:
    text = "Nairobi: two gang members exchanged fire with police officers in Kibera."
    assert first_named(text, GANG, POLICE) == "Police Forces of Kenya"
    shootout = "Nairobi: gang members robbed a shop and then engaged in a shoot-out with police officers."
    assert first_named(shootout, GANG, POLICE) == "Police Forces of Kenya"


def test_rebels_and_sides_listed_before_the_exchange_keep_the_reports_order() -> None:
    text = "Nairobi: rebels exchanged fire with police officers in Kibera."
    assert first_named(text, REBELS, POLICE) == "Rebel Forces (Kenya)"
    listed = "Nairobi: a fight broke out between gang members and police officers; both exchanged fire."
    assert first_named(listed, GANG, POLICE) == "Unidentified Gang (Kenya)"


def test_the_side_whose_attack_was_repelled_began_the_battle() -> None:
    by = "Nairobi: police officers repelled an attack on the station by gang members."
    assert first_named(by, POLICE, GANG) == "Unidentified Gang (Kenya)"
    theirs = "Nairobi: police officers repulsed rebels attacks on two posts."
    assert first_named(theirs, POLICE, REBELS) == "Rebel Forces (Kenya)"
    # Police who attacked first stay first.
    attacked = "Nairobi: police officers attacked rebels."
    assert first_named(attacked, POLICE, REBELS) == "Police Forces of Kenya"
