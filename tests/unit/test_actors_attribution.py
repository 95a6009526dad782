"""Who a report says the unnamed attackers were: a claim told either way round ("claimed by X", "X
said its fighters"), the group it blames ("X are believed to be behind the attack", "police blamed X
for it"), what it takes the attackers for ("gunmen believed to be X"), and an ethnic militia named
after a people that shares its name with an area."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.roles import blamed_on, claimed_by, crowd_roles
from frontlines.model import ActorMention, Analysis, Document, Place, Sentence
from frontlines.stages.actors import ActorTagger

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
KENYA = [Place(0, 0, "", "", geonameid=1, country_code="KE", feature_code="PPL")]


def attacker(text: str, group: str = "Red Hand Brigade") -> str | None:
    """actor1 of "Gunmen shot a trader in Garissa. <rest>", the group named in the rest known to the
    catalogue as an armed group (inter 3)."""
    gunmen = ActorMention(0, 6, "Gunmen", "Unidentified Armed Group (Kenya)", 3)
    trader = ActorMention(14, 20, "trader", "Civilians (Kenya)", 7)
    start = text.index(group)
    named = ActorMention(start, start + len(group), group, group, 3)
    doc = Document("d", text, places=KENYA, actors=[gunmen, trader, named])
    actor1, _ = crowd_roles(doc, ATTACK, Roles(gunmen, trader), [gunmen, trader])
    return actor1.name if actor1 else None


def test_a_claim_told_as_a_passive_or_by_the_groups_own_word_names_the_attacker() -> None:
    start = "Gunmen shot a trader in Garissa. "
    assert attacker(start + "The attack was claimed by the Red Hand Brigade.") == "Red Hand Brigade"
    assert attacker(start + "The Red Hand Brigade said its fighters carried it out.") == "Red Hand Brigade"
    # Speaking of the attack is no claim of it.
    assert attacker(start + "The Red Hand Brigade said it was shocked.") == "Unidentified Armed Group (Kenya)"


def test_the_group_a_report_blames_names_attackers_it_left_unnamed() -> None:
    start = "Gunmen shot a trader in Garissa. "
    assert attacker(start + "Police said the Red Hand Brigade was behind the killing.") == "Red Hand Brigade"
    assert attacker(start + "Elders blamed the Red Hand Brigade for the attack.") == "Red Hand Brigade"
    assert attacker(start + "The gunmen are believed to be the Red Hand Brigade.") == "Red Hand Brigade"
    # A group blamed for something else ("blamed X" without "for") or only spoken of is not.
    assert attacker(start + "Elders blamed the Red Hand Brigade.") == "Unidentified Armed Group (Kenya)"
    assert attacker(start + "The Red Hand Brigade was in town.") == "Unidentified Armed Group (Kenya)"


def test_blame_only_counts_after_the_attack_is_told() -> None:
    text = "The Red Hand Brigade was behind a raid last year. Gunmen shot a trader."
    group = ActorMention(4, 20, "Red Hand Brigade", "Red Hand Brigade", 3)
    doc = Document("d", text, actors=[group])
    assert blamed_on(doc, [group], after=text.index("Gunmen")) is None
    assert blamed_on(doc, [group]) is not None
    assert claimed_by(doc, [group]) is None  # being behind an attack is no claim of it


def tagged(text: str, places: list[Place] | None = None) -> list[tuple[str, str]]:
    """(words, name) of the actors tagged in `text` (no parse: catalogue matches only)."""
    doc = Document("d", text, places=places or [], analysis=Analysis(tokens=[], sentences=[
        Sentence(0, len(text), 0, 0)]))
    ActorTagger()(doc)
    return [(a.text, a.name) for a in doc.actors]


def test_unnamed_attackers_the_report_takes_for_a_group_are_that_group() -> None:
    assert tagged("Gunmen believed to be Al Shabaab fighters killed a trader.")[0] == (
        "Gunmen believed to be Al Shabaab fighters", "Al Shabaab")
    assert tagged("He was shot by unknown men suspected to be members of Al Shabaab.")[0] == (
        "unknown men suspected to be members of Al Shabaab", "Al Shabaab")
    # Taken for no group ("robbers"), they stay unnamed.
    assert tagged("Gunmen suspected to be robbers killed a trader.")[0] == (
        "Gunmen", "Unidentified Armed Group")


def test_an_ethnic_militia_named_like_an_area_is_the_peoples_militia() -> None:
    # "Odoro" is both a district the report places events in and the people the militia is of.
    text = "Odoro ethnic militiamen raided a village in Odoro district."
    district = Place(42, 47, "Odoro", "Odoro", geonameid=7, country_code="KE", feature_code="ADM2")
    area = Place(0, 5, "Odoro", "Odoro", geonameid=7, country_code="KE", feature_code="ADM2")
    assert tagged(text, [area, district])[0] == ("Odoro ethnic militiamen", "Odoro Ethnic Militia (Kenya)")
    # Without the word "ethnic" the militia is the area's community's.
    plain = text.replace("ethnic militiamen", "militiamen")
    assert tagged(plain, [area, Place(35, 40, "Odoro", "Odoro", geonameid=7, country_code="KE",
                                      feature_code="ADM2")])[0] == (
        "Odoro militiamen", "Odoro Communal Militia (Kenya)")


def test_a_national_army_named_by_its_acronym_is_its_states_military() -> None:
    assert tagged("The KDF raided a camp near the border.") == [("KDF", "Military Forces of Kenya")]
