"""Ukrainian spellings of names: the national and BGN romanizations' h for г, ISO 9's û, â,
ê for ю, я, є, and the Ukrainian given names Russian writes otherwise (issue 10). The
gazetteer is off: spelling alone."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader.lang.ru.east_slavic import russian_names
from reader.names.grouping import group_names


@pytest.mark.parametrize(
    "names",
    [
        ["Hryhorii Hrytsenko", "Григорій Гриценко", "Grigorij Gricenko"],  # 2010 system, GOST
        ["Bohdan Havryliuk", "Богдан Гаврилюк"],
        ["Oleh Pohorilyi", "Олег Погорілий"],
        ["Ûlìâ Kovalʹčuk", "Юлія Ковальчук", "Yuliia Kovalchuk"],  # ISO 9: û, â
        ["Êvgenìâ Gnatûk", "Євгенія Гнатюк", "Yevheniia Hnatiuk"],  # ISO 9: ê
    ],
)
def test_ukrainian_romanizations_group(names: list[str]) -> None:
    assert together(names)


@pytest.mark.parametrize(
    "names",
    [
        ["Hrytsenko", "Hryshchenko"],  # ц, щ: other surnames
        ["Holub", "Khokhlov"],
    ],
)
def test_other_ukrainian_names_stay_apart(names: list[str]) -> None:
    assert group_names(names, places=False) == [[n] for n in names]


def test_ukrainian_given_names_read_as_russian_ones() -> None:
    """Russian's dictionary also lists Дмитро, Олександра as given names: the Ukrainian one
    knowing them lets them read as Russian's Дмитрий (a man's -о for -ий), Александра."""
    assert "Дмитрий" in russian_names("Дмитро")
    assert "Дмитрий" in russian_names("Dmytro")
    assert "Александра" in russian_names("Олександра")
    assert russian_names("Лиана") == ()  # no Ukrainian word: Russian as it stands


def test_a_name_both_dictionaries_know_reads_only_at_its_edges() -> None:
    """Таня, Роберто, Ася, which both dictionaries know, read only at their first letter and
    ending as Ukrainian spellings do (Олександра, Дмитро), not as Тоня, Роберт, Ося."""
    assert "Тоня" not in russian_names("Таня")
    assert "Роберт" not in russian_names("Роберто")
    assert "Ося" not in russian_names("Ася")
    assert group_names(["Таня Бойко", "Тоня Бойко"], places=False) == [
        ["Таня Бойко"],
        ["Тоня Бойко"],
    ]


def test_ukrainian_and_russian_given_names_group() -> None:
    assert together(["Dmytro Savchuk", "Дмитро Савчук", "Dmitry Savchuk", "Дмитрий Савчук"])


@pytest.mark.parametrize(
    "names",
    [
        ["Kharkiv", "Харків", "Kharkov", "Харьков"],
        ["Chernihiv", "Чернігів", "Чернигов"],
        ["Lviv", "Львів", "Львов"],
        ["Kyiv", "Київ", "Kiev", "Киев"],
        ["Петрів", "Петров"],
    ],
)
def test_ukrainian_iv_is_russian_ov(names: list[str]) -> None:
    """Ukrainian writes і for the о, е of a final closed syllable: -ів is Russian -ов, -ев
    (Харків = Харьков, Чернігів = Чернигов), and -їв after a vowel -ев (Київ = Киев)."""
    assert together(names)


def test_ukrainian_adjective_ending_for_russian_oi() -> None:
    # Ukrainian writes a Russian stressed -ой as -ий (Чусовой, Ukrainian Чусовий)
    assert together(["Чусовий", "Чусовой"])
    assert together(["Лісний", "Лесной"])
    # -ський is Ukrainian for -ский and -ской alike: two Russian surnames stay apart
    assert apart(["Горский", "Горской"])


@pytest.mark.parametrize(
    "names",
    [
        ["Vuhlynets", "Углинец", "Uglinets"],
        ["Вуглинці", "Углинцы"],
        ["Vuhrynivka", "Угриновка"],
    ],
)
def test_ukrainian_prothetic_v_before_u(names: list[str]) -> None:
    # Ukrainian and Belarusian write в before a word-initial у that Russian lacks
    assert together(names)


def test_a_prothetic_v_only_in_a_ukrainian_or_belarusian_word() -> None:
    # no Ukrainian letter nor Ukrainian h: two Russian surnames
    assert apart(["Вуколов", "Уколов"])
    assert apart(["Vukolov", "Ukolov"])
