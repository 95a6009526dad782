"""Descriptions of armed groups: local defence forces, armed herdsmen, and arms the parser names."""

from __future__ import annotations

from frontlines.model import Analysis, Document, Entity, Place, Token
from frontlines.stages.actors import ActorTagger


def tagged(text: str, code: str, day: str = "2022-05-01", entities: list[Entity] | None = None,
           words: list[tuple[str, str, int]] | None = None) -> list[tuple[str, str, int | None]]:
    """Actors of `text`, reported on `day` from a place in country `code` (the last word), with
    the parser's `entities` and a hand-made parse of some `words` (word, dependency, head index)."""
    tokens, at = [], 0
    for word, dep, head in words or []:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, word, word.lower(), "", "", dep, head))
    place = text.rsplit(" ", 1)[1].rstrip(".")
    where = text.rindex(place)
    places = [Place(where, where + len(place), place, place, geonameid=1, country_code=code,
                    feature_code="PPL")]
    doc = Document("d", text, published=day, places=places,
                   analysis=Analysis(tokens=tokens, entities=entities or []))
    ActorTagger()(doc)
    return [(a.text, a.name, a.inter) for a in doc.actors]


def test_an_unnamed_local_defence_force_is_a_communal_militia() -> None:
    assert tagged("Local defense forces repelled bandits near Gusau.", "NG")[0] == (
        "Local defense forces", "Unidentified Communal Militia (Nigeria)", 4)
    assert tagged("Local defense forces repelled raiders near Kalay.", "MM", day="2019-05-01")[0] == (
        "Local defense forces", "Unidentified Communal Militia (Myanmar)", 4)


def test_armed_herdsmen_named_by_their_people_are_its_militia() -> None:
    words = [("Armed", "amod", 2), ("Fulani", "compound", 2), ("herdsmen", "nsubj", 3), ("killed", "ROOT", 3)]
    found = tagged("Armed Fulani herdsmen killed two farmers near Agatu.", "NG", words=words)
    assert ("Armed Fulani", "Fulani Ethnic Militia (Nigeria)", 4) in found


def test_an_acronym_for_arms_is_no_organisation() -> None:
    text = "A Moroccan army UAV struck a truck near Mijek."
    uav = Entity(text.index("UAV"), text.index("UAV") + 3, "ORG", "UAV")
    assert [name for _, name, _ in tagged(text, "EH", entities=[uav])] == ["Military Forces of Morocco"]


def test_a_local_defence_force_named_after_its_area_is_that_areas_force() -> None:
    assert tagged("Fighting broke out with local People's Defense Force - Kalay near Kale.", "MM") == [
        ("People's Defense Force - Kalay", "People's Defense Force - Kalay", 3)]


def test_a_police_raid_or_a_military_operation_names_the_force_that_carried_it_out() -> None:
    assert tagged("A suspect died in a police raid near Tiaong.", "PH") == [
        ("police raid", "Police Forces of the Philippines", 1)]
    assert tagged("Two suspects died in a military operation near Jolo.", "PH")[-1:] == [
        ("military operation", "Military Forces of the Philippines", 1)]


def test_guerrilla_forces_are_an_armed_group_not_a_states_forces() -> None:
    """(In Myanmar since the coup they are the resistance's: see test_actors_s14_names.)"""
    assert tagged("Guerrilla forces ambushed a convoy near Orvasta.", "CO") == [
        ("Guerrilla forces", "Unidentified Armed Group (Colombia)", 3)]


def test_a_force_named_before_a_unit_of_it_is_that_force() -> None:
    """A unit of a force is the force: "the military police bomb squad", "army units" (the parse makes
    the force's word a modifier of the unit's noun)."""
    words = [("the", "det", 4), ("military", "amod", 4), ("police", "compound", 4), ("bomb", "compound", 4),
             ("squad", "nsubj", 5), ("removed", "ROOT", 5), ("a", "det", 7), ("grenade", "dobj", 5)]
    text = "the military police bomb squad removed a grenade near Orvasta."
    assert tagged(text, "BR", words=words)[0][:2] == (
        "military police", "Military Forces of Brazil Military Police")
    team = "rioters stoned a police team near Orvasta."
    words = [("rioters", "nsubj", 1), ("stoned", "ROOT", 1), ("a", "det", 4), ("police", "compound", 4),
             ("team", "dobj", 1)]
    assert ("police", "Police Forces of India", 1) in tagged(team, "IN", words=words)


def test_a_force_s_word_before_a_noun_that_is_no_unit_of_it_is_no_actor() -> None:
    words = [("gunmen", "nsubj", 1), ("shot", "ROOT", 1), ("a", "det", 4), ("police", "compound", 4),
             ("dog", "dobj", 1)]
    text = "gunmen shot a police dog near Orvasta."
    assert [name for _, name, _ in tagged(text, "NG", words=words)] == ["Unidentified Armed Group (Nigeria)"]
