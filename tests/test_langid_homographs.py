"""Kyrgyz words Russian's and Ukrainian's dictionaries have with another meaning (`homographs`
in reader/lang/ky/markers.json), with the real identifiers and dictionaries: made-up texts,
none from the benchmark's sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.checks.base import TranslatedSentence
from reader.checks.wrong_language import WrongLanguage
from reader.lang import identify as langid
from reader.lang.identify import _identifier

MARKERS = Path(langid.__file__).parent / "ky" / "markers.json"


def test_each_homograph_is_a_word_the_dictionaries_know():
    """What the list is for: words the dictionaries would otherwise take as their own."""
    homographs = json.loads(MARKERS.read_text(encoding="utf-8"))["homographs"]
    identifier = _identifier()
    for code, words in homographs.items():
        assert all(identifier._morphology[code].knows(word) for word in words), code


@pytest.mark.parametrize(
    "text",
    ["Буфер бош", "таза USB диск", "Башка сервер"],
)
def test_a_kyrgyz_homograph_beside_a_russian_loanword_is_kyrgyz(text):
    """Russian's dictionary knew both words of each, so they were Russian."""
    assert langid.identify(text).code == "ky"


@pytest.mark.parametrize(
    "text",
    [
        "У него болит башка",  # colloquial Russian 'head', beside words of its own
        "Казачий кош стоял у реки",
        "Сан-Марино и Ватикан",  # part of a compound, a name
        "Сан диего",
        "Бош",  # a word alone may well be Russian's
        "Сан",
    ],
)
def test_russian_texts_with_such_a_word_stay_russian(text):
    assert langid.identify(text).code == "ru"


def test_the_dictionary_knows_a_homograph_in_a_text_of_its_own():
    identifier = _identifier()
    assert identifier._homographs("ru", "Буфер бош") >= {"бош"}
    assert identifier._homographs("ru", "У него болит башка") == frozenset()
    assert identifier._homographs("ru", "Бош") == frozenset()


@pytest.mark.parametrize("text", ["Кичине (4 байт) натурал сан", "Узун (16 байт) натурал сан"])
def test_a_homograph_no_look_alike_reads_as_its_own_moves_nothing(text):
    """The check reads "байт натурал сан" (натурал is no native word): сан taken as unknown
    there lifted Ukrainian over Russian and the check's threshold, a false alarm."""
    sentence = TranslatedSentence("", text, "ky", [])
    assert WrongLanguage().run(sentence) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("Склад бош", "ky"), ("Бокс бош", "ky"), ("Склад бос", "kk"), ("Бокс бос", "kk")],
)
def test_a_homograph_weighs_against_ukrainian_as_against_russian(text, code):
    """The voters gave these to Ukrainian, whose dictionary knows both words: бош, бос
    now count as words it does not know, for the look-alike that reads them as its own."""
    assert langid.identify(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Змінити поточну розладку",  # a slip (розкладку) beside words it knows
        "Зберегти стару розладку",
        "Склад порожній",
    ],
)
def test_ukrainian_texts_with_a_word_its_dictionary_lacks_stay_ukrainian(text):
    """Ukrainian's dictionary weighs only its homographs, not the other words it lacks."""
    assert langid.identify(text).code == "uk"
