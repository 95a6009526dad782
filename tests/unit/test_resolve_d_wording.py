"""The places stage on wording of conflict reports (invented places): "the X municipality" and "X
countryside" name the town X; a name may hold two particles ("Villa de la Paz"); "X (Y)" places X
in Y even when X mostly names a province elsewhere; a name written as its own container ("Tarsk
(Tarsk)") is the town and then its province; a name that only one village in the world bears
is that village; "X city" is a city more than a village; and the name that closes the brackets
after a village ("Tinagal (Marko, Oudala)") is where the village lies, a place whatever its size;
a tagger's span that ends inside a bracket ("Frankel (Palz") is the name before the bracket."""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place, Span
from frontlines.stages.places import PlaceResolver

ENTRIES = [
    # A town that names its municipality, and a bigger district of that name in another country.
    GazEntry(960001, "Verde", "PPL", "ES", 41.5, -5.4, 9_000, "55", "Lanza"),
    GazEntry(960002, "Verde", "ADM2", "CO", 5.0, -73.0, 60_000, "12", "Norte"),
    GazEntry(960003, "Lanza", "ADM1", "ES", 41.6, -4.7, 2_000_000, "55", "Lanza"),
    # A city named for its countryside.
    GazEntry(960010, "Qamira", "PPL", "SY", 37.0, 41.2, 40_000, "01", "Hasra"),
    # A town whose name holds two particles.
    GazEntry(960020, "Villa de la Paz Nueva", "PPL", "MX", 18.3, -99.5, 110_000, "12", "Sierra"),
    GazEntry(960021, "Sierra", "ADM1", "MX", 17.6, -99.9, 3_500_000, "12", "Sierra"),
    # "Loreto (Concepcion)": Loreto mostly names a province of one country, and a district of
    # another inside that country's Concepcion, whose name is borne by a bigger town elsewhere.
    GazEntry(960030, "Loreto", "ADM1", "PE", -4.5, -75.0, 700_000, "16", "Loreto"),
    GazEntry(960031, "Loreto", "ADM2", "PY", -23.3, -57.3, 16_000, "01", "Concepcion"),
    GazEntry(960032, "Concepcion", "ADM1", "PY", -22.8, -57.0, 100_000, "01", "Concepcion"),
    GazEntry(960033, "Concepcion", "PPL", "PE", -11.9, -75.3, 180_000, "11", "Junin"),
    # A city and the province named after it.
    GazEntry(960040, "Tarsk", "PPL", "UA", 50.0, 36.2, 1_400_000, "07", "Tarsk"),
    GazEntry(960041, "Tarsk", "ADM1", "UA", 49.5, 36.5, 2_600_000, "07", "Tarsk"),
    # A city known in English by a short form of its name, and a village whose own name that is.
    GazEntry(960060, "Al Marrah", "PPL", "IQ", 31.8, 47.1, 320_000, "14", "Masan",
             alternate_names=("Marah",)),
    GazEntry(960061, "Marah", "PPL", "RO", 44.6, 27.3, 15_000, "21", "Olta"),
    # A small province and a town that close the bracketed container of unknown villages.
    GazEntry(960070, "Oudala", "ADM2", "BF", 14.7, -0.4, 9_700, "78", "Sahel"),
    GazEntry(960071, "Balbak", "PPL", "LB", 34.0, 36.2, 30_000, "09", "Bekaa"),
    # A town the tagger marks with half its bracketed qualifier.
    GazEntry(960080, "Frankel", "PPL", "DE", 49.5, 8.4, 47_000, "08", "Palatia"),
    # A village no other place in the world is named after.
    GazEntry(960050, "Lurvais", "PPL", "FR", 47.3, -1.9, 2_700, "52", "Loire"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_the_x_municipality_names_the_town_x(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Residents blocked a road in the Verde municipality (Lanza).", [])
    assert places_of(resolver, doc)["Verde"].geonameid == 960001


def test_a_citys_countryside_names_the_city(resolver: PlaceResolver) -> None:
    doc = analysed_doc("A civilian was killed in a village in the Qamira countryside.", [])
    assert places_of(resolver, doc)["Qamira"].geonameid == 960010


def test_a_name_with_two_particles_is_one_place(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Three men were killed in the municipality of Villa de la Paz Nueva, Sierra.", [])
    places = places_of(resolver, doc)
    assert places["Villa de la Paz Nueva"].geonameid == 960020
    assert "Paz Nueva" not in places


def test_a_bracketed_container_holds_a_name_that_mostly_means_a_province_elsewhere(
    resolver: PlaceResolver,
) -> None:
    doc = analysed_doc("Truck drivers blocked a highway in Loreto (Concepcion).",
                       [("Loreto", "GPE"), ("Concepcion", "GPE")])
    places = places_of(resolver, doc)
    assert places["Loreto"].geonameid == 960031
    assert places["Concepcion"].geonameid == 960032


def test_a_name_as_its_own_container_is_the_city_then_its_province(resolver: PlaceResolver) -> None:
    text = "Protesters gathered in Tarsk (Tarsk) on Monday."
    first, second = text.index("Tarsk"), text.index("Tarsk)")
    doc = Document(id="d", text=text, marked_places=[Span(first, first + 5), Span(second, second + 5)])
    assert [p.geonameid for p in resolver(doc).places] == [960040, 960041]


def test_a_name_only_one_village_bears_is_that_village(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Hundreds of people demonstrated in Lurvais on Sunday.", [("Lurvais", "GPE")])
    assert places_of(resolver, doc)["Lurvais"].geonameid == 960050


def test_x_city_is_the_city_of_that_name_more_than_a_village(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Gunmen shot dead a civilian in Marah city on Monday.", [("Marah", "GPE")])
    assert places_of(resolver, doc)["Marah"].geonameid == 960060


@pytest.mark.parametrize(("text", "name", "geonameid"), [
    ("Militants attacked the village of Tinagal (Marko, Oudala) at dawn.", "Oudala", 960070),
    ("Clashes erupted during a raid into Dar Wassa (Balbak) on Friday.", "Balbak", 960071),
])
def test_the_name_closing_a_villages_brackets_is_where_it_lies(
    resolver: PlaceResolver, text: str, name: str, geonameid: int
) -> None:
    assert places_of(resolver, analysed_doc(text, []))[name].geonameid == geonameid


def test_a_span_ending_inside_a_bracket_is_the_name_before_it(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Some 80 people marched in Frankel (Palz) on Monday.", [("Frankel (Palz", "GPE")])
    assert places_of(resolver, doc)["Frankel"].geonameid == 960080
