"""The bundled sample drafts: aligned with the corpus, labelled honestly, and realistic."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.config import REPO_ROOT
from reader.corpus.loader import load_corpus
from reader.lang import target_codes
from reader.translation.files import align, read_translation_file

CORPUS = load_corpus(REPO_ROOT / "corpus")
TRANSLATIONS = REPO_ROOT / "translations"
CASES = [(a, lang) for a in CORPUS.articles for lang in target_codes()]
CYRILLIC = re.compile(r"[А-Яа-яЁёӨөҮүҢң]")


def _file(article_id: str, lang: str) -> Path:
    return TRANSLATIONS / f"{article_id}.{lang}.json"


@pytest.mark.parametrize(("article", "lang"), CASES, ids=lambda x: getattr(x, "id", x))
def test_every_content_sentence_has_a_sample_draft(article, lang):
    tfile = read_translation_file(_file(article.id, lang))
    aligned = align(article, tfile)
    assert aligned.unmatched == []
    assert set(aligned.drafts) == {s.id for s in article.content_sentences()}
    assert all(
        CYRILLIC.search(t) or not re.search(r"[A-Za-z]{3}", t) for t in aligned.drafts.values()
    )


@pytest.mark.parametrize(("article", "lang"), CASES, ids=lambda x: getattr(x, "id", x))
def test_sample_drafts_say_they_are_samples_not_machine_output(article, lang):
    tfile = read_translation_file(_file(article.id, lang))
    assert tfile.origin == "sample"
    assert "not machine output" in tfile.label


def _texts(article_id: str, lang: str) -> str:
    return " ".join(e.text for e in read_translation_file(_file(article_id, lang)).entries)


@pytest.mark.parametrize("lang", target_codes())
def test_source_spelling_inconsistencies_carry_over_into_cyrillic(lang):
    zhaparov_article = _texts("001_a6ffd922c2656101", lang)
    assert "Жапаров" in zhaparov_article and "Джапаров" in zhaparov_article
    assert "Джапаров" in _texts("003_3eaa36a4e0c2b786", lang)  # "Japarov" there
    assert "Атамбайев" in _texts("003_3eaa36a4e0c2b786", lang)  # "Atambayev"
    kazakh = _texts("000_5e72744402d0f544", lang)
    assert "Алтынбайев" in kazakh  # the byline's "Altynbayev"


def test_kyrgyz_drafts_are_kyrgyz_not_russian():
    ky = _texts("003_3eaa36a4e0c2b786", "ky")
    assert re.search(r"[ӨөҮүҢң]", ky)
