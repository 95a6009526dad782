"""An event noun with no argument of its own takes the subject of the clause that tells it as its agent."""

from __future__ import annotations

from frontlines.coding.arguments import find_roles
from frontlines.coding.lexicon import Trigger
from frontlines.model import ActorMention, Sentence, Token

NOUNS = {"clearance", "demining", "attack", "mines", "mine", "army", "police", "rebels", "villagers"}


def parsed(words: list[tuple[str, str, int]]) -> tuple[list[Token], Sentence]:
    """Tokens and their sentence from (word, dependency, head index), words one space apart; the nouns
    of `NOUNS` tagged NOUN."""
    tokens, start = [], 0
    for word, dep, head in words:
        pos = "NOUN" if word.lower() in NOUNS else ""
        tokens.append(Token(start, start + len(word), word, word.lower(), pos, "", dep, head))
        start += len(word) + 1
    return tokens, Sentence(0, start - 1, 0, len(tokens))


def mention(tokens: list[Token], i: int, name: str, inter: int) -> ActorMention:
    return ActorMention(tokens[i].start, tokens[i].end, tokens[i].text, name, inter)


def test_the_subject_of_the_clause_an_event_noun_heads_did_it() -> None:
    # "Clearance : the army found and removed two mines"
    tokens, sent = parsed([
        ("Clearance", "ROOT", 0), (":", "punct", 0), ("the", "det", 3), ("army", "nsubj", 4),
        ("found", "acl", 0), ("and", "cc", 4), ("removed", "conj", 4), ("two", "nummod", 8),
        ("mines", "dobj", 6),
    ])
    army = mention(tokens, 3, "Military Forces of Kenya", 1)
    assert find_roles(tokens, sent, Trigger("DEFUSE", 0, 1), [army]).actor1 is army


def test_an_event_noun_parsed_a_second_subject_of_the_verb_takes_the_other_subject() -> None:
    # "Demining : the police destroyed a mine"
    tokens, sent = parsed([
        ("Demining", "nsubj", 4), (":", "punct", 0), ("the", "det", 3), ("police", "nsubj", 4),
        ("destroyed", "ROOT", 4), ("a", "det", 6), ("mine", "dobj", 4),
    ])
    police = mention(tokens, 3, "Police Forces of Kenya", 1)
    assert find_roles(tokens, sent, Trigger("DEFUSE", 0, 1), [police]).actor1 is police


def test_a_clause_that_only_tells_of_the_event_names_no_agent() -> None:
    # "The attack , which rebels denied , hurt villagers": a relative clause about the attack.
    tokens, sent = parsed([
        ("The", "det", 1), ("attack", "nsubj", 7), (",", "punct", 1), ("which", "dobj", 4),
        ("rebels", "nsubj", 5), ("denied", "relcl", 1), (",", "punct", 1), ("hurt", "ROOT", 7),
        ("villagers", "dobj", 7),
    ])
    rebels = mention(tokens, 4, "Rebel Forces of Kenya", 2)
    villagers = mention(tokens, 8, "Civilians (Kenya)", 7)
    roles = find_roles(tokens, sent, Trigger("ATTACK", 1, 2), [rebels, villagers])
    assert roles.actor1 is None
