"""Shared fixtures: every test gets its own data folder, and a corpus copy when it writes."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

# numpy's OpenBLAS (natasha's name tagger) keeps one thread per core spinning between calls:
# on a busy or shared 2-core machine they burn CPU for nothing (the names tests took ~40%
# less CPU time on one thread). Set before anything loads numpy; an explicit value wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from reader.config import REPO_ROOT, resolve_paths
from reader.store import db as db_module
from reader.workspace import Workspace

SEED_CORPUS = REPO_ROOT / "corpus"


@pytest.fixture(scope="session", autouse=True)
def _default_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Code that falls back on the default data folder gets a temporary one: a test never
    writes to the repository's `data/` (a reviewer's real store when the app runs there)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("READER_DATA", str(tmp_path_factory.mktemp("default-data")))
    yield
    patch.undo()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh review-data folder, also set in READER_DATA for code that reads the env."""
    folder = tmp_path / "data"
    monkeypatch.setenv("READER_DATA", str(folder))
    return folder


@pytest.fixture(scope="session")
def indexed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the article index of the bundled corpus and nothing else, built once per
    session: splitting the articles and finding their names costs ~0.3 s of CPU each time."""
    data = tmp_path_factory.mktemp("indexed") / "data"
    with Workspace(resolve_paths(data=data, corpus=SEED_CORPUS)) as ws:
        assert len(ws.index.update().computed) == len(list(SEED_CORPUS.glob("*.txt")))
    return data / "reader.sqlite3"


@pytest.fixture(scope="module")
def kyrgyz(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """A translations folder with only the Kyrgyz translations of the test module's
    `ARTICLES` (found by rules: no model to load)."""
    folder = tmp_path_factory.mktemp("translations")
    for article in request.module.ARTICLES:
        shutil.copy(REPO_ROOT / "translations" / f"{article}.ky.json", folder)
    return folder


@pytest.fixture
def indexed_data_dir(data_dir: Path, indexed_store: Path) -> Path:
    """`data_dir` whose store starts with the bundled corpus already indexed, for tests whose
    point is not the index: an article the test changes is split again, as always."""
    data_dir.mkdir(parents=True)
    shutil.copyfile(indexed_store, data_dir / "reader.sqlite3")
    return data_dir


@pytest.fixture
def corpus_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the bundled corpus, set in READER_CORPUS."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, folder)
    monkeypatch.setenv("READER_CORPUS", str(folder))
    return folder


@pytest.fixture
def workspace(indexed_data_dir: Path) -> Iterator[Workspace]:
    """A workspace on `data_dir`, its store starting with the bundled corpus indexed."""
    with Workspace(resolve_paths(data=indexed_data_dir)) as ws:
        yield ws


@pytest.fixture
def sql_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement run on a connection opened from now on (pages are judged by what
    they read, not by how long it takes)."""
    seen: list[str] = []
    connect = db_module._connect

    def traced(path: Path) -> sqlite3.Connection:
        conn = connect(path)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(db_module, "_connect", traced)
    return seen


@pytest.fixture
def identified(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the wrong-language check identifies (its costliest part), in order, so a
    test can tell which translations were checked again."""
    from reader.checks import wrong_language
    from reader.lang.identify import Identification, identify

    texts: list[str] = []

    def counted(text: str) -> Identification:
        texts.append(text)
        return identify(text)

    monkeypatch.setattr(wrong_language, "identify", counted)
    return texts
