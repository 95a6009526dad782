"""`train` end to end on a hand-written file, the held-out split, and the models that ship."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from frontlines.evaluation.acled_taxonomy import SUB_EVENT_TYPES
from frontlines.learn import (
    NO_EVENT,
    PLOVER_EVENTS,
    Example,
    Settings,
    TextClassifier,
    fingerprint,
    load_shipped,
    read_examples,
    shipped_model_path,
    split_examples,
    train,
)

OWN = [
    ("Police arrested five opposition activists.", "Arrests", "COERCE"),
    ("Soldiers detained a journalist at a checkpoint.", "Arrests", "COERCE"),
    ("Officers arrested two suspects in a raid.", "Arrests", "COERCE"),
    ("Security forces detained three students.", "Arrests", "COERCE"),
    ("Teachers marched peacefully to demand their salaries.", "Peaceful protest", "PROTEST"),
    ("Farmers held a demonstration against fuel prices.", "Peaceful protest", "PROTEST"),
    ("Students protested on campus against fees.", "Peaceful protest", "PROTEST"),
    ("Residents staged a sit-in over power cuts.", "Peaceful protest", "PROTEST"),
    ("The central bank kept interest rates unchanged.", "NONE", "NONE"),
    ("The football team won the final.", "NONE", "NONE"),
    ("Heavy rain is expected this weekend.", "NONE", "NONE"),
    ("The new bridge opens next year.", "NONE", "NONE"),
]
# Sources the shipped models may be trained on (MANIFEST.md "ship" sets and the project's own sentences).
SHIPPABLE = {"PLOVER_GSR_CAMEO.json"}


@pytest.fixture
def own_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "own.jsonl"
    path.write_text("".join(json.dumps({"text": t, "acled_sub_event_type": a, "plover_event": p}) + "\n"
                            for t, a, p in OWN), encoding="utf-8")
    return path


def test_train_scores_a_held_out_split_then_saves_a_model_fitted_on_everything(own_jsonl: Path,
                                                                               tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    report = train([own_jsonl], "jsonl", "acled", out, heldout_fraction=0.25, settings=Settings(epochs=30))
    assert (report.examples, report.train_examples, report.heldout_examples) == (12, 9, 3)
    assert report.labels == ("Arrests", "NONE", "Peaceful protest")
    assert report.heldout is not None and report.heldout.total == 3
    assert "held-out split (3 examples" in report.summary()
    model = TextClassifier.load(out)
    assert model.card.training["examples"] == 12  # refitted on all examples
    assert model.card.training["heldout"]["examples"] == 3
    assert model.card.training["sources"][0]["name"] == "own.jsonl"
    assert [label for label, _ in model.predict([t for t, _, _ in OWN])] == [a for _, a, _ in OWN]


def test_train_for_plover_reads_the_plover_key(own_jsonl: Path, tmp_path: Path) -> None:
    report = train([own_jsonl], "jsonl", "plover", tmp_path / "plover.json", heldout_fraction=0.0,
                   settings=Settings())
    assert report.labels == ("COERCE", "NONE", "PROTEST")
    assert report.heldout is None


def test_the_split_is_stratified_deterministic_and_keeps_single_examples_for_training() -> None:
    examples = [Example(f"text {i}", "A" if i < 8 else "B", "") for i in range(12)] + [Example("x", "C", "")]
    train_part, heldout = split_examples(examples, 0.25, seed=3)
    assert Counter(e.label for e in heldout) == {"A": 2, "B": 1}
    assert Counter(e.label for e in train_part) == {"A": 6, "B": 3, "C": 1}
    assert split_examples(examples, 0.25, seed=3) == (train_part, heldout)


@pytest.mark.parametrize("target,labels", [
    ("acled", {*SUB_EVENT_TYPES, NO_EVENT}),
    ("plover", {*PLOVER_EVENTS, NO_EVENT}),
])
def test_shipped_models_cover_their_scheme_and_were_trained_only_on_shippable_data(
        target: str, labels: set[str]) -> None:
    model = load_shipped(target)  # type: ignore[arg-type]
    assert set(model.labels) == labels
    assert shipped_model_path(target).stat().st_size < 2_000_000  # type: ignore[arg-type]
    names = {source["name"] for source in model.card.training["sources"]}
    assert names, "a shipped model must list its training sources"
    assert all(name.endswith(".jsonl") or name in SHIPPABLE for name in names)
    assert model.card.licence and model.card.attribution


def test_the_shipped_plover_model_carries_the_share_alike_licence_of_its_gold_records() -> None:
    card = load_shipped("plover").card
    assert card.licence.startswith("CC BY-SA 4.0")
    assert any("Open Event Data Alliance" in line for line in card.attribution)


def test_shipped_models_code_plain_sentences() -> None:
    acled = load_shipped("acled").predict([
        "Police arrested two suspected members of the armed group at a checkpoint."])
    plover = load_shipped("plover").predict(["Hundreds of teachers marched to parliament to demand pay."])
    assert acled[0][0] == "Arrests"
    assert plover[0][0] == "PROTEST"


REPO = Path(__file__).resolve().parents[2]


def test_the_shipped_acled_model_was_built_from_the_examples_in_training() -> None:
    # Edit training/examples/*.jsonl and this fails until training/build_shipped_model.py is rerun.
    examples = read_examples(sorted((REPO / "training" / "examples").glob("*.jsonl")), "jsonl", "acled")
    shipped = load_shipped("acled").card.training["fingerprint"]
    assert shipped == fingerprint([e.text for e in examples], [e.label for e in examples])


@pytest.mark.shared
def test_the_shipped_plover_model_was_built_from_the_examples_and_plover_gold(shared_data: Path) -> None:
    own = read_examples(sorted((REPO / "training" / "examples").glob("*.jsonl")), "jsonl", "plover")
    gold = read_examples([shared_data / "events" / "plover" / "PLOVER_GSR_CAMEO.json"], "plover", "plover")
    shipped = load_shipped("plover").card.training["fingerprint"]
    assert shipped == fingerprint([e.text for e in own + gold], [e.label for e in own + gold])
