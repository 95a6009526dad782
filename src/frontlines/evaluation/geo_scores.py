"""Score geoparsing output against gold toponyms: recognition P/R/F1 and resolution distance metrics.

Metrics follow Gritta, Pilehvar and Collier, "A pragmatic guide to geoparsing evaluation"
(Language Resources and Evaluation 54, 2020; arXiv:1810.12368) and the code published with
Gritta et al., "What's missing in geographical parsing?" (LRE 52, 2018): accuracy within
161 km, mean and median error, the AUC of log errors, plus exact GeoNames id match
(Halterman, Mordecai 3) where the gold has ids.

Scoring never looks at how predictions were made: a prediction is a span with coordinates.
Run `python -m frontlines.evaluation.geo_scores --format lgl lgl.xml lgl_clavin.txt ...` to score
published one-line-per-document outputs against a gold corpus.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Literal

from frontlines.evaluation.geo_corpora import (
    GOLD_FORMATS,
    GoldDoc,
    GoldToponym,
    PredToponym,
    read_gold,
    read_peer_output,
)

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the worst possible error (Gritta et al.)
ACCURACY_KM = 161.0  # 100 miles, the customary "accurate enough" radius (Acc@161)
EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius

Mode = Literal["end_to_end", "gold_spans"]
Pairs = list[tuple[int, int]]  # (gold index, predicted index)


@dataclass(frozen=True, slots=True)
class Recognition:
    """Toponym recognition counts, and precision/recall/F1 from them (0 where undefined)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Share of predicted toponyms that match a gold one."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold toponyms that a prediction matches."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        """Counts and rates as a plain dict."""
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class Resolution:
    """Distance metrics over a set of scored toponyms (None where there is nothing to score)."""

    toponyms: int  # how many errors the metrics are computed over
    unresolved: int  # of those, scored at MAX_ERROR_KM for want of a predicted location
    accuracy_161: float | None
    median_km: float | None
    mean_km: float | None
    auc: float | None  # lower is better
    geonameid_toponyms: int  # of `toponyms`, those whose gold has a GeoNames id
    geonameid_accuracy: float | None  # None too when the predictions carry no ids at all

    def to_dict(self) -> dict[str, float | int | None]:
        """The metrics as a plain dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class GeoReport:
    """Recognition and resolution scores, each under strict (same span) and overlap matching.

    End to end, resolution is measured over the toponyms recognition matched; with gold spans
    (`mode="gold_spans"`) over every gold toponym, a missing or unresolved one at MAX_ERROR_KM.
    """

    mode: Mode
    documents: int
    gold_toponyms: int
    predicted_toponyms: int
    strict: Recognition
    overlap: Recognition
    resolution_strict: Resolution
    resolution_overlap: Resolution
    # With gold spans: the share of gold toponyms that some gazetteer reading of their name puts
    # within 161 km, the acc@161 a perfect choice among the readings would reach.
    ceiling_161: float | None = None

    def to_dict(self) -> dict[str, object]:
        """The report as nested plain dicts, ready for JSON."""
        return {
            "mode": self.mode,
            "documents": self.documents,
            "gold_toponyms": self.gold_toponyms,
            "predicted_toponyms": self.predicted_toponyms,
            "recognition": {"strict": self.strict.to_dict(), "overlap": self.overlap.to_dict()},
            "resolution": {
                "strict": self.resolution_strict.to_dict(),
                "overlap": self.resolution_overlap.to_dict(),
            },
            **({} if self.ceiling_161 is None else {"ceiling_161": self.ceiling_161}),
        }

    def format_table(self, title: str = "geoparsing") -> str:
        """A fixed-width text table: one row per metric, one column per matching rule."""
        head = (
            f"{title} ({self.mode}): {self.documents} documents, "
            f"{self.gold_toponyms} gold toponyms, {self.predicted_toponyms} predicted"
        )
        strict = _column(self.strict, self.resolution_strict)
        overlap = _column(self.overlap, self.resolution_overlap)
        rows = [f"{'':<22}{'strict':>10}{'overlap':>10}"]
        rows += [f"{label:<22}{a:>10}{b:>10}" for (label, a), (_, b) in zip(strict, overlap, strict=True)]
        if self.ceiling_161 is not None:
            rows.append(f"{'ceiling acc@161km':<22}{self.ceiling_161:>10.3f}"
                        "  (a reading of the name within 161 km: the best any choice could do)")
        return "\n".join([head, *rows])


def score_resolution(
    gold_docs: Sequence[GoldDoc],
    predictions: Sequence[Sequence[PredToponym]],
    *,
    gold_spans: bool = False,
    ignore_unlocated: bool = False,
) -> GeoReport:
    """Score per-document predictions (aligned with `gold_docs` by position) against the gold.

    `gold_spans`: the predictions were made on the gold spans, so resolution counts every gold
    toponym. `ignore_unlocated`: a prediction on a span the gold marks as a toponym without a
    location is neither right nor wrong (by default it is a false positive, as in the published
    LGL scores, whose gold files drop such toponyms).
    """
    if len(gold_docs) != len(predictions):
        raise ValueError(f"{len(gold_docs)} gold documents but predictions for {len(predictions)}")
    preds = [_kept(doc, list(p), ignore_unlocated) for doc, p in zip(gold_docs, predictions, strict=True)]
    strict, overlap = [_score(gold_docs, preds, match, gold_spans) for match in (match_strict, match_overlap)]
    return GeoReport(
        mode="gold_spans" if gold_spans else "end_to_end",
        documents=len(gold_docs),
        gold_toponyms=sum(len(d.toponyms) for d in gold_docs),
        predicted_toponyms=sum(len(p) for p in preds),
        strict=strict[0],
        overlap=overlap[0],
        resolution_strict=strict[1],
        resolution_overlap=overlap[1],
    )


def _kept(doc: GoldDoc, preds: list[PredToponym], ignore_unlocated: bool) -> list[PredToponym]:
    """`preds` less those on unlocated gold spans and on no located one, when asked to ignore them."""
    if not ignore_unlocated or not doc.unlocated:
        return preds
    matched = {p for _, p in match_overlap(doc.toponyms, preds)}
    return [
        p
        for i, p in enumerate(preds)
        if i in matched or not any(p.start < u.end and u.start < p.end for u in doc.unlocated)
    ]


def _score(
    gold_docs: Sequence[GoldDoc],
    preds: Sequence[Sequence[PredToponym]],
    match: Callable[[Sequence[GoldToponym], Sequence[PredToponym]], Pairs],
    gold_spans: bool,
) -> tuple[Recognition, Resolution]:
    """Recognition counts and resolution metrics under one matching rule."""
    tp = n_pred = n_gold = 0
    scored: list[tuple[GoldToponym, PredToponym | None]] = []
    for doc, doc_preds in zip(gold_docs, preds, strict=True):
        pairs = match(doc.toponyms, doc_preds)
        tp, n_pred, n_gold = tp + len(pairs), n_pred + len(doc_preds), n_gold + len(doc.toponyms)
        found = {g: doc_preds[p] for g, p in pairs}
        scored.extend((g, found.get(i)) for i, g in enumerate(doc.toponyms) if gold_spans or i in found)
    return Recognition(tp, n_pred - tp, n_gold - tp), resolution(scored)


def resolution(scored: Sequence[tuple[GoldToponym, PredToponym | None]]) -> Resolution:
    """Distance metrics for (gold, prediction) pairs; no prediction or no coordinates is MAX_ERROR_KM."""
    errors = [error_km(g, p) for g, p in scored]
    with_ids = [(g, p) for g, p in scored if g.geonameid is not None]
    id_hits = sum(p is not None and p.geonameid == g.geonameid for g, p in with_ids)
    # A system that gives no ids at all (coordinates only) has no id accuracy, rather than 0.
    gives_ids = any(p is not None and p.geonameid is not None for _, p in scored)
    return Resolution(
        toponyms=len(errors),
        unresolved=sum(p is None or p.lat is None or p.lon is None for _, p in scored),
        accuracy_161=accuracy_at(errors) if errors else None,
        median_km=statistics.median(errors) if errors else None,
        mean_km=statistics.fmean(errors) if errors else None,
        auc=auc_log_error(errors) if errors else None,
        geonameid_toponyms=len(with_ids),
        geonameid_accuracy=id_hits / len(with_ids) if with_ids and gives_ids else None,
    )


def error_km(gold: GoldToponym, pred: PredToponym | None) -> float:
    """Great-circle error of a prediction, MAX_ERROR_KM when it has no location."""
    if pred is None or pred.lat is None or pred.lon is None:
        return MAX_ERROR_KM
    return min(distance_km(gold.lat, gold.lon, pred.lat, pred.lon), MAX_ERROR_KM)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def accuracy_at(errors: Sequence[float], km: float = ACCURACY_KM) -> float:
    """Share of errors within `km` (Acc@161 by default)."""
    return sum(e <= km for e in errors) / len(errors)


def auc_log_error(errors: Sequence[float]) -> float:
    """Area under the curve of sorted log errors, scaled to [0, 1]; 0 is perfect (Gritta et al.).

    AUC = integral of ln(1 + error) over the toponyms sorted by error, by the trapezoidal rule
    with unit spacing, divided by the area of the worst case, every error being 20,039 km:
    (n - 1) * ln(20039). Logs keep a few antipodal blunders from swamping many small errors.
    """
    ceiling = math.log(MAX_ERROR_KM)
    logs = sorted(min(math.log1p(e), ceiling) for e in errors)
    if len(logs) == 1:
        return logs[0] / ceiling
    area = sum(logs) - (logs[0] + logs[-1]) / 2
    return area / ((len(logs) - 1) * ceiling)


def match_strict(gold: Sequence[GoldToponym], preds: Sequence[PredToponym]) -> Pairs:
    """Gold and predicted toponyms with the very same span, each used once."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, p in enumerate(preds):
        by_span.setdefault((p.start, p.end), []).append(i)
    pairs: Pairs = []
    for g_index, g in enumerate(gold):
        waiting = by_span.get((g.start, g.end))
        if waiting:
            pairs.append((g_index, waiting.pop(0)))
    return pairs


def match_overlap(gold: Sequence[GoldToponym], preds: Sequence[PredToponym]) -> Pairs:
    """Gold and predicted toponyms whose spans overlap, each used once; exact and larger overlaps first."""
    candidates = [
        (-(g.start == p.start and g.end == p.end), -(min(g.end, p.end) - max(g.start, p.start)), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(preds)
        if p.start < g.end and g.start < p.end
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: Pairs = []
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _cell(value: float | int | None, fmt: str) -> str:
    """A table cell: '-' for an undefined metric."""
    return "-" if value is None else format(value, fmt)


def _column(rec: Recognition, res: Resolution) -> list[tuple[str, str]]:
    """(label, cell) for each table row under one matching rule."""
    return [
        ("precision", _cell(rec.precision, ".3f")),
        ("recall", _cell(rec.recall, ".3f")),
        ("F1", _cell(rec.f1, ".3f")),
        ("resolution over", _cell(res.toponyms, "d")),
        ("  unresolved", _cell(res.unresolved, "d")),
        ("acc@161km", _cell(res.accuracy_161, ".3f")),
        ("median error km", _cell(res.median_km, ".1f")),
        ("mean error km", _cell(res.mean_km, ".1f")),
        ("AUC (lower better)", _cell(res.auc, ".3f")),
        ("geonameid accuracy", _cell(res.geonameid_accuracy, ".3f")),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Print a report for each peer-output file scored against a gold corpus."""
    parser = argparse.ArgumentParser(
        prog="python -m frontlines.evaluation.geo_scores", description=main.__doc__
    )
    parser.add_argument("gold", help="gold corpus file (or TR-CoNLL folder for wotr)")
    parser.add_argument("outputs", nargs="+", help="one-line-per-document outputs, aligned with the gold")
    parser.add_argument("--format", choices=GOLD_FORMATS, required=True, dest="fmt")
    parser.add_argument("--gold-spans", action="store_true", help="predictions were made on the gold spans")
    parser.add_argument("--ignore-unlocated", action="store_true", help="no false positive on unlocated gold")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)
    gold = read_gold(args.gold, args.fmt)
    for path in args.outputs:
        report = score_resolution(
            gold, read_peer_output(path), gold_spans=args.gold_spans, ignore_unlocated=args.ignore_unlocated
        )
        print(
            json.dumps({"output": path, **report.to_dict()})
            if args.json
            else report.format_table(path) + "\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
