"""Engines decide where `Pipeline.pipe` runs: in this process, or in worker processes.

Both take a *factory* that builds the pipeline, so a worker builds its own (models and
gazetteer load once per worker, not once per document) and results come back in input
order with the time each stage took.

A `ProcessEngine` keeps its workers between `run` calls (evaluation drivers call it once per
batch of gold records), so each worker loads the model once per engine, not once per call.
"""

from __future__ import annotations

import os
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from types import TracebackType

from frontlines.model import Document
from frontlines.pipeline import Pipeline

PipelineFactory = Callable[[], Pipeline]


class Engine:
    """Runs documents through a pipeline built by a factory; subclasses choose where."""

    def __init__(self, factory: PipelineFactory, batch_size: int = 32) -> None:
        self.factory = factory
        self.batch_size = batch_size
        self.seconds: dict[str, float] = defaultdict(float)

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        raise NotImplementedError


class LocalEngine(Engine):
    """In this process, one batch at a time (the default, and the one tests use)."""

    def __init__(self, factory: PipelineFactory, batch_size: int = 32) -> None:
        super().__init__(factory, batch_size)
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = self.factory()
            self.seconds = self._pipeline.seconds
        return self._pipeline

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        return self.pipeline.pipe(docs, self.batch_size)


WARM_UP_TEXT = "On 3 March 2022, police arrested two men in Nairobi."
_worker_pipeline: Pipeline | None = None
_worker_keeps_analysis = False


def _start_worker(factory: PipelineFactory, keep_analysis: bool = False) -> None:
    global _worker_pipeline, _worker_keeps_analysis
    _worker_pipeline = factory()
    _worker_keeps_analysis = keep_analysis
    # Models and gazetteer load on first use: do it now, so every worker is ready when the
    # first batches arrive and their load time is not counted as stage time.
    list(_worker_pipeline.pipe([Document(id="warm-up", text=WARM_UP_TEXT)]))
    _worker_pipeline.seconds.clear()


def _run_batch(batch: list[Document]) -> tuple[list[Document], dict[str, float]]:
    assert _worker_pipeline is not None, "worker started without a pipeline"
    _worker_pipeline.seconds.clear()
    done = list(_worker_pipeline.pipe(batch, len(batch)))
    if not _worker_keeps_analysis:
        for doc in done:  # working state, never output; two thirds of the bytes sent back
            doc.analysis = None
    return done, dict(_worker_pipeline.seconds)


Result = Future[tuple[list[Document], dict[str, float]]]


class ProcessEngine(Engine):
    """In `workers` processes; at most two batches per worker are in flight, to bound memory.

    The workers start on the first `run` and stay for later ones until `close()` (or the end
    of a `with` block, or of the program). Documents come back without their spaCy `analysis`
    (pipeline working state that no output carries) unless `keep_analysis` is set.
    """

    def __init__(
        self,
        factory: PipelineFactory,
        batch_size: int = 32,
        workers: int | None = None,
        keep_analysis: bool = False,
    ) -> None:
        super().__init__(factory, batch_size)
        self.workers = workers or max(1, (os.cpu_count() or 1))
        self.keep_analysis = keep_analysis
        self._pool: ProcessPoolExecutor | None = None

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        pool = self._start()
        pending: list[Result] = []
        try:
            for batch in _batches(docs, self.batch_size):
                pending.append(pool.submit(_run_batch, batch))
                if len(pending) >= 2 * self.workers:
                    yield from self._collect(pending.pop(0))
            while pending:
                yield from self._collect(pending.pop(0))
        except BrokenProcessPool:
            self.close()  # a dead worker: the next run starts afresh
            raise
        finally:
            for future in pending:  # the caller stopped early: drop what has not started
                future.cancel()

    def close(self) -> None:
        """Stop the workers (a later `run` starts new ones)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ProcessEngine:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, initializer=_start_worker, initargs=(self.factory, self.keep_analysis)
            )
            weakref.finalize(self, self._pool.shutdown, wait=False, cancel_futures=True)
        return self._pool

    def _collect(self, future: Result) -> list[Document]:
        done, seconds = future.result()
        for name, spent in seconds.items():
            self.seconds[name] += spent
        return done


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def make_engine(factory: PipelineFactory, workers: int = 1, batch_size: int = 32) -> Engine:
    """A LocalEngine for one worker, a ProcessEngine for more."""
    if workers <= 1:
        return LocalEngine(factory, batch_size)
    return ProcessEngine(factory, batch_size, workers)
