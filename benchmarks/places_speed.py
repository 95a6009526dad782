"""Places stage speed: documents/s with 1 and 2 worker processes, and the gazetteer's load time.

Usage:
    .venv/bin/python benchmarks/places_speed.py [--corpus lgl|examples] [--lgl PATH] [--limit N] [--repeat N]

The corpus is the LGL articles' text (588 local news stories) from ../shared/data, or from `--lgl`
when the checkout lies elsewhere, when present, else the bundled example articles repeated
`--repeat` times. The spaCy analysis runs before any clock starts: the figures are for the places
stage alone (recognition and resolution). Each run starts from a freshly opened gazetteer with the
module-level memos (name keys ...) emptied, so name lookups are cold at first, as in a new process.
`--cache FILE` keeps the analysed documents (a pickle) so that later runs skip spaCy.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing as mp
import os
import pickle
import sys
import time
from pathlib import Path

from frontlines import api
from frontlines.gazetteer import Gazetteer
from frontlines.model import Document
from frontlines.readers import InputError, read_inputs
from frontlines.stages.analyze import Analyze
from frontlines.stages.places import PlaceResolver

LGL = Path(__file__).resolve().parents[2] / "shared" / "data" / "geo" / "gold" / "lgl.xml"
_DOCS: list[Document] = []  # set before the workers fork, so they read it without pickling
_RESOLVER: PlaceResolver | None = None


def load_corpus(corpus: str, limit: int, repeat: int, lgl: Path = LGL) -> tuple[list[Document], str]:
    """The documents to run and a line describing them."""
    if corpus == "lgl" and lgl.exists():
        from frontlines.evaluation.geo_corpora import read_gold

        docs = [Document(id=g.id, text=g.text) for g in read_gold(lgl, "lgl")][:limit]
        return docs, f"LGL articles ({lgl})"
    examples = [d for d in read_inputs(api.example_inputs()) if not isinstance(d, InputError)]
    docs = [dataclasses.replace(d, id=f"{d.id}-{i}") for i in range(repeat) for d in examples][:limit]
    return docs, f"bundled examples x{repeat}"


def analysed(docs: list[Document], cache: Path | None) -> list[Document]:
    """The documents with their spaCy analysis, read from `cache` when it holds the same texts."""
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            kept: list[Document] = pickle.load(fh)
        if [d.text for d in kept] == [d.text for d in docs]:
            return kept
    done = list(Analyze().pipe(docs))
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(done, fh)
    return done


def gazetteer_load_seconds() -> float:
    """Seconds to open the compiled gazetteer (cache fingerprint included) and answer a first lookup."""
    began = time.perf_counter()
    gazetteer = Gazetteer(Gazetteer.load().path)  # a fresh instance: nothing memoised yet
    gazetteer.lookup("Kabul")
    gazetteer.demonyms()
    return time.perf_counter() - began


def _fresh_resolver() -> PlaceResolver:
    _forget_memos()
    return PlaceResolver(Gazetteer(Gazetteer.load().path))


def _forget_memos() -> None:
    """Empty frontlines' `lru_cache` memos: a run must not start warm from an earlier one (the
    workers fork from the process that ran the single-process figure)."""
    for name, module in list(sys.modules.items()):
        if name == "frontlines" or name.startswith("frontlines."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def _start_worker() -> None:
    global _RESOLVER
    _RESOLVER = _fresh_resolver()
    _RESOLVER.gazetteer.lookup("")  # open the connection before the clock


def _run_chunk(indices: list[int]) -> tuple[int, float]:
    assert _RESOLVER is not None
    began = time.process_time()
    places = sum(len(_RESOLVER(dataclasses.replace(_DOCS[i])).places) for i in indices)
    return places, time.process_time() - began


def _ready(_: int) -> int:
    return 0


def run_single() -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and places found for all documents in this process."""
    resolver = _fresh_resolver()
    resolver.gazetteer.lookup("")
    began, cpu = time.perf_counter(), time.process_time()
    places = sum(len(resolver(dataclasses.replace(doc)).places) for doc in _DOCS)
    return time.perf_counter() - began, time.process_time() - cpu, places


def run_workers(workers: int, chunk: int = 16) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (all workers) and places found over `workers` forked processes."""
    chunks = [list(range(i, min(i + chunk, len(_DOCS)))) for i in range(0, len(_DOCS), chunk)]
    with mp.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
        pool.map(_ready, range(workers))  # workers started and their gazetteers open
        began = time.perf_counter()
        results = pool.map(_run_chunk, chunks)
        seconds = time.perf_counter() - began
    return seconds, sum(cpu for _, cpu in results), sum(places for places, _ in results)


def report(label: str, documents: int, seconds: float, cpu: float, places: int) -> None:
    """One line of figures: wall-clock documents/s, and per CPU-second (meaningful on a busy machine)."""
    print(f"{label}: {documents / seconds:7.1f} documents/s wall, {documents / cpu:7.1f} per CPU-second "
          f"({places} places, {seconds:.2f} s wall, {cpu:.2f} s CPU)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=("lgl", "examples"), default="lgl")
    parser.add_argument("--lgl", type=Path, default=LGL, help="the LGL gold file (lgl.xml)")
    parser.add_argument("--limit", type=int, default=10_000, help="at most this many documents")
    parser.add_argument("--repeat", type=int, default=40, help="repeats of the bundled examples")
    parser.add_argument("--cache", type=Path, default=None, help="keep the spaCy analyses in this pickle")
    args = parser.parse_args()

    load = gazetteer_load_seconds()
    gazetteer = Gazetteer.load()
    print(f"gazetteer: {len(gazetteer)} entries, {gazetteer.path.stat().st_size / 1e6:.0f} MB "
          f"({gazetteer.path}); load and first lookup: {load:.2f} s")
    docs, source = load_corpus(args.corpus, args.limit, args.repeat, args.lgl)
    began = time.perf_counter()
    _DOCS.extend(analysed(docs, args.cache))
    words = sum(len(d.text.split()) for d in docs)
    print(f"corpus: {len(docs)} documents, {words} words ({source}); spaCy analysis (not counted): "
          f"{time.perf_counter() - began:.1f} s")
    report("1 process  ", len(docs), *run_single())
    report("2 processes", len(docs), *run_workers(2))
    print(f"load average while running: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (other work on the machine slows the wall-clock figures)")


if __name__ == "__main__":
    main()
