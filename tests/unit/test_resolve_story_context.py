"""Reading a story's names in the context of one another: a name that means both a country and a
province of another country ("Georgia") is read as the province once the story's other places lie
in that country, and its towns are then read in the province; two names with readings a town apart
are read there, even where one of them is a big city elsewhere; a bare "X" read as the "X County" the
story names takes that county's reading; a world city in a country the story names is that city."""

from __future__ import annotations

import pytest
from builders import marked

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.stages.places import PlaceResolver

ENTRIES = [
    # A name that is a country abroad and a state of the United States, of a size.
    GazEntry(9101, "Avalon", "PCLI", "XA", 42.0, 43.5, 3_700_000),
    GazEntry(9102, "Avalon", "ADM1", "US", 32.75, -83.50, 3_500_000, "AV", "Avalon"),
    GazEntry(9103, "Texas", "ADM1", "US", 31.25, -99.25, 22_000_000, "TX", "Texas"),
    # The state's big city, and small towns of its name in Texas and elsewhere.
    GazEntry(9105, "Carter", "PPL", "US", 33.75, -84.39, 500_000, "AV", "Avalon", "Fulton County"),
    GazEntry(9106, "Carter", "PPL", "US", 33.11, -94.16, 5_600, "TX", "Texas", "Cass County"),
    GazEntry(9107, "Carter", "PPL", "US", 40.15, -89.30, 1_600, "IL", "Illinois", "Logan County"),
    # A big city abroad, and a district of a capital bearing its name beside another district.
    GazEntry(9111, "Kingsford", "PPL", "CA", 53.55, -113.47, 1_500_000, "01", "Alberta"),
    GazEntry(9112, "Kingsford", "PPL", "GB", 51.62, -0.06, 80_000, "ENG", "England", "Greater London"),
    GazEntry(9113, "Kingsford", "PPL", "US", 36.99, -85.62, 1_500, "KY", "Kentucky", "Metcalfe County"),
    GazEntry(9118, "Kingsford", "PPL", "AU", -16.9, 145.7, 10_000, "04", "Queensland"),
    GazEntry(9114, "Ashby", "PPL", "US", 41.97, -72.59, 45_000, "CT", "Connecticut", "Hartford County"),
    GazEntry(9115, "Ashby", "PPL", "GB", 51.65, -0.08, 30_000, "ENG", "England", "Greater London"),
    GazEntry(9116, "Ashby", "PPL", "CA", 45.00, -64.10, 6_500, "07", "Nova Scotia", "Hants"),
    GazEntry(9117, "Ashby", "PPL", "AU", -34.87, 138.55, 5_000, "05", "South Australia"),
    # Two counties of one name, the smaller one holding a town the story names; so many towns bear
    # the name that the smaller county is not among a bare "Dekker"'s readings.
    *(GazEntry(9140 + i, "Dekker", "PPL", "US", 30.0 + i / 2, -100.0 + i, 3_000, "TX", "Texas")
      for i in range(24)),
    GazEntry(9131, "Dekker County", "ADM2", "US", 38.8, -89.9, 250_000, "IL", "Illinois", "Dekker County"),
    GazEntry(9132, "Dekker County", "ADM2", "US", 34.1, -83.2, 2_300, "GA", "Georgia", "Dekker County"),
    GazEntry(9133, "Danby", "PPL", "US", 34.12, -83.22, 600, "GA", "Georgia", "Dekker County"),
    *(GazEntry(9120 + i, "Ashby", "PPL", "US", 36.0 + i, -78.0 - i, 2_000, state, state)
      for i, state in enumerate(("NC", "ME", "NH", "IL", "OH", "PA"))),
]

# Set in the state: its city, and another state.
STORY = "Avalon lawmakers met in Carter on Tuesday to debate a lottery bill that failed in Texas last year."


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def test_a_name_of_a_country_and_a_state_is_the_state_in_a_story_set_in_its_country(
    resolver: PlaceResolver,
) -> None:
    places = marked(resolver, STORY, "Avalon", "Carter", "Texas")
    assert (places["Avalon"].country_code, places["Avalon"].admin1) == ("US", "Avalon")


def test_the_towns_of_such_a_story_are_read_in_the_state_not_beside_another_state_it_names(
    resolver: PlaceResolver,
) -> None:
    assert marked(resolver, STORY, "Avalon", "Carter", "Texas")["Carter"].admin1 == "Avalon"


def test_beside_places_abroad_the_name_stays_the_country(resolver: PlaceResolver) -> None:
    assert marked(resolver, "Talks on Avalon resumed today.", "Avalon")["Avalon"].country_code == "XA"


def test_two_names_with_readings_a_town_apart_are_read_there(resolver: PlaceResolver) -> None:
    text = "Kingsford firefighters were called to a blaze at a warehouse in Ashby overnight."
    places = marked(resolver, text, "Kingsford", "Ashby")
    assert {p.country_code for p in places.values()} == {"GB"}


def test_alone_the_big_city_is_read(resolver: PlaceResolver) -> None:
    alone = marked(resolver, "Kingsford firefighters were called to a blaze overnight.", "Kingsford")
    assert alone["Kingsford"].country_code == "CA"


def test_a_bare_name_takes_the_reading_of_the_county_of_that_name_the_story_names(
    resolver: PlaceResolver,
) -> None:
    text = "Dekker approved a new jail budget. The Dekker County sheriff presented it at a meeting in Danby."
    places = marked(resolver, text, "Dekker", "Dekker County", "Danby")
    assert places["Dekker County"].admin1 == "Georgia"
    assert (places["Dekker"].name, places["Dekker"].admin1) == ("Dekker County", "Georgia")


WORLD = [
    # A world city abroad, its country, and a village of its name in a state a story lists.
    GazEntry(9151, "Estoria", "PCLI", "XE", 27.0, 30.0, 98_000_000),
    GazEntry(9152, "Marlow", "PPLC", "XE", 30.0, 31.2, 9_000_000, "11", "Marlow"),
    GazEntry(9153, "Marlow", "PPL", "US", 37.0, -89.2, 1_700, "IL", "Illinois", "Alexander County"),
    GazEntry(9154, "Illinois", "ADM1", "US", 40.0, -89.0, 12_800_000, "IL", "Illinois"),
    GazEntry(9155, "Kentucky", "ADM1", "US", 37.5, -85.0, 4_400_000, "KY", "Kentucky"),
    GazEntry(9156, "Tennessee", "ADM1", "US", 35.75, -86.25, 6_800_000, "TN", "Tennessee"),
    GazEntry(9157, "United States", "PCLI", "US", 39.8, -98.6, 327_000_000, alternate_names=("US",)),
]


def test_a_world_city_whose_country_the_story_names_is_the_city_not_a_village_of_a_listed_state() -> None:
    text = ("Staff will check travellers landing at Marlow airport during their stay in Estoria. In the "
            "US, cases were found in Illinois, Kentucky and Tennessee.")
    resolver = PlaceResolver(Gazetteer.from_entries(WORLD))
    places = marked(resolver, text, "Marlow", "Estoria", "US", "Illinois", "Kentucky", "Tennessee")
    assert places["Marlow"].country_code == "XE"
