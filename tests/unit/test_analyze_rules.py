"""The analyze stage skips spaCy's attribute_ruler and lemmatizer and remembers their answers.

Every part of speech, lemma, tag and dependency label must still be the full pipeline's.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from frontlines.model import Document
from frontlines.stages.analyze import DEFAULT_MODEL, Analyze, load_model
from frontlines.stages.rule_memo import RuleMemo, spacy_attrs

# Pronouns, auxiliaries, negation, an expletive ("There were ..." makes "were" a VERB), a
# contraction, shouting capitals, blank lines and repeated words (the second time from memory).
TEXTS = [
    "There were clashes between police and traders in Kisumu on Monday.\n\nThey were dispersed.",
    "Police said it was not clear who had fired first; two men have been arrested.",
    "GUNMEN ATTACKED A BUS NEAR GAROWE. Let's see what the army does.",
    "Protesters gathered in the capital. Protesters gathered again in the capital on Friday.",
    "She told us that she wasn't going to stay, and I didn't ask her why.",
]


def full_pipeline_tokens(texts: list[str]) -> list[list[tuple[str, str, str, str, str, int, str]]]:
    nlp = spacy.load(DEFAULT_MODEL)  # stock loading: BLIS, every component, no memo
    return [
        [(t.text, t.tag_, t.pos_, t.dep_, t.lemma_, t.head.i, t.ent_type_) for t in doc]
        for doc in nlp.pipe(texts)
    ]


@pytest.mark.slow
def test_analysis_matches_the_full_spacy_pipeline_token_for_token() -> None:
    docs = list(Analyze().pipe(Document(id=str(i), text=text) for i, text in enumerate(TEXTS)))
    ours = [
        [(t.text, t.tag, t.pos, t.dep, t.lemma, t.head, t.ent_type) for t in doc.analysis.tokens]
        for doc in docs
        if doc.analysis is not None
    ]
    assert ours == full_pipeline_tokens(TEXTS)


@pytest.mark.slow
def test_a_word_after_an_expletive_in_another_document_is_learnt_on_its_own() -> None:
    nlp = load_model()
    memo = RuleMemo.for_model(nlp)
    assert memo is not None
    there = Doc(nlp.vocab, words=["There"], tags=["EX"], deps=["expl"])
    were = Doc(nlp.vocab, words=["were"], tags=["VBD"], deps=["ROOT"])
    # Learnt together the two would form "There were" and "were" would become a VERB.
    annotated = memo.annotate([there, were])
    alone = spacy_attrs(nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(were.copy())))
    assert annotated[1] == alone
    assert annotated[1][0][1] == "AUX"


def test_a_model_without_the_rule_components_has_no_memo() -> None:
    assert RuleMemo.for_model(spacy.blank("en")) is None


@pytest.mark.slow
def test_without_a_memo_every_component_runs_for_the_same_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXTS[0]
    with_memo = Analyze()(Document(id="d", text=text)).analysis
    monkeypatch.setattr("frontlines.stages.analyze.rule_memo", lambda nlp: None)
    assert Analyze()(Document(id="d", text=text)).analysis == with_memo


def test_rules_that_look_beyond_text_tag_and_label_rule_out_the_memo() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
    assert RuleMemo.for_model(nlp) is not None
    ruler.add([[{"ENT_TYPE": "GPE"}]], {"POS": "PROPN"})
    assert RuleMemo.for_model(nlp) is None
