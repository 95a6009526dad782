"""Dependency-tree helpers over the plain `Token` list the analyze stage leaves behind.

Coding a document asks for the same dependents, spans and triggers many times over. Inside
`parse_memo(tokens)` (the events stage opens one per document) each is worked out once for that
token list and kept until the block ends; outside one every call works afresh, with the same answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar, cast

from frontlines.model import Sentence, Token

T = TypeVar("T")


class _ParseMemo:
    """What one document's coding worked out about its token list: the dependents of each token
    (the whole list, in order), and values per sentence range (`sentence_memo`)."""

    __slots__ = ("below", "tokens", "values")

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens  # held, so `is` on it can never match another list
        self.below: dict[int, list[int]] | None = None
        self.values: dict[tuple[str, int, int], object] = {}


_MEMO: ContextVar[_ParseMemo | None] = ContextVar("frontlines_parse_memo", default=None)


@contextmanager
def parse_memo(tokens: list[Token]) -> Iterator[None]:
    """Within the block, work out tree look-ups and per-sentence values over `tokens` once and keep
    them (the list and its tokens must not change meanwhile); they are dropped when it ends."""
    token = _MEMO.set(_ParseMemo(tokens))
    try:
        yield
    finally:
        _MEMO.reset(token)


def sentence_memo(tokens: list[Token], sent: Sentence, kind: str, compute: Callable[[], T]) -> T:
    """`compute()` for the `kind` of value of a sentence's token range, kept inside `parse_memo`."""
    memo = _MEMO.get()
    if memo is None or memo.tokens is not tokens:
        return compute()
    key = (kind, sent.token_start, sent.token_end)
    if key not in memo.values:
        memo.values[key] = compute()
    return cast(T, memo.values[key])


def _dependents(tokens: list[Token], sent: Sentence) -> dict[int, list[int]]:
    """The dependents of each token that has any, in order (a token heading itself is the root, not
    its own): of the whole list, worked out once, inside `parse_memo`; of the sentence alone outside."""
    memo = _MEMO.get()
    if memo is None or memo.tokens is not tokens:
        return _below(tokens, range(sent.token_start, sent.token_end))
    if memo.below is None:
        memo.below = _below(tokens, range(len(tokens)))
    return memo.below


def _below(tokens: list[Token], indices: range) -> dict[int, list[int]]:
    below: dict[int, list[int]] = {}
    for j in indices:
        if tokens[j].head != j:
            below.setdefault(tokens[j].head, []).append(j)
    return below


def children(tokens: list[Token], sent: Sentence, i: int) -> list[int]:
    """Indices of the direct dependents of token `i` within its sentence."""
    if not 0 <= i < len(tokens):
        return [j for j in range(sent.token_start, sent.token_end) if tokens[j].head == i]
    return [j for j in _dependents(tokens, sent).get(i, ()) if sent.token_start <= j < sent.token_end]


def ancestors(tokens: list[Token], sent: Sentence, i: int) -> Iterator[int]:
    """Heads of token `i`, nearest first, stopping at the sentence root (or a loop)."""
    seen = {i}
    j = tokens[i].head
    while sent.token_start <= j < sent.token_end and j not in seen:
        yield j
        seen.add(j)
        j = tokens[j].head


def subtree(tokens: list[Token], sent: Sentence, i: int) -> tuple[int, int]:
    """The half-open token range covered by token `i` and everything below it."""
    if not sent.token_start <= i < sent.token_end:
        return i, i + 1
    below = _dependents(tokens, sent)
    inside, todo = {i}, [i]
    while todo:
        for j in below.get(todo.pop(), ()):
            if sent.token_start <= j < sent.token_end and j not in inside:
                inside.add(j)
                todo.append(j)
    return min(inside), max(inside) + 1


def is_passive(tokens: list[Token], sent: Sentence, i: int) -> bool:
    """Whether token `i` is a passive verb: it has a passive subject or auxiliary. An all-caps acronym
    the parser took for "is" ("IS militants attacked ...": the Islamic State) is no auxiliary."""
    for k in children(tokens, sent, i):
        if tokens[k].dep == "nsubjpass" or tokens[k].dep == "auxpass" and not _acronym(tokens[k]):
            return True
    return False


def _acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def span_text(text: str, tokens: list[Token], first: int, last: int) -> tuple[int, int, str]:
    """Character start, end and text of tokens first..last-1."""
    start, end = tokens[first].start, tokens[last - 1].end
    return start, end, text[start:end]
