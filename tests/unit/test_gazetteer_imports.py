"""Importing GeoNames dump files into the gazetteer cache, on a hand-written dump snippet."""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

import frontlines.gazetteer.build as build_module
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.imports import USER_FILE, dump_entry, import_geonames, user_entries
from frontlines.gazetteer.store import write

# Four rows in the 19-column GeoNames table format (geonameid, name, asciiname, alternatenames,
# lat, lon, feature class, feature code, country, cc2, admin1..4, population, elevation, dem,
# timezone, modified): a village, a valley, a road (skipped) and a town the index already has.
DUMP = "\n".join("\t".join(row) for row in [
    ["1100001", "Dahane Ghori", "Dahane Ghori", "Dahana-i-Ghuri,Dahane-ye Ghowri", "35.9", "68.5", "P", "PPL",
     "AF", "", "03", "", "", "", "0", "", "900", "Asia/Kabul", "2020-01-01"],
    ["1100002", "Darreh-ye Arghandab", "Darreh-ye Arghandab", "Arghandab Valley", "31.7", "65.6", "T", "VAL",
     "AF", "", "23", "", "", "", "0", "", "1000", "Asia/Kabul", "2020-01-01"],
    ["1100003", "Ring Road", "Ring Road", "", "34.0", "66.0", "R", "RD",
     "AF", "", "", "", "", "", "0", "", "1000", "Asia/Kabul", "2020-01-01"],
    ["1141540", "Gereshk", "Gereshk", "Girishk", "31.82", "64.57", "P", "PPLA2",
     "AF", "", "10", "", "", "", "48546", "", "830", "Asia/Kabul", "2020-01-01"],
]) + "\n"
GERESHK = GazEntry(1141540, "Gereshk", "PPL", "AF", 31.8, 64.6, 43_588, "10", "Helmand", "Nahr-e Sarāj",
                   alternate_names=("Gereshk City",))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory whose "full" index is a two-entry stand-in (no minutes-long build)."""

    def small_build(path: Path, cities: str = "cities500") -> dict[str, object]:
        with closing(sqlite3.connect(path)) as conn:
            write(conn, [GERESHK], {("AF", "10"): "Helmand", ("AF", "03"): "Baghlan"}, {})
        return {}

    monkeypatch.setattr(build_module, "build", small_build)
    return tmp_path


def test_a_dump_row_becomes_an_entry_with_its_feature_code_and_latin_names() -> None:
    entry = dump_entry(DUMP.splitlines()[0].split("\t"), {("AF", "03"): "Baghlan"})
    assert entry is not None
    assert (entry.feature_code, entry.admin1_name, entry.lat) == ("PPL", "Baghlan", 35.9)
    assert entry.alternate_names == ("Dahana-i-Ghuri", "Dahane-ye Ghowri")


def test_import_adds_new_places_updates_known_ones_and_skips_roads(cache: Path) -> None:
    dump = cache / "AF.txt"
    dump.write_text(DUMP, encoding="utf-8")
    counts = import_geonames(dump, cache)
    assert counts == {"read": 4, "skipped": 1, "added": 2, "updated": 1}
    gaz = Gazetteer(build_module.ensure_built(cache))
    assert gaz.lookup("Dahana-i-Ghuri")[0].geonameid == 1100001
    assert gaz.lookup("Arghandab Valley")[0].feature_code == "VAL"
    gereshk = gaz.lookup("Gereshk City")[0]  # the old name is kept beside the dump's data
    assert (gereshk.feature_code, gereshk.population, gereshk.admin2_name) == ("PPLA2", 48546, "Nahr-e Sarāj")


def test_a_zipped_dump_reads_like_the_text_file(cache: Path) -> None:
    archive = cache / "AF.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("AF.txt", DUMP)
        zf.writestr("readme.txt", "not a table\n")
    assert import_geonames(archive, cache)["added"] == 2


def test_alternate_names_extend_known_places_and_skip_links_and_codes(cache: Path) -> None:
    names = cache / "alternateNamesV2.txt"
    names.write_text("\n".join([
        "1\t1141540\ten\tGirishk Bazaar\t\t\t\t\t\t",
        "2\t1141540\tlink\thttps://en.wikipedia.org/wiki/Gereshk\t\t\t\t\t\t",
        "3\t1141540\tfa\tگرشک\t\t\t\t\t\t",
        "4\t999\ten\tNowhere\t\t\t\t\t\t",
    ]) + "\n", encoding="utf-8")
    assert import_geonames(names, cache) == {"read": 4, "places_named": 1, "updated": 1}
    gaz = Gazetteer(build_module.ensure_built(cache))
    assert gaz.lookup("Girishk Bazaar")[0].geonameid == 1141540


def test_imports_are_kept_for_the_next_build(cache: Path) -> None:
    dump = cache / "AF.txt"
    dump.write_text(DUMP, encoding="utf-8")
    import_geonames(dump, cache)
    assert (cache / USER_FILE).exists()
    assert {e.geonameid for e in user_entries(cache)} == {1100001, 1100002, 1141540}
