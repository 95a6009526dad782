"""Event arguments the parse hangs off a verb naming the target, or off the noun a trigger modifies."""

from __future__ import annotations

from frontlines.coding.arguments import find_roles, first_named
from frontlines.coding.lexicon import Trigger
from frontlines.model import ActorMention, Sentence, Token

LEMMAS = {"carried": "carry", "targeting": "target", "detonated": "detonate", "used": "use"}


def parsed(words: list[tuple[str, str, int]]) -> tuple[list[Token], Sentence]:
    """Tokens and their sentence from (word, dependency, head index), words one space apart."""
    tokens, start = [], 0
    for word, dep, head in words:
        lemma = LEMMAS.get(word, word.lower())
        tokens.append(Token(start, start + len(word), word, lemma, "", "", dep, head))
        start += len(word) + 1
    return tokens, Sentence(0, start - 1, 0, len(tokens))


# "Rebels carried out a remote explosive attack targeting an army vehicle"
WORDS = [
    ("Rebels", "nsubj", 1), ("carried", "ROOT", 1), ("out", "prt", 1), ("a", "det", 6), ("remote", "amod", 6),
    ("explosive", "amod", 6), ("attack", "dobj", 1), ("targeting", "acl", 6), ("an", "det", 10),
    ("army", "compound", 10), ("vehicle", "dobj", 7),
]  # fmt: skip
REBELS = ActorMention(0, 6, "Rebels", "Rebel Forces", 2)
VEHICLE = ActorMention(58, 70, "army vehicle", "Military Forces", 1)


def test_what_an_explosion_targets_is_its_target() -> None:
    # "A bomb detonated , targeting police forces"
    tokens, sent = parsed([("A", "det", 1), ("bomb", "nsubj", 2), ("detonated", "ROOT", 2), (",", "punct", 2),
                           ("targeting", "advcl", 2), ("police", "compound", 6), ("forces", "dobj", 4)])
    police = ActorMention(29, 42, "police forces", "Police Forces", 1)
    roles = find_roles(tokens, sent, Trigger("BOMB", 2, 3), [police])
    assert roles.actor2 is police


def test_a_trigger_that_modifies_the_event_noun_shares_its_arguments() -> None:
    # The trigger is the adjective "explosive": its noun "attack" was carried out by the rebels.
    tokens, sent = parsed(WORDS)
    roles = find_roles(tokens, sent, Trigger("BOMB", 5, 6), [REBELS, VEHICLE])
    assert roles.actor1 is REBELS and not roles.fallback
    assert roles.actor2 is VEHICLE


def test_the_roles_know_where_their_sentence_starts() -> None:
    tokens, sent = parsed(WORDS)
    assert find_roles(tokens, sent, Trigger("BOMB", 6, 7), [REBELS, VEHICLE]).told_at == 0


def test_what_a_bomb_that_exploded_targeted_is_its_target() -> None:
    # "An IED exploded targeting a patrol": the trigger is the subject, the clause hangs off its verb.
    tokens, sent = parsed([("An", "det", 1), ("IED", "nsubj", 2), ("exploded", "ROOT", 2),
                           ("targeting", "xcomp", 2), ("a", "det", 5), ("patrol", "dobj", 3)])
    patrol = ActorMention(28, 34, "patrol", "Military Forces", 1)
    assert find_roles(tokens, sent, Trigger("BOMB", 1, 2), [patrol]).actor2 is patrol


def test_what_weapons_were_used_to_attack_is_the_target() -> None:
    # "Gunmen used grenades to attack a police station"
    tokens, sent = parsed([("Gunmen", "nsubj", 1), ("used", "ROOT", 1), ("grenades", "dobj", 1),
                           ("to", "aux", 4), ("attack", "xcomp", 1), ("a", "det", 7),
                           ("police", "compound", 7), ("station", "dobj", 4)])
    gunmen = ActorMention(0, 6, "Gunmen", "Unidentified Armed Group", 3)
    station = ActorMention(33, 47, "police station", "Police Forces", 1)
    roles = find_roles(tokens, sent, Trigger("GRENADE", 2, 3), [gunmen, station])
    assert roles.actor1 is gunmen and roles.actor2 is station


def test_of_a_force_and_local_allies_listed_together_the_first_is_actor1() -> None:
    text = "The Lion Brigade and local militias attacked."
    brigade = ActorMention(4, 16, "Lion Brigade", "Lion Brigade", 3)
    militias = ActorMention(27, 35, "militias", "Unidentified Communal Militia", 4)
    assert first_named(text, 0, militias, [brigade, militias], None) is brigade
