"""A place name's descriptive adjective that English translates and the region's languages
write as their own word (Upper Svaneti, Верхняя Сванетия, Zemo Svaneti; Big Naryn, Чоң Нарын,
Большой Нарын): descriptive.json."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from reader.names.translit import name_keys

_DATA = Path(__file__).with_name("descriptive.json")


@lru_cache(maxsize=1)
def _translated() -> dict[str, tuple[str, ...]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {word: tuple(forms) for word, forms in raw.items() if not word.startswith("_")}


@lru_cache(maxsize=1024)
def translated_keys(word: str) -> frozenset[str]:
    """Keys of the words an English descriptive adjective translates (Upper: Верхний,
    Verkhnyaya, Zemo), and of the English word such a word is (Верхняя: Upper); none for
    another word. For matching only: a name's stored key keeps its own words."""
    low = word.casefold()
    table = _translated()
    forms = table.get(low, ())
    english = [en for en, words in table.items() if low in words]
    keys = [k for w in (*forms, *english) for k in name_keys(w)]
    return frozenset(keys)
