"""Stems of a name in a Tatar case form (Зариповның, Казанда, Әлмәттә).

Tatar is no language of the app, but its news and its names reach the Russian texts, and
its endings are neither Kyrgyz's nor Kazakh's: the genitive is -ның, -нең after any sound
(Kazakh writes -тың after a voiceless one: Кашаповтың, Tatar Кашаповның), and the front
vowel of an ending is ә (-гә, -кә, -дә, -тә, -дән; Bashkir's too). Only those endings are
read here: a back one (-га, -да, -дан) is Kyrgyz's as well, and Kyrgyz's morphology reads
it. Read late only (reader.names.grouping): a word may be a Tatar case form, or may not.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Genitive, and the front forms of the dative, locative and ablative
_ENDINGS = ("ның", "нең", "гә", "кә", "дә", "тә", "дән", "тән", "нән")
# A stem: of three letters or more, with a vowel, ending in a Cyrillic letter
_STEM = re.compile(r"^[\w-]*[аәеёиоөуүыэюя][\w-]*(?<![-ьъ])$")
_MIN_STEM = 3
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff-]+$")


@lru_cache(maxsize=65536)
def case_stems(word: str) -> tuple[str, ...]:
    """The stems `word` is a Tatar case form of (Зариповның -> Зарипов, Әлмәттә -> Әлмәт);
    none for a word with a Latin letter."""
    low = word.casefold()
    if not _CYRILLIC_WORD.match(low):
        return ()
    return tuple(
        word[: len(low) - len(e)]
        for e in _ENDINGS
        if low.endswith(e)
        and len(low) - len(e) >= _MIN_STEM
        and _STEM.match(low[: len(low) - len(e)])
    )
