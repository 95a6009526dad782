"""A small multinomial logistic-regression text classifier in numpy, saved as readable JSON."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from frontlines.learn.features import FeatureConfig, featurize

__all__ = ["FORMAT", "ModelCard", "Settings", "TextClassifier", "fingerprint"]

FORMAT = "frontlines.text-classifier"
FORMAT_VERSION = 1
# Weights are saved as integers in thousandths: a third of the file size of float text, and an error of at
# most 0.0005 per weight, far below what moves a prediction.
_UNIT = 0.001

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Settings:
    """Training settings: AdaGrad mini-batch SGD on the log loss with L2 shrinkage."""

    epochs: int = 15
    learning_rate: float = 0.3
    l2: float = 1e-5
    batch_size: int = 32
    min_count: int = 1  # features seen in fewer training texts are dropped
    balanced: bool = True  # weight examples by inverse label frequency, so rare sub-types are not drowned
    seed: int = 0


@dataclass(slots=True)
class ModelCard:
    """What a saved model says about itself: target scheme, licence, attribution and training data."""

    target: str = ""
    licence: str = ""
    attribution: list[str] = field(default_factory=list)
    training: dict[str, Any] = field(default_factory=dict)


def fingerprint(texts: Sequence[str], labels: Sequence[str]) -> str:
    """SHA-256 of the (label, text) pairs in sorted order: same data, same fingerprint, any order."""
    lines = sorted(f"{label}\t{text}" for text, label in zip(texts, labels, strict=True))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


class TextClassifier:
    """Texts to one label each (an ACLED sub-event type, a PLOVER event, or "NONE")."""

    def __init__(self, features: FeatureConfig | None = None, settings: Settings | None = None,
                 card: ModelCard | None = None) -> None:
        self.features = features or FeatureConfig()
        self.settings = settings or Settings()
        self.card = card or ModelCard()
        self.labels: tuple[str, ...] = ()
        self.vocabulary: dict[str, int] = {}
        self.weights: Floats = np.zeros((0, 0))
        self.bias: Floats = np.zeros(0)

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> TextClassifier:
        """Learn from parallel lists of texts and labels; returns self."""
        if len(texts) != len(labels) or not texts:
            raise ValueError(f"need as many labels as texts, and some texts ({len(texts)} / {len(labels)})")
        self.labels = tuple(sorted(set(labels)))
        featurized = [featurize(text, self.features) for text in texts]
        counts = Counter(name for names in featurized for name in names)
        kept = sorted(name for name, count in counts.items() if count >= self.settings.min_count)
        self.vocabulary = {name: index for index, name in enumerate(kept)}
        index = {label: i for i, label in enumerate(self.labels)}
        self._sgd(self._rows(featurized), np.array([index[label] for label in labels], dtype=np.int64))
        self.card.training.update({
            "examples": len(texts), "fingerprint": fingerprint(texts, labels),
            "label_counts": dict(sorted(Counter(labels).items())), "settings": asdict(self.settings),
        })
        return self

    def probabilities(self, texts: Sequence[str]) -> Floats:
        """Probability of each label (columns in `labels` order) for each text."""
        if not self.labels:
            raise ValueError("the classifier has not been trained")
        rows = self._rows([featurize(text, self.features) for text in texts])
        return _softmax(np.stack([self._score(cols, vals) for cols, vals in rows]) if rows else
                        np.zeros((0, len(self.labels))))

    def predict(self, texts: Sequence[str], exclude: Collection[str] = ()) -> list[tuple[str, float]]:
        """The most probable label of each text and its probability.

        `exclude` takes labels out of the running (e.g. NONE, for texts known to report an event); the
        probabilities are then renormalised over the labels left.
        """
        probs = self.probabilities(texts)
        if exclude:
            probs[:, [i for i, label in enumerate(self.labels) if label in exclude]] = 0.0
            probs /= np.maximum(probs.sum(axis=1, keepdims=True), 1e-12)
        best = probs.argmax(axis=1) if len(probs) else np.zeros(0, dtype=np.int64)
        return [(self.labels[int(b)], float(probs[i, b])) for i, b in enumerate(best)]

    def save(self, path: str | Path) -> None:
        """Write the model as JSON: a header, then per feature one line of weights (in `weight_unit`s)."""
        # Softmax ignores a constant added to one feature's weights for every label, so centring each
        # row on its median changes no prediction and turns most entries into small numbers.
        centred = self.weights - np.median(self.weights, axis=1, keepdims=True)
        weights = np.rint(centred / _UNIT).astype(np.int64)
        used = [(name, i) for name, i in self.vocabulary.items() if np.any(weights[i])]
        header = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "target": self.card.target,
            "licence": self.card.licence, "attribution": self.card.attribution, "labels": list(self.labels),
            "features": self.features.to_dict(), "training": self.card.training,
            "bias": [round(float(b), 4) for b in self.bias], "weight_unit": _UNIT,
        }
        head = json.dumps(header, indent=1, ensure_ascii=False)[:-2]
        lines = [f"{json.dumps(name, ensure_ascii=False)}: {json.dumps(weights[i].tolist())}"
                 for name, i in used]
        Path(path).write_text(head + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> TextClassifier:
        """A model written by `save`."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{path}: not a {FORMAT} v{FORMAT_VERSION} model")
        training = dict(data.get("training", {}))
        settings = Settings(**training.get("settings", {}))
        card = ModelCard(data.get("target", ""), data.get("licence", ""), list(data.get("attribution", [])),
                         training)
        model = cls(FeatureConfig.from_dict(data["features"]), settings, card)
        model.labels = tuple(data["labels"])
        names = list(data["weights"])
        model.vocabulary = {name: i for i, name in enumerate(names)}
        model.weights = float(data["weight_unit"]) * np.array(
            [data["weights"][n] for n in names], dtype=np.float64).reshape(len(names), len(model.labels))
        model.bias = np.array(data["bias"], dtype=np.float64)
        return model

    def _rows(self, featurized: Sequence[Sequence[str]]) -> list[tuple[Ints, Floats]]:
        """Each text as (feature indices, values); values are 1/sqrt(n) so long notes do not shout."""
        rows = []
        for names in featurized:
            cols = np.array([self.vocabulary[n] for n in names if n in self.vocabulary], dtype=np.int64)
            rows.append((cols, np.full(len(cols), 1.0 / np.sqrt(max(len(cols), 1)))))
        return rows

    def _score(self, cols: Ints, vals: Floats) -> Floats:
        return vals @ self.weights[cols] + self.bias

    def _sgd(self, rows: list[tuple[Ints, Floats]], targets: Ints) -> None:
        """Mini-batch AdaGrad; updates touch only the features present in the batch (lazy L2)."""
        s = self.settings
        n_features, n_labels = len(self.vocabulary), len(self.labels)
        self.weights, self.bias = np.zeros((n_features, n_labels)), np.zeros(n_labels)
        grad_sq, bias_sq = np.full((n_features, n_labels), 1e-8), np.full(n_labels, 1e-8)
        label_counts = np.bincount(targets, minlength=n_labels).astype(np.float64)
        example_weight = (len(targets) / (n_labels * label_counts))[targets] if s.balanced else np.ones(
            len(targets))
        rng = np.random.default_rng(s.seed)
        for _ in range(s.epochs):
            order = rng.permutation(len(rows))
            for start in range(0, len(order), s.batch_size):
                batch = order[start:start + s.batch_size]
                cols = np.concatenate([rows[i][0] for i in batch])
                vals = np.concatenate([rows[i][1] for i in batch])
                owner = np.repeat(np.arange(len(batch)), [len(rows[i][0]) for i in batch])
                scores = np.tile(self.bias, (len(batch), 1))
                np.add.at(scores, owner, self.weights[cols] * vals[:, None])
                error = _softmax(scores)
                error[np.arange(len(batch)), targets[batch]] -= 1.0
                error *= (example_weight[batch] / len(batch))[:, None]
                used, where = np.unique(cols, return_inverse=True)
                grad = s.l2 * self.weights[used]
                np.add.at(grad, where, error[owner] * vals[:, None])
                grad_sq[used] += grad**2
                self.weights[used] -= s.learning_rate * grad / np.sqrt(grad_sq[used])
                bias_grad = error.sum(axis=0)
                bias_sq += bias_grad**2
                self.bias -= s.learning_rate * bias_grad / np.sqrt(bias_sq)


def _softmax(scores: Floats) -> Floats:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True)) if len(scores) else scores
    return shifted / shifted.sum(axis=1, keepdims=True) if len(scores) else scores
