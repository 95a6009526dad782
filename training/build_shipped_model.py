"""Rebuild the classifiers shipped in src/frontlines/resources/models, deterministically (fixed seed).

Trained only on data the project may redistribute:
  - acled_sub_event_types.json: training/examples/*.jsonl (sentences the project wrote itself);
  - plover_events.json: the same sentences plus the PLOVER gold-standard records
    (../shared/data/events/plover/PLOVER_GSR_CAMEO.json, CC BY-SA 4.0, PLOVER 0.5 names mapped).

Then scores the PLOVER model on the UniversalPetrarch English validation records (MIT), which it
never saw, their CAMEO codes read through the CAMEO -> PLOVER 2021 table.

Usage: PYTHONPATH=src .venv/bin/python training/build_shipped_model.py [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from frontlines.learn import (
    NO_EVENT,
    Example,
    FeatureConfig,
    Settings,
    Target,
    evaluate,
    plover_label,
    read_examples,
    shipped_model_path,
    train_examples,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "training" / "examples"
# Small hand-written data: every label weighs the same, and more passes than the default.
SETTINGS = Settings(epochs=40, learning_rate=0.3, batch_size=16, min_count=1, balanced=True, seed=0)
# Default features (function words dropped): that carries the ACLED model over to long ACLED notes
# (64.4% vs 63.1% accuracy on 2,000 notes, unsaved models); for PLOVER, 5-fold cross-validation on the
# training sentences shows no real difference either way (55.0% vs 54.2%).
FEATURES = FeatureConfig()
PROJECT_LICENCE = "MIT (trained only on example sentences written by the frontlines project)"
PLOVER_LICENCE = "CC BY-SA 4.0 (derived from the PLOVER gold-standard records; share-alike)"
PLOVER_ATTRIBUTION = (
    "PLOVER gold-standard records (PLOVER_GSR_CAMEO.json), Copyright 2016 by the Open Event Data Alliance, "
    "https://github.com/openeventdata/PLOVER, licensed CC BY-SA 4.0; PLOVER 0.5 categories mapped to "
    "current ones (DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT)."
)
PROJECT_ATTRIBUTION = "frontlines example sentences (training/examples/*.jsonl), written by the project."


def main() -> int:
    """Build both models, print what went in and the held-out PLOVER score."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    plover_gold = args.shared / "events" / "plover" / "PLOVER_GSR_CAMEO.json"
    if not plover_gold.is_file():
        print(f"missing {plover_gold}: the PLOVER model needs the PLOVER gold records", file=sys.stderr)
        return 1
    own = sorted(EXAMPLES.glob("*.jsonl"))
    _build("acled", read_examples(own, "jsonl", "acled"), own, PROJECT_LICENCE, [PROJECT_ATTRIBUTION])
    plover = read_examples(own, "jsonl", "plover") + read_examples([plover_gold], "plover", "plover")
    _build("plover", plover, [*own, plover_gold], PLOVER_LICENCE, [PROJECT_ATTRIBUTION, PLOVER_ATTRIBUTION])
    _score_universal_petrarch(args.shared)
    return 0


def _build(target: Target, examples: list[Example], files: list[Path], licence: str,
           attribution: list[str]) -> None:
    out = shipped_model_path(target)
    sources = [{"name": f.name, "sha256": hashlib.sha256(f.read_bytes()).hexdigest()} for f in files]
    report = train_examples(examples, target, out, heldout_fraction=0.0, settings=SETTINGS,
                            features=FEATURES, licence=licence, attribution=attribution,
                            sources=sources)
    size = out.stat().st_size
    print(f"{target}: {report.examples} examples, {len(report.labels)} labels, fingerprint "
          f"{report.fingerprint[:12]} -> {out.relative_to(REPO)} ({size / 1024:.0f} KiB, "
          f"sha256 {hashlib.sha256(out.read_bytes()).hexdigest()[:12]})")


def _score_universal_petrarch(shared: Path) -> None:
    """Score the shipped PLOVER model on UniversalPetrarch's 78 English records (never trained on)."""
    records = shared / "events" / "universalpetrarch" / "PETR2_GSR_validation.xml"
    table = shared / "events" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not records.is_file() or not table.is_file():
        print(f"skipped the UniversalPetrarch score: {records} or {table} missing")
        return
    gold = read_cameo_validation(records, read_cameo_table(table))
    examples = [Example(text, labels[0], origin) for text, labels, origin in gold]
    report = evaluate(shipped_model_path("plover"), examples)
    model_labels = [label for label, _ in _predict(examples)]
    any_hit = sum(pred in labels for pred, (_, labels, _) in zip(model_labels, gold, strict=True))
    print(f"UniversalPetrarch English held out ({len(gold)} sentences with a mappable coding):")
    print(f"  any coded event matches: {any_hit / len(gold):.1%}")
    print(report.format_table("PLOVER event (first coding)"))


def _predict(examples: list[Example]) -> list[tuple[str, float]]:
    from frontlines.learn import load_shipped

    return load_shipped("plover").predict([e.text for e in examples])


def read_cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER event from the CAMEO2PLOVER table (`code: EVENT, mode, context # note`)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match:
            table[match[1]] = match[2]
    return table


def cameo_to_plover(code: str, table: dict[str, str]) -> str | None:
    """PLOVER event of a CAMEO code, via its longest listed prefix; None when the table has none."""
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return plover_label(table[code[:end]])
    return None


def read_cameo_validation(path: Path, table: dict[str, str]) -> list[tuple[str, list[str], str]]:
    """(text, PLOVER events, id) of each record of a PETRARCH validation file; no events -> NONE.

    Regular expressions rather than an XML parser: these files carry '#' banners outside any element.
    """
    found = []
    for block in path.read_text(encoding="utf-8").split("<Sentence ")[1:]:
        text = re.search(r"<Text>(.*?)</Text>", block, re.S)
        ident = re.search(r'id="([^"]*)"', block)
        if text is None:
            continue
        if re.search(r'noevents="True"', block):
            labels = [NO_EVENT]
        else:
            mapped = (cameo_to_plover(code, table) for code in re.findall(r'eventcode="(\d+)"', block))
            labels = list(dict.fromkeys(label for label in mapped if label))
        if labels:
            found.append((" ".join(text[1].split()), labels, ident[1] if ident else ""))
    return found


if __name__ == "__main__":
    sys.exit(main())
