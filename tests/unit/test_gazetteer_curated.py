"""Curated gazetteer tables (terrain, abbreviations, country points) and the points derived for areas."""

from __future__ import annotations

import pytest

import frontlines.gazetteer.build as build_module
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.build import Area, terrain_entries
from frontlines.gazetteer.sources import (
    CountryFacts,
    read_abbreviations,
    read_admin1,
    read_country_points,
    read_terrain,
)
from frontlines.gazetteer.store import LOCAL_ID_BASE, TERRAIN_CODES


def test_every_terrain_row_has_a_public_source_a_terrain_code_and_a_point() -> None:
    rows = read_terrain()
    assert {"Panjshir Valley", "Khyber Pass", "Golan Heights", "Donbas"} <= {r.name for r in rows}
    for row in rows:
        assert row.source.startswith(("Wikipedia: ", "GeoNames ")), row.name
        assert row.feature_code in TERRAIN_CODES, row.name
        assert -90 <= row.lat <= 90 and -180 <= row.lon <= 180


def test_terrain_entries_carry_frontlines_ids_not_geonames_ids() -> None:
    entries = list(terrain_entries())
    assert len({e.geonameid for e in entries}) == len(entries)
    assert all(e.geonameid >= LOCAL_ID_BASE and not e.is_geonames and e.is_terrain for e in entries)


def test_every_abbreviation_names_a_known_province() -> None:
    known = {f"{r.country_code}.{r.code}" for r in read_admin1()}
    table = read_abbreviations()
    assert table["W.Va."] == "US.WV" and table["Ont."] == "CA.08"
    assert set(table.values()) <= known


def test_curated_country_points_replace_far_off_ones() -> None:
    assert read_country_points()["US"] == (39.83, -98.58)
    assert "CN" not in read_country_points()  # countryinfo's point is GeoNames' own there


def test_an_abbreviation_is_matched_only_as_written() -> None:
    kentucky = GazEntry(6254925, "Kentucky", "ADM1", "US", 37.5, -85.25, admin1_code="KY")
    gaz = Gazetteer.from_entries([kentucky], abbreviations={"Ky.": "US.KY"})
    found = gaz.abbreviation("Ky.")
    assert found is not None and found.geonameid == kentucky.geonameid
    assert gaz.abbreviation("Ky") is None and gaz.lookup("Ky.") == []


def test_a_province_point_is_the_middle_of_its_places_not_their_mean() -> None:
    area = Area()
    # Most places in the south, a few to the north; the farthest is trimmed as a possible stray.
    for lat in [43.0] * 8 + [44.0, 45.0, 46.0, 50.0]:
        area.add({"latitude": lat, "longitude": -80.0, "population": 1})
    mean_lat, _ = area.point()
    middle_lat, middle_lon = area.middle()
    assert mean_lat < 44.2 and middle_lat == pytest.approx(44.5) and middle_lon == pytest.approx(-80.0)


def test_a_demonym_several_countries_share_means_the_most_populous() -> None:
    facts = {"CN": CountryFacts(demonym="Chinese"), "MO": CountryFacts(demonym="Chinese")}
    assert "chinese=CN" in build_module._demonyms(facts)
