"""Name mentions per translation version: indexed once, read by `names` instead of extracting
every translation again, with the very same groups as extracting everything."""

from __future__ import annotations

import json

import pytest

from reader.config import resolve_paths
from reader.index import versions
from reader.index.versions import rules_hash
from reader.lang import target_codes
from reader.names.decisions import corpus_texts
from reader.names.extract import (
    clear_cache,
    extract_article_mentions,
    extract_names,
    extract_names_many,
)
from reader.names.grouping import group
from reader.names.variants import (
    corpus_groups,
    group_mentions,
    grouping_key,
    keyed_group,
    stored_group,
)
from reader.store.version_mentions import IndexedVersion
from reader.workspace import Workspace

ARTICLE = "003_3eaa36a4e0c2b786"
ARTICLES = (ARTICLE, "001_a6ffd922c2656101")  # not in file order: the order of the output
# (the names tests extract the same two: in the suite their texts are in the cache)


def _edit(ws: Workspace, article_id: str, lang: str, old: str, new: str) -> int:
    """Replace `old` by `new` in the first head that has it; the new version's id."""
    heads = ws.translations.heads(lang, [article_id])[article_id]
    head = next(h for h in heads.values() if old in h.text)
    saved = ws.translations.save(
        article_id, head.sentence_id, lang, head.text.replace(old, new), author="t", base_id=head.id
    )
    return saved.version.id


def _old_groups(ws: Workspace, articles) -> list[dict]:
    """What `names` did before the index: extract every sentence and translation."""
    mentions, texts = [], {}
    for article in articles:
        translations = {}
        for lang in target_codes():
            states = ws.translations.article_states(article.id, lang)
            translations[lang] = {sid: s.head.text for sid, s in states.items() if s.head}
            texts.update({(article.id, sid, lang): t for sid, t in translations[lang].items()})
        texts.update({(article.id, s.id, "en"): s.text for s in article.content_sentences()})
        mentions.extend(extract_article_mentions(article, translations))
    return [g.as_dict() for g in group_mentions(mentions, texts)]


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory):
    """Two articles of the bundled corpus with their drafts, some edited, one in conflict."""
    ws = Workspace(resolve_paths(data=tmp_path_factory.mktemp("mentions-data")))
    articles = [ws.article(a) for a in ARTICLES]
    for article in articles:
        ws.sync_translation_files(article)
    _edit(ws, ARTICLE, "ru", "Джапаров", "Жапаров")
    _edit(ws, ARTICLE, "ky", "Кыргызстан", "Кыргыз Республикасы")
    head = next(iter(ws.translations.heads("ru", [ARTICLE])[ARTICLE].values()))
    ws.translations.save(ARTICLE, head.sentence_id, "ru", "Москва.", author="t", base_id=None)
    yield ws, articles
    ws.close()


def test_groups_from_the_index_are_those_of_extracting_everything(edited):
    ws, articles = edited
    old = _old_groups(ws, articles)
    first = [g.as_dict() for g in corpus_groups(ws, articles)]  # extracts, then writes
    assert json.dumps(first, ensure_ascii=False) == json.dumps(old, ensure_ascii=False)
    again = [g.as_dict() for g in corpus_groups(ws, articles)]  # reads the index only
    assert again == old


def test_sentence_texts_are_the_english_sentences_and_the_heads(edited):
    ws, articles = edited
    expected = {}
    for article in articles:
        expected.update({(article.id, s.id, "en"): s.text for s in article.content_sentences()})
        for lang in target_codes():
            for sid, state in ws.translations.article_states(article.id, lang).items():
                if state.head:
                    expected[(article.id, sid, lang)] = state.head.text
    assert corpus_texts(ws, articles) == expected


@pytest.fixture
def one_article(workspace: Workspace):
    article = workspace.article(ARTICLE)
    workspace.sync_translation_files(article)
    return workspace, article


def test_each_head_is_indexed_once_and_an_edit_indexes_only_its_version(one_article):
    ws, _ = one_article
    seen: list[tuple[int, int]] = []
    first = ws.version_mentions.update(progress=lambda done, total: seen.append((done, total)))
    heads = sum(len(ws.translations.heads(lang)[ARTICLE]) for lang in target_codes())
    assert first.indexed == heads > 0
    assert seen[0] == (0, heads) and seen[-1] == (heads, heads)
    assert ws.version_mentions.update().indexed == 0
    new_id = _edit(ws, ARTICLE, "ru", "Джапаров", "Жапаров")
    report = ws.version_mentions.update()
    assert (report.indexed, report.unchanged) == (1, heads - 1)
    assert ws.version_mentions.store.rules()[new_id] == rules_hash("ru")


def test_versions_sharing_a_text_are_extracted_once_and_an_edited_one_anew(
    one_article, monkeypatch
):
    """A text two versions share is extracted once, both get its mentions; a version that
    then changes one of them gets the mentions of its own text, not those it shared."""
    ws, _ = one_article
    heads = list(ws.translations.heads("ru")[ARTICLE].values())
    named = next(h for h in heads if "Джапаров" in h.text)
    other = next(h for h in heads if h.text != named.text)
    save = ws.translations.save
    copy = save(ARTICLE, other.sentence_id, "ru", named.text, author="t", base_id=other.id)
    asked: list[str] = []

    def counted(texts: list[str], lang: str) -> list:
        asked.extend(texts)
        return extract_names_many(texts, lang)

    monkeypatch.setattr(versions, "extract_names_many", counted)
    ws.version_mentions.update(workers=1)
    assert asked.count(named.text) == 1
    found = ws.version_mentions.store.mentions([named.id, copy.version.id])
    assert found[named.id] == found[copy.version.id]
    assert any("Джапаров" in m[2] for m in found[named.id])
    edited = save(
        ARTICLE, other.sentence_id, "ru", "Москва.", author="t", base_id=copy.version.id
    ).version.id
    ws.version_mentions.update(workers=1)
    rows = ws.version_mentions.store.mentions([edited])[edited]
    assert [m[2] for m in rows] == ["Москва"] == [m.text for m in extract_names("Москва.", "ru")]


def test_batches_go_shortest_first_and_tag_each_text_as_alone(one_article):
    """`_batches` hands natasha texts of like length together (less padding); each text's
    mentions are those it gets extracted alone, in a batch of one."""
    ws, _ = one_article
    heads = [h for h in ws.translations.heads("ru")[ARTICLE].values() if h.text.strip()]
    texts = [versions._Text(h.id, "ru", h.text) for h in heads]
    batches, copies = versions._batches(texts)
    ordered = [text for batch in batches for _, text in batch.versions]
    assert [len(t) for t in ordered] == sorted(len(t) for t in ordered)
    assert len(ordered) + sum(map(len, copies.values())) == len(texts)
    clear_cache()
    batched = {v.version_id: v.mentions for batch in batches for v in versions.compute(batch)}
    for vid, text in (v for batch in batches for v in batch.versions):
        clear_cache()
        alone = versions.compute(versions._Batch("ru", rules_hash("ru"), [(vid, text)]))
        assert alone[0].mentions == batched[vid], text
    assert any(batched.values())


def test_an_interrupted_index_keeps_the_batches_it_wrote(one_article, monkeypatch):
    ws, _ = one_article
    monkeypatch.setattr(versions, "BATCH", 10)

    def stop_after_two_batches(done: int, total: int) -> None:
        if done == 20:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ws.version_mentions.update(progress=stop_after_two_batches)
    assert len(ws.version_mentions.store.rules()) == 20
    report = ws.version_mentions.update()
    assert (report.indexed, report.unchanged) == (len(ws.version_mentions.store.rules()) - 20, 20)


def test_names_read_translation_mentions_from_the_table(one_article):
    ws, article = one_article
    ws.version_mentions.update()
    sentence = article.content_sentences()[0]
    head = ws.translations.heads("ru")[ARTICLE][sentence.id]
    stored = IndexedVersion(head.id, rules_hash("ru"), [(0, 6, "Тестов", "person", "Тестов")])
    ws.version_mentions.store.put([stored])
    groups = corpus_groups(ws, [article])
    assert any(f.form == "Тестов" and f.lang == "ru" for g in groups for f in g.forms)


def test_a_version_indexed_under_other_rules_is_indexed_again(one_article):
    ws, article = one_article
    ws.version_mentions.update()
    head = ws.translations.heads("ky")[ARTICLE][article.content_sentences()[0].id]
    ws.version_mentions.store.put([IndexedVersion(head.id, "older rules", [])])
    assert ws.version_mentions.update().indexed == 1
    assert ws.version_mentions.store.rules()[head.id] == rules_hash("ky")


def test_the_groups_of_a_set_of_names_are_stored_and_read_again(workspace: Workspace):
    names = ["Sadyr Japarov", "Жапаров", "Zhaparov", "Бишкек", "Bishkek"]
    store = workspace.name_groups
    assert stored_group(store, names) == keyed_group(names)
    assert [g.names for g, _ in keyed_group(names)] == [g.names for g in group(names)]
    stored = [(g.label, key, list(g.names), list(g.ambiguous)) for g, key in keyed_group(names)]
    assert store.get(grouping_key(names)) == stored
    mixed = [
        ("Sadyr Japarov", "a", ["Sadyr Japarov", "Zhaparov"], []),
        ("Бишкек", "b", ["Жапаров"], ["Sadyr Japarov"]),
    ]
    store.put(grouping_key(names), mixed)
    [(first, a), (second, b)] = stored_group(store, names)  # read, not grouped again
    assert (first.label, a, second.label, b) == ("Sadyr Japarov", "a", "Бишкек", "b")
    assert (second.names, second.ambiguous) == (("Жапаров",), ("Sadyr Japarov",))
    assert stored_group(store, names[::-1]) == keyed_group(names[::-1])  # other input: grouped
