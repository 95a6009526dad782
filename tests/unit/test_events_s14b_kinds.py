"""Kinds of events the ACLED codebook tells apart by how they happened.

- A place taken is a battle won (the government regains it, a non-state actor overtakes it) only
  when the report tells of fighting; taken with none told, it changed hands without a fight.
- A name told with the region it lies in ("Kellvar, Orvasta") is a place that can be taken.
- A shell or round told going off where it lay, with no one firing it, is a remote explosive.
- A group of plain people that clashes with the forces without guns is a mob, not an armed side.
- Party supporters who fight or beat people, for no cause and with no forces in the scene, are a mob.
- A sexual offence someone is suspected of is no event of the day beside what is done to them.
- Violence told as what people fled "in response to" leaves their displacement the news.
"""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code, place

from frontlines.coding.classify import left_to_explode
from frontlines.coding.lexicon import cues_in

pytestmark = pytest.mark.slow

NON_VIOLENT = "Non-violent transfer of territory"
OVERTAKES = "Non-state actor overtakes territory"
REGAINS = "Government regains territory"
MOB = "Mob violence"
IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the rebels took control of the town of Kansafra.",
        "On Monday, rebels took over control of Tellbrook in Orvasta province.",
        "On Monday, government forces took control of the port of Kellvar after the rebels evacuated it.",
    ],
)
def test_a_place_taken_with_no_fighting_told_changes_hands_without_a_fight(text: str) -> None:
    assert sub_types(code(text))[0] == NON_VIOLENT


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("On Monday, rebels took control of Kansafra following clashes with the army.", OVERTAKES),
        ("On Monday, rebels took control of Kansafra. Two soldiers were killed.", OVERTAKES),
        ("Fighting went on near Kansafra.\nGovernment forces retook the town of Kansafra.", REGAINS),
    ],
)
def test_a_place_taken_where_the_report_tells_of_fighting_is_a_battle_won(text: str, sub_type: str) -> None:
    assert sub_type in sub_types(code(text))


def test_a_place_taken_with_no_clashes_reported_stays_non_violent_when_fighting_is_told_elsewhere() -> None:
    text = "Fighting went on near Kansafra.\nRebels took control of Kellvar. No clashes were reported."
    assert NON_VIOLENT in sub_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, soldiers retook Kellvar, Orvasta after heavy fighting.",
        "On Monday, rebels captured Kellvar, Orvasta after clashes with the army.",
    ],
)
def test_a_name_told_with_its_region_is_a_place_taken(text: str) -> None:
    taken = sub_types(code(text, places=[place(text, "Orvasta")]))[0]
    assert taken in (REGAINS, OVERTAKES)


def test_a_person_told_with_what_he_is_is_no_place_taken() -> None:
    text = "On Monday, police captured Teodor Kellin, a member of the gang, in Orvasta."
    assert sub_types(code(text, places=[place(text, "Orvasta")]))[0] == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, three children were killed in a mortar shell explosion in Kellvar.",
        "On Monday, two boys were wounded when a mortar round they found exploded in Kellvar.",
    ],
)
def test_a_shell_that_goes_off_where_it_lay_is_a_remote_explosive(text: str) -> None:
    assert sub_types(code(text))[0] == IED


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a mortar shell fired by the army exploded in the market of Kellvar, killing two.",
        "On Monday, rockets exploded in Kellvar, wounding four people.",
        "On Monday, soldiers shelled Kellvar; a shell exploded near the school.",
    ],
)
def test_shells_or_rockets_fired_are_shelling(text: str) -> None:
    assert sub_types(code(text))[0] == SHELLING


def test_only_a_shell_told_going_off_with_no_firing_is_left_to_explode() -> None:
    assert left_to_explode("BOMB", cues_in("a mortar shell explosion"))
    assert not left_to_explode("BOMB", cues_in("a mortar shell fired at the town exploded"))
    assert not left_to_explode("SHELL", cues_in("a missile exploded"))
    assert not left_to_explode("SHELL", cues_in("mortar shells hit the town"))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a group of villagers clashed with the police in Kellvar over the election.",
        "On Monday, a group of people clashed with soldiers at a fuel station in Kellvar.",
    ],
)
def test_plain_people_who_clash_with_forces_are_a_mob(text: str) -> None:
    assert sub_types(code(text))[0] == MOB


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, villagers armed with rifles clashed with soldiers in Kellvar, killing two.",
        "On Monday, soldiers clashed with rebels near Kellvar, where residents fled.",
    ],
)
def test_gunmen_and_rebels_who_clash_with_forces_fight_a_battle(text: str) -> None:
    assert sub_types(code(text))[0] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, supporters of the Orvasta Party attacked and beat up supporters of a rival party during "
        "a rally in Kellvar.",
        "On Monday, a clash broke out between supporters of two parties marching in a rally in Kellvar.",
    ],
)
def test_party_supporters_who_fight_people_are_a_mob(text: str) -> None:
    assert sub_types(code(text))[0] == MOB


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, supporters of the Orvasta Party marched in Kellvar and clashed with police, who fired "
        "tear gas.",
        "On Monday, supporters of the Orvasta Party clashed with rival supporters in Kellvar during a march "
        "to demand a recount.",
    ],
)
def test_supporters_who_fight_the_forces_or_for_a_cause_demonstrate(text: str) -> None:
    assert sub_types(code(text))[0] == "Violent demonstration"


def test_a_sexual_offence_someone_is_suspected_of_is_no_event_of_the_day() -> None:
    events = code("On Monday, a man suspected of rape was beaten up by four people in Kellvar.")
    assert "Sexual violence" not in sub_types(events)


def test_a_sexual_offence_told_as_news_stays_one() -> None:
    events = code("On Monday, two soldiers raped a woman in Kellvar.")
    assert sub_types(events)[0] == "Sexual violence"


def test_people_who_fled_in_response_to_shelling_were_displaced() -> None:
    text = "On Monday, dozens of families fled Kellvar in response to the shelling of their village."
    assert sub_types(code(text)) == ["Other"]


def test_shelling_told_beside_people_who_fled_stays_shelling() -> None:
    text = "On Monday, soldiers shelled Kellvar, and dozens of families fled the village."
    assert sub_types(code(text))[0] == SHELLING
