"""The stage contract: what every pipeline step declares and how it is called."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from frontlines.model import Document

# What a document carries once a reader has made it; every pipeline starts from these.
INPUT_ATTRIBUTES: frozenset[str] = frozenset({"text", "published", "marked_places"})


class Stage:
    """A pipeline step: reads the attributes in `requires`, fills those in `provides`.

    Subclasses set the three class attributes and implement `__call__`; `pipe` may be
    overridden where batching pays (the analyzer does).
    """

    name: ClassVar[str] = ""
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run over many documents; the default calls the stage on each in turn."""
        for doc in docs:
            yield self(doc)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"
