"""What every language's name extractor (`reader/lang/LANG/names.py`) builds on.

A language's `Language.extractor` finds names in its texts; `reader.names.extract` asks the
registry for it and hands it a `NameContext`: its own word lists (`names.json` in its folder)
and those of the languages its texts may quote, so no extractor imports another language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class NameMention:
    """A name in a text: `text == source[start:end]`; `lemma` is its citation form."""

    start: int
    end: int
    text: str
    kind: str  # "person", "place", "org", or "name" when the extractor cannot tell
    lemma: str


@dataclass(eq=False)
class WordLists:
    """Word lists of one language (its `names.json`) as sets, prepared once."""

    raw: dict[str, Any]
    sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def __getitem__(self, key: str) -> frozenset[str]:
        found = self.sets.get(key)
        if found is None:
            value = self.raw.get(key, [])
            found = frozenset(value.keys() if isinstance(value, dict) else value)
            self.sets[key] = found
        return found

    def lower(self, key: str) -> frozenset[str]:
        name = key + ":lower"
        found = self.sets.get(name)
        if found is None:
            found = frozenset(w.lower() for w in self[key])
            self.sets[name] = found
        return found

    def mapping(self, key: str) -> dict[str, str]:
        value = self.raw.get(key, {})
        return value if isinstance(value, dict) else {}


@lru_cache(maxsize=32)  # one file per registered language
def word_lists(path: Path) -> WordLists:
    """The word lists in `path`, read once; none when a language has no such file."""
    if not path.is_file():
        return WordLists({})
    with path.open(encoding="utf-8") as fh:
        return WordLists(json.load(fh))


@dataclass(frozen=True)
class NameContext:
    """The word lists an extractor may use: its language's, the source language's (English
    words quoted in a Kyrgyz text) and those of the other languages in its script (Kyrgyz
    places in a Russian text)."""

    own: WordLists
    source: WordLists
    same_script: tuple[WordLists, ...] = ()


class NameExtractor:
    """Finds names in one language's texts; rules by default, one text at a time."""

    def backend(self) -> str:
        """What does the work ("rules", or a model's name)."""
        return "rules"

    def preload(self) -> None:
        """Load models now rather than on first use; rules need nothing."""

    def extract(self, text: str, context: NameContext) -> list[NameMention]:
        raise NotImplementedError

    def extract_many(self, texts: Sequence[str], context: NameContext) -> list[list[NameMention]]:
        return [self.extract(text, context) for text in texts]


@dataclass
class Token:
    """A word of a rule-based extractor, with the span of the name part in it."""

    start: int  # span of the name part (possessive and adjective tails cut)
    end: int
    raw_start: int  # span of the whole word
    raw_end: int
    core: str
    cap: bool = False
    possessive: bool = False
    attributive: bool = False  # "Kremlin-backed": the word ends the run
    initial: bool = False
    acronym: str | None = None  # kind of a known acronym
    particle: bool = False
    lemma: str = ""  # the word without its case ending (Kyrgyz)
    suffix: str = ""  # the case ending that was cut
    plural: bool = False
    latin: bool = False


_OPENERS = "\"'“”‘’«»„([{)]}*•·–—-‒―"
_SENTENCE_END = ".!?:;…"
SPACES = re.compile(r"[ \t\u00a0\u202f]+")


def at_sentence_start(
    text: str, start: int, abbreviations: frozenset[str], quotes: bool = True
) -> bool:
    """Is the word at `start` the first of a sentence (or of a quotation or bracket)?"""
    before = text[:start].rstrip()
    if quotes and _after_opening_quote(before):
        return True
    before = before.rstrip(_OPENERS + " \t\u00a0")
    if not before:
        return True
    if before[-1] not in _SENTENCE_END:
        return False
    if before[-1] == ".":
        word = re.search(r"(\w+)\.$", before)
        if word and (word.group(1) in abbreviations or len(word.group(1)) == 1):
            return False
    return True


def _after_opening_quote(before: str) -> bool:
    if not before:
        return False
    return before[-1] in "“«„‘([" or (
        before[-1] in "\"'" and (len(before) == 1 or before[-2].isspace())
    )


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
