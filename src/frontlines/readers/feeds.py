"""RSS and Atom feeds: one Document per entry, its HTML content reduced to plain text."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import feedparser

from frontlines.model import Document
from frontlines.readers.common import InputError, join_title, make_document
from frontlines.readers.dates import normalise_date

# Tags after which the text breaks a line: paragraphs stay paragraphs in the plain text.
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure"}
    | {"figcaption", "table", "tr", "pre", "section", "article"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript"})


class _TextCollector(HTMLParser):
    """Collect the text of an HTML fragment, with a paragraph break after each block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skipping:
            self.skipping -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: spaces collapsed, paragraphs separated by one blank line."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = "".join(collector.parts)
    paragraphs = (re.sub(r"\s+", " ", block).strip() for block in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def read_feed(data: bytes, source: str, keep_raw: bool = False) -> Iterator[Document | InputError]:
    """One Document per feed entry, the outlet being the feed's own title."""
    # A stream, never a string: feedparser would treat a string that looks like a URL as one to fetch.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.version:  # feedparser collects <item>s from any XML; only a feed has a version
        problem = parsed.get("bozo_exception")
        yield InputError(source, f"not an RSS/Atom feed: {problem}" if problem else "not an RSS/Atom feed")
        return
    if not parsed.entries:
        yield InputError(source, "the feed has no entries")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        document = document_from_entry(entry, f"{source}#{number}", outlet, keep_raw)
        yield document if document else InputError(source, f"entry {number}: no title or text")


def document_from_entry(entry: Any, source_path: str, outlet: str | None, keep_raw: bool) -> Document | None:
    """A Document from one feed entry, or None when the entry has no words at all."""
    markup = _entry_markup(entry)
    title = html_to_text(entry.get("title") or "") or None
    text = join_title(title, html_to_text(markup))
    if not text.strip():
        return None
    raw_date = entry.get("published") or entry.get("updated") or ""
    published = normalise_date(raw_date) if raw_date else None
    return make_document(
        text,
        source_path,
        url=entry.get("link") or None,
        title=title,
        outlet=outlet,
        published=published,
        published_source="feed",
        raw=markup.encode("utf-8") if keep_raw else None,
    )


def _entry_markup(entry: Any) -> str:
    """The fullest body an entry has: its content, else its summary."""
    contents = entry.get("content") or []
    bodies = [str(part.get("value") or "") for part in contents]
    return max(bodies, key=len) if any(bodies) else str(entry.get("summary") or "")
