"""The owner of what was hit is no agent: a group named on a target noun above the trigger."""

from __future__ import annotations

from frontlines.coding.arguments import find_roles
from frontlines.coding.lexicon import Trigger
from frontlines.model import ActorMention, Sentence, Token


def parsed(words: list[tuple[str, str, int]]) -> tuple[list[Token], Sentence]:
    """Tokens and their sentence from (word, dependency, head index), words one space apart."""
    tokens, start = [], 0
    for word, dep, head in words:
        tokens.append(Token(start, start + len(word), word, word.lower(), "", "", dep, head))
        start += len(word) + 1
    return tokens, Sentence(0, start - 1, 0, len(tokens))


# "Marines shelled a Red Hand training camp with mortar fire" as the parser reads it: the trigger
# "mortar" modifies "fire", which hangs off "with" under the camp, the object of "shelled".
WORDS = [
    ("Marines", "nsubj", 1), ("shelled", "ROOT", 1), ("a", "det", 6), ("Red", "compound", 4),
    ("Hand", "compound", 6), ("training", "compound", 6), ("camp", "dobj", 1), ("with", "prep", 6),
    ("mortar", "compound", 9), ("fire", "pobj", 7),
]  # fmt: skip
MARINES = ActorMention(0, 7, "Marines", "Military Forces", 1)
RED_HAND = ActorMention(18, 26, "Red Hand", "Red Hand", 2)


def test_the_group_owning_a_targeted_camp_did_not_fire() -> None:
    tokens, sent = parsed(WORDS)
    roles = find_roles(tokens, sent, Trigger("SHELL", 8, 9), [MARINES, RED_HAND])
    assert roles.actor1 is MARINES


def test_a_group_named_on_the_trigger_itself_did_it() -> None:
    # "a Red Hand mortar attack": the trigger noun's own modifier is its agent.
    tokens, sent = parsed([("a", "det", 4), ("Red", "compound", 2), ("Hand", "compound", 4),
                           ("mortar", "compound", 4), ("attack", "ROOT", 4)])
    red_hand = ActorMention(2, 10, "Red Hand", "Red Hand", 2)
    assert find_roles(tokens, sent, Trigger("ATTACK", 4, 5), [red_hand]).actor1 is red_hand
