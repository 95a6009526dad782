"""Assemble stages into a pipeline, check their contracts, and run documents through it."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from frontlines.model import Document
from frontlines.stage import INPUT_ATTRIBUTES, Stage


class PipelineError(ValueError):
    """The stages cannot be assembled: a requirement is never provided, or a name repeats."""


class Pipeline:
    """An ordered list of stages whose requires/provides were checked at assembly.

    A document whose stage raises is not lost: the error is recorded in `doc.errors`,
    the remaining stages are skipped for it, and the other documents go on.
    """

    def __init__(self, stages: Sequence[Stage]) -> None:
        check_contracts(stages)
        self.stages: list[Stage] = list(stages)
        self.seconds: dict[str, float] = defaultdict(float)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document], batch_size: int = 16) -> Iterator[Document]:
        """Process documents in batches, stage by stage, yielding them in input order."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> list[Document]:
        for stage in self.stages:
            live = [doc for doc in batch if not doc.errors]
            if not live:
                break
            began = time.perf_counter()
            try:
                list(stage.pipe(live))
            except Exception:  # one bad document must not sink the batch: retry one by one
                for doc in live:
                    self._run_one(stage, doc)
            self.seconds[stage.name] += time.perf_counter() - began
        return batch

    @staticmethod
    def _run_one(stage: Stage, doc: Document) -> None:
        if doc.errors:
            return
        try:
            stage(doc)
        except Exception as exc:  # recorded on the document, reported by the caller
            doc.errors.append(f"{stage.name}: {type(exc).__name__}: {exc}")


def check_contracts(stages: Sequence[Stage]) -> None:
    """Fail with a clear message if any stage needs what no earlier stage provides."""
    available = set(INPUT_ATTRIBUTES)
    seen: set[str] = set()
    for position, stage in enumerate(stages):
        if not stage.name:
            raise PipelineError(f"stage #{position} ({type(stage).__name__}) has no name")
        if stage.name in seen:
            raise PipelineError(f"stage name {stage.name!r} appears twice")
        seen.add(stage.name)
        missing = sorted(set(stage.requires) - available)
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, "
                f"which no earlier stage provides (available: {', '.join(sorted(available))})"
            )
        available |= stage.provides
