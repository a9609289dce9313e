"""Listing the corpus at archive scale: translation files already imported are not read
again, and the progress of every article comes from a few queries with the same figures."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import cli
from reader.config import REPO_ROOT, resolve_paths
from reader.corpus.loader import load_corpus
from reader.lang import target_codes
from reader.review.progress import article_progress
from reader.workspace import Workspace

ARTICLE = load_corpus(REPO_ROOT / "corpus").get("003_3eaa36a4e0c2b786")


@pytest.fixture
def tdir(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    return folder


@pytest.fixture
def ws(data_dir: Path, tdir: Path) -> Iterator[Workspace]:
    with Workspace(resolve_paths(data=data_dir, translations=tdir)) as workspace:
        yield workspace


def _write(tdir: Path) -> Path:
    path = tdir / f"{ARTICLE.id}.ru.json"
    sentences = [{"sid": s.id, "text": f"Перевод {s.id}"} for s in ARTICLE.content_sentences()]
    doc = {"article": ARTICLE.id, "lang": "ru", "sentences": sentences}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _garble(path: Path, mtime_ns: int) -> None:
    """Same size, other bytes (not JSON), and the given modification time."""
    path.write_bytes(b"x" * path.stat().st_size)
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_an_imported_file_with_the_same_size_and_time_is_not_read_again(ws, tdir):
    path = _write(tdir)
    assert ws.sync_translation_files(ARTICLE).added > 0
    mtime = path.stat().st_mtime_ns
    _garble(path, mtime)
    assert ws.sync_translation_files(ARTICLE).problems == []  # skipped by its stamp
    os.utime(path, ns=(mtime + 10**9, mtime + 10**9))
    (problem,) = ws.sync_translation_files(ARTICLE).problems  # a new stamp: read again
    assert "not a translation file" in problem


def test_a_new_stamp_on_the_same_content_is_recorded_after_the_hash_check(ws, tdir):
    path = _write(tdir)
    ws.sync_translation_files(ARTICLE)
    later = path.stat().st_mtime_ns + 10**9
    os.utime(path, ns=(later, later))  # touched: same content, new time
    report = ws.sync_translation_files(ARTICLE)
    assert (report.added, report.problems) == (0, [])
    _garble(path, later)
    assert ws.sync_translation_files(ARTICLE).problems == []  # the new stamp was recorded


def test_the_corpus_listing_counts_as_each_article_alone(data_dir, capsys):
    with Workspace(resolve_paths(data=data_dir)) as ws:
        corpus = ws.corpus()
        for article in corpus.articles:
            ws.sync_translation_files(article)
        first, second = (s.id for s in ARTICLE.content_sentences()[:2])
        head = ws.translations.head(ARTICLE.id, first, "ru")
        ws.translations.save(ARTICLE.id, first, "ru", "Правка", author="a", base_id=head.id)
        ws.translations.save(ARTICLE.id, first, "ru", "Другая", author="b", base_id=head.id)
        head = ws.translations.head(ARTICLE.id, second, "ky")
        ws.translations.approve(ARTICLE.id, second, "ky", author="a", base_id=head.id)
        expected = {
            a.id: {lang: p.counts for lang, p in article_progress(ws.translations, a).items()}
            for a in corpus.articles
        }
    capsys.readouterr()
    assert cli.main(["--data", str(data_dir), "corpus"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line.split()[3:] for line in lines[1 : len(expected) + 1]}
    for article_id, counts in expected.items():
        cells = rows[article_id][:: len(rows[article_id]) // len(target_codes())]
        assert cells == [
            f"{counts[lang]['approved']}/{counts[lang]['edited']}/{counts[lang]['draft']}"
            for lang in target_codes()
        ]
    assert expected[ARTICLE.id]["ru"]["edited"] == 1
    assert expected[ARTICLE.id]["ky"]["approved"] == 1
