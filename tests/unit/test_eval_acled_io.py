"""Reading ACLED exports of every era, and CASE 2021 task 2 files (all rows here are invented)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from frontlines.evaluation.acled_io import parse_acled_date, read_acled_csv, read_case_tsv
from frontlines.evaluation.acled_taxonomy import inter_code


def write_csv(path: Path, header: str, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header.split(","))
        writer.writerows(rows)
    return path


SCHEMA_2022 = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
    "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
    "tags,timestamp"
)
SCHEMA_2019 = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,countycode,"
    "admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
    "timestamp,iso3"
)
SCHEMA_2024 = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)
SCHEMA_2015 = (
    "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,"
    "INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,"
    "LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES"
)


@pytest.mark.parametrize("text,year,iso", [
    ("2022-01-15", None, "2022-01-15"),
    ("2022-01-15T00:00:00", None, "2022-01-15"),
    ("15 January 2022", None, "2022-01-15"),
    ("15-January-2022", None, "2022-01-15"),
    ("5-Aug-24", 2024, "2024-08-05"),
    ("31-12-19", 2019, "2019-12-31"),  # day-month-two-digit-year, as in 2019-era exports
    ("01-02-2022", None, "2022-02-01"),  # day first, never US month first
    ("3-Mar-70", 2070, "2070-03-03"),  # the year column fixes the century strptime guesses
])
def test_dates_in_every_export_form_become_iso(text: str, year: int | None, iso: str) -> None:
    assert parse_acled_date(text, year) == iso


def test_an_unreadable_date_is_an_error() -> None:
    with pytest.raises(ValueError, match="unrecognised date"):
        parse_acled_date("sometime in spring")


@pytest.mark.parametrize("value,code", [
    ("6", 6), ("6.0", 6), ("0", None), ("", None),
    ("State forces", 1), ("Rebel group", 2), ("Political militia", 3), ("Identity militia", 4),
    ("Rioters", 5), ("Protesters", 6), ("Civilians", 7), ("External/Other forces", 8),
    ("Communal / Identity Groups", 4), ("Foreign / Others", 8),
])
def test_inter_codes_come_from_numbers_or_names(value: str, code: int | None) -> None:
    assert inter_code(value) == code


@pytest.mark.parametrize("value", ["Aliens", "9"])
def test_unknown_inter_codes_are_errors(value: str) -> None:
    with pytest.raises(ValueError):
        inter_code(value)


def test_2022_schema_with_numeric_inter_codes(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", SCHEMA_2022, [
        ["TST1", "2022-03-04", "2022", "2", "Political violence", "Battles", "Armed clash",
         "Military Forces of Chad (2021-)", "", "1", "Rebel Group X", "", "2", "12", "", "148",
         "Middle Africa", "Chad", "Lac", "Mamdi", "", "Bol", "13.4586", "14.7147", "1", "Radio Y",
         "National", "On 4 March 2022, soldiers clashed with rebels near Bol.", "3", "", "1646000000"],
        ["TST2", "2022-03-05", "2022", "1", "Demonstrations", "Protests", "Peaceful protest",
         "Protesters (Chad)", "", "6", "", "", "0", "60", "", "148", "Middle Africa", "Chad", "N'Djamena",
         "", "", "N'Djamena", "", "", "3", "Radio Y", "National", "Residents marched.", "0", "", "1"],
    ])
    clash, protest = read_acled_csv(path)
    assert (clash.event_id, clash.event_date, clash.time_precision) == ("TST1", "2022-03-04", 2)
    assert (clash.event_type, clash.sub_event_type, clash.legacy) == ("Battles", "Armed clash", False)
    assert (clash.actor1, clash.inter1, clash.actor2, clash.inter2) == (
        "Military Forces of Chad (2021-)", 1, "Rebel Group X", 2)
    assert (clash.iso, clash.iso3, clash.admin1, clash.location) == (148, "TCD", "Lac", "Bol")
    assert (clash.latitude, clash.longitude) == (13.4586, 14.7147)
    assert (clash.geo_precision, clash.fatalities) == (1, 3)
    assert clash.notes.startswith("On 4 March") and clash.source == "Radio Y"
    assert (protest.actor2, protest.inter2, protest.latitude) == ("", None, None)


def test_2019_era_schema_with_two_digit_years(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "k.csv", SCHEMA_2019, [
        ["1", "404", "KEN1", "1", "07-03-18", "2018", "1", "Riots", "Mob violence", "Rioters (Kenya)", "",
         "5", "Civilians (Kenya)", "", "7", "57", "Eastern Africa", "Kenya", "Nakuru", "Nakuru", "Naivasha",
         "", "Naivasha", "-0.71", "36.43", "1", "Paper Z", "National", "A mob beat a man.", "1", "1", "KEN"],
    ])
    (record,) = read_acled_csv(path)
    assert (record.event_id, record.event_date, record.iso, record.iso3) == ("KEN1", "2018-03-07", 404, "KEN")
    assert (record.inter1, record.inter2, record.admin3) == (5, 7, "")


def test_2024_schema_merges_the_second_actor_row_into_actor2(tmp_path: Path) -> None:
    common = ["Bangladesh", "Dhaka", "Dhaka", "", "Dhaka", "23.7", "90.4", "1", "Paper", "National"]
    path = write_csv(tmp_path / "b.csv", SCHEMA_2024, [
        ["BGD1", "5-Aug-24", "2024", "1", "Political violence", "Riots", "Mob violence",
         "Rioters (Bangladesh)", "", "Rioters", "Rioters-Civilians", "Civilian targeting", "50", "South Asia",
         *common, "A mob attacked a shop.", "0", "", "1"],
        ["BGD1", "5-Aug-24", "2024", "1", "Political violence", "Riots", "Mob violence",
         "Civilians (Bangladesh)", "", "Civilians", "Rioters-Civilians", "Civilian targeting", "50",
         "South Asia", *common, "A mob attacked a shop.", "0", "", "1"],
        ["BGD2", "6-Aug-24", "2024", "1", "Demonstrations", "Protests", "Peaceful protest",
         "Protesters (Bangladesh)", "", "Protesters", "Protesters only", "", "50", "South Asia", *common,
         "Students marched.", "0", "", "1"],
    ])
    mob, march = read_acled_csv(path)
    assert (mob.event_id, mob.event_date) == ("BGD1", "2024-08-05")
    assert (mob.actor1, mob.inter1, mob.actor2, mob.inter2) == (
        "Rioters (Bangladesh)", 5, "Civilians (Bangladesh)", 7)
    assert (march.event_id, march.actor2, march.inter1, march.inter2) == ("BGD2", "", 6, None)


def test_2015_schema_is_marked_legacy_with_no_sub_type(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "o.csv", SCHEMA_2015, [
        ["770", "9PAK", "9", "01-January-2015", "2015", "1", "Battle-No change of territory",
         "Military Forces of Pakistan", "", "1", "TTP: Tehreek-i-Taliban Pakistan", "", "2", "12", "Pakistan",
         "Khyber Pakhtunkhwa", "", "", "Bannu", "32.98", "70.6", "2", "Dawn",
         "Troops clashed\nwith militants.", "4"],
    ])
    (record,) = read_acled_csv(path)
    assert record.legacy and record.sub_event_type == ""
    assert (record.event_id, record.event_type) == ("9PAK", "Battle-No change of territory")
    assert (record.event_date, record.inter2, record.fatalities) == ("2015-01-01", 2, 4)
    assert record.iso is None  # GWNO is a Gleditsch-Ward number, not ISO
    assert record.notes == "Troops clashed\nwith militants."


def test_a_file_without_event_dates_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", "name,value", [["a", "1"]])
    with pytest.raises(ValueError, match="not an ACLED export"):
        list(read_acled_csv(path))


def test_a_bad_row_is_reported_with_its_line(tmp_path: Path) -> None:
    row = ["1", "404", "KEN1", "1", "someday", "2018", "1", "Riots", "Mob violence", "Rioters (Kenya)", "",
           "5", "", "", "0", "50", "", "Kenya", "", "", "", "", "", "", "", "1", "", "", "x", "0", "1", "KEN"]
    path = write_csv(tmp_path / "k.csv", SCHEMA_2019, [row])
    with pytest.raises(ValueError, match=r"k\.csv:2: unrecognised date"):
        list(read_acled_csv(path))


def test_case_rows_with_id_text_and_code(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("1\tRioters torched a bus.\tVIOL_DEMONSTR\r\n"
                    "2\tTroops shelled a town.\tART_MISS_ATTACK\n")
    assert read_case_tsv(path) == [
        ("Rioters torched a bus.", "Violent demonstration"),
        ("Troops shelled a town.", "Shelling/artillery/missile attack"),
    ]


def test_case_text_and_sub_type_name_rows(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("Police detained five.\tarrests\n")
    assert read_case_tsv(path) == [("Police detained five.", "Arrests")]


def test_case_input_joined_with_the_shared_task_output_file(tmp_path: Path) -> None:
    (tmp_path / "in.tsv").write_text("7\tA crowd beat a thief.\n8\tTwo armies agreed a truce.\n")
    (tmp_path / "out.tsv").write_text("8\tAGREEMENT\n7\tMOB_VIOL\n")
    assert read_case_tsv(tmp_path / "in.tsv", tmp_path / "out.tsv") == [
        ("A crowd beat a thief.", "Mob violence"), ("Two armies agreed a truce.", "Agreement")]


def test_case_labels_must_be_known_and_complete(tmp_path: Path) -> None:
    (tmp_path / "bad.tsv").write_text("1\tSomething.\tPICNIC\n")
    with pytest.raises(ValueError, match="unknown CASE label"):
        read_case_tsv(tmp_path / "bad.tsv")
    (tmp_path / "in.tsv").write_text("1\tSomething.\n2\tElse.\n")
    (tmp_path / "out.tsv").write_text("1\tOTHER\n")
    with pytest.raises(ValueError, match="no label for ids"):
        read_case_tsv(tmp_path / "in.tsv", tmp_path / "out.tsv")


@pytest.mark.shared
@pytest.mark.parametrize("name,legacy", [
    ("acledR_acled_old_deletion_dummy.csv", False),
    ("Carol0128_acled_kenya_2004-2019.csv", False),
    ("zachessesjohnson_acled_bangladesh_2022-2024.csv", False),
    ("katehara_acled_asia_2015_oldschema.csv", True),
])
def test_each_shared_acled_export_reads_whole(shared_data: Path, name: str, legacy: bool) -> None:
    records = list(read_acled_csv(shared_data / "events" / "acled" / name))
    assert records and all(r.legacy == legacy for r in records)
    assert len({r.event_id for r in records}) == len(records)  # the 2024 actor rows are merged
    assert all(len(r.event_date) == 10 and r.inter1 is not None for r in records)
