"""East Slavic given names and surnames across Belarusian, Ukrainian and Russian spellings,
read through letter correspondences pymorphy3's dictionary must confirm (ru/east_slavic.py)."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader.lang.ru.east_slavic import russian_names
from reader.names.grouping import group_names


def test_readings_are_only_the_dictionarys_names() -> None:
    assert russian_names("Siarhei") == ("Сергей",)  # Belarusian h for г, ia for е
    assert russian_names("Сяргей") == ("Сергей",)
    assert "Александр" in russian_names("Аляксандр")
    assert "Андрей" in russian_names("Андрій")  # Ukrainian ій for ей
    assert russian_names("Sannikau") == ("Санников",)  # a final Belarusian -аў for -ов
    assert russian_names("Tsikhanouski") == ()  # not in the dictionary: no reading
    assert russian_names("Сергей") == ()  # Russian as it stands
    assert russian_names("Anna") == ("Анна",)  # a final vowel is the ending: not Онно
    assert russian_names("Yana") == ("Яна",)  # y before a vowel is й: not Иона


@pytest.mark.parametrize(
    "names",
    [
        ["Siarhei Tsikhanouski", "Sergei Tikhanovsky", "Сергей Тихановский"],
        ["Aliaksandr Milinkevich", "Александр Милинкевич", "Аляксандр Мілінкевіч"],
        ["Andrii Sybiga", "Андрей Сибига", "Андрій Сибіга"],
        ["Serhii Zhadan", "Sergei Zhadan", "Сергей Жадан", "Сергій Жадан"],
        ["Yauhen Ivanou", "Евгений Иванов", "Яўген Іваноў"],  # Russian adds -ий; -аў, -оў
        ["Andrei Sannikau", "Андрей Санников", "Андрэй Саннікаў"],
        # a name the dictionary reads only as a plural ("to the Гули") is a name as written
        ["Gafur Gulyam", "Гафур Гулям"],
    ],
)
def test_names_of_one_person_group(names: list[str]) -> None:
    assert group_names(names, places=False) == [names]


@pytest.mark.parametrize(
    "names",
    [
        ["Siarhei", "Sergeev"],  # a given name and a surname
        ["Yana", "Anna"],
        ["Aliaksandr Shevchenko", "Aliaksandra Shevchenko"],  # a man and a woman
        ["Ivanou", "Ivanova"],
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


def test_ia_for_e_stands_only_before_the_stress() -> None:
    """Belarusian writes я for Russian е before the stress only (Sviatlana = Svetlana); a name
    of two syllables in -a is stressed on the first (Лена, Вера), where Belarusian keeps е:
    such an ia is Russian иа or я, and Liana (Лиана) is not Lena (Лена)."""
    assert "Лена" not in russian_names("Liana")
    assert "Лена" not in russian_names("Ляна")
    assert russian_names("Sviatlana") == ("Светлана",)
    assert together(["Liana", "Лиана"])
    assert apart(["Liana", "Lena"])
    assert apart(["Лиана", "Лена"])
    names = ["Liana Petrenko", "Лиана Петренко", "Lena Petrenko", "Лена Петренко"]
    assert group_names(names, places=False) == [names[:2], names[2:]]


@pytest.mark.parametrize(
    "names",
    [
        ["Danylo Hetmantsev", "Данило Гетманцев", "Даниил Гетманцев"],
        ["Mykhailo Fedorov", "Михайло Федоров", "Михаил Федоров"],
        ["Гаврило Принцип", "Гавриил Принцип", "Havrylo Pryntsyp"],
    ],
)
def test_a_ukrainian_mans_name_in_lo_is_russian_l(names: list[str]) -> None:
    """Ukrainian -ло for Russian -л, -лл (Данило = Даниил, Данил), -йло for -ил (Михайло)."""
    assert group_names(names, places=False) == [names]


def test_a_final_o_is_dropped_only_after_l() -> None:
    assert "Роберт" not in russian_names("Роберто")
    assert "Марк" not in russian_names("Marko")
    assert apart(["Danylo", "Daniela"])


def test_ukrainian_letters_for_russian_ones() -> None:
    """Ukrainian і for Russian е (not in a stressed first of two syllables: Ліна is Лина,
    not Лена), і for о in a closed last syllable, х for ф, an initial о for е, -ло for -ел."""
    assert "Глеб" in russian_names("Hlib")
    assert "Светлана" in russian_names("Світлана")
    assert russian_names("Ліна") == ("Лина",)
    assert russian_names("Lina") == ("Лина",)
    assert russian_names("Sydir") == ("Сидор",)
    assert "Фома" in russian_names("Khoma")
    assert russian_names("Олена") == ("Елена",)
    assert "Павел" in russian_names("Pavlo")
    assert "Пётр" in russian_names("Petro")  # the dictionary writes ё: Пётр, Семён
    assert "Семён" in russian_names("Semen")
    assert russian_names("Mykyta") == ("Никита",)  # an initial ми for ни
    assert "Николай" in russian_names("Микола")
    assert russian_names("Myroslav") == ("Мирослав",)  # not every ми: no Нирослав


@pytest.mark.parametrize(
    "names",
    [
        ["Hlib Kovpak", "Глеб Ковпак", "Гліб Ковпак"],
        ["Olena Zelenska", "Елена Зеленская", "Олена Зеленська"],
        ["Khoma Brut", "Фома Брут"],
        ["Mykola Azarov", "Nikolai Azarov", "Николай Азаров", "Микола Азаров"],
        ["Petro Poroshenko", "Пётр Порошенко", "Петро Порошенко", "Pyotr Poroshenko"],
    ],
)
def test_ukrainian_and_russian_forms_group(names: list[str]) -> None:
    assert group_names(names, places=False) == [names]
