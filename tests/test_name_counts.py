"""The counts the last listing of all names was merged from, kept in the store: the listing
after articles are added, changed or removed (texts and translations) subtracts their kept
parts and adds their new summaries, and gives what listing every article anew gives, field by
field (counts, spellings, evidence with its Dice and G2, examples, order). Counts that are
not of the current articles, or not readable, are listed anew from every summary."""

from __future__ import annotations

import json
import marshal
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_copies import workspace_on_copy

from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import add_article
from reader.names import merge, variants
from reader.names.merge import MergeCounts
from reader.names.variants import (
    VariantGroup,
    corpus_groups,
    corpus_listing,
    listing_text,
    update_summaries,
)
from reader.workspace import Workspace

SEED_CORPUS = REPO_ROOT / "corpus"
ARTICLES = ("001_a6ffd922c2656101", "003_3eaa36a4e0c2b786")  # translated into Kyrgyz


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory, indexed_store: Path, kyrgyz: Path) -> Path:
    """A store with every article summarized and listed, its counts kept, built once."""
    data = tmp_path_factory.mktemp("counted") / "data"
    with workspace_on_copy(indexed_store, data, SEED_CORPUS, kyrgyz) as ws:
        ws.sync_many_translation_files(ws.article_hashes())
        update_summaries(ws, ws.article_hashes())
        corpus_listing(ws)
        assert _kept(ws) is not None
    return data / "reader.sqlite3"


@pytest.fixture
def ws(data_dir: Path, corpus_dir: Path, listed: Path, kyrgyz: Path) -> Iterator[Workspace]:
    with workspace_on_copy(listed, data_dir, corpus_dir, kyrgyz) as ws:
        yield ws


def _kept(ws: Workspace) -> MergeCounts | None:
    data = ws.name_counts.get(variants.counts_rules())
    return None if data is None else MergeCounts.from_bytes(data)


def _listed(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[tuple]]:
    """The listing of every article as `names` makes it, and how its counts were made:
    ("update", articles subtracted, summaries added) or ("all", articles counted)."""
    made: list[tuple] = []
    update, of = MergeCounts.update, MergeCounts.of.__func__

    def updated(self: MergeCounts, gone, summaries, keys) -> None:
        made.append(("update", sorted(gone), sorted(s.article_id for s in summaries)))
        update(self, gone, summaries, keys)

    def counted_all(cls: type, summaries, keys=None) -> MergeCounts:
        summaries = list(summaries)  # read one at a time by a listing
        made.append(("all", len(summaries)))
        return of(cls, summaries, keys)

    with monkeypatch.context() as patch:
        patch.setattr(MergeCounts, "update", updated)
        patch.setattr(MergeCounts, "of", classmethod(counted_all))
        listing = corpus_listing(ws)
    return listing, made


def _news(name: str) -> bytes:
    """A short English article naming `name`."""
    text = f"{name} in Bishkek\n\n{name} met Kubatbek Boronov in Bishkek on Tuesday, and the two"
    return (text + " spoke about the elections and the protests that followed them.\n").encode()


def _from_scratch(ws: Workspace) -> str:
    """The listing made from every mention, nothing kept."""
    return listing_text(corpus_groups(ws, ws.corpus().articles))


def _same(listing: str, ws: Workspace) -> None:
    """The listing is the one made anew, group by group and field by field."""
    expected = _from_scratch(ws)
    got, wanted = json.loads(listing), json.loads(expected)
    assert [g["key"] for g in got] == [g["key"] for g in wanted]  # the order
    for mine, theirs in zip(got, wanted, strict=True):
        for name in theirs:
            assert mine[name] == theirs[name], (theirs["label"], name)
    assert listing == expected


def _links(listing: str) -> dict[tuple[str, str], tuple]:
    return {
        (link["source"], link["target"]): (link["sentences"], link["dice"], link["g2"])
        for g in json.loads(listing)
        for f in g["forms"]
        for link in f["evidence"]
    }


def _rewrite_ky(ws: Workspace, article: str, naming: str, text: str) -> None:
    """The Kyrgyz translation of the article's sentence naming `naming` replaced by `text`."""
    heads = ws.translations.heads("ky", [article])[article]
    head = next(h for h in heads.values() if naming in h.text)
    ws.translations.save(article, head.sentence_id, "ky", text, author="t", base_id=head.id)


def _check(made: list[tuple], expected: tuple, rewritten: str) -> None:
    """How the counts were made: as `expected` if they are stored at every listing, else
    from the counts first kept (`rewritten`: "update" or "all", more articles changed)."""
    if rewritten == "each time":
        assert made == [expected]
    else:
        assert [how for how, *_ in made] == [rewritten]


@pytest.mark.parametrize("rewritten", [True, False], ids=["stored each time", "stored once"])
def test_added_changed_and_removed_articles_are_counted_as_listing_anew_counts(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, rewritten: bool
):
    monkeypatch.setattr(variants, "REWRITE_COUNTS", 0.0 if rewritten else 1.0)
    before = corpus_listing(ws)
    # an article between two others, naming a bare surname two full names share
    text = (
        b"Japarov in Bishkek\n\nAkylbek Japarov met Sadyr Japarov and Kubatbek Boronov. "
        b"Japarov said so in Moscow.\n"
    )
    add_article(corpus_dir, "003_added.txt", text)
    listing, made = _listed(ws, monkeypatch)
    _check(made, ("update", [], ["003_added"]), "each time" if rewritten else "update")
    assert any(g["ambiguous"] for g in json.loads(listing))
    _same(listing, ws)

    # a translation naming nobody any more: one aligned Kyrgyz sentence less, so every
    # Kyrgyz link's G2 changes
    _rewrite_ky(ws, ARTICLES[1], "Боронов", "Ал кызматтан кетти.")
    listing, made = _listed(ws, monkeypatch)
    _check(made, ("update", [ARTICLES[1]], [ARTICLES[1]]), "each time" if rewritten else "update")
    assert _links(listing) != _links(before)
    _same(listing, ws)

    # an article's text changed, another removed
    path = corpus_dir / f"{ARTICLES[0]}.txt"
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(2, "Roza Otunbayeva met Sadyr Japarov in Moscow.")
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    (corpus_dir / "000_5e72744402d0f544.txt").unlink()
    listing, made = _listed(ws, monkeypatch)
    gone = ["000_5e72744402d0f544", ARTICLES[0]]
    _check(made, ("update", gone, [ARTICLES[0]]), "each time" if rewritten else "all")
    _same(listing, ws)

    # the added article removed again: the counts are those of the articles counted anew
    (corpus_dir / "003_added.txt").unlink()
    listing, made = _listed(ws, monkeypatch)
    _check(made, ("update", ["003_added"], []), "each time" if rewritten else "update")
    _same(listing, ws)
    if not rewritten:
        return
    kept = _kept(ws)
    assert kept is not None
    summaries = variants.article_summaries(ws, ws.article_hashes())
    anew = MergeCounts.of(summaries, kept.articles)
    assert list(kept.articles.items()) == list(anew.articles.items())
    assert kept.names == anew.names
    assert kept.sentences == anew.sentences
    assert kept.pairs == anew.pairs
    assert {i: kept.rows(i) for i in kept.sentence_rows} == anew.sentence_rows


def test_a_translation_of_an_untranslated_article_adds_a_language_pair(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(variants, "REWRITE_COUNTS", 0.0)
    article = "002_53b66d5e05b30e36"
    kept = _kept(ws)
    assert kept is not None and "ru" not in kept.pairs
    sentence = ws.source_mentions([ws.article(article)])[article][0][0]  # naming someone
    text = "Садыр Жапаров прибыл в Москву."
    ws.translations.save(article, sentence, "ru", text, author="t", base_id=None)
    listing, made = _listed(ws, monkeypatch)
    assert made == [("update", [article], [article])]
    _same(listing, ws)
    kept = _kept(ws)
    assert kept is not None and "ru" in kept.pairs


@pytest.mark.parametrize(
    "kept",
    [
        b"not counts",
        marshal.dumps([1, 2]),
        marshal.dumps([{}] * 7),
        marshal.dumps([[]] * 7),
        marshal.dumps([{}] * 7)[:-3],  # cut short
        "[[], [], [], [], [], []]",  # JSON, as counts were kept before
    ],
)
def test_unreadable_counts_are_counted_anew(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, kept: bytes | str
):
    ws.name_counts.put(variants.counts_rules(), kept)
    add_article(corpus_dir, "fresh.txt", _news("Akylbek Japarov"))
    listing, made = _listed(ws, monkeypatch)
    assert made[-1] == ("all", len(ws.article_hashes()))
    _same(listing, ws)
    assert _kept(ws) is not None


def test_counts_of_other_articles_in_another_order_are_counted_anew(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    kept = _kept(ws)
    assert kept is not None
    kept.articles = dict(reversed(kept.articles.items()))
    ws.name_counts.put(variants.counts_rules(), kept.to_bytes())
    add_article(corpus_dir, "fresh.txt", _news("Roza Otunbayeva"))
    listing, made = _listed(ws, monkeypatch)
    assert made[-1] == ("all", len(ws.article_hashes()))
    _same(listing, ws)


def test_many_changed_articles_are_counted_anew(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    for n in range(6):  # of 11
        add_article(corpus_dir, f"fresh{n}.txt", _news(f"Roza Otunbayeva{'s' * n}"))
    listing, made = _listed(ws, monkeypatch)
    assert made == [("all", len(ws.article_hashes()))]
    _same(listing, ws)


def test_kept_links_of_another_shape_are_counted_anew(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    kept = _kept(ws)
    assert kept is not None and kept.links["ky"]
    kept.links["ky"] = [("Bishkek", "Бишкек")]
    ws.name_counts.put(variants.counts_rules(), kept.to_bytes())
    add_article(corpus_dir, "fresh.txt", _news("Roza Otunbayeva"))
    listing, made = _listed(ws, monkeypatch)
    assert made[-1] == ("all", len(ws.article_hashes()))
    _same(listing, ws)


@pytest.mark.parametrize("rewritten", [True, False], ids=["stored each time", "stored once"])
def test_links_are_scored_again_only_for_a_language_whose_pairs_changed(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, rewritten: bool
):
    monkeypatch.setattr(variants, "REWRITE_COUNTS", 0.0 if rewritten else 1.0)
    scored: list[str] = []
    score = merge.best_of_counted

    def scoring(counted: list) -> list:
        scored.extend(lang for lang, _, _ in counted)
        return score(counted)

    monkeypatch.setattr(merge, "best_of_counted", scoring)
    # an English article, and a copy of a translated one (its sentences' ids, wire copy)
    add_article(corpus_dir, "fresh.txt", _news("Roza Otunbayeva"))
    copied = (corpus_dir / f"{ARTICLES[1]}.txt").read_bytes()
    add_article(corpus_dir, "copied.txt", copied)
    listing, made = _listed(ws, monkeypatch)
    assert made[-1][0] == "update" and scored == []
    assert _links(listing)
    _same(listing, ws)  # listing anew scores every language

    scored.clear()
    _rewrite_ky(ws, ARTICLES[1], "Боронов", "Ал кызматтан кетти.")
    listing, made = _listed(ws, monkeypatch)
    assert made[-1][0] == "update" and scored == ["ky"]
    _same(listing, ws)


def test_the_groups_listed_are_those_read_back_from_the_listing(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    add_article(corpus_dir, "fresh.txt", _news("Akylbek Japarov"))
    with monkeypatch.context() as patch:
        patch.setattr(variants, "_read_listing", None)  # listed now: nothing read back
        groups = variants.listed_groups(ws)
    assert any(f.evidence for g in groups for f in g.forms)
    stored = ws.name_listings.newest_whole()
    assert stored is not None
    assert groups == [VariantGroup.from_dict(g) for g in json.loads(stored.text)]
    assert variants.listed_groups(ws) == groups  # read back
    assert listing_text(groups) == stored.text


def _taking_again(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The names of each group a listing takes again from the kept counts, as it does."""
    taken: list[tuple[str, ...]] = []
    take = variants._group_again

    def again(key: str, kept: list, evidence: dict, text: object) -> VariantGroup:
        taken.append(tuple(kept[1]))
        return take(key, kept, evidence, text)

    monkeypatch.setattr(variants, "_group_again", again)
    return taken


def _lemmas(ws: Workspace, article: str) -> set[str]:
    """The names the article's current summary holds (English and translations)."""
    hashes = ws.article_hashes()
    (summary,) = variants.article_summaries(ws, {article: hashes[article]})
    return {name[0] for name in summary.names}


@pytest.mark.parametrize("rewritten", [True, False], ids=["stored each time", "stored once"])
def test_groups_none_of_whose_names_changed_are_taken_again_the_others_made_anew(
    ws: Workspace, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, rewritten: bool
):
    monkeypatch.setattr(variants, "REWRITE_COUNTS", 0.0 if rewritten else 1.0)
    taken = _taking_again(monkeypatch)
    before = _lemmas(ws, ARTICLES[1])
    _rewrite_ky(ws, ARTICLES[1], "Боронов", "Ал кызматтан кетти.")
    listing, made = _listed(ws, monkeypatch)
    assert made == [("update", [ARTICLES[1]], [ARTICLES[1]])]
    _same(listing, ws)
    edited = before | _lemmas(ws, ARTICLES[1])
    assert "Боронов" in before
    assert taken and not any(edited.intersection(names) for names in taken)
    assert len(taken) < len(json.loads(listing))

    # the English of another article edited, then put back as it was: with the counts
    # stored once, the groups taken again are those of the counts kept, still of its text
    path = corpus_dir / f"{ARTICLES[0]}.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Bishkek", "Osh", 1), encoding="utf-8")
    taken.clear()
    listing, _ = _listed(ws, monkeypatch)
    assert not any({"Osh", "Bishkek"}.intersection(names) for names in taken)
    _same(listing, ws)
    path.write_text(text, encoding="utf-8")
    listing, _ = _listed(ws, monkeypatch)
    _same(listing, ws)


def test_a_second_writers_edit_is_listed_by_the_first(
    ws: Workspace, data_dir: Path, corpus_dir: Path, kyrgyz: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(variants, "REWRITE_COUNTS", 1.0)  # the counts first kept, taken again
    taken = _taking_again(monkeypatch)
    before = corpus_listing(ws)
    with Workspace(resolve_paths(data=data_dir, corpus=corpus_dir, translations=kyrgyz)) as other:
        _rewrite_ky(other, ARTICLES[1], "Боронов", "Ал кызматтан кетти.")
        add_article(corpus_dir, "fresh.txt", _news("Roza Otunbayeva"))
    listing, made = _listed(ws, monkeypatch)
    assert made == [("update", [ARTICLES[1]], [ARTICLES[1], "fresh"])]
    assert taken and listing != before
    assert "Otunbayeva" in listing
    _same(listing, ws)
    # the second writer's edit listed by the second writer: the first reads that listing
    with Workspace(resolve_paths(data=data_dir, corpus=corpus_dir, translations=kyrgyz)) as other:
        (corpus_dir / "fresh.txt").unlink()
        theirs = corpus_listing(other)
    assert "Otunbayeva" not in theirs
    assert corpus_listing(ws) == theirs
    _same(theirs, ws)
