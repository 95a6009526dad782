"""Evaluate PLOVER event coding on the PLOVER gold records and UniversalPetrarch validation sentences.

Each gold sentence is coded as one document (published on the record's date when it has one);
the prediction is the document's most salient event with a PLOVER event, or "no event". Scored:
event accuracy with "no event" as a class, per-label P/R/F1 (weakest first), mode accuracy where
the gold has a mode, and whether the predicted actors' words overlap the gold source and target.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from frontlines.evaluation.batches import BATCH_SIZE, Coder, code_in_batches
from frontlines.evaluation.event_scores import NO_EVENT, FieldScore
from frontlines.evaluation.gold_files import GoldFileError
from frontlines.evaluation.label_scores import LabelReport, score_labels
from frontlines.evaluation.plover_io import GoldCoding, PloverGold, read_petrarch_xml, read_plover_json
from frontlines.evaluation.plover_mapping import CameoTable, read_cameo_table
from frontlines.model import Document, Event, EventActor
from frontlines.stages.merge import first_offset, salience

__all__ = [
    "BATCH_SIZE", "NO_EVENT", "PloverReport", "evaluate_plover", "evaluate_records", "find_cameo_table",
    "gold_document", "main_plover_event", "read_gold", "score_plover",
]

CAMEO_TABLE_GLOB = "CAMEO2PLOVER*.txt"


@dataclass(frozen=True, slots=True)
class PloverReport:
    """The scores of one gold file."""

    corpus: str
    records: int
    skipped: int  # records whose only gold codes have no PLOVER event (CAMEO 01x statements)
    predicted: int  # records with a predicted PLOVER event
    event: LabelReport
    mode: FieldScore  # predicted event and mode both right, over records whose gold has a mode
    mode_given_event: FieldScore  # the same, over those whose event was right
    source: FieldScore  # actor words overlap the gold source, over records that name one
    target: FieldScore
    errors: tuple[tuple[str, str, str], ...]  # (id, gold, predicted) of each wrong event

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready dict (for `--json`)."""
        fields = (self.mode, self.mode_given_event, self.source, self.target)
        return {
            "corpus": self.corpus, "records": self.records, "skipped": self.skipped,
            "predicted": self.predicted, "event": self.event.to_dict(),
            "fields": {f.name: {"correct": f.correct, "total": f.total, "accuracy": f.accuracy}
                       for f in fields},
            "errors": [{"id": i, "gold": g, "predicted": p} for i, g, p in self.errors],
        }

    def format_table(self) -> str:
        """Summary lines, then the per-event table, weakest first."""
        lines = [f"{self.corpus}: {self.records} sentences scored ({self.skipped} skipped: no PLOVER "
                 f"event for their codes), {self.predicted} with a predicted PLOVER event"]
        for f in (self.mode, self.mode_given_event, self.source, self.target):
            accuracy = "-" if f.accuracy is None else f"{f.accuracy:.1%}"
            lines.append(f"  {f.name:<18}  {accuracy:>6}  {f.correct:>4} / {f.total}")
        lines.append(self.event.format_table("event"))
        return "\n".join(lines)


def find_cameo_table(path: str | Path) -> Path | None:
    """A CAMEO -> PLOVER table beside a gold file or in a folder next to its folder, if there is one."""
    folder = Path(path).resolve().parent
    beside, in_siblings = folder.glob(CAMEO_TABLE_GLOB), folder.parent.glob(f"*/{CAMEO_TABLE_GLOB}")
    candidates = [*sorted(beside), *sorted(in_siblings)]
    return candidates[0] if candidates else None


def read_gold(path: str | Path, cameo_table: str | Path | None = None) -> list[PloverGold]:
    """The records of a gold file: `.json` PLOVER records, `.xml` UniversalPetrarch validation
    (which needs the CAMEO -> PLOVER table: `cameo_table`, or one `find_cameo_table` finds)."""
    records = _read_records(path, cameo_table)
    if not records:
        raise GoldFileError(f"{path}: no gold sentences in it")
    return records


def _read_records(path: str | Path, cameo_table: str | Path | None) -> list[PloverGold]:
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return read_plover_json(path)
    if suffix != ".xml":
        raise GoldFileError(f"{path}: expected PLOVER records (.json) or UniversalPetrarch validation (.xml)")
    table_path = cameo_table or find_cameo_table(path)
    if table_path is None:
        raise GoldFileError(f"{path}: CAMEO codes need the CAMEO -> PLOVER table ({CAMEO_TABLE_GLOB}); "
                         "none found next to it, give one with --cameo-table")
    table: CameoTable = read_cameo_table(table_path)
    return read_petrarch_xml(path, table)


def gold_document(record: PloverGold) -> Document:
    """The document a gold sentence is coded from, published on the record's date when it has one."""
    return Document(id=record.id, text=record.text, published=record.date,
                    published_source="input" if record.date else None)


def main_plover_event(doc: Document) -> Event | None:
    """The prediction for a sentence: its most salient event that has a PLOVER event, or None.

    Salience as the merge stage scores it (confidence, title, lead, first sentence), the event told
    first on a tie. Not the document's event order: that puts events with an ACLED type first (the
    ACLED row of a report), which would hide a ceasefire or a lifted curfew told beside a clash.
    """
    coded = [event for event in doc.events if event.plover_event]
    return max(coded, key=lambda e: (salience(doc, e), -first_offset(e)), default=None)


def evaluate_plover(path: str | Path, coder: Coder, limit: int | None = None, progress: bool = False,
                    cameo_table: str | Path | None = None, batch_size: int = BATCH_SIZE) -> PloverReport:
    """Code each gold sentence of `path` (the first `limit`) and score its main PLOVER event."""
    records = read_gold(path, cameo_table)[:limit]
    return evaluate_records(Path(path).name, records, coder, progress, batch_size)


def evaluate_records(corpus: str, records: Sequence[PloverGold], coder: Coder, progress: bool = False,
                     batch_size: int = BATCH_SIZE) -> PloverReport:
    """Code gold records already read (from the file named `corpus`) and score their main events."""
    scorable = [r for r in records if r.scorable]
    docs = [gold_document(r) for r in scorable]
    coded = code_in_batches(coder, docs, progress, batch_size, unit="sentence")
    pairs = [(record, main_plover_event(doc)) for record, doc in zip(scorable, coded, strict=True)]
    return score_plover(corpus, pairs, skipped=len(records) - len(scorable))


Pair = tuple[PloverGold, Event | None]


def score_plover(corpus: str, pairs: Sequence[Pair], skipped: int = 0) -> PloverReport:
    """Score each gold record against its predicted main event (None: no event found).

    A record coded with several events (UniversalPetrarch does that) counts as right when the
    prediction is any of them; otherwise it is scored against its first.
    """
    golds = [_matched_coding(record, event) for record, event in pairs]
    labels = [gold.event if gold else NO_EVENT for gold in golds]
    predicted = [event.plover_event if event else NO_EVENT for _, event in pairs]
    with_mode = [(gold, event) for gold, (_, event) in zip(golds, pairs, strict=True) if gold and gold.mode]
    mode_hits = [event is not None and (event.plover_event, event.plover_mode) == (gold.event, gold.mode)
                 for gold, event in with_mode]
    right_event = [hit for hit, (gold, event) in zip(mode_hits, with_mode, strict=True)
                   if event is not None and event.plover_event == gold.event]
    errors = tuple((record.id, label, guess) for (record, _), label, guess in zip(pairs, labels, predicted,
                   strict=True) if label != guess)
    return PloverReport(
        corpus=corpus, records=len(pairs), skipped=skipped,
        predicted=sum(event is not None for _, event in pairs),
        event=score_labels(labels, predicted),
        mode=FieldScore("mode", sum(mode_hits), len(mode_hits)),
        mode_given_event=FieldScore("mode_given_event", sum(right_event), len(right_event)),
        source=_overlap("source_overlap", golds, pairs, "source"),
        target=_overlap("target_overlap", golds, pairs, "target"),
        errors=errors,
    )


def _matched_coding(record: PloverGold, event: Event | None) -> GoldCoding | None:
    if not record.codings:
        return None
    guess = event.plover_event if event else None
    return next((c for c in record.codings if c.event == guess), record.codings[0])


def _overlap(name: str, golds: Sequence[GoldCoding | None], pairs: Sequence[Pair], role: str) -> FieldScore:
    correct = total = 0
    for gold, (_, event) in zip(golds, pairs, strict=True):
        texts = (gold.source if role == "source" else gold.target) if gold else ()
        if texts:
            total += 1
            correct += event is not None and bool(_words(_role_texts(event, role)) & _words(texts))
    return FieldScore(name, correct, total)


def _role_texts(event: Event, role: str) -> list[str]:
    if role == "source":
        main, assoc = event.actor1, event.assoc_actor1
    else:
        main, assoc = event.actor2, event.assoc_actor2
    actors: list[EventActor] = ([main] if main else []) + assoc
    return [actor.text for actor in actors]


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "s", "its", "their"})


def _words(texts: Sequence[str]) -> set[str]:
    """Case-folded word tokens, function words dropped: what "overlap" compares."""
    return {w for text in texts for w in re.findall(r"\w+", text.casefold()) if w not in _FUNCTION_WORDS}
