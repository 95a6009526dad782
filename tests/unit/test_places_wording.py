"""The places stage reading the wording around names: bracketed chains of containers the tagger
leaves out, a country's name that is also its demonym, a capital's own district abbreviation,
verbs of shelling, and the surroundings of a town ("near X", "X district") at a district's precision.
Invented or hand-made entries; only names, kinds, sizes and countries matter.
"""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.coding.locations import specificity
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place, Span
from frontlines.stages.places import PlaceResolver, locate

ENTRIES = [
    GazEntry(910001, "Dorrin", "PPL", "BF", 14.0, -0.03, 46_000, "54", "Sahel", "Sennou"),
    GazEntry(910002, "Sennou", "ADM2", "BF", 14.0, -0.1, 300_000, "54", "Sahel", "Sennou"),
    GazEntry(910003, "Dorrin", "PPL", "US", 41.0, -80.0, 900, "OH", "Ohio"),
    GazEntry(910004, "Kossa", "ADM2", "BF", 12.9, -3.9, 60_000, "51", "Boucle du Mouhoun", "Kossa"),
    GazEntry(910010, "Djibouti", "PCLI", "DJ", 11.5, 43.0, 950_000),
    GazEntry(910011, "Djibouti", "PPLC", "DJ", 11.59, 43.15, 620_000, "DJ", "Djibouti"),
    GazEntry(910020, "Bogota", "PPLC", "CO", 4.61, -74.08, 7_600_000, "34", "Bogota D.C."),
    GazEntry(910021, "Bogota", "PPL", "US", 40.88, -74.03, 8_000, "NJ", "New Jersey"),
    GazEntry(910022, "Washington, D.C.", "ADM1", "US", 38.9, -77.0, 700_000, "DC", "Washington, D.C."),
    GazEntry(910023, "Louisville", "PPL", "US", 38.25, -85.76, 600_000, "KY", "Kentucky"),
    GazEntry(910024, "Kentucky", "ADM1", "US", 37.5, -85.0, 4_500_000, "KY", "Kentucky"),
    GazEntry(910030, "Kharkova", "PPL", "UA", 49.98, 36.25, 1_400_000, "07", "Kharkova"),
    GazEntry(910040, "Villecourt", "PPL", "FR", 45.1, 1.4, 22_000, "76", "Occitanie"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    gazetteer = Gazetteer.from_entries(ENTRIES, demonyms=["Djibouti=DJ"],
                                       abbreviations={"D.C.": "US.DC", "Ky.": "US.KY"})
    return PlaceResolver(gazetteer)


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_a_bracketed_chain_ending_in_an_admin_area_names_places(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Gunmen fired at a vehicle in Mbamgo (Dorrin, Sennou). Three were killed.",
                       [("Mbamgo", "GPE")])
    places = places_of(resolver, doc)
    assert places["Dorrin"].country_code == "BF"
    assert places["Sennou"].feature_code == "ADM2"


def test_a_bracketed_name_that_is_no_admin_area_is_not_taken(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Police said (Dorrin) that Mbamgo was calm.", [("Mbamgo", "GPE")])
    assert "Dorrin" not in places_of(resolver, doc)


def test_a_country_whose_demonym_is_its_name_is_a_place(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Police beat a civilian to death in Djibouti.", [("Djibouti", "GPE")])
    assert places_of(resolver, doc)["Djibouti"].country_code == "DJ"


def test_a_district_abbreviation_after_a_foreign_capital_is_not_washington(resolver: PlaceResolver) -> None:
    doc = analysed_doc("A device was defused in Bogota, D.C. on Friday.",
                       [("Bogota", "GPE"), ("D.C.", "GPE")])
    places = places_of(resolver, doc)
    assert places["Bogota"].country_code == "CO"
    assert "D.C." not in places


def test_a_state_abbreviation_after_a_town_still_counts(resolver: PlaceResolver) -> None:
    doc = analysed_doc("A man was arrested in Louisville, Ky. on Friday.", [("Louisville", "GPE")])
    assert places_of(resolver, doc)["Ky."].admin1 == "Kentucky"


def test_a_town_shelled_is_a_place_whatever_the_tagger_says(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Russian forces continued shelling Kharkova, using rockets.", [("Kharkova", "PERSON")])
    assert places_of(resolver, doc)["Kharkova"].country_code == "UA"


@pytest.mark.parametrize("text", [
    "Soldiers clashed with rebels near Villecourt on Monday.",
    "Rebels shelled the outskirts of Villecourt on Monday.",
    "Rebels attacked a post north of Villecourt on Monday.",
    "Rebels attacked a post in Villecourt district on Monday.",
    "Rebels attacked a post in the Villecourt area on Monday.",
])
def test_the_surroundings_of_a_town_are_coded_at_a_districts_precision(
    resolver: PlaceResolver, text: str
) -> None:
    place = places_of(resolver, analysed_doc(text, [("Villecourt", "GPE")]))["Villecourt"]
    assert locate(place).geo_precision == 2
    assert specificity(place) == specificity(Place(0, 1, "x", "x", geonameid=1, feature_code="PPL"))


def test_a_town_itself_is_coded_at_a_towns_precision(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Rebels attacked a post in Villecourt town on Monday.", [("Villecourt", "GPE")])
    assert locate(places_of(resolver, doc)["Villecourt"]).geo_precision == 1


FUZZY = [
    GazEntry(920001, "Westfield", "PPL", "US", 42.1, -72.7, 41_000, "MA", "Massachusetts"),
    GazEntry(920002, "Oslo", "PPLC", "NO", 59.9, 10.7, 580_000, "12", "Oslo"),
    GazEntry(920003, "Drammen", "PPL", "NO", 59.7, 10.2, 90_000, "04", "Buskerud"),
]


def test_a_loose_spelling_read_abroad_stays_unresolved_in_a_story_set_elsewhere() -> None:
    resolver = PlaceResolver(Gazetteer.from_entries(FUZZY))
    names = [("Oslo", "GPE"), ("Drammen", "GPE"), ("Westfeild", "GPE")]
    places = places_of(resolver, analysed_doc("Floods hit Oslo, Drammen and Westfeild on Monday.", names))
    assert places["Drammen"].country_code == "NO"
    assert places["Westfeild"].geonameid is None


def test_a_loose_spelling_beside_one_other_name_abroad_is_still_read() -> None:
    resolver = PlaceResolver(Gazetteer.from_entries(FUZZY))
    names = [("Westfeild", "GPE"), ("Drammen", "GPE")]
    text = "Teachers marched in Westfeild with unions from Drammen."
    places = places_of(resolver, analysed_doc(text, names))
    assert places["Westfeild"].country_code == "US"


def test_a_loose_spelling_alone_or_on_known_place_spans_is_still_read() -> None:
    resolver = PlaceResolver(Gazetteer.from_entries(FUZZY))
    alone = places_of(resolver, analysed_doc("Floods hit Westfeild on Monday.", [("Westfeild", "GPE")]))
    assert alone["Westfeild"].country_code == "US"
    text = "Floods hit Oslo, Drammen and Westfeild on Monday."
    doc = Document(id="d", text=text, marked_places=[Span(text.index(n), text.index(n) + len(n))
                                                     for n in ("Oslo", "Drammen", "Westfeild")])
    marked = places_of(resolver, doc)
    assert marked["Westfeild"].country_code == "US"


@pytest.mark.parametrize("text", [
    "Troops burned houses in Kanbo village of Villecourt township on Monday.",
    "Troops burned houses in Kanbo village, Villecourt township on Monday.",
])
def test_an_area_that_holds_a_smaller_place_named_before_it_is_no_surroundings(
    resolver: PlaceResolver, text: str
) -> None:
    doc = analysed_doc(text, [("Kanbo", "GPE"), ("Villecourt", "GPE")])
    assert locate(places_of(resolver, doc)["Villecourt"]).geo_precision == 1


LISTS = [
    GazEntry(930001, "Washington", "ADM1", "US", 47.5, -120.5, 7_700_000, "WA", "Washington"),
    GazEntry(930002, "Washington", "PPLC", "US", 38.9, -77.0, 700_000, "DC", "Washington, D.C."),
    GazEntry(930003, "Oregon", "ADM1", "US", 44.0, -120.5, 4_200_000, "OR", "Oregon"),
    GazEntry(930004, "Idaho", "ADM1", "US", 45.0, -114.0, 1_900_000, "ID", "Idaho"),
    GazEntry(930005, "Texas", "ADM1", "US", 31.0, -100.0, 29_000_000, "TX", "Texas"),
    GazEntry(930006, "Washington, D.C.", "ADM1", "US", 38.9, -77.0, 700_000, "DC", "Washington, D.C."),
]


@pytest.fixture(scope="module")
def lists() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(LISTS, abbreviations={"D.C.": "US.DC"}))


def test_a_name_listed_among_provinces_is_read_as_a_province(lists: PlaceResolver) -> None:
    text = "Recalled nuts were sold in Oregon, Washington and Idaho."
    doc = analysed_doc(text, [("Oregon", "GPE"), ("Washington", "GPE"), ("Idaho", "GPE")])
    assert places_of(lists, doc)["Washington"].geonameid == 930001


def test_a_name_placed_by_a_state_abbreviation_is_in_no_list(lists: PlaceResolver) -> None:
    text = "People came from as far as Texas and Washington, D.C. to see him."
    doc = analysed_doc(text, [("Texas", "GPE"), ("Washington", "GPE")])
    assert places_of(lists, doc)["Washington"].geonameid == 930002


def test_a_district_alone_in_brackets_counts_after_a_place_not_after_a_person(
    resolver: PlaceResolver,
) -> None:
    placed = analysed_doc("Hundreds protested in Mbamgo town (Kossa) on Monday.", [("Mbamgo", "GPE")])
    assert places_of(resolver, placed)["Kossa"].feature_code == "ADM2"
    person = analysed_doc("The fight got physical when Durr hit him (Kossa) with a chair.", [])
    assert "Kossa" not in places_of(resolver, person)
