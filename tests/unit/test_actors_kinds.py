"""The class (inter code) of groups a report describes: local defence forces, cults, suspected groups."""

from __future__ import annotations

from builders import actors_in_town as tagged


def test_an_unnamed_local_defence_force_is_a_communal_militia() -> None:
    assert tagged("A local defense force ambushed bandits near Gusau.", "NG")[0][1:] == (
        "Unidentified Communal Militia (Nigeria)", 4)


def test_a_cult_militia_is_a_political_militia_not_a_communal_one() -> None:
    assert tagged("Suspected cultists shot a trader in Warri.", "NG")[0] == (
        "cultists", "Unidentified Cult Militia (Nigeria)", 3)
    rivals = tagged("Rival cult militiamen clashed in Benin.", "NG")
    assert rivals[0][1:] == ("Unidentified Cult Militia (Nigeria)", 3)


def test_a_group_a_report_says_attackers_are_suspected_to_be_names_them() -> None:
    found = tagged("Gunmen (suspected Al Shabaab) fired at a bus near Afgooye.", "SO")
    assert found[0] == ("Gunmen (suspected Al Shabaab", "Al Shabaab", 2)


def test_what_attackers_are_assumed_to_be_names_them_after_a_few_words_on_them() -> None:
    found = tagged("Gunmen riding 4 motorbikes (assumed Al Shabaab) looted a shop near Afgooye.", "SO")
    assert found[0][1:] == ("Al Shabaab", 2)
    # A side joined by "and" is another actor: the group named in brackets is the second's.
    joined = tagged("Soldiers and local fighters (suspected Al Shabaab) clashed near Afgooye.", "SO")
    assert [name for _, name, _ in joined] == ["Military Forces of Somalia", "Al Shabaab"]


def test_rebels_the_report_calls_the_opposition_keep_that_name_with_their_country() -> None:
    assert tagged("Opposition rebels shelled army positions near Ariha.", "SY")[0] == (
        "Opposition rebels", "Opposition Rebels (Syria)", 2)


def test_a_description_of_separatists_carries_its_country() -> None:
    assert tagged("Ambazonian separatists burned a school in Kumba.", "CM")[0][1:] == (
        "Ambazonian Separatists (Cameroon)", 2)
