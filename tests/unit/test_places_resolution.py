"""How the places stage weighs a story's names against each other: counties that hold a town,
a name's own first guesses, lists of countries, seas, and places marked in a JSONL input."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.store import LOCAL_ID_BASE
from frontlines.model import Analysis, Document, Entity, Place, Span
from frontlines.readers import InputError, read_file
from frontlines.stages.places import PlaceResolver

ENTRIES = [
    GazEntry(2988507, "Paris", "PPLC", "FR", 48.85, 2.35, 2_138_551, "11", "Île-de-France"),
    GazEntry(4647963, "Paris", "PPL", "US", 36.30, -88.33, 10_156, "TN", "Tennessee", "Henry County"),
    GazEntry(4246659, "Paris", "PPL", "US", 39.61, -87.70, 8_837, "IL", "Illinois", "Edgar County"),
    GazEntry(4628829, "Henry County", "ADM2", "US", 36.33, -88.30, 32_330, "TN", "Tennessee", "Henry County"),
    GazEntry(4200000, "Henry County", "ADM2", "US", 33.45, -84.15, 230_000, "GA", "Georgia", "Henry County"),
    GazEntry(4896861, "Illinois", "ADM1", "US", 40.0, -89.25, 12_800_000, "IL", "Illinois"),
    GazEntry(1814991, "China", "PCLI", "CN", 35.0, 105.0, 1_392_730_000),
    GazEntry(1861060, "Japan", "PCLI", "JP", 35.69, 139.75, 126_529_100),
    GazEntry(1900001, "China", "PPL", "JP", 27.33, 128.57, 5_976, "18", "Kagoshima"),
    GazEntry(5100000, "Oregon", "ADM1", "US", 44.0, -120.5, 3_262_488, "OR", "Oregon"),
    GazEntry(4402000, "Pacific", "PPL", "US", 38.48, -90.74, 7_161, "MO", "Missouri"),
    GazEntry(LOCAL_ID_BASE + 7, "Pacific Ocean", "OCN", "", 0.0, -160.0, alternate_names=("Pacific",)),
    GazEntry(1735000, "Kafr Uwayd", "PPL", "SY", 35.68, 36.45, 5_000, "07", "Idlib"),
    GazEntry(169387, "Idlib", "ADM1", "SY", 35.8, 36.6, 1_500_000, "07", "Idlib"),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver(Gazetteer.from_entries(ENTRIES))


def marked(resolver: PlaceResolver, text: str, *names: str) -> list[Place]:
    """Resolve every occurrence of the given names as pre-marked spans, in text order."""
    spans = [Span(i, i + len(n)) for i, n in sorted((i, n) for n in names for i in _occurrences(text, n))]
    return resolver(Document(id="d", text=text, marked_places=spans)).places


def detected(resolver: PlaceResolver, text: str, entities: list[tuple[str, str]]) -> list[str]:
    """The place texts found in `text` with a hand-made analysis (capitalised words PROPN)."""
    return [p.text for p in resolver(analysed_doc(text, entities)).places]


def _occurrences(text: str, name: str) -> list[int]:
    found, start = [], text.find(name)
    while start != -1:
        found.append(start)
        start = text.find(name, start + len(name))
    return found


def test_the_county_that_holds_a_town_of_the_story_is_the_one_meant(resolver: PlaceResolver) -> None:
    text = "Paris police said Henry County deputies joined. Paris is the seat of Henry County."
    places = marked(resolver, text, "Paris", "Henry County")
    assert {(p.text, p.admin1) for p in places} == {("Paris", "Tennessee"), ("Henry County", "Tennessee")}


def test_a_names_own_first_guesses_do_not_decide_which_country_the_story_is_in(
    resolver: PlaceResolver,
) -> None:
    text = "Paris schools closed. Paris parents met. Illinois lawmakers said Paris gets funds."
    places = marked(resolver, text, "Paris", "Illinois")
    assert {p.admin1 for p in places if p.text == "Paris"} == {"Illinois"}


def test_a_list_of_countries_is_not_one_inside_the_next(resolver: PlaceResolver) -> None:
    text = "Exports to Mexico fell; China, Japan and Brazil bought more."
    places = marked(resolver, text, "China", "Japan")
    assert [p.feature_code for p in places] == ["PCLI", "PCLI"]


def test_a_sea_is_not_outweighed_by_a_small_namesake_in_the_storys_country(resolver: PlaceResolver) -> None:
    places = marked(resolver, "Storms over the Pacific reached Oregon.", "Pacific", "Oregon")
    assert places[0].feature_code == "OCN"


def test_places_marked_in_a_jsonl_input_are_resolved_as_given(
    resolver: PlaceResolver, tmp_path: Path
) -> None:
    path = tmp_path / "marked.jsonl"
    path.write_text('{"id": "a1", "text": "Shelling hit Kafr Uwayd in Idlib province on Tuesday.", '
                    '"places": [{"start": 13, "end": 23}, {"start": 27, "end": 32}]}\n', encoding="utf-8")
    [doc] = [d for d in read_file(path) if not isinstance(d, InputError)]
    places = resolver(doc).places
    assert [(p.text, p.feature_code) for p in places] == [("Kafr Uwayd", "PPL"), ("Idlib", "ADM1")]


def test_a_province_in_brackets_after_a_town_contains_it() -> None:
    entries = [
        GazEntry(3437001, "San Lorenzo", "PPL", "PY", -25.34, -57.51, 320_000, "11", "Central"),
        GazEntry(3836000, "San Lorenzo", "PPL", "AR", -32.75, -60.73, 47_000, "21", "Santa Fe"),
        GazEntry(3836276, "Santa Fe", "ADM1", "AR", -30.7, -60.9, 3_200_000, "21", "Santa Fe"),
    ]
    resolver = PlaceResolver(Gazetteer.from_entries(entries))
    places = marked(resolver, "In San Lorenzo (Santa Fe), a group marched.", "San Lorenzo", "Santa Fe")
    assert places[0].country_code == "AR"


def test_a_city_and_district_joined_by_a_dash_are_two_places_and_particles_stay_in_names() -> None:
    entries = [
        GazEntry(3530597, "Mexico City", "PPLC", "MX", 19.43, -99.13, 12_294_193, "09", "Mexico City",
                 alternate_names=("Ciudad de Mexico",)),
        GazEntry(3530100, "Cuauhtemoc", "ADM2", "MX", 19.43, -99.15, 532_553, "09", "Mexico City"),
        GazEntry(3448636, "São José dos Campos", "PPL", "BR", -23.18, -45.89, 729_737, "27", "São Paulo"),
        GazEntry(3448639, "São José", "PPL", "BR", -27.61, -48.63, 242_000, "26", "Santa Catarina"),
    ]
    resolver = PlaceResolver(Gazetteer.from_entries(entries))
    text = "Marches in Ciudad de Mexico - Cuauhtemoc and in Sao Jose dos Campos ended."
    assert detected(resolver, text, [("Ciudad de Mexico - Cuauhtemoc", "GPE")]) == [
        "Ciudad de Mexico", "Cuauhtemoc", "Sao Jose dos Campos"]


def test_one_name_keeps_one_sense_in_a_story() -> None:
    entries = [
        GazEntry(4270356, "Hays", "PPL", "US", 38.88, -99.33, 21_000, "KS", "Kansas"),
        GazEntry(6940000, "Hays", "PPL", "YE", 14.7, 43.45, 5_000, "08", "Al Hudaydah"),
        GazEntry(79836, "Al Hudaydah", "ADM1", "YE", 15.0, 43.2, 3_000_000, "08", "Al Hudaydah"),
    ]
    resolver = PlaceResolver(Gazetteer.from_entries(entries))
    text = "Shelling hit areas east of Hays. Two died in Hays, Al Hudaydah."
    assert {p.country_code for p in marked(resolver, text, "Hays", "Al Hudaydah")} == {"YE"}


def test_a_lake_the_gazetteer_lacks_is_placed_by_the_place_it_is_named_after() -> None:
    lanier = GazEntry(4205000, "Lanier County", "ADM2", "US", 31.04, -83.06, 10_000, "GA", "Georgia",
                      "Lanier County", alternate_names=("Lanier",))
    resolver = PlaceResolver(Gazetteer.from_entries([lanier]))
    doc = Document(id="d", text="Boats on Lake Lanier were checked.", marked_places=[Span(9, 20)])
    [place] = resolver(doc).places
    assert (place.text, place.name, place.feature_code, place.admin1) == (
        "Lake Lanier", "Lake Lanier", "LK", "Georgia")


def test_a_detected_adjective_of_a_region_names_it_but_a_mere_beginning_does_not() -> None:
    ossetia = GazEntry(LOCAL_ID_BASE + 9, "South Ossetia", "RGN", "GE", 42.35, 43.95)
    tamil_nadu = GazEntry(1255053, "Tamil Nadu", "ADM1", "IN", 11.0, 78.0, 72_000_000, "25", "Tamil Nadu")
    resolver = PlaceResolver(Gazetteer.from_entries([ossetia, tamil_nadu]))
    text = "South Ossetian officials met Tamil leaders."
    found = detected(resolver, text, [("South Ossetian", "GPE"), ("Tamil", "GPE")])
    assert found == ["South Ossetian"]


def test_a_span_set_tells_whether_any_span_overlaps() -> None:
    from frontlines.stages.places import SpanSet

    spans = SpanSet([(30, 40), (0, 100), (120, 130)])
    assert spans.overlaps(105, 110) is False  # between the long span's end and the next start
    assert spans.overlaps(99, 101) and spans.overlaps(125, 126)
    assert SpanSet([]).overlaps(0, 10) is False


def test_a_name_with_one_sizeable_reading_is_resolved_in_a_story_naming_no_country() -> None:
    entries = [
        GazEntry(192709, "Kajiado", "ADM1", "KE", -2.2, 36.8, 60_000, "34", "Kajiado"),
        GazEntry(192710, "Kajiado", "PPL", "KE", -1.85, 36.78, 14_860, "34", "Kajiado"),
        GazEntry(300002, "Zarbak", "PPL", "BR", -10.0, -50.0, 600),
    ]
    resolver = PlaceResolver(Gazetteer.from_entries(entries))
    doc = Document(id="d", text="Residents of Kajiado and Zarbak protested.")
    doc.analysis = Analysis(entities=[Entity(13, 20, "GPE", "Kajiado"), Entity(25, 31, "GPE", "Zarbak")])
    places = {p.text: p for p in resolver(doc).places}
    assert places["Kajiado"].country_code == "KE"
    assert places["Zarbak"].geonameid is None  # a hamlet of 600 is too small to take on its name alone


def test_a_stated_province_brings_back_a_small_namesake_past_the_candidate_cut() -> None:
    # Thirty bigger towns share the name; the one in the stated province has no population at all.
    towns = [GazEntry(920000 + i, "Santa Olvida", "PPL", "XA", float(i), 10.0, 50_000 - i, "01", "Norte")
             for i in range(30)]
    province = GazEntry(920100, "Sureña", "ADM1", "XB", -30.0, -60.0, 800_000, "07", "Sureña")
    small = GazEntry(920101, "Santa Olvida", "PPL", "XB", -30.1, -60.1, 0, "07", "Sureña")
    resolver = PlaceResolver(Gazetteer.from_entries([*towns, province, small]))
    text = "Taxi drivers gathered in Santa Olvida (Sureña) on Monday."
    spans = [Span(text.index(n), text.index(n) + len(n)) for n in ("Santa Olvida", "Sureña")]
    places = resolver(Document(id="d", text=text, marked_places=spans)).places
    assert places[0].geonameid == small.geonameid
