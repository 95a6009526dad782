"""Inferring a document's date from its text: datelines first, then the latest body date."""

from __future__ import annotations

import pytest

from frontlines.model import Document, Segment
from frontlines.timex import infer_document_date


def doc_of(text: str, segments: list[Segment] | None = None) -> Document:
    return Document(id="d", text=text, segments=segments or [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, Aug 25, 2021 (Reuters) - Fighters entered.", "2021-08-25"),
        ("March 3, 2020 — Rebels advanced near Idlib.", "2020-03-03"),
        ("GAZA CITY, Palestinian Territories, 3 March 2020 (AFP) - Strikes hit.", "2020-03-03"),
        ("KABUL, Aug 25 (Reuters) - Fighters who took power in 2021 entered.", "2021-08-25"),
    ],
)
def test_dateline_gives_the_date(text: str, expected: str) -> None:
    assert infer_document_date(doc_of(text)) == (expected, "dateline")


def test_year_less_dateline_without_any_year_in_the_text_gives_no_dateline_date() -> None:
    assert infer_document_date(doc_of("KABUL, Aug 25 (Reuters) - Fighters entered the city.")) is None


def test_without_dateline_the_latest_full_date_of_the_body_is_taken() -> None:
    text = "Talks began on June 2, 2019 and collapsed on March 3, 2020, officials said."
    assert infer_document_date(doc_of(text)) == ("2020-03-03", "body")


def test_dates_in_captions_and_embedded_posts_are_not_the_documents() -> None:
    body = "Talks collapsed on March 3, 2020, officials said."
    caption = "A file photo taken on June 12, 2021."
    text = f"{body}\n{caption}"
    segments = [Segment("body", 0, len(body)), Segment("caption", len(body) + 1, len(text))]
    assert infer_document_date(doc_of(text, segments)) == ("2020-03-03", "body")


def test_a_date_the_sentence_looks_ahead_to_is_not_when_it_was_written() -> None:
    text = "Talks collapsed on March 3, 2020. Elections will be held on May 5, 2025."
    assert infer_document_date(doc_of(text)) == ("2020-03-03", "body")


def test_no_date_at_all_gives_none() -> None:
    assert infer_document_date(doc_of("Fighters entered the city on Tuesday.")) is None
