"""Whoever laid a bomb or a mine set off the explosion, though the report tells first whom it hit."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.roles import crowd_roles
from frontlines.model import ActorMention, Document, Place

BLAST = Coding("Explosions/Remote violence", "Remote explosive/landmine/IED", "ATTACK", None, 0.6)
KENYA = [Place(0, 0, "", "", geonameid=1, country_code="KE", feature_code="PPL")]
GROUP = "Blue Lake Front"
SOLDIERS = "Military Forces of Kenya"


def sides(text: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 of `text`, whose parse took the soldiers it opens with for the subject."""
    soldiers = ActorMention(4, 12, "soldiers", SOLDIERS, 1)
    start = text.index(GROUP)
    named = ActorMention(start, start + len(GROUP), GROUP, GROUP, 2)
    doc = Document("d", text, places=KENYA, actors=[soldiers, named])
    first, second = crowd_roles(doc, BLAST, Roles(soldiers, None), [soldiers, named])
    return (first.name if first else None, second.name if second else None)


def test_the_group_that_laid_the_device_is_the_attacker() -> None:
    assert sides("Two soldiers died near Wajir as a mine planted by the Blue Lake Front blew up.") == (
        GROUP, SOLDIERS)
    assert sides("Six soldiers were hurt when a bomb laid by suspected Blue Lake Front men went off.") == (
        GROUP, SOLDIERS)


def test_a_group_named_otherwise_does_not_take_the_blast() -> None:
    # Blamed for nothing here: the report only says where the soldiers were going.
    assert sides("Two soldiers died near Wajir on their way to fight the Blue Lake Front.")[0] != GROUP
