"""Places a sentence names in the background of its event (`in_background`): in a relative clause
or in a purpose clause; the event's place is one the sentence tells it at. And the home country
on a tie of votes (invented sentences and places)."""

from __future__ import annotations

from builders import places_in

from frontlines.coding.locations import choose_place, home_country
from frontlines.coding.when_where import background_places, event_place, in_background
from frontlines.model import Analysis, Document, Place, Sentence, Token


def parse(text: str, words: list[tuple[str, str, str, int]], places: list[Place] | None = None) -> Document:
    """A one-sentence document with a hand-made parse of its words in order: (word, part of speech,
    dependency, head index); "to" marking an infinitive is tagged TO."""
    tokens, at = [], 0
    for word, pos, dep, head in words:
        start = text.index(word, at)
        at = start + len(word)
        tag = "TO" if word == "to" and dep == "aux" else ""
        tokens.append(Token(start, at, word, word.lower(), pos, tag, dep, head))
    sentence = Sentence(0, len(text), 0, len(tokens))
    return Document("d", text, analysis=Analysis(tokens=tokens, sentences=[sentence]), places=places or [])


def behind(doc: Document, *names: str) -> list[bool]:
    """Whether each named place (first occurrence) is in the background of the document's sentence."""
    assert doc.analysis is not None
    sent = doc.analysis.sentences[0]
    found = [places_in(doc.text, (name, "TN", "PPL"))[0] for name in names]
    return [in_background(doc.analysis.tokens, sent, place) for place in found]


PURPOSE = ("Crowds marched in Velmar to denounce the shooting in Oskara.", [
    ("Crowds", "NOUN", "nsubj", 1), ("marched", "VERB", "ROOT", 1), ("in", "ADP", "prep", 1),
    ("Velmar", "PROPN", "pobj", 2), ("to", "PART", "aux", 5), ("denounce", "VERB", "advcl", 1),
    ("the", "DET", "det", 7), ("shooting", "NOUN", "dobj", 5), ("in", "ADP", "prep", 7),
    ("Oskara", "PROPN", "pobj", 8), (".", "PUNCT", "punct", 1),
])


def test_a_place_in_a_purpose_or_relative_clause_is_background() -> None:
    assert behind(parse(*PURPOSE), "Velmar", "Oskara") == [False, True]
    relative = parse("Workers rallied in Velmar against cuts that closed a mill in Oskara.", [
        ("Workers", "NOUN", "nsubj", 1), ("rallied", "VERB", "ROOT", 1), ("in", "ADP", "prep", 1),
        ("Velmar", "PROPN", "pobj", 2), ("against", "ADP", "prep", 1), ("cuts", "NOUN", "pobj", 4),
        ("that", "PRON", "nsubj", 7), ("closed", "VERB", "relcl", 5), ("a", "DET", "det", 9),
        ("mill", "NOUN", "dobj", 7), ("in", "ADP", "prep", 9), ("Oskara", "PROPN", "pobj", 10),
        (".", "PUNCT", "punct", 1),
    ])
    assert behind(relative, "Velmar", "Oskara") == [False, True]


def test_a_clause_with_its_own_subject_or_conjunction_is_no_purpose() -> None:
    doc = parse("Guards fired in Velmar as the convoy tried to reach Oskara.", [
        ("Guards", "NOUN", "nsubj", 1), ("fired", "VERB", "ROOT", 1), ("in", "ADP", "prep", 1),
        ("Velmar", "PROPN", "pobj", 2), ("as", "SCONJ", "mark", 7), ("the", "DET", "det", 6),
        ("convoy", "NOUN", "nsubj", 7), ("tried", "VERB", "advcl", 1), ("to", "PART", "aux", 9),
        ("reach", "VERB", "xcomp", 7), ("Oskara", "PROPN", "dobj", 9), (".", "PUNCT", "punct", 1),
    ])
    assert behind(doc, "Velmar", "Oskara") == [False, False]


def test_a_subject_or_an_object_names_no_background() -> None:
    blast = parse("An explosion in Oskara killed two guards from Velmar.", [
        ("An", "DET", "det", 1), ("explosion", "NOUN", "nsubj", 4), ("in", "ADP", "prep", 1),
        ("Oskara", "PROPN", "pobj", 2), ("killed", "VERB", "ROOT", 4), ("two", "NUM", "nummod", 6),
        ("guards", "NOUN", "dobj", 4), ("from", "ADP", "prep", 6), ("Velmar", "PROPN", "pobj", 7),
        (".", "PUNCT", "punct", 4),
    ])
    assert behind(blast, "Oskara", "Velmar") == [False, False]


def test_the_container_of_a_place_told_in_the_foreground_is_no_background() -> None:
    text = "Troops shelled Tepla village (Orsan district) rebels held."
    places = places_in(text, ("Tepla", "TN", "PPL"), ("Orsan", "TN", "ADM2"))
    doc = parse(text, [  # the parse hangs "Orsan district" on the relative clause
        ("Troops", "NOUN", "nsubj", 1), ("shelled", "VERB", "ROOT", 1), ("Tepla", "PROPN", "compound", 3),
        ("village", "NOUN", "dobj", 1), ("(", "PUNCT", "punct", 6), ("Orsan", "PROPN", "compound", 6),
        ("district", "NOUN", "npadvmod", 9), (")", "PUNCT", "punct", 6), ("rebels", "NOUN", "nsubj", 9),
        ("held", "VERB", "relcl", 3), (".", "PUNCT", "punct", 1),
    ], places)
    assert behind(doc, "Tepla", "Orsan") == [False, True]
    assert background_places(doc, places) == frozenset()  # the district holds the village


def test_the_event_is_placed_where_the_sentence_tells_it_not_in_the_background() -> None:
    text = "Workers rallied in Velmar district against cuts that closed a mill in Oskara."
    places = places_in(text, ("Velmar", "TN", "ADM2"), ("Oskara", "TN", "PPL"))
    assert choose_place(text, places, "TN") is places[1]  # the town is more specific ...
    assert choose_place(text, places, "TN", {places[1].start}) is places[0]  # ... but background
    assert choose_place(text, places[1:], "TN", {places[1].start}) is places[1]  # the only place


def test_a_country_alone_in_the_foreground_does_not_displace_a_town_in_the_background() -> None:
    text = "Nomaland's troops raided camps to drive rebels from Kellin."
    places = places_in(text, ("Nomaland", "NM", "PCLI"), ("Kellin", "NM", "PPL"))
    assert choose_place(text, places, "NM", {places[1].start}) is places[1]


def test_a_place_at_home_still_comes_before_one_abroad_told_in_the_foreground() -> None:
    text = "Workers rallied in Marrow against cuts that closed the Oskara mill."
    places = places_in(text, ("Marrow", "US", "PPL"), ("Oskara", "TN", "PPL"))  # Marrow read abroad
    assert choose_place(text, places, "TN", {places[1].start}) is places[1]


def test_places_in_the_background_do_not_vote_for_the_home_country() -> None:
    text, words = PURPOSE
    text = text.replace("Oskara.", "Oskara, Nordavia.")
    words = [*words[:-1], (",", "PUNCT", "punct", 9), ("Nordavia", "PROPN", "appos", 9),
             (".", "PUNCT", "punct", 1)]
    places = places_in(text, ("Velmar", "SE", "PPL"), ("Oskara", "NO", "PPL"), ("Nordavia", "NO", "PCLI"))
    assert home_country(places) == "NO"  # all places counted: Oskara and Nordavia outvote Velmar
    assert home_country(places, text, {places[1].start, places[2].start}) == "SE"  # they count half
    doc = parse(text, words, places)
    assert doc.analysis is not None
    chosen = event_place(doc, doc.analysis.sentences[0])
    assert chosen is not None and chosen.text == "Velmar"


def test_a_tie_goes_to_the_country_of_a_capital_or_of_a_named_container() -> None:
    marched = "Teachers marched in Velmar and Orvasta."
    capital = places_in(marched, ("Velmar", "TN", "PPLC"), ("Orvasta", "ZA", "PPL"))
    assert home_country(capital) == "TN"
    text = "Activists of Kellin Watch rallied in Tarvo, Lappa region."
    places = places_in(text, ("Kellin", "BE", "PPL"), ("Tarvo", None, ""), ("Lappa", "FI", "ADM1"))
    assert home_country(places) is None  # without the text, no container is known
    assert home_country(places, text) == "FI"
    towns = places_in(marched, ("Velmar", "TN", "PPL"), ("Orvasta", "ZA", "PPL"))
    assert home_country(towns, marched) is None
