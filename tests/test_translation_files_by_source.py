"""Hand-written translation files: sentences given by their source text instead of their id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import Article
from reader.corpus.loader import load_corpus
from reader.translation.files import TranslationFileError, TranslationFolder, read_translation_file
from reader.workspace import Workspace

CORPUS = load_corpus(REPO_ROOT / "corpus")
ARTICLE = CORPUS.get("003_3eaa36a4e0c2b786")
REPEATS = CORPUS.get("004_5eb83673b1bc0057")  # "Critics warn clock ticking…" appears twice
REPEATED = "Critics warn clock ticking on efforts to"


@pytest.fixture
def tdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setenv("READER_TRANSLATIONS", str(folder))
    return folder


@pytest.fixture
def ws(data_dir: Path, tdir: Path) -> Iterator[Workspace]:
    with Workspace(resolve_paths(data=data_dir, translations=tdir)) as workspace:
        yield workspace


def _write(tdir: Path, article: Article, sentences: list[dict], lang: str = "ru") -> Path:
    path = tdir / f"{article.id}.{lang}.json"
    doc = {"article": article.id, "lang": lang, "sentences": sentences}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _text(ws: Workspace, article: Article, sid: str) -> str | None:
    head = ws.translations.head(article.id, sid, "ru")
    return head.text if head else None


def test_a_hand_written_file_without_ids_imports(ws, tdir):
    chosen = ARTICLE.content_sentences()[:4]
    entries = [
        # spacing as a person might type or paste it
        {"source": "  " + s.text.replace(" ", "  \n", 1) + " ", "text": f"Перевод {i}"}
        for i, s in enumerate(chosen)
    ]
    _write(tdir, ARTICLE, entries)
    report = ws.sync_translation_files(ARTICLE)
    assert report.problems == []
    assert report.added == 4
    assert [_text(ws, ARTICLE, s.id) for s in chosen] == [f"Перевод {i}" for i in range(4)]


def _repeats() -> list[str]:
    sids = [s.id for s in REPEATS.sentences if s.text.startswith(REPEATED)]
    assert len(sids) == 2 and sids[1] == f"{sids[0]}-2"
    return sids


def test_a_repeated_source_fills_its_sentences_in_order(ws, tdir):
    first, second = _repeats()
    source = REPEATS.sentence(first).text
    _write(tdir, REPEATS, [{"source": source, "text": "один"}, {"source": source, "text": "два"}])
    assert ws.sync_translation_files(REPEATS).problems == []
    assert (_text(ws, REPEATS, first), _text(ws, REPEATS, second)) == ("один", "два")


def test_entries_with_and_without_ids_mix_in_one_file(ws, tdir):
    first, second = _repeats()
    source = REPEATS.sentence(first).text
    other = REPEATS.content_sentences()[3]
    _write(
        tdir,
        REPEATS,
        [
            {"source": source, "text": "без id"},
            {"sid": second, "source": source, "text": "второй по id"},
            {"sid": other.id, "text": "только id"},
        ],
    )
    report = ws.sync_translation_files(REPEATS)
    assert report.problems == []
    assert _text(ws, REPEATS, first) == "без id"  # the occurrence the id did not take
    assert _text(ws, REPEATS, second) == "второй по id"
    assert _text(ws, REPEATS, other.id) == "только id"


def test_a_source_matching_no_sentence_is_reported_and_not_imported(ws, tdir):
    known = ARTICLE.content_sentences()[0]
    path = _write(
        tdir,
        ARTICLE,
        [
            {"source": known.text, "text": "есть"},
            {"source": "Nobody wrote this sentence in the article at all.", "text": "нет"},
        ],
    )
    report = ws.sync_translation_files(ARTICLE)
    assert report.added == 1
    assert len(report.problems) == 1
    assert path.name in report.problems[0]
    assert "Nobody wrote this sentence" in report.problems[0]
    assert "нет" not in {_text(ws, ARTICLE, s.id) for s in ARTICLE.sentences}


def test_a_source_that_more_repeats_than_the_article_has_is_reported(ws, tdir):
    source = REPEATS.sentence(_repeats()[0]).text
    entries = [{"source": source, "text": t} for t in ("один", "два", "три")]
    _write(tdir, REPEATS, entries)
    report = ws.sync_translation_files(REPEATS)
    assert report.added == 2
    assert len(report.problems) == 1 and REPEATED[:20] in report.problems[0]


def test_an_id_whose_sentence_differs_from_the_given_source_is_reported(ws, tdir):
    one, other = ARTICLE.content_sentences()[1:3]
    path = _write(tdir, ARTICLE, [{"sid": one.id, "source": other.text, "text": "спорно"}])
    report = ws.sync_translation_files(ARTICLE)
    assert report.added == 0
    assert len(report.problems) == 1
    assert path.name in report.problems[0] and one.id in report.problems[0]
    assert _text(ws, ARTICLE, one.id) is None and _text(ws, ARTICLE, other.id) is None


def test_an_entry_with_neither_id_nor_source_is_a_clear_error(tdir):
    path = _write(tdir, ARTICLE, [{"text": "куда?"}])
    with pytest.raises(TranslationFileError, match=r"sentence 1 has neither .sid. nor .source."):
        read_translation_file(path)


def test_the_review_page_shows_drafts_from_a_file_without_ids(data_dir, tdir):
    sentence = ARTICLE.content_sentences()[2]
    _write(tdir, ARTICLE, [{"source": sentence.text, "text": "Черновик, написанный вручную"}])
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=60)
    at.run()
    at.sidebar.selectbox(key="article").set_value(ARTICLE.id).run()
    assert not at.exception
    assert not at.warning
    assert "Черновик, написанный вручную" in "\n".join(m.value for m in at.markdown)


def test_the_folder_listing_follows_added_and_removed_files(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "a.ru.json").write_text("{}", encoding="utf-8")
    (folder / "my.article.ky.json").write_text("{}", encoding="utf-8")  # an id with a dot
    listing = TranslationFolder(folder)
    assert [p.name for p in listing.files_for("a")] == ["a.ru.json"]
    assert [p.name for p in listing.files_for("my.article")] == ["my.article.ky.json"]
    assert listing.files_for("my") == []
    (folder / "a.ky.json").write_text("{}", encoding="utf-8")
    (folder / "a.ru.json").unlink()
    assert [p.name for p in listing.files_for("a")] == ["a.ky.json"]
    assert TranslationFolder(tmp_path / "none").files_for("a") == []
