"""The titles the extractors end a name's run at and the offices grouping reads a name
without are one list (`reader/names/offices.json`); an extractor's `names.json` "titles"
adds only words that are no office (глава, Activist). Made-up names."""

from __future__ import annotations

import json

import pytest

from reader import lang as languages
from reader.lang.extraction import offices, titles, word_lists
from reader.names.extract import extract_names

_LANGS = ("en", "ru", "ky")


@pytest.mark.parametrize("code", _LANGS)
def test_every_office_is_an_extractor_title(code: str) -> None:
    w = word_lists(languages.get(code).name_rules)
    modifiers = w["title_modifiers"] - w["titles"]
    assert {o for o in offices(code) if o.capitalize() not in modifiers} <= titles(w, code)


@pytest.mark.parametrize("code", _LANGS)
def test_an_extractor_lists_no_office_of_its_own(code: str) -> None:
    path = languages.get(code).name_rules
    w = word_lists(path)
    own = json.loads(path.read_text(encoding="utf-8"))["titles"]
    spelled = {f for o in offices(code) for f in (o, o.capitalize(), o.title())}
    # a word the English extractor also reads as another title's modifier stays listed
    assert [t for t in own if t in spelled and t not in w["title_modifiers"]] == []


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("en", "Hokim Asan Bektashev opened the school.", "Asan Bektashev"),
        ("ky", "Академик Асан Бекташев сүйлөдү.", "Асан Бекташев"),
        ("ky", "Профессор Асан Бекташев сүйлөдү.", "Асан Бекташев"),
    ],
)
def test_an_office_before_a_name_is_no_part_of_it(code: str, text: str, name: str) -> None:
    assert [m.lemma for m in extract_names(text, code)] == [name]
