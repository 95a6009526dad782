"""Plain-text files: the decoded text exactly as given, so offsets match the file."""

from __future__ import annotations

from frontlines.model import Document
from frontlines.readers.common import UnreadableInput, decode, make_document


def document_from_text(data: bytes, source_path: str, keep_raw: bool = False) -> Document:
    """A Document whose `text` is the whole decoded file, with no stripping."""
    text = decode(data)
    if not text.strip():
        raise UnreadableInput("no text (the file holds only whitespace)")
    return make_document(text, source_path, raw=data if keep_raw else None)
