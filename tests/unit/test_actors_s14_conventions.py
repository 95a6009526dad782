"""ACLED's conventions for sides: gang killings in Latin America, air arms, the displaced, who began a
battle, armed groups in mob violence, patrols that move, countries written with dots."""

from __future__ import annotations

from builders import parsed

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.countries import countries_in
from frontlines.coding.roles import crowd_roles, foreign_forces
from frontlines.model import ActorMention, Analysis, Document, Entity, EventActor, Place
from frontlines.stages.actors import ActorTagger

ATTACK = Coding("Violence against civilians", "Attack", "ASSAULT", None, 0.6)
AIR_STRIKE = Coding("Explosions/Remote violence", "Air/drone strike", "ASSAULT", None, 0.6)
SHELLING = Coding("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", None, 0.6)
CLASH = Coding("Battles", "Armed clash", "FIGHT", None, 0.6)


def placed_doc(text: str, code: str) -> Document:
    """A report whose first word is a town the places stage resolved in country `code`."""
    town = text.split(":")[0]
    return Document("d", text, places=[Place(0, len(town), town, town, geonameid=1, country_code=code)])


def mention(text: str, words: str, name: str, inter: int) -> ActorMention:
    return ActorMention(text.index(words), text.index(words) + len(words), words, name, inter)


def unnamed_killer(text: str, code: str) -> str | None:
    """actor1 of a killing by no one named, in a report from country `code`."""
    actor1, _ = crowd_roles(placed_doc(text, code), ATTACK, Roles(), [])
    return actor1.name if actor1 is not None else None


def test_a_body_left_as_gangs_leave_them_marks_a_gang_killing_in_latin_america() -> None:
    for text in ("Orvasta: a man was killed and his dismembered body was found in sacks.",
                 "Orvasta: a woman was killed and her body was found with a threatening message.",
                 "Orvasta: two men were killed and their bodies were found burned inside a car.",
                 "Orvasta: a man was killed and only his head was found in a bag."):
        assert unnamed_killer(text, "MX") == "Unidentified Gang (Mexico)", text


def test_in_brazil_such_a_body_marks_a_gang_or_police_militia_killing() -> None:
    text = "Kellin: a man was shot dead and the killers then set the victim's body on fire."
    assert unnamed_killer(text, "BR") == "Unidentified Gang and/or Police Militia"


def test_bodies_left_so_elsewhere_are_no_gang_mark() -> None:
    """Insurgents and militias behead and burn too: outside Latin America the mark names no gang."""
    text = "Orvasta: a farmer was killed and his body was found beheaded near the village."
    assert unnamed_killer(text, "KE") == "Unidentified Armed Group (Kenya)"
    plain = "Orvasta: a man was killed and his body was found wrapped in a blanket."
    assert unnamed_killer(plain, "MX") == "Unidentified Armed Group (Mexico)"


def test_unnamed_gunmen_in_honduras_stay_an_armed_group_unless_tied_to_crime() -> None:
    gunmen = foreign_forces(EventActor("Unidentified Armed Group", "armed men", 3), "HN")
    assert gunmen is not None and gunmen.name == "Unidentified Armed Group (Honduras)"
    text = "Kellin: armed men shot a shopkeeper dead in a drive-by shooting."
    assert unnamed_killer(text, "HN") == "Unidentified Gang (Honduras)"


def strike(text: str, code: str, words: str, name: str, coding: Coding = AIR_STRIKE) -> str | None:
    """actor1 of a strike by the force named by `words`, in a report from country `code`."""
    force = mention(text, words, name, 1)
    actor1, _ = crowd_roles(placed_doc(text, code), coding, Roles(force), [force])
    return actor1.name if actor1 is not None else None


def test_air_strikes_in_the_ukraine_war_are_the_air_arms() -> None:
    russian = "Avdeyka: Russian forces launched an airstrike on the village."
    assert strike(russian, "UA", "Russian forces", "Military Forces of Russia") == (
        "Military Forces of Russia Air Force")
    ukrainian = "Avdeyka: Ukrainian forces carried out a drone strike on Russian units."
    assert strike(ukrainian, "UA", "Ukrainian forces", "Military Forces of Ukraine") == (
        "Military Forces of Ukraine Air Force")
    regime = "Tell Orvas: regime helicopters conducted airstrikes on rebel positions."
    assert strike(regime, "SY", "regime helicopters", "Military Forces of Syria") == (
        "Military Forces of Syria Syrian Arab Air Force")


def test_a_force_called_an_air_force_in_the_ukraine_war_is_the_air_arm_whatever_it_did() -> None:
    text = "Avdeyka: an aerial battle between Russian and Ukrainian air forces took place."
    russian = mention(text, "Russian", "Military Forces of Russia", 1)
    ukrainian = mention(text, "Ukrainian air forces", "Military Forces of Ukraine", 1)
    roles = Roles(russian, ukrainian)
    first, second = crowd_roles(placed_doc(text, "UA"), CLASH, roles, [russian, ukrainian])
    assert first is not None and first.name == "Military Forces of Russia Air Force"
    assert second is not None and second.name == "Military Forces of Ukraine Air Force"


def test_other_strikes_and_other_wars_name_the_military_as_a_whole() -> None:
    shelled = "Avdeyka: Russian forces shelled the village."
    assert strike(shelled, "UA", "Russian forces", "Military Forces of Russia", SHELLING) == (
        "Military Forces of Russia")
    in_syria = "Tell Orvas: Russian warplanes conducted airstrikes on rebel positions."
    assert strike(in_syria, "SY", "Russian warplanes", "Military Forces of Russia") == (
        "Military Forces of Russia")
    at_home = "Kellin: the Burkinabe air force carried out an airstrike on militant positions."
    assert strike(at_home, "BF", "Burkinabe air force", "Military Forces of Burkina Faso") == (
        "Military Forces of Burkina Faso")


OTHER = Coding("Strategic developments", "Other", "MOBILIZE", None, 0.4)


def displacement_actor1(text: str, words: list[tuple[str, str, int]], force_words: str) -> str | None:
    """actor1 of a displacement the parse gave to the force named by `force_words`."""
    doc = parsed(text, words)
    force = mention(text, force_words, "Military Forces of Kenya", 1)
    villagers = mention(text, "villagers", "Civilians (Kenya)", 7)
    actor1, _ = crowd_roles(doc, OTHER, Roles(force), [villagers, force])
    return actor1.name if actor1 is not None else None


def test_the_displaced_are_the_actor_when_fighting_drove_them_out() -> None:
    text = "villagers were displaced by fighting between soldiers and rebels."
    words = [("villagers", "nsubjpass", 2), ("were", "auxpass", 2), ("displaced", "ROOT", 2),
             ("by", "agent", 2), ("fighting", "pobj", 3), ("between", "prep", 4), ("soldiers", "pobj", 5),
             ("and", "cc", 6), ("rebels", "conj", 6), (".", "punct", 2)]
    assert displacement_actor1(text, words, "soldiers") == "Civilians (Kenya)"
    shelled = "villagers fled Orvasta in response to army shelling."
    words = [("villagers", "nsubj", 1), ("fled", "ROOT", 1), ("Orvasta", "dobj", 1), ("in", "prep", 1),
             ("response", "pobj", 3), ("to", "prep", 4), ("army shelling", "pobj", 5), (".", "punct", 1)]
    assert displacement_actor1(shelled, words, "army shelling") == "Civilians (Kenya)"


def test_a_force_that_drove_people_out_itself_stays_the_actor() -> None:
    text = "soldiers evicted the villagers from Orvasta."
    words = [("soldiers", "nsubj", 1), ("evicted", "ROOT", 1), ("the", "det", 3), ("villagers", "dobj", 1),
             ("from", "prep", 1), ("Orvasta", "pobj", 4), (".", "punct", 1)]
    assert displacement_actor1(text, words, "soldiers") == "Military Forces of Kenya"


def battle_sides(text: str, first: tuple[str, str], second: tuple[str, str]) -> tuple[str | None, str | None]:
    """actor1 and actor2 of a clash the parse gave in the order the report names the sides."""
    one, two = mention(text, *first, 1), mention(text, *second, 2)
    actor1, actor2 = crowd_roles(placed_doc(text, "KE"), CLASH, Roles(one, two), [one, two])
    return (actor1.name if actor1 else None), (actor2.name if actor2 else None)


def test_the_side_whose_attack_was_thwarted_began_the_battle_whatever_is_named_between() -> None:
    army, rebels = ("soldiers", "Military Forces of Kenya"), ("Orva rebels", "Orva Rebels")
    joined = "Kellin: soldiers and the Kellin Guard thwarted and clashed with Orva rebels near the river."
    assert battle_sides(joined, army, rebels) == ("Orva Rebels", "Military Forces of Kenya")
    thwarted = "Kellin: soldiers thwarted infiltration attempts and clashed with Orva rebels near the river."
    assert battle_sides(thwarted, army, rebels) == ("Orva Rebels", "Military Forces of Kenya")


def test_a_clash_with_nothing_thwarted_keeps_the_order_told() -> None:
    text = "Kellin: soldiers patrolled the road and clashed with Orva rebels near the river."
    assert battle_sides(text, ("soldiers", "Military Forces of Kenya"), ("Orva rebels", "Orva Rebels")) == (
        "Military Forces of Kenya", "Orva Rebels")


def pushing_sides(text: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 of "... between soldiers and Orva rebels ..." with every later mention of them."""
    names = {"soldiers": ("Military Forces of Kenya", 1), "Orva rebels": ("Orva Rebels", 2)}
    found = sorted((ActorMention(at, at + len(words), words, *names[words])
                    for words in names for at in range(len(text)) if text.startswith(words, at)),
                   key=lambda a: a.start)
    doc = placed_doc(text, "KE")
    doc.actors = found
    actor1, actor2 = crowd_roles(doc, CLASH, Roles(found[0], found[1]), found)
    return (actor1.name if actor1 else None), (actor2.name if actor2 else None)


def test_the_side_said_to_push_for_ground_began_the_battle() -> None:
    text = "Kellin: clashes took place between soldiers and Orva rebels as Orva rebels tried to advance."
    assert pushing_sides(text) == ("Orva Rebels", "Military Forces of Kenya")
    storm = "Kellin: soldiers fought Orva rebels after Orva rebels attempted to storm the bridge."
    assert pushing_sides(storm) == ("Orva Rebels", "Military Forces of Kenya")


def test_when_both_sides_push_or_neither_does_the_order_told_stays() -> None:
    both = "Kellin: soldiers fought Orva rebels; Orva rebels tried to advance, soldiers tried to capture it."
    assert pushing_sides(both) == ("Military Forces of Kenya", "Orva Rebels")
    neither = "Kellin: soldiers fought Orva rebels. Orva rebels later withdrew."
    assert pushing_sides(neither) == ("Military Forces of Kenya", "Orva Rebels")


MOB = Coding("Riots", "Mob violence", "ASSAULT", None, 0.5)


def mob_actor1(text: str, subject: tuple[str, str, int]) -> str | None:
    """actor1 of mob violence whose parse gave `subject` (words, name, inter) as the agent."""
    agent = mention(text, *subject)
    actor1, _ = crowd_roles(placed_doc(text, "KE"), MOB, Roles(agent), [agent])
    return actor1.name if actor1 is not None else None


def test_violence_a_named_armed_group_did_is_its_own_not_a_mobs() -> None:
    beat = "Kellin: an Imbonerakure beat a party member near the market."
    militia = ("Imbonerakure", "Imbonerakure Militia", 3)
    assert mob_actor1(beat, militia) == "Imbonerakure Militia"
    rebels = ("Orva rebels", "Orva Rebels", 2)
    assert mob_actor1("Kellin: Orva rebels stoned a trader at the market.", rebels) == "Orva Rebels"


def test_unidentified_assailants_of_mob_violence_stay_rioters() -> None:
    text = "Kellin: a group of assailants beat a polling officer."
    assailants = ("group of assailants", "Unidentified Armed Group (Kenya)", 3)
    assert mob_actor1(text, assailants) == "Rioters (Kenya)"


MOVEMENT = Coding("Strategic developments", "Change to group/activity", "MOBILIZE", "troops", 0.5)


def test_a_force_named_by_its_patrol_moves_in_a_development_but_is_hit_in_violence() -> None:
    text = "Tell Orvas: a Russian military patrol took place near the crossing."
    patrol = mention(text, "Russian military patrol", "Military Forces of Russia", 1)
    actor1, _ = crowd_roles(placed_doc(text, "SY"), MOVEMENT, Roles(patrol), [patrol])
    assert actor1 is not None and actor1.name == "Military Forces of Russia"
    hit = "Tell Orvas: an army patrol struck a roadside bomb near the crossing."
    army = mention(hit, "army patrol", "Military Forces of Syria", 1)
    bomb = Coding("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", None, 0.6)
    first, second = crowd_roles(placed_doc(hit, "SY"), bomb, Roles(army), [army])
    assert first is not None and first.name == "Unidentified Armed Group (Syria)"
    assert second is not None and second.name == "Military Forces of Syria"


def test_an_abbreviation_with_dots_names_its_country() -> None:
    assert [code for _, _, code in countries_in("U.S. troops and U.S officials")] == ["US", "US"]
    assert countries_in("the u.s. of a dream") == []  # a code counts only in capitals
    doc = Document("d", "The U.S. soldiers and the Kenya. Police dispersed them.")
    names = [a.name for a in ActorTagger()(doc).actors]
    assert names[0] == "Military Forces of the United States"
    assert "Police Forces of Kenya" not in names  # a full stop ends the country's sentence


def rio_doc(text: str, admin1: str) -> Document:
    town = text.split(":")[0]
    place = Place(0, len(town), town, town, geonameid=1, country_code="BR", admin1=admin1)
    return Document("d", text, places=[place])


def test_drug_traffickers_left_unnamed_in_rio_de_janeiro_are_a_gang_or_police_militia() -> None:
    for text in ("Orvalho: rival drug traffickers exchanged fire in the Kellin community.",
                 "Orvalho: drug traffickers opened fire on a military police patrol."):
        traffickers = mention(text, "drug traffickers", "Unidentified Gang (Brazil)", 3)
        actor1, _ = crowd_roles(rio_doc(text, "Rio de Janeiro"), CLASH, Roles(traffickers), [traffickers])
        assert actor1 is not None and actor1.name == "Unidentified Gang and/or Police Militia", text


def test_drug_traffickers_elsewhere_in_brazil_stay_a_gang() -> None:
    text = "Orvalho: rival drug traffickers exchanged fire in the Kellin community."
    traffickers = mention(text, "drug traffickers", "Unidentified Gang (Brazil)", 3)
    actor1, _ = crowd_roles(rio_doc(text, "Minas Gerais"), CLASH, Roles(traffickers), [traffickers])
    assert actor1 is not None and actor1.name == "Unidentified Gang (Brazil)"


def test_a_drug_trafficking_group_is_a_gang() -> None:
    for text in ("Members of a drug trafficking group shot a baker in Orvalho.",
                 "A shoot-out between rival drug gangs took place in Orvalho."):
        names = [a.name for a in ActorTagger()(Document("d", text)).actors]
        assert "Unidentified Gang" in names, text
    plain = "A trafficking route runs through Orvalho."
    assert all(a.name != "Unidentified Gang" for a in ActorTagger()(Document("d", plain)).actors)


def test_an_entity_without_a_capital_letter_names_no_one() -> None:
    text = "Gunmen shot a vendor in the head (tiro de gracia) while Kellin Brigade members watched."
    lower, named = text.index("tiro de gracia"), text.index("Kellin Brigade")
    entities = [Entity(lower, lower + 14, "PERSON", "tiro de gracia"),
                Entity(named, named + 14, "ORG", "Kellin Brigade")]
    doc = Document("d", text, analysis=Analysis(entities=entities))
    names = [a.name for a in ActorTagger()(doc).actors]
    assert "tiro de gracia" not in names and "Kellin Brigade" in names
