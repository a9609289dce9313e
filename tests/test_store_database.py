"""One Database per store file: migrated once, one connection per thread, shared by the stores.

Connections are counted where they are made (sqlite3.connect); the stores themselves run
against the real database file.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT, resolve_paths
from reader.glossary import GlossaryEntry, Variant
from reader.names.decisions import NameDecisions
from reader.store import StoreError
from reader.store.mt_cache import MTCache
from reader.workspace import Workspace


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """Every SQLite connection made from here on, in order."""
    made: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def counting(*args: object, **kwargs: object) -> sqlite3.Connection:
        made.append(connect(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(sqlite3, "connect", counting)
    return made


def _use_every_store(ws: Workspace, author: str) -> None:
    ws.translations.save("a", author, "ru", "Текст.", author=author, base_id=None)
    ws.translations.article_states("a", "ru")
    ws.glossary.create(GlossaryEntry([Variant("en", f"Bishkek {author}", "preferred")]), author)
    ws.glossary.list()
    MTCache(ws.db).put_many({author: ("out", "model")})
    NameDecisions(ws.db).dismiss("bishkek", author)


def _closed(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_the_stores_of_a_workspace_share_one_connection_per_thread(data_dir, opened):
    with Workspace(resolve_paths(data=data_dir)) as ws:
        _use_every_store(ws, "Aida")
        assert len(opened) == 1
        worker = threading.Thread(target=_use_every_store, args=(ws, "Bakyt"))
        worker.start()
        worker.join()
        assert len(opened) == 2
        assert [d.author for d in NameDecisions(ws.db).list()] == ["Aida", "Bakyt"]
    assert all(_closed(conn) for conn in opened)


def test_connections_of_finished_threads_are_closed_not_kept(data_dir, opened):
    with Workspace(resolve_paths(data=data_dir)) as ws:
        for _ in range(3):
            worker = threading.Thread(target=ws.glossary.list)
            worker.start()
            worker.join()
        assert len(opened) == 4
        assert [_closed(conn) for conn in opened] == [False, True, True, False]
        assert ws.db.open_connections == 2


def test_a_closed_workspace_refuses_clearly(data_dir):
    ws = Workspace(resolve_paths(data=data_dir))
    ws.close()
    with pytest.raises(StoreError, match="was closed"):
        ws.glossary.list()


def test_a_review_page_run_opens_no_connection_of_its_own(data_dir: Path, corpus_dir: Path, opened):
    """Once the cached workspace exists, a rerun uses one connection for its thread."""
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    before = len(opened)
    at.run()
    assert not at.exception
    assert len(opened) - before <= 1
