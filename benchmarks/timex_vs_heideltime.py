"""frontlines' timex tagger against HeidelTime, side by side, scored by the same code in one run.

Run in the project venv:

    PYTHONPATH=src .venv/bin/python benchmarks/timex_vs_heideltime.py [--json]

HeidelTime runs through benchmarks/peers/heideltime_peer.py in its own venv (default
/work/peers-venv) as a subprocess, writing JSONL predictions; with `--heideltime-jsonl NAME=PATH`
(or when the peers venv is missing) an existing predictions file is read instead. frontlines
tags the same documents in this process, through its segment and timex stages as
`frontlines eval timeml` does. Both are scored with frontlines.evaluation.timeml
(TempEval-3 strict/relaxed extent F1, value F1, type F1), per corpus, with documents/second:
tagging time per document summed (HeidelTime's JVM start-up excluded, as the harness measures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from frontlines.evaluation.timeml import METRICS, corpus_groups, default_tagger, read_gold, score_timexes
from frontlines.model import Timex

REPO = Path(__file__).resolve().parents[1]
DATA = Path("/work/shared/data/time")
CORPORA = {"TBAQ": DATA / "TBAQ-cleaned", "WikiWars": DATA / "wikiwars" / "timeml_syntime_conversion"}
HARNESS = REPO / "benchmarks" / "peers" / "heideltime_peer.py"
PEERS_PYTHON = Path("/work/peers-venv/bin/python")
PEERS_OUT = Path("/work/peers-out")


@dataclass
class Document:
    """One gold document with both systems' predictions and tagging times."""

    name: str  # relative to the corpus directory, as the harness names it
    path: Path
    text: str
    gold: list[Timex]
    predicted: dict[str, list[Timex]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def load_corpus(directory: Path) -> list[Document]:
    """The TimeML documents under `directory`, with their gold timexes and text."""
    docs = []
    for path in sorted(directory.rglob("*.tml")):
        text, _, gold = read_gold(path)
        docs.append(Document(path.relative_to(directory).as_posix(), path, text, gold))
    return docs


def run_frontlines(docs: list[Document]) -> None:
    """Tag every document with frontlines as `frontlines eval timeml` does (segment and timex
    stages), timing each (the stages are built before the first document)."""
    tag = default_tagger()
    for doc in docs:
        _, dct, _ = read_gold(doc.path)
        started = time.perf_counter()
        doc.predicted["frontlines"] = tag(doc.text, dct)
        doc.seconds["frontlines"] = time.perf_counter() - started


def run_harness(python: Path, directory: Path, out: Path, workers: int, doc_type: str) -> float:
    """Run the HeidelTime harness on `directory` into `out`; the wall-clock seconds it took."""
    command = [str(python), str(HARNESS), str(out), str(directory), "--workers", str(workers)]
    started = time.perf_counter()
    subprocess.run([*command, "--doc-type", doc_type], check=True)
    return time.perf_counter() - started


def harness_text(path: Path) -> str:
    """The text as the harness extracts it: every character inside <TEXT>, tags removed."""
    body = ET.parse(path).getroot().find("TEXT")
    return "".join(body.itertext()) if body is not None else ""


def offset_map(source: str, target: str) -> dict[int, int]:
    """Offsets of `source` carried over to `target` through their common characters."""
    mapping: dict[int, int] = {}
    for a, b, size in SequenceMatcher(None, source, target, autojunk=False).get_matching_blocks():
        mapping.update({a + k: b + k for k in range(size + 1)})
    return mapping


def attach_heideltime(docs: list[Document], jsonl: Path) -> list[str]:
    """Read the harness's predictions into `docs`; warnings for documents whose text differs.

    Offsets must point into the text `read_timeml` gives. The harness records the length and
    SHA-1 of the text it tagged; if they differ from ours, its text is rebuilt the way it says
    it reads it and the offsets are carried over by alignment (a timex that no longer matches
    its words is dropped); a document that cannot be matched at all is left out of both scores.
    """
    rows = {row["file"]: row for row in map(json.loads, jsonl.read_text(encoding="utf-8").splitlines())}
    warnings = []
    for doc in docs:
        row = rows.get(doc.name) or rows.get(doc.path.name)
        if row is None:
            warnings.append(f"{doc.name}: no HeidelTime prediction")
            continue
        timexes = [Timex(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in row["timexes"]]
        if row.get("text_sha1") != sha1(doc.text) or row.get("chars") != len(doc.text):
            theirs = harness_text(doc.path)
            if row.get("text_sha1") != sha1(theirs):
                warnings.append(f"{doc.name}: HeidelTime tagged another text; left out")
                continue
            timexes = realign(timexes, offset_map(theirs, doc.text), doc.text)
            warnings.append(f"{doc.name}: text differs from read_timeml's; offsets realigned")
        doc.predicted["heideltime"] = timexes
        doc.seconds["heideltime"] = float(row["seconds"])
    return warnings


def realign(timexes: list[Timex], mapping: dict[int, int], text: str) -> list[Timex]:
    """Timexes moved through `mapping`, keeping those whose words are found there."""
    moved = []
    for t in timexes:
        start, end = mapping.get(t.start), mapping.get(t.end)
        if start is not None and end is not None and text[start:end] == t.text:
            moved.append(Timex(start, end, t.text, t.type, t.value))
    return moved


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def score_group(docs: list[Document], system: str, systems: set[str]) -> dict[str, Any]:
    """One system's TempEval-3 scores and speed on the documents every system tagged."""
    both = [d for d in docs if systems <= d.predicted.keys()]
    scores: dict[str, Any] = score_timexes([d.gold for d in both], [d.predicted[system] for d in both])
    seconds = sum(d.seconds[system] for d in both)
    scores["tagging_seconds"] = round(seconds, 3)
    scores["docs_per_second"] = round(len(both) / seconds, 3) if seconds else None
    return scores


def compare(name: str, directory: Path, docs: list[Document]) -> dict[str, dict[str, Any]]:
    """Scores of each system per sub-corpus (TimeBank, AQUAINT) and for the whole corpus."""
    by_path = {d.path: d for d in docs}
    systems = {system for d in docs for system in d.predicted}
    results: dict[str, dict[str, Any]] = {}
    for group, paths in corpus_groups([directory]).items():
        label = name + group.removeprefix(directory.name)
        members = [by_path[p] for p in paths if p in by_path]
        results[label] = {system: score_group(members, system, systems) for system in sorted(systems)}
    return results


def print_table(results: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Both systems' F1 figures and speed, one row per corpus and system, then the speed ratio."""
    metrics = "".join(f"{m:>9}" for m in METRICS)
    print(f"{'corpus':<18}{'system':<12}{'docs':>5}{metrics}{'docs/s':>10}")
    for corpus, systems in results.items():
        for system, s in systems.items():
            f1s = "".join(f"{s[m]['f1']:>9.3f}" for m in METRICS)
            print(f"{corpus:<18}{system:<12}{s['documents']:>5}{f1s}{s['docs_per_second'] or 0:>10}")
        if {"frontlines", "heideltime"} <= systems.keys():
            fl, ht = systems["frontlines"], systems["heideltime"]
            ratio = fl["docs_per_second"] / ht["docs_per_second"] if ht["docs_per_second"] else float("nan")
            gain = 100 * (fl["value"]["f1"] - ht["value"]["f1"])
            print(f"{'':<18}value F1 {gain:+.1f} points, speed x{ratio:.0f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", metavar="NAME=DIR", help="default: TBAQ and WikiWars")
    parser.add_argument("--heideltime-jsonl", action="append", default=[], metavar="NAME=PATH",
                        help="read these predictions instead of running HeidelTime")  # fmt: skip
    parser.add_argument("--peers-python", type=Path, default=PEERS_PYTHON)
    parser.add_argument("--out-dir", type=Path, default=PEERS_OUT, help="where the harness writes JSONL")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--doc-type", default="news", help="HeidelTime's document type (news)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpora = dict(c.split("=", 1) for c in args.corpus) if args.corpus else CORPORA
    given = dict(h.split("=", 1) for h in args.heideltime_jsonl)
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for name, directory in corpora.items():
        directory = Path(directory)
        docs = load_corpus(directory)
        run_frontlines(docs)
        jsonl = Path(given[name]) if name in given else args.out_dir / f"heideltime_{name.lower()}.jsonl"
        if name not in given and args.peers_python.exists() and HARNESS.exists():
            wall = run_harness(args.peers_python, directory, jsonl, args.workers, args.doc_type)
            print(f"{name}: HeidelTime ran in {wall:.0f} s wall ({args.workers} JVMs)", file=sys.stderr)
        if jsonl.exists():
            for warning in attach_heideltime(docs, jsonl):
                print(f"{name}: {warning}", file=sys.stderr)
        else:
            print(f"{name}: no HeidelTime predictions at {jsonl}", file=sys.stderr)
        results.update(compare(name, directory, docs))
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
