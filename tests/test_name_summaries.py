"""The `names` listing merged from per-article summaries kept in the store: after an edit,
an added or removed article or a new translation version, only the articles that changed are
summarized again, and the listing is the one made from every mention anew."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_copies import workspace_on_copy

from reader.config import REPO_ROOT
from reader.corpus import add_article
from reader.names import variants
from reader.names.variants import (
    corpus_groups,
    corpus_listing,
    listing_text,
    relisting_is_quick,
    summaries_to_make,
    update_summaries,
)
from reader.store.db import transaction
from reader.workspace import Workspace

SEED_CORPUS = REPO_ROOT / "corpus"
ARTICLES = ("001_a6ffd922c2656101", "003_3eaa36a4e0c2b786")  # Japarov and Zhaparov both


@pytest.fixture(scope="module")
def summarized(tmp_path_factory: pytest.TempPathFactory, indexed_store: Path, kyrgyz: Path) -> Path:
    """A store with every article summarized (as `index` leaves it) and listed, built once."""
    data = tmp_path_factory.mktemp("summarized") / "data"
    with workspace_on_copy(indexed_store, data, SEED_CORPUS, kyrgyz) as ws:
        ws.sync_many_translation_files(ws.article_hashes())
        assert update_summaries(ws, ws.article_hashes()) == len(ws.article_hashes())
        corpus_listing(ws)  # its names grouped and kept
    return data / "reader.sqlite3"


@pytest.fixture
def ws(data_dir: Path, corpus_dir: Path, summarized: Path, kyrgyz: Path) -> Iterator[Workspace]:
    with workspace_on_copy(summarized, data_dir, corpus_dir, kyrgyz) as ws:
        yield ws


def _listed(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[str]]:
    """The listing of every article as `names` makes it, and the articles it summarized."""
    made: list[str] = []
    summarize = variants.summarize

    def counted(article_id: str, *args: object) -> object:
        made.append(article_id)
        return summarize(article_id, *args)

    with monkeypatch.context() as patch:
        patch.setattr(variants, "summarize", counted)
        listing = corpus_listing(ws)
    return listing, made


def _from_scratch(ws: Workspace) -> str:
    """The listing made from every mention, nothing kept."""
    return listing_text(corpus_groups(ws, ws.corpus().articles))


def test_nothing_changed_summarizes_nothing(ws: Workspace, monkeypatch: pytest.MonkeyPatch):
    listing, made = _listed(ws, monkeypatch)
    assert made == []
    assert listing == _from_scratch(ws)
    assert "Жапаров" in listing


def test_an_edited_article_alone_is_summarized_again(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    path = corpus_dir / f"{ARTICLES[0]}.txt"
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(2, "Roza Otunbayeva met Sadyr Japarov in Moscow.")
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    listing, made = _listed(ws, monkeypatch)
    assert made == [ARTICLES[0]]
    assert "Roza Otunbayeva" in listing
    assert listing == _from_scratch(ws)


def test_an_added_or_removed_article(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    text = b"Japarov in Bishkek\n\nAkylbek Japarov met Kubatbek Boronov. Japarov said so.\n"
    add_article(corpus_dir, "fresh.txt", text)
    listing, made = _listed(ws, monkeypatch)
    assert made == ["fresh"]
    assert listing == _from_scratch(ws)
    (corpus_dir / f"{ARTICLES[1]}.txt").unlink()
    listing, made = _listed(ws, monkeypatch)
    assert made == []
    assert listing == _from_scratch(ws)


def test_a_new_translation_version_with_a_new_name(ws: Workspace, monkeypatch: pytest.MonkeyPatch):
    article = ARTICLES[1]
    head = next(h for h in ws.translations.heads("ky", [article])[article].values() if h.text)
    text = f"{head.text} Жээнбек Кулубаев да келди."
    ws.translations.save(article, head.sentence_id, "ky", text, author="t", base_id=head.id)
    listing, made = _listed(ws, monkeypatch)
    assert made == [article]
    assert "Жээнбек Кулубаев" in listing
    assert listing == _from_scratch(ws)


def test_relisting_is_quick_with_few_summaries_to_make_and_a_grouping_by_the_rules(
    ws: Workspace,
):
    """The Names page lists again on opening only when that takes seconds: few articles'
    summaries to make, and a set grouped by the current rules to regroup the names from."""
    assert summaries_to_make(ws) == 0 and relisting_is_quick(ws, most=0)
    article = ARTICLES[1]
    head = next(h for h in ws.translations.heads("ky", [article])[article].values() if h.text)
    ws.translations.save(
        article, head.sentence_id, "ky", f"{head.text} Ооба.", author="t", base_id=head.id
    )
    assert summaries_to_make(ws) == 1
    assert relisting_is_quick(ws, most=1) and not relisting_is_quick(ws, most=0)
    with ws.db.connection() as conn, transaction(conn):  # as after the grouping rules changed
        conn.execute("DELETE FROM index_name_groups")
    assert not relisting_is_quick(ws, most=1)
