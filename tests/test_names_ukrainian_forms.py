"""Russian forms of Ukrainian given names no letter rule reaches (ru/ukrainian_names.json,
derived from names-translator's validated pairs): Надія Савченко is Надежда Савченко, while
other given names and a western Hanna stay apart."""

from __future__ import annotations

import pytest

from reader.lang.ru.given_name_forms import russian_given_names, russian_town_names
from reader.names.grouping import group_names


def test_only_the_tables_names_read() -> None:
    assert russian_given_names("Надія") == ("Надежда",)
    assert russian_given_names("PYLYP") == ("Филипп",)
    assert russian_given_names("Олена") == ()  # a letter rule reads it: not in the table
    assert russian_given_names("Hanna") == ()  # a western name of its own


@pytest.mark.parametrize(
    "names",
    [
        ["Надія Савченко", "Надежда Савченко", "Nadiia Savchenko"],
        ["Пилип Орлик", "Филипп Орлик", "Pylyp Orlyk"],
        ["Костянтин Ушинський", "Константин Ушинский", "Kostiantyn Ushynskyi"],
        ["Тетяна Чорновол", "Татьяна Чорновол", "Tetiana Chornovol"],
    ],
)
def test_ukrainian_name_joins_its_russian_form(names: list[str]) -> None:
    assert group_names(names, places=False) == [names]


@pytest.mark.parametrize(
    "names",
    [
        ["Hanna Schmidt", "Anna Schmidt"],
        ["Надія Савченко", "Віра Савченко"],
        ["Пилип Орлик", "Павло Орлик"],
    ],
)
def test_other_given_names_stay_apart(names: list[str]) -> None:
    assert len(group_names(names, places=False)) == len(names)


def test_a_village_named_after_a_given_name_reads_as_russians() -> None:
    assert russian_town_names("Володимирівка") == ("Владимировка",)
    assert russian_town_names("Kostiantynivka") == ("Константиновка",)
    assert russian_town_names("Kostjantyniwka") == ("Константиновка",)  # German's w
    assert russian_town_names("Катеринівка") == ("Екатериновка",)  # a woman's name
    assert russian_town_names("Павлівка") == ()  # a letter rule reads it: not in the table
    assert russian_town_names("Костянтин") == ()  # the name itself, no village


@pytest.mark.parametrize(
    "names",
    [
        ["Володимирівка", "Владимировка"],
        ["Костянтинівка", "Kostjantyniwka", "Константиновка", "Konstantinovka"],
        ["Пилипівка", "Филипповка", "Pylypivka"],
    ],
)
def test_a_ukrainian_village_of_a_given_name_joins_its_russian_name(names: list[str]) -> None:
    assert group_names(names, places=False) == [names]


def test_a_ukrainian_village_stays_off_a_town_of_another_suffix() -> None:
    names = ["Костянтинівка", "Константинов"]
    assert group_names(names, places=False) == [[n] for n in names]
