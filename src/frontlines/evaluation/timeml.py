"""Read TimeML (and WikiWars TIMEX2) gold files and score timexes the TempEval-3 way, per corpus.

Run `python -m frontlines.evaluation.timeml PATH... [--json]` to print the figures for the gold
files under each PATH: TimeML `.tml` files, or WikiWars' inline TIMEX2 `.key.xml` files.

What is computed (TempEval-3, UzZaman et al. 2013, section 4.1):
- strict P/R/F1: predicted and gold extents identical;
- relaxed P/R/F1: extents overlap (each gold and predicted timex matched at most once);
- value F1 and type F1: P = relaxed matches whose attribute is also equal / predicted,
  R = the same count / gold, F1 their harmonic mean, which equals relaxed F1 times the
  attribute's accuracy over relaxed matches (TempEval-3's "attribute F1").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from frontlines.evaluation.gold_files import GoldFileError, parse_xml, read_text
from frontlines.model import Document, Timex, TimexType

TIMEX_TYPES: set[str] = {"DATE", "TIME", "DURATION", "SET"}
GOLD_SUFFIXES = (".tml", ".key.xml")
METRICS = ("strict", "relaxed", "value", "type")
Tagger = Callable[[str, str | None], list[Timex]]


def read_timeml(path: str | Path) -> tuple[str, str | None, list[Timex]]:
    """(text of <TEXT>, DCT value, gold timexes with offsets into that text) from a TimeML file."""
    root = parse_xml(path)
    dct_node = root.find("DCT/TIMEX3")
    dct = dct_node.get("value") if dct_node is not None else None
    body = root.find("TEXT")
    if body is None:
        raise GoldFileError(f"{path}: no <TEXT> element (not TimeML)")
    parts: list[str] = []
    gold: list[Timex] = []
    walk(body, parts, gold)
    return "".join(parts), dct, gold


def walk(node: ET.Element, parts: list[str], gold: list[Timex]) -> None:
    """Append `node`'s text to `parts`, recording each TIMEX3 (or TIMEX2) with its offsets."""
    parts.append(node.text or "")
    for child in node:
        start = sum(map(len, parts))
        walk(child, parts, gold)
        if child.tag in {"TIMEX3", "TIMEX2"}:
            text = "".join(child.itertext())
            gold.append(Timex(start, start + len(text), text, gold_type(child), gold_value(child)))
        parts.append(child.tail or "")


def gold_type(node: ET.Element) -> TimexType:
    """A TIMEX3's type; for a TIMEX2 (no type) the one its value implies (P3D: DURATION, T: TIME)."""
    kind = node.get("type")
    if kind is None:
        value = node.get("val", "")
        kind = "SET" if node.get("set") else "DURATION" if value.startswith("P") else "DATE"
        kind = "TIME" if re.search(r"T\d|T[A-Z]{2}$", value) and kind == "DATE" else kind
    return kind if kind in TIMEX_TYPES else "DATE"  # type: ignore[return-value]


def gold_value(node: ET.Element) -> str:
    """The TIMEX3 `value` or the TIMEX2 `val` (a TIMEX2 DCT may carry a time: the date is kept)."""
    return node.get("value", node.get("val", ""))


def read_timex2(path: str | Path) -> tuple[str, str | None, list[Timex]]:
    """(text of <TEXT>, DCT, gold timexes) from a WikiWars-style inline TIMEX2 file (.key.xml)."""
    raw = read_text(path)
    # The files are SGML-ish: a bare "&" would stop an XML parser, so it is escaped first.
    root = parse_xml(path, re.sub(r"&(?!\w+;|#\d+;)", "&amp;", raw))
    dct_node = root.find("DATETIME/TIMEX2")
    # An empty DCT is no date: the document's date is then inferred, as for any undated file.
    dct = (dct_node.get("val", "")[:10] or None) if dct_node is not None else None
    body = root.find("TEXT")
    if body is None:
        raise GoldFileError(f"{path}: no <TEXT> element (not a TIMEX2 file)")
    parts: list[str] = []
    gold: list[Timex] = []
    walk(body, parts, gold)
    return "".join(parts), dct, gold


def read_gold(path: str | Path) -> tuple[str, str | None, list[Timex]]:
    """Read a gold file in whichever format its name says (TimeML, else inline TIMEX2)."""
    return read_timex2(path) if str(path).endswith(".key.xml") else read_timeml(path)


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


class StageTagger:
    """The project's tagger as the pipeline runs it: the segment stage, then the timex stage.

    The stages are built (and their modules imported) once, before any document is timed.
    """

    def __init__(self) -> None:
        from frontlines.stages.segment import Segmenter
        from frontlines.stages.timex import TimexTagger

        self.segmenter, self.timex = Segmenter(), TimexTagger()

    def document(self, text: str, dct: str | None) -> Document:
        """`text` through both stages, published on `dct` (None: the timex stage infers a date)."""
        doc = Document(id="timeml", text=text, published=dct, published_source="dct" if dct else None)
        return self.timex(self.segmenter(doc))

    def __call__(self, text: str, dct: str | None) -> list[Timex]:
        return self.document(text, dct).timexes


@cache
def default_tagger() -> StageTagger:
    """The project's tagger as `frontlines eval timeml` runs it (imported late: scoring needs none)."""
    return StageTagger()


def run_timex_stage(text: str, dct: str | None) -> Document:
    """`text` through the segment and timex stages as the pipeline runs them, published on `dct`.

    With no `dct` the timex stage infers the document's date from its words and says so in
    `published_source` ("inferred:dateline", "inferred:body").
    """
    return default_tagger().document(text, dct)


def evaluate_files(paths: Sequence[Path], tagger: Tagger | None = None) -> dict[str, object]:
    """Score `tagger` (by default the pipeline's segment and timex stages) on gold files, pooled."""
    tag = tagger or default_tagger()
    gold_docs, predicted_docs = [], []
    started = time.perf_counter()
    seconds = 0.0
    for path in paths:
        text, dct, gold = read_gold(path)
        gold_docs.append(gold)
        began = time.perf_counter()
        predicted_docs.append(tag(text, dct))
        seconds += time.perf_counter() - began
    scores = score_timexes(gold_docs, predicted_docs)
    scores["tagging_seconds"] = round(seconds, 4)
    scores["docs_per_second"] = round(len(paths) / seconds, 1) if seconds else None
    scores["wall_seconds"] = round(time.perf_counter() - started, 4)
    return scores


def gold_files(directory: Path) -> list[Path]:
    """The gold files under `directory`, in name order."""
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.name.endswith(GOLD_SUFFIXES))


def corpus_groups(paths: Sequence[Path]) -> dict[str, list[Path]]:
    """Gold files by corpus: a directory's sub-folders are its corpora (TBAQ: AQUAINT, TimeBank),
    followed by the directory as a whole; files given alone are grouped by their folder."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        if path.is_file():
            groups.setdefault(path.parent.name, []).append(path)
            continue
        files = gold_files(path)
        if not files:
            raise GoldFileError(f"{path}: no TimeML (.tml) or TIMEX2 (.key.xml) files in it")
        parts = {f.relative_to(path).parts[0] for f in files if len(f.relative_to(path).parts) > 1}
        for part in sorted(parts):
            groups[f"{path.name}/{part}"] = [f for f in files if f.relative_to(path).parts[0] == part]
        groups[path.name] = files
    return groups


def evaluate_paths(paths: list[Path], tagger: Tagger | None = None) -> dict[str, object]:
    """Per-corpus TempEval-3 scores of `tagger` on the gold files under `paths`.

    Returns {"corpora": {name: scores}, "metrics": how each figure is computed}; each scores
    dict has strict/relaxed/value/type P/R/F1, counts, tagging seconds and documents/second.
    """
    tag = tagger or default_tagger()
    corpora = {name: evaluate_files(files, tag) for name, files in corpus_groups(paths).items() if files}
    return {"corpora": corpora, "metrics": METRIC_DEFINITIONS}


METRIC_DEFINITIONS = {
    "strict": "extent identical",
    "relaxed": "extents overlap, one-to-one",
    "value": "relaxed match with equal value; F1 = relaxed F1 x value accuracy (TempEval-3)",
    "type": "relaxed match with equal type; F1 = relaxed F1 x type accuracy (TempEval-3)",
}


def format_table(corpora: dict[str, dict[str, object]]) -> str:
    """A plain-text table: one row per corpus, the F1 of each metric, counts and speed."""
    header = f"{'corpus':<28}{'docs':>6}{'gold':>6}{'pred':>6}" + "".join(f"{m:>9}" for m in METRICS)
    lines = [header + f"{'docs/s':>10}"]
    for name, scores in corpora.items():
        f1s = "".join(f"{scores[m]['f1']:>9.3f}" for m in METRICS)  # type: ignore[index]
        counts = f"{scores['documents']:>6}{scores['gold']:>6}{scores['predicted']:>6}"
        lines.append(f"{name:<28}{counts}{f1s}{scores.get('docs_per_second') or 0:>10}")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> None:
    """Print the scores for the gold files under the given paths, as a table or as JSON."""
    parser = argparse.ArgumentParser(description="Score the timex tagger on TimeML/TIMEX2 gold files.")
    parser.add_argument("paths", nargs="+", type=Path, help="directories (or files) of gold documents")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args(argv)
    result = evaluate_paths(args.paths)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(format_table(result["corpora"]))  # type: ignore[arg-type]


if __name__ == "__main__":
    main(sys.argv[1:])
