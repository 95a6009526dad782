"""The analyze stage turns one spaCy pass into plain spans with exact offsets."""

from __future__ import annotations

import pytest

from frontlines.model import Document
from frontlines.stages.analyze import Analyze, split_text


def test_short_text_is_one_piece() -> None:
    assert split_text("one two three", limit=100) == [(0, "one two three")]


def test_long_text_is_cut_at_line_breaks_and_pieces_rebuild_the_text() -> None:
    text = "\n".join(f"line {i} of the article" for i in range(200))
    pieces = split_text(text, limit=500)
    assert len(pieces) > 1
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("\n") for _, piece in pieces[:-1])
    assert all(len(piece) <= 500 for _, piece in pieces)


def test_text_without_breaks_is_still_cut_within_the_limit() -> None:
    pieces = split_text("x" * 1200, limit=500)
    assert [len(p) for _, p in pieces] == [500, 500, 200]


@pytest.mark.slow
def test_tokens_sentences_and_entities_slice_the_text() -> None:
    text = "Taliban fighters attacked a checkpoint in Helmand province. Five soldiers were killed."
    doc = Analyze()(Document(id="d", text=text))
    assert doc.analysis is not None
    assert len(doc.analysis.sentences) == 2
    assert all(text[t.start : t.end] == t.text for t in doc.analysis.tokens)
    assert all(text[e.start : e.end] == e.text for e in doc.analysis.entities)
    assert any("Helmand" in e.text for e in doc.analysis.entities)


@pytest.mark.slow
def test_offsets_stay_exact_when_a_long_text_is_analysed_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("frontlines.stages.analyze.MAX_PIECE", 200)
    text = "\n".join(f"Police arrested {i} protesters in Nairobi on Monday." for i in range(20))
    doc = Analyze()(Document(id="d", text=text))
    assert doc.analysis is not None
    assert all(text[t.start : t.end] == t.text for t in doc.analysis.tokens)
    heads = [doc.analysis.tokens[t.head] for t in doc.analysis.tokens]
    assert all(abs(h.start - t.start) < 200 for h, t in zip(heads, doc.analysis.tokens, strict=True))
    assert sum(e.text == "Nairobi" for e in doc.analysis.entities) == 20
