"""The places stage on wording of conflict reports (invented places): "the X municipality" and "X
countryside" name the town X; a name may hold two particles ("Vado de la Ferrin Ostal"); "X (Y)"
places X in Y even when X mostly names a province elsewhere; a name written as its own container
("Dellin (Dellin)") is the town and then its province; a name the gazetteer reads only one way is
that village, though it is small; "X city" is a city more than a village; the name that closes the
brackets after a village ("Mabri hamlet (Oswy, Ulvane)") is where the village lies, a place
whatever its size, but an acronym closing an organisation's brackets ("Ostrel Fishers Union (OVU)")
is none; and a tagger's span that ends inside a bracket ("Grellen (Obertal") is the name before
the bracket."""

from __future__ import annotations

import pytest
from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place, Span
from frontlines.stages.places import PlaceResolver

ENTRIES = [
    # A town that names its municipality, and a bigger district of that name in another country.
    GazEntry(960001, "Kestel", "PPL", "AR", -34.5, -60.1, 9_000, "07", "Brannoc"),
    GazEntry(960002, "Kestel", "ADM2", "ZA", -26.0, 28.0, 60_000, "03", "Vessan"),
    GazEntry(960003, "Brannoc", "ADM1", "AR", -35.0, -60.5, 2_000_000, "07", "Brannoc"),
    # A city named for its countryside.
    GazEntry(960010, "Varo", "PPL", "GT", 14.9, -90.3, 40_000, "05", "Halen"),
    # A town whose name holds two particles.
    GazEntry(960020, "Vado de la Ferrin Ostal", "PPL", "BO", -17.4, -66.1, 110_000, "04", "Corvan"),
    GazEntry(960021, "Corvan", "ADM1", "BO", -17.5, -65.8, 3_500_000, "04", "Corvan"),
    # "Quarrow (Tessaly)": Quarrow mostly names a province of one country, and a district of
    # another inside that country's Tessaly, whose name is borne by a bigger town elsewhere.
    GazEntry(960030, "Quarrow", "ADM1", "TZ", -6.0, 35.0, 700_000, "16", "Quarrow"),
    GazEntry(960031, "Quarrow", "ADM2", "MZ", -15.0, 37.0, 16_000, "01", "Tessaly"),
    GazEntry(960032, "Tessaly", "ADM1", "MZ", -15.5, 37.5, 100_000, "01", "Tessaly"),
    GazEntry(960033, "Tessaly", "PPL", "TZ", -7.0, 36.0, 180_000, "11", "Ruvan"),
    # A city and the province named after it.
    GazEntry(960040, "Dellin", "PPL", "MA", 31.0, -7.0, 1_400_000, "07", "Dellin"),
    GazEntry(960041, "Dellin", "ADM1", "MA", 31.2, -7.3, 2_600_000, "07", "Dellin"),
    # A city known in English by a short form of its name, and a village whose own name that is.
    GazEntry(960060, "Port Pellow", "PPL", "LK", 7.0, 80.0, 320_000, "14", "Tamsin",
             alternate_names=("Pellow",)),
    GazEntry(960061, "Pellow", "PPL", "HU", 47.0, 19.0, 15_000, "21", "Vessor"),
    # A small district and a town that close the bracketed container of unknown places.
    GazEntry(960070, "Ulvane", "ADM2", "TD", 13.0, 19.0, 9_700, "78", "Lakka"),
    GazEntry(960071, "Amberlo", "PPL", "JO", 31.5, 35.8, 30_000, "09", "Tamsin"),
    # A village that an organisation's acronym happens to spell.
    GazEntry(960072, "Ovu", "PPL", "EE", 58.5, 25.5, 20_000, "10", "Halen"),
    # A town the tagger marks with half its bracketed qualifier.
    GazEntry(960080, "Grellen", "PPL", "AT", 47.1, 15.4, 47_000, "06", "Valdor"),
    # A village no other place in the world is named after.
    GazEntry(960050, "Porvik", "PPL", "IS", 64.5, -21.0, 2_700, "52", "Vessor"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_the_x_municipality_names_the_town_x(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Dock workers went on strike in the Kestel municipality (Brannoc) on Tuesday.", [])
    assert places_of(resolver, doc)["Kestel"].geonameid == 960001


def test_a_citys_countryside_names_the_city(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Shelling damaged two farms in the Varo countryside overnight.", [])
    assert places_of(resolver, doc)["Varo"].geonameid == 960010


def test_a_name_with_two_particles_is_one_place(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Two officials were kidnapped in Vado de la Ferrin Ostal, Corvan, on Friday.", [])
    places = places_of(resolver, doc)
    assert places["Vado de la Ferrin Ostal"].geonameid == 960020
    assert "Ferrin Ostal" not in places


def test_a_bracketed_container_holds_a_name_that_mostly_means_a_province_elsewhere(
    resolver: PlaceResolver,
) -> None:
    doc = analysed_doc("Students burned tyres on a road in Quarrow (Tessaly) on Wednesday.",
                       [("Quarrow", "GPE"), ("Tessaly", "GPE")])
    places = places_of(resolver, doc)
    assert places["Quarrow"].geonameid == 960031
    assert places["Tessaly"].geonameid == 960032


def test_a_name_as_its_own_container_is_the_city_then_its_province(resolver: PlaceResolver) -> None:
    text = "Teachers staged a sit-in at Dellin (Dellin) on Thursday."
    first, second = text.index("Dellin"), text.index("Dellin)")
    doc = Document(id="d", text=text, marked_places=[Span(first, first + 6), Span(second, second + 6)])
    assert [p.geonameid for p in resolver(doc).places] == [960040, 960041]


def test_a_name_the_gazetteer_reads_one_way_is_that_small_village(resolver: PlaceResolver) -> None:
    doc = analysed_doc("A crowd of fishermen rallied at the harbour in Porvik on Saturday.",
                       [("Porvik", "GPE")])
    assert places_of(resolver, doc)["Porvik"].geonameid == 960050


def test_x_city_is_the_city_of_that_name_more_than_a_village(resolver: PlaceResolver) -> None:
    doc = analysed_doc("A grenade wounded three traders in Pellow city on Monday.", [("Pellow", "GPE")])
    assert places_of(resolver, doc)["Pellow"].geonameid == 960060


@pytest.mark.parametrize(("text", "name", "geonameid"), [
    ("Gunmen stole cattle from Mabri hamlet (Oswy, Ulvane) overnight.", "Ulvane", 960070),
    ("Troops shelled positions around Kessa Hill (Amberlo) late on Friday.", "Amberlo", 960071),
])
def test_the_name_closing_a_villages_brackets_is_where_it_lies(
    resolver: PlaceResolver, text: str, name: str, geonameid: int
) -> None:
    assert places_of(resolver, analysed_doc(text, []))[name].geonameid == geonameid


def test_an_acronym_closing_an_organisations_brackets_is_no_place(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Members of the Ostrel Fishers Union (OVU) picketed the port in Porvik.", [])
    assert "OVU" not in places_of(resolver, doc)


def test_a_bracket_repeating_the_name_before_it_is_no_container(resolver: PlaceResolver) -> None:
    text = "Dockers picketed the harbour of Porvik - Amberlo (Amberlo) on Monday."
    repeated = text.index("(Amberlo)") + 1
    assert all(p.start != repeated for p in resolver(analysed_doc(text, [])).places)


def test_a_span_ending_inside_a_bracket_is_the_name_before_it(resolver: PlaceResolver) -> None:
    doc = analysed_doc("Nurses picketed a clinic in Grellen (Obertal) on Tuesday.",
                       [("Grellen (Obertal", "GPE")])
    assert places_of(resolver, doc)["Grellen"].geonameid == 960080
