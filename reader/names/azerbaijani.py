"""Stems of a name in an Azerbaijani case form in Latin letters (Qasımlının, Gəncədə).

Azerbaijani is no language of the app, but its names reach the texts in its case forms,
whose endings follow its vowel harmony: the genitive's and the accusative's vowel is ı, i, u
or ü by the stem's last vowel, the dative's, locative's and ablative's a or ə, and a stem
ending in a vowel takes n (genitive, accusative) or y (dative) before it. Not the one-letter
accusative and dative after a consonant, which would give most words a stem. Only in a word
with ə or ı, which neither English nor the Russian schemes write, and read late only
(reader.names.grouping): a word may be a case form, or may not.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MARK = re.compile("[əı]")
_VOWELS = "aıoueəiöü"
# The stem's last vowel -> the four-way and the two-way vowel of an ending after it
_FOUR = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i", "i": "i", "ö": "ü", "ü": "ü"}
_TWO = {"a": "a", "ı": "a", "o": "a", "u": "a", "e": "ə", "ə": "ə", "i": "ə", "ö": "ə", "ü": "ə"}
_MIN_STEM = 4


@lru_cache(maxsize=65536)
def case_stems(word: str) -> tuple[str, ...]:
    """The stems of four letters or more `word` is an Azerbaijani genitive, accusative,
    dative, locative or ablative of (Qasımlının -> Qasımlı, Gəncədə -> Gəncə); none for a
    word without ə or ı."""
    low = word.lower()
    if len(low) != len(word) or not _MARK.search(low):
        return ()
    return tuple(
        word[:cut]
        for cut in range(len(low) - 1, _MIN_STEM - 1, -1)
        if low[cut:] in _endings(low[:cut])
    )


def _endings(stem: str) -> frozenset[str]:
    """The case endings the stem's last vowel and last letter call for."""
    last = next((c for c in reversed(stem) if c in _VOWELS), "")
    if not last or not stem[-1].isalpha():
        return frozenset()
    four, two = _FOUR[last], _TWO[last]
    if stem[-1] in _VOWELS:
        return frozenset((f"n{four}n", f"n{four}", f"y{two}", f"d{two}", f"d{two}n"))
    return frozenset((f"{four}n", f"d{two}", f"d{two}n", f"t{two}", f"t{two}n"))
