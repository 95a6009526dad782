"""The learned text classifier: features, fitting, predicting and the saved JSON model (invented data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlines.learn import FeatureConfig, ModelCard, Settings, TextClassifier, featurize, fingerprint

SENTENCES = {
    "Arrests": [
        "Police arrested five opposition activists at their office.",
        "Security forces detained a journalist in the capital.",
        "Officers arrested two suspects after a raid on a house.",
    ],
    "Peaceful protest": [
        "Teachers marched to parliament to demand their salaries.",
        "Farmers held a peaceful demonstration against fuel prices.",
        "Students protested on campus against the closure of the library.",
    ],
    "Air/drone strike": [
        "Warplanes bombed a rebel camp in the north.",
        "A drone strike hit a car carrying two commanders.",
        "Airstrikes targeted weapons depots outside the city.",
    ],
    "NONE": [
        "The central bank kept interest rates unchanged.",
        "The football team won the championship final.",
        "Heavy rain is expected over the weekend.",
    ],
}
TEXTS = [text for texts in SENTENCES.values() for text in texts]
LABELS = [label for label, texts in SENTENCES.items() for _ in texts]


@pytest.fixture(scope="module")
def model() -> TextClassifier:
    card = ModelCard(target="acled", licence="Apache-2.0", attribution=["written for this test"])
    return TextClassifier(settings=Settings(epochs=30, seed=0), card=card).fit(TEXTS, LABELS)


def test_features_are_words_pairs_and_prefixes_without_function_words_or_digits() -> None:
    features = featurize("On 3 May, police fired on the protesters. [size=no report]", FeatureConfig())
    assert "w:police" in features and "w:protesters" in features
    assert "w:the" not in features and "w:on" not in features  # function words alone say nothing
    assert "b:fired on" in features  # ...but stay in a pair with a content word
    assert "b:0 may" in features  # every digit reads as 0
    assert "p:prote" in features and "p:polic" in features
    assert not any("size" in f or "report" in f for f in features)  # ACLED's size tag is dropped


def test_a_tiny_model_predicts_the_labels_it_was_trained_on(model: TextClassifier) -> None:
    predicted = model.predict(TEXTS)
    assert [label for label, _ in predicted] == LABELS
    assert all(0.0 < prob <= 1.0 for _, prob in predicted)
    assert model.labels == ("Air/drone strike", "Arrests", "NONE", "Peaceful protest")


def test_it_generalises_to_a_new_sentence_sharing_the_key_words(model: TextClassifier) -> None:
    assert model.predict(["Police detained three activists."])[0][0] == "Arrests"


def test_excluded_labels_are_never_predicted_and_the_rest_renormalised(model: TextClassifier) -> None:
    label, prob = model.predict(["The football team won the final."], exclude={"NONE"})[0]
    assert label != "NONE"
    assert 0.0 < prob <= 1.0
    assert model.predict(["The football team won the final."])[0][0] == "NONE"


def test_probabilities_sum_to_one_for_each_text(model: TextClassifier) -> None:
    probs = model.probabilities(["Warplanes hit the camp.", ""])
    assert probs.shape == (2, 4)
    assert probs.sum(axis=1) == pytest.approx([1.0, 1.0])


def test_save_and_load_round_trip(model: TextClassifier, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    loaded = TextClassifier.load(path)
    assert loaded.labels == model.labels
    assert loaded.features == model.features
    assert loaded.settings == model.settings
    for (label, prob), (again, prob_again) in zip(model.predict(TEXTS), loaded.predict(TEXTS), strict=True):
        assert label == again
        assert prob == pytest.approx(prob_again, abs=0.01)  # weights are saved in thousandths


def test_the_saved_header_names_labels_features_data_and_licence(model: TextClassifier,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    header = json.loads(path.read_text(encoding="utf-8"))
    assert header["format"] == "frontlines.text-classifier"
    assert header["labels"] == list(model.labels)
    assert header["features"] == {"bigrams": True, "prefix_length": 5, "lowercase": True, "stopwords": True}
    assert header["training"]["fingerprint"] == fingerprint(TEXTS, LABELS)
    assert header["training"]["examples"] == len(TEXTS)
    assert header["licence"] == "Apache-2.0"
    assert header["attribution"] == ["written for this test"]
    assert "w:arrested" in header["weights"]


def test_the_fingerprint_ignores_order_but_not_labels() -> None:
    assert fingerprint(TEXTS, LABELS) == fingerprint(TEXTS[::-1], LABELS[::-1])
    assert fingerprint(TEXTS, LABELS) != fingerprint(TEXTS, ["NONE"] * len(TEXTS))


def test_loading_something_else_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a frontlines.text-classifier"):
        TextClassifier.load(path)


def test_fitting_needs_one_label_per_text_and_predicting_needs_a_fit() -> None:
    with pytest.raises(ValueError, match="as many labels"):
        TextClassifier().fit(["one", "two"], ["A"])
    with pytest.raises(ValueError, match="not been trained"):
        TextClassifier().predict(["anything"])
