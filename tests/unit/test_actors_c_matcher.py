"""The alias matcher tries at each word only the aliases that start with it, and finds what the whole
alternation finds."""

from __future__ import annotations

from frontlines.coding.catalogue import AliasMatcher, load_catalogue
from frontlines.coding.countries import first_word, first_word_matches

TEXTS = [
    "Suspected IS militants and pro-Houthi gunmen fired at Taliban fighters near the ISIS camp.",
    "The U.S. forces and al-Shabaab clashed; is the People's Defense Force there? isis was not.",
    "Ḥouthi fighters, then Kenya Defence Forces troops and KDF soldiers, PDF-Kalay and Hamas-Fatah talks.",
]


def test_first_words_are_lower_cased_words() -> None:
    assert first_word("U.S. forces") == "u" and first_word("People's Defense Force") == "people"


def test_the_first_word_index_finds_what_the_whole_alternation_finds() -> None:
    matcher = AliasMatcher(load_catalogue())
    for text in TEXTS:
        whole = [(m.start(), m.end()) for m in matcher.pattern.finditer(text)]
        indexed = first_word_matches(text, matcher.by_first_word, matcher.pattern)
        assert [(m.start(), m.end()) for m in indexed] == whole
    found = [(m.entry.name, TEXTS[0][m.start : m.end]) for m in matcher.find(TEXTS[0])]
    assert ("Military Forces of Afghanistan", "Taliban") in found  # as they are named today
    assert all("Houthi" not in text for _, text in found)
