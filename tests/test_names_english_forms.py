"""English forms of Russian given names (ru/english_names.json): Joseph Stalin is Иосиф
Сталин, while two people of one surname with names that are no forms of each other stay
apart."""

from __future__ import annotations

import pytest

from reader.lang.ru.given_name_forms import russian_given_names
from reader.names.grouping import group_names


def test_georgian_forms_read_as_the_russian_names() -> None:
    # Georgian's own forms of the names Russian writes in its own
    names = ["Nikoloz Baratashvili", "Николоз Бараташвили", "Николай Бараташвили"]
    assert group_names(names, places=False) == [names]
    names = ["ელენე ახვლედიანი", "Elene Akhvlediani", "Елена Ахвледиани"]
    assert group_names(names, places=False) == [names]
    assert len(group_names(["Tamar Beridze", "Тамаз Беридзе"], places=False)) == 2


def test_only_the_tables_forms_read() -> None:
    assert russian_given_names("Joseph") == ("Иосиф",)
    assert russian_given_names("EUGENE") == ("Евгений",)
    assert russian_given_names("John") == ()  # not used for Russians: Ivan stays Ivan


@pytest.mark.parametrize(
    "names",
    [
        ["Joseph Stalin", "Иосиф Сталин", "Iosif Stalin"],
        ["Eugene Prigozhin", "Евгений Пригожин", "Yevgeny Prigozhin"],
        ["Leo Tolstoy", "Лев Толстой", "Lev Tolstoy", "Льва Толстого"],
        ["Michael Gorbachev", "Mikhail Gorbachev", "Михаил Горбачёв"],
        ["Dimitri Shostakovich", "Dmitri Shostakovich", "Дмитрий Шостакович"],
        ["Rosa Shakirova", "Roza Shakirova", "Роза Шакирова"],
    ],
)
def test_english_form_joins_the_russian_name(names: list[str]) -> None:
    assert group_names(names, places=False) == [names]


@pytest.mark.parametrize(
    "names",
    [
        ["Peter Ivanov", "Pavel Ivanov"],
        ["John Petrov", "Иван Петров"],
        ["Michael Smirnov", "Андрей Смирнов"],
    ],
)
def test_other_given_names_stay_apart(names: list[str]) -> None:
    assert len(group_names(names, places=False)) == len(names)
