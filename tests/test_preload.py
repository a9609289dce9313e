"""Models the app loads in the background, once per server, and processes it forks meanwhile."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.config import REPO_ROOT

FORK_WHILE_LOADING = """
import multiprocessing, sys, time
from app import preload
from reader.lang import identify
from reader.lang.ru import names

start, lock, load = {
    "name_models": (preload.name_models, names._NATASHA_LOCK, names._natasha),
    "identifiers": (preload.identifiers, identify._LOADING, identify._identifier),
}[sys.argv[1]]
start()
while not lock.locked():  # the models are loading in the app's thread
    time.sleep(0.001)
child = multiprocessing.get_context("fork").Process(target=load, daemon=True)
child.start()
child.join(30)
print("child", child.exitcode)
"""


@pytest.mark.parametrize("models", ["name_models", "identifiers"])
def test_a_process_forked_while_models_load_can_load_them(models):
    """A pool's worker forked while an app's thread loads models (natasha, the language
    identifiers) got the loader's lock held and waited on it for ever (a pool reading many
    new translations for names, or checking many): the fork waits for the load. In a fresh
    interpreter, where the models are not loaded yet."""
    done = subprocess.run(
        [sys.executable, "-c", FORK_WHILE_LOADING, models],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["child", "0"], done.stdout
