"""Capitalised word sequences that may be names, offered when saving a glossary entry."""

from __future__ import annotations

import re
from functools import lru_cache

from reader import lang as languages

_TITLES = {"President", "Mr", "Mrs", "Ms", "Dr", "Prime", "Minister", "The", "A", "An"}


def name_candidates(sentence: str) -> list[str]:
    """Distinct candidates in order; leading titles and possessive endings are dropped."""
    found: list[str] = []
    for match in _run(_capitals()).finditer(sentence):
        words = match.group(0).split()
        while words and words[0].rstrip(".") in _TITLES:
            words.pop(0)
        name = re.sub(r"['’]s$", "", " ".join(words))
        if name and name not in found:
            found.append(name)
    return found


def _capitals() -> str:
    """The capital letters of every registered language: where a name may start."""
    return "".join(sorted({c for language in languages.all() for c in language.capitals}))


@lru_cache(maxsize=8)  # one pattern per set of registered capitals
def _run(capitals: str) -> re.Pattern[str]:
    """Runs of capitalised words, joined by spaces or hyphens."""
    capital = f"[{re.escape(capitals)}]"
    return re.compile(rf"(?:{capital}[\w'’-]*)(?:[ -]{capital}[\w'’-]*)*")
