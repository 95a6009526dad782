"""Who one-sided violence fell on, who claimed it, and which sides the report's words name."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.roles import crowd_roles, foreign_forces, state_country
from frontlines.model import ActorMention, Document, EventActor, Place

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
SHELLING = Coding("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", None, 0.6)
IED = Coding("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", None, 0.6)
BURNING = Coding("Strategic developments", "Looting/property destruction", "ASSAULT", "destroy", 0.5)
DISPLACEMENT = Coding("Strategic developments", "Other", "MOBILIZE", None, 0.4)
DEPLOYMENT = Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, 0.5)


def kenyan_doc(text: str = "Nairobi") -> Document:
    return Document("d", text, places=[Place(0, 7, "Nairobi", "Nairobi", geonameid=1, country_code="KE")])


def test_a_person_the_catalogue_does_not_know_shot_at_is_a_civilian() -> None:
    # "Gunmen shot at the district director Amani Otieno."
    gunmen = ActorMention(0, 6, "Gunmen", "Unidentified Armed Group (Kenya)", 3)
    director = ActorMention(37, 49, "Amani Otieno", "Amani Otieno", None)
    _, actor2 = crowd_roles(kenyan_doc(), ATTACK, Roles(gunmen, director), [gunmen, director])
    assert actor2 is not None and (actor2.name, actor2.inter) == ("Civilians (Kenya)", 7)


def test_a_shelled_village_is_no_side_the_civilians_it_hurt_are() -> None:
    # "Rebels shelled Kwa Mbuzi, killing two civilians."
    rebels = ActorMention(0, 6, "Rebels", "Rebel Forces (Kenya)", 2)
    village = ActorMention(15, 24, "Kwa Mbuzi", "Kwa Mbuzi", None)
    civilians = ActorMention(38, 47, "civilians", "Civilians (Kenya)", 7)
    actors = [rebels, village, civilians]
    _, actor2 = crowd_roles(kenyan_doc(), SHELLING, Roles(rebels, village), actors)
    assert actor2 is not None and (actor2.name, actor2.text) == ("Civilians (Kenya)", "civilians")
    # With no one hurt named, a shelled place is no side at all.
    _, actor2 = crowd_roles(kenyan_doc(), SHELLING, Roles(rebels, village), [rebels, village])
    assert actor2 is None


def test_civilians_a_shelling_wounded_in_another_clause_are_its_target() -> None:
    # "Rebels shelled the market, as a result of which 2 civilians were wounded."
    rebels = ActorMention(0, 6, "Rebels", "Rebel Forces (Kenya)", 2)
    civilians = ActorMention(51, 60, "civilians", "Civilians (Kenya)", 7)
    _, actor2 = crowd_roles(kenyan_doc(), SHELLING, Roles(actor1=rebels), [rebels, civilians])
    assert actor2 is not None and actor2.name == "Civilians (Kenya)"


def test_the_displaced_are_one_side_not_two() -> None:
    # "300 people were evacuated from the town."
    people = ActorMention(4, 10, "people", "Civilians (Kenya)", 7)
    actor1, actor2 = crowd_roles(kenyan_doc(), DISPLACEMENT, Roles(actor2=people), [people])
    assert actor1 is not None and actor1.name == "Civilians (Kenya)"
    assert actor2 is None


def test_a_bomb_at_a_police_post_hit_the_police_and_its_planter_is_unnamed() -> None:
    # "A bomb exploded at a police checkpoint."
    checkpoint = ActorMention(20, 37, "police checkpoint", "Police Forces of Kenya", 1)
    actor1, actor2 = crowd_roles(kenyan_doc(), IED, Roles(), [checkpoint])
    assert actor1 is not None and actor1.name == "Unidentified Armed Group (Kenya)"
    assert actor2 is not None and actor2.text == "police checkpoint"


def test_a_force_deploying_its_own_vehicles_is_the_one_that_moves() -> None:
    # "Kenyan forces deployed military vehicles to the border."
    forces = ActorMention(0, 13, "Kenyan forces", "Military Forces of Kenya", 1)
    vehicles = ActorMention(23, 40, "military vehicles", "Military Forces of Kenya", 1)
    actor1, actor2 = crowd_roles(kenyan_doc(), DEPLOYMENT, Roles(forces, vehicles), [forces, vehicles])
    assert actor1 is not None and actor1.text == "Kenyan forces"
    assert actor2 is None
    # A state that deploys troops acts through them.
    state = ActorMention(0, 5, "Kenya", "Government of Kenya", 1)
    troops = ActorMention(15, 21, "troops", "Military Forces of Kenya", 1)
    actor1, _ = crowd_roles(kenyan_doc(), DEPLOYMENT, Roles(state, troops), [state, troops])
    assert actor1 is not None and actor1.text == "troops"


def test_troops_a_state_sends_abroad_are_its_own_not_the_hosts() -> None:
    # "Uganda sent troops to Kisumu." (a report from Kenya: the description took Kenya's name)
    state = ActorMention(0, 6, "Uganda", "Government of Uganda", 1)
    troops = ActorMention(12, 18, "troops", "Military Forces of Kenya", 1)
    actor1, _ = crowd_roles(kenyan_doc(), DEPLOYMENT, Roles(state, troops), [state, troops])
    assert actor1 is not None and (actor1.name, actor1.text) == ("Military Forces of Uganda", "troops")
    # Troops whose own words name their nation keep it: "Uganda sent Kenyan recruits home".
    recruits = ActorMention(12, 26, "Kenyan recruits", "Military Forces of Kenya", 1)
    actor1, _ = crowd_roles(kenyan_doc(), DEPLOYMENT, Roles(state, recruits), [state, recruits])
    assert actor1 is not None and actor1.name == "Military Forces of Kenya"
    # A force the report names by its own name stays that force: "Uganda sent Nandi Scouts to Kisumu".
    scouts = ActorMention(12, 24, "Nandi Scouts", "Police Forces of Kenya Nandi Scouts", 1)
    actor1, _ = crowd_roles(kenyan_doc(), DEPLOYMENT, Roles(state, scouts), [state, scouts])
    assert actor1 is not None and actor1.name == "Police Forces of Kenya Nandi Scouts"


def test_militants_named_in_the_sentence_burned_the_property() -> None:
    # "Property destruction: suspected Shabaab militants set a bus ablaze." (no subject parsed)
    shabaab = ActorMention(33, 49, "Shabaab militants", "Al Shabaab", 2)
    actor1, actor2 = crowd_roles(kenyan_doc(), BURNING, Roles(), [shabaab])
    assert actor1 is not None and actor1.name == "Al Shabaab"
    assert actor2 is not None and actor2.name == "Civilians (Kenya)"


def claimed(
    text: str, claimant: ActorMention, coding: Coding = IED, told_at: int | None = None
) -> EventActor | None:
    doc = kenyan_doc(text)
    doc.actors = [claimant]
    roles = Roles() if told_at is None else Roles(told_at=told_at)
    actor1, _ = crowd_roles(doc, coding, roles, [])
    return actor1


def test_the_first_of_groups_claiming_an_attack_together_is_its_attacker() -> None:
    text = "A bomb exploded in a court. Lion Brigade and Special Task Force Mara claimed responsibility."
    brigade = ActorMention(28, 40, "Lion Brigade", "Lion Brigade", None)
    actor1 = claimed(text, brigade)
    assert actor1 is not None and (actor1.name, actor1.inter) == ("Lion Brigade", 3)


def test_a_claimant_described_in_between_is_the_attacker_of_a_burning() -> None:
    text = "Machines were set on fire. The Lion Brigade, affiliated with the Mara Front, claimed the attack."
    text = text.replace("claimed the attack", "claimed responsibility for the attack")
    brigade = ActorMention(31, 43, "Lion Brigade", "Lion Brigade", None)
    actor1 = claimed(text, brigade, BURNING)
    assert actor1 is not None and actor1.name == "Lion Brigade"


def test_a_claim_names_the_attacker_of_what_came_before_it_not_after() -> None:
    text = "Gunmen attacked a post. Shabaab claimed responsibility. Next day a bomb hit a bus."
    shabaab = ActorMention(24, 31, "Shabaab", "Al Shabaab", 2)
    bus_bomb_sentence = text.index("Next")
    before = claimed(text, shabaab)
    after = claimed(text, shabaab, told_at=bus_bomb_sentence)
    assert before is not None and before.name == "Al Shabaab"
    assert after is not None and after.name == "Unidentified Armed Group (Kenya)"


def test_a_group_with_a_fixed_name_keeps_it_wherever_it_fights() -> None:
    sahel = foreign_forces(EventActor("Islamic State (Sahel)", "IS Sahel militants", 2), "NE")
    unplaced = foreign_forces(EventActor("Islamic State", "IS", 2), "IQ")
    assert sahel is not None and sahel.name == "Islamic State (Sahel)"
    assert unplaced is not None and unplaced.name == "Islamic State (Iraq)"


def test_a_state_named_with_the_article_is_still_that_state() -> None:
    assert state_country("Military Forces of the United States") == "US"
    assert state_country("Police Forces of the Philippines") == "PH"


def test_a_force_the_sentence_names_is_what_moved_when_the_parse_found_no_side() -> None:
    # "Movement of forces: 90 Ugandan soldiers crossed the river."
    soldiers = ActorMention(23, 39, "Ugandan soldiers", "Military Forces of Uganda", 1)
    actor1, actor2 = crowd_roles(kenyan_doc(), DEPLOYMENT, Roles(), [soldiers])
    assert actor1 is not None and actor1.name == "Military Forces of Uganda"
    assert actor2 is None
