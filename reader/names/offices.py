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
    """A name's words without the titles or offices before them (Deputy Prime Minister,
    экс-президент генерал), and whether it had one; a name that would be left with no
    capitalized word keeps them (Аким alone is a given name)."""
    rest = _without_one(words)
    while rest is not None:
        words, rest = rest, _without_one(rest)
        if rest is None:
            return words, True
    return words, False


def _without_one(words: list[str]) -> list[str] | None:
    """The words without one title of a word or two first, if they begin with one before a
    capitalized word or another title."""
    for size in range(_MAX_TITLE_WORDS, 0, -1):
        rest = words[size:]
        if (
            rest
            and is_title(" ".join(words[:size]))
            and (rest[0][:1].isupper() or _without_one(rest) is not None)
        ):
            return rest
    return None
