"""Adding an article: checked and segmented before anything is written, so a refused file
leaves nothing behind and an accepted one appears whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT
from reader.corpus import CorpusError, add_article, prepare_article

APP = str(REPO_ROOT / "streamlit_app.py")
GOOD = b"Upload headline\n\nBy Aida Sultanova\n\nFirst sentence. Second sentence.\n"
CONTROL = b"Headline\n\nText \x01\x02\x03\x1b[0m more text.\n"


def test_prepare_article_parses_without_writing(corpus_dir: Path):
    before = sorted(corpus_dir.iterdir())
    target, article = prepare_article(corpus_dir, "fresh news.txt", GOOD)
    assert target == corpus_dir / "fresh-news.txt"
    assert article.id == "fresh-news"
    assert [s.text for s in article.content_sentences()][-2:] == [
        "First sentence.",
        "Second sentence.",
    ]
    assert sorted(corpus_dir.iterdir()) == before


def test_control_characters_are_refused_and_nothing_is_written(corpus_dir: Path):
    before = sorted(corpus_dir.iterdir())
    with pytest.raises(CorpusError, match=r"not a text file \(control character U\+0001 at line 3"):
        add_article(corpus_dir, "term.txt", CONTROL)
    assert sorted(corpus_dir.iterdir()) == before


def test_a_bad_leftover_sidecar_refuses_the_upload_before_writing(corpus_dir: Path):
    (corpus_dir / "fresh.meta.json").write_text("{broken", encoding="utf-8")
    before = sorted(corpus_dir.iterdir())
    with pytest.raises(CorpusError, match=r"fresh\.meta\.json"):
        add_article(corpus_dir, "fresh.txt", GOOD)
    assert sorted(corpus_dir.iterdir()) == before


def test_an_overlong_name_is_refused(corpus_dir: Path):
    before = sorted(corpus_dir.iterdir())
    with pytest.raises(CorpusError, match="name is too long"):
        add_article(corpus_dir, "n" * 300 + ".txt", GOOD)
    assert sorted(corpus_dir.iterdir()) == before


def _upload(at: AppTest, name: str, data: bytes) -> None:
    at.sidebar.file_uploader(key="upload").set_value((name, data, "text/plain")).run()
    at.sidebar.button(key="add_article").click().run()
    assert not at.exception


@pytest.mark.usefixtures("indexed_data_dir")
def test_the_upload_box_refuses_a_bad_file_and_adds_a_good_one(corpus_dir: Path):
    before = sorted(corpus_dir.iterdir())
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    _upload(at, "term.txt", CONTROL)
    assert any("control character U+0001" in e.value for e in at.error)
    assert sorted(corpus_dir.iterdir()) == before

    _upload(at, "fresh.txt", GOOD)
    assert any("Upload headline" in s.value and "fresh.txt" in s.value for s in at.success)
    assert (corpus_dir / "fresh.txt").read_bytes() == GOOD
