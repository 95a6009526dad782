"""The places stage finding names the tagger cuts short or misses: lowercase particles inside a
name, modest towns after a locative word, and provinces spelled with a vowel more or less."""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place
from frontlines.stages.places import PlaceResolver

# Invented places: only their names, sizes and countries matter here.
ENTRIES = [
    GazEntry(900001, "Porto Velho", "PPL", "BR", -8.8, -63.9, 500_000, "24", "Rondonia"),
    GazEntry(900002, "Porto Velho da Serra", "PPL", "BR", -20.1, -44.2, 40_000, "15", "Minas Gerais"),
    GazEntry(900003, "Minas Gerais", "ADM1", "BR", -18.5, -44.5, 20_000_000, "15", "Minas Gerais"),
    GazEntry(900004, "Villecourt", "PPL", "FR", 45.1, 1.4, 22_000, "76", "Occitanie"),
    GazEntry(900005, "Petitbourg", "PPL", "FR", 46.0, 2.0, 600, "76", "Occitanie"),  # a hamlet
    GazEntry(900006, "Biiraan", "ADM1", "SO", 4.5, 45.5, 500_000, "07", "Biiraan"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_a_name_cut_before_a_lowercase_particle_is_joined_when_the_whole_is_known(
    resolver: PlaceResolver,
) -> None:
    text = "Workers marched in Porto Velho da Serra (Minas Gerais) on Monday."
    doc = analysed_doc(text, [("Porto Velho", "GPE"), ("Serra", "GPE"), ("Minas Gerais", "GPE")])
    places = places_of(resolver, doc)
    assert places["Porto Velho da Serra"].geonameid == 900002
    assert "Porto Velho" not in places and "Serra" not in places


def test_a_particle_does_not_join_a_name_to_words_that_name_no_known_place(resolver: PlaceResolver) -> None:
    text = "Workers marched in Porto Velho de Manhã Cedo on Monday."
    places = places_of(resolver, analysed_doc(text, [("Porto Velho", "GPE")]))
    assert places["Porto Velho"].geonameid == 900001


def test_after_a_locative_word_a_modest_town_is_found_without_the_tagger(resolver: PlaceResolver) -> None:
    doc = analysed_doc("About 200 taxi drivers protested in Villecourt over fuel prices.")
    places = places_of(resolver, doc)
    assert places["Villecourt"].country_code == "FR"


def test_a_hamlet_abroad_still_needs_the_tagger_or_the_story_s_country(resolver: PlaceResolver) -> None:
    assert "Petitbourg" not in places_of(resolver, analysed_doc("About 200 people protested in Petitbourg."))


def test_a_province_spelled_with_a_vowel_less_is_found_by_its_kind_word(resolver: PlaceResolver) -> None:
    # Its first four letters differ ("bira", "biir"): the doubled vowel is tried there too.
    doc = analysed_doc("Militants attacked a base in Biraan region.", [("Biraan", "GPE")])
    places = places_of(resolver, doc)
    assert places["Biraan"].geonameid == 900006


AREAS = [
    GazEntry(910001, "Velmaria", "ADM1", "UA", 46.6, 32.6, 1_000_000, "08", "Velmaria"),
    GazEntry(910002, "Lisk", "PPL", "PL", 52.0, 19.0, 20_000, "10", "Lodz"),
    GazEntry(910003, "Borvia", "PCLI", "BV", 10.0, 10.0, 5_000_000),
    GazEntry(910004, "Morvany", "ADM1", "FR", 48.0, -3.0, 3_000_000, "53", "Morvany"),
]


@pytest.fixture(scope="module")
def area_resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(AREAS))


def test_a_province_after_a_comma_or_bracket_is_a_place_whatever_the_tagger_says(
    area_resolver: PlaceResolver,
) -> None:
    text = "Artillery shelled Zorivka, Velmaria, and a village (Velmaria) on Monday."
    doc = analysed_doc(text, [("Zorivka", "ORG"), ("Velmaria", "PERSON")])
    assert [p.geonameid for p in area_resolver(doc).places if p.text == "Velmaria"] == [910001, 910001]


def test_a_town_after_a_comma_is_not_taken_from_the_taggers_person(area_resolver: PlaceResolver) -> None:
    text = "The new envoy, Lisk, thanked the minister on Monday."
    doc = analysed_doc(text, [("Lisk", "PERSON")])
    assert "Lisk" not in places_of(area_resolver, doc)


def test_a_person_named_like_a_province_after_a_common_noun_stays_a_person(
    area_resolver: PlaceResolver,
) -> None:
    text = "She thanked her daughter, Morvany, for the flowers."
    assert "Morvany" not in places_of(area_resolver, analysed_doc(text, [("Morvany", "PERSON")]))


def test_after_shelled_a_known_place_beats_the_taggers_person(area_resolver: PlaceResolver) -> None:
    doc = analysed_doc("Government forces shelled Borvia overnight.", [("Borvia", "PERSON")])
    assert places_of(area_resolver, doc)["Borvia"].geonameid == 910003


def test_after_a_locative_word_a_town_name_shared_by_several_countries_needs_the_tagger() -> None:
    twins = [GazEntry(930001, "Kewford", "PPL", "GB", 51.5, -0.3, 24_000),
             GazEntry(930002, "Kewford", "PPL", "AU", -37.8, 145.0, 11_000)]
    resolver = PlaceResolver(Gazetteer.from_entries(twins))
    assert "Kewford" not in places_of(resolver, analysed_doc("The recycling centre in Kewford stays open."))
