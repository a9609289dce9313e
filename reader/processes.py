"""Forked workers that end when the process that forked them is gone.

A process pool's workers wait on a queue whose other end the parent holds, and each inherits
copies of the pipes, so a parent killed outright (`kill -9`, the out-of-memory killer) leaves
them waiting for ever, each holding what it loaded (natasha's models, some 200 MB). The
entry points (the CLI, the app) ask every child they fork to watch for that and end. Kept
out of the pools' own modules: those are part of what the kept results' rules hashes read,
and how a worker ends changes no result.
"""

from __future__ import annotations

import os
import threading
import time

# how often a forked child looks for its parent; a second is nothing beside a worker's work
WATCH_EVERY_S = 1.0
_registered = False


def end_forked_children_with_parent() -> None:
    """From now on, every child this process forks ends when this process is gone."""
    global _registered
    if not _registered:
        os.register_at_fork(after_in_child=_watch_parent)
        _registered = True


def _watch_parent() -> None:
    parent = os.getppid()
    threading.Thread(target=_end_when_orphaned, args=(parent,), daemon=True).start()


def _end_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_EVERY_S)
    os._exit(1)
