"""The reach of `eval acled`: for how many records some gazetteer reading of some place the pipeline
found in the notes lies near the gold point, or in the gold admin1. It tells a wrong choice among
the readings apart from notes whose places never come near the gold one. Places, names and records
here are invented; a fake coder stands in for the pipeline."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from frontlines.evaluation.acled import evaluate_acled, name_readings, place_readings
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Event, Place
from frontlines.stages.places import locate

HEADER = ["event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "inter1",
          "country", "admin1", "latitude", "longitude", "notes", "fatalities"]
# Two towns called Quarrowby: a big one in Felmark province, far from the gold point, and a small
# one in Oskvale province, 6 km from it. Tessle province's own point is far off, its seat close by.
BIG_QUARROWBY = GazEntry(9001, "Quarrowby", "PPLA", "KE", 1.0, 37.0, 250_000, "91", "Felmark")
SMALL_QUARROWBY = GazEntry(9002, "Quarrowby", "PPL", "KE", 0.05, 35.03, 2_000, "92", "Oskvale")
TESSLE = GazEntry(9003, "Tessle", "ADM1", "KE", 3.0, 39.0, 800_000, "93", "Tessle",
                  seat_lat=0.02, seat_lon=35.01)
GAZETTEER = Gazetteer.from_entries([BIG_QUARROWBY, SMALL_QUARROWBY, TESSLE])
GOLD_POINT = ("0.0", "35.0")


def write_records(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """ACLED rows (id, admin1, notes) of one clash at the gold point."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for event_id, admin1, notes in rows:
            writer.writerow([event_id, "2020-02-03", "2020", "Battles", "Armed clash", "Bandits (Kenya)", "3",
                             "Kenya", admin1, *GOLD_POINT, notes, "0"])
    return path


def chooses_the_biggest(docs: list[Document]) -> list[Document]:
    """Finds each invented name in the text and always reads it as its most populous entry."""
    for doc in docs:
        doc.places = []
        for entry in (BIG_QUARROWBY, TESSLE):
            start = doc.text.find(entry.name)
            if start >= 0:
                doc.places.append(Place(start, start + len(entry.name), entry.name, entry.name,
                                        lat=entry.lat, lon=entry.lon, country_code="KE",
                                        admin1=entry.admin1_name, feature_code=entry.feature_code))
        location = locate(doc.places[0]) if doc.places else None
        doc.events = [Event(f"{doc.id}-e", "Battles", "Armed clash", "FIGHT", location=location)]
    return docs


def test_a_reading_the_coder_did_not_choose_is_within_reach(tmp_path: Path) -> None:
    path = write_records(tmp_path / "g.csv", [("R1", "Oskvale", "Bandits raided Quarrowby at dawn.")])

    report = evaluate_acled(path, chooses_the_biggest, gazetteer=GAZETTEER)

    assert report.field("within_25km").correct == 0 and report.field("admin1").correct == 0
    assert (report.ceiling_25km, report.ceiling_admin1) == (1.0, 1.0)


def test_notes_whose_places_never_come_near_are_beyond_reach(tmp_path: Path) -> None:
    path = write_records(tmp_path / "g.csv", [
        ("R1", "Oskvale", "Bandits raided Quarrowby at dawn."),
        ("R2", "Oskvale", "Bandits raided a farm at dawn."),
    ])

    report = evaluate_acled(path, chooses_the_biggest, gazetteer=GAZETTEER)

    assert (report.ceiling_25km, report.ceiling_admin1) == (0.5, 0.5)


def test_a_province_reading_is_placed_at_its_seat_as_the_chosen_one_would_be() -> None:
    doc = chooses_the_biggest([Document("R3", "Fighting spread across Tessle.")])[0]

    (spot,) = place_readings(doc, GAZETTEER)

    assert (spot.lat, spot.lon, spot.admin1) == (0.02, 35.01, "Tessle")


def test_a_reading_abroad_is_in_no_admin1_of_the_gold_country_whatever_its_area_is_called(
    tmp_path: Path,
) -> None:
    # A Tanzanian Quarrowby, in a province that is also called Oskvale.
    abroad = GazEntry(9004, "Quarrowby", "PPL", "TZ", -6.0, 35.0, 3_000, "95", "Oskvale")
    gazetteer = Gazetteer.from_entries([BIG_QUARROWBY, abroad])
    path = write_records(tmp_path / "g.csv", [("R4", "Oskvale", "Bandits raided Quarrowby at dawn.")])

    report = evaluate_acled(path, chooses_the_biggest, gazetteer=gazetteer)

    assert report.ceiling_admin1 == 0.0


def test_a_record_without_a_gold_admin1_is_left_out_of_that_share(tmp_path: Path) -> None:
    path = write_records(tmp_path / "g.csv", [
        ("R1", "", "Bandits raided Quarrowby at dawn."),
        ("R2", "Oskvale", "Bandits raided a farm at dawn."),
    ])

    report = evaluate_acled(path, chooses_the_biggest, gazetteer=GAZETTEER)

    assert (report.ceiling_25km, report.ceiling_admin1) == (0.5, 0.0)


def test_the_reach_is_printed_under_the_table_and_kept_in_the_json(tmp_path: Path) -> None:
    path = write_records(tmp_path / "g.csv", [("R1", "Oskvale", "Bandits raided Quarrowby at dawn.")])

    report = evaluate_acled(path, chooses_the_biggest, gazetteer=GAZETTEER)

    assert ("reach: 100.0% of records have a reading within 25 km of the gold point, "
            "100.0% one in the gold admin1") in report.format_table()
    assert json.loads(json.dumps(report.to_dict()))["ceiling_admin1"] == 1.0


def test_a_coder_that_finds_no_places_reaches_nothing(tmp_path: Path) -> None:
    path = write_records(tmp_path / "g.csv", [("R2", "Oskvale", "Bandits raided a farm at dawn.")])

    def no_places(docs: list[Document]) -> list[Document]:
        return docs

    report = evaluate_acled(path, no_places, gazetteer=GAZETTEER)

    assert (report.ceiling_25km, report.ceiling_admin1) == (0.0, 0.0)


def no_places(docs: list[Document]) -> list[Document]:
    """A coder that recognises no place at all."""
    for doc in docs:
        doc.events = [Event(f"{doc.id}-e", "Battles", "Armed clash", "FIGHT")]
    return docs


def test_a_place_the_recogniser_missed_is_within_the_reach_of_the_names(tmp_path: Path) -> None:
    path = write_records(tmp_path / "g.csv", [("R1", "Oskvale", "Bandits raided Quarrowby at dawn.")])

    report = evaluate_acled(path, no_places, gazetteer=GAZETTEER)

    assert (report.ceiling_25km, report.ceiling_admin1) == (0.0, 0.0)
    assert (report.ceiling_names_25km, report.ceiling_names_admin1) == (1.0, 1.0)
    assert "any name: 100.0% within 25 km, 100.0% in the gold admin1" in report.format_table()


def test_a_place_the_gazetteer_lacks_is_beyond_every_reach(tmp_path: Path) -> None:
    path = write_records(tmp_path / "g.csv", [("R1", "Oskvale", "Bandits raided Zimvale at dawn.")])

    report = evaluate_acled(path, no_places, gazetteer=GAZETTEER)

    assert (report.ceiling_names_25km, report.ceiling_names_admin1) == (0.0, 0.0)


def test_names_of_several_words_are_read_whatever_their_case() -> None:
    dell = GazEntry(9005, "Upper Quarrow Dell", "PPL", "KE", 0.1, 35.1, 900, "92", "Oskvale")
    gazetteer = Gazetteer.from_entries([dell, TESSLE])

    spots = name_readings("Gunmen struck upper quarrow dell, far from tessle.", gazetteer)

    assert sorted((s.name, s.admin1) for s in spots) == [
        ("Tessle", "Tessle"), ("Upper Quarrow Dell", "Oskvale")]


def test_the_reach_is_worked_out_from_the_returned_documents_alone(tmp_path: Path) -> None:
    # Worker processes send documents back without their spaCy analysis: text and places suffice.
    path = write_records(tmp_path / "g.csv", [("R1", "Oskvale", "Bandits raided Quarrowby at dawn.")])

    def as_from_a_worker(docs: list[Document]) -> list[Document]:
        coded = chooses_the_biggest(docs)
        return [Document(d.id, d.text, published=d.published, places=d.places, events=d.events)
                for d in coded]

    report = evaluate_acled(path, as_from_a_worker, gazetteer=GAZETTEER)

    assert report.ceiling_25km == 1.0


def test_an_event_placed_abroad_scores_no_admin1_so_the_reach_stays_a_ceiling(tmp_path: Path) -> None:
    # The coder places the event in a Tanzanian Quarrowby whose province is also called Oskvale.
    abroad = GazEntry(9004, "Quarrowby", "PPL", "TZ", -6.0, 35.0, 3_000, "95", "Oskvale")
    path = write_records(tmp_path / "g.csv", [("R4", "Oskvale", "Bandits raided Quarrowby at dawn.")])

    def chooses_abroad(docs: list[Document]) -> list[Document]:
        for doc in docs:
            start = doc.text.find("Quarrowby")
            doc.places = [Place(start, start + 9, "Quarrowby", "Quarrowby", lat=-6.0, lon=35.0,
                                country_code="TZ", admin1="Oskvale", feature_code="PPL")]
            doc.events = [Event(f"{doc.id}-e", "Battles", "Armed clash", "FIGHT",
                                location=locate(doc.places[0]))]
        return docs

    report = evaluate_acled(path, chooses_abroad, gazetteer=Gazetteer.from_entries([abroad]))

    assert report.field("admin1").correct == 0 and report.ceiling_admin1 == 0.0
