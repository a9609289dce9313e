"""What a name's first letter may stand for, to compare an initial across scripts.

A key of one letter cannot do it: Ж. folds to "j", and Z., Zh. and J. write it in English,
Kyrgyz and German texts; Ю. is Yu., Iu. or J. So each first letter gets the sounds it may
stand for (`initials.json`) and an initial meets a word when their sounds meet. Two Cyrillic
letters compare as themselves: Е. is not Я., though both may be Y. in Latin letters.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = json.loads((Path(__file__).with_name("initials.json")).read_text(encoding="utf-8"))
_CYRILLIC: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["cyrillic"].items()}
_LATIN: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["latin"].items()}
_PAIRS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["latin_pairs"].items()}
_SAME = "="  # marks a Cyrillic letter itself among its sounds


@lru_cache(maxsize=4096)
def first_sounds(text: str, initial: bool) -> frozenset[str]:
    """The sounds `text` may begin with: an initial (Zh., Ж.) or a written-out word (Zarina,
    which is not Ж: a Latin letter's sound spelled with two letters needs them written)."""
    low = text.casefold().replace("ё", "е").rstrip(".")
    if not low:
        return frozenset()
    first = low[0]
    if first in _CYRILLIC:
        return _CYRILLIC[first] | {_SAME + first}
    letter = unicodedata.normalize("NFD", first)[0]
    sounds = _LATIN.get(letter, frozenset({letter}))
    if initial and len(low) == 1:
        return sounds
    # a sound the letter spells with the next one (zh, sh, ya) only where that one follows
    other = frozenset(s for s in sounds if not s.startswith(letter))
    pair = _PAIRS.get(low[:2])
    if pair is not None:
        return pair | other
    return other | {s for s in sounds if len(s) == 1}


def initials_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two first letters' sounds (`first_sounds`) may be one name's."""
    same_a = {s for s in a if s.startswith(_SAME)}
    same_b = {s for s in b if s.startswith(_SAME)}
    if same_a and same_b:
        return not same_a.isdisjoint(same_b)
    return not (a - same_a).isdisjoint(b - same_b)


def cyrillic_letter(sounds: frozenset[str]) -> bool:
    """Whether the sounds (`first_sounds`) are a Cyrillic letter's, which compares as itself."""
    return any(s.startswith(_SAME) for s in sounds)
