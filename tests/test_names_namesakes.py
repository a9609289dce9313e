"""Places that share a name (a town, the river, lake, valley of its name): a bare name never
links two places of different kinds, and a place named in full is no part of a longer name."""

from __future__ import annotations

import pytest

from reader.names.grouping import group, group_names


def _groups(names: list[str], places: bool = False) -> list[set[str]]:
    return [set(g) for g in group_names(names, places=places)]


@pytest.mark.parametrize("places", [False, True])
def test_a_bare_name_beside_a_lake_and_a_river_of_its_name_is_left_ambiguous(
    places: bool,
) -> None:
    names = ["Lake Sarez", "озеро Сарез", "Sarez", "Sarez River", "река Сарез"]
    found = group(names, places=places)
    assert [set(g.names) for g in found] == [
        {"Lake Sarez", "озеро Сарез"},
        {"Sarez"},
        {"Sarez River", "река Сарез"},
    ]
    assert found[1].ambiguous == ("Lake Sarez", "Sarez River")


def test_a_bare_name_beside_a_valley_and_a_lake_goes_to_the_lake_it_names_alone() -> None:
    names = ["Iskanderkul", "Lake Iskanderkul", "Iskanderkul Valley", "долина Искандеркуль"]
    assert _groups(names) == [
        {"Iskanderkul", "Lake Iskanderkul"},
        {"Iskanderkul Valley", "долина Искандеркуль"},
    ]


def test_a_town_written_so_is_no_part_of_a_longer_place_name() -> None:
    # урочище is no generic word the rules know: урочище Ангрен reads as a name of two words
    names = ["Angren", "Ангрен", "город Ангрен", "урочище Ангрен"]
    assert _groups(names) == [{"Angren", "Ангрен", "город Ангрен"}, {"урочище Ангрен"}]


def test_a_town_the_gazetteer_has_is_no_part_of_a_longer_place_name() -> None:
    names = ["Angren", "Ангрен", "урочище Ангрен"]
    assert _groups(names, places=True) == [{"Angren", "Ангрен"}, {"урочище Ангрен"}]


def test_a_town_written_so_is_not_a_persons_surname() -> None:
    assert _groups(["город Киров", "Sergei Kirov"]) == [{"город Киров"}, {"Sergei Kirov"}]


def test_a_town_is_not_the_last_word_of_another_towns_name() -> None:
    names = ["Новгород", "город Новгород", "Нижний Новгород"]
    assert _groups(names) == [{"Новгород", "город Новгород"}, {"Нижний Новгород"}]


@pytest.mark.parametrize(
    ("names", "places"),
    [
        # a preposition before the town's case form: the town in a phrase, still the town
        (["Angren", "Ангрен", "в Ангрене"], True),
        (["Angren", "Ангрен", "в Ангрене", "город Ангрен"], False),
        # without the gazetteer, a bare name is the one person's surname
        (["Sergei Kirov", "Kirov"], False),
    ],
)
def test_guards_a_town_still_joins(names: list[str], places: bool) -> None:
    assert _groups(names, places=places) == [set(names)]


def test_a_bare_name_beside_a_town_written_so_and_a_river_is_the_towns() -> None:
    names = ["город Чирчик", "Chirchiq", "Chirchik", "Чирчик", "Chirchiq River", "река Чирчик"]
    assert _groups(names) == [
        {"город Чирчик", "Chirchiq", "Chirchik", "Чирчик"},
        {"Chirchiq River", "река Чирчик"},
    ]


@pytest.mark.parametrize(
    "names",
    [["Lake Sarez", "Sarez River", "Сарез"], ["Sarez River", "Lake Sarez", "Сарез"]],
)
def test_a_bare_name_of_several_readings_joins_neither_place_in_any_order(
    names: list[str],
) -> None:
    assert _groups(names) == [{names[0]}, {names[1]}, {"Сарез"}]


def test_a_bare_name_of_several_readings_beside_a_town_written_so_and_a_river_is_the_towns() -> (
    None
):
    names = ["река Сарез", "город Сарез", "Сарез"]
    assert _groups(names) == [{"река Сарез"}, {"город Сарез", "Сарез"}]


@pytest.mark.parametrize("town", [["Ufa", "Уфа"], ["Ishim", "Ишим"]])
def test_a_gazetteer_towns_bare_name_beside_a_river_of_its_name_joins_neither(
    town: list[str],
) -> None:
    """The town or the river named after it (or it after the river): the strings do not
    tell, so the bare name is shown ambiguous, as a surname two people share."""
    river = [f"{town[0]} River", f"река {town[1]}"]
    found = group([*town, *river], places=True)
    assert [set(g.names) for g in found] == [set(town), set(river)]
    assert found[0].ambiguous == (river[0],)


@pytest.mark.parametrize(
    ("names", "places"),
    [
        # a name ending in its lake's own fused word is the lake's, though a town bears it
        (["Kara-Kul", "Кара-Куль", "Lake Kara-Kul", "озеро Кара-Куль"], True),
        # without the gazetteer no town is known: a river is named alone
        (["Ufa", "Уфа", "Ufa River", "река Уфа"], False),
    ],
)
def test_guards_a_bare_name_still_joins_its_water(names: list[str], places: bool) -> None:
    assert _groups(names, places=places) == [set(names)]
