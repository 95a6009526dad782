"""Crowds that make claims, and captives who are hurt.

- A crowd of plain people that demands something, or acts to demand, denounce or support something,
  protests; so does one whose act the next sentence tells them to have done to demand or denounce.
  An official, armed men, or people who only say what they think, do not.
- People abducted and also killed, wounded, beaten or tortured were attacked (ACLED codes an
  abduction only when no violence beyond the taking is reported); others hurt beside the taking
  leave it an abduction.
"""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, supporters of the jailed mayor Teodor Kellin demanded his release in Orvasta.",
        "On Monday, dozens of nurses walked from the clinic to the town hall in Orvasta to demand back pay.",
        "On Monday, hundreds of farmers drove their tractors through Orvasta in support of the new land law.",
    ],
)
def test_a_crowd_that_demands_or_acts_for_a_claim_protests(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Peaceful protest"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the minister demanded the release of the journalists held in Orvasta.",
        "On Monday, armed men demanded a ransom from the families of Orvasta.",
        "On Monday, residents of Orvasta said they support the new mayor.",
        "On Monday, residents demanded justice after gunmen killed five villagers in Orvasta.",
    ],
)
def test_officials_armed_men_and_opinions_are_no_protest(text: str) -> None:
    assert "Peaceful protest" not in sub_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, over 100 taxi drivers slowed the traffic on the ring road of Orvasta. They denounced "
        "the rise in fuel prices.",
        "On Monday, dozens of graduates closed the town hall of Orvasta. Demanding jobs for them.",
    ],
)
def test_an_act_followed_by_the_crowd_s_claim_is_its_protest(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Peaceful protest"]


def test_a_crowd_that_flees_and_then_complains_was_displaced() -> None:
    events = code("On Monday, hundreds of villagers fled Orvasta after the raid. They denounced the lack of "
                  "protection.")
    assert "Peaceful protest" not in sub_types(events)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a trader was abducted in Orvasta by two armed men, beaten up and injured.",
        "On Monday, gunmen kidnapped a teacher in Orvasta and tortured him.",
        "On Monday, militants abducted four women in Orvasta. One woman was killed and two were wounded.",
    ],
)
def test_captives_who_are_hurt_were_attacked(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Attack"]


def test_others_hurt_beside_the_taking_leave_an_abduction() -> None:
    events = code("On Monday, militiamen abducted a woman from Orvasta and wounded three men.")
    assert sub_types(events)[:1] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, bandits looted six shops in Orvasta. The bandits beat the villagers with sticks.",
        "On Monday, militiamen looted the market of Orvasta. Four traders were injured.",
    ],
)
def test_a_looting_whose_victims_are_hurt_next_is_an_attack(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Attack"]


def test_a_looting_followed_by_another_occasion_stays_a_looting() -> None:
    events = code("On Monday, militiamen looted the market of Orvasta. In a separate incident, two traders "
                  "were injured in a road accident.")
    assert sub_types(events)[:1] == ["Looting/property destruction"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, two women were burned alive in their home in Orvasta.",
        "On Monday, a farmer was burned to death by unknown men in Orvasta.",
    ],
)
def test_people_burned_alive_were_killed(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Attack"]


def test_a_house_burned_down_is_property_destroyed() -> None:
    events = code("On Monday, rebels burned down three houses in Orvasta.")
    assert sub_types(events)[:1] == ["Looting/property destruction"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, police officers beat a man in Orvasta over allegations of his part in the kidnapping of "
        "a trader.",
        "On Monday, villagers beat a man suspected of killing a farmer in Orvasta.",
    ],
)
def test_a_deed_someone_is_accused_of_is_no_event_of_the_day(text: str) -> None:
    assert sub_types(code(text))[:1] in (["Attack"], ["Mob violence"])
    assert "Abduction/forced disappearance" not in sub_types(code(text))


def test_an_abduction_told_as_news_stays_one() -> None:
    events = code("On Monday, gunmen abducted a trader in Orvasta over a debt.")
    assert sub_types(events)[:1] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a man was shot dead by two gunmen in Orvasta. The victim was involved in drug "
        "trafficking.",
        "On Monday, gunmen opened fire on a bar in Orvasta. Three people were killed. The target of the "
        "attack was the leader of a gang.",
    ],
)
def test_an_attack_on_one_of_a_gang_is_a_clash(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a man was shot dead by two gunmen in Orvasta. The victim had been arrested in 2019 for "
        "drug trafficking.",
        "On Monday, a man was shot dead by two gunmen in Orvasta. The victim was a teacher.",
    ],
)
def test_a_victim_s_past_or_trade_leaves_an_attack(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Attack"]


def test_vigilantes_who_fight_beside_troops_are_a_militia() -> None:
    events = code("On Monday, troops and local vigilantes repelled an attack by militiamen on Orvasta.")
    assert sub_types(events)[:1] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a vigilante group assaulted a young man in Orvasta.",
        "On Monday, vigilantes beat a suspected thief to death in Orvasta.",
        "On Monday, vigilantes attacked a gang of robbers in Orvasta and killed one of them.",
    ],
)
def test_vigilantes_who_set_upon_people_are_a_mob(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Mob violence"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, an Imbonerakure beat a shopkeeper in Orvasta.",
        "On Monday, a group of Imbonerakure beat up two farmers in Orvasta.",
    ],
)
def test_a_militia_known_by_name_that_beats_people_attacks_them(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, unidentified men beat a shopkeeper in Orvasta.",
        "On Monday, dozens of Israeli settlers physically assaulted two farmers near Orvasta.",
    ],
)
def test_doers_told_by_what_they_are_who_beat_people_may_be_a_mob(text: str) -> None:
    assert sub_types(code(text))[:1] == ["Mob violence"]
