"""A town's Russian case forms that the dictionary reads as something else: a neuter
village's prepositional (в Калдыбаеве, which pymorphy3 reads as a surname's), a town named in
the plural in its other cases (в Ложках, which it reads as of ложка), and a locative after a
preposition of place meeting the bare name in Latin letters. Names made up, or towns in no
list."""

from __future__ import annotations

import pytest
from grouped import together

from reader.lang.ru.morphology import (
    locative_bases,
    neuter_town_bases,
    plural_adjective_bases,
    plural_bases,
    soft_feminine_bases,
)
from reader.names.grouping import group_names


def test_a_neuter_villages_prepositional_reads_as_its_name() -> None:
    assert neuter_town_bases("Калдыбаеве") == ("Калдыбаево",)
    assert neuter_town_bases("Тамаркине") == ("Тамаркино",)
    assert neuter_town_bases("Иванове") == ()  # the dictionary knows it
    assert neuter_town_bases("Калдыбаева") == ()  # no prepositional


def test_a_neuter_villages_prepositional_that_the_dictionary_reads_as_a_name_only() -> None:
    assert neuter_town_bases("Соловьеве") == ("Соловьево",)  # a surname's to the dictionary
    assert neuter_town_bases("Петрове") == ()  # also a common possessive adjective's


def test_a_locative_after_a_hushing_consonant_reads_as_its_name() -> None:
    assert locative_bases("Бозташе") == ("Бозташ",)  # pymorphy3 guesses -а alone
    assert locative_bases("Кызыл-Кече") == ("Кызыл-Кеч",)


def test_a_plural_case_form_reads_as_the_nominative_plural() -> None:
    assert plural_bases("Ложках") == ("Ложки",)
    assert plural_bases("Ложкам") == ("Ложки",)
    assert plural_bases("Ложки") == ()  # the nominative itself
    assert plural_bases("Ивановых") == ()  # a surname's plural: the dictionary reads it


@pytest.mark.parametrize(
    "names",
    [
        ["Kaldybaevo", "Калдыбаево", "в Калдыбаеве"],
        ["Lozhki", "Ложки", "Ложках"],
        ["Lozhki", "в Ложках"],
        ["Vassar", "Вассар", "в Вассаре"],
        ["Solovyevo", "Соловьево", "в Соловьеве"],
        ["Kok-Tash", "Кок-Таш", "в Кок-Таше"],
    ],
)
def test_a_towns_case_form_joins_its_name(names: list[str]) -> None:
    assert together(names)


def test_a_person_phrase_stays_off_the_town() -> None:
    names = ["Kaldybaevo", "Ivan Kaldybaev", "об Калдыбаеве"]
    assert group_names(names, places=False) == [[n] for n in names]


def test_a_prepositional_beside_the_man_and_the_village_joins_the_village_after_v() -> None:
    names = ["Kaldybaevo", "Ivan Kaldybaev", "в Калдыбаеве"]
    assert group_names(names, places=False) == [["Kaldybaevo", "в Калдыбаеве"], ["Ivan Kaldybaev"]]


# The sixtieth pass: a place's name of two words after a preposition of place.


@pytest.mark.parametrize(
    "names",
    [
        ["Малый Тазкол", "в Малом Тазколе"],
        ["Нижний Тазкол", "в Нижнем Тазколе"],
        ["Malyy Tazkol", "в Малом Тазколе"],
        ["Верхняя Тазкола", "на Верхней Тазколе"],
    ],
)
def test_a_two_word_place_after_a_preposition_of_place_joins_its_name(names: list[str]) -> None:
    assert together(names)


def test_a_two_word_phrase_of_place_joins_only_the_name_of_its_adjective() -> None:
    names = ["Малый Тазкол", "Большой Тазкол", "в Малом Тазколе"]
    assert group_names(names, places=False) == [
        ["Малый Тазкол", "в Малом Тазколе"],
        ["Большой Тазкол"],
    ]


def test_a_two_word_phrase_after_another_preposition_stays_apart() -> None:
    # о, об, при take a person's name as often (об Иване Тазколе)
    assert group_names(["Иван Тазкол", "об Иване Тазколе"], places=False) == [
        ["Иван Тазкол"],
        ["об Иване Тазколе"],
    ]


def test_a_plural_adjectives_oblique_case_reads_as_its_nominative_plural() -> None:
    assert plural_adjective_bases("Новых") == ("Новые",)
    assert plural_adjective_bases("Верхним") == ("Верхние",)
    assert plural_adjective_bases("Новые") == ()  # the nominative itself
    assert plural_adjective_bases("Петровых") == ()  # a surname's possessive form


@pytest.mark.parametrize(
    "names",
    [
        ["Novye Lozhki", "Новые Ложки", "в Новых Ложках"],
        ["Верхние Ложки", "Верхних Ложках"],
    ],
)
def test_a_town_named_in_the_plural_with_its_adjective_in_a_case(names: list[str]) -> None:
    assert together(names)


def test_a_plural_town_in_a_case_stays_off_its_opposite() -> None:
    names = ["Новые Ложки", "Старые Ложки", "в Новых Ложках"]
    assert group_names(names, places=False) == [
        ["Новые Ложки", "в Новых Ложках"],
        ["Старые Ложки"],
    ]


def test_a_feminine_towns_case_form_in_i_reads_as_its_name_in_soft_sign() -> None:
    assert soft_feminine_bases("Бузани") == ("Бузань",)
    assert soft_feminine_bases("Тюмени") == ()  # the dictionary knows it
    assert soft_feminine_bases("Бузаны") == ()  # no soft consonant's ending
    assert soft_feminine_bases("Бузаки") == ()  # к is never soft before -ь


@pytest.mark.parametrize(
    "names",
    [["Buzan", "Бузань", "Бузани"], ["Buzan", "Бузань", "в Бузани"]],
)
def test_a_feminine_towns_case_form_joins_its_name(names: list[str]) -> None:
    assert together(names)
