"""Dependency-tree helpers over the plain `Token` list the analyze stage leaves behind."""

from __future__ import annotations

from collections.abc import Iterator

from frontlines.model import Sentence, Token


def children(tokens: list[Token], sent: Sentence, i: int) -> list[int]:
    """Indices of the direct dependents of token `i` within its sentence."""
    return [j for j in range(sent.token_start, sent.token_end) if j != i and tokens[j].head == i]


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
    below: dict[int, list[int]] = {}
    for j in range(sent.token_start, sent.token_end):
        head = tokens[j].head
        if head != j and sent.token_start <= head < sent.token_end:
            below.setdefault(head, []).append(j)
    inside, todo = {i}, [i]
    while todo:
        for j in below.get(todo.pop(), ()):
            if j not in inside:
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
