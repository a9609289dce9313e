"""Capitalised word sequences that may be names, offered when saving a glossary entry."""

from __future__ import annotations

import re

# Runs of capitalised words (Latin or Cyrillic), joined by spaces or hyphens.
_RUN = re.compile(r"(?:[A-ZА-ЯЁӨҮҢ][\w'’-]*)(?:[ -][A-ZА-ЯЁӨҮҢ][\w'’-]*)*")
_TITLES = {"President", "Mr", "Mrs", "Ms", "Dr", "Prime", "Minister", "The", "A", "An"}


def name_candidates(sentence: str) -> list[str]:
    """Distinct candidates in order; leading titles and possessive endings are dropped."""
    found: list[str] = []
    for match in _RUN.finditer(sentence):
        words = match.group(0).split()
        while words and words[0].rstrip(".") in _TITLES:
            words.pop(0)
        name = re.sub(r"['’]s$", "", " ".join(words))
        if name and name not in found:
            found.append(name)
    return found
