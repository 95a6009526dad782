"""Names read only where and when they mean a group: peoples in their own lands, local forces in
Myanmar since the coup, groups from their founding on, countries' names outside sport; and the
branches and factions a report names."""

from __future__ import annotations

from builders import actors_in_town as tagged
from builders import analysed_doc, parsed

from frontlines.coding.catalogue import AliasMatcher, load_catalogue, people_home, people_lands, people_reach
from frontlines.coding.countries import document_country, tells_of_sport, unit_country
from frontlines.model import Analysis, Document, Entity
from frontlines.stages.actors import ActorTagger, state_candidates


def test_a_country_that_wins_a_match_is_its_team_not_its_state() -> None:
    words = [("Lesotho", "nsubj", 1), ("beat", "ROOT", 1), ("Malawi", "dobj", 1), ("3-0", "npadvmod", 1)]
    assert state_candidates(parsed("Lesotho beat Malawi 3-0.", words, one_sentence=True)) == []
    words = [("Lesotho", "nsubj", 1), ("closed", "ROOT", 1), ("its", "poss", 3), ("border", "dobj", 1)]
    found = state_candidates(parsed("Lesotho closed its border.", words, one_sentence=True))
    assert [c.name for c in found] == ["Government of Lesotho"]


def test_sport_is_a_result_against_a_named_side_told_by_its_score_or_the_words_of_a_game() -> None:
    assert tells_of_sport("Lesotho beat Malawi 3-0 on Sunday.")
    assert tells_of_sport("Gabon drew with Benin 1-1 at home.")
    assert tells_of_sport("Samoa lost to Fiji in the rugby semi-final.")
    assert tells_of_sport("Fans wept after Samoa lost 10-3 to Fiji.")
    # The words of a game alone tell of no result: violence at a match is still violence.
    assert not tells_of_sport("Police fired tear gas at football fans outside the stadium.")
    assert not tells_of_sport("Riot police beat Orlando Pirates fans after the football derby.")
    # A crowd that beat a few people, or a force that lost some men, plays no game.
    assert not tells_of_sport("A crowd beat 2-3 suspected thieves.")
    assert not tells_of_sport("The army lost 4-5 soldiers in the raid.")


def test_a_people_lives_in_its_lands_the_main_one_first() -> None:
    assert people_lands("Pokot") == ("KE", "UG")
    assert people_home("Pokot") == "KE"
    assert people_lands("Tiv-Jukun") == ("NG", "CM")
    assert people_lands("pokot") == () and people_lands("Zorblan") == ()


def test_a_peoples_armed_men_are_its_militia_only_where_it_lives() -> None:
    assert tagged("Massa gunmen torched a granary near Bongor.", "TD")[0][1:] == (
        "Massa Ethnic Militia (Chad)", 4)
    assert tagged("Massa gunmen torched a granary near Maroua.", "CM")[0][1:] == (
        "Massa Ethnic Militia (Cameroon)", 4)
    # In Italy "Massa" is a town's or a family's name: the gunmen are unidentified.
    found = tagged("Massa gunmen robbed a jeweller near Lucca.", "IT")
    assert ("gunmen", "Unidentified Armed Group (Italy)", 3) in found
    assert all("Ethnic Militia" not in name for _, name, _ in found)


def test_a_local_pdf_is_an_anti_coup_group_only_in_myanmar_since_the_coup() -> None:
    resisting = "Unidentified Anti-Coup Armed Group"
    assert tagged("A local PDF raided a junta post near Gangaw.", "MM")[0][1] == resisting
    assert all(name != resisting for _, name, _ in tagged("A local PDF stormed a depot near Jinja.", "UG"))
    before_the_coup = tagged("A local PDF raided a post near Gangaw.", "MM", "2019-03-02")
    assert all(name != resisting for _, name, _ in before_the_coup)


def test_a_group_is_not_read_before_it_was_founded() -> None:
    matcher = AliasMatcher(load_catalogue())
    text = "CDF fighters ambushed a truck."
    assert [m.entry.name for m in matcher.find(text, "2022-02-01", "MM")] == ["Chinland Defense Force"]
    assert [m.entry.name for m in matcher.find(text, "2012-02-01", "MM")] == []


def test_an_acronym_that_is_often_something_else_names_the_group_only_at_home() -> None:
    matcher = AliasMatcher(load_catalogue())
    assert [m.entry.name for m in matcher.find("MIT agents seized a courier.", "2022-05-01", "TR")] == [
        "Police Forces of Turkey National Intelligence Organization"]
    assert matcher.find("An MIT professor was robbed.", "2022-05-01", "US") == []
    assert matcher.find("An MIT professor was robbed.", "2022-05-01") == []
    assert matcher.find("The CDF toured a barracks.", "2022-05-01", "KE") == []


def test_a_chinland_or_peoples_defense_force_branch_is_named_after_its_township() -> None:
    assert tagged("CDF-Tedim fighters shelled an outpost near Tedim.", "MM")[0][1:] == (
        "Chinland Defense Force - Tedim", 3)
    assert tagged("The People's Defense Force Pale ambushed a convoy near Pale.", "MM")[0][1:] == (
        "People's Defense Force - Pale", 3)
    # A unit of the force is no branch named after a place.
    assert tagged("The People's Defense Force Company 9 ambushed a convoy near Pale.", "MM")[0][1] == (
        "PDF: People's Defense Force")
    # Nor is a title before a person's name, nor a day.
    assert tagged("PDF Commander Ko Zaw said troops burned a hamlet near Pale.", "MM")[0][1] == (
        "PDF: People's Defense Force")
    assert tagged("Troops fought the PDF Friday near Pale.", "MM")[-1][1] == "PDF: People's Defense Force"


def test_police_branches_a_report_names_are_part_of_the_name() -> None:
    assert tagged("Federal police stopped a bus of smuggled parrots near Joinville.", "BR")[0][1:] == (
        "Police Forces of Brazil Federal Police", 1)
    assert tagged("A robber traded shots with civil police officers near Maringa.", "BR")[-1][1] == (
        "Police Forces of Brazil Civil Police")
    assert tagged("Two municipal guards fired on a car near Sorocaba.", "BR")[0][1] == (
        "Police Forces of Brazil Municipal Guards")
    assert tagged("Assam Rifles troops recovered rifles near Champhai.", "IN")[0][1:] == (
        "Police Forces of India Assam Rifles", 1)


def test_a_states_tanks_named_by_its_demonym_are_its_forces() -> None:
    assert tagged("Russian tanks fired at a depot near Izium.", "UA")[0][:2] == (
        "Russian tanks", "Military Forces of Russia")


def test_arms_spelled_out_in_capitals_are_no_organisation() -> None:
    text = "Two Improvised Explosive Devices damaged a bakery."
    start = text.index("Improvised")
    end = start + len("Improvised Explosive Devices")
    doc = Document("d", text, analysis=Analysis(entities=[Entity(start, end, "ORG", text[start:end])]))
    assert ActorTagger()(doc).actors == []


def test_a_general_strike_taken_for_an_organisation_is_no_actor() -> None:
    text = "Hartal backers torched a lorry."
    doc = Document("d", text, analysis=Analysis(entities=[Entity(0, 6, "ORG", "Hartal")]))
    assert ActorTagger()(doc).actors == []


def test_branches_and_units_of_state_forces_by_their_own_names() -> None:
    assert tagged("Peshmerga forces arrested a smuggler near Erbil.", "IQ")[0][1:] == (
        "Military Forces of Iraq Peshmerga", 1)
    assert tagged("RAB members detained a cleric near Sylhet.", "BD")[0][1:] == (
        "Police Forces of Bangladesh", 1)
    assert tagged("The SNR detained a teacher near Gitega.", "BI")[0][1] == (
        "Police Forces of Burundi National Intelligence Service")
    assert tagged("Somaliland troops entered a hamlet near Erigavo.", "SO")[0][1] == (
        "Military Forces of Somaliland")


def test_a_known_peoples_militia_away_from_its_lands_is_no_ethnic_militia() -> None:
    assert tagged("Massa militiamen burned a granary near Bongor.", "TD")[0][1] == (
        "Massa Ethnic Militia (Chad)")
    found = tagged("Massa militiamen burned a barn near Lucca.", "IT")
    assert ("militiamen", "Unidentified Communal Militia (Italy)", 4) in found
    # A community the list does not know may live anywhere: "Orvak militiamen" are its militia.
    assert tagged("Orvak militiamen burned a barn near Lucca.", "IT")[0][1] == "Orvak Ethnic Militia (Italy)"


def test_a_kind_of_administrative_unit_only_one_country_has_places_a_report_the_gazetteer_cannot() -> None:
    assert unit_country("Shops were looted in Chorkhali upazila.") == "BD"
    assert unit_country("Cattle were taken in Wunbol payam.") == "SS"
    assert unit_country("Farmers fled two kebeles of the woreda.") == "ET"
    assert unit_country("A councillor was shot in Barangay Tulip.") == "PH"
    assert unit_country("A district council met in the county.") is None
    assert unit_country("Lawyer Payam Rostami was detained.") is None
    # Only when nothing else tells the country: a country named comes first.
    assert document_country(Document("d", "Kenyan traders fled Chorkhali upazila.")) == "KE"
    assert document_country(Document("d", "Traders fled Chorkhali upazila.")) == "BD"


def test_a_peoples_raiders_across_a_border_of_its_lands_are_still_its_militia() -> None:
    assert people_reach("Toposa") >= {"SS", "KE", "ET"}
    assert tagged("Toposa gunmen drove off goats near Lokichoggio.", "KE")[0][1:] == (
        "Toposa Ethnic Militia (Kenya)", 4)
    assert "IT" not in people_reach("Massa")


def test_more_groups_known_by_their_own_names() -> None:
    assert tagged("Amigos dos Amigos members shot up a kiosk near Niteroi.", "BR")[0][1:] == (
        "ADA: Amigos dos Amigos", 3)
    assert tagged("Deir ez-Zor Military Council fighters raided a farm near Hajin.", "SY")[0][1:] == (
        "Deir ez-Zor Military Council", 2)


def test_a_faction_fighting_under_an_alliance_is_that_alliance() -> None:
    room, coalition = "Al Fath Al Mubeen Operation Room", "Global Coalition Against Daesh"
    for text, name in ((f"Zemba raiders operating under the {room} burned a toll post.", room),
                       ("Zemba raiders under the Global Coalition umbrella burned a toll post.", coalition)):
        assert [a.name for a in ActorTagger()(analysed_doc(text, [("Zemba", "ORG")])).actors] == [name]
    # "under" a group the words after do not call an alliance says nothing of command.
    doc = analysed_doc(f"Zemba raiders under the {room} flag fled.", [("Zemba", "ORG")])
    assert [a.name for a in ActorTagger()(doc).actors] == ["Zemba Ethnic Militia", room]


def test_a_local_force_is_named_after_its_area_with_the_kind_of_area_the_report_gives() -> None:
    assert tagged("The Kyaukse District PDF shelled a camp near Kyaukse.", "MM")[0][1:] == (
        "People's Defense Force - Kyaukse District", 3)
    assert tagged("The District PDF shelled a camp near Kyaukse.", "MM")[0][1] == (
        "PDF: People's Defense Force")
    assert tagged("People's Defense Forces fighters shelled a camp near Kyaukse.", "MM")[0][1] == (
        "PDF: People's Defense Force")
