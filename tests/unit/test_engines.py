"""Engines run the same pipeline in this process or in workers, with the same results."""

from __future__ import annotations

import os
from typing import ClassVar

from frontlines.engines import LocalEngine, ProcessEngine, make_engine
from frontlines.model import Analysis, Document, Sentence
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


class Pid(Stage):
    """Notes which process ran the document, and leaves an analysis behind as spaCy would."""

    name: ClassVar[str] = "pid"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"title", "analysis"})

    def __call__(self, doc: Document) -> Document:
        doc.title = str(os.getpid())
        doc.analysis = Analysis(sentences=[Sentence(0, len(doc.text), 0, 0)])
        return doc


def pid_pipeline() -> Pipeline:
    return Pipeline([Pid()])


def test_process_engine_keeps_its_workers_between_runs() -> None:
    with ProcessEngine(pid_pipeline, batch_size=2, workers=2) as engine:
        pids = {d.title for _ in range(3) for d in engine.run(docs(8))}
    assert len(pids) <= 2 and str(os.getpid()) not in pids


def test_a_closed_process_engine_starts_new_workers_on_the_next_run() -> None:
    engine = ProcessEngine(pid_pipeline, batch_size=4, workers=1)
    (first,) = {d.title for d in engine.run(docs(4))}
    engine.close()
    (second,) = {d.title for d in engine.run(docs(4))}
    engine.close()
    assert first != second


def test_workers_send_documents_back_without_the_spacy_analysis_unless_asked() -> None:
    with ProcessEngine(pid_pipeline, batch_size=4, workers=1) as lean:
        assert all(d.analysis is None and d.title for d in lean.run(docs(4)))
    with ProcessEngine(pid_pipeline, batch_size=4, workers=1, keep_analysis=True) as full:
        assert all(d.analysis is not None and d.analysis.sentences for d in full.run(docs(4)))


def test_a_run_stopped_early_leaves_the_engine_usable() -> None:
    with ProcessEngine(shouting_pipeline, batch_size=1, workers=1) as engine:
        first = next(iter(engine.run(docs(10))))
        assert first.title == "DOC 0!"
        assert [d.id for d in engine.run(docs(5))] == ["0", "1", "2", "3", "4"]
