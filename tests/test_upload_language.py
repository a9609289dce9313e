"""An upload that does not read as English is flagged before it is added: the core refuses
it unless told to add it anyway, and the app asks the person to confirm."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT
from reader.corpus import NotSourceLanguage, add_article

ENGLISH = b"Upload headline\n\nBy Aida Sultanova\n\nFirst sentence. Second sentence.\n"


def _translated(lang: str) -> bytes:
    """A bundled sample translation of a whole article, as a text file."""
    data = json.loads(
        (REPO_ROOT / "translations" / f"000_5e72744402d0f544.{lang}.json").read_text()
    )
    return "\n\n".join(s["text"] for s in data["sentences"]).encode()


@pytest.mark.parametrize(("lang", "name"), [("ru", "Russian"), ("ky", "Kyrgyz")])
def test_a_translation_uploaded_as_an_article_is_refused_and_nothing_written(
    corpus_dir: Path, lang: str, name: str
):
    before = sorted(corpus_dir.iterdir())
    with pytest.raises(NotSourceLanguage, match=f"reads as {name}") as refused:
        add_article(corpus_dir, "wrong.txt", _translated(lang))
    assert refused.value.code == lang and refused.value.confidence > 0.9
    assert sorted(corpus_dir.iterdir()) == before


def test_confirmed_it_is_added_and_english_needs_no_confirmation(corpus_dir: Path):
    add_article(corpus_dir, "kyrgyz.txt", _translated("ky"), other_language=True)
    assert (corpus_dir / "kyrgyz.txt").is_file()
    add_article(corpus_dir, "english.txt", ENGLISH)
    assert (corpus_dir / "english.txt").read_bytes() == ENGLISH


def _upload_box() -> None:
    """The upload box alone, as the Review page's sidebar shows it (a script for AppTest)."""
    from app.common import workspace
    from app.upload import upload_box

    upload_box(workspace())


@pytest.mark.usefixtures("data_dir")
def test_the_upload_box_warns_and_adds_only_when_confirmed(corpus_dir: Path):
    at = AppTest.from_function(_upload_box, default_timeout=60).run()
    at.sidebar.file_uploader(key="upload").set_value(("ru.txt", _translated("ru"), "text/plain"))
    at.run()
    at.sidebar.button(key="add_article").click().run()
    assert not at.exception
    assert any("reads as Russian" in w.value for w in at.sidebar.warning)
    assert not (corpus_dir / "ru.txt").exists()
    at.sidebar.button(key="add_article_anyway").click().run()
    assert not at.sidebar.warning
    assert any("ru.txt" in s.value for s in at.sidebar.success)
    assert (corpus_dir / "ru.txt").is_file()
