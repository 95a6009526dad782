"""Read TimeML gold files and score timexes the TempEval-3 way (extent strict/relaxed, value, type).

Run `python -m frontlines.evaluation.timeml DIR...` to print the figures for the .tml files under DIR.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

from frontlines.model import Timex, TimexType

TIMEX_TYPES: set[str] = {"DATE", "TIME", "DURATION", "SET"}


def read_timeml(path: str | Path) -> tuple[str, str | None, list[Timex]]:
    """(text of <TEXT>, DCT value, gold timexes with offsets into that text) from a TimeML file."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    dct = dct_node.get("value") if dct_node is not None else None
    body = root.find("TEXT")
    if body is None:
        return "", dct, []
    parts: list[str] = []
    gold: list[Timex] = []
    walk(body, parts, gold)
    return "".join(parts), dct, gold


def walk(node: ET.Element, parts: list[str], gold: list[Timex]) -> None:
    """Append `node`'s text to `parts`, recording each TIMEX3 with its offsets."""
    parts.append(node.text or "")
    for child in node:
        start = sum(map(len, parts))
        walk(child, parts, gold)
        if child.tag == "TIMEX3":
            text = "".join(child.itertext())
            kind = child.get("type", "DATE")
            timex_type: TimexType = kind if kind in TIMEX_TYPES else "DATE"  # type: ignore[assignment]
            gold.append(Timex(start, start + len(text), text, timex_type, child.get("value", "")))
        parts.append(child.tail or "")


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score_timexes(
    gold_docs: Sequence[Sequence[Timex]], predicted_docs: Sequence[Sequence[Timex]]
) -> dict[str, object]:
    """TempEval-3 figures: strict and relaxed extent P/R/F1; value and type F1 over relaxed matches.

    A relaxed match is an overlap (each gold and predicted timex used once); value and type
    count a relaxed match as correct when that attribute is equal too.
    """
    counts = {"strict": 0, "relaxed": 0, "value": 0, "type": 0}
    n_gold = sum(len(g) for g in gold_docs)
    n_pred = sum(len(p) for p in predicted_docs)
    for gold, predicted in zip(gold_docs, predicted_docs, strict=True):
        for g, p in match_overlaps(gold, predicted):
            counts["relaxed"] += 1
            counts["strict"] += (g.start, g.end) == (p.start, p.end)
            counts["value"] += g.value == p.value
            counts["type"] += g.type == p.type
    scores: dict[str, object] = {name: prf(n, n_pred, n_gold) for name, n in counts.items()}
    scores.update(gold=n_gold, predicted=n_pred, documents=len(gold_docs))
    return scores


def match_overlaps(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Pairs of overlapping gold and predicted timexes, each used at most once, in text order."""
    pairs: list[tuple[Timex, Timex]] = []
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and p.start < g.end and g.start < p.end:
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def evaluate_files(
    paths: Sequence[Path], tagger: Callable[[str, str | None], list[Timex]] | None = None
) -> dict[str, object]:
    """Score `tagger` (by default the project's `tag_timexes`) on TimeML files."""
    if tagger is None:
        from frontlines.timex import tag_timexes

        tagger = tag_timexes
    gold_docs, predicted_docs = [], []
    for path in paths:
        text, dct, gold = read_timeml(path)
        gold_docs.append(gold)
        predicted_docs.append(tagger(text, dct))
    return score_timexes(gold_docs, predicted_docs)


def main(argv: Sequence[str]) -> None:
    """Print the scores for every .tml file under the given directories."""
    paths = sorted(p for arg in argv for p in Path(arg).rglob("*.tml"))
    print(json.dumps(evaluate_files(paths), indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
