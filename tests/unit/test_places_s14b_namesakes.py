"""Namesakes and names that are parts of other names: between namesakes of like size the one known
in many languages; a province after a town's comma, not a village beside a namesake of the town; a
town placed by the last known name of its bracketed chain; a province after a place's kind word
and comma ("Kovelka territorial community, Dravka"); a place's militia, from where it came; squares,
movements, exercises and currencies named after places, which are no places."""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.coding.locations import is_topic
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.resolve import Mention, known_container
from frontlines.model import Place
from frontlines.stages.places import PlaceResolver

# Invented places: only their names, kinds, sizes, countries, areas and names abroad matter here.
KNOWN = tuple(f"Orlenne {n}" for n in range(16))  # what other languages call a well-known town
ENTRIES = [
    GazEntry(970001, "Orlenne", "PPL", "CA", 45.4, -75.5, 126_000, "08", "Ontara"),
    GazEntry(970002, "Orlenne", "PPL", "FR", 47.9, 1.9, 116_000, "24", "Loiret", alternate_names=KNOWN),
    GazEntry(970003, "Valmont", "PPL", "FR", 44.9, 4.9, 64_000, "84", "Auvergne", alternate_names=KNOWN[:6]),
    GazEntry(970004, "Valmora", "PPL", "ES", 39.5, -0.4, 800_000, "60", "Levant",
             alternate_names=("Valmont", *KNOWN)),
    GazEntry(970010, "Nuvelon", "ADM1", "MX", 25.6, -99.9, 4_800_000, "19", "Nuvelon"),
    GazEntry(970011, "Nuvelon", "PPL", "MX", 32.4, -115.1, 3_600, "02", "Bajora"),
    GazEntry(970012, "Bertova", "PPL", "MX", 32.5, -115.2, 4_100, "02", "Bajora"),
    GazEntry(970013, "Bertova", "PPL", "MX", 19.4, -99.1, 9_000, "09", "Capital"),
    GazEntry(970020, "Kalder", "ADM1", "KE", 0.4, 34.2, 900_000, "13", "Kalder"),
    GazEntry(970021, "Vessa", "PPL", "KE", 0.46, 34.11, 72_000, "13", "Kalder"),
    GazEntry(970022, "Vessa", "PPL", "UG", 0.47, 34.09, 75_000, "E", "Eastern", "Kalder"),
    GazEntry(970023, "Kalder", "ADM2", "UG", 0.6, 34.0, 75_000, "E", "Eastern"),
    GazEntry(970030, "Lindor Square", "PPL", "US", 40.2, -74.6, 12_000, "NJ", "New Jersey"),
    GazEntry(970031, "Lindor", "PPL", "GB", 53.4, -3.0, 140_000, "ENG", "England"),
    GazEntry(970032, "Orvo", "PPL", "US", 41.4, -95.0, 5_000, "IA", "Iowa"),
    GazEntry(970033, "Ruritania", "PCLI", "RU", 55.0, 37.0, 9_000_000, None, None),
    GazEntry(970034, "Ostrel", "PPL", "RU", 54.0, 36.0, 60_000, "12", "Kesh"),
    GazEntry(970040, "Dravka", "ADM1", "UA", 46.7, 33.5, 1_000_000, "08", "Dravka"),
    GazEntry(970041, "Dravka", "PPL", "UA", 46.6, 32.6, 66_000, "08", "Dravka"),
    GazEntry(970042, "Kovelka", "PPL", "UA", 47.5, 33.2, 900, "08", "Dravka"),
    GazEntry(970043, "Kovelka", "PPL", "UA", 49.7, 35.1, 900, "18", "Harvo"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def found(resolver: PlaceResolver, text: str, *entities: tuple[str, str]) -> dict[str, Place]:
    return {p.text: p for p in resolver(analysed_doc(text, entities)).places}


def test_of_namesakes_of_like_size_the_one_known_in_many_languages_is_read(resolver: PlaceResolver) -> None:
    places = found(resolver, "About 600 teachers demonstrated in Orlenne.", ("Orlenne", "GPE"))
    assert places["Orlenne"].geonameid == 970002
    places = found(resolver, "Drivers slowed the traffic towards Orlenne.", ("Orlenne", "GPE"))
    assert places["Orlenne"].geonameid == 970002


def test_a_city_s_many_names_abroad_do_not_make_one_of_them_its_own(resolver: PlaceResolver) -> None:
    # "Valmont" is also what one language calls Valmora: that Valmora is known widely is no
    # reason to read a town's own name as it.
    places = found(resolver, "Around 60 people demonstrated in Valmont.", ("Valmont", "GPE"))
    assert places["Valmont"].geonameid == 970003


def test_the_province_after_a_town_s_comma_is_no_village_beside_a_namesake_of_the_town(
    resolver: PlaceResolver,
) -> None:
    text = "In Bertova, Nuvelon, a man was found shot dead."
    places = found(resolver, text, ("Bertova", "GPE"), ("Nuvelon", "GPE"))
    assert places["Nuvelon"].geonameid == 970010
    text = "Residents of Bertova, Nuvelon blocked a road on Monday."
    assert found(resolver, text, ("Bertova", "GPE"), ("Nuvelon", "GPE"))["Nuvelon"].geonameid == 970010


def test_a_village_beside_a_namesake_still_counts_where_the_names_are_no_town_and_its_container(
    resolver: PlaceResolver,
) -> None:
    text = "Farmers from Bertova and Nuvelon blocked a road on Monday."
    places = found(resolver, text, ("Bertova", "GPE"), ("Nuvelon", "GPE"))
    assert places["Nuvelon"].geonameid == 970011


def test_a_town_is_placed_by_the_last_known_name_of_its_bracketed_chain(resolver: PlaceResolver) -> None:
    text = "Supporters marched outside the office in Vessa town (Matiro, Kalder) on Monday."
    places = found(resolver, text, ("Vessa", "GPE"), ("Matiro", "GPE"), ("Kalder", "GPE"))
    assert places["Vessa"].geonameid == 970021
    text = "Traders protested in Vessa (Matiro, Kalder) against new levies."
    places = found(resolver, text, ("Vessa", "GPE"), ("Matiro", "GPE"), ("Kalder", "GPE"))
    assert places["Vessa"].geonameid == 970021


def test_the_container_of_a_town_is_the_first_name_of_its_chain_the_gazetteer_knows() -> None:
    kalder = GazEntry(970020, "Kalder", "ADM1", "KE", 0.4, 34.2, 900_000, "13", "Kalder")
    town = Mention(0, 5, "Vessa", "Vessa", container=1)
    unknown = Mention(12, 18, "Matiro", "Matiro", container=2)
    area = Mention(20, 26, "Kalder", "Kalder", candidates=[kalder])
    assert known_container(town, [town, unknown, area]) is area
    unknown.candidates = [kalder]  # known: it is the container
    assert known_container(town, [town, unknown, area]) is unknown
    assert known_container(area, [town, unknown, area]) is None


def test_a_town_with_an_unknown_container_and_nothing_after_it_is_read_as_before(
    resolver: PlaceResolver,
) -> None:
    text = "Traders protested in Vessa (Matiro) against new levies."
    places = found(resolver, text, ("Vessa", "GPE"), ("Matiro", "GPE"))
    assert places["Vessa"].geonameid == 970022  # no evidence: the bigger namesake


def test_a_province_after_a_place_s_kind_word_and_comma_is_its_container(resolver: PlaceResolver) -> None:
    # The tagger reads both names as other things; the province after "community, " places them.
    text = "Troops shelled Kovelka territorial community, Dravka, hitting houses."
    places = found(resolver, text, ("Kovelka", "ORG"), ("Dravka", "PERSON"))
    assert places["Dravka"].geonameid == 970040
    assert places["Kovelka"].geonameid == 970042
    text = "Gunmen raided Kovelka locality (Dravka) on Monday."
    assert found(resolver, text, ("Kovelka", "GPE"), ("Dravka", "GPE"))["Kovelka"].geonameid == 970042


def test_a_person_after_a_comma_and_a_common_noun_is_no_container(resolver: PlaceResolver) -> None:
    text = "The mayor thanked the whole community, Dravka said on Monday."
    assert "Dravka" not in found(resolver, text, ("Dravka", "PERSON"))


def test_a_place_s_militia_names_where_its_men_came_from_not_where_they_struck() -> None:
    text = "Ostrel militiamen abducted eight women in Kelvo."
    assert is_topic(text, Place(0, 6, "Ostrel", "Ostrel"))
    text = "Members of an Ostrel communal militia raided Kelvo."
    assert is_topic(text, Place(14, 20, "Ostrel", "Ostrel"))
    text = "A militia attacked Ostrel on Monday."
    assert not is_topic(text, Place(19, 25, "Ostrel", "Ostrel"))


def test_a_square_a_movement_an_exercise_or_a_currency_named_after_a_place_is_no_place(
    resolver: PlaceResolver,
) -> None:
    text = "About 500 campaigners gathered in Lindor Square in the city centre."
    assert "Lindor Square" not in found(resolver, text, ("Lindor Square", "FAC"))
    text = "Activists of Orvo Rebellion blocked a bridge in Lindor."
    places = found(resolver, text, ("Orvo", "GPE"), ("Lindor", "GPE"))
    assert "Orvo" not in places and places["Lindor"].geonameid == 970031
    text = "The troops arrived for the Orvo Resolve exercise."
    assert "Orvo" not in found(resolver, text, ("Orvo", "LOC"))
    text = "Drivers in Ostrel protested the fall of the Ruritania dollar."
    places = found(resolver, text, ("Ostrel", "GPE"), ("Ruritania", "GPE"))
    assert "Ruritania" not in places and places["Ostrel"].geonameid == 970034


def test_a_place_before_a_lowercase_word_or_alone_is_still_a_place(resolver: PlaceResolver) -> None:
    text = "Orvo union leaders met in Lindor."
    assert found(resolver, text, ("Orvo", "GPE"), ("Lindor", "GPE"))["Orvo"].geonameid == 970032
    text = "Protesters in Ruritania demanded cheaper bread."
    assert found(resolver, text, ("Ruritania", "GPE"))["Ruritania"].geonameid == 970033
    assert found(resolver, "Campaigners gathered in Lindor.", ("Lindor", "GPE"))["Lindor"].geonameid == 970031
