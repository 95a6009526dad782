"""Pipeline speed and memory: documents/s, words/s, peak RSS and time per stage.

Usage:
    .venv/bin/python benchmarks/pipeline_speed.py [--repeat N] [INPUT ...]

Without inputs it runs over the bundled example articles, each repeated N times
(default 40) with a distinct id so nothing is deduplicated. With inputs (files or
directories, as `frontlines extract` takes) it runs over those once.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import time

from frontlines import api
from frontlines.engines import ProcessEngine, make_engine
from frontlines.model import Document
from frontlines.readers import InputError, read_inputs


def load_corpus(inputs: list[str], repeat: int) -> list[Document]:
    """The documents to run: given inputs once, or the bundled examples `repeat` times."""
    docs = [d for d in read_inputs(inputs or api.example_inputs()) if not isinstance(d, InputError)]
    if inputs:
        return docs
    return [dataclasses.replace(d, id=f"{d.id}-{i}") for i in range(repeat) for d in docs]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (started before the clock)")
    args = parser.parse_args()

    started = time.perf_counter()
    docs = load_corpus(args.inputs, args.repeat)
    engine = make_engine(api.default_pipeline, args.workers, api.BATCH_SIZE)
    # Warm-up: model and gazetteer loads are start-up, not throughput (workers stay up between runs).
    list(engine.run([dataclasses.replace(docs[0], id="warm-up")]))
    engine.seconds.clear()
    warm = time.perf_counter() - started

    began = time.perf_counter()
    out = list(engine.run(docs))
    seconds = time.perf_counter() - began
    words = sum(len(d.text.split()) for d in docs)
    events = sum(len(d.events) for d in out)
    failed = sum(bool(d.errors) for d in out)
    if isinstance(engine, ProcessEngine):
        engine.close()  # a worker's peak memory is known once it has ended
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    source = "given inputs" if args.inputs else "bundled examples"
    print(f"corpus: {len(docs)} documents, {words} words ({source})")
    print(f"workers: {args.workers}; start-up (model, gazetteer, first document): {warm:.2f} s")
    print("load average: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"documents/s: {len(docs) / seconds:.1f}")
    print(f"words/s: {words / seconds:.0f}")
    print(f"events: {events}, failed documents: {failed}")
    print(f"peak RSS: {peak_mb:.0f} MB (largest worker process: {worker_peak_mb:.0f} MB)")
    print("seconds per stage:")
    for name, spent in engine.seconds.items():
        print(f"  {name:<10} {spent:8.3f}  ({100 * spent / seconds / args.workers:5.1f}% of worker time)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
