"""Engines decide where `Pipeline.pipe` runs: in this process, or in worker processes.

Both take a *factory* that builds the pipeline, so a worker builds its own (models and
gazetteer load once per worker, not once per document) and results come back in input
order with the time each stage took.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

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


_worker_pipeline: Pipeline | None = None


def _start_worker(factory: PipelineFactory) -> None:
    global _worker_pipeline
    _worker_pipeline = factory()


def _run_batch(batch: list[Document]) -> tuple[list[Document], dict[str, float]]:
    assert _worker_pipeline is not None, "worker started without a pipeline"
    _worker_pipeline.seconds.clear()
    done = list(_worker_pipeline.pipe(batch, len(batch)))
    return done, dict(_worker_pipeline.seconds)


class ProcessEngine(Engine):
    """In `workers` processes; at most two batches per worker are in flight, to bound memory."""

    def __init__(self, factory: PipelineFactory, batch_size: int = 32, workers: int | None = None) -> None:
        super().__init__(factory, batch_size)
        self.workers = workers or max(1, (os.cpu_count() or 1))

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        batches = _batches(docs, self.batch_size)
        with ProcessPoolExecutor(self.workers, initializer=_start_worker, initargs=(self.factory,)) as pool:
            pending: list[Future[tuple[list[Document], dict[str, float]]]] = []
            for batch in batches:
                pending.append(pool.submit(_run_batch, batch))
                if len(pending) >= 2 * self.workers:
                    yield from self._collect(pending.pop(0))
            for future in pending:
                yield from self._collect(future)

    def _collect(self, future: Future[tuple[list[Document], dict[str, float]]]) -> list[Document]:
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
