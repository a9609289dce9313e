"""The translation store: schema, append-only versions, approvals, conflicts, drafts, races."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from reader.store import SCHEMA_VERSION, StoreError, TranslationStore, open_db
from reader.store.migrations import MIGRATIONS
from reader.store.translations import HEAD_STATUSES

ART, SID, LANG = "art", "s1", "ru"


@pytest.fixture
def store(data_dir: Path) -> TranslationStore:
    return TranslationStore(data_dir / "reader.sqlite3")


def save(store: TranslationStore, text: str, author: str, base_id: int | None, sid: str = SID):
    return store.save(ART, sid, LANG, text, author=author, base_id=base_id)


# --- schema ------------------------------------------------------------------------------------


def test_new_database_is_migrated_to_the_latest_schema(data_dir: Path):
    conn = open_db(data_dir / "db.sqlite3")
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert len(MIGRATIONS) == SCHEMA_VERSION
    finally:
        conn.close()


def test_database_uses_wal_journal_mode(data_dir: Path):
    conn = open_db(data_dir / "db.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_database_newer_than_the_code_is_refused(data_dir: Path):
    path = data_dir / "future.sqlite3"
    data_dir.mkdir(parents=True)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer"):
        TranslationStore(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    raw.close()


def test_reopening_a_migrated_database_keeps_its_data(data_dir: Path):
    path = data_dir / "reader.sqlite3"
    save(TranslationStore(path), "Текст", "aida", None)
    assert TranslationStore(path).head(ART, SID, LANG).text == "Текст"


# --- saving ------------------------------------------------------------------------------------


def test_saves_append_versions_and_never_change_earlier_ones(store: TranslationStore):
    first = save(store, "один", "aida", None).version
    second = save(store, "два", "aida", first.id).version
    third = save(store, "три", "bek", second.id).version

    history = store.history(ART, SID, LANG)
    assert [v.text for v in history] == ["один", "два", "три"]
    assert history[0] == first  # the first row is exactly as it was saved
    assert [v.parent_id for v in history] == [None, first.id, second.id]
    assert store.head(ART, SID, LANG) == third


def test_saved_version_records_author_status_and_origin(store: TranslationStore):
    version = save(store, "Текст", "aida", None).version
    assert (version.author, version.status, version.origin) == ("aida", "edited", "human")
    assert version.created_at
    assert version.provenance() == "edited by aida"


def test_a_save_is_one_head_read_and_one_insert_in_one_transaction(store: TranslationStore):
    """Saving one edit at a time stays close to a bare insert: no query it does not need."""
    first = save(store, "один", "aida", None).version
    statements: list[str] = []
    with store.db.connection() as conn:
        conn.set_trace_callback(statements.append)
    try:
        result = save(store, "два", "aida", first.id)
    finally:
        with store.db.connection() as conn:
            conn.set_trace_callback(None)
    assert [s.split()[0] for s in statements] == ["BEGIN", "SELECT", "INSERT", "COMMIT"]
    assert result.version == store.history(ART, SID, LANG)[-1]  # the stored row, as stored


def test_save_on_heads_returns_the_stored_versions(store: TranslationStore):
    first = save(store, "один", "aida", None).version
    edit = {"article_id": ART, "sentence_id": SID, "lang": LANG, "base_id": first.id}
    (saved,) = store.save_on_heads([{**edit, "text": "два", "origin_detail": {"b": 1}}], author="x")
    assert saved == store.history(ART, SID, LANG)[-1]
    assert (saved.text, saved.parent_id, saved.conflict_with) == ("два", first.id, None)


def test_approve_records_an_approved_version_by_the_approver(store: TranslationStore):
    edited = save(store, "Текст", "aida", None).version
    result = store.approve(ART, SID, LANG, author="bek", base_id=edited.id)

    assert result.ok
    approved = result.version
    assert (approved.status, approved.author, approved.text) == ("approved", "bek", "Текст")
    assert approved.id != edited.id
    assert store.head(ART, SID, LANG) == approved
    assert [v.status for v in store.history(ART, SID, LANG)] == ["edited", "approved"]


def test_approving_nothing_is_refused(store: TranslationStore):
    with pytest.raises(ValueError, match="no translation"):
        store.approve(ART, SID, LANG, author="bek", base_id=1)


def test_save_on_an_outdated_head_is_kept_as_a_conflict(store: TranslationStore):
    start = save(store, "черновик", "aida", None).version
    theirs = save(store, "текст Аиды", "aida", start.id).version
    mine = save(store, "текст Бека", "bek", start.id)  # Bek still sees `start`

    assert not mine.ok
    assert mine.conflict == theirs
    assert mine.conflict.author == "aida"
    assert mine.version.is_conflict
    assert mine.version.conflict_with == theirs.id
    assert store.head(ART, SID, LANG) == theirs
    texts = [v.text for v in store.history(ART, SID, LANG)]
    assert "текст Аиды" in texts and "текст Бека" in texts


def test_save_based_on_the_current_head_after_a_conflict_becomes_the_head(
    store: TranslationStore,
):
    start = save(store, "черновик", "aida", None).version
    theirs = save(store, "текст Аиды", "aida", start.id).version
    save(store, "текст Бека", "bek", start.id)

    resolved = save(store, "текст Бека", "bek", theirs.id)  # "Use mine"
    assert resolved.ok
    assert not resolved.version.is_conflict
    assert store.head(ART, SID, LANG) == resolved.version


def test_first_save_when_someone_else_already_saved_is_a_conflict(store: TranslationStore):
    theirs = save(store, "первый", "aida", None).version
    mine = save(store, "второй", "bek", None)
    assert mine.conflict == theirs
    assert store.head(ART, SID, LANG) == theirs


@pytest.mark.parametrize("author", ["", "   "])
def test_save_without_an_author_is_refused(store: TranslationStore, author: str):
    with pytest.raises(ValueError, match="name"):
        save(store, "Текст", author, None)
    with pytest.raises(ValueError, match="name"):
        store.add_drafts(ART, LANG, {SID: "x"}, origin="machine", origin_detail={}, author=author)
    assert store.history(ART, SID, LANG) == []


def test_save_with_an_unknown_status_or_origin_is_refused(store: TranslationStore):
    with pytest.raises(ValueError, match="status"):
        store.save(ART, SID, LANG, "x", author="aida", base_id=None, status="final")
    with pytest.raises(ValueError, match="origin"):
        store.save(ART, SID, LANG, "x", author="aida", base_id=None, origin="robot")
    assert store.history(ART, SID, LANG) == []


def test_languages_and_articles_are_kept_apart(store: TranslationStore):
    save(store, "ru text", "aida", None)
    store.save(ART, SID, "ky", "ky text", author="aida", base_id=None)
    store.save("other", SID, LANG, "other text", author="aida", base_id=None)
    assert store.head(ART, SID, "ru").text == "ru text"
    assert store.head(ART, SID, "ky").text == "ky text"
    assert store.head("other", SID, "ru").text == "other text"
    assert len(store.history(ART, SID, "ru")) == 1


# --- drafts ------------------------------------------------------------------------------------


def test_add_drafts_fills_only_sentences_without_a_translation(store: TranslationStore):
    detail = {"file": "art.ru.json"}
    added = store.add_drafts(
        ART,
        LANG,
        {"s1": "черновик 1", "s2": "черновик 2"},
        origin="sample",
        origin_detail=detail,
        author="sample drafts",
    )
    assert added == 2
    edit = save(store, "правка", "aida", store.head(ART, "s1", LANG).id, sid="s1").version

    added = store.add_drafts(
        ART,
        LANG,
        {"s1": "новый 1", "s2": "новый 2", "s3": "черновик 3", "s4": "  "},
        origin="machine",
        origin_detail={"engine": "x"},
        author="mt",
    )
    assert added == 1  # only s3: s1 and s2 have translations, s4 is blank
    assert store.head(ART, "s1", LANG) == edit
    assert store.head(ART, "s2", LANG).text == "черновик 2"
    assert store.head(ART, "s3", LANG).text == "черновик 3"
    assert store.head(ART, "s4", LANG) is None
    draft = store.head(ART, "s2", LANG)
    assert (draft.status, draft.origin, draft.origin_detail) == ("draft", "sample", detail)
    assert draft.provenance() == "sample: art.ru.json"


# --- per-article summaries ---------------------------------------------------------------------


def test_article_states_give_head_first_draft_count_and_conflicts(store: TranslationStore):
    store.add_drafts(ART, LANG, {"s1": "черновик"}, origin="machine", origin_detail={}, author="mt")
    draft = store.head(ART, "s1", LANG)
    theirs = save(store, "Аида", "aida", draft.id, sid="s1").version
    mine = save(store, "Бек", "bek", draft.id, sid="s1").version
    save(store, "другое", "aida", None, sid="s2")

    states = store.article_states(ART, LANG)
    assert set(states) == {"s1", "s2"}
    s1 = states["s1"]
    assert s1.head == theirs
    assert s1.first_draft == draft
    assert s1.version_count == 3
    assert s1.conflicts == [mine]
    s2 = states["s2"]
    assert (s2.first_draft, s2.version_count, s2.conflicts) == (None, 1, [])
    assert store.article_states(ART, "ky") == {}


def test_status_counts_count_missing_draft_edited_approved(store: TranslationStore):
    store.add_drafts(
        ART, LANG, {"d": "x", "e": "y", "a": "z"}, origin="sample", origin_detail={}, author="s"
    )
    save(store, "y2", "aida", store.head(ART, "e", LANG).id, sid="e")
    store.approve(ART, "a", LANG, author="bek", base_id=store.head(ART, "a", LANG).id)

    counts = store.status_counts(ART, LANG, ["m", "d", "e", "a", "m2"])
    assert dict(counts) == {"missing": 2, "draft": 1, "edited": 1, "approved": 1}
    counts = store.status_counts(ART, LANG, ["d"])
    assert dict(counts) == {"missing": 0, "draft": 1, "edited": 0, "approved": 0}


# --- a real race -------------------------------------------------------------------------------


def test_two_reviewers_saving_at_once_give_one_head_and_one_conflict(store: TranslationStore):
    base = save(store, "черновик", "sample", None).version
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}
    errors: list[BaseException] = []

    def reviewer(name: str) -> None:
        try:
            barrier.wait(timeout=10)
            results[name] = store.save(
                ART, SID, LANG, f"текст {name}", author=name, base_id=base.id
            )
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in ("aida", "bek")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert errors == []
    assert set(results) == {"aida", "bek"}
    winners = [r for r in results.values() if r.ok]
    losers = [r for r in results.values() if not r.ok]
    assert len(winners) == 1 and len(losers) == 1
    assert losers[0].conflict == winners[0].version
    assert store.head(ART, SID, LANG) == winners[0].version
    texts = sorted(v.text for v in store.history(ART, SID, LANG))
    assert texts == ["текст aida", "текст bek", "черновик"]


def test_heads_of_many_articles_match_each_articles_states(store: TranslationStore):
    first = save(store, "один", "ana", None).version
    save(store, "два", "ana", first.id)
    save(store, "чужой", "bob", first.id)  # a conflict: not the head
    store.save("other", "s9", LANG, "три", author="ana", base_id=None)
    store.save("other", "s9", "ky", "үч", author="ana", base_id=None)
    heads = store.heads(LANG)
    for article_id in (ART, "other"):
        states = store.article_states(article_id, LANG)
        assert {sid: v.text for sid, v in heads[article_id].items()} == {
            sid: s.head.text for sid, s in states.items()
        }
    assert heads[ART][SID].text == "два"
    assert store.heads(LANG, ["other"]).keys() == {"other"}
    assert store.heads("ky") == {"other": {"s9": store.head("other", "s9", "ky")}}


def test_head_statuses_are_the_heads_read_from_an_index_alone(store: TranslationStore):
    """`corpus` counts every head's status: the newest non-conflict version of each sentence,
    read from an index (the table's pages hold every text: at 100,000 versions a scan of them
    is most of the command)."""
    first = save(store, "один", "ana", None).version
    other = save(store, "два", "ana", None, sid="s2").version  # ids interleave across sentences
    edited = save(store, "один!", "ana", first.id).version
    save(store, "чужой", "bob", first.id)  # a conflict: not the head
    store.approve(ART, "s2", LANG, author="ana", base_id=other.id)
    store.save("other", "s9", "ky", "үч", author="ana", base_id=None)
    assert store.head(ART, SID, LANG) == edited
    assert store.head_statuses() == {
        LANG: {ART: {SID: "edited", "s2": "approved"}},
        "ky": {"other": {"s9": "edited"}},
    }
    with store.db.connection() as conn:
        plan = " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {HEAD_STATUSES}"))
    assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan
