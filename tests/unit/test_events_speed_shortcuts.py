"""The events stage's shortcuts for speed give what the plain work they replace gave: tree look-ups
and triggers kept per document inside `parse_memo`, cue phrases found without a regex search per
class, rewrites skipped when their words are missing, and figures looked for only where one can start."""

from __future__ import annotations

import re

from frontlines.coding.lexicon import _REWRITES, cues_in, find_triggers, lexicon
from frontlines.coding.numbers import QUANTITY, find_counts
from frontlines.coding.syntax import children, is_passive, parse_memo, sentence_memo, subtree
from frontlines.model import Sentence, Token


def tree(*heads: int) -> list[Token]:
    return [Token(i, i + 1, "w", "w", "X", "X", "dep", head) for i, head in enumerate(heads)]


def look_ups(tokens: list[Token], sent: Sentence) -> list[object]:
    reach = range(max(0, sent.token_start - 1), min(len(tokens), sent.token_end + 1))
    return [(children(tokens, sent, i), subtree(tokens, sent, i)) for i in reach]


def test_tree_look_ups_inside_a_memo_are_those_outside_it() -> None:
    # Two sentences; 0 and 1 head each other, 4's head lies in the other sentence, 7 heads itself.
    tokens = tree(1, 0, 3, 3, 2, 6, 7, 7, 6)
    sentences = [Sentence(0, 5, 0, 5), Sentence(5, 9, 5, 9), Sentence(0, 9, 0, 9), Sentence(1, 4, 1, 4)]
    plain = [look_ups(tokens, sent) for sent in sentences]
    with parse_memo(tokens):
        assert [look_ups(tokens, sent) for sent in sentences] == plain
    assert children(tokens, sentences[0], 3) == [2]  # a root is not its own dependent
    assert subtree(tokens, sentences[1], 7) == (5, 9)


def test_a_memo_serves_only_its_own_token_list_and_ends_with_its_block() -> None:
    tokens, other = tree(1, 1, 1), tree(0, 0, 0)
    sent = Sentence(0, 3, 0, 3)
    calls: list[int] = []

    def count() -> int:
        calls.append(1)
        return len(calls)

    with parse_memo(tokens):
        assert sentence_memo(tokens, sent, "n", count) == sentence_memo(tokens, sent, "n", count) == 1
        assert sentence_memo(other, sent, "n", count) == 2  # another list: worked out afresh
        assert children(other, sent, 0) == [1, 2]
    assert sentence_memo(tokens, sent, "n", count) == 3  # the block is over: nothing kept
    assert children(tokens, sent, 1) == [0, 2]


def test_is_passive_reads_the_dependents_it_did_before() -> None:
    tokens = tree(2, 2, 2)
    tokens[0].dep, tokens[1].dep = "nsubjpass", "auxpass"
    sent = Sentence(0, 3, 0, 3)
    with parse_memo(tokens):
        assert is_passive(tokens, sent, 2) and not is_passive(tokens, sent, 0)


def test_triggers_found_once_per_sentence_are_handed_out_as_new_lists() -> None:
    words = [("Police", "police", "NOUN"), ("arrested", "arrest", "VERB"), ("striking", "strike", "VERB"),
             ("workers", "worker", "NOUN")]
    tokens, start = [], 0
    for i, (text, lemma, pos) in enumerate(words):
        tokens.append(Token(start, start + len(text), text, lemma, pos, "", "dep", i))
        start += len(text) + 1
    sent = Sentence(0, start, 0, len(tokens))
    plain = find_triggers(tokens, sent)
    with parse_memo(tokens):
        first = find_triggers(tokens, sent)
        first.clear()  # a caller's list is its own
        assert find_triggers(tokens, sent) == plain
    assert [t.frame for t in plain] == ["ARREST", "PROTEST"]


def regex_cues(text: str) -> frozenset[str]:
    """The cue classes as a search of each class's pattern over the rewritten text finds them."""
    for pattern, replacement, _ in _REWRITES:
        text = pattern.sub(replacement, text)
    return frozenset(name for name, pattern in lexicon().cues.items() if pattern.search(text))


CUE_TEXTS = [
    "Police fired tear gas and rubber bullets at protesters; a suicide bomber killed 3 civilians.",
    "TEAR GAS, tear-gas and tear  gas; mortars-maker Ltd. and mortar_rounds are no shelling.",
    "Riot police and anti-riot units faced a flash mob and a human chain near the Karma Mine.",
    "Rocket-propelled grenades and grenade launchers; an explosives expert; -shelling- at dawn.",
    "Mortar rounds hit the town. ſ",
    "Militants ambushed an army convoy with IEDs, then clashed with troops who fired back.",
    "",
]


def test_cue_phrases_found_without_a_search_are_what_the_patterns_find() -> None:
    for text in CUE_TEXTS:
        assert cues_in(text) == regex_cues(text), text
        assert cues_in(text.upper()) == regex_cues(text.upper()), text


def test_figures_are_found_where_the_plain_pattern_found_them() -> None:
    plain = re.compile(QUANTITY.pattern.replace(r"(?=[\dabdefhmnostu])", "", 1), re.IGNORECASE)
    assert plain.pattern != QUANTITY.pattern
    text = ("Between 10 and 15 people, at least twenty-two soldiers, dozens of protesters, a few men, "
            "some 2,000 marchers, several hundred, one thousand, Five or six; 3 to 4 killed in 2022.")
    found = [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert find_counts("Gunmen killed at least 12 people and injured 5 others.").dead == 12
