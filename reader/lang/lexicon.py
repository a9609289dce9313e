"""Words only one of a language and its look-alikes writes, which language identification
weighs between them (`reader.lang.identify`): a language folder's `lexicon.txt.xz`, built
by `benchmarks/langid_lexicon.py` (Kyrgyz's and Kazakh's, from Tesseract's word lists).
"""

from __future__ import annotations

import logging
import lzma
import re
import threading
from functools import lru_cache
from itertools import groupby
from pathlib import Path

_SECTION = re.compile(r"^\[(\w+)\]$", re.M)  # a language's code, its words after it
_LOG = logging.getLogger(__name__)


@lru_cache(maxsize=16)
def lexicon(path: Path) -> Lexicon:
    """The lexicon in `path`, one for every identifier and caller (it loads on first use)."""
    return Lexicon(path)


class Lexicon:
    """Words only one of a language and its look-alikes writes (an xz-compressed file: a "#"
    header, then each language's words under its code in brackets, one a line, shortest
    first, then in order; `benchmarks/langid_lexicon.py` builds Kyrgyz's and Kazakh's).
    Loaded on the first text that reads as one of them (0.2 s), each length's words as one
    string searched by halves: 9 MB, where a set of Kyrgyz's and Kazakh's 510,000 words
    would take 60."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._words: dict[str, dict[int, str]] | None = None
        self._loading = threading.Lock()
        # Kept per word (bounded): identification asks of the same words text after text.
        self.language = lru_cache(maxsize=65536)(self._language)

    def _language(self, word: str) -> str | None:
        """The code of the language whose list has `word` (lower case), else None."""
        for code, by_length in self._loaded().items():
            if _has(by_length.get(len(word), ""), word):
                return code
        return None

    def _loaded(self) -> dict[str, dict[int, str]]:
        """The words by language and length, read on first use: under a lock, as a preload
        thread and a check may ask at once, and kept only once wholly read."""
        with self._loading:
            if self._words is None:
                self._words = self._read()
            return self._words

    def _read(self) -> dict[str, dict[int, str]]:
        """The file's words; none, with one warning, if it cannot be read (truncated, not
        xz, not UTF-8): identification goes on as for a language without a lexicon."""
        try:
            text = lzma.decompress(self.path.read_bytes()).decode("utf-8")
        except (OSError, lzma.LZMAError, ValueError) as exc:
            _LOG.warning(
                "reader: warning: language identification goes on without %s (%s)", self.path, exc
            )
            return {}
        sections = _SECTION.split(text)[1:]
        return {
            code: {length: "".join(words) for length, words in groupby(body.split(), key=len)}
            for code, body in zip(sections[::2], sections[1::2], strict=True)
        }


def _has(words: str, word: str) -> bool:
    """Whether `words`, sorted words as long as `word` written one after the other, has it."""
    size = len(word)
    low, high = 0, len(words) // size
    while low < high:
        middle = (low + high) // 2
        found = words[middle * size : (middle + 1) * size]
        if found == word:
            return True
        if found < word:
            low = middle + 1
        else:
            high = middle
    return False
