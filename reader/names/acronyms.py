"""Acronyms of names: ГБАО, NATO, ОДКБ stand for the names whose words' initials spell them.

A news text writes a long name once and its acronym after (Горно-Бадахшанская автономная
область, ГБАО). An acronym shares no letters' run with its name, so no spelling rule links
them: the initials do, in either script's letters as the keys fold them (GBAO = ГБАО). A
hyphenated word gives the initial of each part or of the first (Горно-Бадахшанская: ГБ or Г),
and a word of one or two letters may be left out (Договора о коллективной: ДКБ or ДОКБ).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from reader.names.translit import name_keys

_MIN_LETTERS = 3
_MAX_LETTERS = 6
_FUNCTION_WORD = 2  # a word this short (о, of, и) an acronym may leave out
_HYPHENS = "-‐‑"


def is_acronym(text: str) -> bool:
    """A single word of three to six capital letters (ГБАО, NATO)."""
    word = text.strip()
    return (
        _MIN_LETTERS <= len(word) <= _MAX_LETTERS
        and word.isalpha()
        and word.isupper()
        and " " not in word
    )


def _word_initials(word: str) -> tuple[str, ...]:
    parts = [p for p in word.translate({ord(h): " " for h in _HYPHENS}).split() if p]
    if not parts:
        return ("",)
    options = {"".join(p[0] for p in parts), parts[0][0]}
    if len(word) <= _FUNCTION_WORD:
        options.add("")
    return tuple(sorted(options))


@lru_cache(maxsize=65536)
def acronym_keys(name: str) -> frozenset[str]:
    """Keys of the acronyms a name of two words or more may be written as; none for others."""
    words = name.split()
    content = sum(len(w) > _FUNCTION_WORD for w in words)  # each gives a letter at least
    if len(words) < 2 or content > _MAX_LETTERS:
        return frozenset()
    spelled = {"".join(c).upper() for c in itertools.product(*(_word_initials(w) for w in words))}
    found = (a for a in spelled if _MIN_LETTERS <= len(a) <= _MAX_LETTERS and a.isalpha())
    return frozenset(k for a in found for k in name_keys(a))
