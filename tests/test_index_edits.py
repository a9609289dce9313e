"""`index` after an edit does the edit's work only, and leaves the store, `check --json` and
`names --json` exactly as an index of the edited corpus from nothing would: findings of
translations whose English sentence kept its text are carried over, not checked again, and
an edited sentence, a sentence made furniture or a deleted article leaves no stale row.

Real stores, the bundled corpus and one article's Kyrgyz translations (found by rules: no
model to load); the CLI's `main` in-process."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_in_process import run_cli

from reader.config import REPO_ROOT
from reader.corpus.metadata import set_furniture
from reader.glossary.entries import GlossaryEntry, Variant
from reader.glossary.formats import export_entries

ARTICLE = "004_5eb83673b1bc0057"  # names Sadyr Japarov; its Kyrgyz drafts too
NEW_NAME = "Ulanbek Kydyrmyshev"
# The store's tables that hold what was computed, with the columns that are not times.
TABLES = {
    "index_articles": "article_id, content_hash, lang, title, byline, outlet, date",
    "index_paragraphs": "*",
    "index_sentences": "*",
    "index_name_mentions": "*",
    "check_versions": "*",
    "check_findings": "*",
    "check_glossary": "*",
    "index_name_summaries": "*",
    "index_versions": "version_id, rules_hash",
    "index_version_mentions": "*",
}


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(REPO_ROOT / "translations" / f"{ARTICLE}.ky.json", folder)
    monkeypatch.setenv("READER_TRANSLATIONS", str(folder))
    return folder


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    entries = [
        GlossaryEntry(
            [
                Variant("en", "Sadyr Japarov", "preferred"),
                Variant("en", "Japarov", "admitted"),
                Variant("ky", "Садыр Жапаров", "preferred"),
                Variant("ky", "Жапаров", "admitted"),
                Variant("ky", "Джапаров", "deprecated"),
            ]
        ),
        GlossaryEntry([Variant("en", "Kyrgyzstan", "preferred"), Variant("ky", "Кыргызстан")]),
    ]
    path = tmp_path / "glossary.json"
    path.write_bytes(export_entries(entries, "json"))
    return path


def cli(data: Path, *args: str) -> str:
    """stdout of `python -m reader --data DATA ARGS` (stderr on failure)."""
    done = run_cli("--data", str(data), *args, text=True)
    assert done.returncode in (0, 1), done.stderr  # `check` exits 1 on findings
    return done.stdout + done.stderr


def indexed(data: Path, glossary: Path) -> None:
    """An index of the corpus as it is, from nothing, with the glossary imported."""
    cli(data, "index")
    cli(data, "glossary", "import", str(glossary), "--reviewer", "lead")


def outputs(data: Path) -> tuple[str, str]:
    return cli(data, "check", "--json"), cli(data, "names", "--json")


def rows(data: Path, content_only: bool = False) -> dict[str, list[tuple]]:
    """Every row of `TABLES`; with `content_only`, the findings of the heads of content
    sentences only (those of a sentence made furniture are kept, never read)."""
    where = {}
    if content_only:
        where = {
            table: """ WHERE version_id IN (
                SELECT v.id FROM translation_versions v JOIN index_sentences s
                  ON s.article_id = v.article_id AND s.sentence_id = v.sentence_id
                WHERE s.furniture = 0)"""
            for table in ("check_versions", "check_findings")
        }
    with sqlite3.connect(data / "reader.sqlite3") as conn:
        return {
            table: sorted(conn.execute(f"SELECT {columns} FROM {table}{where.get(table, '')}"))
            for table, columns in TABLES.items()
        }


def same_as_from_nothing(
    data: Path, fresh: Path, glossary: Path, content_only: bool = False
) -> None:
    indexed(fresh, glossary)
    assert outputs(data) == outputs(fresh)
    assert rows(data, content_only) == rows(fresh, content_only)


def insert(path: Path, paragraph: str) -> None:
    """A paragraph near the top (at the end it would follow the page's furniture)."""
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(2, paragraph)
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def test_an_inserted_paragraph_checks_nothing_again(
    tmp_path: Path, corpus_dir: Path, translations: Path, glossary: Path, identified: list[str]
):
    data = tmp_path / "data"
    indexed(data, glossary)
    assert ARTICLE in cli(data, "check", "--json")  # findings to carry over
    insert(corpus_dir / f"{ARTICLE}.txt", f"{NEW_NAME} met the delegation.")
    identified.clear()
    edited = cli(data, "index")
    assert "1 indexed, 4 unchanged" in edited
    assert "findings of 0 translation version(s) checked" in edited
    assert "names of 1 article(s) summarized" in edited
    assert identified == []
    assert NEW_NAME in cli(data, "names", "--json")
    same_as_from_nothing(data, tmp_path / "fresh", glossary)


def test_an_edited_sentence_is_checked_again_and_the_others_are_not(
    tmp_path: Path, corpus_dir: Path, translations: Path, glossary: Path
):
    data = tmp_path / "data"
    indexed(data, glossary)
    path = corpus_dir / f"{ARTICLE}.txt"  # the sentence keeps its id (spaces), not its text
    path.write_text(path.read_text(encoding="utf-8").replace("Sadyr Japarov", "Sadyr  Japarov", 1))
    edited = cli(data, "index")
    assert "findings of 1 translation version(s) checked" in edited
    same_as_from_nothing(data, tmp_path / "fresh", glossary)


def test_a_sentence_made_furniture_and_content_again_is_checked_again(
    tmp_path: Path, corpus_dir: Path, translations: Path, glossary: Path
):
    data = tmp_path / "data"
    indexed(data, glossary)
    path = corpus_dir / f"{ARTICLE}.txt"
    paragraph = next(p for p in path.read_text(encoding="utf-8").split("\n\n") if "NGO" in p)
    set_furniture(path, paragraph.strip(), True)
    assert "findings of 0 translation version(s) checked" in cli(data, "index")
    same_as_from_nothing(data, tmp_path / "fresh", glossary, content_only=True)
    set_furniture(path, paragraph.strip(), False)
    again = cli(data, "index")
    assert "findings of 0 translation version(s) checked" not in again
    same_as_from_nothing(data, tmp_path / "fresh again", glossary)


def test_a_deleted_article_leaves_no_finding_name_or_row(
    tmp_path: Path, corpus_dir: Path, translations: Path, glossary: Path
):
    data = tmp_path / "data"
    insert(corpus_dir / f"{ARTICLE}.txt", f"{NEW_NAME} met the delegation.")
    indexed(data, glossary)
    assert NEW_NAME in cli(data, "names", "--json")
    (corpus_dir / f"{ARTICLE}.txt").unlink()
    (corpus_dir / f"{ARTICLE}.meta.json").unlink()
    assert "1 removed" in cli(data, "index")
    checked, names = outputs(data)
    assert ARTICLE not in checked and ARTICLE not in names and NEW_NAME not in names
    fresh = tmp_path / "fresh"
    indexed(fresh, glossary)
    assert outputs(data) == outputs(fresh)
    computed = rows(data)
    assert not any(ARTICLE in repr(row) for row in computed["index_name_summaries"])
    assert computed["index_articles"] == rows(fresh)["index_articles"]
