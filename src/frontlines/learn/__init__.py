"""Learned text classifiers for ACLED sub-event types and PLOVER events, and `frontlines train`."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from frontlines.learn.classifier import ModelCard, Settings, TextClassifier, fingerprint
from frontlines.learn.datasets import (
    FORMATS,
    NO_EVENT,
    PLOVER_EVENTS,
    PLOVER_LEGACY,
    Example,
    Target,
    acled_label,
    plover_label,
    read_examples,
)
from frontlines.learn.features import FeatureConfig, featurize
from frontlines.learn.train import TrainReport, evaluate, split_examples, train, train_examples

__all__ = [
    "FORMATS",
    "NO_EVENT",
    "PLOVER_EVENTS",
    "PLOVER_LEGACY",
    "SHIPPED_MODELS",
    "Example",
    "FeatureConfig",
    "ModelCard",
    "Settings",
    "Target",
    "TextClassifier",
    "TrainReport",
    "acled_label",
    "evaluate",
    "featurize",
    "fingerprint",
    "load_shipped",
    "plover_label",
    "read_examples",
    "shipped_model_path",
    "split_examples",
    "train",
    "train_examples",
]

# Models shipped in frontlines/resources/models (rebuilt by training/build_shipped_model.py).
SHIPPED_MODELS: dict[str, str] = {"acled": "acled_sub_event_types.json", "plover": "plover_events.json"}


def shipped_model_path(target: Target) -> Path:
    """Path of the model shipped for `target` (acled or plover)."""
    if target not in SHIPPED_MODELS:
        raise ValueError(f"no shipped model for target {target!r}")
    return Path(str(resources.files("frontlines") / "resources" / "models" / SHIPPED_MODELS[target]))


def load_shipped(target: Target) -> TextClassifier:
    """The classifier shipped for `target`: trained only on data the project may redistribute."""
    return TextClassifier.load(shipped_model_path(target))
