"""Case forms of neighbouring languages the app does not translate into: Uzbek's endings
(no vowel harmony, a genitive in -ning), Ukrainian's (a locative -і, к to ц before it),
Belarusian's (a feminine adjective's -ай, a fleeting vowel), Azerbaijani's (a genitive
-nın after a vowel), Tatar's (a genitive -ның after any sound, front endings in ә) and
Tajik's (an object case in -ро), and Belarusian's and Ukrainian's words for a lake. Names
made up, or towns in no list."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader.lang.ru.ukrainian_cases import ukrainian_bases
from reader.names import azerbaijani, belarusian, tajik, tatar, ukrainian
from reader.names.grouping import group, group_names
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


@pytest.mark.parametrize(
    "names",
    [
        # a person's case forms that meet one another first still meet the nominative
        ["Ірина Гривенко", "Ірини Гривенко", "Ірині Гривенко", "Іриною Гривенко"],
        ["Тереза Мацюк", "Терези Мацюк", "Терезі Мацюк"],  # Russian letters: -и, -і
        # her surname undeclined, which Russian's dictionary reads as a man's only
        ["Ірина Павлушейко", "Ірини Павлушейко", "Ірині Павлушейко"],
    ],
)
def test_a_ukrainian_persons_case_forms_meet_each_other_and_the_nominative(
    names: list[str],
) -> None:
    assert together(names)


@pytest.mark.parametrize(
    "names",
    [
        # a given name no dictionary knows, its velar alternating before -і
        ["Пріска Стовбурчак", "Пріски Стовбурчак", "Прісці Стовбурчак", "Пріскою Стовбурчак"],
        ["Прохір Задорожчик", "Прохіра Задорожчика", "Прохірові Задорожчикові"],
    ],
)
def test_a_ukrainian_case_form_the_dictionary_lacks_reads_by_its_ending(
    names: list[str],
) -> None:
    assert together(names)


def test_ukrainian_endings_are_read_only_in_a_ukrainian_name() -> None:
    assert "Пріска" in ukrainian.ending_bases("Прісці")
    assert ukrainian.ending_bases("Вікторія") == ()  # a nominative the dictionary knows
    assert not ukrainian.marked(["Меркі"])  # one word: Kazakh writes і too
    assert not ukrainian.marked(["Әлі", "Меркі"])  # a Kazakh letter
    assert ukrainian.marked(["Пріски", "Стовбурчак"])
    assert apart(["Меркі", "Мерка"])


def test_a_ukrainian_case_forms_nominative_keeps_its_apostrophe() -> None:
    assert ukrainian_bases("Мар’яною") == ("Мар’яна",)
    assert ukrainian_bases("Марʼяни") == ("Марʼяна",)


def test_a_ukrainian_case_form_is_no_second_womans() -> None:
    # Оксани is of Оксана, not of Ольга
    assert apart(["Ольга Гривенко", "Оксани Гривенко"])


def test_a_ukrainian_surname_in_in_reads_as_russian_in_does() -> None:
    """-ін is Russian's -ин in Ukrainian and Belarusian letters: a bare Збаражіна is his
    genitive or a woman's surname, as Russian's Збаражина is; beside both, it is ambiguous."""
    assert together(["Ostap Zbarazhin", "Остап Збаражін", "Збаражіна", "Zbarazhin"])
    names = ["Ostap Zbarazhin", "Olena Zbarazhina", "Збаражіна"]
    assert [g.ambiguous for g in group(names, places=False)][-1] == tuple(sorted(names[:2]))


def test_a_lone_name_reads_a_word_russian_knows_as_a_ukrainian_genitive_last() -> None:
    """Безуха is a word of Russian's as it stands, and Ukrainian's genitive of the surname
    Безух: a name alone in its group is read so last, and joins his full name, or his bare
    surname and initial."""
    assert together(["Bohdan Bezukh", "Богдана Безуха"])
    assert together(["B. Bezukh", "Bezukh", "Безух", "Богдана Безуха"])


def test_a_lone_name_read_last_joins_no_town_of_its_surname() -> None:
    names = ["Zholbarysov", "Арман Жолбарысовтың", "Жолбарысов қаласы"]
    assert group_names(names) == [["Zholbarysov", "Жолбарысов қаласы"], ["Арман Жолбарысовтың"]]


def test_two_ukrainian_case_forms_of_one_name_meet_it_together() -> None:
    """Two case forms of a woman's name that meet each other by their spelling (Ярині,
    Ярини) are still read as case forms, and join her name, not her sister's."""
    names = ["Ярина Гайденко", "Ярині Гайденко", "Ярини Гайденко", "Оксана Гайденко"]
    assert group_names(names, places=False) == [names[:3], names[3:]]
    sisters = ["Ярині Гайденко", "Ярини Гайденко", "Оксані Гайденко", "Оксани Гайденко"]
    assert group_names(sisters, places=False) == [sisters[:2], sisters[2:]]


@pytest.mark.parametrize(
    "names",
    [
        ["Lake Svityaz", "Світязь", "озері Світязь"],  # Ukrainian's locative
        ["Lake Drysviaty", "возера Дрысвяты", "Дрысвяты"],  # Belarusian's lake
    ],
)
def test_a_lakes_word_in_ukrainian_and_belarusian(names: list[str]) -> None:
    assert together(names)


@pytest.mark.parametrize(
    "names",
    [
        ["Ядвіга Лагойская", "Ядвігі Лагойскай"],  # a genitive, an adjective's -ай for -ая
        ["Лявон Мірынец", "Лявону Мірынцу"],  # a fleeting vowel before ц
        ["Павал Шавец", "Паўла Шаўца"],  # ў before a consonant, в before the vowel
        ["Міхась Дзмітрыкаў", "Міхася Дзмітрыкава"],  # -аў: -ава
        ["Ляхавічы", "Ляхавічах", "Lyakhavichy"],  # a plural's locative
    ],
)
def test_a_belarusian_case_form_meets_its_name(names: list[str]) -> None:
    assert together(names)


def test_a_belarusian_case_form_is_of_its_gender() -> None:
    husband, wife = ["Язэп Лагойскі", "Язэпа Лагойскага"], ["Ядвіга Лагойская", "Ядвігі Лагойскай"]
    grouped = group_names([husband[0], wife[0], husband[1], wife[1]], places=False)
    assert grouped == [husband, wife]


def test_a_belarusian_case_form_is_read_so_only_in_a_belarusian_name() -> None:
    assert group_names(["Павал Шавец", "Паўла Шаўца", "Павел Шевцов"], places=False) == [
        ["Павал Шавец", "Паўла Шаўца"],
        ["Павел Шевцов"],
    ]
    assert not belarusian.writes("Горішні")  # Belarusian's р is never soft
    assert not belarusian.writes("Мирончик")  # nor does it write и
    assert belarusian.marked("Баранавічах") and not belarusian.marked("Барановка")
    assert not belarusian.marked("Меркі")  # і alone marks a Kazakh word too


def test_a_belarusian_ending_is_read_back_by_the_stems_last_letter() -> None:
    assert ("Шавец", "m") in belarusian.readings("Шаўца")
    assert ("Ядвіга", "f") in belarusian.readings("Ядвігі")
    assert "Ядвігя" not in dict(belarusian.readings("Ядвігі"))  # -і for -я after a soft one
    assert belarusian.readings("Ядвіга") == (("Ядвіг", "m"),)  # a man's Ядвіг's genitive


def test_an_azerbaijani_genitive_joins_its_name_not_a_namesakes() -> None:
    names = ["Elnur Qasımlı", "Elnur Qasımov", "Elnur Qasımlının"]
    assert group_names(names, places=False) == [[names[0], names[2]], [names[1]]]


def test_an_azerbaijani_ending_follows_the_stems_last_vowel() -> None:
    assert "Qasımlı" in azerbaijani.case_stems("Qasımlının")
    assert "Qasımlı" not in azerbaijani.case_stems("Qasımlınin")  # ı calls for -nın
    assert azerbaijani.case_stems("Qasımlı") == ()  # no one-letter accusative
    assert azerbaijani.case_stems("Karimovning") == ()  # no ə or ı: not Azerbaijani


@pytest.mark.parametrize(
    "names",
    [
        ["Ринат Зарипов", "Рината Зарипова", "Ринат Зариповның"],  # -ның after a consonant
        ["Сәрдәлә", "Сәрдәләдә", "Сәрдәләнең"],
        ["Чуриле", "Чурилегә"],
    ],
)
def test_a_tatar_case_form_meets_its_name(names: list[str]) -> None:
    assert together(names)


def test_a_tatar_genitive_keeps_two_namesakes_apart() -> None:
    names = ["Ринат Зарипов", "Ринат Зарифов", "Ринат Зариповның"]
    assert group_names(names, places=False) == [[names[0], names[2]], [names[1]]]


def test_only_the_endings_tatar_marks_are_read() -> None:
    assert tatar.case_stems("Зариповның") == ("Зарипов",)
    assert tatar.case_stems("Казанда") == ()  # a back ending: Kyrgyz's morphology reads it
    assert tatar.case_stems("Zaripovnyng") == ()  # Cyrillic only


@pytest.mark.parametrize(
    "names",
    [
        ["Vanjob", "Ванҷоб", "Ванҷобро"],
        ["Кӯлдара", "Кӯлдараро"],
    ],
)
def test_a_tajik_object_case_meets_its_name(names: list[str]) -> None:
    assert together(names)


def test_only_a_word_tajik_marks_is_read_in_the_object_case() -> None:
    assert tajik.case_stems("Ванҷобро") == ("Ванҷоб",)
    assert tajik.case_stems("Петро") == ()  # no Tajik letter: a Russian or Ukrainian word
    assert tajik.case_stems("Ҷро") == ()  # no stem of three letters
