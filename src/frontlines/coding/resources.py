"""Read the TSV resources shipped under `frontlines/resources` (comments start with '#')."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path


def resource_text(*parts: str) -> str:
    """The text of a packaged resource file, e.g. resource_text("actors", "catalogue.tsv")."""
    node = files("frontlines").joinpath("resources", *parts)
    return node.read_text(encoding="utf-8")


def tsv_rows(text: str) -> Iterator[list[str]]:
    """Split TSV text into rows of stripped cells, skipping blank and comment lines."""
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a user-supplied TSV file in the same format as the packaged ones (a byte order
    mark, as Windows editors and spreadsheets write, is dropped)."""
    return list(tsv_rows(path.read_text(encoding="utf-8-sig")))
