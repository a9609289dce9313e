"""Crash-safe writes: readers only ever see a whole old or new file.

Each write goes to a temporary file of its own in the same folder (so concurrent writers never
share one), is flushed to disk, and then takes the target's name in one step. Taking the name
replaces the directory entry, never the old file's contents, so another name of that file (a
hard link) keeps them. The temporary file is created with the umask's permissions, not
mkstemp's owner-only ones, so that the file it becomes stays readable to whoever could read
the folder's files before.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


def replace_file(path: Path, data: bytes) -> None:
    """Write `data` to `path`, replacing any file there atomically."""
    with _synced_temp(path, data) as tmp:
        os.replace(tmp, path)
    _sync_folder(path.parent)


def create_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically; FileExistsError if the name is taken, even by a
    writer that got there a moment earlier."""
    with _synced_temp(path, data) as tmp:
        os.link(tmp, path)
    _sync_folder(path.parent)


def remove_stale_temps(path: Path) -> None:
    """Delete the temporary files a killed writer of `path` left behind. Only for callers
    that hold the lock every writer of `path` takes, so no live writer's file is touched."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()


@contextlib.contextmanager
def _synced_temp(path: Path, data: bytes) -> Iterator[str]:
    """A hidden temporary file beside `path` holding `data`, on disk; removed afterwards."""
    tmp = str(path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp"))
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX); skipped where folders cannot be synced."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
