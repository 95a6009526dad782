"""Ingesting into the store: failures mid-batch are kept apart, nothing stored is lost or doubled."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from frontlines import api
from frontlines.model import Document, Event
from frontlines.pipeline import Pipeline
from frontlines.stage import Stage
from frontlines.stages.segment import Segmenter
from frontlines.store import open_store


class CodeOrFail(Stage):
    """A stand-in coder: one event per document, and an exception for texts that say so."""

    name: ClassVar[str] = "code"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "segments"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        if "FAIL" in doc.text:
            raise RuntimeError("coder broke")
        doc.events = [Event(f"{doc.id}-1", "Protests", "Peaceful protest", "PROTEST", date="2022-07-14")]
        return doc


def light_pipeline() -> Pipeline:
    return Pipeline([Segmenter(), CodeOrFail()])


def write_inputs(folder: Path, texts: list[str]) -> list[str]:
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"doc{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_document_failing_mid_batch_is_recorded_and_the_others_are_stored(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path, ["Crowds marched.", "This one will FAIL.", "Traders protested."])
    db = tmp_path / "store.duckdb"
    summary = api.ingest(inputs, db=db, factory=light_pipeline)
    assert not summary.ok
    assert summary.documents == 2 and summary.events == 2
    assert (
        len(summary.failures) == 1
        and "doc1.txt" in summary.failures[0]
        and "coder broke" in summary.failures[0]
    )
    with open_store(db) as store:
        assert store.stats()["documents"] == 2
        assert store.stats()["failures"] == 1


def test_ingesting_again_adds_nothing_twice_and_keeps_what_was_stored(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path, ["Crowds marched.", "Traders protested."])
    db = tmp_path / "store.duckdb"
    api.ingest(inputs, db=db, factory=light_pipeline)
    again = api.ingest([*inputs, str(tmp_path / "missing.txt")], db=db, factory=light_pipeline)
    assert again.duplicates == 2 and again.documents == 0
    assert len(again.failures) == 1 and "missing.txt" in again.failures[0]
    with open_store(db) as store:
        assert store.stats()["documents"] == 2
        assert store.stats()["events"] == 2
