"""A workspace on a copy of a prepared store: a module prepares a database once (imported,
summarized, listed) and each test changes its own copy freely."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.config import resolve_paths
from reader.workspace import Workspace


def workspace_on_copy(
    store: Path, data: Path, corpus: Path, translations: Path | None = None
) -> Workspace:
    """A workspace whose database is a copy of `store` in the new folder `data`."""
    data.mkdir(parents=True)
    shutil.copyfile(store, data / "reader.sqlite3")
    return Workspace(resolve_paths(data=data, corpus=corpus, translations=translations))
