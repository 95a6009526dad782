"""Sparse text features for the learned classifier: words, word pairs and word prefixes."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

__all__ = ["STOPWORDS", "FeatureConfig", "featurize", "tokenize"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_DIGIT = re.compile(r"\d")
# ACLED notes end with a size tag ("[size=no report]") that says nothing about the event type.
_SIZE_TAG = re.compile(r"\[size=[^\]]*\]", re.IGNORECASE)
# Function words: alone they only tell how long or formal a text is, which is a property of the source
# (ACLED notes, wire copy) rather than of the event; pairs with a content word keep them ("fired on").
_STOPWORD_LIST = """
a an the of to in on at by for from with and or but as into onto over than then that this
these those there it its is was were be been being are has have had do does did he she they them his her
their we our you your i me my who whom which what when where while also so such s 0 00 000 0000
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How text becomes features; saved in the model header so a loaded model featurizes alike."""

    bigrams: bool = True
    prefix_length: int = 5  # 0 turns prefixes off; 5 lets "protesters" and "protested" share "protes"
    lowercase: bool = True
    stopwords: bool = True  # drop function words (and pairs of them) from the features

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FeatureConfig:
        """Config from a model header; unknown keys are an error so an old reader fails loudly."""
        unknown = set(data) - {"bigrams", "prefix_length", "lowercase", "stopwords"}
        if unknown:
            raise ValueError(f"unknown feature settings {sorted(unknown)}")
        return cls(bigrams=bool(data.get("bigrams", True)), lowercase=bool(data.get("lowercase", True)),
                   prefix_length=int(str(data.get("prefix_length", 5))),
                   stopwords=bool(data.get("stopwords", True)))


def tokenize(text: str, lowercase: bool = True) -> list[str]:
    """Word tokens; every digit becomes 0 so "killed 3" and "killed 7" look the same."""
    text = _SIZE_TAG.sub(" ", text)
    if lowercase:
        text = text.lower()
    return [_DIGIT.sub("0", token).replace("’", "'") for token in _TOKEN.findall(text)]


def featurize(text: str, config: FeatureConfig) -> list[str]:
    """Distinct feature names of a text, in first-seen order (`w:` word, `b:` pair, `p:` prefix)."""
    tokens = tokenize(text, config.lowercase)
    stop = STOPWORDS if config.stopwords else frozenset()
    content = [token for token in tokens if token not in stop]
    features = [f"w:{token}" for token in content]
    if config.bigrams:
        features += [f"b:{first} {second}" for first, second in zip(tokens, tokens[1:], strict=False)
                     if first not in stop or second not in stop]
    if config.prefix_length:
        size = config.prefix_length
        features += [f"p:{token[:size]}" for token in content if len(token) > size]
    return list(dict.fromkeys(features))
