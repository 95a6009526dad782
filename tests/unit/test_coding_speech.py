"""Speech acts that govern another event, on real parses of invented sentences: for PLOVER the
threat, refusal, accusation or pledge is the event; the ACLED coding of what it is about stays."""

from __future__ import annotations

import pytest

from frontlines.coding.arguments import trigger_head
from frontlines.coding.lexicon import find_triggers
from frontlines.coding.speech import SpeechAct, governing_act
from frontlines.model import Document, Event, Modality
from frontlines.stages.actors import ActorTagger
from frontlines.stages.analyze import Analyze
from frontlines.stages.events import EventCoder

pytestmark = pytest.mark.slow


def act_over(text: str, frame: str, plover: str, mood: Modality = "planned") -> SpeechAct | None:
    """The speech act governing the first `frame` trigger of a one-sentence text."""
    doc = Analyze()(Document("s", text))
    assert doc.analysis is not None
    tokens, sent = doc.analysis.tokens, doc.analysis.sentences[0]
    trigger = next(t for t in find_triggers(tokens, sent) if t.frame == frame)
    return governing_act(tokens, sent, trigger_head(tokens, trigger), plover, mood)


def coded(text: str) -> list[Event]:
    doc = Document("s", text, published="2021-05-04")
    EventCoder()(ActorTagger()(Analyze()(doc)))
    return doc.event_mentions


def test_a_threatened_attack_is_a_threat_of_violence() -> None:
    act = act_over("The rebels threatened to launch a new offensive on the capital.", "CLASH", "ASSAULT")
    assert act is not None and (act.plover, act.mode) == ("THREATEN", "violence")


def test_a_hostile_act_announced_for_the_future_is_a_threat() -> None:
    act = act_over("The farmers said they would boycott all talks with the ministry.", "PROTEST", "PROTEST")
    assert act is not None and act.plover == "THREATEN"


def test_a_withdrawal_announced_under_a_condition_is_a_threat_but_a_plain_one_is_not() -> None:
    text = "The council announced that it will withdraw its monitors unless the fighting stops."
    act = act_over(text, "WITHDRAW", "RETREAT")
    assert act is not None and act.plover == "THREATEN"
    text = "The council announced that it will withdraw its monitors next week."
    act = act_over(text, "WITHDRAW", "RETREAT")
    assert act is not None and act.plover == "AGREE"


def test_what_a_threat_retaliates_for_is_not_threatened() -> None:
    text = "The rebels threatened to shell the towns in retaliation for an air raid on their base."
    assert act_over(text, "AIRSTRIKE", "ASSAULT") is None


def test_a_rejected_call_for_a_deployment_is_a_rejection() -> None:
    text = "The league rejected a call for its monitors to be deployed in the valley."
    act = act_over(text, "MOBILIZE", "MOBILIZE", "denied")
    assert act is not None and act.plover == "REJECT"


def test_refusing_to_accept_an_agreement_is_a_rejection() -> None:
    act = act_over("The party will not accept the peace deal.", "AGREE", "AGREE", "negated")
    assert act is not None and act.plover == "REJECT"


def test_blame_complaint_and_investigation_are_accusations_with_their_modes() -> None:
    text = "The ministry blamed the militia for the bombing of the market."
    act = act_over(text, "BOMB", "ASSAULT", "asserted")
    assert act is not None and (act.plover, act.mode) == ("ACCUSE", "allege")
    text = "The mayor complained to the governor over two raids on the village."
    act = act_over(text, "ATTACK", "ASSAULT", "asserted")
    assert act is not None and (act.plover, act.mode) == ("ACCUSE", "disapprove")
    text = "A student was put under investigation for her role in rioting at the summit."
    act = act_over(text, "RIOT", "PROTEST", "asserted")
    assert act is not None and (act.plover, act.mode) == ("ACCUSE", "investigate")


def test_a_killing_told_in_a_relative_clause_is_not_what_is_blamed() -> None:
    text = "The ministry blamed the militia for the bombing, which killed five traders."
    assert act_over(text, "KILL", "ASSAULT", "asserted") is None


def test_an_offer_of_troops_is_an_agreement() -> None:
    act = act_over("The republic offered to send troops to the peacekeeping force.", "MOBILIZE", "MOBILIZE")
    assert act is not None and act.plover == "AGREE"


def test_an_attack_told_as_happening_is_no_speech_act() -> None:
    assert act_over("Gunmen attacked a police post in the town.", "ATTACK", "ASSAULT", "asserted") is None


def test_a_blamed_bombing_keeps_its_acled_coding_and_is_an_accusation_for_plover() -> None:
    events = coded("Officials blamed the militia for the bombing that killed five people in Kano on Monday.")
    bombing = next(e for e in events if e.acled_event_type)
    assert bombing.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert (bombing.plover_event, bombing.plover_mode) == ("ACCUSE", "allege")


def test_a_warning_that_others_could_attack_is_no_threat_but_one_of_the_speakers_act_is() -> None:
    text = "Officials warned that militants could attack the city."
    assert act_over(text, "ATTACK", "ASSAULT", "hypothetical") is None
    text = "The commander warned that they would attack the city."
    act = act_over(text, "ATTACK", "ASSAULT", "hypothetical")
    assert act is not None and act.plover == "THREATEN"


def test_cooperation_told_as_refused_is_a_rejection() -> None:
    text = "The minister said he would not provide support to the coalition."
    act = act_over(text, "SUPPORT", "SUPPORT", "negated")
    assert act is not None and act.plover == "REJECT"


def test_wanting_another_to_attack_is_a_request_and_wanting_to_attack_a_threat() -> None:
    act = act_over("The president wants the allies to attack the port.", "ATTACK", "ASSAULT")
    assert act is not None and act.plover == "REQUEST"
    act = act_over("The president wants to attack the port.", "ATTACK", "ASSAULT")
    assert act is not None and act.plover == "THREATEN"


def test_lifting_a_curfew_or_calling_off_a_strike_is_a_concession() -> None:
    act = act_over("The governor lifted the curfew in the old city.", "COERCE", "COERCE", "asserted")
    assert act is not None and act.plover == "CONCEDE"
    act = act_over("The union called off the general strike.", "PROTEST", "PROTEST", "asserted")
    assert act is not None and act.plover == "CONCEDE"


def test_refusing_to_lift_a_curfew_is_a_rejection() -> None:
    act = act_over("The council is refusing to lift the curfew.", "COERCE", "COERCE", "asserted")
    assert act is not None and act.plover == "REJECT"


def plover_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.plover_event, e.acled_event_type or None) for e in coded(text)]


def test_asylum_and_arms_sent_are_aid_without_an_acled_type() -> None:
    assert ("AID", None) in plover_of("The government granted political asylum to three journalists.")
    assert ("AID", None) in plover_of("The kingdom continued to send arms to the northern republic.")


def test_diplomatic_ties_treaties_and_forgiveness_are_support() -> None:
    assert ("SUPPORT", None) in plover_of("The two countries established diplomatic ties in March.")
    assert ("SUPPORT", None) in plover_of("The two presidents signed a treaty of friendship on Monday.")
    assert ("SUPPORT", None) in plover_of("The elders said they forgave the governor.")


def test_shared_intelligence_extradition_and_joint_exercises_are_cooperation() -> None:
    assert ("COOPERATE", None) in plover_of("The police shared intelligence with their neighbours.")
    assert ("COOPERATE", None) in plover_of("Kenya extradited the smuggler to Uganda on Sunday.")
    assert ("COOPERATE", None) in plover_of("The two navies began joint exercises off the coast.")


def test_a_resignation_or_a_demobilisation_is_a_retreat() -> None:
    assert ("RETREAT", None) in plover_of("The interior minister resigned on Friday.")
    assert ("RETREAT", None) in plover_of("Hundreds of militia fighters were demobilized last month.")


def test_saying_that_another_must_act_is_a_request_and_saying_it_will_is_not() -> None:
    text = "The minister said the rebels must hand over the town to the army."
    act = act_over(text, "WITHDRAW", "RETREAT")
    assert act is not None and act.plover == "REQUEST"
    text = "The minister said the rebels will hand over the town to the army."
    act = act_over(text, "WITHDRAW", "RETREAT")
    assert act is None or act.plover != "REQUEST"


def test_an_obligation_laid_on_another_is_coded_as_a_demand_not_a_withdrawal() -> None:
    events = coded("The minister said the rebels must hand over the town to the army.")
    assert [e.plover_event for e in events] == ["REQUEST"] and events[0].modality == "planned"


def test_must_have_is_an_inference_about_the_past_not_a_demand() -> None:
    events = coded("Residents said the soldiers must have shelled the village on Monday.")
    assert [(e.plover_event, e.modality) for e in events] == [("ASSAULT", "asserted")]


def test_any_verb_saying_that_a_named_other_must_act_makes_a_demand() -> None:
    text = "The envoy reiterated that the militia must hand over the town to the army."
    act = act_over(text, "WITHDRAW", "RETREAT")
    assert act is not None and act.plover == "REQUEST"


def test_easing_restrictions_or_emergency_measures_is_a_concession() -> None:
    text = "The court cancelled restrictions on the use of the language."
    act = act_over(text, "COERCE", "COERCE", "asserted")
    assert act is not None and act.plover == "CONCEDE"
    text = "The government eased emergency measures in the province."
    act = act_over(text, "COERCE", "COERCE", "asserted")
    assert act is not None and act.plover == "CONCEDE"


def test_a_demand_that_another_ease_restrictions_is_a_request_not_a_concession() -> None:
    text = "The union demanded that the authorities lift the restrictions on imports."
    act = act_over(text, "COERCE", "COERCE")
    assert act is not None and act.plover == "REQUEST"
    act = act_over("The union urged the governor to lift the curfew.", "COERCE", "COERCE")
    assert act is not None and act.plover == "REQUEST"


def test_defending_another_is_support_and_cutting_diplomatic_ties_a_sanction() -> None:
    assert ("SUPPORT", None) in plover_of("The minister defended the neighbouring state against criticism.")
    assert ("SUPPORT", None) in plover_of("The two states upgraded their diplomatic ties last week.")
    assert ("SANCTION", None) in plover_of("The republic severed diplomatic relations with its neighbour.")


def test_a_summit_is_a_consultation_and_jailing_someone_coercion_without_an_acled_type() -> None:
    assert ("CONSULT", None) in plover_of("The two presidents held a summit in the capital on Friday.")
    assert ("COERCE", None) in plover_of("A court jailed the opposition leader for two years on Monday.")


def test_claiming_that_another_attacked_is_an_allegation() -> None:
    act = act_over("The US claimed that ISIL had attacked Iraq.", "ATTACK", "ASSAULT", "asserted")
    assert act is not None and (act.plover, act.mode) == ("ACCUSE", "allege")


def test_claiming_responsibility_for_an_attack_is_no_allegation() -> None:
    text = "The group claimed responsibility for the attack."
    assert act_over(text, "ATTACK", "ASSAULT", "asserted") is None


def test_endorsing_an_agreement_supports_it() -> None:
    act = act_over("Ukrainian lawmakers endorsed an association agreement with the European Union.",
                   "AGREE", "AGREE", "asserted")
    assert act is not None and act.plover == "SUPPORT"


def test_halting_aid_is_a_sanction() -> None:
    act = act_over("Japan said on Tuesday it had halted economic aid to Serbia.", "AID", "AID", "asserted")
    assert act is not None and act.plover == "SANCTION"


def test_ending_mediation_efforts_is_a_sanction() -> None:
    text = "Syrian officers ended mediation efforts between rival militias."
    act = act_over(text, "MEET", "CONSULT", "asserted")
    assert act is not None and act.plover == "SANCTION"


def test_halting_talks_unless_others_cooperate_is_a_threat() -> None:
    act = act_over("The European Community may halt mediation efforts if cooperation founders.",
                   "MEET", "CONSULT", "hypothetical")
    assert act is not None and (act.plover, act.mode) == ("THREATEN", "sanction")
