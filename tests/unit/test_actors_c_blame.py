"""A group the report holds responsible, or that authorities suspect, names attackers it left unnamed."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.roles import crowd_roles
from frontlines.model import ActorMention, Document, Place

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
KENYA = [Place(0, 0, "", "", geonameid=1, country_code="KE", feature_code="PPL")]
GROUP = "Blue Lake Front"


def attacker(text: str) -> str | None:
    """actor1 of "Gunmen shot a trader in Wajir. <rest>", with `GROUP` an armed group (inter 2)."""
    gunmen = ActorMention(0, 6, "Gunmen", "Unidentified Armed Group (Kenya)", 3)
    trader = ActorMention(14, 20, "trader", "Civilians (Kenya)", 7)
    start = text.index(GROUP)
    named = ActorMention(start, start + len(GROUP), GROUP, GROUP, 2)
    doc = Document("d", text, places=KENYA, actors=[gunmen, trader, named])
    actor1, _ = crowd_roles(doc, ATTACK, Roles(gunmen, trader), [gunmen, trader])
    return actor1.name if actor1 else None


def test_a_group_believed_responsible_is_the_attacker() -> None:
    start = "Gunmen shot a trader in Wajir. "
    assert attacker(start + "The Blue Lake Front believed responsible.") == GROUP
    assert attacker(start + "The Blue Lake Front is suspected to be responsible.") == GROUP


def test_a_group_the_authorities_suspect_is_the_attacker() -> None:
    start = "Gunmen shot a trader in Wajir. "
    assert attacker(start + "Authorities suspect the Blue Lake Front.") == GROUP
    assert attacker(start + "Police suspected Blue Lake Front militants.") == GROUP
    # A group that is only spoken of, or suspects someone itself, is not.
    assert attacker(start + "The Blue Lake Front suspects the police.") == "Unidentified Armed Group (Kenya)"


CLASH = Coding("Battles", "Armed clash", "FIGHT", None, 0.6)


def test_attackers_repulsed_by_the_police_began_the_battle() -> None:
    text = "Raiders overran a checkpoint in Wajir but were beaten back by the police."
    raiders = ActorMention(0, 7, "Raiders", "Unidentified Communal Militia (Kenya)", 4)
    police = ActorMention(text.index("police"), len(text) - 1, "police", "Police Forces of Kenya", 1)
    doc = Document("d", text, places=KENYA, actors=[raiders, police])
    # The parse takes the agent of the passive for the subject.
    first, second = crowd_roles(doc, CLASH, Roles(police, raiders), [raiders, police])
    assert (first.name if first else None, second.name if second else None) == (
        "Unidentified Communal Militia (Kenya)", "Police Forces of Kenya")


def test_a_group_suspected_of_something_else_or_holding_others_responsible_is_not() -> None:
    start = "Gunmen shot a trader in Wajir. "
    unnamed = "Unidentified Armed Group (Kenya)"
    assert attacker(start + "Police suspect the Blue Lake Front of hiding weapons.") == unnamed
    assert attacker(start + "Police suspect Blue Lake Front supporters tipped them off.") == unnamed
    assert attacker(start + "Police suspect the Blue Lake Front of the killing.") == GROUP
    assert attacker(start + "The Blue Lake Front held responsible the governor.") == unnamed
