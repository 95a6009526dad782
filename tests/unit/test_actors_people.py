"""Actor mentions from plain words for people, headings, unresolved places and home areas."""

from __future__ import annotations

from frontlines.model import ActorMention, Analysis, Document, Entity, Place, Token
from frontlines.stages.actors import ActorTagger

KENYA = Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE", feature_code="PPLC")


def parsed_doc(words: list[tuple[str, str, int]], places: list[Place] | None = None,
               entities: list[Entity] | None = None) -> Document:
    """A document of space-separated words with a hand-made parse: (word, dependency, head index)."""
    tokens, start = [], 0
    for word, dep, head in words:
        tokens.append(Token(start, start + len(word), word, word.lower(), "", "", dep, head))
        start += len(word) + 1
    text = " ".join(word for word, _, _ in words)
    return Document("d", text, analysis=Analysis(tokens=tokens, entities=entities or []), places=places or [])


def tagged(doc: Document) -> list[tuple[str, str, int | None]]:
    ActorTagger()(doc)
    for actor in doc.actors:
        assert doc.text[actor.start : actor.end] == actor.text
    return [(a.text, a.name, a.inter) for a in doc.actors]


def test_a_man_who_was_shot_is_a_civilian() -> None:
    # "Nairobi : a man was shot"
    words = [("Nairobi", "npadvmod", 5), (":", "punct", 5), ("a", "det", 3), ("man", "nsubjpass", 5),
             ("was", "auxpass", 5), ("shot", "ROOT", 5)]
    doc = parsed_doc(words, places=[KENYA])
    assert ("man", "Civilians (Kenya)", 7) in tagged(doc)


def test_men_who_open_fire_are_not_civilians() -> None:
    # "two men opened fire" / "a group of men attacked"
    shooters = parsed_doc([("two", "nummod", 1), ("men", "nsubj", 2), ("opened", "ROOT", 2),
                           ("fire", "dobj", 2)])
    group = parsed_doc([("a", "det", 1), ("group", "nsubj", 4), ("of", "prep", 1), ("men", "pobj", 2),
                        ("attacked", "ROOT", 4)])
    assert tagged(shooters) == []
    assert tagged(group) == []


def test_a_woman_named_by_her_nationality_is_a_civilian_of_that_country() -> None:
    # "gunmen killed a Ugandan woman"
    doc = parsed_doc([("gunmen", "nsubj", 1), ("killed", "ROOT", 1), ("a", "det", 4), ("Ugandan", "amod", 4),
                      ("woman", "dobj", 1)])
    assert ("Ugandan woman", "Civilians (Uganda)", 7) in tagged(doc)


def test_a_party_of_the_people_is_no_crowd_of_people() -> None:
    doc = parsed_doc([("the", "det", 1), ("People's", "compound", 2), ("Party", "dobj", 2)])
    assert tagged(doc) == []


def test_a_name_after_near_is_a_place_the_gazetteer_missed() -> None:
    # "a man was shot near Kwa Mbuzi": spaCy's ORG is a village.
    village = Analysis(entities=[Entity(20, 29, "ORG", "Kwa Mbuzi")])
    doc = Document("d", "a man was shot near Kwa Mbuzi", analysis=village)
    assert all(a.text != "Kwa Mbuzi" for a in ActorTagger()(doc).actors)
    gang = Analysis(entities=[Entity(0, 9, "ORG", "Kwa Mbuzi")])
    named = Document("d", "Kwa Mbuzi shot a man", analysis=gang)
    assert [a.text for a in ActorTagger()(named).actors] == ["Kwa Mbuzi"]


def test_a_heading_names_a_topic_not_an_actor() -> None:
    doc = Document("d", "Movement of forces: On 3 May, rebels entered the town.")
    assert [a.text for a in ActorTagger()(doc).actors] == ["rebels"]


def test_militiamen_named_after_a_state_that_shares_a_country_name_are_that_states() -> None:
    # "Niger militiamen attacked Mashegu" where the places stage read "Niger" as a Nigerian state.
    niger_state = Place(0, 5, "Niger", "Niger", geonameid=2, country_code="NG", feature_code="ADM1")
    doc = Document("d", "Niger militiamen attacked Mashegu.", places=[niger_state])
    found = [(a.text, a.name) for a in ActorTagger()(doc).actors]
    assert found == [("Niger militiamen", "Niger Communal Militia (Nigeria)")]
    # Read as the country, the word stays a nationality.
    niger_country = Place(0, 5, "Niger", "Niger", geonameid=3, country_code="NE", feature_code="PCLI")
    doc = Document("d", "Niger militiamen attacked Mashegu.", places=[niger_country])
    assert [a.name for a in ActorTagger()(doc).actors] == ["Unidentified Communal Militia (Niger)"]


def test_a_group_a_report_takes_an_actor_for_gives_it_that_name_with_its_member_words() -> None:
    text = "anti-rebel forces (presumed Lion Brigade forces) shelled the town"
    doc = Document("d", text, analysis=Analysis(entities=[Entity(28, 40, "ORG", "Lion Brigade")]))
    actors: list[ActorMention] = ActorTagger()(doc).actors
    assert [(a.text, a.name) for a in actors] == [("forces (presumed Lion Brigade forces", "Lion Brigade")]


def test_a_clan_militia_is_named_as_the_report_calls_it() -> None:
    doc = Document("d", "Nairobi: two clan militias clashed.", places=[KENYA])
    assert [a.name for a in ActorTagger()(doc).actors] == ["Unidentified Clan Militia (Kenya)"]


def test_a_groups_vehicle_named_after_it_is_the_groups() -> None:
    doc = Document("d", "An IED hit a Shabaab military vehicle.")
    found = [(a.text, a.name) for a in ActorTagger()(doc).actors]
    assert found == [("Shabaab military vehicle", "Al Shabaab")]


def test_a_states_positions_named_by_its_demonym_are_its_forces() -> None:
    doc = Document("d", "Rebels shelled Kenyan positions.")
    found = [(a.text, a.name) for a in ActorTagger()(doc).actors]
    assert ("Kenyan positions", "Military Forces of Kenya") in found


def test_a_local_defence_force_named_after_its_township_with_a_dash() -> None:
    doc = Document("d", "The People's Defense Force - Taze attacked a convoy. One PDF member died.")
    found = [(a.text, a.name, a.inter) for a in ActorTagger()(doc).actors]
    assert found[0] == ("People's Defense Force - Taze", "People's Defense Force - Taze", 3)
    assert all(name != "People's Defense Force - One" for _, name, _ in found)


def test_a_mission_and_its_contingent_side_by_side_are_the_missions_contingent() -> None:
    # spaCy reads "ATMIS UPDF" as one ORG; the catalogue knows both: the mission's Ugandan contingent.
    text = "Shabaab attacked ATMIS UPDF at a base."
    one_org = Analysis(entities=[Entity(17, 27, "ORG", "ATMIS UPDF")])
    doc = Document("d", text, published="2022-05-01", analysis=one_org)
    found = [(a.text, a.name) for a in ActorTagger()(doc).actors]
    assert ("ATMIS UPDF", "ATMIS: African Union Transition Mission in Somalia (Uganda)") in found


def test_a_known_group_a_report_assumes_forces_to_be_names_them_over_the_parsers_entity() -> None:
    text = "militants clashed with government forces (assumed to be ENDF) in Oromia"
    doc = Document("d", text, analysis=Analysis(entities=[Entity(56, 60, "ORG", "ENDF")]))
    actors: list[ActorMention] = ActorTagger()(doc).actors
    assert (actors[1].text, actors[1].name, actors[1].inter) == (
        "government forces (assumed to be ENDF", "Military Forces of Ethiopia", 1
    )


def test_private_security_guards_are_armed_private_security_forces_not_civilians() -> None:
    doc = Document("d", "Nairobi: gunmen killed two private security guards.", places=[KENYA])
    actors = [(a.text, a.name, a.inter) for a in ActorTagger()(doc).actors]
    assert actors[-1] == ("private security guards", "Private Security Forces (Kenya)", 8)
