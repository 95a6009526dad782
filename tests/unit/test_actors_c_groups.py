"""Groups named by their own names or by what a report calls them, and crowds named by nation."""

from __future__ import annotations

from builders import actors_in_town as tagged

from frontlines.coding.roles import crowd_actor, crowd_nations
from frontlines.model import ActorMention, Analysis, Document, Place, Token
from frontlines.stages.actors import state_candidates


def test_an_unnamed_local_defence_force_in_myanmar_since_the_coup_resists_it() -> None:
    assert tagged("A local defence force blew up a bridge near Kalay.", "MM")[0][1:] == (
        "Unidentified Anti-Coup Armed Group", 3)
    assert tagged("A local PDF ambushed a supply truck near Kalay.", "MM")[0][1] == (
        "Unidentified Anti-Coup Armed Group")
    # Before the coup of 1 February 2021 it was a community's militia, as it is elsewhere.
    assert tagged("A local defence force fought bandits near Kalay.", "MM", "2020-06-01")[0][1:] == (
        "Unidentified Communal Militia (Myanmar)", 4)
    assert tagged("A local defense force ambushed bandits near Gusau.", "NG")[0][1:] == (
        "Unidentified Communal Militia (Nigeria)", 4)


def test_groups_known_by_their_own_names() -> None:
    assert tagged("Sultan Murad Division fighters shelled a post near Afrin.", "SY")[0][1:] == (
        "Sultan Murad Division", 2)
    assert tagged("Al Fath Al Mubeen Operation Room fighters downed a drone near Saraqib.", "SY")[0][1:] == (
        "Al Fath Al Mubeen Operation Room", 2)
    assert tagged("Dan Na Ambassagou hunters manned a checkpoint near Bandiagara.", "ML")[0][1:] == (
        "Dan Na Ambassagou", 4)
    assert tagged("NAS fighters ambushed a truck near Yei.", "SS")[0][1:] == (
        "NAS: National Salvation Front", 2)
    assert tagged("UFDD rebels seized a fuel depot near Abeche.", "TD")[0][1:] == (
        "UFDD: Union of Forces for Democracy and Development", 2)
    assert tagged("Goyim Defense League members waved banners in Ohio.", "US")[0][1:] == (
        "GDL: Goyim Defense League", 3)
    assert tagged("Abu Sayyaf gunmen fired at a patrol near Patikul.", "PH")[0][1:] == ("ASG: Abu Sayyaf", 2)


def test_nigerian_confraternities_are_cult_militias_of_their_own_names() -> None:
    found = tagged("Black Axe cultists and Eiye confraternity members traded blows near Ikorodu.", "NG")
    assert [f[1:] for f in found[:2]] == [("Black Axe Militia (Nigeria)", 3), ("Eiye Confraternity", 3)]


def test_the_greater_sahara_group_was_a_faction_of_iswap_between_2019_and_2022() -> None:
    raid = "ISGS militants stormed a camp near Menaka."
    assert tagged(raid, "ML", "2020-07-01")[0][1] == "Islamic State (West Africa) - Greater Sahara Faction"
    assert tagged(raid, "ML", "2023-07-01")[0][1] == "Islamic State (Sahel)"
    assert tagged(raid, "ML", "2018-07-01")[0][1] == "Islamic State (Sahel)"


def test_a_country_after_a_hyphen_gives_a_crowd_no_nationality() -> None:
    assert crowd_nations("Belarusian activists") == {"BY"}
    assert crowd_nations("pro-Russian protesters") == set()
    assert crowd_nations("the Trans-Kenya pipeline committee") == set()


def test_a_crowd_of_several_nations_is_named_after_where_it_gathered() -> None:
    text = "The Greek and Turkish students marched in Lyon."
    at = text.index("Lyon")
    lyon = Place(at, at + 4, "Lyon", "Lyon", geonameid=1, country_code="FR", feature_code="PPL")
    doc = Document("d", text, places=[lyon], analysis=Analysis())
    end = text.index(" marched")
    crowd = ActorMention(4, end, text[4:end], "Civilians (Greece)", 7)
    assert crowd_actor(doc, "Protesters ({country})", 6, crowd).name == "Protesters (France)"
    alone = ActorMention(4, 9, "Greek", "Civilians (Greece)", 7)
    assert crowd_actor(doc, "Protesters ({country})", 6, alone).name == "Protesters (Greece)"


def test_a_contingent_of_the_african_union_mission_in_somalia_is_named_with_its_country() -> None:
    mission = "ATMIS: African Union Transition Mission in Somalia"
    found = tagged("ATMIS UPDF soldiers escorted a convoy near Marka.", "SO")
    assert found[0] == ("ATMIS UPDF soldiers", f"{mission} (Uganda)", 8)
    assert tagged("Burundian ATMIS troops guarded an airstrip near Jowhar.", "SO")[0][:2] == (
        "Burundian ATMIS troops", f"{mission} (Burundi)")
    # Troops of no named country are the mission's as a whole.
    assert tagged("ATMIS troops guarded an airstrip near Jowhar.", "SO")[0][1] == mission
    # Before April 2022 the mission was AMISOM.
    assert tagged("AMISOM KDF soldiers patrolled near Afmadow.", "SO", "2021-06-01")[0][1] == (
        "AMISOM: African Union Mission in Somalia (Kenya)")


def test_national_armies_by_their_own_names() -> None:
    assert tagged("FACA soldiers arrested two men in Bria.", "CF")[0][1:] == (
        "Military Forces of the Central African Republic", 1)
    assert tagged("The FAMa repelled an attack near Douentza.", "ML")[0][1] == "Military Forces of Mali"
    assert tagged("The Tatmadaw shelled a village near Mindat.", "MM")[0][1] == "Military Forces of Myanmar"


def test_farc_dissidents_by_their_common_name() -> None:
    assert tagged("FARC dissidents burned a truck near Tumaco.", "CO")[0][1:] == (
        "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction", 2)


def test_a_country_of_several_words_that_acts_is_its_state() -> None:
    text = "North Korea fired a missile."
    words = [("North", "compound", 1), ("Korea", "nsubj", 2), ("fired", "ROOT", 2)]
    tokens, at = [], 0
    for word, dep, head in words:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, word, word.lower(), "", "", dep, head))
    doc = Document("d", text, analysis=Analysis(tokens=tokens))
    assert [(c.name, c.start, c.end) for c in state_candidates(doc)] == [("Government of North Korea", 0, 11)]


def test_the_host_countrys_own_forces_are_no_contingent() -> None:
    mission = "ATMIS: African Union Transition Mission in Somalia"
    assert tagged("Somali ATMIS troops guarded an airstrip near Baidoa.", "SO")[0][1] == mission
