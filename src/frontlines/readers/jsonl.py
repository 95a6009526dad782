"""JSONL corpora: one object per line with `text` or `html` and optional metadata and places."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, TypeGuard

from frontlines.model import Document, Span
from frontlines.readers.common import InputError, UnreadableInput, make_document
from frontlines.readers.dates import normalise_date
from frontlines.readers.html import PageMetadata, document_from_html

_STRING_FIELDS = ("url", "title", "outlet", "published")


def read_jsonl(data: bytes, source: str, keep_raw: bool = False) -> Iterator[Document | InputError]:
    """One Document per good line; an `InputError` naming the line for each bad one."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip():
        yield InputError(source, "no JSON lines (the file holds only whitespace)")
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            yield document_from_line(line, f"{source}:{number}", keep_raw)
        except UnreadableInput as exc:
            yield InputError(source, f"line {number}: {exc}")


def document_from_line(line: bytes, source_path: str, keep_raw: bool = False) -> Document:
    """A Document from one JSONL line; raises `UnreadableInput` saying what is wrong."""
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at offset {exc.start})"
        ) from exc
    except json.JSONDecodeError as exc:
        raise UnreadableInput(f"invalid JSON: {exc}") from exc
    except RecursionError as exc:  # json.loads recurses once per nesting level
        raise UnreadableInput("invalid JSON: nested too deeply") from exc
    if not isinstance(obj, dict):
        raise UnreadableInput(f"expected a JSON object, got {type(obj).__name__}")
    known = _metadata(obj)
    raw = line if keep_raw else None
    text, markup = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        places = _places(obj.get("places"), len(text))
        return make_document(
            text,
            source_path,
            id=known.id,
            url=known.url,
            title=known.title,
            outlet=known.outlet,
            published=known.published,
            published_source=known.published_source,
            raw=raw,
            marked_places=places,
        )
    if text is not None and not isinstance(text, str):
        raise UnreadableInput(f"'text' must be a string, got {type(text).__name__}")
    if isinstance(markup, str) and markup.strip():
        if obj.get("places"):
            raise UnreadableInput("'places' need 'text': offsets into extracted HTML are not stable")
        return document_from_html(markup, source_path, known, raw)
    raise UnreadableInput("no text: the object needs a non-empty 'text' or 'html' string")


def _metadata(obj: dict[str, Any]) -> PageMetadata:
    for name in _STRING_FIELDS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise UnreadableInput(f"'{name}' must be a string, got {type(obj[name]).__name__}")
    doc_id = obj.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, str | int)):
        raise UnreadableInput(f"'id' must be a string or an integer, got {type(doc_id).__name__}")
    # An unreadable date is dropped rather than the document: the --published default can fill it.
    published = normalise_date(obj["published"]) if obj.get("published") else None
    return PageMetadata(
        id=str(doc_id) if doc_id is not None and str(doc_id) else None,
        url=obj.get("url"),
        title=obj.get("title"),
        outlet=obj.get("outlet"),
        published=published,
        published_source="input" if published else None,
    )


def _places(value: object, length: int) -> list[Span]:
    """Pre-marked place spans, each checked to lie inside the text."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise UnreadableInput("'places' must be a list of {start, end} objects")
    spans = []
    for index, item in enumerate(value, start=1):
        start = item.get("start") if isinstance(item, dict) else None
        end = item.get("end") if isinstance(item, dict) else None
        if not (_is_int(start) and _is_int(end)):
            raise UnreadableInput(f"place {index}: needs integer 'start' and 'end'")
        if not 0 <= start < end <= length:
            raise UnreadableInput(
                f"place {index}: span {start}-{end} is outside the text ({length} characters)"
            )
        spans.append(Span(start, end))
    return spans


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
