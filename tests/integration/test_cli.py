"""The `frontlines` command as a user meets it, run in-process with click's runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlines.cli import main

pytestmark = pytest.mark.slow

ONE_PLOVER_RECORD = {"id": "T-1", "date": "2001-02-03", "event": "PROTEST", "eventText": "marched",
                     "text": "Farmers marched in the capital.", "source": [{"actorText": "Farmers"}]}


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_every_command_has_help() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("extract", "ingest", "export", "demo", "gazetteer"):
        assert command in out
        assert run(command, "--help")[0] == 0


def test_extract_acled_prints_rows_with_type_date_place_and_notes(examples: Path) -> None:
    code, out, err = run("extract", str(examples / "helmand_checkpoint.txt"), "--format", "acled")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows, "no ACLED rows"
    first = rows[0]
    assert first["event_type"] and first["sub_event_type"]
    assert first["event_date"].startswith("2020-08")
    assert first["country"] == "Afghanistan" and first["admin1"]
    assert first["latitude"] and first["longitude"] and first["notes"]
    assert "1 documents" in err or "1 document" in err


def test_extract_jsonl_offsets_slice_the_text_to_the_words_they_name(examples: Path) -> None:
    code, out, _ = run("extract", str(examples / "idlib_front.html"), "--format", "jsonl")
    assert code == 0
    doc = json.loads(out.splitlines()[0])
    text = doc["text"]
    for key in ("timexes", "places", "actors"):
        assert doc[key], f"no {key}"
        assert all(text[x["start"] : x["end"]] == x["text"] for x in doc[key])
    assert {s["kind"] for s in doc["segments"]} >= {"title", "body", "embedded_post", "caption"}
    for event in doc["events"]:
        assert all(0 <= e["start"] < e["end"] <= len(text) for e in event["evidence"])
        for a in event["attribution"]:
            assert text[a["start"] : a["end"]] == a["text"]


def test_extract_reads_stdin(examples: Path) -> None:
    text = (examples / "helmand_checkpoint.txt").read_text(encoding="utf-8")
    code, out, _ = run("extract", "-", "--format", "jsonl", stdin=text)
    assert code == 0
    assert json.loads(out)["text"] == text


def test_bad_inputs_get_one_line_errors_and_a_failing_status_while_good_ones_go_through(
    tmp_path: Path, examples: Path
) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = run(
        "extract",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "blob.txt"),
        str(tmp_path / "notes.pdf"),
        str(tmp_path / "missing.txt"),
        str(examples / "helmand_checkpoint.txt"),
        "--format",
        "jsonl",
    )
    assert code == 1
    assert len(out.splitlines()) == 1  # the good document is still written
    errors = [line for line in err.splitlines() if line.startswith("frontlines: error:")]
    assert len(errors) == 4
    for name in ("empty.txt", "blob.txt", "notes.pdf", "missing.txt"):
        assert any(name in line for line in errors)


def test_a_bad_published_date_is_a_usage_error(examples: Path) -> None:
    code, _, err = run("extract", str(examples / "helmand_checkpoint.txt"), "--published", "last week")
    assert code == 2
    assert "YYYY-MM-DD" in err


def test_ingest_twice_adds_nothing_twice_and_export_filters(tmp_path: Path, examples: Path) -> None:
    db = str(tmp_path / "events.duckdb")
    code, _, err = run("ingest", str(examples), "--db", db)
    assert code == 0, err
    first = run("export", "--db", db, "--format", "jsonl")[1].splitlines()
    code, _, err = run("ingest", str(examples), "--db", db)
    assert code == 0 and "already stored" in err
    again = run("export", "--db", db, "--format", "jsonl")[1].splitlines()
    assert len(again) == len(first) == 7
    code, out, _ = run("export", "--db", db, "--format", "acled", "--country", "AF")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["country"] for r in rows} == {"Afghanistan"}


def test_export_geojson_is_a_feature_collection_of_points(tmp_path: Path, examples: Path) -> None:
    db = str(tmp_path / "events.duckdb")
    run("ingest", str(examples / "wire.jsonl"), "--db", db)
    code, out, _ = run("export", "--db", db, "--format", "geojson")
    assert code == 0
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    assert collection["features"]
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])


def test_a_file_that_is_not_a_store_is_refused_and_left_as_it_was(tmp_path: Path, examples: Path) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("my precious notes")
    code, _, err = run("ingest", str(examples / "helmand_checkpoint.txt"), "--db", str(notes))
    assert code != 0 and "notes.duckdb" in err
    assert notes.read_text() == "my precious notes"


def test_demo_ingests_the_examples_and_writes_an_acled_csv(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    code, stdout, err = run("demo", "--db", str(tmp_path / "demo.duckdb"), "--out", str(out))
    assert code == 0, err
    assert "7 documents" in stdout
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) >= 7
    assert {"event_id_cnty", "event_type", "sub_event_type", "latitude", "notes", "document_id"} <= set(
        rows[0]
    )


@pytest.mark.parametrize(
    ("args", "content", "reason"),
    [
        (("plover",), "{not json", "not JSON"),
        (("acled",), "a,b\n1,2\n", "not an ACLED export"),
        (("timeml",), "<TimeML><TEXT>", "not well-formed XML"),
        (("geo", "--format", "lgl"), "plain words", "not well-formed XML"),
    ],
)
def test_a_gold_file_that_cannot_be_read_ends_eval_with_one_line(
    tmp_path: Path, args: tuple[str, ...], content: str, reason: str
) -> None:
    suffix = {"plover": ".json", "acled": ".csv", "timeml": ".tml"}.get(args[0], ".xml")
    gold = tmp_path / f"gold{suffix}"
    gold.write_text(content, encoding="utf-8")
    code, out, err = run("eval", args[0], str(gold), *args[1:])
    assert code == 1 and out == ""
    assert reason in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert gold.name in err


def test_a_bug_while_scoring_is_not_passed_off_as_a_bad_gold_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import frontlines.evaluation.plover as plover

    def broken(*_: object, **__: object) -> object:
        raise ValueError("a bug in the scorer")

    monkeypatch.setattr(plover, "evaluate_records", broken)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([ONE_PLOVER_RECORD]), encoding="utf-8")
    with pytest.raises(ValueError, match="a bug in the scorer"):
        run("eval", "plover", str(gold))


def test_eval_plover_reads_every_gold_file_before_coding_any(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import frontlines.evaluation.plover as plover

    coded: list[str] = []
    monkeypatch.setattr(plover, "evaluate_records", lambda name, *_, **__: coded.append(name))
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps([ONE_PLOVER_RECORD]), encoding="utf-8")
    bad.write_text("[]", encoding="utf-8")
    code, _, err = run("eval", "plover", str(good), str(bad))
    assert code == 1 and "bad.json" in err and coded == []
