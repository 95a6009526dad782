"""Places named with the place they lie in (invented sentences and places): a city's district read
far from its city ("Orvasta - Kellin", "Kellin district in Orvasta") gives way to the city; a
town and the province stated as its container are read so that one lies in the other; a square or
a list of avenues names no town; a university named after a big city is in it, unless the sentence
names where its people were; a war a place is the topic of says nothing of the story's own country,
and a slogan against war says nothing of the place it was chanted in."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import analysed_doc

from frontlines.coding.locations import choose_place, is_topic, misread_district
from frontlines.coding.when_where import event_place
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Analysis, Document, Place, Sentence
from frontlines.stages.places import PlaceResolver


def place(text: str, words: str, country: str, code: str, lat: float, lon: float) -> Place:
    """A resolved place at the first occurrence of `words`."""
    start = text.index(words)
    return Place(start, start + len(words), words, words, geonameid=start + 1, lat=lat, lon=lon,
                 country_code=country, feature_code=code)


@pytest.mark.parametrize("text", [
    "Two football crowds traded punches by a bakery in Orvasta - Kellin on Sunday.",
    "Two football crowds traded punches by a bakery in Kellin district in Orvasta on Sunday.",
])
def test_a_district_read_far_from_its_city_gives_way_to_the_city(text: str) -> None:
    places = sorted([place(text, "Orvasta", "NO", "PPLC", 60.0, 10.0),
                     place(text, "Kellin", "SE", "PPL", 59.0, 15.0)], key=lambda p: p.start)
    district = next(p for p in places if p.text == "Kellin")
    assert misread_district(text, district, places)
    chosen = choose_place(text, places)
    assert chosen is not None and chosen.text == "Orvasta"


def test_a_district_read_inside_its_city_is_no_misreading() -> None:
    text = "Two football crowds traded punches by a bakery in Orvasta - Kellin on Sunday."
    places = [place(text, "Orvasta", "NO", "PPLC", 60.0, 10.0),
              place(text, "Kellin", "NO", "PPL", 59.98, 10.02)]
    assert not misread_district(text, places[1], places)


def test_a_district_of_the_province_a_city_names_is_no_misreading() -> None:
    text = "Gunmen burned a school in Kellin district in Orvasta on Sunday."
    places = [replace(place(text, "Kellin", "NO", "ADM2", 60.5, 10.0), admin1="Orvasta"),
              replace(place(text, "Orvasta", "NO", "PPLC", 60.0, 10.0), admin1="Orvasta")]
    assert not misread_district(text, places[0], places)


def test_two_villages_joined_by_a_dash_are_no_city_and_its_district() -> None:
    text = "Tank crews pushed toward Tomka - Vilde on Friday."
    places = [place(text, "Tomka", "UA", "PPL", 48.0, 37.0), place(text, "Vilde", "UA", "PPL", 49.5, 23.0)]
    assert not misread_district(text, places[1], places)


ENTRIES = [
    # A town and the province of its name, and a bigger namesake town (with its district) abroad.
    GazEntry(970001, "Alvera", "PPL", "PE", -12.0, -75.0, 300_000, "14", "Alvera"),
    GazEntry(970002, "Alvera", "ADM1", "PE", -12.2, -75.1, 800_000, "14", "Alvera"),
    GazEntry(970003, "Alvera", "PPL", "CL", -33.0, -71.0, 1_200_000, "31", "Norvia", "Alvera"),
    GazEntry(970004, "Alvera", "ADM2", "CL", -33.0, -71.0, 1_250_000, "31", "Norvia"),
    # A village whose name a city square takes.
    GazEntry(970010, "Lindor", "PPL", "AT", 47.0, 13.0, 2_000, "09", "Vell"),
    GazEntry(970011, "Varesco", "PPL", "AT", 47.5, 13.2, 1_300_000, "09", "Vell"),
    # A big city and a small town that universities are named after.
    GazEntry(970020, "Ardmere", "PPLC", "KE", -1.2, 36.8, 2_500_000, "05", "Ardmere Area"),
    GazEntry(970021, "Tolvin", "PPL", "KE", 0.0, 34.6, 8_000, "07", "Westa"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def test_a_town_is_read_inside_the_province_stated_as_its_container(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Cyclists blocked the main avenue in Alvera (Alvera) on Monday.",
                       [("Alvera", "GPE"), ("Alvera)", "GPE")])
    town, province = resolver(doc).places
    assert (town.geonameid, province.geonameid) == (970001, 970002)


def test_a_square_names_no_town(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Nurses rallied in Lindor Square in Varesco on Friday.", [("Lindor Square", "FAC")])
    assert [p.text for p in resolver(doc).places] == ["Varesco"]


def test_the_first_name_of_a_list_of_avenues_names_a_street(resolver: PlaceResolver) -> None:
    doc = analysed_doc("In Varesco, drivers blocked the Lindor and Pavan Avenues for an hour.",
                       [("Varesco", "GPE"), ("Lindor", "GPE")])
    assert [p.text for p in resolver(doc).places] == ["Varesco"]


def test_a_slogan_against_war_says_nothing_of_where_it_was_chanted() -> None:
    text = "Marchers sang 'no more war' in Kellin on Sunday."
    assert not is_topic(text, place(text, "Kellin", "NO", "PPL", 60.0, 10.0))


def test_a_university_named_after_a_city_yields_to_where_its_people_were() -> None:
    text = "Graduates of the University of Ardmere rallied in Tolvin on Monday."
    places = [place(text, "Ardmere", "NO", "PPLC", 60.0, 10.0),
              place(text, "Tolvin", "SE", "PPL", 59.0, 15.0)]
    chosen = choose_place(text, places)
    assert chosen is not None and chosen.text == "Tolvin"


def test_a_country_named_as_the_topic_does_not_make_the_home_country() -> None:
    text = "Students rallied in Orvasta near Lonvik to oppose the war in Tessaly."
    places = [place(text, "Orvasta", "FI", "PPL", 61.0, 25.0), place(text, "Lonvik", "EE", "PPL", 58.0, 26.0),
              place(text, "Tessaly", "EE", "PCLI", 58.6, 25.0)]
    doc = Document("d", text, analysis=Analysis(sentences=[Sentence(0, len(text), 0, 0)]), places=places)
    assert doc.analysis is not None
    found = event_place(doc, doc.analysis.sentences[0])
    assert found is not None and found.text == "Orvasta"


@pytest.mark.parametrize(("text", "found"), [
    ("Cleaners employed by University of Ardmere picketed over unpaid wages.", ["Ardmere"]),
    ("Cleaners employed by University of Tolvin picketed over unpaid wages.", []),
])
def test_a_university_named_after_a_big_city_is_in_it(
    resolver: PlaceResolver, text: str, found: list[str]
) -> None:
    org = text[text.index("University"):text.index(" picketed")]
    assert [p.text for p in resolver(analysed_doc(text, [(org, "ORG")])).places] == found
