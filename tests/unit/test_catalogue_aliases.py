"""Catalogue aliases: what well-known names and acronyms stand for, and when."""

from __future__ import annotations

from frontlines.model import Document, Place
from frontlines.stages.actors import ActorTagger


def names(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = Document("d", text, published=published)
    return [(a.text, a.name) for a in ActorTagger()(doc).actors]


def test_the_donetsk_peoples_republic_by_its_acronym_is_its_forces() -> None:
    found = names("Ukrainian forces shelled DPR positions.")
    assert found[1] == ("DPR", "NAF: United Armed Forces of Novorossiya")


def test_the_rashtriya_rifles_by_their_acronym() -> None:
    found = names("RR and CRPF exchanged fire with militants.")
    assert found[0] == ("RR", "Military Forces of India Rashtriya Rifles")


def test_the_rapid_support_forces_were_sudans_forces_until_their_war_with_the_army() -> None:
    before = names("The army clashed with the Rapid Support Forces.", "2022-04-27")
    after = names("The army clashed with the Rapid Support Forces.", "2023-05-01")
    assert ("Rapid Support Forces", "Military Forces of Sudan Rapid Support Forces") in before
    assert ("Rapid Support Forces", "RSF: Rapid Support Forces") in after


def test_a_peacekeeping_mission_is_named_by_its_official_name() -> None:
    found = names("Gunmen fired at a MINUSMA vehicle in Timbuktu.")
    mission = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
    assert ("MINUSMA", mission) in found


def test_an_acronym_two_groups_share_means_the_one_at_home_in_the_report() -> None:
    somali = Document("d", "In Somalia, SNA troops repelled an attack.")
    syrian = Document("d", "In Syria, SNA fighters shelled a village.")
    assert [a.name for a in ActorTagger()(somali).actors] == ["Military Forces of Somalia"]
    assert [a.name for a in ActorTagger()(syrian).actors] == ["JWS: Syrian National Army"]


def test_the_novorossiya_forces_by_their_acronym_with_the_words_that_describe_them() -> None:
    assert names("The NAF rebel forces fired mortars at governmental positions.") == [
        ("NAF rebel forces", "NAF: United Armed Forces of Novorossiya")
    ]


def test_naf_in_nigeria_is_the_nigerian_air_force() -> None:
    doc = Document("d", "NAF jets struck a bandit camp in Zamfara.",
                   places=[Place(33, 40, "Zamfara", "Zamfara", geonameid=1, country_code="NG")])
    found = [(a.text, a.name) for a in ActorTagger()(doc).actors]
    assert found[0] == ("NAF", "Military Forces of Nigeria Air Force")


def test_the_oromo_liberation_army_is_one_group_by_either_name_and_not_the_front() -> None:
    army = "OLA: Oromo Liberation Army"
    assert names("OLF Shane militants raided a granary.")[0] == ("OLF Shane militants", army)
    assert names("The Oromo Liberation Army raided a depot.")[0][1] == army
    assert names("The OLF issued a statement.")[0][1] == "OLF: Oromo Liberation Front"


def test_boko_haram_is_the_faction_that_kept_the_name_and_iswap_its_own() -> None:
    jas = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert names("Boko Haram fighters torched a granary.")[0] == ("Boko Haram fighters", jas)
    assert names("JAS fighters torched a granary.")[0][1] == jas
    iswap = "Islamic State (West Africa) - Lake Chad Faction"
    assert names("ISWAP fighters torched a granary.")[0][1] == iswap


def test_indias_maoist_insurgents_by_their_partys_name() -> None:
    assert names("CPI-Maoist cadres ambushed a police patrol.")[0][1] == (
        "CPI (Maoist): Communist Party of India (Maoist)"
    )


def test_a_mara_salvatrucha_member_is_the_gangs() -> None:
    assert names("A Mara Salvatrucha member shot a bus driver.")[0] == (
        "Mara Salvatrucha member", "MS-13: Mara Salvatrucha"
    )


def test_imbonerakure_are_the_ruling_partys_youth_militia() -> None:
    text, name = names("Imbonerakure members beat a shopkeeper.")[0]
    assert text == "Imbonerakure members"
    assert name.startswith("CNDD-FDD-Imbonerakure: ") and name.endswith("(Imbonerakure Faction)")


def test_southern_transitional_council_units_are_named_as_its_factions() -> None:
    assert names("Security Belt Forces shelled a checkpoint.")[0][1] == (
        "STC: Southern Transitional Council (Security Belt Forces)"
    )


def test_indias_central_police_forces_are_branches_of_its_police() -> None:
    crpf = "Police Forces of India Central Reserve Police Force"
    assert names("CRPF personnel defused a mine.")[0][1] == crpf
    assert names("BSF troops shot down a drone.")[0][1] == "Police Forces of India Border Security Force"


def test_cartels_and_a_codeco_faction_have_their_names() -> None:
    assert names("CJNG members burned a car.")[0] == ("CJNG members", "CJNG: Jalisco New Generation Cartel")
    assert names("CODECO-URDPC militiamen raided a camp.")[0][1].startswith("CODECO-URDPC: ")


def test_us_forces_in_syria_are_the_coalition_against_the_islamic_state() -> None:
    syria = Document("d", "Hasakah: a US military patrol crossed the town.",
                     places=[Place(0, 7, "Hasakah", "Hasakah", geonameid=3, country_code="SY")])
    assert [a.name for a in ActorTagger()(syria).actors][0] == "Global Coalition Against Daesh"
    assert names("A US military patrol crossed the port.")[0][1] == "Military Forces of the United States"
