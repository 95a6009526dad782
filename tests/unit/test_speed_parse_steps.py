"""The analyze stage steps spaCy's parser and entity recogniser from Python (`stages/parse_steps.py`).

It is a speed-up only: every tag, dependency, head, sentence start and entity must be what
`nlp.pipe` gives for the same texts and batch size.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from frontlines.stages import parse_steps
from frontlines.stages.analyze import load_model
from frontlines.stages.parse_steps import pipe, steppable
from frontlines.stages.rule_memo import SKIPPED

# Entities at both ends, one spanning a line break, a text with none, an empty and a blank text,
# one word, and a long story, so batches hold texts of very different lengths.
TEXTS = [
    "Al-Shabaab fighters attacked an AMISOM base near Baidoa on 4 May 2021, killing 12 soldiers.",
    "",
    "Protesters marched in Lagos.\n\nPolice fired tear gas at them near Ikeja.",
    "   \n ",
    "Calm.",
    "The Myanmar military shelled villages in Sagaing Region, and the People's Defence Force said "
    "that three of its members had been killed in the fighting near Kalay on Tuesday.",
    "unknown gunmen abducted two traders on the road between Maiduguri and Damboa",
    "Kenya Defence Forces",
    " ".join(
        f"On day {n} of the strike, workers of the Ministry of Health gathered outside the "
        f"offices of Governor James Orengo in Kisumu." for n in range(1, 30)
    ),
]


def annotations(docs: list[Doc]) -> list[tuple[object, ...]]:
    return [
        (
            [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_)
             for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents],
        )
        for doc in docs
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("batch_size", "disable"), [(3, SKIPPED), (32, SKIPPED), (32, ())])
def test_stepped_parses_and_entities_are_spacys_own(batch_size: int, disable: tuple[str, ...]) -> None:
    nlp = load_model()
    stock = list(nlp.pipe(TEXTS, batch_size=batch_size, disable=disable))
    stepped = list(pipe(nlp, TEXTS, batch_size, disable=disable))
    assert annotations(stepped) == annotations(stock)


@pytest.mark.slow
def test_the_parser_and_the_entity_recogniser_are_the_components_stepped() -> None:
    nlp = load_model()
    assert [name for name, proc in nlp.pipeline if steppable(proc)] == ["parser", "ner"]


@pytest.mark.slow
def test_documents_parsed_in_several_groups_parse_as_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_model()
    whole = annotations(list(pipe(nlp, TEXTS, 32, disable=SKIPPED)))
    monkeypatch.setattr(parse_steps, "STEP_TOKENS", 30)  # groups of one to a few documents
    assert annotations(list(pipe(nlp, TEXTS, 32, disable=SKIPPED))) == whole
