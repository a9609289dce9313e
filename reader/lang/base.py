"""What the rest of `reader` may ask of a language: the `Language` record.

A language folder (`reader/lang/ky/`...) builds one `Language`; code elsewhere asks it
instead of testing the language's code, so adding a language touches no other module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Language:
    """One language: its name, letters, and where its rules live (files in `folder`).

    `script` matches any letter of its alphabet; `letters` are the letters that tell it apart
    from other languages in that script (Kyrgyz ө ү ң). `pysbd` is the pysbd language that
    sentence splitting starts from; `segment.json` in the folder corrects it, `names.json`
    holds the word lists of name extraction, `schemes/` its romanization systems.
    """

    code: str
    name: str
    script: re.Pattern[str]
    letters: str
    pysbd: str
    folder: Path

    @property
    def segment_rules(self) -> Path | None:
        path = self.folder / "segment.json"
        return path if path.is_file() else None

    @property
    def name_rules(self) -> Path:
        return self.folder / "names.json"

    @property
    def schemes(self) -> tuple[Path, ...]:
        return tuple(sorted((self.folder / "schemes").glob("*.json")))

    def writes(self, text: str) -> bool:
        """Whether `text` has a letter of this language's script."""
        return self.script.search(text) is not None

    def own_letters(self, text: str) -> bool:
        """Whether `text` has a letter only this language (of the registered ones) uses."""
        return bool(self.letters) and any(c in self.letters for c in text.casefold())
