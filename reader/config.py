"""Where the corpus, the sample translations and the review data live.

Defaults sit inside the repository (the data folder is git-ignored); the environment
variables `READER_DATA`, `READER_CORPUS` and `READER_TRANSLATIONS`, or explicit arguments
(the CLI's `--data` and `--corpus`), move them, so tests and benchmarks never touch real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Paths:
    corpus: Path
    data: Path
    translations: Path

    @property
    def database(self) -> Path:
        return self.data / "reader.sqlite3"

    def check_output(self, output: str | Path) -> Path:
        """Where to write an export or a backup named `output`, refusing the folders that hold
        the user's data (one typo, `-o data/reader.sqlite3`, would overwrite the review store)
        and anything that is not a regular file (a pipe, a device, a folder)."""
        target = Path(output).expanduser().resolve()
        for name, folder, holds in (
            ("data", self.data, "the review store"),
            ("corpus", self.corpus, "the articles"),
            ("translations", self.translations, "the translation files"),
        ):
            if target.is_relative_to(folder.resolve()):
                raise ValueError(
                    f"refusing to write {output}: it is inside the {name} folder {folder}, "
                    f"which holds {holds}; write it somewhere else"
                )
        if target.exists() and not target.is_file():
            raise ValueError(f"refusing to write {output}: it is not a regular file")
        if not target.parent.is_dir():
            raise ValueError(f"cannot write {output}: the folder {target.parent} does not exist")
        return target


def resolve_paths(
    data: str | Path | None = None,
    corpus: str | Path | None = None,
    translations: str | Path | None = None,
) -> Paths:
    """Explicit arguments win over environment variables, which win over defaults."""

    def pick(explicit: str | Path | None, env: str, default: Path) -> Path:
        chosen = explicit or os.environ.get(env) or default
        return Path(chosen).expanduser().resolve()

    return Paths(
        corpus=pick(corpus, "READER_CORPUS", REPO_ROOT / "corpus"),
        data=pick(data, "READER_DATA", REPO_ROOT / "data"),
        translations=pick(translations, "READER_TRANSLATIONS", REPO_ROOT / "translations"),
    )
