"""Scoring geoparsing: recognition P/R/F1 and resolution metrics on hand-made gold and predictions."""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

import pytest

from frontlines.evaluation.geo_corpora import GoldDoc, GoldToponym, PredToponym, read_gold, read_peer_output
from frontlines.evaluation.geo_scores import (
    MAX_ERROR_KM,
    accuracy_at,
    auc_log_error,
    distance_km,
    main,
    match_overlap,
    match_strict,
    score_resolution,
)
from frontlines.model import Span

TEXT = "Shelling hit Aleppo and Idlib; Hama was calm; Homs too."
ALEPPO = GoldToponym(13, 19, "Aleppo", 36.20, 37.16, 170063)
IDLIB = GoldToponym(24, 29, "Idlib", 35.93, 36.63, 169389)
HAMA = GoldToponym(31, 35, "Hama", 35.13, 36.75, 170017)
HOMS = GoldToponym(46, 50, "Homs", 34.73, 36.72, 169577)
GOLD = [GoldDoc("d1", TEXT, [ALEPPO, IDLIB, HAMA, HOMS])]

PERFECT = PredToponym(13, 19, "Aleppo", 36.20, 37.16, 170063)
FAR = PredToponym(24, 29, "Idlib", 48.85, 2.35)  # resolved to Paris
UNRESOLVED = PredToponym(31, 35, "Hama")  # found, no coordinates
SPURIOUS = PredToponym(40, 44, "calm", 0.0, 0.0)
# Homs is missed altogether.
PREDICTIONS = [[PERFECT, FAR, UNRESOLVED, SPURIOUS]]

FAR_KM = distance_km(IDLIB.lat, IDLIB.lon, FAR.lat or 0.0, FAR.lon or 0.0)


def test_distance_is_great_circle_kilometres() -> None:
    assert distance_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.195, abs=0.01)
    assert distance_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * 6371.0088)
    assert 2900 < FAR_KM < 3200


def test_a_perfect_prediction_scores_perfectly() -> None:
    report = score_resolution(GOLD, [[PERFECT]])
    res = report.resolution_strict
    assert (res.toponyms, res.accuracy_161, res.median_km, res.auc) == (1, 1.0, 0.0, 0.0)
    assert res.geonameid_accuracy == 1.0
    assert report.strict.precision == 1.0


def test_recognition_counts_spurious_as_false_positive_and_missed_as_false_negative() -> None:
    strict = score_resolution(GOLD, PREDICTIONS).strict
    assert (strict.tp, strict.fp, strict.fn) == (3, 1, 1)
    assert (strict.precision, strict.recall, strict.f1) == (0.75, 0.75, 0.75)


def test_end_to_end_resolution_covers_matched_toponyms_and_unresolved_is_max_error() -> None:
    res = score_resolution(GOLD, PREDICTIONS).resolution_strict
    assert (res.toponyms, res.unresolved) == (3, 1)  # Homs was never found, so it is not scored here
    assert res.accuracy_161 == pytest.approx(1 / 3)
    assert res.median_km == pytest.approx(FAR_KM)
    assert res.mean_km == pytest.approx((0 + FAR_KM + MAX_ERROR_KM) / 3)


def test_with_gold_spans_every_gold_toponym_is_scored_missing_ones_at_max_error() -> None:
    report = score_resolution(GOLD, PREDICTIONS, gold_spans=True)
    res = report.resolution_strict
    assert report.mode == "gold_spans"
    assert (res.toponyms, res.unresolved) == (4, 2)
    assert res.accuracy_161 == 0.25
    assert res.median_km == pytest.approx(statistics.median([0, FAR_KM, MAX_ERROR_KM, MAX_ERROR_KM]))


def test_geonameid_accuracy_counts_exact_id_matches_over_gold_with_ids() -> None:
    res = score_resolution(GOLD, PREDICTIONS, gold_spans=True).resolution_strict
    assert res.geonameid_toponyms == 4
    assert res.geonameid_accuracy == 0.25  # only Aleppo carries the right id


def test_predictions_without_any_ids_have_no_id_accuracy_rather_than_zero() -> None:
    coords_only = [[PredToponym(13, 19, "Aleppo", 36.2, 37.16)]]
    assert score_resolution(GOLD, coords_only).resolution_strict.geonameid_accuracy is None


def test_overlapping_span_matches_only_under_overlap_rule() -> None:
    wider = [[PredToponym(12, 19, " Aleppo", 36.2, 37.16), PredToponym(46, 54, "Homs too", 34.7, 36.7)]]
    report = score_resolution(GOLD, wider)
    assert report.strict.tp == 0 and report.overlap.tp == 2
    assert report.resolution_strict.toponyms == 0 and report.resolution_strict.accuracy_161 is None
    assert report.resolution_overlap.accuracy_161 == 1.0


def test_overlap_matching_is_one_to_one_and_prefers_the_exact_span() -> None:
    preds = [PredToponym(10, 19, "hit Aleppo"), PredToponym(13, 19, "Aleppo")]
    assert match_overlap([ALEPPO], preds) == [(0, 1)]


def test_strict_matching_uses_each_prediction_once() -> None:
    twice = [GoldToponym(13, 19, "Aleppo", 36.2, 37.16), GoldToponym(13, 19, "Aleppo", 36.2, 37.16)]
    assert match_strict(twice, [PERFECT]) == [(0, 0)]


def test_auc_is_zero_for_no_error_one_for_worst_error_and_trapezoidal_between() -> None:
    assert auc_log_error([0.0, 0.0]) == 0.0
    assert auc_log_error([MAX_ERROR_KM, MAX_ERROR_KM]) == pytest.approx(1.0)
    assert auc_log_error([MAX_ERROR_KM, 0.0]) == pytest.approx(0.5)  # sorted: a straight line from 0 to max
    expected = (0 + 2 * math.log(101) + math.log(MAX_ERROR_KM)) / 2 / (2 * math.log(MAX_ERROR_KM))
    assert auc_log_error([100.0, MAX_ERROR_KM, 0.0]) == pytest.approx(expected)


def test_accuracy_counts_errors_within_161_km() -> None:
    assert accuracy_at([0.0, 161.0, 161.5, 5000.0]) == 0.5


def test_unlocated_gold_spans_can_be_excluded_from_false_positives() -> None:
    doc = GoldDoc("d2", "Troops left Kobani.", [], unlocated=[Span(12, 18)])
    preds = [[PredToponym(12, 18, "Kobani", 36.9, 38.35)]]
    assert score_resolution([doc], preds).strict.fp == 1
    assert score_resolution([doc], preds, ignore_unlocated=True).strict.fp == 0


def test_predictions_must_cover_each_gold_document() -> None:
    with pytest.raises(ValueError, match="1 gold documents but predictions for 2"):
        score_resolution(GOLD, [[], []])


def test_report_serialises_to_json_and_formats_a_table() -> None:
    report = score_resolution(GOLD, PREDICTIONS)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["recognition"]["strict"]["f1"] == 0.75
    assert data["resolution"]["overlap"]["unresolved"] == 1
    table = report.format_table("toy")
    assert table.splitlines()[0] == "toy (end_to_end): 1 documents, 4 gold toponyms, 4 predicted"
    assert "acc@161km" in table and "0.333" in table


LGL_ONE = """<articles><article docid="7"><text><![CDATA[Shelling hit Aleppo.]]></text><toponyms>
<toponym><start>13</start><end>19</end><phrase>Aleppo</phrase>
<gaztag geonameid="170063"><lat>36.20</lat><lon>37.16</lon></gaztag></toponym>
</toponyms></article></articles>"""


def test_command_line_scores_each_output_file_against_the_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "lgl.xml"
    gold.write_text(LGL_ONE, encoding="utf-8")
    output = tmp_path / "lgl_sys.txt"
    output.write_text("No Gaz,,Aleppo,,36.2,,37.16,,13,,19||\n", encoding="utf-8")
    assert main(["--format", "lgl", "--json", str(gold), str(output)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["output"] == str(output)
    assert result["recognition"]["strict"]["f1"] == 1.0


@pytest.mark.shared
def test_published_lgl_outputs_score_as_read_gold_is_perfect_and_clavin_matches_its_paper(
    shared_data: Path,
) -> None:
    gold_dir = shared_data / "geo" / "gold"
    gold = read_gold(gold_dir / "lgl.xml", "lgl")
    itself = score_resolution(gold, read_peer_output(gold_dir / "lgl_gold.txt"))
    assert (itself.strict.f1, itself.resolution_strict.accuracy_161) == (1.0, 1.0)
    clavin = score_resolution(gold, read_peer_output(gold_dir / "peer_outputs_lgl" / "lgl_clavin.txt"))
    # Gritta et al. 2018 report P 0.813, R 0.443, 1,977 toponyms, Acc@161 0.706, AUC 0.255 for CLAVIN on LGL.
    assert (clavin.strict.tp, clavin.resolution_strict.toponyms) == (1977, 1977)
    assert clavin.strict.precision == pytest.approx(0.813, abs=0.001)
    assert clavin.resolution_strict.accuracy_161 == pytest.approx(0.706, abs=0.001)
    assert clavin.resolution_strict.auc == pytest.approx(0.255, abs=0.001)
