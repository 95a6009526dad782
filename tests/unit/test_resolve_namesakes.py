"""Resolution among namesakes: a county in the state the story names, a bare "X" for the "X County"
the story names, a world city that a story set elsewhere names, and short forms of a name's first
word ("Mt.", "Ft.")."""

from __future__ import annotations

import pytest
from builders import marked

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.stages.places import PlaceResolver

ENTRIES = [
    # Two counties of one name: the bigger one in a state the stories below never name.
    GazEntry(9001, "Madison County", "ADM2", "US", 38.83, -89.90, 260_000, "IL", "Illinois",
             "Madison County"),
    GazEntry(9002, "Madison County", "ADM2", "US", 37.72, -84.28, 8_000, "KY", "Kentucky", "Madison County"),
    GazEntry(9003, "Kentucky", "ADM1", "US", 37.5, -85.25, 4_400_000, "KY", "Kentucky"),
    # A town in a county of its name, and a bigger county of that name in another state.
    GazEntry(9004, "Dekker", "PPL", "US", 41.93, -88.75, 40_000, "IL", "Illinois", "Dekker County"),
    GazEntry(9005, "Dekker County", "ADM2", "US", 41.89, -88.77, 100_000, "IL", "Illinois", "Dekker County"),
    GazEntry(9006, "Dekker County", "ADM2", "US", 33.77, -84.23, 700_000, "GA", "Georgia", "Dekker County"),
    GazEntry(9007, "Decatur", "PPL", "US", 33.77, -84.30, 20_000, "GA", "Georgia", "Dekker County"),
    # World cities, and small towns named after them in one American state.
    GazEntry(9010, "Moscow", "PPLC", "RU", 55.75, 37.62, 10_000_000, "48", "Moscow"),
    GazEntry(9011, "Cairo", "PPLC", "EG", 30.06, 31.25, 9_000_000, "11", "Cairo"),
    GazEntry(9012, "Toronto", "PPL", "CA", 43.70, -79.42, 2_700_000, "08", "Ontario"),
    GazEntry(9013, "Moscow", "PPL", "US", 39.85, -82.10, 2_000, "OH", "Ohio"),
    GazEntry(9014, "Cairo", "PPL", "US", 40.83, -83.80, 600, "OH", "Ohio"),
    GazEntry(9015, "Toronto", "PPL", "US", 40.46, -80.60, 5_000, "OH", "Ohio"),
    GazEntry(9020, "Chicago", "PPL", "US", 41.85, -87.65, 2_700_000, "IL", "Illinois"),
    GazEntry(9021, "Boston", "PPL", "US", 42.36, -71.06, 670_000, "MA", "Massachusetts"),
    # Towns whose names news often writes short; the gazetteer has them only written out.
    GazEntry(9030, "Mount Pleasant", "PPL", "US", 40.96, -91.56, 8_500, "IA", "Iowa"),
    GazEntry(9031, "Fort Madison", "PPL", "US", 40.63, -91.31, 10_000, "IA", "Iowa"),
    GazEntry(9032, "Mount Pleasant", "PPL", "US", 33.16, -94.97, 16_000, "TX", "Texas",
             alternate_names=("Mt. Pleasant",)),
    GazEntry(9033, "New Paris", "PPL", "US", 40.90, -91.40, 1_900, "IA", "Iowa"),
    GazEntry(9034, "New Paris", "PPL", "US", 32.20, -94.90, 1_000, "TX", "Texas"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_entries(ENTRIES)


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


def test_a_county_is_read_in_the_state_the_story_names(resolver: PlaceResolver) -> None:
    text = "Students from Madison County beat a Chicago team in the debate final, a first for Kentucky."
    county = marked(resolver, text, "Madison County", "Chicago", "Kentucky")["Madison County"]
    assert county.admin1 == "Kentucky"


def test_without_a_state_named_the_bigger_county_stays_the_reading(resolver: PlaceResolver) -> None:
    county = marked(resolver, "Students from Madison County won the debate final.", "Madison County")
    assert county["Madison County"].admin1 == "Illinois"


def test_a_bare_name_is_the_county_of_that_name_the_story_names(resolver: PlaceResolver) -> None:
    text = "Dekker will vote on the budget next week, Dekker County commissioners said in Decatur."
    bare = marked(resolver, text, "Dekker County", "Dekker", "Decatur")["Dekker"]
    assert (bare.name, bare.admin1) == ("Dekker County", "Georgia")


def test_a_bare_name_stays_the_town_when_no_county_of_that_name_is_named(resolver: PlaceResolver) -> None:
    assert marked(resolver, "Dekker will vote on the budget next week.", "Dekker")["Dekker"].name == "Dekker"


def test_a_world_city_named_in_an_american_story_is_the_city_abroad(resolver: PlaceResolver) -> None:
    text = "The airline will fly from Chicago and Boston to Moscow from May."
    assert marked(resolver, text, "Chicago", "Boston", "Moscow")["Moscow"].country_code == "RU"


def test_world_cities_listed_together_do_not_pull_each_other_to_small_namesakes(
    resolver: PlaceResolver,
) -> None:
    text = "Flights to Toronto, Cairo and Moscow were cancelled."
    places = marked(resolver, text, "Toronto", "Cairo", "Moscow")
    countries = {name: p.country_code for name, p in places.items()}
    assert countries == {"Toronto": "CA", "Cairo": "EG", "Moscow": "RU"}


def test_a_short_first_word_finds_the_towns_known_only_by_the_full_name(gazetteer: Gazetteer) -> None:
    assert {e.geonameid for e in gazetteer.lookup("Mt. Pleasant")} == {9030, 9032}
    # Asked by kind first (as recognition does), the towns known only by the full name count too.
    assert {e.geonameid for e in gazetteer.lookup_kind("Ft. Madison", frozenset({"PPL"}))} == {9031}
    assert [e.name for e in gazetteer.lookup("Ft Madison")] == ["Fort Madison"]


def test_a_town_written_short_joins_its_neighbours_in_the_story(resolver: PlaceResolver) -> None:
    text = "New Paris police chief spoke in Mt. Pleasant, near Fort Madison."
    places = marked(resolver, text, "New Paris", "Mt. Pleasant", "Fort Madison")
    assert {p.admin1 for p in places.values()} == {"Iowa"}
