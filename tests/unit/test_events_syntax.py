"""Reading the parse for the events stage: passives, and "IS" the group taken for a verb."""

from __future__ import annotations

from frontlines.coding.syntax import is_passive
from frontlines.model import Sentence, Token


def parsed(*words: tuple[str, str, int]) -> tuple[list[Token], Sentence]:
    """Tokens from (text, dependency, head index) triples, one space apart, all in one sentence."""
    made, start = [], 0
    for text, dep, head in words:
        made.append(Token(start, start + len(text), text, text.lower(), "X", "", dep, head))
        start += len(text) + 1
    return made, Sentence(0, start, 0, len(made))


def test_a_verb_with_a_passive_auxiliary_is_passive() -> None:
    tokens, sent = parsed(("soldiers", "nsubjpass", 2), ("were", "auxpass", 2), ("killed", "ROOT", 2))
    assert is_passive(tokens, sent, 2)


def test_the_islamic_state_taken_for_is_does_not_make_a_verb_passive() -> None:
    tokens, sent = parsed(("IS", "auxpass", 2), ("militants", "nsubj", 2), ("attacked", "ROOT", 2))
    assert not is_passive(tokens, sent, 2)
