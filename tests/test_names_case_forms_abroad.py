"""Case forms of neighbouring languages the app does not translate into: Uzbek's endings
(no vowel harmony, a genitive in -ning) and Ukrainian's (a locative -і, к to ц before it),
and Belarusian's and Ukrainian's words for a lake. Names made up, or towns in no list."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader.lang.ru.ukrainian_cases import ukrainian_bases
from reader.names.uzbek import case_stems


@pytest.mark.parametrize(
    "names",
    [
        ["Dilnoza Qodirova", "Dilnoza Qodirovaning"],
        ["Jasurbek Tolipov", "Jasurbek Tolipovning"],
        ["Yangiqishloq", "Yangiqishloqda"],
        ["Oqtosh", "Oqtoshdan"],
        ["Бешкапа", "Бешкапанинг"],
    ],
)
def test_an_uzbek_case_form_meets_its_name(names: list[str]) -> None:
    assert together(names)


def test_an_uzbek_dative_follows_the_stems_last_letter() -> None:
    assert case_stems("Qoraqalpoqqa") == ("Qoraqalpoq",)
    assert case_stems("Oqtoshga") == ("Oqtosh",)
    assert case_stems("Oqtoshka") == ()  # -ka only after k and g
    assert case_stems("Uganda") == ()  # no stem of five letters
    assert case_stems("Kul'-Bashga") == ("Kul'-Bash",)
    assert case_stems("Ust'-ga") == ()  # a stem ending in no letter


def test_an_uzbek_case_form_joins_only_the_one_group_it_fits() -> None:
    # Tolipovning may be Jasurbek's or Bekzod's: it joins neither
    names = ["Jasurbek Tolipov", "Bekzod Tolipov", "Tolipovning"]
    assert apart(names)


@pytest.mark.parametrize(
    "names",
    [
        ["Оксана Гривенко", "Оксани Гривенко"],  # the genitive, in Russian letters
        ["Надія Пилипенко", "Надії Пилипенко"],
        ["Ізюм", "Ізюмі"],  # the locative -і
        ["Богуславка", "Богуславці"],  # к to ц before it
    ],
)
def test_a_ukrainian_case_form_meets_its_name(names: list[str]) -> None:
    assert together(names)


def test_a_ukrainian_case_form_is_a_nouns_singular() -> None:
    assert "Богуславка" in ukrainian_bases("Богуславці")
    assert "Валентин" not in ukrainian_bases("Валентини")  # not the plural of Валентин
    assert ukrainian_bases("Москва") == ()  # a nominative


def test_a_ukrainian_case_form_is_no_second_womans() -> None:
    # Оксани is of Оксана, not of Ольга
    assert apart(["Ольга Гривенко", "Оксани Гривенко"])


@pytest.mark.parametrize(
    "names",
    [
        ["Lake Svityaz", "Світязь", "озері Світязь"],  # Ukrainian's locative
        ["Lake Drysviaty", "возера Дрысвяты", "Дрысвяты"],  # Belarusian's lake
    ],
)
def test_a_lakes_word_in_ukrainian_and_belarusian(names: list[str]) -> None:
    assert together(names)
