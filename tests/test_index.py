"""The article index: built once, then only new, changed or removed articles cost anything.

The CLI's `main` runs in-process on a real store; work is counted in articles split, never
in seconds.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_in_process import run_cli

from reader.config import REPO_ROOT, resolve_paths
from reader.corpus.loader import load_corpus
from reader.corpus.metadata import set_furniture
from reader.names import regroup, variants
from reader.names.extract import extract_article_mentions
from reader.names.variants import corpus_groups, corpus_listing
from reader.workspace import Workspace

ARTICLE = "003_3eaa36a4e0c2b786"


@pytest.fixture(autouse=True)
def no_translation_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty translations folder: `index` imports what is there, and these tests are
    about the articles (importing and extracting the bundled files costs seconds)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setenv("READER_TRANSLATIONS", str(folder))
    return folder


def run(*args: str) -> subprocess.CompletedProcess:
    return run_cli(*args, text=True)


def index() -> tuple[int, int, int]:
    """(indexed, unchanged, removed) as `python -m reader index` reports them."""
    result = run("index")
    assert result.returncode == 0, result.stderr
    found = re.fullmatch(
        r"(\d+) indexed, (\d+) unchanged, (\d+) removed; \d+ translation files imported, "
        r"\d+ translation versions indexed\n",
        result.stdout,
    )
    assert found, result.stdout
    return int(found[1]), int(found[2]), int(found[3])


def test_a_second_run_splits_nothing(data_dir: Path, corpus_dir: Path):
    first = run("index")
    assert first.stdout == (
        "5 indexed, 0 unchanged, 0 removed; 0 translation files imported, "
        "0 translation versions indexed\n"
    )
    assert "indexing: 100%" in first.stderr and "5/5" in first.stderr  # the progress bar
    assert index() == (0, 5, 0)


def test_editing_one_article_recomputes_only_it(data_dir: Path, corpus_dir: Path):
    index()
    path = corpus_dir / f"{ARTICLE}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA new closing paragraph.\n")
    assert index() == (1, 4, 0)
    shown = run("show", ARTICLE, "--lang", "ru")
    assert "A new closing paragraph." in shown.stdout


def test_a_furniture_mark_recomputes_its_article(data_dir: Path, corpus_dir: Path):
    index()
    with Workspace(resolve_paths()) as ws:
        paragraph = next(p for p in ws.article(ARTICLE).paragraphs if p.kind == "text")
    set_furniture(corpus_dir / f"{ARTICLE}.txt", paragraph.text, True)
    assert index() == (1, 4, 0)
    with Workspace(resolve_paths()) as ws:
        assert ws.article(ARTICLE).paragraphs[paragraph.index].furniture


def test_a_deleted_article_disappears(data_dir: Path, corpus_dir: Path):
    index()
    (corpus_dir / f"{ARTICLE}.txt").unlink()
    assert index() == (0, 4, 1)
    with Workspace(resolve_paths()) as ws:
        assert ARTICLE not in ws.index.store.hashes()
        assert ARTICLE not in [a.id for a in ws.corpus().articles]


def test_show_indexes_only_its_article(data_dir: Path, corpus_dir: Path):
    shown = run("show", ARTICLE)
    assert shown.returncode == 0, shown.stderr
    assert index() == (4, 1, 0)


def test_an_interrupted_build_goes_on_where_it_stopped(data_dir: Path, corpus_dir: Path):
    for path in sorted(corpus_dir.glob("*.txt")):  # ten articles: enough for the process pool
        shutil.copy(path, path.with_name(f"copy_{path.name}"))

    def stop_after_three(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with Workspace(resolve_paths()) as ws, pytest.raises(KeyboardInterrupt):
        ws.index.update(stop_after_three, workers=2)
    with Workspace(resolve_paths()) as ws:
        report = ws.index.update(workers=2)
    assert (len(report.computed), report.unchanged) == (7, 3)


def test_the_corpus_from_the_index_is_the_corpus_as_loaded(data_dir: Path, corpus_dir: Path):
    (corpus_dir / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    (corpus_dir / f"{ARTICLE}.meta.json").write_text("{not json", encoding="utf-8")
    loaded = load_corpus(corpus_dir)
    with Workspace(resolve_paths()) as ws:
        first = ws.corpus()
        assert ws.index.update().computed == []
        again = ws.corpus()
    assert first == loaded
    assert again == loaded


def test_corpus_output_is_the_same_from_the_index(data_dir: Path, corpus_dir: Path):
    built = run("corpus")
    assert index() == (0, 5, 0)  # `corpus` itself brought the index up to date
    from_index = run("corpus")
    assert built.returncode == from_index.returncode == 0
    assert from_index.stdout == built.stdout
    assert f"{ARTICLE}: Kyrgyzstan Prime Minister Resigns" in from_index.stdout


def test_indexed_names_are_the_names_extracted(data_dir: Path, corpus_dir: Path):
    with Workspace(resolve_paths()) as ws:
        article = ws.article(ARTICLE)
        stored = ws.index.store.get([ARTICLE])[ARTICLE].mentions
    expected = [
        (m.sentence_id, n.start, n.end, n.text, n.kind, n.lemma)
        for m in extract_article_mentions(article, {})
        for n in [m.mention]
    ]
    assert stored == expected
    assert any(text == "Japarov" for _, _, _, text, _, _ in stored)


def test_a_missing_corpus_folder_removes_nothing(data_dir: Path, corpus_dir: Path, tmp_path: Path):
    index()
    result = run("--corpus", str(tmp_path / "nowhere"), "index")
    assert result.returncode == 0
    assert "does not exist" in result.stderr
    assert result.stdout == (
        "0 indexed, 0 unchanged, 0 removed; 0 translation files imported, "
        "0 translation versions indexed\n"
    )
    assert index() == (0, 5, 0)


def test_index_imports_the_translation_files_and_indexes_their_names(
    data_dir: Path, corpus_dir: Path, no_translation_files: Path
):
    name = f"{ARTICLE}.ky.json"
    shutil.copy(REPO_ROOT / "translations" / name, no_translation_files / name)
    first = run("index")
    found = re.fullmatch(
        r"5 indexed, 0 unchanged, 0 removed; 1 translation files imported, "
        r"(\d+) translation versions indexed\n",
        first.stdout,
    )
    assert found and int(found[1]) > 0, first.stdout
    assert "importing translation files: 100%" in first.stderr
    with Workspace(resolve_paths()) as ws:
        heads = ws.translations.heads("ky", [ARTICLE])[ARTICLE]
        assert heads and set(ws.version_mentions.store.rules()) == {v.id for v in heads.values()}
    again = run("index")
    assert again.stdout == (
        "0 indexed, 5 unchanged, 0 removed; 0 translation files imported, "
        "0 translation versions indexed\n"
    )


def test_listing_again_reads_only_the_files_that_changed(
    indexed_data_dir: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    from reader.corpus import add_article, loader

    read: list[str] = []
    decode = loader.decode_article_bytes

    def counted(data: bytes, name: str) -> str:
        read.append(name)
        return decode(data, name)

    def listed(*changed: str) -> list:
        read.clear()
        outlines, _ = ws.outlines()
        assert read == list(changed)
        with Workspace(resolve_paths()) as fresh:  # a process that never listed before
            assert outlines == fresh.outlines()[0]
        return outlines

    monkeypatch.setattr(loader, "decode_article_bytes", counted)
    with Workspace(resolve_paths()) as ws:
        ws.outlines()
        listed()
        add_article(corpus_dir, "fresh.txt", b"Fresh news\n\nFirst sentence. Second one.\n")
        assert "fresh" in [o.article_id for o in listed("fresh.txt")]
        path = corpus_dir / f"{ARTICLE}.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\n\nOne more paragraph.\n")
        listed(path.name)
        paragraph = next(p for p in ws.article(ARTICLE).paragraphs if p.kind == "text")
        set_furniture(path, paragraph.text, True)  # the sidecar only
        listed(path.name)


def test_index_summarizes_the_names_last_so_names_only_merges(
    data_dir: Path, corpus_dir: Path, no_translation_files: Path, monkeypatch: pytest.MonkeyPatch
):
    """The first `index` lists the names; after an edit it summarizes the edited article
    alone, and `names` then merges the summaries without reading a mention."""
    name = f"{ARTICLE}.ky.json"
    shutil.copy(REPO_ROOT / "translations" / name, no_translation_files / name)
    first = run("index")
    with Workspace(resolve_paths()) as ws:
        count = len(ws.article_hashes())
    assert f"reader: names of {count} article(s) summarized" in first.stderr
    assert "reader: names listed (the first listing)" in first.stderr
    path = corpus_dir / f"{ARTICLE}.txt"
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(2, "Roza Otunbayeva met Kubatbek Boronov.")
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    edited = run("index")
    assert "reader: names of 1 article(s) summarized" in edited.stderr
    assert "names listed" not in edited.stderr
    with Workspace(resolve_paths()) as ws:
        groups = corpus_groups(ws, ws.corpus().articles)  # from the mentions, nothing kept
        monkeypatch.setattr(variants, "corpus_mentions", _read_again)
        monkeypatch.setattr(variants, "keyed_group", _regrouped)
        monkeypatch.setattr(regroup, "group", _regrouped)
        listing = corpus_listing(ws)
        assert listing == variants.listing_text(groups)
        assert "Roza Otunbayeva" in listing
        assert "Кубатбек Боронов" in listing
    again = run("index")
    assert "reader: names of 0 article(s) summarized" in again.stderr
    assert run("names").stdout == listing + "\n"


def _read_again(*_: object) -> None:
    raise AssertionError("mentions read again")


def _regrouped(names: list[str], places: bool = True) -> None:
    raise AssertionError("grouped again")


def test_a_new_process_reads_only_the_files_whose_stamps_changed(
    indexed_data_dir: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """The stamps each hash was read under are stored: every command is a new process, and
    reading and hashing 1,000 files to find the one edited was most of its time."""
    from reader.corpus import loader

    read: list[str] = []
    decode = loader.decode_article_bytes

    def counted(data: bytes, name: str) -> str:
        read.append(name)
        return decode(data, name)

    def fresh_outlines() -> list:
        read.clear()
        with Workspace(resolve_paths()) as ws:  # a process that never listed before
            return ws.outlines()[0]

    monkeypatch.setattr(loader, "decode_article_bytes", counted)
    first = fresh_outlines()
    assert len(read) == 5  # the files the shared store's stamps do not know (a copy's)
    assert fresh_outlines() == first and read == []
    path = corpus_dir / f"{ARTICLE}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nOne more paragraph.\n")
    edited = fresh_outlines()
    assert read == [path.name]
    assert edited != first and fresh_outlines() == edited and read == []
    with Workspace(resolve_paths()) as ws:  # the texts of files not read to list them
        assert [a.text for a in ws.corpus().articles] == [
            a.text for a in load_corpus(corpus_dir).articles
        ]
