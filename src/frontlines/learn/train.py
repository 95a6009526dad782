"""Train a classifier on labelled files, score it on a held-out split, save it; score a saved model."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from frontlines.evaluation.label_scores import LabelReport, score_labels
from frontlines.learn.classifier import ModelCard, Settings, TextClassifier
from frontlines.learn.datasets import Example, Target, read_examples
from frontlines.learn.features import FeatureConfig

__all__ = ["TrainReport", "evaluate", "split_examples", "train", "train_examples"]

USER_LICENCE = "Trained by its user on their own data; the data's terms (e.g. ACLED's) govern its use."
# For exports of thousands of notes: features seen in one note only are dropped, which leaves the scores
# as they were (measured on ACLED notes) and the model file a third the size.
DEFAULT_SETTINGS = Settings(min_count=2)


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What `train` did: example counts, the held-out scores, and where the model went."""

    out: Path
    target: str
    examples: int
    train_examples: int
    heldout_examples: int
    labels: tuple[str, ...]
    fingerprint: str
    heldout: LabelReport | None = None
    sources: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """The lines the CLI prints: counts, held-out accuracy / F1 and the per-label table."""
        lines = [f"{self.target.upper()} model trained on {self.examples} examples, "
                 f"{len(self.labels)} labels -> {self.out}"]
        if self.heldout is not None:
            lines.append(f"held-out split ({self.heldout_examples} examples; model fitted on the other "
                         f"{self.train_examples}):")
            lines.append(self.heldout.format_table("label"))
        return "\n".join(lines)


def split_examples(examples: Sequence[Example], heldout_fraction: float,
                   seed: int = 0) -> tuple[list[Example], list[Example]]:
    """(train, held-out) split, stratified by label so rare labels land on both sides when they can."""
    if not 0.0 <= heldout_fraction < 1.0:
        raise ValueError(f"held-out fraction must be in [0, 1), got {heldout_fraction}")
    by_label: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        by_label[example.label].append(example)
    rng = np.random.default_rng(seed)
    train, heldout = [], []
    for label in sorted(by_label):
        group = [by_label[label][i] for i in rng.permutation(len(by_label[label]))]
        # A label seen once stays in training: a model cannot be scored on what it never saw.
        cut = int(round(len(group) * heldout_fraction)) if len(group) > 1 else 0
        heldout += group[:cut]
        train += group[cut:]
    return train, heldout


def train(inputs: Sequence[str | Path], fmt: str, target: Target, out: str | Path, *,
          heldout_fraction: float = 0.2, refit: bool = True, seed: int = 0,
          settings: Settings | None = None, features: FeatureConfig | None = None,
          licence: str = USER_LICENCE, attribution: Sequence[str] = ()) -> TrainReport:
    """Train a `target` (acled or plover) classifier on `inputs` in format `fmt` and save it to `out`.

    A stratified `heldout_fraction` of the examples is kept aside and scored; with `refit` the saved
    model is then refitted on all examples (the scores describe the split model, as is usual).
    """
    return train_examples(
        read_examples(inputs, fmt, target), target, out, heldout_fraction=heldout_fraction, refit=refit,
        seed=seed, settings=settings, features=features, licence=licence, attribution=attribution,
        sources=[{"format": fmt, **_source(Path(p))} for p in inputs],
    )


def train_examples(examples: Sequence[Example], target: Target, out: str | Path, *,
                   heldout_fraction: float = 0.2, refit: bool = True, seed: int = 0,
                   settings: Settings | None = None, features: FeatureConfig | None = None,
                   licence: str = USER_LICENCE, attribution: Sequence[str] = (),
                   sources: Sequence[dict[str, str]] = ()) -> TrainReport:
    """`train` for examples already read (e.g. gathered from files of several formats)."""
    if not examples:
        raise ValueError("no labelled examples in the inputs")
    settings = replace(settings or DEFAULT_SETTINGS, seed=seed)
    train_part, heldout = split_examples(examples, heldout_fraction, seed)
    card = ModelCard(target=target, licence=licence, attribution=list(attribution),
                     training={"sources": list(sources)})
    model = _fit(train_part, features, settings, card)
    report = evaluate(model, heldout) if heldout else None
    if report is not None:
        card.training["heldout"] = {"examples": len(heldout), "fraction": heldout_fraction,
                                    "accuracy": round(report.accuracy, 4),
                                    "macro_f1": round(report.macro_f1, 4),
                                    "weighted_f1": round(report.weighted_f1, 4)}
        if refit:
            card.training["fitted_on"] = "all examples, after scoring a fit without the held-out part"
            model = _fit(examples, features, settings, card)
    model.save(out)
    return TrainReport(
        out=Path(out), target=target, examples=len(examples), train_examples=len(train_part),
        heldout_examples=len(heldout), labels=model.labels, heldout=report,
        sources=[source.get("name", "") for source in sources],
        fingerprint=str(model.card.training["fingerprint"]),
    )


def evaluate(model: TextClassifier | str | Path, examples: Sequence[Example]) -> LabelReport:
    """Score a model (or a saved model's path) on labelled examples."""
    classifier = model if isinstance(model, TextClassifier) else TextClassifier.load(model)
    predicted = [label for label, _ in classifier.predict([e.text for e in examples])]
    return score_labels([e.label for e in examples], predicted)


def _fit(examples: Sequence[Example], features: FeatureConfig | None, settings: Settings,
         card: ModelCard) -> TextClassifier:
    model = TextClassifier(features, settings, card)
    return model.fit([e.text for e in examples], [e.label for e in examples])


def _source(path: Path) -> dict[str, str]:
    """A training file by name and content hash (not its full path: that says where a user keeps data)."""
    return {"name": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
