"""The `names` listing kept in the store: answered from one row while nothing it depends on
changed, listed anew after a new version, an edited article or other rules."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_copies import workspace_on_copy

from reader import stamps
from reader import workspace as workspace_module
from reader.config import REPO_ROOT
from reader.corpus.metadata import set_furniture
from reader.names import variants
from reader.names.variants import (
    GROUPED_BY,
    LISTED_BY,
    corpus_groups,
    corpus_listing,
    listing_state,
)
from reader.workspace import Workspace

ARTICLE = "003_3eaa36a4e0c2b786"
SEED_CORPUS = REPO_ROOT / "corpus"
PLANTED = '"planted"'  # stored under the current state: served only while nothing changed


@pytest.fixture(scope="module")
def listed_store(tmp_path_factory: pytest.TempPathFactory, indexed_store: Path) -> Path:
    """A store where the article was listed once (its drafts imported, their names indexed
    and grouped), built once for the module."""
    data = tmp_path_factory.mktemp("listed") / "data"
    with workspace_on_copy(indexed_store, data, SEED_CORPUS) as ws:
        _listing(ws)
    return data / "reader.sqlite3"


@pytest.fixture
def ws(data_dir: Path, listed_store: Path, corpus_dir: Path) -> Iterator[Workspace]:
    with workspace_on_copy(listed_store, data_dir, corpus_dir) as ws:
        yield ws


def _listing(ws: Workspace) -> str:
    """What `names ARTICLE` prints."""
    return corpus_listing(ws, [ARTICLE])


def _plant(ws: Workspace) -> None:
    ws.name_listings.put(listing_state(ws, [(ARTICLE, ws.article_hashes()[ARTICLE])]), PLANTED)


def _written(listing: str) -> set[str]:
    """Every name as written in the texts."""
    return {w for g in json.loads(listing) for f in g["forms"] for w in f["written"]}


def test_the_listing_is_the_groups_as_json_and_is_answered_from_the_store(ws: Workspace):
    listing = _listing(ws)
    groups = corpus_groups(ws, [ws.article(ARTICLE)])
    assert listing == variants.listing_text(groups)
    assert json.loads(listing) == [g.as_dict() for g in groups]
    assert _listing(ws) == listing
    _plant(ws)
    assert _listing(ws) == PLANTED


def test_a_new_version_lists_anew(ws: Workspace):
    _listing(ws)
    _plant(ws)
    heads = ws.translations.heads("ky", [ARTICLE])[ARTICLE]
    head = next(h for h in heads.values() if "Боронов" in h.text)
    text = head.text.replace("Боронов", "Борунов")
    ws.translations.save(ARTICLE, head.sentence_id, "ky", text, author="t", base_id=head.id)
    listing = _listing(ws)
    assert listing != PLANTED
    assert "Кубатбек Борунов" in _written(listing)


def test_an_edited_article_or_a_furniture_mark_lists_anew(ws: Workspace, corpus_dir: Path):
    _listing(ws)
    _plant(ws)
    path = corpus_dir / f"{ARTICLE}.txt"
    added = "Roza Otunbayeva spoke."
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(2, added)  # before the page furniture at the end
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    listing = _listing(ws)
    assert listing != PLANTED
    assert "Roza Otunbayeva" in _written(listing)
    _plant(ws)
    caption = "Protester near the parliament building in Bishkek. Abylai Saralayev / TASS"
    assert caption in paragraphs
    set_furniture(path, caption, True)
    listing = _listing(ws)
    assert listing != PLANTED
    assert "Abylai Saralayev" not in _written(listing)


def test_other_rules_list_anew(ws: Workspace, monkeypatch: pytest.MonkeyPatch):
    listing = _listing(ws)
    _plant(ws)
    monkeypatch.setattr(variants, "listing_rules", lambda: "other rules")
    assert _listing(ws) == listing
    _plant(ws)
    monkeypatch.setattr(workspace_module, "rules_hash", lambda lang: f"other {lang} rules")
    assert _listing(ws) == listing


def test_grouping_is_kept_across_edits_of_what_it_does_not_depend_on():
    grouping = {str(p.relative_to(REPO_ROOT)) for p in stamps.files(GROUPED_BY)}
    listing = {str(p.relative_to(REPO_ROOT)) for p in stamps.files(LISTED_BY)}
    assert {"reader/names/grouping.py", "reader/names/folding.json"} <= grouping
    assert {"reader/lang/ru/morphology.py", "reader/lang/ky/suffixes.json"} <= grouping
    assert not {"reader/names/evidence.py", "reader/names/variants.py"} & grouping
    assert grouping | {"reader/names/evidence.py", "reader/names/variants.py"} <= listing


def test_the_newest_listing_of_all_articles_and_of_a_selection_are_kept(ws: Workspace):
    for n in range(3):
        ws.name_listings.put(f"all {n}", f"[{n}]")
        ws.name_listings.put(f"some {n}", f"[-{n}]", whole=False)
    kept = [
        s
        for s in ("all 0", "all 1", "all 2", "some 0", "some 1", "some 2")
        if ws.name_listings.get(s) is not None
    ]
    assert kept == ["all 2", "some 2"]
    newest = ws.name_listings.newest_whole()
    assert newest is not None and newest.text == "[2]"
