"""The places stage reading "Town, Province" and "Town (Province)": a known town of the province
named after it is a place whatever the tagger made of it ("control over Dravensk, Olmara" with
Dravensk tagged an organisation); a name with no reading in that province is no town abroad
("Pit 4/5, Olmara" is not the Pit of another country); and the end of a longer name ("Santo de
la Brava, Tepenco") is not read alone."""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place
from frontlines.stages.places import PlaceResolver

# Invented places: only their names, kinds, sizes, countries and provinces matter here.
ENTRIES = [
    GazEntry(950001, "Olmara", "ADM1", "UA", 48.0, 37.8, 4_000_000, "05", "Olmara"),
    GazEntry(950002, "Dravensk", "PPL", "UA", 47.1, 37.5, 400_000, "05", "Olmara"),
    GazEntry(950003, "Dravensk", "PPL", "RU", 55.0, 60.0, 3_000, "61", "Rostov"),
    GazEntry(950004, "Kelmivka", "PPL", "UA", 48.7, 38.1, 10_000, "05", "Olmara"),
    GazEntry(950005, "Pit", "PPL", "JP", 34.2, 131.2, 23_000, "45", "Yamaguchi"),
    GazEntry(950006, "Tepenco", "ADM1", "MX", 21.0, -101.3, 6_000_000, "11", "Tepenco"),
    GazEntry(950007, "Brava", "PPL", "MX", 21.1, -101.1, 20_000, "11", "Tepenco"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_a_town_tagged_as_an_organisation_before_its_province_is_the_town_there(
    resolver: PlaceResolver,
) -> None:
    doc = analysed_doc("Troops tried to gain control over Dravensk, Olmara.", [("Dravensk", "ORG")])
    assert places_of(resolver, doc)["Dravensk"].geonameid == 950002


def test_a_small_town_tagged_as_a_person_before_its_province_is_found(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Jets launched an airstrike on Kelmivka, Olmara.", [("Kelmivka", "PERSON")])
    assert places_of(resolver, doc)["Kelmivka"].geonameid == 950004


def test_a_name_with_no_reading_in_its_stated_province_is_no_town_abroad(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Mortars were fired at positions in Pit 4/5, Olmara.", [])
    places = places_of(resolver, doc)
    assert "Pit" not in places
    assert places["Olmara"].geonameid == 950001


def test_the_end_of_a_longer_name_before_a_province_is_not_read_alone(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Gunmen struck close to Santo de la Brava, Tepenco.", [("Santo", "PERSON")])
    assert "Brava" not in places_of(resolver, doc)
