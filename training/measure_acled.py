"""Score the learned ACLED sub-event classifiers on ACLED notes (evaluation only; nothing here ships).

1. The shipped model (trained on the project's own sentences) on the first N notes of an ACLED export.
2. What a licensed user gets: `frontlines.learn.train` on one half of the export (seeded shuffle),
   scored on the other half. That model is written to a temporary directory and deleted afterwards.

Usage: PYTHONPATH=src .venv/bin/python training/measure_acled.py [ACLED_CSV] [--notes 2000]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

import numpy as np

from frontlines.evaluation.acled_taxonomy import SUB_EVENT_TYPES
from frontlines.evaluation.label_scores import score_labels
from frontlines.learn import evaluate, load_shipped, read_examples, train

DEFAULT = (Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "events" / "acled"
           / "acledR_acled_old_deletion_dummy.csv")


def main() -> int:
    """Print both scores with their per-label tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("acled_csv", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--notes", type=int, default=2000, help="notes scored with the shipped model")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not args.acled_csv.is_file():
        print(f"missing {args.acled_csv}", file=sys.stderr)
        return 1
    _shipped(args.acled_csv, args.notes)
    _licensed_user(args.acled_csv, args.seed)
    return 0


def _shipped(path: Path, notes: int) -> None:
    examples = read_examples([path], "acled", "acled")[:notes]
    model, texts = load_shipped("acled"), [e.text for e in examples]
    predicted = [label for label, _ in model.predict(texts)]
    report = score_labels([e.label for e in examples], predicted)
    print(f"shipped model on the first {len(examples)} notes of {path.name} "
          f"({predicted.count('NONE')} predicted NONE):")
    print(report.format_table("sub-event type"))
    # The notes always report an event, so also score the best label other than NONE.
    forced = [label for label, _ in model.predict(texts, exclude={"NONE"})]
    forced_report = score_labels([e.label for e in examples], forced)
    print(f"  best label other than NONE: accuracy {forced_report.accuracy:.1%}, "
          f"weighted F1 {forced_report.weighted_f1:.3f}, macro F1 {forced_report.macro_f1:.3f}")
    for name, labels in (("as predicted", predicted), ("other than NONE", forced)):
        hits = sum(SUB_EVENT_TYPES.get(label) == SUB_EVENT_TYPES[e.label]
                   for label, e in zip(labels, examples, strict=True))
        print(f"  event type (follows from the sub-type), {name}: accuracy {hits / len(examples):.1%}")


def _licensed_user(path: Path, seed: int) -> None:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    order = np.random.default_rng(seed).permutation(len(body))
    halves = [[body[i] for i in order[: len(body) // 2]], [body[i] for i in order[len(body) // 2:]]]
    with tempfile.TemporaryDirectory(prefix="frontlines-measure-") as tmp:
        files = [Path(tmp) / "train_half.csv", Path(tmp) / "test_half.csv"]
        for file, half in zip(files, halves, strict=True):
            with open(file, "w", newline="", encoding="utf-8") as out:
                csv.writer(out).writerows([header, *half])
        model = Path(tmp) / "user_model.json"
        report = train([files[0]], "acled", "acled", model)
        print(report.summary().splitlines()[0])
        if report.heldout is not None:
            print(f"  its own 20% held-out split: accuracy {report.heldout.accuracy:.1%}, "
                  f"macro F1 {report.heldout.macro_f1:.3f}")
        print(f"  model file {model.stat().st_size / 1e6:.1f} MB (deleted with the temporary directory)")
        scored = evaluate(model, read_examples([files[1]], "acled", "acled"))
        print(f"user-trained model (one half of {path.name}) on the other half:")
        print(scored.format_table("sub-event type"))


if __name__ == "__main__":
    sys.exit(main())
