"""A busy database: another process holds the SQLite write lock past the busy timeout.

Every write then fails as StoreBusy with a clear message and writes nothing; the app shows
the message and keeps the reviewer's typed text; the CLI prints it and exits 1. The holder
is a real second process; the busy timeout is cut to a fraction of a second through the
environment, so a blocked write gives up quickly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.checks import check
from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import load_article
from reader.glossary import GlossaryEntry, Variant
from reader.glossary.formats import export_entries
from reader.names.decisions import NameDecisions
from reader.store import StoreBusy, StoreError, open_db
from reader.store.mt_cache import MTCache
from reader.workspace import Workspace

ARTICLE = "004_5eb83673b1bc0057"
BUSY = "the review database is busy"

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN " + sys.argv[2])
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
conn.execute("ROLLBACK")
"""


@contextmanager
def write_lock(db: Path, mode: str = "IMMEDIATE") -> Iterator[Callable[[], None]]:
    """Another process holds the write lock until the block ends or release() is called."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def release() -> None:
        if not holder.stdin.closed:
            holder.stdin.close()
        holder.wait(timeout=30)

    try:
        assert holder.stdout.readline() == "locked\n"
        yield release
    finally:
        release()
    assert holder.returncode == 0


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_DB_BUSY_TIMEOUT", "0.2")


def japarov() -> GlossaryEntry:
    return GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Japarov", "admitted"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
            Variant("ky", "Джапаров", "deprecated"),
        ]
    )


@pytest.fixture
def ws(data_dir: Path, corpus_dir: Path, short_wait: None) -> Workspace:
    """One article with its sample drafts loaded and a glossary entry they break."""
    for path in corpus_dir.glob("*.txt"):
        if not path.name.startswith(ARTICLE):
            path.unlink()
    workspace = Workspace(resolve_paths(data=data_dir, corpus=corpus_dir))
    workspace.sync_translation_files(workspace.corpus().get(ARTICLE))
    workspace.glossary.create(japarov(), "Aida")
    return workspace


def _snapshot(db: Path) -> dict[str, int]:
    """Row counts of every table: a failed write must leave them all as they were."""
    conn = open_db(db)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        ]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def _first_sentence(ws: Workspace) -> tuple[str, int]:
    sid, state = next(iter(ws.translations.article_states(ARTICLE, "ru").items()))
    return sid, state.head.id


def _writes(ws: Workspace) -> dict[str, Callable[[], object]]:
    sid, head = _first_sentence(ws)
    entry = ws.glossary.list()[0]
    edit = {"article_id": ARTICLE, "sentence_id": sid, "lang": "ru", "base_id": head}
    other = GlossaryEntry([Variant("en", "Akylbek Japarov", "preferred")])
    db = ws.paths.database
    return {
        "save": lambda: ws.translations.save(ARTICLE, sid, "ru", "Мой.", author="A", base_id=head),
        "approve": lambda: ws.translations.approve(ARTICLE, sid, "ru", author="A", base_id=head),
        "fixes": lambda: ws.translations.save_on_heads([edit | {"text": "Фикс."}], author="A"),
        "drafts": lambda: ws.translations.add_drafts(
            ARTICLE, "ru", {"new": "Черновик."}, origin="import", origin_detail={}, author="A"
        ),
        "machine": lambda: ws.translations.add_machine_drafts(
            ARTICLE, "ru", {sid: "Машина."}, origin_detail={"package": "p"}, author="A"
        ),
        "file mark": lambda: ws.translations.mark_imported("x.ru.json", "abc"),
        "glossary create": lambda: ws.glossary.create(other, "A"),
        "glossary update": lambda: ws.glossary.update(entry, "A"),
        "glossary delete": lambda: ws.glossary.delete(entry.id, entry.rev, "A"),
        "glossary import": lambda: ws.glossary.import_entries([other, japarov()], "A"),
        "name decision": lambda: NameDecisions(db).dismiss("japarov", "A"),
        "mt cache": lambda: MTCache(db).put_many({"k": ("out", "model")}),
    }


WRITES = [
    "save",
    "approve",
    "fixes",
    "drafts",
    "machine",
    "file mark",
    "glossary create",
    "glossary update",
    "glossary delete",
    "glossary import",
    "name decision",
    "mt cache",
]


# --- the store ---------------------------------------------------------------------------------


@pytest.mark.parametrize("write", WRITES)
def test_a_write_under_a_held_lock_is_store_busy_and_writes_nothing(ws, write):
    action = _writes(ws)[write]
    before = _snapshot(ws.paths.database)
    with write_lock(ws.paths.database), pytest.raises(StoreBusy) as raised:
        action()
    message = str(raised.value)
    assert message.startswith(BUSY) and "nothing was saved, try again" in message
    assert isinstance(raised.value, StoreError)
    assert _snapshot(ws.paths.database) == before
    action()  # the lock is gone: the same write goes through
    assert _snapshot(ws.paths.database) != before


def test_an_exclusive_lock_is_busy_too(ws):
    sid, head = _first_sentence(ws)
    with write_lock(ws.paths.database, "EXCLUSIVE"), pytest.raises(StoreBusy):
        ws.translations.save(ARTICLE, sid, "ru", "Текст.", author="A", base_id=head)


def test_reading_is_not_blocked_by_a_writer(ws):
    sid, head = _first_sentence(ws)
    with write_lock(ws.paths.database, "EXCLUSIVE"):
        assert ws.translations.head(ARTICLE, sid, "ru").id == head
        assert ws.glossary.list()[0].english == "Sadyr Japarov"
        assert Workspace(ws.paths).translations.history(ARTICLE, sid, "ru")


def test_a_new_database_under_a_held_lock_is_busy_not_half_made(tmp_path, short_wait):
    db = tmp_path / "new.sqlite3"
    db.touch()
    with write_lock(db), pytest.raises(StoreBusy):
        open_db(db)
    conn = open_db(db)  # released: created and migrated as usual
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_a_lock_released_while_waiting_lets_the_save_through(ws, monkeypatch):
    monkeypatch.setenv("READER_DB_BUSY_TIMEOUT", "60")
    sid, head = _first_sentence(ws)
    with write_lock(ws.paths.database) as release:
        threading.Timer(0.3, release).start()
        result = ws.translations.save(ARTICLE, sid, "ru", "Дождался.", author="A", base_id=head)
    assert result.ok
    assert ws.translations.head(ARTICLE, sid, "ru").text == "Дождался."


@pytest.mark.parametrize("value", ["soon", "-1", "1e9", "nan"])
def test_a_bad_busy_timeout_is_refused_clearly(data_dir, monkeypatch, value):
    monkeypatch.setenv("READER_DB_BUSY_TIMEOUT", value)
    with pytest.raises(StoreError, match="READER_DB_BUSY_TIMEOUT must be a number of seconds"):
        open_db(data_dir / "db.sqlite3")


# --- the CLI -----------------------------------------------------------------------------------


def _cli(ws: Workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data", str(ws.paths.data), *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "READER_CORPUS": str(ws.paths.corpus)},
        timeout=120,
    )


def test_cli_check_fix_under_a_held_lock_exits_1_with_the_message(ws):
    before = _snapshot(ws.paths.database)
    with write_lock(ws.paths.database):
        result = _cli(ws, "check", ARTICLE, "--fix", "--reviewer", "Aida")
    assert result.returncode == 1
    assert f"reader: error: {BUSY}" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(ws.paths.database) == before


def test_cli_glossary_import_under_a_held_lock_exits_1_with_the_message(ws, tmp_path):
    file = tmp_path / "more.json"
    bishkek = GlossaryEntry([Variant("en", "Bishkek", "preferred")])
    file.write_bytes(export_entries([bishkek], "json"))
    before = _snapshot(ws.paths.database)
    with write_lock(ws.paths.database):
        result = _cli(ws, "glossary", "import", str(file), "--reviewer", "Aida")
    assert result.returncode == 1
    assert result.stderr.startswith(f"reader: error: {BUSY}")
    assert "Traceback" not in result.stderr
    assert _snapshot(ws.paths.database) == before
    assert _cli(ws, "glossary", "import", str(file), "--reviewer", "Aida").returncode == 0


# --- the app -----------------------------------------------------------------------------------


def _app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    at.sidebar.text_input(key="reviewer").input("Aida").run()
    if page:
        at.switch_page(page).run()
    else:
        at.sidebar.selectbox(key="article").set_value(ARTICLE).run()
    assert not at.exception
    return at


def test_review_save_under_a_held_lock_warns_and_keeps_the_typed_text(ws):
    article = load_article(ws.paths.corpus / f"{ARTICLE}.txt")
    sid = article.content_sentences()[0].id
    typed = "Текст рецензента, набранный вручную."
    at = _app()
    at.button(key=f"edit:{sid}").click().run()
    at.text_area(key=f"text:{sid}:ru").input(typed).run()
    before = len(ws.translations.history(ARTICLE, sid, "ru"))
    with write_lock(ws.paths.database):
        at.button(key=f"save:{sid}:ru").click().run()
        assert not at.exception
        assert any(w.value.startswith(BUSY) for w in at.warning)
        assert at.text_area(key=f"text:{sid}:ru").value == typed
        at.button(key=f"approve:{sid}:ru").click().run()
        assert not at.exception
        assert any(w.value.startswith(BUSY) for w in at.warning)
        assert at.text_area(key=f"text:{sid}:ru").value == typed
    assert len(ws.translations.history(ARTICLE, sid, "ru")) == before

    at.button(key=f"save:{sid}:ru").click().run()
    assert any("Saved" in s.value for s in at.success)
    head = ws.translations.head(ARTICLE, sid, "ru")
    assert (head.text, head.author, head.status) == (typed, "Aida", "edited")


def test_glossary_save_under_a_held_lock_warns_and_keeps_the_form(ws):
    at = _app("app/glossary.py")
    form = "gl:new"
    at.text_input(key=f"{form}:en").input("Akylbek Japarov")
    at.text_input(key=f"{form}:ru").input("Акылбек Жапаров")
    with write_lock(ws.paths.database):
        at.button(key=f"{form}:submit").click().run()
        assert not at.exception
        assert any(w.value.startswith(BUSY) for w in at.warning)
    assert at.text_input(key=f"{form}:en").value == "Akylbek Japarov"
    assert at.text_input(key=f"{form}:ru").value == "Акылбек Жапаров"
    assert len(ws.glossary.list()) == 1

    at.button(key=f"{form}:submit").click().run()
    assert any("Saved “Akylbek Japarov”" in s.value for s in at.success)
    assert len(ws.glossary.list()) == 2


def test_glossary_delete_under_a_held_lock_warns_and_deletes_nothing(ws):
    at = _app("app/glossary.py")
    entry = ws.glossary.list()[0]
    at.checkbox(key=f"gl:confirm:{entry.id}").check().run()
    with write_lock(ws.paths.database):
        at.button(key=f"gl:delete:{entry.id}").click().run()
        assert not at.exception
        assert any(w.value.startswith(BUSY) for w in at.warning)
    assert ws.glossary.list() == [entry]


def test_checks_fix_under_a_held_lock_warns_and_fixes_nothing(ws):
    at = _app("app/checks.py")
    before = _snapshot(ws.paths.database)
    with write_lock(ws.paths.database):
        at.button(key="fix:all").click().run()
        assert not at.exception
        assert any(w.value.startswith(BUSY) for w in at.warning)
    assert _snapshot(ws.paths.database) == before
    at.button(key="fix:all").click().run()
    assert any(s.value.startswith("fixed") for s in at.success)


def test_a_name_decision_under_a_held_lock_warns_and_records_nothing(ws):
    at = _app("app/names.py")
    at.session_state[next(k for k in at.session_state if str(k).startswith("open:"))] = True
    at.run()  # a group's buttons are drawn once it is opened
    dismiss = next(b for b in at.button if b.key and b.key.startswith("dismiss:"))
    with write_lock(ws.paths.database):
        dismiss.click().run()
        assert not at.exception
        assert any(w.value.startswith(BUSY) for w in at.warning)
    assert NameDecisions(ws.paths.database).list() == []


def test_translation_files_are_loaded_once_the_lock_is_gone(ws, tmp_path, monkeypatch):
    """A page that must first load new drafts still shows, and loads them on the next run."""
    monkeypatch.setenv("READER_DATA", str(tmp_path / "fresh"))
    fresh = Workspace(resolve_paths(data=tmp_path / "fresh", corpus=ws.paths.corpus))
    with write_lock(fresh.paths.database):
        at = _app()
        assert any(w.value.startswith("The translation files were not loaded") for w in at.warning)
        assert fresh.translations.article_states(ARTICLE, "ru") == {}
    at.run()
    assert not at.exception
    assert fresh.translations.article_states(ARTICLE, "ru")


def test_findings_never_stored_are_read_while_another_process_holds_the_lock(ws):
    """The stored findings cannot be made ready for the checks under the lock: every head is
    checked in memory, the same findings as once they are stored."""
    article = ws.corpus().get(ARTICLE)
    with write_lock(ws.paths.database):
        under_lock = check(ws, [article])
    assert under_lock and under_lock == check(ws, [article])


def test_the_corpus_is_read_while_another_process_holds_the_lock(ws, corpus_dir):
    """Reading splits what changed in memory when the index cannot be written, and the
    index catches up once the lock is gone."""
    path = corpus_dir / f"{ARTICLE}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA paragraph added later.\n")
    with write_lock(ws.paths.database):
        article = ws.corpus().get(ARTICLE)
        assert article.sentences[-1].text == "A paragraph added later."
        assert ws.article(ARTICLE) == article
    assert ws.index.update().computed == [ARTICLE]
    assert ws.corpus().get(ARTICLE) == article
