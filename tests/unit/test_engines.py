"""Engines run the same pipeline in this process or in workers, with the same results."""

from __future__ import annotations

from typing import ClassVar

from frontlines.engines import LocalEngine, ProcessEngine, make_engine
from frontlines.model import Document
from frontlines.pipeline import Pipeline
from frontlines.stage import Stage


class Shout(Stage):
    name: ClassVar[str] = "shout"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"title"})

    def __call__(self, doc: Document) -> Document:
        if doc.text == "bad":
            raise ValueError("no")
        doc.title = doc.text.upper() + "!"
        return doc


def shouting_pipeline() -> Pipeline:
    return Pipeline([Shout()])


def docs(n: int) -> list[Document]:
    return [Document(id=str(i), text="bad" if i == 3 else f"doc {i}") for i in range(n)]


def test_local_engine_keeps_input_order_and_records_failures() -> None:
    out = list(LocalEngine(shouting_pipeline, batch_size=4).run(docs(10)))
    assert [d.id for d in out] == [str(i) for i in range(10)]
    assert out[0].title == "DOC 0!"
    assert out[3].errors and out[3].title is None


def test_process_engine_gives_what_the_local_engine_gives_in_input_order() -> None:
    engine = ProcessEngine(shouting_pipeline, batch_size=3, workers=2)
    out = list(engine.run(docs(20)))
    local = list(LocalEngine(shouting_pipeline).run(docs(20)))
    assert [(d.id, d.title, d.errors) for d in out] == [(d.id, d.title, d.errors) for d in local]
    assert set(engine.seconds) == {"shout"}


def test_one_worker_means_the_local_engine() -> None:
    assert isinstance(make_engine(shouting_pipeline, workers=1), LocalEngine)
    assert isinstance(make_engine(shouting_pipeline, workers=2), ProcessEngine)
