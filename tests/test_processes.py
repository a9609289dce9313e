"""A forked pool's workers end when the process that made them is killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

_PARENT = textwrap.dedent(
    """
    import os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context
    from reader.processes import end_forked_children_with_parent

    def pid(_):
        time.sleep(0.2)
        return os.getpid()

    if sys.argv[1] == "guarded":
        end_forked_children_with_parent()
    pool = ProcessPoolExecutor(2, mp_context=get_context("fork"))
    print(" ".join(str(p) for p in set(pool.map(pid, range(8)))), flush=True)
    time.sleep(600)
    """
)
_WAIT_S = 20


def _running(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie waiting to be reaped is not)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return False
    return fields[0] != "Z"


def _workers_left(mode: str) -> list[int]:
    """Fork a pool in a child process in `mode`, kill the child outright, and return its
    workers still running `_WAIT_S` seconds later (or as soon as none is)."""
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, mode],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers and all(_running(p) for p in workers)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + _WAIT_S
    while any(_running(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [p for p in workers if _running(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_end_when_their_parent_is_killed():
    assert _workers_left("guarded") == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_without_the_guard_the_workers_stay():
    """The case the guard is for: the killed parent's workers wait on for ever."""
    assert _workers_left("plain") != []
