"""Groups named by their own names or by what a report calls them, and crowds named by nation."""

from __future__ import annotations

from frontlines.coding.roles import crowd_actor, crowd_nations
from frontlines.model import ActorMention, Analysis, Document, Place, Token
from frontlines.stages.actors import ActorTagger, state_candidates


def tagged(text: str, code: str, day: str = "2022-05-01") -> list[tuple[str, str, int | None]]:
    """Actors of `text`, reported on `day` from its last word, a town in country `code`."""
    town = text.rsplit(" ", 1)[1].rstrip(".")
    where = text.rindex(town)
    place = Place(where, where + len(town), town, town, geonameid=1, country_code=code, feature_code="PPL")
    doc = Document("d", text, published=day, places=[place], analysis=Analysis())
    return [(a.text, a.name, a.inter) for a in ActorTagger()(doc).actors]


def test_an_unnamed_local_defence_force_in_myanmar_since_the_coup_resists_it() -> None:
    assert tagged("An unidentified local defense force ambushed a convoy near Kalay.", "MM")[0][1:] == (
        "Unidentified Anti-Coup Armed Group", 3)
    assert tagged("A local PDF fired at soldiers near Kalay.", "MM")[0][1] == (
        "Unidentified Anti-Coup Armed Group")
    # Before the coup of 1 February 2021 it was a community's militia, as it is elsewhere.
    assert tagged("A local defence force fought bandits near Kalay.", "MM", "2020-06-01")[0][1:] == (
        "Unidentified Communal Militia (Myanmar)", 4)
    assert tagged("A local defense force ambushed bandits near Gusau.", "NG")[0][1:] == (
        "Unidentified Communal Militia (Nigeria)", 4)


def test_groups_known_by_their_own_names() -> None:
    assert tagged("Sultan Murad Division fighters shelled a post near Afrin.", "SY")[0][1:] == (
        "Sultan Murad Division", 2)
    assert tagged("Al Fath Al Mubeen Operation Room shelled army positions near Saraqib.", "SY")[0][1:] == (
        "Al Fath Al Mubeen Operation Room", 2)
    assert tagged("Dan Na Ambassagou militiamen burned a hamlet near Bankass.", "ML")[0][1:] == (
        "Dan Na Ambassagou", 4)
    assert tagged("NAS fighters ambushed a truck near Yei.", "SS")[0][1:] == (
        "NAS: National Salvation Front", 2)
    assert tagged("UFDD rebels handed in their rifles near Mao.", "TD")[0][1:] == (
        "UFDD: Union of Forces for Democracy and Development", 2)
    assert tagged("Goyim Defense League members left flyers in Tampa.", "US")[0][1:] == (
        "GDL: Goyim Defense League", 3)
    assert tagged("Abu Sayyaf gunmen fired at a patrol near Patikul.", "PH")[0][1:] == ("ASG: Abu Sayyaf", 2)


def test_nigerian_confraternities_are_cult_militias_of_their_own_names() -> None:
    found = tagged("Black Axe members clashed with Eiye confraternity members near Ikorodu.", "NG")
    assert [f[1:] for f in found[:2]] == [("Black Axe Militia (Nigeria)", 3), ("Eiye Confraternity", 3)]


def test_the_greater_sahara_group_was_a_faction_of_iswap_between_2019_and_2022() -> None:
    raid = "ISGS militants stormed a camp near Menaka."
    assert tagged(raid, "ML", "2020-07-01")[0][1] == "Islamic State (West Africa) - Greater Sahara Faction"
    assert tagged(raid, "ML", "2023-07-01")[0][1] == "Islamic State (Sahel)"
    assert tagged(raid, "ML", "2018-07-01")[0][1] == "Islamic State (Sahel)"


def test_a_country_after_a_hyphen_gives_a_crowd_no_nationality() -> None:
    assert crowd_nations("Belarusian activists") == {"BY"}
    assert crowd_nations("pro-Russian protesters") == set()
    assert crowd_nations("the Tamu-Burma Road strike committee") == set()


def test_a_crowd_of_several_nations_is_named_after_where_it_gathered() -> None:
    text = "The Ukrainian and Russian diaspora rallied in Lyon."
    lyon = Place(44, 48, "Lyon", "Lyon", geonameid=1, country_code="FR", feature_code="PPL")
    doc = Document("d", text, places=[lyon], analysis=Analysis())
    crowd = ActorMention(4, 34, text[4:34], "Civilians (Ukraine)", 7)
    assert crowd_actor(doc, "Protesters ({country})", 6, crowd).name == "Protesters (France)"
    alone = ActorMention(4, 13, "Ukrainian", "Civilians (Ukraine)", 7)
    assert crowd_actor(doc, "Protesters ({country})", 6, alone).name == "Protesters (Ukraine)"


def test_a_contingent_of_the_african_union_mission_in_somalia_is_named_with_its_country() -> None:
    mission = "ATMIS: African Union Transition Mission in Somalia"
    found = tagged("Militants attacked ATMIS UPDF soldiers at a base near Marka.", "SO")
    assert found[1] == ("ATMIS UPDF soldiers", f"{mission} (Uganda)", 8)
    assert tagged("Burundian ATMIS troops left a base near Jowhar.", "SO")[0][:2] == (
        "Burundian ATMIS troops", f"{mission} (Burundi)")
    # Troops of no named country are the mission's as a whole.
    assert tagged("ATMIS troops left a base near Jowhar.", "SO")[0][1] == mission
    # Before April 2022 the mission was AMISOM.
    assert tagged("AMISOM KDF soldiers patrolled near Afmadow.", "SO", "2021-06-01")[0][1] == (
        "AMISOM: African Union Mission in Somalia (Kenya)")


def test_national_armies_by_their_own_names() -> None:
    assert tagged("FACA soldiers arrested two men in Bria.", "CF")[0][1:] == (
        "Military Forces of the Central African Republic", 1)
    assert tagged("The FAMa repelled an attack near Douentza.", "ML")[0][1] == "Military Forces of Mali"
    assert tagged("The Tatmadaw shelled a village near Mindat.", "MM")[0][1] == "Military Forces of Myanmar"


def test_farc_dissidents_and_us_forces_written_without_a_full_stop() -> None:
    assert tagged("FARC dissidents burned a truck near Tumaco.", "CO")[0][1:] == (
        "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction", 2)
    patrol = "A U.S military patrol drove through Tal Tamr."
    assert tagged(patrol, "SY")[0][1] == "Global Coalition Against Daesh"


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
