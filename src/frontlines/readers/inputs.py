"""Turn command-line inputs (files, directories, "-") into Documents or InputErrors."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from frontlines.model import Document
from frontlines.readers.common import (
    MAX_INPUT_BYTES,
    InputError,
    UnreadableInput,
    decode,
    describe_limit,
    looks_binary,
    too_large,
)
from frontlines.readers.dates import normalise_date
from frontlines.readers.feeds import read_feed
from frontlines.readers.html import document_from_html
from frontlines.readers.jsonl import read_jsonl
from frontlines.readers.text import document_from_text

Reader = Callable[[bytes, str, bool], Iterator[Document | InputError]]
STDIN = "-"


def _read_html(data: bytes, source: str, keep_raw: bool) -> Iterator[Document | InputError]:
    yield document_from_html(decode(data, html=True), source, raw=data if keep_raw else None)


def _read_text(data: bytes, source: str, keep_raw: bool) -> Iterator[Document | InputError]:
    yield document_from_text(data, source, keep_raw)


READERS: dict[str, Reader] = {
    ".txt": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": read_jsonl,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
_EXPECTED = ", ".join(READERS)


def read_inputs(
    inputs: Sequence[str],
    published: str | None = None,
    keep_raw: bool = False,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Document | InputError]:
    """Read every input in order; a bad one yields an `InputError` and reading goes on.

    `published` (any ISO or written date) fills in the date of documents that have none;
    one that is not a date raises ValueError at once, before anything is read.
    """
    fallback = normalise_date(published) if published else None
    if published and not fallback:
        raise ValueError(f"published date {published!r} is not a date (expected yyyy-mm-dd)")
    return _read_all(inputs, fallback, keep_raw, max_bytes)


def _read_all(
    inputs: Sequence[str], fallback: str | None, keep_raw: bool, max_bytes: int
) -> Iterator[Document | InputError]:
    for item in inputs:
        for result in _read_one(item, keep_raw, max_bytes):
            if isinstance(result, Document) and not result.published and fallback:
                result.published, result.published_source = fallback, "cli"
            yield result


def _read_one(item: str, keep_raw: bool, max_bytes: int) -> Iterator[Document | InputError]:
    if item == STDIN:
        yield from read_stdin(keep_raw, max_bytes)
        return
    path = Path(item)
    if not path.is_dir():
        yield from read_file(path, keep_raw, max_bytes)
        return
    files = walk(path)
    if not files:
        yield InputError(item, f"no {_EXPECTED} files in this directory")
    for file in files:
        yield from read_file(file, keep_raw, max_bytes)


def walk(root: Path) -> list[Path]:
    """Files under `root` with a known extension, sorted, hidden files and folders skipped."""
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(
            Path(folder, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in READERS
        )
    return sorted(found)


def read_file(
    path: Path, keep_raw: bool = False, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Document | InputError]:
    """Documents from one file, its format chosen by extension; never raises for a bad file."""
    source = str(path)
    reader = READERS.get(path.suffix.lower())
    try:
        size = path.stat().st_size  # before reading: an oversized file is refused unread
    except OSError as exc:
        missing = not path.exists()
        yield InputError(source, "no such file or directory" if missing else exc.strerror or str(exc))
        return
    if reader is None:
        suffix = path.suffix or "(no extension)"
        yield InputError(source, f"unsupported format '{suffix}' (expected {_EXPECTED})")
    elif size > max_bytes:
        yield InputError(source, too_large(size, max_bytes))
    elif size == 0:
        yield InputError(source, "empty file")
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield InputError(source, f"cannot read: {exc.strerror or exc}")
            return
        yield from _guarded(reader, data, source, keep_raw)


def read_stdin(keep_raw: bool = False, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Document | InputError]:
    """Documents from standard input, its format sniffed from the content."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else stream.read(max_bytes + 1).encode("utf-8")
    if len(data) > max_bytes:
        yield InputError(STDIN, f"input is over the {describe_limit(max_bytes)} limit")
    elif not data.strip():
        yield InputError(STDIN, "empty input")
    else:
        yield from _guarded(READERS[sniff_format(data)], data, STDIN, keep_raw)


def sniff_format(data: bytes) -> str:
    """The extension whose reader fits `data`: JSONL, a feed, HTML, else plain text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    lines = [line.strip() for line in data.split(b"\n") if line.strip()]
    if lines and all(line.startswith(b"{") and line.endswith(b"}") for line in lines):
        return ".jsonl"
    if head.startswith(b"<") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
        return ".xml"
    if head.startswith(b"<") or b"<html" in head or b"<body" in head:
        return ".html"
    return ".txt"


def _guarded(reader: Reader, data: bytes, source: str, keep_raw: bool) -> Iterator[Document | InputError]:
    """Run a reader, turning its `UnreadableInput` into an `InputError` for `source`."""
    if looks_binary(data):  # before any reader, so a binary JSONL file is one error, not one per line
        yield InputError(source, "binary data, not text")
        return
    try:
        yield from reader(data, source, keep_raw)
    except UnreadableInput as exc:
        yield InputError(source, str(exc))
