"""Library entry points: every CLI command is a thin wrapper over one function here."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from frontlines.coding.catalogue import parse_rows
from frontlines.coding.resources import tsv_rows
from frontlines.engines import Engine, PipelineFactory, make_engine
from frontlines.exporters import write_documents
from frontlines.model import Document
from frontlines.pipeline import Pipeline
from frontlines.readers import InputError, read_inputs
from frontlines.report import event_table
from frontlines.stages.actors import ActorTagger
from frontlines.stages.analyze import DEFAULT_MODEL, Analyze
from frontlines.stages.events import EventCoder
from frontlines.stages.merge import EventMerger
from frontlines.stages.places import PlaceResolver
from frontlines.stages.segment import Segmenter
from frontlines.stages.timex import TimexTagger
from frontlines.store import EventFilter, Store, open_store

BATCH_SIZE = 32


@dataclass
class RunSummary:
    """What a run did: counts, failures (one line each) and where the time went."""

    documents: int = 0
    events: int = 0
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures

    def line(self) -> str:
        """A one-line summary for the end of a run."""
        parts = [f"{self.documents} documents", f"{self.events} events", f"{len(self.failures)} failures"]
        if self.duplicates:
            parts.insert(2, f"{self.duplicates} already stored")
        return ", ".join(parts) + f", {self.seconds:.1f} s"


def default_pipeline(model: str = DEFAULT_MODEL, actor_catalogue: Path | None = None) -> Pipeline:
    """The standard stages in order: segment, analyze, timex, places, actors, events, merge."""
    return Pipeline(
        [
            Segmenter(),
            Analyze(model=model),
            TimexTagger(),
            PlaceResolver(),
            ActorTagger(extra_catalogue=actor_catalogue),
            EventCoder(),
            EventMerger(),
        ]
    )


class CatalogueError(ValueError):
    """A user's actor catalogue that cannot be used; the message names the file and the line."""


def check_actor_catalogue(path: Path) -> None:
    """Read a user's actor catalogue (the format of resources/actors/catalogue.tsv) row by row as
    the actors stage will, so that a bad row stops a run before any work is done, with its line
    number: the stage itself reads the file whole, in each worker, and could only name the row."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot be read as UTF-8 text: {exc}") from None
    for number, line in enumerate(lines, start=1):
        try:
            parse_rows(list(tsv_rows(line)))
        except ValueError as exc:
            raise CatalogueError(f"{path}, line {number}: {exc}") from None


def pipeline_factory(actor_catalogue: Path | None = None) -> PipelineFactory:
    """What builds the default pipeline, with a user's actor catalogue (checked here, see
    `check_actor_catalogue`) read before the packaged one; it can be sent to worker processes,
    so each builds the same pipeline."""
    if actor_catalogue is None:
        return default_pipeline
    check_actor_catalogue(actor_catalogue)
    return partial(default_pipeline, actor_catalogue=actor_catalogue)


def examples_dir() -> Path:
    """The bundled example articles (see examples/README.md)."""
    return Path(str(resources.files("frontlines") / "examples"))


def example_inputs() -> list[str]:
    """Paths of the bundled example articles, sorted."""
    return [
        str(p) for p in sorted(examples_dir().iterdir()) if p.suffix in {".txt", ".html", ".jsonl", ".xml"}
    ]


def process(
    inputs: Sequence[str],
    engine: Engine,
    summary: RunSummary,
    published: str | None = None,
    store: Store | None = None,
    progress: bool = False,
) -> Iterator[Document]:
    """Read inputs and run them through the pipeline, counting into `summary` as it goes.

    Input errors are recorded in `summary.failures` (and in `store` when given);
    documents already in `store` (same content hash) are counted, not run again.
    Failed documents are yielded with their `errors` set, so a store can record them.
    """
    began = time.perf_counter()
    bar = _progress_bar(progress)
    try:
        for doc in engine.run(_fresh(read_inputs(inputs, published=published), summary, store)):
            bar.update(1)
            if doc.errors:
                summary.failures.extend(f"{doc.source_path or doc.id}: {err}" for err in doc.errors)
            else:
                summary.documents += 1
                summary.events += len(doc.events)
            yield doc
    finally:
        bar.close()
        summary.seconds += time.perf_counter() - began
        summary.stage_seconds = dict(engine.seconds)


def _fresh(
    items: Iterable[Document | InputError], summary: RunSummary, store: Store | None
) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            summary.failures.append(str(item))
            if store is not None:
                store.record_failure(item.source, item.reason)
        elif store is not None and store.has(item.content_hash):
            summary.duplicates += 1
        else:
            yield item


def _progress_bar(enabled: bool) -> tqdm[Document]:
    """A documents counter on stderr, shown only on a terminal (quiet when piped)."""
    return tqdm(unit="doc", file=sys.stderr, disable=not (enabled and sys.stderr.isatty()), leave=False)


def extract(
    inputs: Sequence[str],
    out: TextIO,
    fmt: str = "jsonl",
    published: str | None = None,
    workers: int = 1,
    factory: PipelineFactory = default_pipeline,
    progress: bool = False,
) -> RunSummary:
    """Run the pipeline over `inputs` and write the results to `out` in `fmt`; store nothing."""
    summary = RunSummary()
    engine = make_engine(factory, workers, BATCH_SIZE)
    docs = (doc for doc in process(inputs, engine, summary, published, progress=progress) if not doc.errors)
    write_documents(docs, out, fmt)
    return summary


def ingest(
    inputs: Sequence[str],
    db: str | Path | None = None,
    published: str | None = None,
    workers: int = 1,
    factory: PipelineFactory = default_pipeline,
    progress: bool = False,
) -> RunSummary:
    """Run the pipeline over `inputs` and keep documents and events in the store at `db`."""
    summary = RunSummary()
    engine = make_engine(factory, workers, BATCH_SIZE)
    with open_store(db) as store:
        batch: list[Document] = []
        for doc in process(inputs, engine, summary, published, store=store, progress=progress):
            batch.append(doc)
            if len(batch) >= BATCH_SIZE:
                _store_batch(store, batch, summary)
                batch = []
        _store_batch(store, batch, summary)
    return summary


def _store_batch(store: Store, batch: list[Document], summary: RunSummary) -> None:
    if batch:
        result = store.add(batch)
        summary.duplicates += result.skipped_duplicates


def export(
    out: TextIO,
    fmt: str = "acled",
    db: str | Path | None = None,
    filters: EventFilter | None = None,
) -> int:
    """Write what the store at `db` holds (optionally filtered) to `out`; returns records written."""
    with open_store(db) as store:
        return write_documents(store.documents(filters), out, fmt)


@dataclass
class DemoResult:
    """What `frontlines demo` did: the ingest summary and the CSV it wrote."""

    summary: RunSummary
    csv_path: Path
    rows: int
    table: str


def demo(db: str | Path | None = None, csv_path: str | Path = "frontlines-events.csv") -> DemoResult:
    """The main job on the embedded default: bundled examples -> store -> ACLED CSV."""
    summary = ingest(example_inputs(), db=db, progress=True)
    path = Path(csv_path)
    with path.open("w", encoding="utf-8", newline="") as out:
        rows = export(out, "acled", db=db)
    with open_store(db) as store:
        table = event_table(store.documents())
    return DemoResult(summary, path, rows, table)


Coder = Callable[[list[Document]], list[Document]]


def pipeline_coder(workers: int = 1, factory: PipelineFactory = default_pipeline) -> Coder:
    """A function that codes a batch of documents with the pipeline (for evaluation drivers)."""
    engine = make_engine(factory, workers, BATCH_SIZE)

    def code(docs: list[Document]) -> list[Document]:
        return list(engine.run(docs))

    return code
