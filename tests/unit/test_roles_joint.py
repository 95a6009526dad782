"""Sides named by convention: operations commanding joint forces, criminal attackers, word-order victims."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.lexicon import Trigger
from frontlines.coding.roles import crowd_roles
from frontlines.model import ActorMention, Document, Place, Sentence, Token
from frontlines.stages.events import victim_by_word_order

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
SHELLING = Coding("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", None, 0.6)


def mexican_doc(text: str) -> Document:
    return Document("d", text, places=[Place(0, 8, "Monterrey", "Monterrey", geonameid=1, country_code="MX")])


def mentions(text: str, *named: tuple[str, str, int]) -> list[ActorMention]:
    return [ActorMention(text.index(words), text.index(words) + len(words), words, name, inter)
            for words, name, inter in named]


def test_a_force_joined_by_groups_under_an_operation_acts_as_the_operation() -> None:
    text = "Turkish forces and Turkey-backed groups operating under OPS shelled Al Hishah."
    turks, ops = mentions(text, ("Turkish forces", "Military Forces of Turkey", 1),
                          ("OPS", "Operation Peace Spring", 2))
    doc = Document("d", text)
    actor1, _ = crowd_roles(doc, SHELLING, Roles(turks), [turks, ops])
    assert actor1 is not None and (actor1.name, actor1.text) == ("Operation Peace Spring", "OPS")


def test_a_force_supported_by_a_group_operating_under_an_operation_acts_as_the_operation() -> None:
    text = "Turkish forces supported by JWS who operates under OPS shelled QSD positions."
    turks, jws = mentions(text, ("Turkish forces", "Military Forces of Turkey", 1),
                          ("JWS who operates under OPS", "Operation Peace Spring", 2))
    actor1, _ = crowd_roles(Document("d", text), SHELLING, Roles(turks), [turks, jws])
    assert actor1 is not None and actor1.name == "Operation Peace Spring"


def test_an_operation_named_in_another_clause_does_not_take_a_forces_place() -> None:
    text = "Turkish forces shelled Al Hishah. OPS later moved into the village."
    turks, ops = mentions(text, ("Turkish forces", "Military Forces of Turkey", 1),
                          ("OPS", "Operation Peace Spring", 2))
    actor1, _ = crowd_roles(Document("d", text), SHELLING, Roles(turks), [turks, ops])
    assert actor1 is not None and actor1.name == "Military Forces of Turkey"


def test_unnamed_attackers_tied_to_drug_trafficking_are_a_gang() -> None:
    text = "Monterrey: armed men killed a man. The attack is being linked to drug trafficking."
    (gunmen,) = mentions(text, ("armed men", "Unidentified Armed Group (Mexico)", 3))
    actor1, _ = crowd_roles(mexican_doc(text), ATTACK, Roles(gunmen), [gunmen])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Unidentified Gang (Mexico)", 3)


def test_unnamed_attackers_with_no_tie_to_crime_stay_an_unidentified_armed_group() -> None:
    text = "Monterrey: armed men killed a man. The motive is unknown."
    (gunmen,) = mentions(text, ("armed men", "Unidentified Armed Group (Mexico)", 3))
    actor1, _ = crowd_roles(mexican_doc(text), ATTACK, Roles(gunmen), [gunmen])
    assert actor1 is not None and actor1.name == "Unidentified Armed Group (Mexico)"


def test_a_victim_found_by_word_order_keeps_where_its_sentence_starts() -> None:
    # "Later, a man was killed.": the parse missed the subject; word order gave "man" as actor1.
    words = [("Later", "advmod", 4), (",", "punct", 4), ("a", "det", 3), ("man", "dep", 4),
             ("was", "auxpass", 5), ("killed", "ROOT", 5)]
    text, tokens, at = "", [], 40
    for word, dep, head in words:
        start = at + len(text)
        tokens.append(Token(start, start + len(word), word, word.lower(), "X", "", dep, head))
        text += word + " "
    sent = Sentence(40, 40 + len(text), 0, len(tokens))
    man = ActorMention(tokens[3].start, tokens[3].end, "man", "Civilians", 7)
    roles = Roles(actor1=man, fallback=True, told_at=40)
    found = victim_by_word_order(tokens, sent, Trigger("KILL", 5, 6), roles)
    assert (found.actor1, found.actor2, found.passive, found.told_at) == (None, man, True, 40)


def test_unnamed_attackers_of_a_drive_by_or_a_coup_de_grace_killing_are_a_gang() -> None:
    for text in ("Monterrey: a taxi driver was killed by armed men in a drive-by shooting.",
                 "Monterrey: armed men shot a baker and finished him with a tiro de gracia.",
                 "Monterrey: armed men left the handcuffed body of a mechanic by the road."):
        (gunmen,) = mentions(text, ("armed men", "Unidentified Armed Group (Mexico)", 3))
        actor1, _ = crowd_roles(mexican_doc(text), ATTACK, Roles(gunmen), [gunmen])
        assert actor1 is not None and actor1.name == "Unidentified Gang (Mexico)", text


def test_unnamed_killers_of_a_brazilian_execution_are_a_gang_or_police_militia() -> None:
    text = "Salvador: two armed individuals on a motorbike shot a cook dead in a drive-by shooting."
    doc = Document("d", text, places=[Place(0, 8, "Salvador", "Salvador", geonameid=2, country_code="BR")])
    (killers,) = mentions(text, ("two armed individuals", "Unidentified Armed Group (Brazil)", 3))
    actor1, _ = crowd_roles(doc, ATTACK, Roles(killers), [killers])
    assert actor1 is not None
    assert (actor1.name, actor1.inter) == ("Unidentified Gang and/or Police Militia", 3)


def test_unnamed_killers_in_colombia_stay_an_unidentified_armed_group() -> None:
    text = "Cucuta: armed men killed a driver in a drive-by shooting linked to drug trafficking."
    doc = Document("d", text, places=[Place(0, 6, "Cucuta", "Cucuta", geonameid=4, country_code="CO")])
    (gunmen,) = mentions(text, ("armed men", "Unidentified Armed Group (Colombia)", 3))
    actor1, _ = crowd_roles(doc, ATTACK, Roles(gunmen), [gunmen])
    assert actor1 is not None and actor1.name == "Unidentified Armed Group (Colombia)"
