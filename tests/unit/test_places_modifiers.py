"""The places stage finding a place named as the qualifier of its people or offices ("Dovrani
nurses", "the Kelsoko governor"), an office's title written in capitals after the name ("Kelsoko
Governor"), a number before it ("Four Dovrani nurses"), and both ends of a road or border named by
the places it joins ("the Dovrani-Tarnu road"), which are where the road leads, not where on it an
event was, when the sentence names another place."""

from __future__ import annotations

import pytest
from builders import analysed_doc, places_in

from frontlines.coding.locations import choose_place
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place
from frontlines.stages.places import PlaceResolver

# Invented towns, each with one reading: too small to be taken as a bare capitalised word.
ENTRIES = [
    GazEntry(941001, "Dovrani", "PPL", "KE", -0.9, 34.9, 30_000, "40", "Ulamo"),
    GazEntry(941002, "Kelsoko", "PPL", "KE", -1.4, 36.2, 25_000, "41", "Veruna"),
    GazEntry(941003, "Tarnu", "PPL", "KE", -2.1, 40.1, 8_000, "42", "Sabiko"),
    GazEntry(941004, "Hadley", "PPL", "GB", 51.9, -0.5, 3_000, "ENG", "England"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_a_name_before_the_people_of_a_place_is_that_place_whatever_the_tagger_says(
    resolver: PlaceResolver,
) -> None:
    doc = analysed_doc("By noon, Dovrani villagers had blocked the market gate.", [("Dovrani", "NORP")])
    assert places_of(resolver, doc)["Dovrani"].geonameid == 941001
    doc = analysed_doc("A crowd cheered the Kelsoko governor at the stadium.", [("Kelsoko", "PERSON")])
    assert places_of(resolver, doc)["Kelsoko"].geonameid == 941002


def test_supporters_follow_people_as_often_as_places_so_they_place_nothing(resolver: PlaceResolver) -> None:
    doc = analysed_doc("The Hadley supporters marched to the palace.", [("Hadley", "PERSON")])
    assert "Hadley" not in places_of(resolver, doc)


def test_an_office_title_in_capitals_is_no_part_of_the_name_before_it(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Arsonists set fire to the home of the Kelsoko Governor overnight.",
                     [("Kelsoko Governor", "LOC")])
    assert places_of(resolver, doc)["Kelsoko"].geonameid == 941002


def test_a_number_opening_the_sentence_is_no_part_of_the_name(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Four Dovrani nurses walked out over unpaid wages.", [("Four", "CARDINAL")])
    assert places_of(resolver, doc)["Dovrani"].geonameid == 941001


def test_a_road_named_by_two_known_places_gives_both(resolver: PlaceResolver) -> None:
    doc = analysed_doc("A lorry hit a mine on the Dovrani-Tarnu road at dawn.", [("Dovrani-Tarnu", "ORG")])
    assert {p.geonameid for p in resolver(doc).places} == {941001, 941003}


def test_a_road_named_by_a_place_the_gazetteer_lacks_gives_neither_end(resolver: PlaceResolver) -> None:
    doc = analysed_doc("A lorry hit a mine on the Dovrani-Quellbrook road at dawn.", [])
    assert not any(p.text == "Dovrani-Quellbrook" or p.geonameid == 941001 for p in resolver(doc).places)


def test_the_ends_of_a_road_yield_to_the_town_on_it_where_the_event_was() -> None:
    text = "Lorry owners barricaded the Dovrani-Tarnu road in Kelsoko town at noon."
    places = places_in(text, ("Dovrani", "KE", "PPL"), ("Tarnu", "KE", "PPL"), ("Kelsoko", "KE", "PPL"))
    chosen = choose_place(text, places, "KE")
    assert chosen is not None and chosen.text == "Kelsoko"


def test_the_home_of_the_people_named_yields_to_where_they_gathered() -> None:
    text = "Dovrani farmers rallied in Kelsoko against the new tax."
    places = places_in(text, ("Dovrani", "KE", "PPL"), ("Kelsoko", "KE", "PPL"))
    chosen = choose_place(text, places, "KE")
    assert chosen is not None and chosen.text == "Kelsoko"
