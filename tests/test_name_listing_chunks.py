"""A listing of every article from the summaries holds little at once: summaries made and
read back a chunk of articles at a time, their strings shared, their example sentences
packed until the groups are made, the names grouped before they are counted. Each gives
what making and holding everything at once gave: the listing made from every mention anew,
also after an article is edited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_copies import workspace_on_copy

from reader.config import REPO_ROOT
from reader.names import variants
from reader.names.example_texts import ExampleTexts
from reader.names.merge import MergeCounts
from reader.names.summary import ArticleSummary
from reader.names.variants import (
    GroupedNames,
    corpus_groups,
    corpus_listing,
    keyed_group,
    listing_text,
    merged_groups,
    update_summaries,
)
from reader.store.db import transaction
from reader.workspace import Workspace

SEED_CORPUS = REPO_ROOT / "corpus"
ARTICLES = ("001_a6ffd922c2656101", "003_3eaa36a4e0c2b786")  # translated into Kyrgyz
EDITED = ARTICLES[0]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory, indexed_store: Path, kyrgyz: Path) -> Path:
    """A store with every translation file imported, nothing summarized or listed."""
    data = tmp_path_factory.mktemp("chunks") / "data"
    with workspace_on_copy(indexed_store, data, SEED_CORPUS, kyrgyz) as ws:
        ws.sync_many_translation_files(ws.article_hashes())
        _forget_names(ws)
    return data / "reader.sqlite3"


@pytest.fixture
def ws(data_dir: Path, corpus_dir: Path, indexed: Path, kyrgyz: Path) -> Iterator[Workspace]:
    with workspace_on_copy(indexed, data_dir, corpus_dir, kyrgyz) as ws:
        yield ws


def _forget_names(ws: Workspace) -> None:
    """No summary, counts, listing or grouping kept: the next listing makes everything."""
    tables = ("summaries", "counts", "listings", "groups")
    with ws.db.connection() as conn, transaction(conn):
        for table in tables:
            conn.execute(f"DELETE FROM index_name_{table}")


def _from_scratch(ws: Workspace) -> str:
    return listing_text(corpus_groups(ws, ws.corpus().articles))


def _summaries(ws: Workspace) -> dict[str, tuple[str, str]]:
    return ws.name_summaries.get(ws.article_hashes())


def test_summaries_made_a_chunk_at_a_time_are_those_made_at_once(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
):
    hashes = ws.article_hashes()
    assert update_summaries(ws, hashes) == len(hashes)
    at_once = _summaries(ws)
    _forget_names(ws)
    monkeypatch.setattr(variants, "_CHUNK", 1)
    assert update_summaries(ws, hashes) == len(hashes)
    assert _summaries(ws) == at_once


@pytest.mark.parametrize("summarized", [True, False], ids=["by index", "by the listing"])
def test_a_listing_read_a_summary_at_a_time_is_the_listing_made_anew(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, summarized: bool
):
    monkeypatch.setattr(variants, "_CHUNK", 1)
    if summarized:
        update_summaries(ws, ws.article_hashes())
    assert corpus_listing(ws) == _from_scratch(ws)

    path = corpus_dir / f"{EDITED}.txt"
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(2, "Roza Otunbayeva met Sadyr Japarov in Moscow.")
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    with ws.db.connection() as conn, transaction(conn):  # listed from the summaries again
        conn.execute("DELETE FROM index_name_counts")
    listing = corpus_listing(ws)
    assert "Roza Otunbayeva" in listing
    assert listing == _from_scratch(ws)


def test_summaries_read_with_shared_strings_are_the_same(ws: Workspace):
    update_summaries(ws, ws.article_hashes())
    strings: dict[str, str] = {}
    rows = [summary for _, summary in _summaries(ws).values()]
    shared = [ArticleSummary.from_json(row, strings) for row in rows]
    assert shared == [ArticleSummary.from_json(row) for row in rows]
    lemmas = [name[0] for summary in shared for name in summary.names]
    named = [
        lemma for s in shared for i in range(2, len(s.sentences), 3) for lemma in s.sentences[i]
    ]
    assert all(strings[lemma] is lemma for lemma in lemmas + named)


def test_example_texts_are_each_summarys_and_an_articles_newest(ws: Workspace):
    update_summaries(ws, ws.article_hashes())
    summaries = [ArticleSummary.from_json(summary) for _, summary in _summaries(ws).values()]
    texts = ExampleTexts()
    for summary in summaries:
        texts.add(summary)
    wanted = {
        (s.article_id, s.sentence_ids[s.texts[i]], s.texts[i + 1]): s.texts[i + 2]
        for s in summaries
        for i in range(0, len(s.texts), 3)
    }
    missing = (summaries[0].article_id, "no such sentence", "ru")
    assert texts.texts([*reversed(wanted), missing]) == {**wanted, missing: ""}
    first = summaries[0]
    sentence_id, lang = first.sentence_ids[first.texts[0]], first.texts[1]
    edited = ArticleSummary(first.article_id, first.sentence_ids, [], [], [0, lang, "Edited."])
    texts.add(edited)  # the article summarized again: its texts now, never the old ones
    now = texts.texts([(first.article_id, first.sentence_ids[0], lang)])
    assert list(now.values()) == ["Edited."]
    if sentence_id != first.sentence_ids[0]:
        assert texts.texts([(first.article_id, sentence_id, lang)]) == {
            (first.article_id, sentence_id, lang): ""
        }


def test_names_grouped_before_counting_are_taken_only_if_they_are_the_names_counted(
    ws: Workspace,
):
    update_summaries(ws, ws.article_hashes())
    summaries = [ArticleSummary.from_json(summary) for _, summary in _summaries(ws).values()]
    counts = MergeCounts.of(summaries)
    kinds = {lemma: counts.kind(lemma) for lemma in counts.first_mentions()}
    calls: list[list[str]] = []

    def grouper(names: list[str]) -> list:
        calls.append(names)
        return keyed_group(names)

    def merged(grouped: GroupedNames | None) -> list:
        return merged_groups(MergeCounts.of(summaries), grouper, lambda *_: "", grouped)

    whole = merged(None)
    calls.clear()
    assert merged(GroupedNames(kinds, variants.group_names_of(kinds, keyed_group))) == whole
    assert calls == []
    fewer = dict(list(kinds.items())[:-1])
    assert merged(GroupedNames(fewer, variants.group_names_of(fewer, keyed_group))) == whole
    assert len(calls) == 2  # grouped again: not the names counted
