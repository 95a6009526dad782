"""spaCy's pipeline with its parser and entity recogniser stepped from Python: the same answers for less CPU.

spaCy's transition-based components (the dependency parser and the NER) run their greedy loop in
C with the GIL released, but the state methods that loop calls (`StateC.B`, `B_`,
`set_context_tokens`, ...) are compiled to take and drop the GIL on every call. Checking each of the
NER's ~70 moves against every token so costs tens of thousands of lock round trips a note (perf:
40% of the NER's CPU in take_gil, drop_gil and pthread mutexes); with the GIL already held each
such call is a counter increment. `parse` takes the loop's steps from Python, holding the GIL, with
the same arithmetic in the same order: the component's own precomputed features and maxout, the
output layer's product through BLIS as the C loop's, unseen moves scored lowest, and the
component's own move validation and transitions. On 1,000 ACLED notes the parser and NER took
3.3-4.3 ms of CPU a note instead of 6.8-9.1; tags, parses and entities came out identical on
14,700 ACLED notes and 22 WikiWars articles (20,000 characters each).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from thinc.api import NumpyOps

# The C loop's product for the output layer (thinc's CBlas is BLIS), not the model's own ops.
BLIS = NumpyOps(use_blis=True)
# Tokens parsed together at most: their precomputed features take ~4 kB a token (parser), so a
# group stays within ~16 MB however long its documents (a longer document is parsed alone).
STEP_TOKENS = 4096


def pipe(nlp: Language, texts: Iterable[str], batch_size: int, disable: Sequence[str] = ()) -> Iterator[Doc]:
    """What `nlp.pipe(texts, batch_size=batch_size, disable=disable)` gives, with greedy
    transition-based components stepped by `parse` (`parse_in_batches`); the others see the same
    batches as under `nlp.pipe`."""
    procs = [proc for name, proc in nlp.pipeline if name not in disable]
    remaining = iter(texts)
    while batch := list(islice(remaining, batch_size)):
        docs = [nlp.make_doc(text) for text in batch]
        for proc in procs:
            if steppable(proc):
                parse_in_batches(proc, docs)
            elif hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
        yield from docs


def steppable(proc: Any) -> bool:
    """Whether `parse` reproduces the component's predictions: a greedy parser with an output layer."""
    return isinstance(proc, Parser) and proc.cfg.get("beam_width", 1) == 1 and bool(
        proc.model.attrs.get("has_upper")
    )


def parse_in_batches(parser: Parser, docs: list[Doc]) -> None:
    """Annotate `docs` shortest first, as many at a time as `STEP_TOKENS` allows.

    `Parser.pipe` parses a quarter batch at a time; a step costs about the same for one document
    as for thirty, so fewer, fuller groups take fewer steps (a batch of 32 ACLED notes: one group,
    about 1 ms a note less). A document's parse does not depend on the others in its group.
    """
    group: list[Doc] = []
    tokens = 0
    for doc in sorted(docs, key=len):
        if group and tokens + len(doc) > STEP_TOKENS:
            parser.set_annotations(group, parse(parser, group))
            group, tokens = [], 0
        group.append(doc)
        tokens += len(doc)
    if group:
        parser.set_annotations(group, parse(parser, group))


def parse(parser: Parser, docs: list[Doc]) -> list[Any]:
    """The final states of `Parser.greedy_parse(docs)`, stepped with the GIL held (see the module doc)."""
    batch: list[Any] = parser.moves.init_batch(docs)
    if not any(len(doc) for doc in docs):
        return batch
    step = parser.model.predict(docs)
    weights, bias = step.vec2scores.get_param("W"), step.vec2scores.get_param("b")
    unseen = step._class_mask == 0
    some_unseen = bool(unseen.any())
    states = [state for state in batch if not state.is_final()]
    while states:
        hidden = step.state2vec.predict(step.get_token_ids(states))
        scores = BLIS.gemm(hidden, weights, trans2=True)
        scores += bias
        if some_unseen:
            scores[:, unseen] = scores.min()
        states = parser.transition_states(states, scores)
    step.clear_memory()
    return batch
