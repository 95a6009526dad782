"""HTML pages: the main text via trafilatura, the publication date via htmldate."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import htmldate
import trafilatura

from frontlines.model import Document
from frontlines.readers.common import UnreadableInput, join_title, make_document

# Only dates the page states in its markup: the "extensive" search would turn a footer's
# "Copyright 2020" into 2020-01-01, a wrong day that looks exact.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}

# trafilatura and htmldate log every page they find hard; a batch run must stay readable.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass
class PageMetadata:
    """What the caller already knows about a page; it wins over what the page says."""

    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None


def document_from_html(
    markup: str, source_path: str, known: PageMetadata | None = None, raw: bytes | None = None
) -> Document:
    """A Document from one HTML page; raises `UnreadableInput` when it has no main text."""
    known = known or PageMetadata()
    try:
        extracted = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as exc:  # a third-party parser on hostile input: report it, keep reading
        raise UnreadableInput(f"cannot parse HTML: {type(exc).__name__}: {exc}") from exc
    body = getattr(extracted, "text", None) or ""
    if not body.strip():
        raise UnreadableInput("no main text found in the HTML")
    title = known.title or getattr(extracted, "title", None)
    published, source = known.published, known.published_source
    if not published:
        published, source = page_date(markup, getattr(extracted, "date", None))
    return make_document(
        join_title(title, body),
        source_path,
        id=known.id,
        url=known.url or getattr(extracted, "url", None),
        title=title,
        outlet=known.outlet or getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None),
        published=published,
        published_source=source,
        raw=raw,
    )


def page_date(markup: str, metadata_date: str | None) -> tuple[str | None, str | None]:
    """The publication date: htmldate first, then the date trafilatura found in the metadata."""
    try:
        found = htmldate.find_date(markup, original_date=True, extensive_search=False)
    except Exception:  # htmldate fails on odd markup; the metadata date is the fallback
        found = None
    if found:
        return found, "htmldate"
    if metadata_date:
        return metadata_date[:10], "trafilatura"
    return None, None
