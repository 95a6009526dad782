"""Names of sides: organisations named after their area, units of known groups, a state of the report's
country that shares a country's name, regional special police, unnamed resistance units, and a side's
own post in a battle."""

from __future__ import annotations

from frontlines.coding.arguments import Roles
from frontlines.coding.classify import Coding
from frontlines.coding.roles import crowd_roles
from frontlines.model import ActorMention, Analysis, Document, Entity, Place
from frontlines.stages.actors import ActorTagger

CLASH = Coding("Battles", "Armed clash", "FIGHT", None, 0.6)


def place(text: str, name: str, code: str, feature: str = "PPL", occurrence: int = 0) -> Place:
    """The place `name` at its `occurrence`-th mention in `text`, resolved in country `code`."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(name, at + 1)
    return Place(at, at + len(name), name, name, geonameid=1, country_code=code, feature_code=feature)


def tagged(text: str, places: list[Place], orgs: tuple[str, ...] = (), day: str = "2022-05-01") -> list[
    tuple[str, str, int | None]
]:
    """Actors of `text` with the places given and the parser's ORG entities `orgs`."""
    entities = [Entity(text.index(o), text.index(o) + len(o), "ORG", o) for o in orgs]
    doc = Document("d", text, published=day, places=places, analysis=Analysis(entities=entities))
    ActorTagger()(doc)
    return [(a.text, a.name, a.inter) for a in doc.actors]


def test_an_organisation_named_after_its_area_is_an_actor_not_the_place() -> None:
    text = "the Kellin District Defense Force bombed a tower near Orvasta."
    found = tagged(text, [place(text, "Kellin", "MM", "ADM2"), place(text, "Orvasta", "MM")],
                   ("the Kellin District Defense Force",))
    assert ("Kellin District Defense Force", "Kellin District Defense Force", None) in found
    movement = "The Orvasta Liberation Movement fighters clashed with police in Kellin."
    found = tagged(movement, [place(movement, "Orvasta", "AF"), place(movement, "Kellin", "AF")],
                   ("The Orvasta Liberation Movement",))
    assert found[0][1] == "Orvasta Liberation Movement"


def test_a_name_that_is_only_the_place_or_a_place_s_building_is_no_actor() -> None:
    text = "gunmen attacked the Kellin Central Market in Kellin."
    found = tagged(text, [place(text, "Kellin", "MM", "ADM2"), place(text, "Kellin", "MM", "ADM2", 1)],
                   ("the Kellin Central Market",))
    assert [name for _, name, _ in found] == ["Unidentified Armed Group (Myanmar)"]
    council = "gunmen attacked the Kellin County Council in Kellin."
    places = [place(council, "Kellin", "KE", "ADM2"), place(council, "Kellin", "KE", "ADM2", 1)]
    found = tagged(council, places, ("the Kellin County Council",))
    assert [name for _, name, _ in found] == ["Unidentified Armed Group (Kenya)"]
    alone = "gunmen attacked Kellin."
    assert [n for _, n, _ in tagged(alone, [place(alone, "Kellin", "MM")], ("Kellin",))] == [
        "Unidentified Armed Group (Myanmar)"]


def test_a_unit_of_a_known_group_is_that_group() -> None:
    text = "the Kellin Brigade of the KIA ambushed a convoy."
    assert tagged(text, [], ("the Kellin Brigade",))[0][1] == (
        "KIO/KIA: Kachin Independence Organization/Kachin Independence Army")
    numbered = "Battalion 12 of the KIA ambushed a convoy."
    assert tagged(numbered, [], ("Battalion 12",))[0][1] == (
        "KIO/KIA: Kachin Independence Organization/Kachin Independence Army")


def test_a_body_of_another_kind_of_a_known_group_keeps_its_own_name() -> None:
    text = "the Kellin Committee of the KIA met traders."
    assert tagged(text, [], ("the Kellin Committee",))[0][1] == "Kellin Committee"


def test_a_state_of_the_report_s_country_named_like_a_country_names_its_militia() -> None:
    text = "Niger militiamen attacked Orvasta (Kellin, Niger)."
    places = [place(text, "Orvasta", "NG"), place(text, "Kellin", "NG", "ADM2"),
              place(text, "Niger", "NG", "ADM1", 1)]
    assert tagged(text, places)[0][1] == "Niger Communal Militia (Nigeria)"


def test_a_country_s_name_the_report_uses_for_no_area_of_its_own_stays_that_country() -> None:
    text = "Niger militiamen crossed the border into Orvasta."
    name = tagged(text, [place(text, "Orvasta", "NG")])[0][1]
    assert name != "Niger Communal Militia (Nigeria)"


def test_a_regional_special_police_is_named_after_its_region() -> None:
    text = "Oromia special police clashed with rebels near Orvasta."
    assert tagged(text, [place(text, "Orvasta", "ET")])[0][1] == (
        "Police Forces of Ethiopia Oromia Regional Special Forces")
    amhara = "Amhara regional special forces repelled rebels near Orvasta."
    assert tagged(amhara, [place(amhara, "Orvasta", "ET")])[0][1] == (
        "Police Forces of Ethiopia Amhara Regional Special Forces")


def test_an_unnamed_guerrilla_force_or_defence_group_in_myanmar_since_the_coup_is_anti_coup() -> None:
    for words in ("a guerrilla force", "local defense groups"):
        text = f"{words} shot a ward administrator in Kellin."
        assert tagged(text, [place(text, "Kellin", "MM")])[0][1] == "Unidentified Anti-Coup Armed Group"


def test_guerrillas_elsewhere_or_before_the_coup_are_unidentified() -> None:
    text = "guerrilla forces shot a farmer in Kellin."
    assert tagged(text, [place(text, "Kellin", "CO")])[0][1] == "Unidentified Armed Group (Colombia)"
    group = "a guerrilla group shot a farmer in Kellin."
    assert tagged(group, [place(group, "Kellin", "CO")])[0][1] == "Unidentified Armed Group (Colombia)"
    defence = "local defense groups chased cattle raiders from Kellin."
    assert tagged(defence, [place(defence, "Kellin", "NG")])[0][1] == (
        "Unidentified Communal Militia (Nigeria)")
    assert tagged(text, [place(text, "Kellin", "MM")], day="2019-05-01")[0][1] == (
        "Unidentified Armed Group (Myanmar)")


def mention(text: str, words: str, name: str, inter: int, occurrence: int = 0) -> ActorMention:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(words, at + 1)
    return ActorMention(at, at + len(words), words, name, inter)


def clash(text: str, roles: Roles, actors: list[ActorMention]) -> tuple[str | None, str | None]:
    kenya = [place(text, "Kellin", "KE")]
    first, second = crowd_roles(Document("d", text, places=kenya, actors=actors), CLASH, roles, actors)
    return (first.name if first else None), (second.name if second else None)


def test_a_side_s_own_post_in_a_battle_is_where_it_was_attacked_not_its_enemy() -> None:
    text = "Kellin: policemen repelled an attack on a police station by gunmen."
    police = mention(text, "policemen", "Police Forces of Kenya", 1)
    station = mention(text, "police station", "Police Forces of Kenya", 1)
    gunmen = mention(text, "gunmen", "Unidentified Armed Group (Kenya)", 3)
    assert clash(text, Roles(police, station), [police, station, gunmen]) == (
        "Unidentified Armed Group (Kenya)", "Police Forces of Kenya")
    base = "Kellin: soldiers defended their army base against raiders."
    soldiers = mention(base, "soldiers", "Military Forces of Kenya", 1)
    post = mention(base, "army base", "Military Forces of Kenya", 1)
    raiders = mention(base, "raiders", "Unidentified Communal Militia (Kenya)", 4)
    assert clash(base, Roles(soldiers, post), [soldiers, post, raiders])[1] == (
        "Unidentified Communal Militia (Kenya)")


def test_two_bodies_of_one_force_that_fought_each_other_stay_both_sides() -> None:
    text = "Kellin: policemen clashed with other policemen at a market."
    one = mention(text, "policemen", "Police Forces of Kenya", 1)
    other = mention(text, "policemen", "Police Forces of Kenya", 1, 1)
    police = "Police Forces of Kenya"
    assert clash(text, Roles(one, other), [one, other]) == (police, police)


def test_the_attackers_repelled_first_also_after_a_comma_and_as_members_of_a_group() -> None:
    text = "Kellin: a team of soldiers and vigilantes, repelled an attack by members of a Zemba militia."
    team = mention(text, "vigilantes", "Unidentified Communal Militia (Kenya)", 4)
    militia = mention(text, "Zemba militia", "Zemba Communal Militia (Kenya)", 4)
    assert clash(text, Roles(team, militia), [team, militia]) == (
        "Zemba Communal Militia (Kenya)", "Unidentified Communal Militia (Kenya)")
    plain = "Kellin: vigilantes, armed with rifles, chased members of a Zemba militia."
    team = mention(plain, "vigilantes", "Unidentified Communal Militia (Kenya)", 4)
    militia = mention(plain, "Zemba militia", "Zemba Communal Militia (Kenya)", 4)
    assert clash(plain, Roles(team, militia), [team, militia])[0] == "Unidentified Communal Militia (Kenya)"


def test_a_nation_of_several_words_before_a_description_is_that_nation_not_its_last_word() -> None:
    text = "South Sudanese soldiers and Papua New Guinea police crossed into Kellin."
    found = tagged(text, [place(text, "Kellin", "KE")])
    assert [name for _, name, _ in found] == [
        "Military Forces of South Sudan", "Police Forces of Papua New Guinea"]
    assert found[0][0] == "South Sudanese soldiers"


def test_a_nation_named_only_as_what_a_force_is_for_gives_it_no_country() -> None:
    text = "pro-Russian forces shelled Kellin."
    assert tagged(text, [place(text, "Kellin", "UA")])[0][1] == "Military Forces of Ukraine"


CPC = "CPC: Coalition of Patriots for Change"


def test_groups_with_articles_of_their_own_by_their_names() -> None:
    text = "CPC elements attacked a convoy near Kellin."
    assert tagged(text, [place(text, "Kellin", "CF")])[0][1] == CPC
    hills = "PCJSS members clashed with a splinter group in Kellin."
    assert tagged(hills, [place(hills, "Kellin", "BD")])[0][1] == (
        "PCJSS: Parbatya Chattagram Jana Samhati Samiti")
    turkey = "HBDH militants threw grenades at police in Kellin."
    assert tagged(turkey, [place(turkey, "Kellin", "TR")])[0][1] == (
        "HBDH: Peoples' United Revolutionary Movement")


def test_cpc_elsewhere_is_no_central_african_coalition() -> None:
    text = "CPC officials met traders in Kellin."
    assert all(name != CPC for _, name, _ in tagged(text, [place(text, "Kellin", "CN")], ("CPC",)))


def test_a_group_under_the_umbrella_of_a_coalition_is_that_coalition() -> None:
    text = "Zemba militiamen under the umbrella of the CPC coalition raided Kellin."
    assert tagged(text, [place(text, "Kellin", "CF")], ("Zemba",))[0][1] == CPC
    beside = "Zemba militiamen under a tree near the CPC coalition base raided Kellin."
    assert tagged(beside, [place(beside, "Kellin", "CF")], ("Zemba",))[0][1] != CPC


def test_a_state_s_air_defences_named_by_its_demonym_are_its_forces() -> None:
    text = "Russian air defence systems shot down two drones near Kellin."
    assert tagged(text, [place(text, "Kellin", "UA")])[0][:2] == (
        "Russian air defence systems", "Military Forces of Russia")


def test_a_national_guard_is_a_military_branch_but_a_police_one_where_it_is_civilian() -> None:
    for code, name in (("RU", "Military Forces of Russia National Guard"),
                       ("US", "Military Forces of the United States National Guard"),
                       ("MX", "Police Forces of Mexico National Guard"),
                       ("NE", "Police Forces of Niger National Guard")):
        text = "members of the National Guard detained two men in Kellin."
        assert tagged(text, [place(text, "Kellin", code)])[0][1] == name, code


def test_a_guard_that_is_no_national_guard_is_no_such_branch() -> None:
    text = "a security guard was shot in Kellin."
    assert all("National Guard" not in name for _, name, _ in tagged(text, [place(text, "Kellin", "MX")]))
