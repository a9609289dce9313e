"""Furniture marks: concurrent writers keep every mark, and a bad sidecar hides no article."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from reader.corpus import load_corpus
from reader.corpus.metadata import SidecarError, set_furniture

A003 = "003_3eaa36a4e0c2b786"
A004 = "004_5eb83673b1bc0057"
MARKS_PER_WRITER = 30


def _mark_many(article: str, writer: str, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait()
    for i in range(MARKS_PER_WRITER):
        set_furniture(Path(article), f"{writer}: paragraph {i}", True)


def _sidecar(corpus_dir: Path, article_id: str) -> dict:
    return json.loads((corpus_dir / f"{article_id}.meta.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("trial", range(3))
def test_two_processes_marking_at_once_keep_every_mark(corpus_dir: Path, trial: int):
    article = corpus_dir / f"{A004}.txt"
    set_furniture(article, "marked before", True)
    fork = multiprocessing.get_context("fork")
    start = fork.Barrier(2)
    writers = [fork.Process(target=_mark_many, args=(str(article), w, start)) for w in "AB"]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)
    assert [p.exitcode for p in writers] == [0, 0]

    sidecar = _sidecar(corpus_dir, A004)  # valid JSON
    expected = {"marked before"} | {
        f"{w}: paragraph {i}" for w in "AB" for i in range(MARKS_PER_WRITER)
    }
    assert set(sidecar["furniture"]) == expected
    assert sidecar["outlet"] == "bne IntelliNews"  # the rest of the sidecar is kept
    assert not [p.name for p in corpus_dir.iterdir() if p.name.endswith(".tmp")]
    assert A004 in [a.id for a in load_corpus(corpus_dir).articles]


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"furniture": "Read more"}', '{"title": 5}'],
    ids=["broken", "not-an-object", "furniture-not-a-list", "title-not-text"],
)
def test_a_bad_sidecar_is_a_problem_and_the_article_still_loads(corpus_dir: Path, content: str):
    (corpus_dir / f"{A003}.meta.json").write_text(content, encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert [a.id for a in corpus.articles] == sorted(p.stem for p in corpus_dir.glob("*.txt"))
    assert len(corpus.problems) == 1
    assert corpus.problems[0].startswith(f"{A003}.meta.json")
    assert "without its metadata" in corpus.problems[0]
    assert corpus.get(A003).sentences


def test_an_undecodable_sidecar_is_a_problem_and_the_article_still_loads(corpus_dir: Path):
    (corpus_dir / f"{A003}.meta.json").write_bytes(b'{"title": "\xff"}')
    corpus = load_corpus(corpus_dir)
    assert A003 in [a.id for a in corpus.articles]
    assert "UTF-8" in corpus.problems[0]


def test_marking_refuses_to_overwrite_a_bad_sidecar(corpus_dir: Path):
    sidecar = corpus_dir / f"{A003}.meta.json"
    sidecar.write_text('{"outlet": "The Moscow Times", oops', encoding="utf-8")
    with pytest.raises(SidecarError, match=f"{A003}.meta.json"):
        set_furniture(corpus_dir / f"{A003}.txt", "Read more", True)
    assert sidecar.read_text(encoding="utf-8") == '{"outlet": "The Moscow Times", oops'


def test_a_marked_sidecar_keeps_the_usual_file_permissions(corpus_dir: Path):
    umask = os.umask(0o022)
    os.umask(umask)
    set_furniture(corpus_dir / f"{A004}.txt", "Read more", True)
    mode = (corpus_dir / f"{A004}.meta.json").stat().st_mode & 0o777
    assert mode == 0o666 & ~umask  # readable by whoever could read it before, as with open()


def test_a_mark_clears_what_a_killed_writer_left_behind(corpus_dir: Path):
    article = corpus_dir / f"{A004}.txt"
    left = corpus_dir / f".{A004}.meta.json.0123456789abcdef.tmp"  # as a kill -9 leaves it
    left.write_text("{", encoding="utf-8")
    other = corpus_dir / f".{A003}.meta.json.0123456789abcdef.tmp"  # another sidecar's
    other.write_text("{", encoding="utf-8")
    set_furniture(article, "Read more", True)
    assert not left.exists()
    assert other.exists()
    assert _sidecar(corpus_dir, A004)["furniture"] == ["Read more"]


@pytest.mark.parametrize(
    "payload", ["[" * 100_000 + "]" * 100_000, '{"title": 1' + "0" * 5000 + "}"]
)
def test_a_sidecar_nested_too_deeply_or_with_a_huge_number_is_reported(corpus_dir, payload):
    (corpus_dir / f"{A003}.meta.json").write_text(payload, encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert A003 in [a.id for a in corpus.articles]
    assert any(p.startswith(f"{A003}.meta.json") for p in corpus.problems)
    with pytest.raises(SidecarError):
        set_furniture(corpus_dir / f"{A003}.txt", "Read more", True)
