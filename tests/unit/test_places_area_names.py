"""Names that mostly mean a country or a province: a small town of the same name needs local evidence.

A list of states ("Ohio, Indiana, Oregon") holds towns named after each other's states, and a story
set in one country names others ("a native of Mexico"): neither makes a state or a country's name
mean a small town. Hand-made gazetteer entries; the figures are rounded public GeoNames values.
"""

from __future__ import annotations

import re

import pytest
from builders import analysed_doc, marked

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.resolve import Mention, name_fit, name_rank
from frontlines.model import Document, Span
from frontlines.stages.places import PlaceResolver

ENTRIES = [
    # US states in a list, and towns named after other states that lie in them
    GazEntry(5165418, "Ohio", "ADM1", "US", 40.25, -83.0, 11_700_000, "OH", "Ohio"),
    GazEntry(4921868, "Indiana", "ADM1", "US", 40.0, -86.25, 6_700_000, "IN", "Indiana"),
    GazEntry(5744337, "Oregon", "ADM1", "US", 44.0, -120.5, 4_200_000, "OR", "Oregon"),
    GazEntry(5165734, "Oregon", "PPL", "US", 41.64, -83.49, 20_000, "OH", "Ohio", "Lucas County"),
    GazEntry(5194369, "Indiana", "PPL", "US", 40.62, -79.15, 13_000, "PA", "Pennsylvania", "Indiana County"),
    GazEntry(5180225, "Pennsylvania", "ADM1", "US", 40.5, -77.5, 13_000_000, "PA", "Pennsylvania"),
    # A Connecticut story that names a country, and the country's namesake in Missouri
    GazEntry(3996063, "Mexico", "PCLI", "MX", 23.0, -102.0, 126_000_000),
    GazEntry(4398678, "Mexico", "PPL", "US", 39.17, -91.88, 11_600, "MO", "Missouri", "Audrain County"),
    GazEntry(4832353, "Danbury", "PPL", "US", 41.39, -73.45, 86_000, "CT", "Connecticut", "Fairfield County"),
    GazEntry(4839479, "New Milford", "PPL", "US", 41.58, -73.41, 28_000, "CT", "Connecticut",
             "Litchfield County"),
    GazEntry(4829791, "Bantam", "PPL", "US", 41.72, -73.24, 760, "CT", "Connecticut", "Litchfield County"),
    GazEntry(4836200, "Litchfield", "PPL", "US", 41.75, -73.19, 8_200, "CT", "Connecticut",
             "Litchfield County"),
    # A Tennessee story's Lebanon is the town: the county around it is named too
    GazEntry(272103, "Lebanon", "PCLI", "LB", 33.83, 35.83, 6_800_000),
    GazEntry(4636045, "Lebanon", "PPL", "US", 36.21, -86.29, 30_000, "TN", "Tennessee", "Wilson County"),
    GazEntry(4664186, "Wilson County", "ADM2", "US", 36.15, -86.30, 113_000, "TN", "Tennessee",
             "Wilson County"),
    GazEntry(4662168, "Tennessee", "ADM1", "US", 35.75, -86.25, 6_800_000, "TN", "Tennessee"),
    # A city known abroad by its English name, not its GeoNames main name
    GazEntry(104515, "Makkah", "PPL", "SA", 21.43, 39.83, 1_580_000, "14", "Mecca Region",
             alternate_names=("Mecca",)),
    GazEntry(5372806, "Mecca", "PPL", "US", 33.57, -116.08, 8_600, "CA", "California", "Riverside County"),
    GazEntry(5332921, "California", "ADM1", "US", 37.25, -119.75, 39_500_000, "CA", "California"),
    # A province named after its city, and a state whose biggest city is "X City"
    GazEntry(361058, "Alexandria", "ADM1", "EG", 30.9, 29.7, 5_200_000, "06", "Alexandria"),
    GazEntry(361058 + 1, "Alexandria", "PPL", "EG", 31.2, 29.92, 3_800_000, "06", "Alexandria"),
    # A state and the capital that bears its name
    GazEntry(5815135, "Washington", "ADM1", "US", 47.5, -120.5, 7_700_000, "WA", "Washington"),
    GazEntry(4140963, "Washington", "PPLC", "US", 38.9, -77.04, 690_000, "DC", "Washington, D.C."),
    GazEntry(6254928, "Virginia", "ADM1", "US", 37.5, -78.5, 8_600_000, "VA", "Virginia"),
    GazEntry(4361885, "Maryland", "ADM1", "US", 39.0, -76.75, 6_000_000, "MD", "Maryland"),
    # Countries named along with a Texas city, and a Texas town named after one of them
    GazEntry(3175395, "Italy", "PCLI", "IT", 42.83, 12.83, 60_000_000),
    GazEntry(4700000, "Italy", "PPL", "US", 32.18, -96.88, 1_900, "TX", "Texas", "Ellis County"),
    GazEntry(2510769, "Spain", "PCLI", "ES", 40.0, -4.0, 47_000_000),
    GazEntry(3017382, "France", "PCLI", "FR", 46.0, 2.0, 67_000_000),
    GazEntry(4684888, "Dallas", "PPL", "US", 32.78, -96.81, 1_300_000, "TX", "Texas", "Dallas County"),
    GazEntry(4544349, "Oklahoma", "ADM1", "US", 35.5, -98.0, 3_900_000, "OK", "Oklahoma"),
    GazEntry(4544349 + 1, "Oklahoma City", "PPL", "US", 35.47, -97.52, 680_000, "OK", "Oklahoma",
             alternate_names=("Oklahoma",)),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_entries(ENTRIES)


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


def test_a_list_of_states_keeps_each_state_a_state(resolver: PlaceResolver) -> None:
    text = "Cases were reported in Ohio, Indiana, Oregon and Pennsylvania."
    places = marked(resolver, text, "Ohio", "Indiana", "Oregon", "Pennsylvania")
    assert places["Oregon"].feature_code == "ADM1"
    assert places["Indiana"].feature_code == "ADM1"


def test_a_country_named_in_a_story_set_elsewhere_stays_the_country(resolver: PlaceResolver) -> None:
    text = ("BANTAM - A Danbury mason was arraigned in Bantam. Gomez, a native of Mexico, was arrested by "
            "Danbury police and brought to New Milford. New Milford and Litchfield police declined comment.")
    spans = [m for m in re.finditer(r"BANTAM|Bantam|Danbury|New Milford|Litchfield|Mexico", text)]
    doc = resolver(Document(id="d", text=text, marked_places=[Span(m.start(), m.end()) for m in spans]))
    places = {p.text: p for p in doc.places}
    assert places["Mexico"].country_code == "MX"


def test_a_country_name_still_means_the_local_town_when_the_story_names_its_county(
    resolver: PlaceResolver,
) -> None:
    text = "Lebanon police and Wilson County deputies searched the lake."
    places = marked(resolver, text, "Lebanon", "Wilson County")
    assert (places["Lebanon"].country_code, places["Lebanon"].admin1) == ("US", "Tennessee")


def test_a_world_city_s_english_name_counts_as_its_own(resolver: PlaceResolver) -> None:
    assert marked(resolver, "Pilgrims flew to Mecca.", "Mecca")["Mecca"].country_code == "SA"


def test_the_state_of_x_names_the_state(resolver: PlaceResolver) -> None:
    text = "The first case was found in the state of Washington."
    assert marked(resolver, text, "Washington")["Washington"].feature_code == "ADM1"
    assert marked(resolver, "Talks in Washington ended.", "Washington")["Washington"].feature_code == "PPLC"


def test_a_city_in_its_own_right_keeps_the_evidence_of_the_states_around_it(resolver: PlaceResolver) -> None:
    text = "Protesters from Virginia and Maryland marched in Washington."
    places = marked(resolver, text, "Virginia", "Maryland", "Washington")
    assert places["Washington"].feature_code == "PPLC"


def test_other_countries_in_the_list_still_count_against_the_story_s_own_country(
    resolver: PlaceResolver,
) -> None:
    text = "Flights from Dallas to Italy, Spain and France resumed; Dallas officials welcomed it."
    places = marked(resolver, text, "Dallas", "Italy", "Spain", "France")
    assert places["Italy"].country_code == "IT"


def mention(gazetteer: Gazetteer, name: str) -> Mention:
    found = Mention(0, len(name), name, name, candidates=gazetteer.lookup(name))
    found.key = name.casefold()
    return found


def test_a_province_named_after_its_city_is_read_as_a_town_name(gazetteer: Gazetteer) -> None:
    assert name_rank(mention(gazetteer, "Alexandria")) == 2


def test_a_city_called_x_city_does_not_make_the_state_x_a_town_name(gazetteer: Gazetteer) -> None:
    assert name_rank(mention(gazetteer, "Oklahoma")) == 1


def test_an_english_name_is_a_main_name_only_for_countries_and_world_cities() -> None:
    makkah = next(e for e in ENTRIES if e.name == "Makkah")
    small = GazEntry(1, "Mekka", "PPL", "XX", 0.0, 0.0, 5_000, alternate_names=("Mecca",))
    assert name_fit(makkah, "mecca") == 1.0
    assert name_fit(small, "mecca") == 0.0


DETECTION = [
    GazEntry(9702550, "Zarvinka", "PPL", "UA", 47.50, 33.21, 968, "08", "Kherson Oblast", "Beryslav Raion"),
    GazEntry(706442, "Kherson Oblast", "ADM1", "UA", 46.67, 33.5, 1_000_000, "08", "Kherson Oblast",
             alternate_names=("Kherson",)),
    GazEntry(2694493, "Markaryd", "PPL", "SE", 56.46, 13.60, 4_600, "08", "Kronoberg"),
    GazEntry(2694494, "Markaryds Kommun", "ADM2", "SE", 56.5, 13.6, 8_200, "08", "Kronoberg",
             alternate_names=("Markaryd",)),
    GazEntry(2654587, "Bungay", "PPL", "GB", 52.45, 1.44, 5_100, "ENG", "England"),
    GazEntry(3996506, "Baja California", "ADM1", "MX", 30.0, -115.17, 4_100_000, "02", "Baja California"),
    GazEntry(3059000, "Baja", "PPL", "HU", 46.18, 18.95, 36_000, "01", "Bács-Kiskun"),
    GazEntry(3981609, "Tijuana", "PPL", "MX", 32.50, -117.00, 1_400_000, "02", "Baja California"),
    GazEntry(6324733, "St. John's", "PPL", "CA", 47.56, -52.71, 110_000, "05", "Newfoundland and Labrador"),
    GazEntry(6138501, "Saint John", "PPL", "CA", 45.27, -66.06, 70_000, "04", "New Brunswick",
             alternate_names=("St. John",)),
    GazEntry(4957280, "Augusta", "PPL", "US", 44.31, -69.78, 18_700, "ME", "Maine",
             alternate_names=("Fort",)),
    GazEntry(1248991, "Colombo", "PPLC", "LK", 6.94, 79.85, 650_000, "36", "Western"),
    GazEntry(2234974, "Batibo", "PPL", "CM", 5.84, 9.86, 12_000, "07", "North-West"),
    GazEntry(4736286, "Texas", "ADM1", "US", 31.25, -99.25, 29_000_000, "TX", "Texas"),
    GazEntry(6251999, "Canada", "PCLI", "CA", 60.0, -96.0, 37_000_000),
    GazEntry(3530000, "Cañadas", "PPL", "MX", 20.0, -103.0, 1_200, "14", "Jalisco"),
]


@pytest.fixture(scope="module")
def finder() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(DETECTION))


def detected(resolver: PlaceResolver, text: str, entities: list[tuple[str, str]]) -> list[str]:
    """The place texts found in `text` with a hand-made analysis (capitalised words PROPN)."""
    return [p.text for p in resolver(analysed_doc(text, entities)).places]


def test_a_village_before_its_province_is_a_place_whatever_the_tagger_says(finder: PlaceResolver) -> None:
    text = "Artillery fire reached Zarvinka, Kherson, on Tuesday night."
    entities = [("Zarvinka", "ORG"), ("Kherson", "PERSON")]
    assert detected(finder, text, entities) == ["Zarvinka", "Kherson"]


@pytest.mark.parametrize("text", ["Activists demonstrated in Markaryd.", "Residents marched through Bungay."])
def test_after_a_locative_word_a_small_town_without_namesakes_abroad_is_a_place(
    finder: PlaceResolver, text: str
) -> None:
    name = text.split()[-1].rstrip(".")
    assert detected(finder, text, [(name, "ORG")]) == [name]


def test_a_name_the_tagger_cut_in_two_is_joined_when_the_gazetteer_knows_the_whole(
    finder: PlaceResolver,
) -> None:
    text = "A man was killed in Tijuana, Baja California, on Monday."
    entities = [("Tijuana", "GPE"), ("Baja", "GPE"), ("California", "GPE")]
    assert detected(finder, text, entities) == ["Tijuana", "Baja California"]


def test_a_possessive_that_is_part_of_the_name_is_kept(finder: PlaceResolver) -> None:
    text = "Protesters rallied in St. John's on Saturday."
    doc = finder(analysed_doc(text, [("St. John", "GPE")]))
    assert [(p.text, p.admin1) for p in doc.places] == [("St. John's", "Newfoundland and Labrador")]


def test_a_kind_word_alone_names_no_place(finder: PlaceResolver) -> None:
    text = "They protested at the Fort railway station in Colombo city."
    assert detected(finder, text, [("Fort", "LOC"), ("Colombo", "GPE")]) == ["Colombo"]


@pytest.mark.parametrize(("text", "name"), [
    ("Texas State troopers stopped the truck.", "Texas"),  # a kind word: the same name again
    ("Canada's economy grew.", "Canada"),  # a possessive, though a village is called "Cañadas"
])
def test_a_longer_name_is_taken_only_when_it_names_a_place_of_its_own(
    finder: PlaceResolver, text: str, name: str
) -> None:
    assert detected(finder, text, [(name, "GPE")]) == [name]
