"""What every reader shares: the error record, decoding, size and binary checks, Document making."""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from frontlines.model import Document, Span

MAX_INPUT_BYTES = 20 * 1024 * 1024
_MEBIBYTE = 1024 * 1024
# A UTF-16 file is full of NUL bytes, so its byte-order mark must be seen before the binary test.
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")


@dataclass
class InputError:
    """An input that could not be read, and why; reading goes on with the next one."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class UnreadableInput(Exception):
    """Raised inside a reader for a bad input; turned into an `InputError` at its boundary."""


def describe_size(size: int) -> str:
    """A size for a message: bytes when small, decimal megabytes otherwise."""
    return f"{size} bytes" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


def describe_limit(limit: int) -> str:
    """A limit for a message, in the unit it was set in (20 * 1024 * 1024 reads "20 MB")."""
    return f"{limit // _MEBIBYTE} MB" if limit % _MEBIBYTE == 0 else describe_size(limit)


def too_large(size: int, limit: int) -> str:
    """The reason given for an input over the size limit."""
    return f"file is {describe_size(size)}, over the {describe_limit(limit)} limit"


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NULs, or many control characters in the first 8 KB."""
    head = data[:8192]
    if head.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 20)


def decode(data: bytes, html: bool = False) -> str:
    """Decode text bytes: BOM, then UTF-8, then the HTML meta charset, then cp1252."""
    if looks_binary(data):
        raise UnreadableInput("binary data, not text")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    for encoding in ([_meta_charset(data)] if html else []) + ["cp1252"]:
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    raise UnreadableInput(
        f"cannot decode: not UTF-8 (byte 0x{data[first_error.start]:02x} at offset {first_error.start}) "
        "nor any fallback encoding"
    )


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"cannot decode as {encoding}: {exc.reason} at offset {exc.start}") from exc


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def content_hash(text: str) -> str:
    """The sha256 hex digest of the text as UTF-8: the document's identity for dedup."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_document(
    text: str,
    source_path: str,
    *,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    published_source: str | None = None,
    raw: bytes | None = None,
    marked_places: Sequence[Span] = (),
) -> Document:
    """A Document with its hash and id filled in (the id defaults to the hash's first 16 hex)."""
    try:
        digest = content_hash(text)
    except UnicodeEncodeError as exc:  # JSON "\ud800" escapes decode to unpaired surrogates
        raise UnreadableInput(f"text is not valid Unicode ({exc.reason} at character {exc.start})") from exc
    return Document(
        id=id or digest[:16],
        text=text,
        url=url or None,
        title=title or None,
        outlet=outlet or None,
        published=published,
        published_source=published_source if published else None,
        source_path=source_path,
        content_hash=digest,
        raw=raw,
        marked_places=list(marked_places),
    )


def join_title(title: str | None, body: str) -> str:
    """Title, a blank line, then the body, so the title's words are part of the text.

    Extractors often repeat the headline as the body's first line; that copy is dropped.
    """
    if not title:
        return body
    first, _, rest = body.partition("\n")
    if first.strip() == title.strip():
        body = rest.lstrip("\n")
    return f"{title}\n\n{body}" if body.strip() else title
