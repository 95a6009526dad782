"""The places stage finding and reading names the tagger mislabels: a town with no namesake after
a locative word, a name another place carries only as a former or foreign name, a name before a
bracketed chain of its containers, a place and its province tagged as one place, a part of a
town ("in central Quessa"), a province named with its kind word, names joined by "las" or "y",
Nigeria's "LGA", the best guess for a town of some size without context, but not for one abroad, and
institutions that share their names with villages."""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place
from frontlines.stages.places import PlaceResolver

# Invented places: only their names, kinds, sizes, countries and areas matter here.
ENTRIES = [
    GazEntry(960001, "Orvasta", "PPL", "FR", 44.5, 5.1, 3_000, "84", "Auvergne"),
    GazEntry(960002, "Vessy", "PPL", "FR", 45.5, 5.2, 600, "84", "Auvergne"),
    GazEntry(960003, "Kellin", "PPL", "FR", 46.5, 5.3, 3_000, "84", "Auvergne"),
    GazEntry(960004, "Kellin", "PPL", "DE", 50.5, 9.3, 2_000, "05", "Hessen"),
    GazEntry(960005, "Dörvitz", "PPL", "DE", 51.2, 15.0, 40_000, "13", "Saxony"),
    GazEntry(960006, "Zgorvec", "PPL", "PL", 51.1, 15.1, 30_000, "72", "Lower Silesia",
             alternate_names=("Dörvitz",)),
    GazEntry(960007, "Halvik", "PPL", "DE", 52.2, 13.0, 40_000, "13", "Saxony"),
    GazEntry(960008, "Halvik", "PPL", "PL", 52.1, 18.1, 30_000, "72", "Lower Silesia"),
    GazEntry(960010, "Tessow", "PPL", "ES", 36.1, -5.4, 9_000, "51", "Andoria"),
    GazEntry(960011, "Tessow", "PPL", "CO", 2.5, -75.3, 9_500, "16", "Huila"),
    GazEntry(960012, "Dorna", "ADM2", "ES", 36.5, -5.8, 1_200_000, "51", "Andoria"),
    GazEntry(960013, "Andoria", "ADM1", "ES", 37.5, -4.5, 8_000_000, "51", "Andoria"),
    GazEntry(960014, "Velma", "PPL", "MX", 20.0, -100.0, 9_000, "11", "Guanajo"),
    GazEntry(960020, "Vado Real", "PPL", "MX", 25.6, -103.5, 250_000, "10", "Tepenco"),
    GazEntry(960021, "Tepenco", "ADM1", "MX", 24.5, -104.5, 1_800_000, "10", "Tepenco"),
    GazEntry(960030, "Quessa", "PPL", "GR", 35.3, 25.1, 137_000, "43", "Krena"),
    GazEntry(960031, "Mumbo", "PPL", "KE", 0.3, 34.5, 45_000, "20", "Kakelo"),
    GazEntry(960032, "Kakelo", "ADM1", "KE", 0.4, 34.7, 1_800_000, "20", "Kakelo"),
    GazEntry(960040, "Lorvane", "ADM1", "AR", -32.5, -63.6, 3_700_000, "05", "Lorvane",
             alternate_names=("Lorvane Province",)),
    GazEntry(960041, "Lorvane", "PPL", "AR", -31.4, -64.2, 2_100_000, "05", "Lorvane"),
    GazEntry(960042, "Lorvane", "ADM2", "ES", 37.9, -4.7, 790_000, "51", "Andoria", "Lorvane",
             alternate_names=("Lorvane Province",)),
    GazEntry(960043, "Lorvane", "PPL", "ES", 37.9, -4.8, 325_000, "51", "Andoria", "Lorvane"),
    GazEntry(960050, "San Tomás de las Vegas", "PPL", "MX", 16.7, -92.6, 215_000, "05", "Chiapo"),
    GazEntry(960051, "Vegas", "PPL", "MX", 23.7, -98.7, 3_000, "28", "Tamalo"),
    GazEntry(960052, "Chiapo", "ADM1", "MX", 16.5, -92.5, 5_000_000, "05", "Chiapo"),
    GazEntry(960060, "Dovra", "ADM2", "NG", 11.5, 7.3, 220_000, "24", "Kesso"),
    GazEntry(960061, "Dovra", "PPL", "NG", 11.6, 7.2, 130_000, "24", "Kesso"),
    GazEntry(960062, "Kesso", "ADM1", "NG", 12.0, 7.5, 5_800_000, "24", "Kesso"),
    GazEntry(960070, "Nieuwmark", "PPL", "BE", 51.1, 2.8, 10_000, "VLG", "Flanders"),
    GazEntry(960071, "Nieuwmark", "PPL", "NL", 51.9, 4.9, 1_400, "11", "Zuid"),
    GazEntry(960072, "Oostvel", "PPL", "BE", 51.0, 3.8, 3_000, "VLG", "Flanders"),
    GazEntry(960073, "Oostvel", "PPL", "NL", 52.0, 5.0, 2_500, "11", "Zuid"),
    GazEntry(960080, "Kampo", "PPL", "MY", 4.3, 101.2, 6_000, "08", "Perank"),
    GazEntry(960081, "Kampo", "PPL", "MY", 2.0, 103.0, 1_000, "01", "Johar"),
    GazEntry(960082, "Bangko", "PPL", "ID", 0.3, 101.0, 40_000, "37", "Rioa"),
    GazEntry(960083, "Soroti", "PPL", "ID", 0.5, 101.4, 30_000, "37", "Rioa"),
    GazEntry(960090, "Congress", "PPL", "US", 34.2, -112.9, 2_000, "AZ", "Arizona"),
    GazEntry(960091, "Court", "PPL", "CH", 47.2, 7.3, 1_300, "BE", "Bern"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def found(resolver: PlaceResolver, text: str, *entities: tuple[str, str]) -> dict[str, Place]:
    return places_of(resolver, analysed_doc(text, entities))


def test_after_a_locative_word_a_town_the_gazetteer_reads_one_way_is_found_from_a_smaller_size(
    resolver: PlaceResolver,
) -> None:
    places = found(resolver, "About 150 people demonstrated in Orvasta against school closures.",
                   ("Orvasta", "ORG"))
    assert places["Orvasta"].geonameid == 960001
    places = found(resolver, "Migrants were moved from their camp situated in Orvasta.",
                   ("Orvasta", "PERSON"))
    assert places["Orvasta"].geonameid == 960001


def test_a_hamlet_or_a_small_town_with_a_namesake_abroad_still_needs_the_tagger(
    resolver: PlaceResolver,
) -> None:
    assert "Vessy" not in found(resolver, "About 150 people demonstrated in Vessy.", ("Vessy", "ORG"))
    assert "Kellin" not in found(resolver, "About 150 people demonstrated in Kellin.", ("Kellin", "ORG"))


def test_a_place_that_carries_a_name_only_as_a_former_or_foreign_name_is_no_namesake(
    resolver: PlaceResolver,
) -> None:
    places = found(resolver, "Around 1,100 people demonstrated in Dorvitz against the measures.",
                   ("Dorvitz", "ORG"))
    assert places["Dorvitz"].geonameid == 960005
    places = found(resolver, "Residents rallied near Dorvitz on Sunday.", ("Dorvitz", "PERSON"))
    assert places["Dorvitz"].geonameid == 960005


def test_namesakes_that_bear_the_name_as_their_own_keep_it_ambiguous(resolver: PlaceResolver) -> None:
    assert "Halvik" not in found(resolver, "Around 1,100 people demonstrated in Halvik.", ("Halvik", "ORG"))


def test_a_name_before_a_bracketed_chain_of_its_containers_is_a_place_there(resolver: PlaceResolver) -> None:
    text = "Hundreds marched to the main square of Tessow (Dorna, Andoria) demanding health care."
    places = found(resolver, text, ("Tessow (Dorna, Andoria", "ORG"))
    assert places["Tessow"].geonameid == 960010
    text = "Drivers gathered at the industrial area of Tessow (Dorna) to protest fuel prices."
    assert found(resolver, text, ("Tessow", "ORG"))["Tessow"].geonameid == 960010


def test_a_name_with_no_reading_in_its_bracketed_containers_is_no_place_found_abroad(
    resolver: PlaceResolver,
) -> None:
    text = "Hundreds marched to the main square of Velma (Dorna, Andoria) demanding health care."
    assert "Velma" not in found(resolver, text, ("Velma (Dorna, Andoria", "ORG"))


def test_a_place_and_its_province_tagged_as_one_place_are_split_at_the_comma(resolver: PlaceResolver) -> None:
    places = found(resolver, "On Monday, in Vado Real, Tepenco, teachers marched.",
                   ("Vado Real, Tepenco", "GPE"))
    assert places["Vado Real"].geonameid == 960020
    assert places["Tepenco"].geonameid == 960021
    places = found(resolver, "Teachers from Vado Real, Tepenco joined them.", ("Vado Real, Tepenco", "LOC"))
    assert places["Vado Real"].geonameid == 960020


def test_a_place_entity_with_a_comma_and_no_known_last_part_is_kept_whole(resolver: PlaceResolver) -> None:
    places = found(resolver, "Teachers marched in Vado Real, Merlinos on Monday.",
                   ("Vado Real, Merlinos", "GPE"))
    assert "Vado Real, Merlinos" in places and "Vado Real" not in places


def not_proper(word: str) -> str:
    """Tags as a tagger that misreads foreign names: no word is a proper noun."""
    return "ADP" if word in ("in", "within", "of") else "X"


def test_a_part_of_a_town_or_what_lies_within_it_names_the_town(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Workers marched in central Quessa during the strike.", (), not_proper)
    assert places_of(resolver, doc)["Quessa"].geonameid == 960030
    doc = analysed_doc("A rally was held within Mumbo on Friday.", (), not_proper)
    assert places_of(resolver, doc)["Mumbo"].geonameid == 960031
    doc = analysed_doc("Around 1,400 people marched through the streets of Mumbo.", (), not_proper)
    assert places_of(resolver, doc)["Mumbo"].geonameid == 960031


def test_a_direction_word_without_a_locative_word_places_nothing(resolver: PlaceResolver) -> None:
    doc = analysed_doc("The central Mumbo committee met on Friday.", (), not_proper)
    assert "Mumbo" not in places_of(resolver, doc)


def test_a_name_with_its_province_s_kind_word_is_the_province_not_its_namesake_city(
    resolver: PlaceResolver,
) -> None:
    places = found(resolver, "In Lorvane province, activists joined the climate march.",
                   ("Lorvane province", "GPE"))
    assert places["Lorvane"].geonameid == 960040
    text = "Activists in the Lorvane province marched for the wetlands bill."
    assert found(resolver, text, ("Lorvane province", "GPE"))["Lorvane"].geonameid == 960040


def test_a_bare_name_of_a_province_and_its_city_is_the_city(resolver: PlaceResolver) -> None:
    assert found(resolver, "Activists marched in Lorvane.", ("Lorvane", "GPE"))["Lorvane"].geonameid == 960041


def test_a_name_cut_before_las_is_joined_when_the_whole_is_known(resolver: PlaceResolver) -> None:
    text = "On Friday, in San Tomas de las Vegas, Chiapo, 300 women marched."
    places = found(resolver, text, ("San Tomas de", "LOC"), ("Vegas", "GPE"), ("Chiapo", "GPE"))
    assert places["San Tomas de las Vegas"].geonameid == 960050
    assert "Vegas" not in places


def test_a_name_begun_after_a_particle_is_joined_to_the_words_before_when_the_whole_is_known(
    resolver: PlaceResolver,
) -> None:
    text = "On Monday, in San Tomas de las Vegas, Chiapo, migrants rioted."
    places = found(resolver, text, ("San Tomas de las", "PERSON"), ("Vegas", "GPE"), ("Chiapo", "GPE"))
    assert places["San Tomas de las Vegas"].geonameid == 960050
    text = "Migrants marched from San Tomas de las Vegas to the border."
    places = found(resolver, text, ("Vegas", "GPE"))
    assert places["San Tomas de las Vegas"].geonameid == 960050


def test_a_name_after_a_particle_is_its_own_when_the_whole_is_unknown(resolver: PlaceResolver) -> None:
    places = found(resolver, "Fans of Club de las Vegas gathered on Monday.", ("Vegas", "GPE"))
    assert places["Vegas"].geonameid == 960051


def test_las_does_not_join_words_that_name_no_known_place(resolver: PlaceResolver) -> None:
    text = "On Friday, in San Tomas de las Flores, 300 women marched."
    places = found(resolver, text, ("San Tomas de", "LOC"))
    assert "San Tomas de las Flores" not in places


def test_a_local_government_area_written_lga_is_a_second_level_area(resolver: PlaceResolver) -> None:
    places = found(resolver, "Gunmen abducted six women from Dukawa, Dovra LGA (Kesso).",
                   ("Dovra LGA", "PERSON"))
    assert places["Dovra"].geonameid == 960060
    places = found(resolver, "Youths attacked herders in Dovra LGA on Monday.", ("Dovra LGA", "ORG"))
    assert places["Dovra"].geonameid == 960060


def test_a_bare_name_without_lga_is_the_town(resolver: PlaceResolver) -> None:
    assert found(resolver, "Youths attacked herders in Dovra.", ("Dovra", "GPE"))["Dovra"].geonameid == 960061


def test_a_town_of_some_size_is_read_as_its_likeliest_reading_without_context(
    resolver: PlaceResolver,
) -> None:
    places = found(resolver, "Around 70 people staged a protest in Nieuwmark.", ("Nieuwmark", "GPE"))
    assert places["Nieuwmark"].geonameid == 960070
    places = found(resolver, "Fishermen from Nieuwmark blocked the harbour.", ("Nieuwmark", "GPE"))
    assert places["Nieuwmark"].geonameid == 960070


def test_a_village_with_a_namesake_stays_unread_without_context(resolver: PlaceResolver) -> None:
    places = found(resolver, "Around 70 people staged a protest in Oostvel.", ("Oostvel", "GPE"))
    assert places["Oostvel"].geonameid is None


def test_a_guess_abroad_needs_more_when_the_story_s_other_places_lie_in_one_country(
    resolver: PlaceResolver,
) -> None:
    text = "Farmers from Bangko and Soroti marched to Kampo on Monday."
    places = found(resolver, text, ("Bangko", "GPE"), ("Soroti", "GPE"), ("Kampo", "GPE"))
    assert places["Kampo"].geonameid is None
    text = "Farmers from Bangko and Soroti marched on Monday, as others did in Kampo."
    places = found(resolver, text, ("Bangko", "GPE"), ("Soroti", "GPE"), ("Kampo", "GPE"))
    assert places["Kampo"].geonameid is None


def test_a_guess_with_no_other_places_in_the_story_is_taken(resolver: PlaceResolver) -> None:
    places = found(resolver, "Farmers marched to Kampo on Monday.", ("Kampo", "GPE"))
    assert places["Kampo"].geonameid == 960080


def test_institutions_that_share_a_village_s_name_are_no_places(resolver: PlaceResolver) -> None:
    assert "Congress" not in found(resolver, "The bill stalled in Congress on Monday.", ("Congress", "ORG"))
    assert "Court" not in found(resolver, "The suspect appeared in Court on Friday.", ("Court", "ORG"))
