"""Commands that read the index load only what they use: at 1,000 articles `corpus` and `show`
must answer in under a second, and importing what only translating, an upload, a sidecar mark
or a process pool needs would spend a good part of it on every run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.config import REPO_ROOT

# Loaded on first use only: translation, language identification of an upload, the
# sidecar's lock, name extraction and grouping, the process pool of a first build, and
# importlib.metadata (a package's version, asked once where it matters).
HEAVY = (
    "ctranslate2",
    "reader.lang.identify",
    "filelock",
    "natasha",
    "pymorphy3",
    "rapidfuzz",
    "concurrent.futures.process",
    "importlib.metadata",
)

_RUN = """
import sys
from reader.cli import main
for args in (["corpus"], ["show", sys.argv[1]]):
    assert main(args) == 0
print("loaded:", *sorted(m for m in sys.argv[2:] if m in sys.modules))
"""


def test_corpus_and_show_on_an_indexed_corpus_load_nothing_heavy(indexed_data_dir: Path):
    article = sorted((REPO_ROOT / "corpus").glob("*.txt"))[0].stem
    env = {
        **os.environ,
        "READER_DATA": str(indexed_data_dir),
        "READER_CORPUS": str(REPO_ROOT / "corpus"),
        "READER_TRANSLATIONS": str(REPO_ROOT / "translations"),
        "PYTHONPATH": str(REPO_ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _RUN, article, *HEAVY],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines()[-1] == "loaded:"
