"""Event roles by ACLED's conventions: unnamed sides, civilian targets, forces abroad."""

from __future__ import annotations

from frontlines.coding.arguments import Roles, find_roles, first_named
from frontlines.coding.classify import Coding
from frontlines.coding.lexicon import Trigger
from frontlines.coding.roles import actors_country, crowd_roles, foreign_forces
from frontlines.model import ActorMention, Analysis, Document, EventActor, Place, Sentence, Token
from frontlines.stages.actors import ActorTagger

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
ARRESTS = Coding("Strategic developments", "Arrests", "COERCE", "arrest", 0.6)
MEETING = Coding("", "", "CONSULT", None, 0.5)


def kenyan_doc() -> Document:
    nairobi = Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")
    return Document("d", "Nairobi", places=[nairobi])


def test_an_unnamed_attacker_is_an_unidentified_armed_group_and_the_victims_civilians() -> None:
    actor1, actor2 = crowd_roles(kenyan_doc(), ATTACK, Roles(), [])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Unidentified Armed Group (Kenya)", 3)
    assert actor2 is not None and (actor2.name, actor2.inter) == ("Civilians (Kenya)", 7)


def test_arrests_with_no_one_named_are_made_by_the_police() -> None:
    actor1, _ = crowd_roles(kenyan_doc(), ARRESTS, Roles(), [])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Police Forces of Kenya", 1)


def test_a_group_the_catalogue_does_not_know_keeps_its_name_with_the_conventional_inter() -> None:
    group = ActorMention(0, 16, "Lion Brigade", "Lion Brigade", None)
    actor1, _ = crowd_roles(kenyan_doc(), ATTACK, Roles(actor1=group), [group])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Lion Brigade", 3)


def test_events_acled_does_not_code_get_no_invented_sides() -> None:
    assert crowd_roles(kenyan_doc(), MEETING, Roles(), []) == (None, None)


def test_state_forces_abroad_are_external_forces() -> None:
    abroad = foreign_forces(EventActor("Military Forces of Russia", "Russian forces", 1), "UA")
    at_home = foreign_forces(EventActor("Military Forces of Ukraine", "Ukrainian forces", 1), "UA")
    assert abroad is not None and abroad.inter == 8
    assert at_home is not None and at_home.inter == 1


def test_an_air_strike_by_no_one_named_is_the_state_armed_forces() -> None:
    strike = Coding("Explosions/Remote violence", "Air/drone strike", "ASSAULT", "aerial", 0.7)
    actor1, actor2 = crowd_roles(kenyan_doc(), strike, Roles(), [])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Military Forces of Kenya", 1)
    assert actor2 is None


def test_a_crowd_belongs_to_the_country_it_gathered_in() -> None:
    # A rally in Berlin in a report mostly about Ukraine: the document's country was Ukraine.
    protesters = foreign_forces(EventActor("Protesters (Ukraine)", "protesters", 6), "DE")
    unnamed = foreign_forces(EventActor("Unidentified Armed Group", "", 3), "KE")
    assert protesters is not None and protesters.name == "Protesters (Germany)"
    assert unnamed is not None and unnamed.name == "Unidentified Armed Group (Kenya)"


def test_a_crowd_named_by_its_nationality_keeps_it() -> None:
    rioters = foreign_forces(EventActor("Rioters (Palestine)", "Palestinian rioters", 5), "IL")
    assert rioters is not None and rioters.name == "Rioters (Palestine)"


def test_state_forces_keep_their_country_and_only_gain_one_when_they_had_none() -> None:
    army = foreign_forces(EventActor("Military Forces of Israel", "the army", 1), "LB")
    bare = foreign_forces(EventActor("Police Forces", "police", 1), "KE")
    named = foreign_forces(EventActor("Lion Brigade", "Lion Brigade", 3), "KE")
    assert army is not None and (army.name, army.inter) == ("Military Forces of Israel", 8)
    assert bare is not None and bare.name == "Police Forces of Kenya"
    assert named is not None and named.name == "Lion Brigade"


def test_unnamed_gunmen_in_the_northern_triangle_are_a_gang() -> None:
    gunmen = foreign_forces(EventActor("Unidentified Armed Group (Mexico)", "armed men", 3), "SV")
    elsewhere = foreign_forces(EventActor("Unidentified Armed Group", "armed men", 3), "CO")
    assert gunmen is not None and (gunmen.name, gunmen.inter) == ("Unidentified Gang (El Salvador)", 3)
    assert elsewhere is not None and elsewhere.name == "Unidentified Armed Group (Colombia)"


def test_of_actors_listed_together_the_first_named_is_actor1() -> None:
    text = "Soldiers, police and Kanyo militiamen burned houses."
    soldiers = ActorMention(0, 8, "Soldiers", "Military Forces of Chad", 1)
    police = ActorMention(10, 16, "police", "Police Forces of Chad", 1)
    militia = ActorMention(21, 37, "Kanyo militiamen", "Kanyo Communal Militia (Chad)", 4)
    assert first_named(text, 0, militia, [soldiers, police, militia], None) is soldiers
    assert first_named(text, 0, militia, [soldiers, police, militia], police) is militia  # not the other side
    apart = "Soldiers came. Later Kanyo militiamen burned houses."
    later = ActorMention(21, 37, "Kanyo militiamen", "Kanyo Communal Militia (Chad)", 4)
    assert first_named(apart, 0, later, [soldiers, later], None) is later


def test_civilians_are_the_actor_of_a_development_no_one_else_drives() -> None:
    other = Coding("Strategic developments", "Other", "MOBILIZE", None, 0.4)
    refugees = ActorMention(14, 37, "refugees from Ukraine", "Civilians (Ukraine)", 7)
    actor1, _ = crowd_roles(kenyan_doc(), other, Roles(), [refugees])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Civilians (Ukraine)", 7)


CLASH = Coding("Battles", "Armed clash", "FIGHT", None, 0.6)
SHELLING = Coding("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", None, 0.6)


def test_an_armed_actor_named_outside_the_parse_is_the_agent_of_unattributed_violence() -> None:
    # "Shells fired by the Kenyan army hit two houses": the agent hangs off "fired", not "hit".
    army = ActorMention(16, 27, "Kenyan army", "Military Forces of Kenya", 1)
    actor1, _ = crowd_roles(kenyan_doc(), SHELLING, Roles(), [army])
    assert actor1 is not None and (actor1.name, actor1.text) == ("Military Forces of Kenya", "Kenyan army")


def test_state_forces_clashing_with_someone_unnamed_are_actor1() -> None:
    police = ActorMention(30, 36, "police", "Police Forces of Kenya", 1)
    actor1, actor2 = crowd_roles(kenyan_doc(), CLASH, Roles(actor2=police), [police])
    assert actor1 is not None and actor1.name == "Police Forces of Kenya"
    assert actor2 is not None and actor2.name == "Unidentified Armed Group (Kenya)"


def test_an_object_parsed_as_the_subject_of_the_next_clause_is_still_the_target() -> None:
    # "Rebels shelled Ruritanian forces killing one": spaCy makes "forces" the subject of "killing".
    words = [("Rebels", "NOUN", "nsubj", 1), ("shelled", "VERB", "ROOT", 1), ("Ruritanian", "ADJ", "amod", 3),
             ("forces", "NOUN", "nsubj", 4), ("killing", "VERB", "advcl", 1), ("one", "NUM", "dobj", 4)]
    tokens, start = [], 0
    for word, pos, dep, head in words:
        tokens.append(Token(start, start + len(word), word, word.lower(), pos, "", dep, head))
        start += len(word) + 1
    sent = Sentence(0, start - 1, 0, len(tokens))
    rebels = ActorMention(0, 6, "Rebels", "Rebel Forces", 2)
    forces = ActorMention(15, 32, "Ruritanian forces", "Military Forces of Ruritania", 1)
    roles = find_roles(tokens, sent, Trigger("SHELL", 1, 2), [rebels, forces])
    assert roles.actor1 is rebels and roles.actor2 is forces


def test_a_forces_vehicle_is_what_was_hit_not_who_struck() -> None:
    ied = Coding("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", None, 0.6)
    vehicle = ActorMention(2, 21, "Kenyan army vehicle", "Military Forces of Kenya", 1)
    planters = ActorMention(50, 66, "Shabaab fighters", "Al Shabaab", 2)
    actor1, actor2 = crowd_roles(kenyan_doc(), ied, Roles(actor1=vehicle), [vehicle, planters])
    assert actor1 is not None and actor1.name == "Al Shabaab"
    assert actor2 is not None and actor2.name == "Military Forces of Kenya"


def test_a_crowd_named_by_nationality_keeps_it_when_it_turns_violent() -> None:
    riot = Coding("Riots", "Violent demonstration", "PROTEST", None, 0.6)
    crowd = ActorMention(0, 21, "Palestinian protesters", "Protesters (Palestine)", 6)
    actor1, _ = crowd_roles(kenyan_doc(), riot, Roles(actor1=crowd), [crowd])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Rioters (Palestine)", 5)


def parsed(words: list[tuple[str, str, str, int]]) -> tuple[list[Token], Sentence]:
    """Tokens and their sentence from (word, part of speech, dependency, head index)."""
    tokens, start = [], 0
    for word, pos, dep, head in words:
        tokens.append(Token(start, start + len(word), word, word.lower(), pos, "", dep, head))
        start += len(word) + 1
    return tokens, Sentence(0, start - 1, 0, len(tokens))


def test_an_attack_told_as_the_cause_of_passive_deaths_fell_on_the_dead() -> None:
    # "2 soldiers were killed following a grenade attack by gunmen"
    tokens, sent = parsed([
        ("2", "NUM", "nummod", 1), ("soldiers", "NOUN", "nsubjpass", 3), ("were", "AUX", "auxpass", 3),
        ("killed", "VERB", "ROOT", 3), ("following", "VERB", "prep", 3), ("a", "DET", "det", 7),
        ("grenade", "NOUN", "compound", 7), ("attack", "NOUN", "pobj", 4), ("by", "ADP", "prep", 7),
        ("gunmen", "NOUN", "pobj", 8)])  # fmt: skip
    soldiers = ActorMention(2, 10, "soldiers", "Military Forces of Kenya", 1)
    gunmen = ActorMention(53, 59, "gunmen", "Unidentified Armed Group (Kenya)", 3)
    roles = find_roles(tokens, sent, Trigger("BOMB", 6, 7), [soldiers, gunmen])
    assert roles.actor1 is gunmen and roles.actor2 is soldiers


def test_forces_killed_by_no_one_named_are_the_target_not_the_attacker() -> None:
    # "3 soldiers were killed": the passive leaves the attacker unnamed.
    tokens, sent = parsed([("3", "NUM", "nummod", 1), ("soldiers", "NOUN", "nsubjpass", 3),
                           ("were", "AUX", "auxpass", 3), ("killed", "VERB", "ROOT", 3)])
    soldiers = ActorMention(2, 10, "soldiers", "Military Forces of Kenya", 1)
    roles = find_roles(tokens, sent, Trigger("KILL", 3, 4), [soldiers])
    assert roles.actor2 is soldiers and roles.passive
    actor1, actor2 = crowd_roles(kenyan_doc(), CLASH, roles, [soldiers])
    assert actor1 is not None and actor1.name == "Unidentified Armed Group (Kenya)"
    assert actor2 is not None and actor2.name == "Military Forces of Kenya"


def test_a_group_claiming_responsibility_is_the_attacker() -> None:
    text = "Gunmen shot two soldiers in Garissa. Later Shabaab claimed responsibility for the attack."
    gunmen = ActorMention(0, 6, "Gunmen", "Unidentified Armed Group (Kenya)", 3)
    soldiers = ActorMention(16, 24, "soldiers", "Military Forces of Kenya", 1)
    shabaab = ActorMention(43, 50, "Shabaab", "Al Shabaab", 2)

    def attacker(report: str) -> str | None:
        doc = Document("d", report, places=kenyan_doc().places)
        actor1, actor2 = crowd_roles(doc, ATTACK, Roles(gunmen, soldiers), [gunmen, soldiers, shabaab])
        assert actor2 is not None and actor2.name == "Military Forces of Kenya"
        return actor1.name if actor1 else None

    assert attacker(text) == "Al Shabaab"
    assert attacker(text.replace("claimed", "denied")) == "Unidentified Armed Group (Kenya)"


def test_a_perpetrator_brazilian_reports_do_not_describe_is_a_gang_or_police_militia() -> None:
    unnamed = foreign_forces(EventActor("Unidentified Armed Group", "", 3), "BR")
    described = foreign_forces(EventActor("Unidentified Armed Group", "armed individuals", 3), "BR")
    assert unnamed is not None
    assert (unnamed.name, unnamed.inter) == ("Unidentified Gang and/or Police Militia", 3)
    assert described is not None and described.name == "Unidentified Armed Group (Brazil)"


def test_what_an_earlier_verb_acted_on_is_no_agent_of_a_later_trigger() -> None:
    # "Rebels attacked soldiers with guns artillery": the parse leaves "artillery" agentless.
    tokens, sent = parsed([
        ("Rebels", "NOUN", "nsubj", 1), ("attacked", "VERB", "ROOT", 1),
        ("soldiers", "NOUN", "dobj", 1), ("with", "ADP", "prep", 1), ("guns", "NOUN", "pobj", 3),
        ("artillery", "NOUN", "appos", 4)])  # fmt: skip
    rebels = ActorMention(0, 6, "Rebels", "Rebel Forces", 2)
    soldiers = ActorMention(16, 24, "soldiers", "Military Forces of Kenya", 1)
    roles = find_roles(tokens, sent, Trigger("SHELL", 5, 6), [rebels, soldiers])
    assert roles.actor1 is rebels and roles.fallback


def test_a_clash_with_one_side_named_is_that_side_against_its_own_kind() -> None:
    # "Two clan militias clashed near the well."
    militias = ActorMention(4, 18, "clan militias", "Unidentified Clan Militia (Kenya)", 4)
    actor1, actor2 = crowd_roles(kenyan_doc(), CLASH, Roles(actor1=militias), [militias])
    assert actor1 is not None and actor2 is not None and actor2 is not actor1
    assert (actor1.name, actor1.inter) == ("Unidentified Clan Militia (Kenya)", 4)
    assert (actor2.name, actor2.inter) == (actor1.name, actor1.inter)


def test_with_no_place_and_no_country_named_a_catalogued_groups_home_places_the_others() -> None:
    # "An FARDC soldier raped a woman": no place resolved, no country named, FARDC is Congo's army.
    doc = Document("d", "An FARDC soldier raped a woman.")
    rape = Coding("Violence against civilians", "Sexual violence", "ASSAULT", None, 0.6)
    soldier = ActorMention(3, 16, "FARDC soldier", "Military Forces of the Democratic Republic of Congo", 1)
    woman = ActorMention(23, 30, "a woman", "Civilians", 7)
    actor1, actor2 = crowd_roles(doc, rape, Roles(soldier, woman), [soldier, woman])
    assert actor1 is not None and actor1.name == "Military Forces of the Democratic Republic of Congo"
    assert actor2 is not None and actor2.name == "Civilians (Democratic Republic of Congo)"
    # A place resolved elsewhere decides instead.
    actor1, actor2 = crowd_roles(kenyan_doc(), rape, Roles(soldier, woman), [soldier, woman])
    assert actor2 is not None and actor2.name == "Civilians"  # placed later, by the event's country


def test_a_claim_of_responsibility_in_another_sentence_names_the_attacker() -> None:
    text = "Two soldiers were shot dead in Garissa. Later Shabaab claimed responsibility."
    soldiers = ActorMention(4, 12, "soldiers", "Military Forces of Kenya", 1)
    shabaab = ActorMention(46, 53, "Shabaab", "Al Shabaab", 2)
    doc = Document("d", text, places=kenyan_doc().places, actors=[soldiers, shabaab])
    actor1, actor2 = crowd_roles(doc, CLASH, Roles(actor2=soldiers, passive=True), [soldiers])
    assert actor1 is not None and actor1.name == "Al Shabaab"
    assert actor2 is not None and actor2.name == "Military Forces of Kenya"


def test_a_clash_told_with_one_side_in_the_parse_takes_the_other_armed_side_of_the_sentence() -> None:
    # "Police officers and armed men clashed": the parse found only the police.
    police = ActorMention(0, 15, "Police officers", "Police Forces of Kenya", 1)
    gunmen = ActorMention(20, 29, "armed men", "Unidentified Armed Group (Kenya)", 3)
    actor1, actor2 = crowd_roles(kenyan_doc(), CLASH, Roles(actor1=police), [police, gunmen])
    assert actor1 is not None and actor1.name == "Police Forces of Kenya"
    assert actor2 is not None and actor2.text == "armed men"
    assert actor2.name == "Unidentified Armed Group (Kenya)"


def test_a_clash_with_one_kind_of_side_named_is_fought_between_two_of_that_kind() -> None:
    militia = ActorMention(4, 18, "clan militias", "Unidentified Clan Militia (Kenya)", 4)
    actor1, actor2 = crowd_roles(kenyan_doc(), CLASH, Roles(actor1=militia), [militia])
    assert actor1 is not None and actor2 is not None and actor1.name == actor2.name


PEACEFUL = Coding("Protests", "Peaceful protest", "PROTEST", "demo", 0.6)


def test_the_other_side_of_a_protest_met_by_a_counter_demonstration_is_protesters() -> None:
    doc = Document("d", "Nairobi: 200 people marched. A counter-demonstration was staged nearby.",
                   places=[Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")])  # fmt: skip
    actor1, actor2 = crowd_roles(doc, PEACEFUL, Roles(), [])
    assert actor1 is not None and actor2 is not None
    assert (actor2.name, actor2.inter) == (actor1.name, 6) == ("Protesters (Kenya)", 6)


def test_a_peaceful_protest_met_by_no_other_crowd_has_no_second_side() -> None:
    assert crowd_roles(kenyan_doc(), PEACEFUL, Roles(), [])[1] is None


MOB = Coding("Riots", "Mob violence", "ASSAULT", None, 0.6)


def clash_doc(text: str) -> Document:
    nairobi = Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")
    return Document("d", text, places=[nairobi], analysis=Analysis(sentences=[Sentence(0, len(text), 0, 0)]))


def test_mob_violence_told_as_a_clash_between_crowds_has_rioters_on_both_sides() -> None:
    doc = clash_doc("Nairobi: two groups of students clashed on the campus, injuring 21.")
    actor1, actor2 = crowd_roles(doc, MOB, Roles(told_at=0), [])
    assert actor1 is not None and actor2 is not None
    assert (actor2.name, actor2.inter) == (actor1.name, 5) == ("Rioters (Kenya)", 5)


def test_a_mob_that_beat_someone_up_fell_on_civilians() -> None:
    doc = clash_doc("Nairobi: a mob beat up a suspected thief.")
    _, actor2 = crowd_roles(doc, MOB, Roles(told_at=0), [])
    assert actor2 is not None and actor2.name == "Civilians (Kenya)"


def test_what_shelling_hit_is_another_armed_side_of_the_sentence() -> None:
    # "Rebels attacked a police convoy with explosives, killing four policemen."
    rebels = ActorMention(0, 6, "Rebels", "Rebel Forces (Kenya)", 2)
    police = ActorMention(56, 66, "policemen", "Police Forces of Kenya", 1)
    _, actor2 = crowd_roles(kenyan_doc(), SHELLING, Roles(actor1=rebels, told_at=0), [rebels, police])
    assert actor2 is not None and (actor2.name, actor2.text) == ("Police Forces of Kenya", "policemen")


def test_what_shelling_hit_may_be_told_in_a_later_sentence() -> None:
    text = "Nairobi: rebels shelled the town. Three civilians were killed."
    nairobi = Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")
    rebels = ActorMention(9, 15, "rebels", "Rebel Forces (Kenya)", 2)
    civilians = ActorMention(40, 49, "civilians", "Civilians (Kenya)", 7)
    doc = Document("d", text, places=[nairobi], actors=[rebels, civilians])
    _, actor2 = crowd_roles(doc, SHELLING, Roles(actor1=rebels, told_at=0), [rebels])
    assert actor2 is not None and (actor2.name, actor2.inter) == ("Civilians (Kenya)", 7)


def test_an_ally_of_the_shelling_force_is_not_what_it_hit() -> None:
    text = "Kenyan forces supported by rebels shelled the town."
    army = ActorMention(0, 13, "Kenyan forces", "Military Forces of Kenya", 1)
    rebels = ActorMention(27, 33, "rebels", "Rebel Forces (Kenya)", 2)
    doc = Document("d", text, places=[Place(0, 0, "", "Nairobi", geonameid=1, country_code="KE")])
    _, actor2 = crowd_roles(doc, SHELLING, Roles(actor1=army, told_at=0), [army, rebels])
    assert actor2 is None


def test_forces_named_as_the_agent_of_a_passive_are_the_attacker() -> None:
    # "A tractor hit a mine planted by Kenyan forces": the parse put the forces after the verb.
    text = "A tractor hit a mine planted by Kenyan forces."
    army = ActorMention(32, 45, "Kenyan forces", "Military Forces of Kenya", 1)
    doc = Document("d", text, places=[Place(0, 0, "", "Nairobi", geonameid=1, country_code="KE")])
    actor1, actor2 = crowd_roles(doc, SHELLING, Roles(actor2=army, told_at=0), [army])
    assert actor1 is not None and actor1.name == "Military Forces of Kenya"
    assert actor2 is None


def test_forces_owning_what_a_bomb_hit_are_not_its_attacker() -> None:
    # "A bomb exploded at a base of the army": no attacker named; the army's base was hit.
    words = [("A", "DET", "det", 1), ("bomb", "NOUN", "nsubj", 2), ("exploded", "VERB", "ROOT", 2),
             ("at", "ADP", "prep", 2), ("a", "DET", "det", 5), ("base", "NOUN", "pobj", 3),
             ("of", "ADP", "prep", 5), ("the", "DET", "det", 8), ("army", "NOUN", "pobj", 6)]  # fmt: skip
    tokens, sent = parsed(words)
    text = " ".join(w for w, *_ in words)
    army = ActorMention(33, 37, "army", "Military Forces of Kenya", 1)
    places = kenyan_doc().places
    doc = Document("d", text, places=places, analysis=Analysis(tokens=tokens, sentences=[sent]))
    actor1, _ = crowd_roles(doc, SHELLING, Roles(told_at=0), [army])
    assert actor1 is not None and actor1.name == "Unidentified Armed Group (Kenya)"
    by_army = "A bomb fired by the army exploded"
    tokens, sent = parsed([("A", "DET", "det", 1), ("bomb", "NOUN", "nsubj", 6), ("fired", "VERB", "acl", 1),
                           ("by", "ADP", "agent", 2), ("the", "DET", "det", 5), ("army", "NOUN", "pobj", 3),
                           ("exploded", "VERB", "ROOT", 6)])  # fmt: skip
    at = by_army.index("army")
    army = ActorMention(at, at + 4, "army", "Military Forces of Kenya", 1)
    doc = Document("d", by_army, places=places, analysis=Analysis(tokens=tokens, sentences=[sent]))
    actor1, _ = crowd_roles(doc, SHELLING, Roles(told_at=0), [army])
    assert actor1 is not None and actor1.name == "Military Forces of Kenya"


def test_civilians_are_never_the_agent_of_violence() -> None:
    # "A child was killed in a bomb explosion": the word order made the child actor1.
    child = ActorMention(2, 7, "child", "Civilians (Kenya)", 7)
    actor1, actor2 = crowd_roles(kenyan_doc(), SHELLING, Roles(actor1=child), [child])
    assert actor1 is not None and actor1.name == "Unidentified Armed Group (Kenya)"
    assert actor2 is not None and (actor2.name, actor2.text) == ("Civilians (Kenya)", "child")


def test_a_crowd_takes_the_nationality_of_the_people_the_sentence_says_protested() -> None:
    # "Senegalese youths demonstrated in Nairobi": no crowd word, but a subject with a nationality.
    youths = ActorMention(0, 17, "Senegalese youths", "Civilians (Senegal)", 7)
    actor1, _ = crowd_roles(kenyan_doc(), PEACEFUL, Roles(actor1=youths), [youths])
    assert actor1 is not None and actor1.name == "Protesters (Senegal)"
    visitors = ActorMention(0, 22, "people from Senegal", "Civilians (Senegal)", 7)
    actor1, _ = crowd_roles(kenyan_doc(), PEACEFUL, Roles(actor1=visitors), [visitors])
    assert actor1 is not None and actor1.name == "Protesters (Kenya)"


def test_nationals_protesting_abroad_are_protesters_of_their_country() -> None:
    text = "Ukrainian nationals living in Antalya staged a protest."
    doc = Document("d", text, places=[Place(29, 36, "Antalya", "Antalya", geonameid=5, country_code="TR")])
    ActorTagger()(doc)
    (nationals,) = [a for a in doc.actors if a.text == "Ukrainian nationals"]
    protest = Coding("Protests", "Peaceful protest", "PROTEST", None, 0.6)
    actor1, _ = crowd_roles(doc, protest, Roles(nationals), doc.actors)
    assert actor1 is not None and actor1.name == "Protesters (Ukraine)"


def test_protesters_met_with_excessive_force_stay_actor1_and_the_force_is_actor2() -> None:
    force = Coding("Protests", "Excessive force against protesters", "ASSAULT", "crowd-control", 0.65)
    crowd = ActorMention(0, 10, "protesters", "Protesters ({country})", 6)
    police = ActorMention(20, 26, "police", "Police Forces of Kenya", 1)
    actor1, actor2 = crowd_roles(kenyan_doc(), force, Roles(actor1=police, actor2=crowd), [crowd, police])
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Protesters (Kenya)", 6)
    assert actor2 is not None and (actor2.name, actor2.inter) == ("Police Forces of Kenya", 1)


def test_a_group_filed_under_several_countries_gives_a_report_no_country() -> None:
    coalition = ActorMention(0, 17, "US-led coalition", "Global Coalition Against Daesh", 8)
    army = ActorMention(30, 39, "the FARDC", "Military Forces of the Democratic Republic of Congo", 1)
    assert actors_country([coalition]) is None
    assert actors_country([coalition, army]) == "CD"
