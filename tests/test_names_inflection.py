"""Base forms of declined and suffixed names, and endings carried over to another spelling."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader import lang
from reader.glossary.transfer import transfer_ending
from reader.lang.ky import morphology as kyrgyz
from reader.lang.ru.morphology import feminine_bases, fleeting_bases, soft_bases
from reader.names.grouping import group_names
from reader.names.inflection import base_form, base_forms, phrase_base_form


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Жапарова", "Жапаров"),
        ("Жапарову", "Жапаров"),
        ("Жапаровым", "Жапаров"),
        ("Жапарове", "Жапаров"),
        ("Джапарова", "Джапаров"),
        ("Жээнбекова", "Жээнбеков"),
        ("Путина", "Путин"),
        ("Путину", "Путин"),
        ("Песков", "Песков"),  # not the genitive plural of песок
        ("Керимов", "Керимов"),
        ("Навального", "Навальный"),
        ("Отунбаевой", "Отунбаева"),  # -ой is feminine: the woman's surname stays
        ("Джапишевой", "Джапишева"),
        ("Навальной", "Навальная"),
        ("Бишкеке", "Бишкек"),
        ("Иссык-Куля", "Иссык-Куль"),
        ("Рахмона", "Рахмон"),
        ("Шойгу", "Шойгу"),
        ("Алматы", "Алматы"),
    ],
)
def test_russian_base_form(word: str, base: str) -> None:
    assert base_form(word, "ru") == base


def test_russian_ova_is_ambiguous_and_context_resolves_it() -> None:
    # Alone, -ова/-ева reads as a man's genitive; the woman's nominative is the second reading.
    assert base_forms("Джапишева", "ru") == ["Джапишев", "Джапишева"]
    assert base_form("Джапишева", "ru") == "Джапишев"
    assert base_form("Джапишева", "ru", gender="f") == "Джапишева"
    assert base_form("Джапишева", "ru", prefer=["Джапишева"]) == "Джапишева"
    assert base_form("Жапарова", "ru", prefer=["Джапишева"]) == "Жапаров"
    assert phrase_base_form("Айгуль Джапишева", "ru") == "Айгуль Джапишева"
    assert phrase_base_form("Розы Отунбаевой", "ru") == "Роза Отунбаева"
    assert phrase_base_form("Садыра Жапарова", "ru") == "Садыр Жапаров"


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Жапаровдун", "Жапаров"),
        ("Жапаровго", "Жапаров"),
        ("Жапаровдордун", "Жапаров"),
        ("Жапаровду", "Жапаров"),
        ("Жапаровдон", "Жапаров"),
        ("Путиндин", "Путин"),
        ("Путинге", "Путин"),
        ("Атамбаевдин", "Атамбаев"),
        ("Отунбаеванын", "Отунбаева"),  # after a vowel: -нын
        ("Астанага", "Астана"),
        ("Бишкекте", "Бишкек"),
        ("Бишкекке", "Бишкек"),
        ("Бишкектеги", "Бишкек"),
        ("Оштун", "Ош"),
        ("Ошко", "Ош"),
        ("Ысык-Көлдө", "Ысык-Көл"),
        ("Ысык-Көлгө", "Ысык-Көл"),
        ("Нарында", "Нарын"),
        ("Чүйдө", "Чүй"),
        ("Кыргызстандын", "Кыргызстан"),
        # not suffixed: the suffix would not fit the stem (after a vowel it is -ны, not -ты)
        ("Алматы", "Алматы"),
        ("Астана", "Астана"),
        ("Ташкенте", "Ташкенте"),
        ("Казакстан", "Казакстан"),
        ("Ош", "Ош"),
    ],
)
def test_kyrgyz_base_form(word: str, base: str) -> None:
    assert base_form(word, "ky") == base


@pytest.mark.parametrize(
    ("word", "base"),
    [("Japarov's", "Japarov"), ("Navalny’s", "Navalny"), ("Japarov", "Japarov")],
)
def test_english_base_form(word: str, base: str) -> None:
    assert base_form(word, "en") == base


@pytest.mark.parametrize("stem", ["Жапаров", "Путин", "Ош", "Ысык-Көл", "Отунбаева", "Чүй"])
@pytest.mark.parametrize("chain", [("genitive",), ("dative",), ("plural", "genitive")])
def test_kyrgyz_attach_and_strip_round_trip(stem: str, chain: tuple[str, ...]) -> None:
    assert kyrgyz.strip(kyrgyz.attach(stem, chain)) == (stem, chain)


def test_kyrgyz_attach_follows_harmony_and_the_last_sound() -> None:
    assert kyrgyz.attach("Жапаров", ["plural", "genitive"]) == "Жапаровдордун"
    assert kyrgyz.attach("Ысык-Көл", ["genitive"]) == "Ысык-Көлдүн"
    assert kyrgyz.attach("Бишкек", ["dative"]) == "Бишкекке"
    assert kyrgyz.attach("Суу", ["dative"]) == "Сууга"  # after у the low vowel stays а
    assert kyrgyz.attach("Отунбаева", ["genitive"]) == "Отунбаеванын"


@pytest.mark.parametrize(
    ("word", "base", "code", "expected"),
    [  # (letters the base loses, ending the word adds)
        ("Джапарова", "Джапаров", "ru", ("", "а")),
        ("Отунбаевой", "Отунбаева", "ru", ("а", "ой")),
        ("Джапаровдун", "Джапаров", "ky", ("", "дун")),
        ("Иссык-Кулдун", "Иссык-Куль", "ky", ("ь", "дун")),
        ("Japarov's", "Japarov", "en", ("", "'s")),
        ("Жапаров", "Жапаров", "ru", ("", "")),
    ],
)
def test_split_ending(word: str, base: str, code: str, expected: tuple[str, str]) -> None:
    assert lang.get(code).morphology.split_ending(word, base) == expected


@pytest.mark.parametrize(
    ("new_base", "old_word", "old_base", "code", "expected"),
    [
        ("Жапаров", "Джапарова", "Джапаров", "ru", "Жапарова"),
        ("Жапаров", "Джапаровым", "Джапаров", "ru", "Жапаровым"),
        ("Жапаров", "Джапаров", "Джапаров", "ru", "Жапаров"),
        ("Жээнбеков", "Джинбекову", "Джинбеков", "ru", "Жээнбекову"),
        ("Отунбаева", "Отунбаевой", "Отунбаева", "ru", "Отунбаевой"),
        ("Ош", "Бишкеком", "Бишкек", "ru", "Ошем"),  # another stem class: pymorphy3 inflects
        ("Жапаров", "ДЖАПАРОВА", "Джапаров", "ru", "ЖАПАРОВА"),
        ("Жапаров", "Джапаровдун", "Джапаров", "ky", "Жапаровдун"),
        ("Жээнбеков", "Джинбековдордун", "Джинбеков", "ky", "Жээнбековдордун"),
        # Kyrgyz: the suffix is re-harmonised to the new base's last vowel ...
        ("Ысык-Көл", "Иссык-Кулдун", "Иссык-Куль", "ky", "Ысык-Көлдүн"),
        ("Ысык-Көл", "Иссык-Кулга", "Иссык-Куль", "ky", "Ысык-Көлгө"),
        ("Атамбаев", "Атамбайевдун", "Атамбайев", "ky", "Атамбаевдин"),
        # ... and its first consonant to the new base's last sound
        ("Нарын", "Таластын", "Талас", "ky", "Нарындын"),
        ("Жапаров", "Жапаровдун", "Жапаров", "ky", "Жапаровдун"),
        ("Japarov", "Jhaparov's", "Jhaparov", "en", "Japarov's"),
    ],
)
def test_transfer(new_base: str, old_word: str, old_base: str, code: str, expected: str) -> None:
    assert transfer_ending(old_word, old_base, new_base, code) == expected


@pytest.mark.parametrize(("word", "lemma"), [("Грязи", "Грязь"), ("Поляны", "Поляна")])
def test_a_plural_nominative_noun_is_also_a_place_name_as_it_stands(word: str, lemma: str) -> None:
    """Грязи, Вятские Поляны, Озерки: towns named in the plural; the singular stays a reading."""
    found = base_forms(word, "ru")
    assert word in found
    assert lemma in found


def test_a_russian_adjectival_genitive_is_not_a_kyrgyz_dative() -> None:
    """Залужного, Тихановского: a Russian adjectival surname's genitive (-ского, -цкого,
    -ного), not a stem in -о with the Kyrgyz dative -го, which a Kyrgyz stem keeps (Торого)."""
    for word in ("Тихановского", "Залужного"):
        assert kyrgyz.strip(word) == (word, ())
    stem, chain = "Торо", ("dative",)
    assert kyrgyz.strip(kyrgyz.attach(stem, chain)) == (stem, chain)
    assert together(["Валерий Залужный", "Valerii Zaluzhnyi", "Залужного"])
    assert together(["Сергей Тихановский", "Сергея Тихановского"])


@pytest.mark.parametrize(
    ("word", "bases"),
    [("Вахдате", ("Вахдат", "Вахдата")), ("Токмоке", ("Токмок", "Токмока"))],
)
def test_an_unknown_words_final_e_reads_as_either_declension(
    word: str, bases: tuple[str, ...]
) -> None:
    """An unknown town's -е after a hard consonant is the prepositional of a masculine (в
    Вахдате: Вахдат) or the dative and prepositional of a feminine -а (в Исфаре: Исфара):
    both stay readings, whichever pymorphy3 guesses."""
    found = base_forms(word, "ru")
    assert set(bases) <= set(found)
    assert word in found


@pytest.mark.parametrize(
    "names",
    [
        ["Vahdat", "Вахдат", "Вахдате"],
        ["Nookat", "Ноокат", "Ноокате"],
        ["Tokmok", "Токмок", "Токмоке"],
    ],
)
def test_a_town_in_the_prepositional_joins_its_spellings(names: list[str]) -> None:
    assert together(names)


@pytest.mark.parametrize("places", [False, True])
@pytest.mark.parametrize(
    ("name", "spelling", "other"),
    [
        ("Восе", "Vose", "Vosa"),
        ("Беране", "Berane", "Berana"),
        ("Мазари-Шарифе", "Mazar-i-Sharif", "Mazari-Sharifa"),
    ],
)
def test_a_name_ending_in_e_as_written_keeps_its_spelling(
    name: str, spelling: str, other: str, places: bool
) -> None:
    """A town whose name ends in -е after a hard consonant as written (Восе, Беране) is read as
    a locative (of Вос, Воса) only where its spelling linked it to nothing: a name that the
    locative's base spells (Vosa) does not tear it from its own (Vose)."""
    groups = group_names([spelling, name, other], places=places)
    assert sorted(sorted(g) for g in groups) == sorted([sorted([spelling, name]), [other]])


@pytest.mark.parametrize("places", [False, True])
def test_a_locative_reading_does_not_join_a_group_to_another(places: bool) -> None:
    """Vose and Восе, Vosa and Воса: two towns, not one in two cases."""
    groups = group_names(["Vose", "Восе", "Vosa", "Воса"], places=places)
    assert sorted(sorted(g) for g in groups) == [["Vosa", "Воса"], ["Vose", "Восе"]]


@pytest.mark.parametrize(
    "names",
    [
        # a Kyrgyz dative's -га read first, the Russian genitive's -а last
        ["Aidar Koshkulug", "Айдар Кошкулуг", "Айдара Кошкулуга"],
        ["Temir Sandyg", "Темир Сандыг", "Темира Сандыга"],
    ],
)
def test_a_mans_consonant_final_surname_in_the_genitive(names: list[str]) -> None:
    assert together(names)


def test_a_towns_locative_in_ske_is_not_only_a_kyrgyz_dative() -> None:
    """в Озернинске: Russian's locative of a town in -ск, which also reads as a Kyrgyz dative
    of a stem in -нс (Озернинс-ке), a stem Kyrgyz never ends a word with."""
    assert group_names(["Озернинск", "в Озернинске", "Ozerninsk"], places=False) == [
        ["Озернинск", "в Озернинске", "Ozerninsk"]
    ]
    # a Kyrgyz dative of a stem in -с after a vowel still reads so
    assert group_names(["Кенес", "Кенеске"], places=False) == [["Кенес", "Кенеске"]]


def test_an_unknown_words_meni_is_no_neuters_case_form() -> None:
    """pymorphy3 reads an unknown word's -имени as a case form of a neuter in -мя, as имени
    is of имя (Бугимени: Бугимя); a name in -мень, -меня declines so too."""
    assert soft_bases("Бугимени") == ("Бугимень", "Бугименя")
    assert soft_bases("Времени") == ()  # a word the dictionary knows
    assert soft_bases("Бугими") == ()
    assert together(["Hanna Buhimenia", "Ганна Бугименя", "Бугименя", "Бугимени"])


def test_an_undeclined_unknown_given_name_tells_no_gender() -> None:
    """pymorphy3 guesses a gender for an unknown word in -и (Шукратали: feminine, as of
    -ль); Russian declines no name so ending, so the guess must not make a man's dative
    surname (Хамиду: of Хамид) read only as a woman's accusative (of Хамида)."""
    assert together(
        ["Shukratali Hamid", "Шукратали Хамид", "Шукраталӣ Хамид", "Шукратали Хамиду", "Sh. Hamid"]
    )
    # a given name the dictionary knows keeps its gender: Нелли Петрова is no Петров
    assert group_names(["Нелли Петрова", "Петров"], places=False) == [["Нелли Петрова"], ["Петров"]]


def test_an_unknown_womans_name_in_the_genitive() -> None:
    """Зульшары: pymorphy3 guesses a plural of Зульшар only; Russian's genitive of a woman's
    -а name (Зульшара) is -ы, -и after г, к, х, ж, ш, ч, щ, read last."""
    assert feminine_bases("Зульшары") == ("Зульшара",)
    assert feminine_bases("Айгеки") == ("Айгека",)
    assert feminine_bases("Зульшаре") == ()
    assert feminine_bases("Ирины") == ()  # a word the dictionary knows
    assert together(["Zulshara Temirkulova", "Зульшара Темиркулова", "Зульшары Темиркуловой"])
    # a town named in the plural keeps its spelling's group
    assert group_names(["Паставы", "Pastavy"], places=False) == [["Паставы", "Pastavy"]]


def test_an_unknown_surname_in_ok_loses_its_fleeting_o() -> None:
    """Бажурка: Russian's genitive of a surname in -ок (Бажурок), read last; with it, the
    genitive joins the Belarusian Бажурак beside the Russian Бажурок."""
    assert fleeting_bases("Бажурка") == ("Бажурок",)
    assert fleeting_bases("Бажурку") == ("Бажурок",)
    assert fleeting_bases("Тамга") == ()  # г before the а: no -ок's case form
    assert fleeting_bases("Вятка") == ()  # a word the dictionary knows
    assert together(
        [
            "Henadz Bazhurak",
            "Генадзь Бажурак",
            "Геннадий Бажурок",
            "Gennady Bazhurok",
            "Геннадия Бажурка",
        ]
    )


def test_a_given_name_in_a_consonant_as_written_before_ova_is_a_womans() -> None:
    """Russian declines a man's given name in a consonant with his surname (Нурлана
    Абдиевой is no one; Нурлана Абдиева is his genitive) and no woman's: Гульжамал and
    Нурлан (a man's name by the dictionary, a woman's too in Kazakh) before -ова, -ина as
    written are a woman's name, whose case forms and bare surname join it."""
    assert together(["Нурлан Абдиева", "Абдиевой", "Abdieva"])
    assert together(["Гульжамал Кудайбергенова", "Кудайбергеновой", "G. Kudaibergenova"])
    # not the man of that given name and surname, nor a man's genitive beside a woman's
    assert apart(["Нурлан Абдиева", "Нурлан Абдиев"])
    assert together(["Нурлан Абдиев", "Нурлана Абдиева"])
