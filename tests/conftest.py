"""Shared fixtures: every test gets its own data folder, and a corpus copy when it writes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# numpy's OpenBLAS (natasha's name tagger) keeps one thread per core spinning between calls:
# on a busy or shared 2-core machine they burn CPU for nothing (the names tests took ~40%
# less CPU time on one thread). Set before anything loads numpy; an explicit value wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from reader.config import REPO_ROOT, resolve_paths
from reader.workspace import Workspace

SEED_CORPUS = REPO_ROOT / "corpus"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh review-data folder, also set in READER_DATA for code that reads the env."""
    folder = tmp_path / "data"
    monkeypatch.setenv("READER_DATA", str(folder))
    return folder


@pytest.fixture
def corpus_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the bundled corpus, set in READER_CORPUS."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, folder)
    monkeypatch.setenv("READER_CORPUS", str(folder))
    return folder


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    with Workspace(resolve_paths(data=data_dir)) as ws:
        yield ws
