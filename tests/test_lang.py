"""The language registry: one folder per language, and adding one touches no other module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import lang
from reader.names import translit
from reader.names.candidates import name_candidates
from reader.segment import segment, supported_languages

KAZAKH = Path(__file__).parent / "fixtures" / "lang" / "kk"


@pytest.fixture
def kazakh() -> Iterator[lang.Language]:
    language = lang.load_folder(KAZAKH)
    lang.register(language)
    yield language
    lang.unregister("kk")


def test_the_built_in_languages() -> None:
    assert lang.codes() == ("en", "ru", "ky")
    assert lang.source().code == "en"
    assert [t.code for t in lang.targets()] == ["ru", "ky"]
    assert [lang.display_name(c) for c in lang.codes()] == ["English", "Russian", "Kyrgyz"]
    assert lang.get("ky").pysbd == "ru"  # pysbd has no Kyrgyz: its Russian, corrected


def test_an_unknown_code_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"'kk'.*'en', 'ru', 'ky'"):
        lang.get("kk")


def test_each_language_keeps_its_files_in_its_folder() -> None:
    for language in lang.all():
        assert language.folder == Path(lang.__file__).parent / language.code
        assert language.name_rules.is_file()
        assert language.segment_rules is not None
    assert {p.stem for p in lang.get("ky").schemes} == {"bgn_pcgn_ky", "news_ky", "passport_ky"}


def test_a_language_added_from_a_folder(kazakh: lang.Language) -> None:
    assert lang.get("kk") is kazakh
    assert lang.display_name("kk") == "Kazakh"
    assert lang.target_codes() == ("ru", "ky", "kk")
    assert "kk" in supported_languages()
    assert kazakh.own_letters("Қазақстан") and not kazakh.own_letters("Казахстан")


def test_an_added_language_segments_with_its_own_rules(kazakh: lang.Language) -> None:
    text = "Астанада 2024 ж. жаңа мектеп ашылды. Оған әкім келді."
    assert [s.text for s in segment(text, "kk")] == [
        "Астанада 2024 ж. жаңа мектеп ашылды.",
        "Оған әкім келді.",
    ]


def test_a_kazakh_name_is_a_candidate(kazakh: lang.Language) -> None:
    found = name_candidates("Кеше Әлихан Бөкейхан мен Ұлытау туралы Қарағанды газеті жазды.")
    assert found == ["Кеше Әлихан Бөкейхан", "Ұлытау", "Қарағанды"]


def test_an_unregistered_language_is_gone() -> None:
    lang.register(lang.load_folder(KAZAKH))
    lang.unregister("kk")
    assert "kk" not in supported_languages()
    with pytest.raises(ValueError):
        segment("Оған әкім келді.", "kk")
    with pytest.raises(ValueError, match="built in"):
        lang.unregister("ky")


def test_a_language_registered_after_the_first_romanization_brings_its_schemes() -> None:
    """The schemes are read once, but again after a register or unregister. (The keys of
    Kazakh letters need no Kazakh: the folding rules know them.)"""
    assert "latin_kk" not in translit.schemes()  # read now, before Kazakh is registered
    assert "ulitau" in translit.name_keys("Ұлытау")
    lang.register(lang.load_folder(KAZAKH))
    try:
        assert "latin_kk" in translit.schemes()
        assert translit.romanize("Ұлытау", "latin_kk") == "Ūlytau"
    finally:
        lang.unregister("kk")
    assert "latin_kk" not in translit.schemes()
    assert "ulitau" in translit.name_keys("Ұлытау")


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("don't", True),
        ("Can't", True),
        ("won't", True),
        ("we're", True),
        ("it'll", True),
        ("Japarov's", False),
        ("Altynbayev'll", False),
    ],
)
def test_englishs_dictionary_knows_a_contraction_of_its_words(word: str, known: bool) -> None:
    assert lang.get("en").morphology.knows(word) is known
