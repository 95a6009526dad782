"""Dependency-tree helpers: heads above a token and the span below it."""

from __future__ import annotations

from frontlines.coding.syntax import ancestors, subtree
from frontlines.model import Sentence, Token


def tree(*heads: int) -> list[Token]:
    return [Token(i, i + 1, "w", "w", "X", "X", "dep", head) for i, head in enumerate(heads)]


def test_subtree_covers_a_token_and_all_below_it() -> None:
    # "the armed men attacked the village": 3 is the root, 2 its subject, 5 its object.
    tokens, sent = tree(2, 2, 3, 3, 5, 3), Sentence(0, 6, 0, 6)
    assert subtree(tokens, sent, 2) == (0, 3)
    assert subtree(tokens, sent, 5) == (4, 6)
    assert subtree(tokens, sent, 3) == (0, 6)
    assert list(ancestors(tokens, sent, 0)) == [2, 3]


def test_subtree_stays_inside_the_sentence_and_survives_loops() -> None:
    tokens = tree(1, 0, 3, 3, 2)  # 0 and 1 head each other; token 4's head lies outside the sentence
    assert subtree(tokens, Sentence(0, 4, 0, 4), 0) == (0, 2)
    assert subtree(tokens, Sentence(0, 4, 0, 4), 3) == (2, 4)
    assert subtree(tokens, Sentence(4, 5, 4, 5), 4) == (4, 5)
