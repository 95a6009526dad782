"""Which side a report names: groups in hyphenated compounds, forces listed with others, a force
named by its act, settlers, and attackers told of in the sentence before."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.catalogue import AliasMatcher, load_catalogue
from frontlines.coding.classify import Coding
from frontlines.coding.roles import crowd_roles
from frontlines.model import ActorMention, Analysis, Document, Entity, Place, Sentence, Token
from frontlines.stages.actors import FACTION_AFTER, ActorTagger

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
CLASH = Coding("Battles", "Armed clash", "FIGHT", None, 0.6)
RIOT = Coding("Riots", "Violent demonstration", "PROTEST", "riot", 0.6)


def matched(text: str) -> list[tuple[str, str]]:
    """(words, catalogue name) of the aliases found in `text`."""
    matcher = AliasMatcher(load_catalogue(), frozenset(FACTION_AFTER))
    return [(text[m.start : m.end], m.entry.name) for m in matcher.find(text)]


def parsed_doc(words: list[tuple[str, str, int]], code: str = "KE") -> Document:
    """A one-sentence document of space-separated words with a hand-made parse (word, dependency,
    head index), placed in country `code` by its last word."""
    tokens, start = [], 0
    for word, dep, head in words:
        tokens.append(Token(start, start + len(word), word, word.lower(), "", "", dep, head))
        start += len(word) + 1
    text = " ".join(word for word, _, _ in words)
    last = tokens[-1]
    place = Place(last.start, last.end, last.text, last.text, geonameid=1, country_code=code,
                  feature_code="PPL")
    return Document("d", text, places=[place],
                    analysis=Analysis(tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))]))


def tagged(doc: Document) -> list[tuple[str, str, int | None]]:
    ActorTagger()(doc)
    return [(a.text, a.name, a.inter) for a in doc.actors]


def test_a_named_group_before_a_hyphenated_deed_is_still_named() -> None:
    assert matched("A Houthi-planted mine exploded.") == [
        ("Houthi", "Military Forces of Yemen Supreme Political Council")]
    assert matched("Shabaab-held villages were shelled.") == [("Shabaab", "Al Shabaab")]


def test_a_longer_hyphenated_name_or_a_description_in_a_compound_is_no_match() -> None:
    # "PKK-YJA STAR" is a name of its own; "military-owned" land is no actor.
    assert matched("PKK-YJA STAR withdrew.") == []
    assert matched("They seized military-owned land.") == []
    assert matched("Pro-Houthi tribes gathered.") == []
    # Two groups joined by a hyphen are two sides, not the first one alone.
    assert ("Hamas", "Hamas") not in matched("Hamas-Fatah clashes killed two.")


def test_a_force_listed_before_another_forces_description_is_a_side_of_its_own() -> None:
    # "the military and police forces arrested six men in Kisumu"
    words = [("the", "det", 4), ("military", "amod", 4), ("and", "cc", 1), ("police", "conj", 1),
             ("forces", "nsubj", 5), ("arrested", "ROOT", 5), ("six", "nummod", 7), ("men", "dobj", 5),
             ("in", "prep", 5), ("Kisumu", "pobj", 8)]
    found = tagged(parsed_doc(words))
    assert ("military", "Military Forces of Kenya", 1) in found
    assert ("police forces", "Police Forces of Kenya", 1) in found


def test_a_description_that_only_modifies_a_thing_stays_no_actor() -> None:
    # "the military and police stations were closed in Kisumu"
    words = [("the", "det", 4), ("military", "amod", 4), ("and", "cc", 1), ("police", "conj", 1),
             ("stations", "nsubjpass", 6), ("were", "auxpass", 6), ("closed", "ROOT", 6), ("in", "prep", 6),
             ("Kisumu", "pobj", 7)]
    assert [a for a in tagged(parsed_doc(words)) if a[0] == "military"] == []


def test_a_force_named_by_its_assault_carried_it_out() -> None:
    # "Police assault a reporter in Kisumu": the headline's "Police" modifies "assault".
    words = [("Police", "compound", 1), ("assault", "nsubj", 2), ("a", "det", 3), ("reporter", "ROOT", 3),
             ("in", "prep", 3), ("Kisumu", "pobj", 4)]
    assert ("Police", "Police Forces of Kenya", 1) in tagged(parsed_doc(words))


def test_settlers_are_named_after_their_country() -> None:
    words = [("Armenian", "amod", 1), ("settlers", "nsubj", 2), ("uprooted", "ROOT", 2), ("trees", "dobj", 2),
             ("near", "prep", 2), ("Goris", "pobj", 4)]
    assert ("Armenian settlers", "Settlers (Armenia)", 3) in tagged(parsed_doc(words, "AM"))


def test_settlers_who_riot_are_rioters_of_their_own_country() -> None:
    # "Armenian settlers threw stones at cars near Goris."
    text = "Armenian settlers threw stones at cars near Goris."
    settlers = ActorMention(0, 17, "Armenian settlers", "Settlers (Armenia)", 3)
    doc = Document("d", text, places=[Place(44, 49, "Goris", "Goris", geonameid=1, country_code="AZ")])
    actor1, _ = crowd_roles(doc, RIOT, Roles(actor1=settlers), [settlers])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Rioters (Armenia)", 5)


def two_sentences(first: str, second: str) -> tuple[Document, int]:
    """A Kenyan document of two sentences (no parse below them), and where the second starts."""
    text = f"{first} {second}"
    at = len(first) + 1
    sentences = [Sentence(0, len(first), 0, 0), Sentence(at, len(text), 0, 0)]
    place = Place(0, 0, "", "Nairobi", geonameid=1, country_code="KE")
    return Document("d", text, places=[place], analysis=Analysis(sentences=sentences)), at


def test_violence_a_sentence_tells_without_its_agent_was_the_attackers_of_the_sentence_before() -> None:
    doc, at = two_sentences("Bandits ambushed a bus on the road.", "One passenger was killed.")
    doc.actors = [ActorMention(0, 7, "Bandits", "Unidentified Armed Group (Kenya)", 3)]
    passenger = ActorMention(at + 4, at + 13, "passenger", "Civilians (Kenya)", 7)
    actor1, actor2 = crowd_roles(doc, ATTACK, Roles(actor2=passenger, told_at=at), [passenger])
    assert actor1 is not None and (actor1.text, actor1.inter) == ("Bandits", 3)
    assert actor2 is not None and actor2.name == "Civilians (Kenya)"


def attacker_carried(doc: Document, at: int) -> str | None:
    """The words of actor1 of the violence told at `at` against a trader, "Bandits" named before."""
    doc.actors = [ActorMention(0, 7, "Bandits", "Unidentified Armed Group (Kenya)", 3)]
    start = doc.text.index("trader")
    trader = ActorMention(start, start + 6, "trader", "Civilians (Kenya)", 7)
    actor1, _ = crowd_roles(doc, ATTACK, Roles(actor2=trader, told_at=at), [trader])
    return actor1.text if actor1 is not None else None


def test_a_separate_attack_or_another_paragraph_takes_no_attacker_from_before() -> None:
    separately = two_sentences("Bandits ambushed a bus.", "Separately, a trader was killed.")
    assert attacker_carried(*separately) != "Bandits"
    text = "Bandits ambushed a bus.\n\nA trader was killed."
    at = text.index("A trader")
    doc = Document("d", text, places=[Place(0, 0, "", "Nairobi", geonameid=1, country_code="KE")],
                   analysis=Analysis(sentences=[Sentence(0, 23, 0, 0), Sentence(at, len(text), 0, 0)]))
    assert attacker_carried(doc, at) != "Bandits"
    assert attacker_carried(*two_sentences("Bandits ambushed a bus.", "A trader was killed.")) == "Bandits"


def test_a_battle_takes_no_side_from_the_sentence_before() -> None:
    # The sentence before names both sides of a battle; one of them alone would fight itself.
    doc, at = two_sentences("Bandits ambushed an army patrol.", "The two sides exchanged fire.")
    doc.actors = [ActorMention(0, 7, "Bandits", "Unidentified Armed Group (Kenya)", 3)]
    actor1, _ = crowd_roles(doc, CLASH, Roles(told_at=at), [])
    assert actor1 is not None and actor1.text == ""


def test_a_gendarmerie_is_a_military_branch() -> None:
    words = [("Malian", "amod", 1), ("gendarmes", "nsubj", 2), ("arrested", "ROOT", 2), ("a", "det", 4),
             ("smuggler", "dobj", 2), ("near", "prep", 2), ("Gao", "pobj", 5)]
    assert ("Malian gendarmes", "Military Forces of Mali Gendarmerie", 1) in tagged(parsed_doc(words, "ML"))


def test_a_forces_vehicles_that_destroyed_property_did_it() -> None:
    # "Kenyan military vehicles razed farmland near Garissa."
    vehicles = ActorMention(7, 31, "military vehicles", "Military Forces of Kenya", 1)
    destruction = Coding("Strategic developments", "Looting/property destruction", "ASSAULT", "destroy", 0.5)
    doc = Document("d", "Kenyan military vehicles razed farmland near Garissa.",
                   places=[Place(45, 52, "Garissa", "Garissa", geonameid=1, country_code="KE")])
    actor1, actor2 = crowd_roles(doc, destruction, Roles(actor1=vehicles), [vehicles])
    assert actor1 is not None and actor1.name == "Military Forces of Kenya"
    assert actor2 is not None and actor2.name == "Civilians (Kenya)"


def test_the_side_whose_advance_was_thwarted_began_the_battle() -> None:
    text = "Nairobi: police officers thwarted and clashed with rebels who tried to advance."
    doc = Document("d", text, places=[Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")])
    police = ActorMention(9, 24, "police officers", "Police Forces of Kenya", 1)
    rebels = ActorMention(51, 57, "rebels", "Rebel Forces (Kenya)", 2)
    actor1, actor2 = crowd_roles(doc, CLASH, Roles(police, rebels), [police, rebels])
    assert actor1 is not None and actor1.name == "Rebel Forces (Kenya)"
    assert actor2 is not None and actor2.name == "Police Forces of Kenya"


def test_an_unknown_name_before_a_description_of_armed_men_names_their_group() -> None:
    # "The Red Owl guerrilla forces ambushed a convoy near Kalay"
    words = [("The", "det", 4), ("Red", "compound", 2), ("Owl", "compound", 4), ("guerrilla", "compound", 4),
             ("forces", "nsubj", 5), ("ambushed", "ROOT", 5), ("a", "det", 7), ("convoy", "dobj", 5),
             ("near", "prep", 5), ("Kalay", "pobj", 8)]
    doc = parsed_doc(words, "MM")
    assert doc.analysis is not None
    doc.analysis.entities = [Entity(4, 11, "ORG", "Red Owl")]
    assert ("Red Owl guerrilla forces", "Red Owl", 3) in tagged(doc)


def test_a_named_force_joined_to_its_branch_by_a_hyphen_is_that_branch() -> None:
    assert matched("PDF-Taze fighters ambushed a column.")[0] == ("PDF", "PDF: People's Defense Force")
    words = [("PDF-Taze", "nsubj", 1), ("ambushed", "ROOT", 1), ("a", "det", 3), ("column", "dobj", 1),
             ("near", "prep", 1), ("Kalay", "pobj", 4)]
    assert ("PDF-Taze", "People's Defense Force - Taze", 3) in tagged(parsed_doc(words, "MM"))


def test_a_militia_named_by_its_creed_is_a_political_militia_named_after_it() -> None:
    assert matched("An Islamist militia raided the village.") == [
        ("Islamist militia", "Islamist Militia ({country})")]
    assert [e.inter for e in load_catalogue() if "Islamist militia" in e.aliases] == [3]
