"""A match result's "beat" is a score, not violence; violence around a match is still coded."""

from __future__ import annotations

import pytest

from frontlines.api import default_pipeline
from frontlines.model import Document
from frontlines.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Document(id="d", text=text, published="2023-03-05"))
    return [(e.acled_event_type, e.acled_sub_event_type) for e in doc.events if e.acled_event_type]


@pytest.mark.slow
def test_a_national_side_beating_another_is_no_event(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Lesotho beat Malawi 3-0 in Maseru on Saturday.") == []


@pytest.mark.slow
def test_fans_attacking_a_referee_after_a_result_is_still_violence(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Angry fans attacked the referee with stones in Maseru on Saturday after "
                            "Lesotho lost to Malawi 0-3.")
    assert found and found[0][0] in {"Riots", "Violence against civilians"}
