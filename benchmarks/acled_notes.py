"""Event coding against ACLED notes: the full default pipeline scored on the held-out (odd) half.

Usage:
    .venv/bin/python benchmarks/acled_notes.py [--limit N] [--workers W] [--half odd|even] [CSV]

Each ACLED record's notes are coded as one document and the main event is scored against the
record (`frontlines.evaluation.acled.evaluate_acled`). Records are split for good by an MD5 hash
of `event_id_cnty`: even ids are for error analysis, odd ids for reported figures only.
Prints the report's table (with the reach of the places found and of every name in the notes,
`ceiling_*` in the JSON), notes per second of coding with model and gazetteer loading excluded (the
workers are started and warmed first; the scoring and the reach after the coding are timed apart),
the start-up time and the CPU time of this process (with `--workers 1` the coding too: the figure to
compare on a busy machine); asserts nothing. ACLED data is evaluation-only and is not shipped.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from frontlines import api
from frontlines.engines import Engine, make_engine
from frontlines.evaluation.acled import evaluate_acled
from frontlines.model import Document

DATA_DIR = Path(__file__).resolve().parents[2] / "shared/data/events/acled"
DEFAULT_CSV = DATA_DIR / "acledR_acled_old_deletion_dummy.csv"


def in_half(event_id: str, half: str) -> bool:
    """Whether a record belongs to the `half` ("odd" or "even") of the fixed split."""
    parity = int(hashlib.md5(event_id.encode()).hexdigest(), 16) % 2
    return parity == (1 if half == "odd" else 0)


def write_half(source: Path, half: str, limit: int | None, out: Path) -> int:
    """Copy the header and up to `limit` rows with notes of one half of `source` to `out`."""
    kept = 0
    with source.open(newline="", encoding="utf-8-sig") as src, out.open("w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=list(reader.fieldnames or []))
        writer.writeheader()
        for row in reader:
            if limit is not None and kept >= limit:
                break
            if (row.get("notes") or "").strip() and in_half(row["event_id_cnty"], half):
                writer.writerow(row)
                kept += 1
    return kept


def warm(engine: Engine) -> None:
    """Load models and gazetteer before the clock starts (start-up is not throughput)."""
    list(engine.run([Document(id="warm-up", text="On 3 March 2022, police arrested two men in Nairobi.",
                              published="2022-03-03")]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--limit", type=int, default=None, help="score the first N notes of the half")
    parser.add_argument("--half", choices=("odd", "even"), default="odd", help="odd: report; even: analysis")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", type=Path, default=None, help="also write the report as JSON here")
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"no ACLED file at {args.csv}")

    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.csv"
        notes = write_half(args.csv, args.half, args.limit, subset)
        started = time.perf_counter()
        engine = make_engine(api.default_pipeline, args.workers, api.BATCH_SIZE)
        warm(engine)
        coding = [0.0]  # seconds spent coding: the scoring and the reach after it are the evaluation's

        def coder(docs: list[Document]) -> list[Document]:
            start = time.perf_counter()
            coded = list(engine.run(docs))
            coding[0] += time.perf_counter() - start
            return coded

        began, cpu_began = time.perf_counter(), time.process_time()
        report = evaluate_acled(subset, coder, batch_size=256)
        total, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    seconds = coding[0]
    print(f"{args.csv.name}: {args.half} half, {notes} notes, workers {args.workers}")
    print(report.format_table())
    print()
    print(report.event_type.format_table("event_type"))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nnotes/s: {notes / seconds:.1f} ({seconds:.1f} s coding; start-up {began - started:.1f} s; "
          f"scoring and reach {total - seconds:.1f} s; load average {load})")
    print(f"CPU in this process: {cpu:.1f} s, {1000 * cpu / notes:.1f} ms a note")
    if args.json is not None:
        args.json.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
