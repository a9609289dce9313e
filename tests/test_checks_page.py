"""The Checks page: findings listed per glossary entry, fixed one by one or all at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.checks import check
from reader.config import REPO_ROOT, resolve_paths
from reader.glossary import GlossaryEntry, Variant
from reader.workspace import Workspace

ARTICLE = "004_5eb83673b1bc0057"


@pytest.fixture
def ws(indexed_data_dir: Path, corpus_dir: Path) -> Workspace:
    for path in corpus_dir.glob("*.txt"):  # one article keeps the page quick
        if not path.name.startswith(ARTICLE):
            path.unlink()
    workspace = Workspace(resolve_paths(data=indexed_data_dir, corpus=corpus_dir))
    workspace.sync_translation_files(workspace.corpus().get(ARTICLE))  # drafts before glossary
    workspace.glossary.create(
        GlossaryEntry(
            [
                Variant("en", "Sadyr Japarov", "preferred"),
                Variant("en", "Japarov", "admitted"),
                Variant("ru", "Садыр Жапаров", "preferred"),
                Variant("ru", "Джапаров", "deprecated"),
                Variant("ky", "Садыр Жапаров", "preferred"),
                Variant("ky", "Джапаров", "deprecated"),
            ]
        ),
        "Aida",
    )
    return workspace


def _page(reviewer: str | None = "Bakyt") -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    if reviewer:
        at.sidebar.text_input(key="reviewer").input(reviewer).run()
    at.switch_page("app/checks.py").run()
    assert not at.exception
    return at


def test_findings_are_listed_with_the_deprecated_word_marked(ws):
    before = check(ws)
    assert before
    at = _page()
    assert at.title[0].value == "Checks"
    assert at.metric[0].value == str(len(before))
    page = "\n".join(m.value for m in at.markdown)
    assert '<mark class="term-deprecated">Джапаров' in page


def test_one_fix_changes_one_sentence_under_the_reviewers_name(ws):
    before = check(ws)
    first = before[0]
    at = _page()
    single = next(b for b in at.button if b.key and b.key.startswith(f"fix:{first.article_id}"))
    single.click().run()
    assert any("fixed 1" in s.value for s in at.success)
    after = check(ws)
    assert len(after) == len(before) - 1
    changed = {(f.sentence_id, f.lang) for f in before} - {(f.sentence_id, f.lang) for f in after}
    [(sid, lang)] = changed
    head = ws.translations.head(ARTICLE, sid, lang)
    assert (head.author, head.status) == ("Bakyt", "edited")
    assert "Жапаров" in head.text and "Джапаров" not in head.text


def test_fix_all_for_an_entry_leaves_no_deprecated_forms(ws):
    at = _page()
    entry_button = next(b for b in at.button if b.key and b.key.startswith("fix:entry:"))
    entry_button.click().run()
    assert not at.exception
    assert [f for f in check(ws) if f.kind == "deprecated"] == []
    assert any(s.value.startswith("fixed ") for s in at.success)


def test_fixing_needs_a_reviewer_name(ws):
    at = _page(reviewer=None)
    assert at.button(key="fix:all").disabled


def test_the_reads_of_the_page_do_not_grow_with_the_archive(
    indexed_data_dir, corpus_dir, sql_statements
):
    """The recorded stamps of the translation files were read with a query per article (and a
    cached call per article on every run), and every click read the head of every sentence
    of the archive again: now the stamps in one query, and no head on a click that changes
    nothing."""
    for path in sorted(corpus_dir.glob("*.txt"))[2:]:  # two articles are enough to count
        path.unlink()
    at = AppTest.from_file(str(REPO_ROOT / "app" / "checks.py"), default_timeout=120).run()
    assert not at.exception
    stamps = "SELECT path, size, mtime_ns FROM imported_files"
    assert len([s for s in sql_statements if stamps in s]) == 1
    sql_statements.clear()
    at.toggle(key="checks:show-dismissed").set_value(True).run()
    assert not at.exception
    assert at.subheader[0].value == "Dismissed"
    assert not [s for s in sql_statements if "FROM translation_versions WHERE lang =" in s]


def test_the_first_run_reads_stored_findings_without_building_the_articles(ws, sql_statements):
    """The page built every article of the corpus (paragraphs and sentences of each) to
    list the stored findings of their heads; now the index's outlines tell which stored
    findings are current, and no article is built nor any head checked again."""
    expected = check(ws, ws.corpus().articles)  # stores the findings of every head
    sql_statements.clear()
    at = AppTest.from_file(str(REPO_ROOT / "app" / "checks.py"), default_timeout=120).run()
    assert not at.exception
    assert not [s for s in sql_statements if "FROM index_paragraphs" in s]
    assert not [s for s in sql_statements if "SELECT id, text FROM translation_versions" in s]
    assert at.metric[0].value == str(len(expected)) and expected
