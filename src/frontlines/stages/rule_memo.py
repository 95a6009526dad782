"""Part of speech and lemma of parsed tokens, remembered per (text, tag, dependency label).

The model's attribute_ruler (a Matcher over ~180 patterns: tag to part of speech, pronoun and
auxiliary fixes) and its rule lemmatizer cost about 40 µs a token, as much as the parser, for
what is, in all but a few documents, a function of each token's own text, tag and dependency
label. `RuleMemo` runs those two real components once per unseen key, over one Doc made of the
unseen keys of a batch, and remembers the answer. A document in which one of the ruler's
multi-token patterns matches (after an expletive, "There were ..." makes "were" a VERB) gets the
real components over the whole Doc. Either way the output is the full pipeline's, token for token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
SKIPPED = (RULER, LEMMATIZER)
# What a pattern may test for a token's answer to depend on (text, tag, dep) alone.
KEYED_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "TAG", "DEP", "IS_SPACE"})
# Components that may follow the lemmatizer: the NER reads word shapes, not parts of speech or lemmas.
LATER_OK = frozenset({"ner"})
MEMO_LIMIT = 100_000  # keys (~500 bytes each); past this the memo starts afresh

Key = tuple[int, int, int]  # (orth, tag, dep) string ids, as the tagger and parser left them
Attrs = tuple[str, str, str, str]  # (tag, pos, dep, lemma) as the ruler and lemmatizer leave them
TokenPattern = list[dict[str, Any]]


def spacy_attrs(doc: Doc) -> list[Attrs]:
    """(tag, pos, dep, lemma) of every token, read from a Doc that went through all components."""
    return [(t.tag_, t.pos_, t.dep_, t.lemma_) for t in doc]


class RuleMemo:
    """Stands in for the model's attribute_ruler and lemmatizer; see the module docstring."""

    def __init__(self, vocab: Vocab, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self._vocab = vocab
        self._ruler = ruler
        self._lemmatizer = lemmatizer
        self._joined = Matcher(vocab)  # the ruler's patterns over more than one token
        for i, patterns in enumerate(rule_patterns(ruler)):
            if any(len(tokens) > 1 for tokens in patterns):
                self._joined.add(f"joined-{i}", patterns)
        self._memo: dict[Key, Attrs] = {}

    @classmethod
    def for_model(cls, nlp: Language) -> RuleMemo | None:
        """A memo for `nlp`, or None if skipping its ruler and lemmatizer could change any output."""
        names = nlp.pipe_names
        after = names[names.index(RULER) + 1 :] if RULER in names else []
        if after[:1] != [LEMMATIZER] or not set(after[1:]) <= LATER_OK:
            return None
        ruler, lemmatizer = nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER)
        if not isinstance(ruler, AttributeRuler) or not isinstance(lemmatizer, Lemmatizer):
            return None
        specs = [spec for patterns in rule_patterns(ruler) for tokens in patterns for spec in tokens]
        tested = {attr.upper() for spec in specs for attr in spec}
        return cls(nlp.vocab, ruler, lemmatizer) if tested <= KEYED_ATTRS else None

    def annotate(self, docs: list[Doc]) -> list[list[Attrs]]:
        """(tag, pos, dep, lemma) of each token of `docs` (parsed, ruler and lemmatizer skipped)."""
        if len(self._memo) > MEMO_LIMIT:
            self._memo.clear()
        joined = [bool(self._joined(doc)) for doc in docs]
        keys = [[(t.orth, t.tag, t.dep) for t in doc] for doc in docs]
        wanted = {k: None for doc_keys, j in zip(keys, joined, strict=True) if not j for k in doc_keys}
        self._learn([k for k in wanted if k not in self._memo])
        memo = self._memo
        return [
            spacy_attrs(self._lemmatizer(self._ruler(doc))) if j else [memo[k] for k in doc_keys]
            for doc, doc_keys, j in zip(docs, keys, joined, strict=True)
        ]

    def _learn(self, keys: list[Key]) -> None:
        """Run the real components over a Doc of `keys`, one token each, and remember the answers.

        A key that forms a multi-token match with its neighbour in that Doc is learnt alone.
        """
        if not keys:
            return
        strings = self._vocab.strings
        doc = Doc(
            self._vocab,
            words=[strings[orth] for orth, _, _ in keys],
            tags=[strings[tag] for _, tag, _ in keys],
            deps=[strings[dep] for _, _, dep in keys],
        )
        spanned = {i for _, start, end in self._joined(doc) for i in range(start, end)}
        done = spacy_attrs(self._lemmatizer(self._ruler(doc)))
        for i, (key, attrs) in enumerate(zip(keys, done, strict=True)):
            if i in spanned:
                self._learn([key])
            else:
                self._memo[key] = attrs


def rule_patterns(ruler: AttributeRuler) -> list[list[TokenPattern]]:
    """Each ruler rule's token patterns (a rule may list several alternatives)."""
    return [cast(list[TokenPattern], rule["patterns"]) for rule in ruler.patterns]


def index_lemmas_in_sets(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets: the same answers, far cheaper to ask.

    For each word it has not seen, the lemmatizer asks whether every candidate form is a known
    word, and its index holds lists of up to 57,000 words, scanned from the start each time.
    """
    lemmatizer = nlp.get_pipe(LEMMATIZER) if LEMMATIZER in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.lookups.has_table("lemma_index"):
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos, words in list(index.items()):
            index[pos] = frozenset(words)
