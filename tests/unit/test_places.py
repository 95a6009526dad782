"""The places stage: toponyms found, resolved in the document's context, and mapped to locations."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Analysis, Document, Entity, Place, Span, Token
from frontlines.stages.places import PlaceResolver, locate

ENTRIES = [
    GazEntry(1149361, "Afghanistan", "PCLI", "AF", 33.0, 65.0, 37_000_000),
    GazEntry(1168579, "Pakistan", "PCLI", "PK", 30.0, 70.0, 212_000_000),
    GazEntry(1269750, "India", "PCLI", "IN", 20.0, 77.0, 1_352_000_000),
    GazEntry(1140043, "Helmand", "ADM1", "AF", 31.59, 64.37, 900_000, "10", "Helmand"),
    GazEntry(7053030, "Nahr-e Sarāj", "ADM2", "AF", 31.79, 64.57, 43_588, "10", "Helmand", "Nahr-e Sarāj",
             alternate_names=("Nahr-e Saraj", "Grishk District")),
    GazEntry(1141540, "Gereshk", "PPL", "AF", 31.82, 64.57, 43_588, "10", "Helmand", "Nahr-e Sarāj",
             alternate_names=("Girishk",)),
    GazEntry(1134720, "Lashkar Gāh", "PPL", "AF", 31.59, 64.37, 43_934, "10", "Helmand", "Lashkar Gāh"),
    GazEntry(1133616, "Mazār-e Sharīf", "PPL", "AF", 36.71, 67.11, 523_300, "30", "Balkh",
             alternate_names=("Mazar-e Sharif", "Mazar-i-Sharif")),
    GazEntry(1164807, "Sindh", "ADM1", "PK", 25.39, 68.37, 30_000_000, "05", "Sindh"),
    GazEntry(1176734, "Hyderabad", "PPL", "PK", 25.39, 68.37, 1_921_275, "05", "Sindh"),
    GazEntry(1254788, "Telangana", "ADM1", "IN", 17.38, 78.46, 35_000_000, "40", "Telangana"),
    GazEntry(1269843, "Hyderabad", "PPL", "IN", 17.38, 78.46, 6_993_262, "40", "Telangana"),
    GazEntry(7000001, "Herat", "ADM1", "AF", 34.3, 62.2, 709_917, "11", "Herat"),
    GazEntry(1139715, "Herāt", "PPL", "AF", 34.35, 62.2, 574_300, "11", "Herat"),
    GazEntry(1168000, "North Waziristan", "ADM2", "PK", 32.3, 69.9, 500_000, "03", "Khyber Pakhtunkhwa",
             "North Waziristan"),
    # Names that are also tiny or distant places: they must not be taken or guessed.
    GazEntry(300001, "Taliban", "PPL", "TR", 37.9, 41.5, 250_000),
    GazEntry(300002, "Zarbak", "PPL", "BR", -10.0, -50.0, 600),
]


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    gaz = Gazetteer.from_entries(ENTRIES, {("AF", "10"): "Helmand"}, demonyms=["Afghan=AF", "Syrian=SY"])
    return PlaceResolver(gaz)


def make_doc(text: str, entities: Sequence[tuple[str, str]] = (), marked: Sequence[str] = ()) -> Document:
    """A document with a hand-made analysis: word tokens (capitalised ones PROPN) and the entities given."""
    tokens = [
        Token(m.start(), m.end(), m.group(), m.group(), "PROPN" if m.group()[0].isupper() else "X", "", "", 0)
        for m in re.finditer(r"\w+|[^\w\s]", text)
    ]
    ents = [Entity(text.index(s), text.index(s) + len(s), label, s) for s, label in entities]
    spans = [Span(text.index(s), text.index(s) + len(s)) for s in marked]
    return Document(id="d", text=text, analysis=Analysis(tokens=tokens, entities=ents), marked_places=spans)


def places_of(resolver: PlaceResolver, doc: Document) -> dict[str, Place]:
    return {p.text: p for p in resolver(doc).places}


def test_province_wording_resolves_to_the_province_and_spans_only_the_name(resolver: PlaceResolver) -> None:
    doc = make_doc("Fighting spread across Helmand province on Monday.", [("Helmand province", "GPE")])
    place = places_of(resolver, doc)["Helmand"]
    assert (place.feature_code, place.geonameid, place.admin1) == ("ADM1", 1140043, "Helmand")


def test_a_bare_name_shared_by_a_province_and_its_town_means_the_town(resolver: PlaceResolver) -> None:
    text = "Protests in Herat and later in Herat province."
    doc = make_doc(text, [("Herat", "GPE"), ("Herat province", "GPE")])
    first, second = resolver(doc).places
    assert (first.feature_code, second.feature_code) == ("PPL", "ADM1")


def test_a_district_and_the_town_in_it(resolver: PlaceResolver) -> None:
    doc = make_doc("Clashes hit Gereshk in Nahr-e Saraj district.", [("Gereshk", "GPE")])
    places = places_of(resolver, doc)
    assert places["Gereshk"].feature_code == "PPL" and places["Gereshk"].admin2 == "Nahr-e Sarāj"
    assert places["Nahr-e Saraj"].feature_code == "ADM2"


@pytest.mark.parametrize(("context", "country"), [("Pakistan", "PK"), ("India", "IN")])
def test_a_name_shared_by_two_countries_follows_the_document_country(
    resolver: PlaceResolver, context: str, country: str
) -> None:
    text = f"Officials in {context} said protests in Hyderabad ended."
    doc = make_doc(text, [(context, "GPE"), ("Hyderabad", "GPE")])
    assert places_of(resolver, doc)["Hyderabad"].country_code == country


def test_a_stated_container_decides_between_homonyms(resolver: PlaceResolver) -> None:
    doc = make_doc("Police in Hyderabad, Sindh arrested five men.", [("Hyderabad", "GPE"), ("Sindh", "GPE")])
    assert places_of(resolver, doc)["Hyderabad"].country_code == "PK"


def test_demonyms_and_armed_groups_are_not_places(resolver: PlaceResolver) -> None:
    text = "Afghan forces fought the Taliban near Lashkar Gah."
    doc = make_doc(text, [("Afghan", "GPE"), ("Lashkar Gah", "GPE")])
    assert set(places_of(resolver, doc)) == {"Lashkar Gah"}


def test_a_pre_marked_span_is_resolved_exactly_as_given(resolver: PlaceResolver) -> None:
    text = "Troops left Afghanistan and Lashkar Gah fell."
    doc = make_doc(text, [("Afghanistan", "GPE")], marked=["Lashkar Gah"])
    marked = doc.marked_places[0]
    found = [(p.start, p.end, p.geonameid) for p in resolver(doc).places]
    assert found == [(marked.start, marked.end, 1134720)]


def test_a_capitalised_kind_word_stays_part_of_the_name(resolver: PlaceResolver) -> None:
    doc = make_doc("Shelling hit Gereshk City at dawn.", [("Gereshk City", "GPE")])
    place = places_of(resolver, doc)["Gereshk City"]
    assert (place.geonameid, place.feature_code) == (1141540, "PPL")


def test_a_capitalised_direction_is_part_of_the_name(resolver: PlaceResolver) -> None:
    doc = make_doc("Drones struck North Waziristan and northern Helmand.",
                   [("North Waziristan", "GPE"), ("northern Helmand", "GPE")])
    places = places_of(resolver, doc)
    assert places["North Waziristan"].geonameid == 1168000
    assert places["Helmand"].geonameid == 1140043


def test_addresses_and_bare_directions_are_not_places_but_landmarks_give_their_place(
    resolver: PlaceResolver,
) -> None:
    text = "Police on Cooper Street took him from the West to Helmand Province Jail, then Gereshk Air Base."
    entities = [("Cooper Street", "FAC"), ("West", "LOC"), ("Helmand Province Jail", "FAC"),
                ("Gereshk Air Base", "FAC")]
    doc = make_doc(text, entities)
    assert [p.text for p in resolver(doc).places] == ["Helmand Province", "Gereshk"]


def test_a_pre_marked_demonym_stands_for_its_country(resolver: PlaceResolver) -> None:
    doc = make_doc("Afghan officials met.", marked=["Afghan"])
    assert [p.geonameid for p in resolver(doc).places] == [1149361]


def test_a_tagger_span_cut_at_a_hyphen_is_widened_to_the_whole_name(resolver: PlaceResolver) -> None:
    doc = make_doc("Blasts shook Mazar-i-Sharif overnight.", [("Mazar", "LOC")])
    assert places_of(resolver, doc)["Mazar-i-Sharif"].geonameid == 1133616


def test_after_a_locative_word_a_known_place_beats_the_taggers_reading(resolver: PlaceResolver) -> None:
    doc = make_doc("Fighting in Helmand province spread to areas near Lashkar Gah.",
                   [("Helmand", "GPE"), ("Lashkar Gah", "PERSON")])
    assert places_of(resolver, doc)["Lashkar Gah"].geonameid == 1134720


def test_a_dateline_place_is_found_even_in_capitals(resolver: PlaceResolver) -> None:
    doc = make_doc("LASHKAR GAH, Afghanistan, Aug 26 - Taliban fighters attacked a checkpoint.",
                   [("Afghanistan", "GPE"), ("LASHKAR GAH", "ORG")])
    assert places_of(resolver, doc)["LASHKAR GAH"].geonameid == 1134720


def test_a_big_place_is_found_without_the_tagger(resolver: PlaceResolver) -> None:
    doc = make_doc("Refugees reached Pakistan after the strike.")
    assert places_of(resolver, doc)["Pakistan"].feature_code == "PCLI"


def test_an_unknown_name_stays_unresolved(resolver: PlaceResolver) -> None:
    doc = make_doc("An assault near Kansafra was repelled.", [("Kansafra", "GPE")])
    place = places_of(resolver, doc)["Kansafra"]
    assert place.geonameid is None and place.lat is None and place.name == "Kansafra"


def test_a_tiny_namesake_abroad_is_not_guessed(resolver: PlaceResolver) -> None:
    doc = make_doc("Fighting in Helmand province and Zarbak continued.", [("Zarbak", "GPE")])
    assert places_of(resolver, doc)["Zarbak"].geonameid is None


def test_every_place_span_matches_the_text_and_scores_are_probabilities(resolver: PlaceResolver) -> None:
    doc = make_doc(
        "In Afghanistan, the district of Nahr-e Saraj and northern Helmand saw clashes; "
        "Hyderabad, Sindh was calm.",
        [("Afghanistan", "GPE"), ("northern Helmand", "LOC"), ("Hyderabad", "GPE"), ("Sindh", "GPE")],
    )
    places = resolver(doc).places
    assert len(places) == 5
    for place in places:
        assert doc.text[place.start:place.end] == place.text
        assert 0.0 < place.score <= 1.0


def test_running_twice_gives_the_same_places(resolver: PlaceResolver) -> None:
    doc = make_doc("Clashes hit Gereshk in Nahr-e Saraj district.", [("Gereshk", "GPE")])
    first = list(resolver(doc).places)
    assert resolver(doc).places == first


@pytest.mark.parametrize(
    ("feature_code", "precision"), [("PPL", 1), ("PPLC", 1), ("ADM2", 2), ("ADM1", 3), ("PCLI", 3)]
)
def test_locate_maps_feature_codes_to_acled_precision(feature_code: str, precision: int) -> None:
    place = Place(0, 7, "Gereshk", "Gereshk", 1, 31.8, 64.6, "AF", "Helmand", "Nahr-e Sarāj", feature_code)
    location = locate(place)
    assert location.geo_precision == precision
    assert (location.admin1, location.admin2, location.lat) == ("Helmand", "Nahr-e Sarāj", 31.8)


def test_locate_an_unresolved_place_is_imprecise_and_pointless() -> None:
    location = locate(Place(0, 8, "Kansafra", "Kansafra"))
    assert (location.name, location.lat, location.geo_precision) == ("Kansafra", None, 3)


@pytest.mark.slow
def test_real_model_and_gazetteer_place_a_syrian_report() -> None:
    from frontlines.stages.analyze import Analyze

    text = ("Government forces retook the villages of Hazarin and Kafr Uwayd in the south of Idlib province. "
            "Syrian army units shelled positions near Hama, and Taliban fighters were not involved.")
    doc = PlaceResolver()(Analyze()(Document(id="s", text=text)))
    resolved = {p.text: p for p in doc.places if p.geonameid is not None}
    assert resolved["Idlib"].country_code == "SY" and resolved["Idlib"].feature_code == "ADM1"
    assert resolved["Hama"].country_code == "SY"
    assert not any(p.text in ("Syrian", "Taliban") for p in doc.places)
    assert all(doc.text[p.start:p.end] == p.text for p in doc.places)
