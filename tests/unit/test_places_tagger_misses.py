"""The places stage finding places the tagger misreads: a name after a sentence-opening "In" or
"Residents of" (the capital run then starts with a word of no name), a place and its container
joined into one organisation ("in Nyalenda, Kisumu"), a possessive city before a place in it
("Kisumu's Kondele"), and "X county" where counties are a country's first-level areas or
where the gazetteer calls an area so ("Meru County")."""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place
from frontlines.stages.places import PlaceResolver

# Invented places: only their names, kinds, sizes and countries matter here.
ENTRIES = [
    GazEntry(940001, "Tarongo", "ADM1", "KE", -1.0, 34.5, 900_000, "40", "Tarongo"),
    GazEntry(940002, "Tarongo", "PPL", "KE", -1.1, 34.4, 60_000, "40", "Tarongo"),
    GazEntry(940003, "Mbeluko", "PPL", "KE", -0.5, 35.5, 45_000, "41", "Kiriva"),
    GazEntry(940004, "Kiriva", "ADM1", "KE", -0.6, 35.4, 300_000, "41", "Kiriva"),
    GazEntry(940005, "Lunzeni", "ADM1", "KE", -4.2, 39.4, 350_000, "42", "Lunzeni"),
    GazEntry(940006, "Lunzeni", "PPL", "KE", -4.2, 39.5, 10_000, "42", "Lunzeni"),
    GazEntry(940007, "Lunzeni", "PPL", "NG", 5.8, 6.1, 20_000, "36", "Delta"),
    GazEntry(940008, "Welu", "ADM1", "KE", 0.1, 37.6, 130_000, "43", "Welu",
             alternate_names=("Welu County",)),
    GazEntry(940009, "Welu", "ADM2", "TZ", -3.3, 36.8, 118_000, "26", "Arusha", "Welu"),
]

# Capitalised words the tagger reads as other than proper nouns, and adpositions.
NOT_PROPER = {"Residents", "Police", "Gunmen"}
ADPOSITIONS = {"In", "in", "of"}


def part_of_speech(word: str) -> str:
    if word in ADPOSITIONS:
        return "ADP"
    return "PROPN" if word[0].isupper() and word not in NOT_PROPER else "X"


def tagged_doc(text: str, entities: list[tuple[str, str]]) -> Document:
    """A document whose tokens are proper nouns when capitalised (but `NOT_PROPER` and
    `ADPOSITIONS`), with the (text, label) entities given at their first occurrence."""
    return analysed_doc(text, entities, part_of_speech)


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_a_town_after_a_sentence_opening_in_is_found_whatever_the_tagger_says(
    resolver: PlaceResolver,
) -> None:
    doc = tagged_doc("In Mbeluko, police arrested three traders.", [("Mbeluko", "PRODUCT")])
    assert places_of(resolver, doc)["Mbeluko"].geonameid == 940003


def test_residents_of_a_town_place_the_town(resolver: PlaceResolver) -> None:
    doc = tagged_doc("Residents of Mbeluko blocked the road for a day.", [("Mbeluko", "PERSON")])
    assert places_of(resolver, doc)["Mbeluko"].geonameid == 940003


def test_a_place_and_its_container_tagged_as_one_organisation_are_split_at_the_comma(
    resolver: PlaceResolver,
) -> None:
    doc = tagged_doc("Youths rioted in Sokoni Juu, Kiriva on Friday.", [("Sokoni Juu, Kiriva", "ORG")])
    places = places_of(resolver, doc)
    assert places["Kiriva"].geonameid == 940004
    assert places["Sokoni Juu"].geonameid is None  # a place inside Kiriva the gazetteer lacks


def test_an_organisation_with_a_comma_is_no_place_without_a_locative_word(resolver: PlaceResolver) -> None:
    doc = tagged_doc("Gunmen of Sokoni Juu, Kiriva claimed the attack.", [("Sokoni Juu, Kiriva", "ORG")])
    assert places_of(resolver, doc) == {}


def test_a_possessive_city_is_not_joined_to_the_place_in_it(resolver: PlaceResolver) -> None:
    doc = tagged_doc("Police clashed with protesters in Tarongo's Sokoni area.", [("Tarongo", "GPE")])
    assert places_of(resolver, doc)["Tarongo"].country_code == "KE"


def test_a_county_is_read_in_the_country_whose_first_level_areas_are_counties(
    resolver: PlaceResolver,
) -> None:
    # The Kenyan county holds a small namesake town; a bigger namesake town lies abroad.
    doc = tagged_doc("Lunzeni county: Gunmen attacked a village, killing one.", [("Lunzeni", "ORG")])
    assert places_of(resolver, doc)["Lunzeni"].country_code == "KE"


def test_a_county_named_after_its_town_places_the_event_around_the_town(resolver: PlaceResolver) -> None:
    doc = tagged_doc("Traders protested in Tarongo county on Monday.", [("Tarongo", "GPE")])
    place = places_of(resolver, doc)["Tarongo"]
    assert (place.geonameid, place.feature_code) == (940002, "AROUND")


def test_an_area_the_gazetteer_calls_by_the_name_and_kind_word_fits_the_kind_word(
    resolver: PlaceResolver,
) -> None:
    # The Tanzanian district is a second-level area, as counties are in many countries, but the
    # Kenyan first-level area is called "Welu County".
    doc = tagged_doc("Youths in Welu county took to the streets.", [("Welu", "GPE")])
    assert places_of(resolver, doc)["Welu"].geonameid == 940008


def test_a_name_after_in_is_looked_up_though_the_tagger_reads_it_as_a_verb(resolver: PlaceResolver) -> None:
    doc = tagged_doc("Farmers demonstrated in Mbeluko on Friday.", [])
    doc.analysis.tokens[3].pos = "VERB"  # type: ignore[union-attr]  # an -ing like ending misread
    assert places_of(resolver, doc)["Mbeluko"].geonameid == 940003
    doc = tagged_doc("Farmers demonstrated. Mbeluko soon followed.", [])
    doc.analysis.tokens[3].pos = "VERB"  # type: ignore[union-attr]
    # No locative before it, nor the people of a place after it: a verb stays a verb.
    assert "Mbeluko" not in places_of(resolver, doc)
