"""Per-label precision, recall and F1 for single-label classification, weakest labels first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass

__all__ = ["LabelReport", "LabelScore", "score_labels"]


@dataclass(frozen=True, slots=True)
class LabelScore:
    """One label's scores; `support` counts gold items, `predicted` counts items given the label."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


@dataclass(frozen=True, slots=True)
class LabelReport:
    """Accuracy, support-weighted and macro F1 (macro over gold labels) and the per-label table."""

    total: int
    correct: int
    accuracy: float
    weighted_f1: float
    macro_f1: float
    labels: tuple[LabelScore, ...]

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready dict."""
        return {
            "total": self.total, "correct": self.correct, "accuracy": self.accuracy,
            "weighted_f1": self.weighted_f1, "macro_f1": self.macro_f1,
            "labels": [asdict(score) for score in self.labels],
        }

    def format_table(self, title: str = "label") -> str:
        """Summary line and the per-label table, weakest label first."""
        width = max([len(title), *(len(s.label) for s in self.labels)])
        lines = [
            f"{title}: accuracy {self.accuracy:.1%}, weighted F1 {self.weighted_f1:.3f}, "
            f"macro F1 {self.macro_f1:.3f} ({self.total} items)",
            f"  {title:<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'support':>7}  {'predicted':>9}",
        ]
        for s in self.labels:
            lines.append(f"  {s.label:<{width}}  {s.precision:5.2f}  {s.recall:5.2f}  {s.f1:5.2f}  "
                         f"{s.support:7d}  {s.predicted:9d}")
        return "\n".join(lines)


def score_labels(gold: Sequence[str], predicted: Sequence[str]) -> LabelReport:
    """Score predicted labels against gold ones, item by item.

    Labels only ever predicted appear in the table (support 0, F1 0) so false alarms show, but the
    macro average runs over gold labels only: a spurious label should not dilute it twice.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    support, given = Counter(gold), Counter(predicted)
    hits = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    scores = [_label_score(label, hits[label], support[label], given[label]) for label in support | given]
    scores.sort(key=lambda s: (s.f1, -s.support, s.label))
    total = len(gold)
    gold_scores = [s for s in scores if s.support]
    return LabelReport(
        total=total,
        correct=sum(hits.values()),
        accuracy=sum(hits.values()) / total if total else 0.0,
        weighted_f1=sum(s.f1 * s.support for s in gold_scores) / total if total else 0.0,
        macro_f1=sum(s.f1 for s in gold_scores) / len(gold_scores) if gold_scores else 0.0,
        labels=tuple(scores),
    )


def _label_score(label: str, hits: int, support: int, predicted: int) -> LabelScore:
    precision = hits / predicted if predicted else 0.0
    recall = hits / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(label, precision, recall, f1, support, predicted)
