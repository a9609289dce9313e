"""Name extraction (reader/names/extract.py) on sentences from the bundled corpus and drafts."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
import unicodedata

import pytest

from reader.config import REPO_ROOT
from reader.corpus.article import Article, Sentence
from reader.corpus.loader import load_corpus
from reader.lang.extraction import particles, visible
from reader.lang.ru import names as russian_names
from reader.names import extract as extract_module
from reader.names.extract import (
    KINDS,
    ArticleMention,
    NameMention,
    extract_article_mentions,
    extract_names,
    extract_names_many,
)
from reader.names.grouping import group
from reader.translation.files import align, files_for, read_translation_file

TRANSLATIONS = REPO_ROOT / "translations"


def names(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(text, kind, lemma) of each mention, after checking its span."""
    found = extract_names(text, lang)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS
    return [(m.text, m.kind, m.lemma) for m in found]


def texts(text: str, lang: str) -> list[str]:
    return [t for t, _, _ in names(text, lang)]


needs_natasha = pytest.mark.skipif(
    extract_module.russian_backend() != "natasha", reason="natasha is not installed"
)


# --- English -----------------------------------------------------------------------------------


def test_english_titles_and_demonyms_are_not_part_of_names() -> None:
    text = (
        "Kyrgyz President Sadyr Japarov and Vladimir Putin held talks in Tatarstan on February 21."
    )
    assert names(text, "en") == [
        ("Sadyr Japarov", "person", "Sadyr Japarov"),
        ("Vladimir Putin", "person", "Vladimir Putin"),
        ("Tatarstan", "place", "Tatarstan"),
    ]


def test_english_possessive_is_outside_the_span() -> None:
    text = (
        "Russian President Vladimir Putin's spokesman Dmitry Peskov told reporters that "
        'the Kremlin was "certainly concerned" over the unrest.'
    )
    found = extract_names(text, "en")
    assert [m.text for m in found] == ["Vladimir Putin", "Dmitry Peskov", "Kremlin"]
    putin = found[0]
    assert text[putin.end : putin.end + 2] == "'s"
    assert (putin.start, putin.end) == (text.index("Vladimir"), text.index("'s"))
    assert found[1].kind == "person"
    curly = "This is confirmed not only by Zhaparov’s frequent visits to Moscow."
    assert names(curly, "en") == [
        ("Zhaparov", "person", "Zhaparov"),
        ("Moscow", "place", "Moscow"),
    ]


def test_english_sentence_initial_common_words_and_months_are_not_names() -> None:
    text = (
        "However, already in March of the same year, the authorities of the Republic began "
        "to demonstrate full support for the repressive course of the Russian regime."
    )
    assert names(text, "en") == []
    assert texts("On February 13, an international coalition petitioned Kyrgyzstan.", "en") == [
        "Kyrgyzstan"
    ]
    assert texts("Demonstrations broke out in Moscow after the vote.", "en") == ["Moscow"]
    assert texts("Lawmakers in Kyrgyzstan on February 22 approved the bill.", "en") == [
        "Kyrgyzstan"
    ]


def test_english_sentence_initial_names_are_kept() -> None:
    text = (
        "Boronov, an ally of pro-Russian President Sooronbay Jeenbekov, was replaced by a "
        "nationalist politician that protesters released from jail the day before."
    )
    assert names(text, "en") == [
        ("Boronov", "person", "Boronov"),
        ("Sooronbay Jeenbekov", "person", "Sooronbay Jeenbekov"),
    ]
    assert texts("Bishkek was calmer on Tuesday.", "en") == ["Bishkek"]
    assert texts("Putin noted that relations were developing successfully.", "en") == ["Putin"]


def test_english_apposition_and_lowercase_titles() -> None:
    text = (
        "The new prime minister, Sadyr Japarov, was elected during an extraordinary meeting "
        "in a hotel after protesters seized the parliament building."
    )
    assert names(text, "en") == [("Sadyr Japarov", "person", "Sadyr Japarov")]
    text = (
        "This was confirmed much later in 2018 by the former Prosecutor General Kubatbek Baibolov."
    )
    assert names(text, "en") == [("Kubatbek Baibolov", "person", "Kubatbek Baibolov")]
    assert names("Says Mr. O'Brien.", "en") == [("O'Brien", "person", "O'Brien")]


def test_english_hyphens_apostrophes_and_particles() -> None:
    text = "Tourists go to Issyk-Kul and Jalal-Abad, says Mr O'Brien."
    assert names(text, "en") == [
        ("Issyk-Kul", "place", "Issyk-Kul"),
        ("Jalal-Abad", "place", "Jalal-Abad"),
        ("O'Brien", "person", "O'Brien"),
    ]
    text = "Osama bin Laden, Ursula von der Leyen and Bashar al-Assad were in St. Petersburg."
    assert texts(text, "en") == [
        "Osama bin Laden",
        "Ursula von der Leyen",
        "Bashar al-Assad",
        "St. Petersburg",
    ]


def test_english_adjective_compounds_keep_only_the_name() -> None:
    text = (
        "The results reflect the mood toward Kremlin authoritarianism, said Bishkek-based "
        "lawyer Mirbek Kasymov, and Kremlin-backed candidates lost."
    )
    assert names(text, "en") == [
        ("Kremlin", "place", "Kremlin"),
        ("Bishkek", "place", "Bishkek"),
        ("Mirbek Kasymov", "person", "Mirbek Kasymov"),
        ("Kremlin", "place", "Kremlin"),
    ]
    assert texts("Opposition leaders criticised the pro-Russian lobby.", "en") == []


def test_english_organisations() -> None:
    text = (
        "In the first place, the Communist Party of the Russian Federation pulled out of an "
        "agreement, and the Ministry of Internal Affairs of Kyrgyzstan followed."
    )
    assert names(text, "en") == [
        (
            "Communist Party of the Russian Federation",
            "org",
            "Communist Party of the Russian Federation",
        ),
        ("Ministry of Internal Affairs", "org", "Ministry of Internal Affairs"),
        ("Kyrgyzstan", "place", "Kyrgyzstan"),
    ]
    text = "Projects such as the Collective Security Treaty Organisation (CSTO) and the EEU."
    assert names(text, "en") == [
        (
            "Collective Security Treaty Organisation",
            "org",
            "Collective Security Treaty Organisation",
        ),
        ("CSTO", "org", "CSTO"),
        ("EEU", "org", "EEU"),
    ]
    assert texts("Lev Skoryakin was detained near the FSB building.", "en") == [
        "Lev Skoryakin",
        "FSB",
    ]


def test_english_title_case_headline() -> None:
    assert texts("Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos", "en") == ["Kyrgyzstan"]


def test_english_dateline_in_capitals() -> None:
    found = names("ALMATY -- Citizens across Central Asia are applauding.", "en")
    assert found == [("ALMATY", "place", "Almaty"), ("Central Asia", "place", "Central Asia")]


def test_english_keeps_a_turkic_patronymic_particle() -> None:
    text = "Kanykei Tursunbek kyzy met Almaz Tursunbek uulu's lawyer."
    assert names(text, "en") == [
        ("Kanykei Tursunbek kyzy", "person", "Kanykei Tursunbek kyzy"),
        ("Almaz Tursunbek uulu", "person", "Almaz Tursunbek uulu"),
    ]
    text = (
        "Dilnoza Rustam qizi, Bobur Akmal o\u02bbg\u02bbli, Anvar Karim ugli and Serik Nurlan uly."
    )
    assert texts(text, "en") == [
        "Dilnoza Rustam qizi",
        "Bobur Akmal o\u02bbg\u02bbli",
        "Anvar Karim ugli",
        "Serik Nurlan uly",
    ]
    assert texts("Bobur Akmal o\u2018g\u2018li\u2018s son.", "en") == [
        "Bobur Akmal o\u2018g\u2018li"
    ]
    assert names("Aigerim Tursunbek Kyzy spoke.", "en") == [
        ("Aigerim Tursunbek Kyzy", "person", "Aigerim Tursunbek Kyzy")
    ]


@pytest.mark.parametrize("spelling", sorted(particles("latin")))
def test_english_keeps_every_latin_particle_grouping_reads(spelling: str) -> None:
    assert texts(f"Then Kanykei Tursunbek {spelling} spoke.", "en") == [
        f"Kanykei Tursunbek {spelling}"
    ]


@pytest.mark.parametrize("spelling", sorted(particles("ky")))
def test_kyrgyz_keeps_every_kyrgyz_particle_grouping_reads(spelling: str) -> None:
    assert names(f"Каныкей Турсунбек {spelling}нын сөзү.", "ky") == [
        (f"Каныкей Турсунбек {spelling}нын", "person", f"Каныкей Турсунбек {spelling}")
    ]


@pytest.mark.parametrize(("spelling", "particle"), sorted(particles().items()))
def test_grouping_reads_each_particle_as_son_or_daughter(spelling: str, particle: str) -> None:
    father = "Tursunbek" if spelling.isascii() else "Турсунбек"
    other = {"uulu": "kyzy", "kyzy": "uulu"}[particle]
    assert len(group([f"{father} {spelling}", f"Tursunbek {particle}"])) == 1
    assert len(group([f"{father} {spelling}", f"Tursunbek {other}"])) == 2


def test_english_son_and_daughter_of_one_father_stay_apart() -> None:
    text = "The lawyer of Tursunbek kyzy met Tursunbek uulu."
    lemmas = [m.lemma for m in extract_names(text, "en")]
    assert lemmas == ["Tursunbek kyzy", "Tursunbek uulu"]
    assert len(group(lemmas)) == 2


def test_english_generic_place_word_is_part_of_a_place() -> None:
    text = "Floods hit the Issyk-Kul Region and Lake Issyk-Kul, and the Naryn River rose."
    assert names(text, "en") == [
        ("Issyk-Kul Region", "place", "Issyk-Kul Region"),
        ("Lake Issyk-Kul", "place", "Lake Issyk-Kul"),
        ("Naryn River", "place", "Naryn River"),
    ]
    text = (
        "Officials of the Naryn region's schools and the Ala-Buka district met in Tatarstan "
        "republic."
    )
    assert names(text, "en") == [
        ("Naryn region", "place", "Naryn region"),
        ("Ala-Buka district", "place", "Ala-Buka district"),
        ("Tatarstan republic", "place", "Tatarstan republic"),
    ]
    text = "He was charged under the Criminal Code of the Kyrgyz Republic."
    assert names(text, "en") == [
        ("Criminal Code of the Kyrgyz Republic", "name", "Criminal Code of the Kyrgyz Republic")
    ]
    text = "The Xinjiang autonomous region borders the Torugart Pass."
    assert names(text, "en") == [
        ("Xinjiang autonomous region", "place", "Xinjiang autonomous region"),
        ("Torugart Pass", "place", "Torugart Pass"),
    ]


def test_english_lowercase_place_word_does_not_follow_a_person() -> None:
    assert texts("Parliament let President Sadyr Japarov pass the law.", "en") == ["Sadyr Japarov"]
    assert texts("Aziz Kasymov range of views.", "en") == ["Aziz Kasymov"]


# --- Russian -----------------------------------------------------------------------------------


@needs_natasha
def test_russian_spans_kinds_and_lemmas() -> None:
    text = "Президент Кыргызстана Садыр Жапаров встретился с Владимиром Путиным в Казани."
    assert names(text, "ru") == [
        ("Кыргызстана", "place", "Кыргызстан"),
        ("Садыр Жапаров", "person", "Садыр Жапаров"),
        ("Владимиром Путиным", "person", "Владимир Путин"),
        ("Казани", "place", "Казань"),
    ]


@needs_natasha
def test_russian_surnames_follow_the_persons_gender() -> None:
    # a man's surname in the genitive goes back to "-ов"; a woman's stays "-ова"
    assert names("Указ Жапарова вступил в силу.", "ru") == [("Жапарова", "person", "Жапаров")]
    assert names("Встреча Садыра Жапарова и Путина прошла в Москве.", "ru") == [
        ("Садыра Жапарова", "person", "Садыр Жапаров"),
        ("Путина", "person", "Путин"),
        ("Москве", "place", "Москва"),
    ]
    assert ("Мария Захарова", "person", "Мария Захарова") in names(
        "Мария Захарова сказала, что Жапаров прав.", "ru"
    )
    assert names("Активистку Алену Крылову задержали в Бишкеке.", "ru") == [
        ("Алену Крылову", "person", "Алена Крылова"),
        ("Бишкеке", "place", "Бишкек"),
    ]


@needs_natasha
def test_russian_organisations_and_brackets() -> None:
    text = (
        "Участие Кыргызстана в Организации Договора о коллективной безопасности (ОДКБ) "
        "одобрило Министерство внутренних дел."
    )
    found = names(text, "ru")
    assert ("ОДКБ", "org", "ОДКБ") in found
    assert ("Министерство внутренних дел", "org", "Министерство внутренних дел") in found
    assert not any("(" in t for t, _, _ in found)


@needs_natasha
def test_russian_sentence_initial_common_words_are_dropped() -> None:
    assert texts("Протесты расширились по масштабу после жесткой реакции властей.", "ru") == []
    assert texts("Созданная Кремлем в 2003 году партия страдает.", "ru") == ["Кремлем"]


@needs_natasha
def test_russian_surname_the_dictionary_does_not_know_starts_a_sentence() -> None:
    # A glossary fix turns "Джапаров" (a known given name's plural) into "Жапаров", which
    # the dictionary's guesser tags as no surname: the name must not vanish from the listing.
    assert names("Жапаров и другие лидеры встретились в Казани.", "ru")[0] == (
        "Жапаров",
        "person",
        "Жапаров",
    )
    assert texts("Калмурзаев 3 марта прилетел в Ош.", "ru")[0] == "Калмурзаев"
    assert texts("Сотни дворов остались без воды.", "ru") == []


@needs_natasha
def test_russian_keeps_a_turkic_patronymic_particle() -> None:
    text = "Адвокат Турсунбек кызы заявил, что Турсунбек уулу невиновен."
    assert names(text, "ru") == [
        ("Турсунбек кызы", "person", "Турсунбек кызы"),
        ("Турсунбек уулу", "person", "Турсунбек уулу"),
    ]
    assert texts("Каныкей Турсунбек кызы и Серик Нурлан улы встретились.", "ru") == [
        "Каныкей Турсунбек кызы",
        "Серик Нурлан улы",
    ]


def test_russian_fallback_without_natasha(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(russian_names, "_natasha", lambda: None)
    extract_module.clear_cache()
    try:
        found = names("Однако Жапаров приехал в Москву.", "ru")
        assert found == [("Жапаров", "name", "Жапаров"), ("Москву", "name", "Москву")]
    finally:
        extract_module.clear_cache()


# --- Kyrgyz ------------------------------------------------------------------------------------


def test_kyrgyz_case_suffixes_are_cut_from_the_lemma() -> None:
    assert names("Жапаровдун сөзүн Ысык-Көлдө угушту.", "ky") == [
        ("Жапаровдун", "person", "Жапаров"),
        ("Ысык-Көлдө", "place", "Ысык-Көл"),
    ]
    text = (
        "Буга жооп катары Украинанын Кыргызстандагы элчиси консультациялар үчүн Кийивге "
        "чакыртылып алынган."
    )
    assert names(text, "ky") == [
        ("Украинанын", "place", "Украина"),
        ("Кыргызстандагы", "place", "Кыргызстан"),
        ("Кийивге", "place", "Кийив"),
    ]


def test_kyrgyz_names_that_look_inflected_are_left_alone() -> None:
    text = "Садыр Жапаров Алматыда, Канадада жана Алматы шаарында болду."
    assert names(text, "ky") == [
        ("Садыр Жапаров", "person", "Садыр Жапаров"),
        ("Алматыда", "place", "Алматы"),
        ("Канадада", "place", "Канада"),
        ("Алматы шаарында", "place", "Алматы шаары"),
    ]
    assert names("Владимир Путиндин сөзү.", "ky") == [
        ("Владимир Путиндин", "person", "Владимир Путин")
    ]


def test_kyrgyz_place_after_a_whole_name_starts_a_name_of_its_own() -> None:
    """A given name and a surname end a person's name: an unknown place after them is another
    name, while a patronymic runs on (made-up names)."""
    assert names("Бекназар Токтосунов Жылуубулакка барды.", "ky") == [
        ("Бекназар Токтосунов", "person", "Бекназар Токтосунов"),
        ("Жылуубулакка", "name", "Жылуубулак"),
    ]
    assert [m[0] for m in names("Бекназар Сапарбекович Токтосунов келди.", "ky")] == [
        "Бекназар Сапарбекович Токтосунов"
    ]


def test_kyrgyz_generic_place_words_and_patronymics_are_part_of_the_name() -> None:
    text = "Суу ташкыны Ысык-Көл облусунда жана Ысык-Көл көлүндө болду."
    assert names(text, "ky") == [
        ("Ысык-Көл облусунда", "place", "Ысык-Көл облусу"),
        ("Ысык-Көл көлүндө", "place", "Ысык-Көл көлү"),
    ]
    assert names("Каныкей Турсунбек кызы Чүй облусуна барды.", "ky") == [
        ("Каныкей Турсунбек кызы", "person", "Каныкей Турсунбек кызы"),
        ("Чүй облусуна", "place", "Чүй облусу"),
    ]
    assert names("Алмаз Турсунбек уулуна Ала-Тоо кырка тоосунда жолуктук.", "ky") == [
        ("Алмаз Турсунбек уулуна", "person", "Алмаз Турсунбек уулу"),
        ("Ала-Тоо кырка тоосунда", "place", "Ала-Тоо кырка тоосу"),
    ]
    assert names("Анын шаары чоң.", "ky") == []
    assert names("Ошол эле күнү Нарын аймагындагы кен.", "ky") == [
        ("Нарын аймагындагы", "place", "Нарын аймагы")
    ]


def test_kyrgyz_compound_names_keep_their_possessive() -> None:
    text = (
        "Муну Жапаровдун Москвага барган сапарлары гана эмес, ал Россия Федерациясына беш "
        "жолу барган, ошондой эле Кыргыз Республикасында мыйзам долбоорлору тастыктайт."
    )
    assert names(text, "ky") == [
        ("Жапаровдун", "person", "Жапаров"),
        ("Москвага", "place", "Москва"),
        ("Россия Федерациясына", "place", "Россия Федерациясы"),
        ("Кыргыз Республикасында", "place", "Кыргыз Республикасы"),
    ]


def test_kyrgyz_sentence_starters_adjectives_and_titles() -> None:
    assert names("Бирок алар кармалган.", "ky") == []
    assert names("Бул маанилүү.", "ky") == []
    text = "Президент Алмазбек Атамбайев республикада АКШнын базасын жаптырды."
    assert names(text, "ky") == [
        ("Алмазбек Атамбайев", "person", "Алмазбек Атамбайев"),
        ("АКШнын", "place", "АКШ"),
    ]
    text = "Оппозициянын лидери Алексей Навалный Кремлчил күчтөрдү сынады."
    assert names(text, "ky") == [("Алексей Навалный", "person", "Алексей Навалный")]
    assert names("Москвалык шайлоочулар ачууланышты.", "ky") == []


def test_kyrgyz_name_after_a_sentence_starter_is_read_as_a_name() -> None:
    """The sentence's capital is the first word's: the next capitalised word is a name even
    when nothing in the word lists knows it."""
    assert names("Кечээ Жезказганга барышты.", "ky") == [("Жезказганга", "name", "Жезказган")]
    assert names("Бирок Бостандыкта жолугушту.", "ky") == [("Бостандыкта", "name", "Бостандык")]
    assert names("Бирок алар кармалган.", "ky") == []


def test_kyrgyz_case_form_of_a_name_ending_like_an_adjective_is_a_name() -> None:
    """An adjective takes no case ending before its noun: Бостандыкка is a place's dative."""
    assert names("Алар кечээ Бостандыкка барышты.", "ky") == [("Бостандыкка", "name", "Бостандык")]
    assert names("Алар Бостандыктан келишти.", "ky") == [("Бостандыктан", "name", "Бостандык")]
    assert names("Бирок Москвалыкка айтты.", "ky") == []  # to a Muscovite
    assert names("Кечээ Москвалык келди.", "ky") == []


def test_kyrgyz_latin_names_and_acronyms_with_suffixes() -> None:
    assert names("ФСБнын маалыматы боюнча, The Insiderге айтышты.", "ky") == [
        ("ФСБнын", "org", "ФСБ"),
        ("Insiderге", "name", "Insider"),
    ]
    assert texts("КЭУлар жана ЛГБТ активисттери.", "ky") == []


def test_kyrgyz_adjacent_names_are_split() -> None:
    text = "Кыргызстан Исмаилова белгилеген Россиянын таасирине туш болушу мүмкүн."
    assert texts(text, "ky") == ["Кыргызстан", "Исмаилова", "Россиянын"]


# --- API ---------------------------------------------------------------------------------------


# --- Invisible format characters ------------------------------------------------------------

# What web pages and Word files put inside words (a soft hyphen, a word joiner, a byte order
# mark, zero-width joiners) is read through; a zero-width space is the word break it stands for.
_INSIDE = ["\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("mark", _INSIDE)
def test_english_reads_through_invisible_characters(mark: str) -> None:
    text = f"Sadyr Japa{mark}rov flew to Bish{mark}kek with Akylbek{mark} Japarov."
    assert names(text, "en") == [
        (f"Sadyr Japa{mark}rov", "person", "Sadyr Japarov"),
        (f"Bish{mark}kek", "place", "Bishkek"),
        (f"Akylbek{mark} Japarov", "person", "Akylbek Japarov"),
    ]


def test_a_zero_width_space_is_a_word_break() -> None:
    text = "President Sadyr\u200bJaparov spoke in Bishkek\u200b."
    assert names(text, "en") == [
        ("Sadyr\u200bJaparov", "person", "Sadyr Japarov"),
        ("Bishkek", "place", "Bishkek"),
    ]
    assert names("Каныкей Турсунбек\u200bкызы Ысык-Көл\u200b облусунда.", "ky") == [
        ("Каныкей Турсунбек\u200bкызы", "person", "Каныкей Турсунбек кызы"),
        ("Ысык-Көл\u200b облусунда", "place", "Ысык-Көл облусу"),
    ]


@pytest.mark.parametrize("mark", _INSIDE)
def test_kyrgyz_reads_through_invisible_characters(mark: str) -> None:
    text = f"Садыр Жапа{mark}ров Биш{mark}кекте Ысык-Көл{mark} облусунда болду."
    assert names(text, "ky") == [
        (f"Садыр Жапа{mark}ров", "person", "Садыр Жапаров"),
        (f"Биш{mark}кекте", "place", "Бишкек"),
        (f"Ысык-Көл{mark} облусунда", "place", "Ысык-Көл облусу"),
    ]


@needs_natasha
@pytest.mark.parametrize("mark", _INSIDE)
def test_russian_reads_through_invisible_characters(mark: str) -> None:
    text = f"Президент Садыр{mark} Жапа{mark}ров прилетел в Биш{mark}кек."
    assert names(text, "ru") == [
        (f"Садыр{mark} Жапа{mark}ров", "person", "Садыр Жапаров"),
        (f"Биш{mark}кек", "place", "Бишкек"),
    ]
    text = "Президент Садыр\u200bЖапаров прилетел в Бишкек."
    assert names(text, "ru") == [
        ("Садыр\u200bЖапаров", "person", "Садыр Жапаров"),
        ("Бишкек", "place", "Бишкек"),
    ]


def test_invisible_characters_are_unicodes_format_characters() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1))
    invisible = "".join(c for c in every if unicodedata.category(c) == "Cf")
    assert visible(invisible) == " "  # all dropped but the zero-width space
    assert len(visible(every)) == len(every) - len(invisible) + 1


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="en, ru, ky"):
        extract_names("Bonjour Paris", "fr")


def test_mentions_are_frozen_and_many_matches_single() -> None:
    text = "Kyrgyz President Sadyr Japarov met Vladimir Putin."
    found = extract_names(text, "en")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].start = 3  # type: ignore[misc]
    batch = extract_names_many([text, "", text], "en")
    assert batch == [found, [], found]
    assert extract_names(" ", "ky") == []


def _sentence(sid: str, text: str) -> Sentence:
    return Sentence(id=sid, paragraph=0, start=0, end=len(text), text=text, furniture=False)


def test_article_mentions_cover_source_and_translations_in_order() -> None:
    article = Article(id="a1", text="", lang="en", title="")
    article.sentences = [
        _sentence("s1", "Sadyr Japarov met Vladimir Putin."),
        _sentence("s2", "Nothing here."),
        dataclasses.replace(_sentence("s3", "Read more at Moscow Times"), furniture=True),
    ]
    translations = {
        "ky": {"s1": "Садыр Жапаров Владимир Путин менен жолукту.", "s2": "", "zz": "Бишкек"},
    }
    found = extract_article_mentions(article, translations)
    assert all(isinstance(m, ArticleMention) for m in found)
    assert [(m.sentence_id, m.lang, m.mention.lemma) for m in found] == [
        ("s1", "en", "Sadyr Japarov"),
        ("s1", "en", "Vladimir Putin"),
        ("s1", "ky", "Садыр Жапаров"),
        ("s1", "ky", "Владимир Путин"),
    ]
    assert {m.article_id for m in found} == {"a1"}
    with_furniture = extract_article_mentions(article, {}, include_furniture=True)
    assert [m.mention.text for m in with_furniture if m.sentence_id == "s3"] == ["Moscow Times"]


# --- measured over the bundled corpus and sample drafts ------------------------------------------


@pytest.fixture(scope="module")
def corpus_mentions() -> dict[str, list[ArticleMention]]:
    corpus = load_corpus(REPO_ROOT / "corpus")
    out = {}
    for article in corpus.articles:
        drafts = {}
        for path in files_for(TRANSLATIONS, article.id):
            tfile = read_translation_file(path)
            drafts[tfile.lang] = align(article, tfile).drafts
        out[article.id] = extract_article_mentions(article, drafts)
    return out


@pytest.fixture(scope="module")
def sentence_texts() -> dict[tuple[str, str, str], str]:
    """(article, sentence id, lang) -> the text the mentions were found in."""
    out = {}
    for article in load_corpus(REPO_ROOT / "corpus").articles:
        for s in article.sentences:
            out[(article.id, s.id, "en")] = s.text
        for path in files_for(TRANSLATIONS, article.id):
            tfile = read_translation_file(path)
            for sid, text in align(article, tfile).drafts.items():
                out[(article.id, sid, tfile.lang)] = text
    return out


def test_spans_are_exact_ordered_and_disjoint_over_the_corpus(
    corpus_mentions: dict[str, list[ArticleMention]],
    sentence_texts: dict[tuple[str, str, str], str],
) -> None:
    total = 0
    for article_id, mentions in corpus_mentions.items():
        by_text: dict[tuple[str, str], list[NameMention]] = {}
        for m in mentions:
            by_text.setdefault((m.sentence_id, m.lang), []).append(m.mention)
        for (sid, lang), found in by_text.items():
            source = sentence_texts[(article_id, sid, lang)]
            previous_end = -1
            for m in found:
                assert source[m.start : m.end] == m.text
                assert m.text == m.text.strip() and m.lemma
                assert m.start >= previous_end
                previous_end = m.end
            total += len(found)
    assert total > 900


def test_russian_drafts_of_article_001_name_japarov_both_ways(
    corpus_mentions: dict[str, list[ArticleMention]],
) -> None:
    mentions = corpus_mentions["001_a6ffd922c2656101"]
    for lang in ("ru", "ky"):
        people = {m.mention.lemma for m in mentions if m.lang == lang}
        assert {"Жапаров", "Джапаров", "Садыр Жапаров", "Садыр Джапаров"} <= people, lang
    english = {m.mention.lemma for m in mentions if m.lang == "en"}
    assert {"Japarov", "Zhaparov", "Sadyr Japarov", "Sadyr Zhaparov"} <= english


def test_key_names_found_in_the_translation_of_each_sentence_that_has_them(
    corpus_mentions: dict[str, list[ArticleMention]],
) -> None:
    """Where the English sentence names someone or somewhere, the draft's mentions should too."""
    pairs = {
        "Putin": ("Путин",),
        "Japarov": ("Жапаров", "Джапаров"),
        "Zhaparov": ("Жапаров", "Джапаров"),
        "Bishkek": ("Бишкек",),
        "Kyrgyzstan": ("Кыргызстан", "Кыргызтан"),
        "Russia": ("Росси",),
    }
    hits = {"ru": [0, 0], "ky": [0, 0]}
    for mentions in corpus_mentions.values():
        by_sentence: dict[tuple[str, str], list[str]] = {}
        for m in mentions:
            by_sentence.setdefault((m.sentence_id, m.lang), []).append(m.mention.lemma)
        for (sid, lang), lemmas in list(by_sentence.items()):
            if lang != "en":
                continue
            for english, targets in pairs.items():
                if not any(english in lemma for lemma in lemmas):
                    continue
                for target_lang in ("ru", "ky"):
                    found = by_sentence.get((sid, target_lang), [])
                    hits[target_lang][1] += 1
                    hits[target_lang][0] += any(t in lemma for lemma in found for t in targets)
    for lang, (hit, total) in hits.items():
        if lang == "ru" and extract_module.russian_backend() != "natasha":
            continue
        assert total > 120, lang
        # measured on the sample drafts: ru 144/148 (natasha), ky 145/148; the misses are
        # adjectives ("путинскому режиму", "бишкектик") and natasha gaps
        assert hit / total >= (0.9 if lang == "ru" else 0.97), (lang, hit, total)


def test_one_russian_dictionary_serves_extraction_and_base_forms() -> None:
    """natasha's vocabulary runs on pymorphy3's dictionary; pymorphy2's is never loaded."""
    script = (
        "import sys\n"
        "from reader.names.extract import extract_names\n"
        "from reader.names.inflection import base_form\n"
        "[m] = extract_names('Встреча с Розой Отунбаевой.', 'ru')\n"
        "assert m.lemma == 'Роза Отунбаева', m\n"
        "assert base_form('Отунбаевой', 'ru') == 'Отунбаева'\n"
        "print(sorted(n for n in sys.modules if n.startswith('pymorphy') and 'dicts' in n))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    )
    # pymorphy3 imports every installed dictionary package to find one by language (the
    # Ukrainian one only names itself); no pymorphy2 dictionary is among them
    imported = set(ast.literal_eval(done.stdout.strip()))
    assert "pymorphy3_dicts_ru" in imported
    assert not [n for n in imported if n.startswith("pymorphy2")]
