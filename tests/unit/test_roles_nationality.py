"""A crowd's nationality: the country in ACLED's "Protesters (X)" is the protesters' own, named by
a demonym on the subject of the sentence, wherever they protested."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import PROTESTS, Coding
from frontlines.coding.roles import crowd_roles, foreign_forces
from frontlines.model import ActorMention, Analysis, Document, Place, Sentence, Token

PROTEST = Coding(PROTESTS, "Peaceful protest", "PROTEST", "demo", 0.6)


def parsed(text: str, words: list[tuple[str, str, int]], place: str, code: str,
           actors: list[ActorMention] | None = None) -> Document:
    """`text` with a hand-made parse of its words in order (word, dependency, head index) and
    `place` resolved in country `code`."""
    tokens, at = [], 0
    for word, dep, head in words:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, word, word.lower(), "", "", dep, head))
    where = text.index(place)
    places = [Place(where, where + len(place), place, place, geonameid=1, country_code=code)]
    analysis = Analysis(tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])
    return Document("d", text, analysis=analysis, places=places, actors=actors or [])


def protesters(doc: Document, code: str) -> str:
    actor1, _ = crowd_roles(doc, PROTEST, Roles(told_at=0), doc.actors)
    placed = foreign_forces(actor1, code)
    assert placed is not None
    return placed.name


def test_students_named_by_their_nationality_are_protesters_of_their_country_abroad() -> None:
    doc = parsed("Georgian students rallied in Vilnius",
                 [("Georgian", "amod", 1), ("students", "nsubj", 2), ("rallied", "ROOT", 2),
                  ("in", "prep", 2), ("Vilnius", "pobj", 3)], "Vilnius", "LT")
    assert protesters(doc, "LT") == "Protesters (Georgia)"


def test_a_count_of_people_with_a_nationality_gives_it() -> None:
    doc = parsed("dozens of Armenian women protested in Lyon",
                 [("dozens", "nsubj", 4), ("of", "prep", 0), ("Armenian", "amod", 3), ("women", "pobj", 1),
                  ("protested", "ROOT", 4), ("in", "prep", 4), ("Lyon", "pobj", 5)], "Lyon", "FR")
    assert protesters(doc, "FR") == "Protesters (Armenia)"


def test_a_plural_demonym_names_the_crowd_itself() -> None:
    doc = parsed("Syrians living in Hamburg rallied",
                 [("Syrians", "nsubj", 4), ("living", "acl", 0), ("in", "prep", 1), ("Hamburg", "pobj", 2),
                  ("rallied", "ROOT", 4)], "Hamburg", "DE")
    assert protesters(doc, "DE") == "Protesters (Syria)"


def test_a_crowd_joined_by_supporters_is_of_the_country_it_protested_in() -> None:
    doc = parsed("Syrians and their supporters rallied in Hamburg",
                 [("Syrians", "nsubj", 4), ("and", "cc", 0), ("their", "poss", 3), ("supporters", "conj", 0),
                  ("rallied", "ROOT", 4), ("in", "prep", 4), ("Hamburg", "pobj", 5)], "Hamburg", "DE")
    assert protesters(doc, "DE") == "Protesters (Germany)"


def test_people_for_a_nation_are_not_of_it() -> None:
    doc = parsed("pro-Russian activists rallied in Varna",
                 [("pro", "amod", 3), ("-", "punct", 3), ("Russian", "amod", 3), ("activists", "nsubj", 4),
                  ("rallied", "ROOT", 4), ("in", "prep", 4), ("Varna", "pobj", 5)], "Varna", "BG")
    assert protesters(doc, "BG") == "Protesters (Bulgaria)"


def test_a_force_named_by_its_nationality_gives_the_protesters_none() -> None:
    police = ActorMention(0, 14, "Russian police", "Police Forces of Russia", 1)
    doc = parsed("Russian police watched a rally in Kaunas",
                 [("Russian", "amod", 1), ("police", "nsubj", 2), ("watched", "ROOT", 2), ("a", "det", 4),
                  ("rally", "dobj", 2), ("in", "prep", 4), ("Kaunas", "pobj", 5)], "Kaunas", "LT",
                 actors=[police])
    assert protesters(doc, "LT") == "Protesters (Lithuania)"


def test_a_force_named_by_its_nationality_is_not_the_crowd() -> None:
    text = "Russian police dispersed a rally in Moscow"
    police = ActorMention(0, 14, "Russian police", "Police Forces of Russia", 1)
    doc = parsed(text, [("Russian", "amod", 1), ("police", "nsubj", 2), ("dispersed", "ROOT", 2),
                        ("a", "det", 4), ("rally", "dobj", 2), ("in", "prep", 2), ("Moscow", "pobj", 5)],
                 "Moscow", "RU", [police])
    intervention = Coding(PROTESTS, "Protest with intervention", "PROTEST", "demo", 0.6)
    _, actor2 = crowd_roles(doc, intervention, Roles(actor1=police, told_at=0), doc.actors)
    assert actor2 is not None and actor2.name == "Police Forces of Russia"
