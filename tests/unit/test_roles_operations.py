"""A force named by what it carried out acted: "killed during a police raid", "in a military
operation", "Syrian regime artillery shelled X"."""

from __future__ import annotations

from builders import parsed

from frontlines.coding.roles import hit_by_grammar
from frontlines.model import ActorMention, Document
from frontlines.stages.actors import arms_candidates


def mention(doc: Document, words: str, name: str) -> ActorMention:
    start = doc.text.index(words)
    return ActorMention(start, start + len(words), words, name, 1)


def test_a_force_named_after_during_carried_the_act_out() -> None:
    doc = parsed("a man was killed during a Taliban attack",
                 [("a", "det", 1), ("man", "nsubjpass", 3), ("was", "auxpass", 3), ("killed", "ROOT", 3),
                  ("during", "prep", 3), ("a", "det", 7), ("Taliban", "compound", 7), ("attack", "pobj", 4)])
    assert not hit_by_grammar(doc, mention(doc, "Taliban", "Taliban"))


def test_a_force_named_by_its_operation_acted_whatever_the_preposition() -> None:
    doc = parsed("two suspects were killed in a military operation",
                 [("two", "nummod", 1), ("suspects", "nsubjpass", 3), ("were", "auxpass", 3),
                  ("killed", "ROOT", 3), ("in", "prep", 3), ("a", "det", 7), ("military", "amod", 7),
                  ("operation", "pobj", 4)])
    assert not hit_by_grammar(doc, mention(doc, "military operation", "Military Forces of Chad"))


def test_a_force_at_whose_post_a_bomb_went_off_was_hit() -> None:
    doc = parsed("a bomb exploded at a police post",
                 [("a", "det", 1), ("bomb", "nsubj", 2), ("exploded", "ROOT", 2), ("at", "prep", 2),
                  ("a", "det", 6), ("police", "compound", 6), ("post", "pobj", 3)])
    assert hit_by_grammar(doc, mention(doc, "police post", "Police Forces of Chad"))


def test_a_regimes_artillery_named_by_its_demonym_is_its_military() -> None:
    found = arms_candidates("Syrian regime artillery shelled Kafr Nabl.")
    assert [(c.name, c.inter) for c in found] == [("Military Forces of Syria", 1)]
