"""Trigger lookup on hand-made tokens, cue detection, notes and the place-to-location fallback."""

from __future__ import annotations

from frontlines.coding.lexicon import cues_in, find_triggers, grievance_spans, without_grievances
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


def test_riot_police_are_no_riot() -> None:
    found = frames(("Riot", "riot", "NOUN"), ("police", "police", "NOUN"), ("arrived", "arrive", "VERB"))
    assert found == []
    assert "riot" not in cues_in("Anti-riot units and riot police were deployed.")
    erupted = frames(("a", "a", "DET"), ("riot", "riot", "NOUN"), ("erupted", "erupt", "VERB"))
    assert erupted == [("RIOT", "riot")]


def test_striking_workers_are_on_strike_not_attacking() -> None:
    toks, sent = tokens(("striking", "strike", "VERB"), ("drivers", "driver", "NOUN"))
    toks[0] = Token(toks[0].start, toks[0].end, "striking", "strike", "VERB", "", "amod", 1)
    assert [t.frame for t in find_triggers(toks, sent)] == ["PROTEST"]


def test_vandalism_is_property_destruction_not_a_riot_by_itself() -> None:
    assert frames(("Settlers", "settler", "NOUN"), ("vandalised", "vandalise", "VERB")) == [
        ("LOOT", "vandalised")
    ]


def test_what_a_protest_is_against_is_blanked_out_to_the_end_of_its_phrase() -> None:
    text = "Over 200 students marched against the killing of a youth, and police fired tear gas."
    kept = without_grievances(text)
    assert len(kept) == len(text) and "killing" not in kept
    assert "Over 200 students marched against" in kept and "police fired tear gas" in kept
    assert [text[a:b].strip() for a, b in grievance_spans(text)] == ["the killing of a youth"]


def test_a_capitalised_against_in_a_name_is_no_grievance() -> None:
    assert grievance_spans("The Parents Against Pit Latrines staged a protest.") == ()

def test_a_passive_condemned_by_tells_who_condemned_not_a_grievance() -> None:
    text = "The sit-in was condemned by the mayor, and guards sprayed pepper spray at the tenants."
    assert without_grievances(text) == text
    text = "The tenants denounced the rent rise, pointing at the landlord."
    assert "rent rise" not in without_grievances(text)



def test_a_list_of_demands_stays_one_grievance() -> None:
    text = "Students protested, demanding justice for the deaths, and release of those detained by police."
    assert "detained" not in without_grievances(text)


def test_protests_named_as_background_are_blanked_out() -> None:
    text = "Police beat an activist on the fourth anniversary of the 2018 protests."
    assert "protests" not in without_grievances(text)
    text = "Police detained a man in connection with demonstrations days earlier."
    assert "demonstrations" not in without_grievances(text)


def test_torture_is_an_attack() -> None:
    assert frames(("Police", "police", "NOUN"), ("tortured", "torture", "VERB")) == [("ATTACK", "tortured")]


def test_an_explosives_expert_or_a_named_mine_is_no_weapon() -> None:
    assert "ied" not in cues_in("Gunmen shot dead an explosives expert near the Karma Mine.")
    assert "ied" in cues_in("The Mine exploded under a truck; another mine was defused.")


def test_cues_are_whole_words_in_any_case_and_spelling() -> None:
    assert "shelling" in cues_in("MORTAR rounds hit the town.")
    assert "shelling" not in cues_in("Mortars-maker Ltd. opened a shop.")  # no cue inside a longer word
    # A letter that folds to an ASCII one ("ſ" is "s") still matches, as the pattern's own case folding does.
    assert cues_in("Mortar rounds hit the town. ſ") == cues_in("Mortar rounds hit the town.")


def test_people_from_all_over_a_region_are_no_grievance() -> None:
    text = "Nurses from all over the province staged a sit-in, demanding a service structure."
    assert [text[a:b].strip() for a, b in grievance_spans(text)] == ["a service structure"]
