"""A title or office before a person's name (генерал Панфилов, President Sadyr Japarov, аким
Ивана Козлова): no part of the name, and a sign that it is a person's, never a place's (a
town named after the person stays apart). The words, in their case forms, are data
(offices.json), in the languages the project and its region write: grouping reads a name in
any of them, where an extractor's titles (`reader/lang/LANG/names.json`) end a name's run in
its own language's text.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_OFFICES = Path(__file__).with_name("offices.json")
_MAX_TITLE_WORDS = 2  # prime minister, vice president, раиси ҷумҳур


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    with _OFFICES.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return frozenset(
        word.casefold() for words in raw.values() if isinstance(words, list) for word in words
    )


def is_title(phrase: str) -> bool:
    """Whether a word or phrase is a title or office, in any case form (генерала, President);
    an abbreviation only as offices.json writes it (Dr, Dr.)."""
    return phrase.casefold() in _titles()


def without_title(words: list[str]) -> tuple[list[str], bool]:
    """A name's words without a title or office as its first word or two, and whether it had
    one; a name that would be left with no capitalized word keeps it (Аким alone is a given
    name)."""
    for size in range(_MAX_TITLE_WORDS, 0, -1):
        rest = words[size:]
        if rest and rest[0][:1].isupper() and is_title(" ".join(words[:size])):
            return rest, True
    return words, False
