"""Opening gold files: every problem with a file's content is a `GoldFileError` that names the file.

The `frontlines eval` commands turn a `GoldFileError` (or an `OSError`) into one line and exit
status 1; any other exception is a bug in frontlines and keeps its traceback.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path


class GoldFileError(ValueError):
    """A gold file frontlines cannot read: the message starts with the file's path."""


def read_text(path: str | Path, encoding: str = "utf-8") -> str:
    """The text of `path`; bytes that are not `encoding` are a `GoldFileError`."""
    try:
        return Path(path).read_text(encoding=encoding)
    except UnicodeDecodeError as exc:
        raise GoldFileError(f"{path}: not {encoding} text ({exc.reason} at byte {exc.start})") from None


def parse_xml(path: str | Path, text: str | None = None) -> ET.Element:
    """The root element of the XML file `path` (or of `text`, read from it and repaired by the caller)."""
    try:
        if text is None:
            return ET.parse(path).getroot()
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise GoldFileError(f"{path}: not well-formed XML ({exc})") from None
