"""Word order that only one of a language and the head-final languages beside it writes:
Russian puts a common noun before the name it heads ("Республика Гана", "Королевство
Бутан"), Kyrgyz and Kazakh after it, with a possessive ("Гана Республикасы"). A text that
is such a noun, in its base form, then names only, each in its base form, is the former's:
the voters give "Республика Гана" to Kyrgyz, knowing the country's name from Kyrgyz texts.
"""

from __future__ import annotations

import re

from reader.lang.base import CYRILLIC, Morphology

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def head_before_names(text: str, morphology: Morphology) -> bool:
    """Whether `text` is a common noun `morphology` knows in its base form, then one or more
    capitalised words it knows in their base form (names: Гана, Кабо-Верде), all Cyrillic:
    "Батарея Индикатору" is no such text (a dative), nor "Рождество Аралы" (unknown)."""
    words = _WORD.findall(text)
    if len(words) < 2 or not all(CYRILLIC.match(w) for w in words):
        return False
    head, names = words[0], words[1:]
    if not all(name[:1].isupper() for name in names):
        return False
    return _base_form(head.casefold(), morphology) and all(
        _base_form(name, morphology) for name in names
    )


def _base_form(word: str, morphology: Morphology) -> bool:
    """Whether `morphology` knows `word` (a lower-case word as no name alone) as its own
    base form."""
    return morphology.knows_after("", word) and any(
        base.casefold() == word.casefold() for base in morphology.base_forms(word)
    )
