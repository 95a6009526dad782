"""Running a coder over gold documents batch by batch, as the evaluation commands do."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from tqdm import tqdm

from frontlines.model import Document

__all__ = ["BATCH_SIZE", "Coder", "code_in_batches"]

Coder = Callable[[list[Document]], list[Document]]
BATCH_SIZE = 64


def code_in_batches(coder: Coder, docs: Sequence[Document], progress: bool = False,
                    batch_size: int = BATCH_SIZE, unit: str = "doc") -> list[Document]:
    """Run `coder` on `docs` `batch_size` at a time (a progress bar on stderr if `progress`),
    checking that each batch comes back as the same documents in the same order."""
    coded: list[Document] = []
    with tqdm(total=len(docs), unit=unit, disable=not progress, file=sys.stderr) as bar:
        for start in range(0, len(docs), batch_size):
            batch = list(docs[start : start + batch_size])
            out = coder(batch)
            if [d.id for d in out] != [d.id for d in batch]:
                raise ValueError("the coder must return one document per input, in input order")
            coded.extend(out)
            bar.update(len(batch))
    return coded
