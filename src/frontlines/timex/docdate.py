"""Infer a document's date from its own words when no metadata gave one."""

from __future__ import annotations

import re

from frontlines.model import Document
from frontlines.timex.anchor import looks_ahead
from frontlines.timex.normalize import parse_reference, resolve
from frontlines.timex.recognise import find_mentions
from frontlines.timex.spec import Mention

# Before the date: nothing, or a place line "KABUL," / "GAZA CITY, Palestinian Territories,".
DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][\w.'’ -]{0,40}(?:,\s*[A-Z][\w.'’ -]{0,40}){0,2},\s*)?")
# After it: an optional agency "(Reuters)" then the dash or colon that closes a dateline.
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-—–:|]|\bat\b)")
UNDATED_KINDS = {"caption", "embedded_post"}
FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
# A dateline opens the body's first paragraph, or its second when a headline line comes first.
DATELINE_PARAGRAPHS = 2


def explicit_date(mention: Mention) -> str | None:
    """The ISO date a mention names outright (day, month and year all written), else None."""
    spec = mention.spec
    value = None
    if spec.kind == "calendar" and spec.year is not None and spec.day is not None:
        value = resolve(spec, None)[:10]
    elif spec.kind == "fixed" and FULL_DATE.match(spec.value):
        value = spec.value[:10]
    return value if value and parse_reference(value) else None  # "February 30, 2020" is no date


def opening_paragraphs(doc: Document) -> list[int]:
    """Where the first body paragraphs begin (a headline line may stand before the dateline's),
    else the start of the text."""
    starts = sorted(seg.start for seg in doc.segments if seg.kind == "body")[:DATELINE_PARAGRAPHS]
    return starts or [0]


def in_body(doc: Document, offset: int) -> bool:
    """True unless `offset` lies in a caption or an embedded post (they carry other dates)."""
    segment = doc.segment_at(offset)
    return segment is None or segment.kind not in UNDATED_KINDS


def dateline_date(doc: Document, mentions: list[Mention]) -> str | None:
    """The date of a dateline ("KABUL, Aug 25 (Reuters) -", "March 3, 2020 —") opening the body."""
    for start in opening_paragraphs(doc):
        first = next((m for m in mentions if m.start >= start), None)
        if first is not None and opens_with_dateline(doc.text, start, first):
            return dateline_value(doc, mentions, first)
    return None


def opens_with_dateline(text: str, start: int, first: Mention) -> bool:
    """True when the paragraph at `start` opens with `first` as a dateline's day."""
    if first.spec.kind != "calendar" or first.spec.day is None:
        return False
    return bool(DATELINE_BEFORE.fullmatch(text, start, first.start) and DATELINE_AFTER.match(text, first.end))


def dateline_value(doc: Document, mentions: list[Mention], first: Mention) -> str | None:
    """The ISO date of a dateline's day, its year taken from the body's latest year when left out."""
    if first.spec.year is not None:
        return explicit_date(first)
    years = [int(v[:4]) for m in mentions if in_body(doc, m.start) and (v := year_named(m))]
    if not years:
        return None
    value = f"{max(years):04d}-{first.spec.month:02d}-{first.spec.day:02d}"
    return value if parse_reference(value) else None


def year_named(mention: Mention) -> str | None:
    """The year a mention writes out ("2021", "March 2021", "2021-03-03"), else None."""
    spec = mention.spec
    if spec.kind in {"calendar", "period"} and spec.year is not None:
        return f"{spec.year:04d}"
    if spec.kind == "fixed" and spec.type == "DATE" and re.fullmatch(r"\d{4}(?:-.*)?", spec.value):
        return spec.value[:4]
    return None


def infer_document_date(doc: Document, mentions: list[Mention] | None = None) -> tuple[str, str] | None:
    """(ISO date, how) from a dateline ("dateline"), else the latest full date in the body ("body").

    Dates in captions and embedded posts are not the document's; dates in sentences that
    look ahead ("elections will be held on May 5, 2025") are not when it was written.
    `mentions` saves a second recognition pass when the caller already has them.
    """
    mentions = find_mentions(doc.text) if mentions is None else mentions
    from_dateline = dateline_date(doc, mentions)
    if from_dateline:
        return from_dateline, "dateline"
    body_dates = [
        iso
        for m in mentions
        if (iso := explicit_date(m)) and in_body(doc, m.start) and not looks_ahead(doc.text, m.start, m.end)
    ]
    return (max(body_dates), "body") if body_dates else None
