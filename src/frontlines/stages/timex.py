"""The timex stage: temporal expressions found, normalised to TIMEX3 values and anchored."""

from __future__ import annotations

from typing import ClassVar

from frontlines.model import Document, Timex
from frontlines.stage import Stage
from frontlines.timex.anchor import (
    Paragraph,
    Reference,
    paragraph_number,
    paragraph_scope,
    resolve_mentions,
    tag_timexes,
)
from frontlines.timex.docdate import infer_document_date
from frontlines.timex.normalize import parse_reference
from frontlines.timex.recognise import find_mentions
from frontlines.timex.spec import Mention

__all__ = ["TimexTagger", "infer_document_date", "tag_document", "tag_timexes"]

# Segments that carry their own date: relative expressions inside them count from it.
SELF_DATED = {"caption", "embedded_post"}
# Segments whose paragraphs pass their dates on to the next few: "Tuesday ... A day earlier".
STORY_THREADS = {"body"}


class TimexTagger(Stage):
    """Temporal expressions (DATE, TIME, DURATION, SET) with TIMEX3 values, rule-based, no spaCy.

    When `doc.published` is None and the text gives a date (a dateline, else the latest
    full date in the body), that date is set as `doc.published`, with
    `doc.published_source = "inferred:<how>"`, BEFORE the expressions are normalised.
    Deictic expressions count from `doc.published` ("dct"), or from the segment's own date
    inside a dated caption or embedded post ("segment"); story-relative ones ("a day
    earlier") from the last date named in the same paragraph ("timex:<start>"), else in one of
    the few body paragraphs before it (never a caption's, post's or title's date).
    """

    name: ClassVar[str] = "timex"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "segments"})
    provides: ClassVar[frozenset[str]] = frozenset({"timexes", "published"})

    def __call__(self, doc: Document) -> Document:
        mentions = find_mentions(doc.text)
        if doc.published is None and (inferred := infer_document_date(doc, mentions)) is not None:
            doc.published, how = inferred
            doc.published_source = f"inferred:{how}"
        doc.timexes = tag_document(doc, mentions)
        return doc


def tag_document(doc: Document, mentions: list[Mention] | None = None) -> list[Timex]:
    """The timexes of `doc`, each against its segment's reference date and its paragraph's story."""
    dct = Reference(parse_reference(doc.published), "dct")
    paragraph, number = paragraph_scope(doc.text), paragraph_number(doc.text)

    def reference_for(mention: Mention) -> Reference:
        segment = doc.segment_at(mention.start)
        if segment is not None and segment.kind in SELF_DATED and segment.published:
            own = parse_reference(segment.published)
            if own is not None:
                return Reference(own, "segment")
        return dct

    def paragraph_for(mention: Mention) -> Paragraph:
        segment = doc.segment_at(mention.start)
        scope = (segment.start if segment else -1, paragraph(mention))
        thread = "body" if segment is not None and segment.kind in STORY_THREADS else None
        return Paragraph(scope, thread, number(mention))

    found = find_mentions(doc.text) if mentions is None else mentions
    return resolve_mentions(doc.text, found, reference_for, paragraph_for)
