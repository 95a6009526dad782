"""Counts by ACLED's rules: lowest figure, fixed values for vague words, no figure means unknown."""

from __future__ import annotations

import pytest

from frontlines.coding.numbers import find_counts, to_int, unknown_losses


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("12", 12), ("1,200", 1200), ("five", 5), ("twenty-two", 22), ("a dozen", 12), ("dozens", 12),
     ("several", 3), ("hundreds", 100), ("thousands", 1000), ("two hundred", 200), ("eleven", 11)],
)  # fmt: skip
def test_number_phrases_have_acled_values(phrase: str, value: int) -> None:
    assert to_int(phrase) == value


def test_unknown_words_have_no_value() -> None:
    assert to_int("many") is None


def test_at_least_takes_the_figure_given() -> None:
    assert find_counts("At least 12 people were killed in the bombing.").dead == 12


def test_dozens_killed_counts_twelve() -> None:
    assert find_counts("Dozens were killed.").dead == 12


def test_a_range_counts_its_lowest_figure() -> None:
    assert find_counts("Between 10 and 15 people were killed.").dead == 10
    assert find_counts("10 to 15 people died.").dead == 10


def test_killed_and_wounded_stay_apart() -> None:
    counts = find_counts("The attack killed five soldiers and wounded twenty-two civilians.")
    assert (counts.dead, counts.injured) == (5, 22)


def test_participle_counts_after_the_verb() -> None:
    counts = find_counts("Gunmen stormed the market, killing 5 and injuring 12.")
    assert (counts.dead, counts.injured) == (5, 12)


def test_death_toll_is_a_fatality_count() -> None:
    counts = find_counts("The death toll rose to 30.")
    assert (counts.dead, counts.injured) == (30, None)


def test_arrests_are_counted_but_are_not_a_crowd() -> None:
    counts = find_counts("Police arrested 45 protesters.", with_participants=True)
    assert (counts.arrested, counts.participants) == (45, None)


def test_no_one_killed_is_zero_not_one() -> None:
    assert find_counts("No one was killed in the blast.").dead == 0


def test_losses_without_a_figure_leave_fatalities_unknown() -> None:
    text = "The attackers suffered heavy losses."
    assert find_counts(text).dead is None
    assert unknown_losses(text)


@pytest.mark.parametrize(
    ("text", "size"),
    [("Some 2,000 troops were deployed.", 2000), ("A crowd of 300 gathered.", 300),
     ("Thousands of people marched.", 1000), ("A 500-strong force arrived.", 500)],
)  # fmt: skip
def test_participants_are_crowd_or_troop_sizes(text: str, size: int) -> None:
    assert find_counts(text, with_participants=True).participants == size


def test_participants_only_when_asked() -> None:
    assert find_counts("Some 2,000 troops were deployed.").participants is None


def test_casualties_alone_are_no_figure() -> None:
    text = "Casualties were reported on both sides."
    assert find_counts(text).dead is None and find_counts(text).injured is None
    assert unknown_losses(text)


def test_one_named_victim_is_one_death() -> None:
    assert find_counts("Gunmen killed a shopkeeper outside his home.").dead == 1
    assert find_counts("The raid ended with soldiers killing an informant.").dead == 1


def test_victims_of_two_kinds_add_up() -> None:
    assert find_counts("The attackers killed four men and two women at the market.").dead == 6


def test_shot_and_killed_is_a_death_and_a_single_fatality_counts() -> None:
    assert find_counts("2 farmers were shot and killed near the well.").dead == 2
    assert find_counts("1 fatality.").dead == 1


def test_a_vague_number_of_victims_is_not_one() -> None:
    assert find_counts("The strike killed a number of fighters.").dead is None


def test_a_single_victim_adds_to_a_sum_of_victims() -> None:
    from frontlines.coding.numbers import victims

    assert victims("the shell hit a car, killing two men and a boy") == 3
    assert victims("gunmen opened fire, killing a trader and a driver") == 2


def test_an_including_aside_does_not_part_a_figure_from_its_word() -> None:
    assert find_counts("At least 15 people, including two officers, were injured in the clash.").injured == 15
    assert find_counts("Police killed 5, and 12 were injured.").dead == 5
