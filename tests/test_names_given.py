"""East Slavic given names across Belarusian, Ukrainian and Russian spellings, read through
letter correspondences that pymorphy3's dictionary must confirm (reader/lang/ru/given_names.py)."""

from __future__ import annotations

import pytest

from reader.lang.ru.given_names import given_names
from reader.names.grouping import group_names


def test_readings_are_only_the_dictionarys_given_names() -> None:
    assert given_names("Siarhei") == ("Сергей",)  # Belarusian h for г, ia for е
    assert given_names("Сяргей") == ("Сергей",)
    assert "Александр" in given_names("Аляксандр")
    assert "Андрей" in given_names("Андрій")  # Ukrainian ій for ей
    assert given_names("Tsikhanouski") == ()  # no given name: no reading
    assert given_names("Сергей") == ()  # Russian as it stands
    assert given_names("Anna") == ("Анна",)  # a final vowel is the ending: not Онно
    assert given_names("Yana") == ("Яна",)  # y before a vowel is й: not Иона


@pytest.mark.parametrize(
    "names",
    [
        ["Siarhei Tsikhanouski", "Sergei Tikhanovsky", "Сергей Тихановский"],
        ["Aliaksandr Milinkevich", "Александр Милинкевич", "Аляксандр Мілінкевіч"],
        ["Andrii Sybiga", "Андрей Сибига", "Андрій Сибіга"],
        ["Serhii Zhadan", "Sergei Zhadan", "Сергей Жадан", "Сергій Жадан"],
        ["Yauhen Ivanov", "Евгений Иванов"],  # Russian adds -ий
        # a name the dictionary reads only as a plural ("to the Гули") is a name as written
        ["Gafur Gulyam", "Гафур Гулям"],
    ],
)
def test_given_names_of_one_person_group(names: list[str]) -> None:
    assert group_names(names, places=False) == [names]


@pytest.mark.parametrize(
    "names",
    [
        ["Siarhei", "Sergeev"],  # a given name and a surname
        ["Yana", "Anna"],
        ["Aliaksandr Shevchenko", "Aliaksandra Shevchenko"],  # a man and a woman
    ],
)
def test_other_names_stay_apart(names: list[str]) -> None:
    assert group_names(names, places=False) == [[n] for n in names]


def test_a_womans_given_name_is_not_only_a_mans_genitive() -> None:
    """Александра is "of Александр" in most of pymorphy3's corpus, a woman's name too: with
    both people present it joins neither."""
    names = ["Oleksandr Shevchenko", "Александр Шевченко", "Oleksandra Shevchenko"]
    groups = group_names([*names, "Александра Шевченко"], places=False)
    assert ["Oleksandr Shevchenko", "Александр Шевченко"] in groups
    assert ["Oleksandr Shevchenko", "Александр Шевченко", "Александра Шевченко"] not in groups
