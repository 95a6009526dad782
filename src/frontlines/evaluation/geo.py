"""Score the places stage's resolution on a gold corpus, given the gold spans (marked places).

Run `python -m frontlines.evaluation.geo /path/to/lgl.xml --format lgl` (the gold sets live in
../shared/data/geo/gold; they are for evaluation only).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from frontlines.evaluation.geo_corpora import GOLD_FORMATS, GoldDoc, GoldFormat, PredToponym, read_gold
from frontlines.evaluation.geo_scores import GeoReport, score_resolution
from frontlines.model import Document, Span
from frontlines.stages.places import PlaceResolver


def predict_on_gold_spans(
    docs: Sequence[GoldDoc], resolver: PlaceResolver | None = None
) -> list[list[PredToponym]]:
    """The resolver's answer for every gold toponym span, document by document."""
    resolver = resolver or PlaceResolver()
    predictions: list[list[PredToponym]] = []
    for gold in docs:
        marked = [Span(t.start, t.end) for t in gold.toponyms]
        doc = Document(id=gold.id, text=gold.text, marked_places=marked)
        resolver(doc)
        predictions.append(
            [PredToponym(p.start, p.end, p.text, p.lat, p.lon, p.geonameid) for p in doc.places]
        )
    return predictions


def evaluate(path: str, fmt: GoldFormat, resolver: PlaceResolver | None = None) -> GeoReport:
    """Resolution scores (acc@161km, errors, id accuracy) of the places stage on gold spans."""
    docs = read_gold(path, fmt)
    return score_resolution(docs, predict_on_gold_spans(docs, resolver), gold_spans=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the resolution report for one gold corpus."""
    parser = argparse.ArgumentParser(prog="python -m frontlines.evaluation.geo", description=main.__doc__)
    parser.add_argument("gold", help="gold corpus file")
    parser.add_argument("--format", choices=GOLD_FORMATS, required=True, dest="fmt")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    report = evaluate(args.gold, args.fmt)
    print(json.dumps(report.to_dict()) if args.json else report.format_table(f"places on {args.fmt}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
