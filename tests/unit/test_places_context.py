"""The places stage in context: local namesakes, wire-style state abbreviations, terrain, best guesses."""

from __future__ import annotations

import pytest
from builders import analysed_doc, marked

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.store import LOCAL_ID_BASE
from frontlines.model import Document, Span
from frontlines.stages.places import PlaceResolver, locate

ENTRIES = [
    GazEntry(2988507, "Paris", "PPLC", "FR", 48.85, 2.35, 2_138_551, "11", "Île-de-France"),
    GazEntry(4647963, "Paris", "PPL", "US", 36.30, -88.33, 10_156, "TN", "Tennessee", "Henry County"),
    GazEntry(4628829, "Henry County", "ADM2", "US", 36.33, -88.30, 32_330, "TN", "Tennessee", "Henry County"),
    GazEntry(4299276, "Louisville", "PPL", "US", 38.25, -85.76, 597_337, "KY", "Kentucky"),
    GazEntry(5579276, "Louisville", "PPL", "US", 39.98, -105.13, 20_801, "CO", "Colorado"),
    GazEntry(6254925, "Kentucky", "ADM1", "US", 37.5, -85.25, 4_400_000, "KY", "Kentucky"),
    GazEntry(1147290, "Arghandab", "ADM2", "AF", 31.71, 65.62, 54_000, "23", "Kandahar", "Arghandab"),
    GazEntry(LOCAL_ID_BASE + 1, "Panjshir Valley", "VAL", "AF", 35.27, 69.47,
             alternate_names=("Panjsher Valley",), point_source="curated:Wikipedia: Panjshir Valley"),
    GazEntry(300002, "Zarbak", "PPL", "BR", -10.0, -50.0, 600),
    GazEntry(4246659, "Paris", "PPL", "US", 39.61, -87.70, 8_837, "IL", "Illinois"),
    GazEntry(4896861, "Illinois", "ADM1", "US", 40.0, -89.25, 12_800_000, "IL", "Illinois"),
    GazEntry(4142224, "Delaware", "ADM1", "US", 39.0, -75.5, 970_000, "DE", "Delaware"),
    GazEntry(4919857, "Delaware County", "ADM2", "US", 40.23, -85.40, 117_671, "IN", "Indiana",
             "Delaware County"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    gaz = Gazetteer.from_entries(ENTRIES, abbreviations={"Ky.": "US.KY"})
    return PlaceResolver(gaz)


def test_a_small_town_beats_a_famous_namesake_when_the_story_is_local(resolver: PlaceResolver) -> None:
    text = "Paris police and Henry County deputies searched the lake."
    places = marked(resolver, text, "Paris", "Henry County")
    assert places["Paris"].country_code == "US"


def test_without_local_context_the_famous_place_wins(resolver: PlaceResolver) -> None:
    assert marked(resolver, "Talks in Paris ended.", "Paris")["Paris"].country_code == "FR"


def test_a_wire_style_state_abbreviation_names_the_state_and_places_the_town(resolver: PlaceResolver) -> None:
    places = marked(resolver, "Teachers in Louisville, Ky., went on strike.", "Louisville", "Ky.")
    assert places["Ky."].name == "Kentucky"
    assert places["Louisville"].admin1 == "Kentucky"


def test_an_unknown_valley_is_placed_by_the_area_named_after_it_at_region_precision(
    resolver: PlaceResolver,
) -> None:
    text = "Clashes in the Arghandab Valley went on."
    place = marked(resolver, text, "Arghandab Valley")["Arghandab Valley"]
    assert (place.name, place.feature_code, place.lat) == ("Arghandab Valley", "VAL", 31.71)
    assert locate(place).geo_precision == 2


def test_a_curated_terrain_entry_gives_a_point_but_no_geonames_id(resolver: PlaceResolver) -> None:
    place = marked(resolver, "Resistance in the Panjsher Valley grew.", "Panjsher Valley")["Panjsher Valley"]
    assert (place.name, place.geonameid, place.lat) == ("Panjshir Valley", None, 35.27)
    assert locate(place).geo_precision == 2


def test_a_pre_marked_span_gets_a_best_guess_where_a_detected_one_would_stay_unresolved(
    resolver: PlaceResolver,
) -> None:
    assert marked(resolver, "Fighting near Zarbak.", "Zarbak")["Zarbak"].country_code == "BR"
    strict = PlaceResolver(resolver.gazetteer, min_score=0.55)
    doc = Document(id="d", text="Fighting near Zarbak.", marked_places=[Span(14, 20)])
    assert strict(doc).places[0].geonameid is None


def detected(resolver: PlaceResolver, text: str, entities: list[tuple[str, str]]) -> list[str]:
    """The place texts found in `text` with a hand-made analysis (capitalised words PROPN)."""
    return [p.text for p in resolver(analysed_doc(text, entities)).places]


def test_a_province_inside_an_organisation_name_is_a_place(resolver: PlaceResolver) -> None:
    text = "A report by the Kentucky Department of Health was cited."
    assert detected(resolver, text, [("the Kentucky Department of Health", "ORG")]) == ["Kentucky"]


def test_a_state_abbreviation_after_a_town_is_found_but_not_a_route_number(resolver: PlaceResolver) -> None:
    text = "Teachers in Louisville, Ky., struck; Ky. 61 was closed."
    assert detected(resolver, text, [("Louisville", "GPE")]) == ["Louisville", "Ky."]


def test_a_name_found_as_a_place_stays_a_place_where_the_tagger_reads_a_person(
    resolver: PlaceResolver,
) -> None:
    text = "Storms hit Louisville on Monday. Louisville police closed roads; Louisville Smith was unhurt."
    entities = [("Louisville", "GPE"), ("Louisville Smith", "PERSON")]
    assert detected(resolver, text, entities) == ["Louisville", "Louisville"]


def test_an_unknown_name_needs_wording_that_makes_it_a_place(resolver: PlaceResolver) -> None:
    text = "Farrin said the clashes near Kansafra ended."
    assert detected(resolver, text, [("Farrin", "GPE"), ("Kansafra", "GPE")]) == ["Kansafra"]


def test_a_state_after_the_comma_places_the_town_even_when_not_marked(resolver: PlaceResolver) -> None:
    place = marked(resolver, "A man from Paris, Illinois, was arrested.", "Paris")["Paris"]
    assert (place.country_code, place.admin1) == ("US", "Illinois")


def test_a_bare_name_means_the_area_of_that_name_rather_than_its_namesake_county(
    resolver: PlaceResolver,
) -> None:
    place = marked(resolver, "Shares in a Delaware company fell.", "Delaware")["Delaware"]
    assert place.feature_code == "ADM1"


def test_curated_terrain_is_found_without_the_tagger(resolver: PlaceResolver) -> None:
    assert detected(resolver, "Fighters entered the Panjsher Valley at night.", []) == ["Panjsher Valley"]


def test_a_word_or_an_acronym_of_an_organisation_is_no_place_unless_it_is_the_areas_own_name() -> None:
    free_state = GazEntry(967573, "Free State", "ADM1", "ZA", -28.5, 26.5, 2_800_000, "03", "Free State")
    sud = GazEntry(3716950, "Sud", "ADM1", "HT", 18.3, -73.75, 700_000, "12", "Sud")
    resolver = PlaceResolver(Gazetteer.from_entries([free_state, sud, *ENTRIES]))
    text = "The Free Constitution Party and SUD Education joined the Kentucky Department of Health."
    orgs = [("The Free Constitution Party", "ORG"), ("SUD Education", "ORG"),
            ("the Kentucky Department of Health", "ORG")]
    assert detected(resolver, text, orgs) == ["Kentucky"]
