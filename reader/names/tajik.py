"""Stems of a name in Tajik's object case (Хуҷандро, Кӯлобро).

Tajik is no language of the app, but its news and its names reach the texts, and its one
case ending is the object marker -ро (Душанберо 'Dushanbe', as an object), which neither
Kyrgyz nor Kazakh has. Read only in a word with a letter only Tajik writes (ӣ, ӯ, ҷ): a
Russian word may end so (Петро, Педро, бюро). Read late only (reader.names.grouping): a
word may be a case form, or may not.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MARK = re.compile("[ӣӯҷ]", re.IGNORECASE)
_ENDING = "ро"
# A stem: of three letters or more, with a vowel, ending in a letter
_STEM = re.compile(r"^[\w-]*[аеёиоуыэюяӣӯ][\w-]*(?<![-ьъ])$")
_MIN_STEM = 3


@lru_cache(maxsize=65536)
def case_stems(word: str) -> tuple[str, ...]:
    """The stem `word` is Tajik's object case of (Хуҷандро -> Хуҷанд); none for a word with no
    letter only Tajik writes."""
    low = word.casefold()
    if not _MARK.search(low) or not low.endswith(_ENDING):
        return ()
    stem = word[: -len(_ENDING)]
    return (stem,) if len(stem) >= _MIN_STEM and _STEM.match(stem.casefold()) else ()
