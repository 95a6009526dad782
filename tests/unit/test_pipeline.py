"""The pipeline checks stage contracts at assembly and keeps going when a document fails."""

from __future__ import annotations

from typing import ClassVar

import pytest

from frontlines.model import Document
from frontlines.pipeline import Pipeline, PipelineError
from frontlines.stage import Stage


class Upper(Stage):
    name: ClassVar[str] = "upper"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"title"})

    def __call__(self, doc: Document) -> Document:
        doc.title = doc.text.upper()
        return doc


class NeedsTitle(Stage):
    name: ClassVar[str] = "needs_title"
    requires: ClassVar[frozenset[str]] = frozenset({"title"})
    provides: ClassVar[frozenset[str]] = frozenset({"outlet"})

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.text:
            raise RuntimeError("cannot handle boom")
        doc.outlet = f"[{doc.title}]"
        return doc


def doc(text: str) -> Document:
    return Document(id=text, text=text)


def test_stages_whose_requirements_are_met_assemble() -> None:
    assert Pipeline([Upper(), NeedsTitle()]).names == ["upper", "needs_title"]


def test_a_requirement_nothing_provides_fails_at_assembly_with_the_stage_and_attribute_named() -> None:
    with pytest.raises(PipelineError, match=r"'needs_title' requires title, which no earlier stage provides"):
        Pipeline([NeedsTitle()])


def test_a_requirement_provided_only_by_a_later_stage_fails_at_assembly() -> None:
    with pytest.raises(PipelineError, match="needs_title"):
        Pipeline([NeedsTitle(), Upper()])


def test_two_stages_with_one_name_fail_at_assembly() -> None:
    with pytest.raises(PipelineError, match="appears twice"):
        Pipeline([Upper(), Upper()])


def test_documents_come_out_in_input_order_with_every_stage_applied() -> None:
    out = list(Pipeline([Upper(), NeedsTitle()]).pipe([doc("a"), doc("b"), doc("c")], batch_size=2))
    assert [d.outlet for d in out] == ["[A]", "[B]", "[C]"]


def test_a_failing_document_records_its_error_and_the_rest_of_the_batch_goes_on() -> None:
    out = list(Pipeline([Upper(), NeedsTitle()]).pipe([doc("ok"), doc("boom"), doc("fine")]))
    assert [d.outlet for d in out] == ["[OK]", None, "[FINE]"]
    assert out[1].errors == ["needs_title: RuntimeError: cannot handle boom"]
    assert out[0].errors == out[2].errors == []


def test_time_spent_is_counted_per_stage() -> None:
    pipeline = Pipeline([Upper(), NeedsTitle()])
    list(pipeline.pipe([doc("a")]))
    assert set(pipeline.seconds) == {"upper", "needs_title"}
