"""Trigger lookup on hand-made tokens, cue detection, notes and the place-to-location fallback."""

from __future__ import annotations

from frontlines.coding.lexicon import cues_in, find_triggers
from frontlines.coding.locations import _fallback_locate, most_specific
from frontlines.coding.notes import acled_note, date_phrase
from frontlines.model import Event, Location, Place, Sentence, Size, Token


def tokens(*words: tuple[str, str, str]) -> tuple[list[Token], Sentence]:
    """Tokens from (text, lemma, pos) triples, one space apart, all in one sentence."""
    made, start = [], 0
    for i, (text, lemma, pos) in enumerate(words):
        made.append(Token(start, start + len(text), text, lemma, pos, "", "dep", i))
        start += len(text) + 1
    return made, Sentence(0, start, 0, len(made))


def frames(*words: tuple[str, str, str]) -> list[tuple[str, str]]:
    toks, sent = tokens(*words)
    return [(t.frame, " ".join(x.text for x in toks[t.first : t.last])) for t in find_triggers(toks, sent)]


def test_the_longest_trigger_wins() -> None:
    found = frames(
        ("Police", "police", "NOUN"),
        ("fired", "fire", "VERB"),
        ("tear", "tear", "ADJ"),
        ("gas", "gas", "NOUN"),
    )
    assert found == [("DISPERSE", "tear gas")]


def test_triggers_match_on_lemmas() -> None:
    assert frames(("Rebels", "rebel", "NOUN"), ("recaptured", "recapture", "VERB")) == [
        ("RETAKE", "recaptured")
    ]


def test_hyphenated_triggers_match_spacy_tokens() -> None:
    found = frames(("a", "a", "DET"), ("sit", "sit", "NOUN"), ("-", "-", "PUNCT"), ("in", "in", "NOUN"))
    assert found == [("PROTEST", "sit - in")]


def test_the_month_march_and_according_to_are_not_triggers() -> None:
    assert frames(("On", "on", "ADP"), ("March", "March", "PROPN"), ("3", "3", "NUM")) == []
    assert frames(("according", "accord", "VERB"), ("to", "to", "ADP"), ("police", "police", "NOUN")) == []


def test_cues_name_the_weapon_and_the_victims() -> None:
    assert {"suicide", "civilian"} <= cues_in("A suicide bomber killed civilians.")
    assert "shelling" in cues_in("Mortar rounds hit the town.")
    assert "intervention" in cues_in("Police used tear gas.")


def test_notes_state_the_date_figures_and_who_claims() -> None:
    event = Event("e", "Battles", "Armed clash", "ASSAULT", date="2020-03-02", size=Size(dead=None))
    event.location = Location("Kansafra", admin1="Idlib", geo_precision=1)
    note = acled_note(event, "Rebel forces repelled an assault.", losses_unknown=True)
    assert note == (
        "On 2 March 2020, Rebel forces repelled an assault. Location: Kansafra (Idlib). "
        "Heavy losses reported; fatalities unknown."
    )


def test_date_phrases_follow_time_precision() -> None:
    assert date_phrase("2020-03-05", 2) == "Around 5 March 2020 (as reported)"
    assert date_phrase("2020-03-15", 3) == "In March 2020"


def test_fallback_location_precision_follows_the_feature_code() -> None:
    town = Place(0, 4, "Hama", "Hama", geonameid=1, feature_code="PPLA")
    province = Place(0, 5, "Idlib", "Idlib", geonameid=2, feature_code="ADM1")
    assert _fallback_locate(town).geo_precision == 1
    assert _fallback_locate(province).geo_precision == 3
    assert most_specific([province, town]) is town


def test_grenade_launchers_are_artillery_not_hand_grenades() -> None:
    cues = cues_in("Forces fired grenade launchers at the positions.")
    assert "shelling" in cues and "grenade" not in cues
