"""Russian forms of Ukrainian given names no spelling rule reaches: Костянтин is Константин,
Надія Надежда, Тетяна Татьяна, Пилип Филипп, in Cyrillic and in Ukrainian romanization
(Kostiantyn, Tetiana). The table (ukrainian_names.json) is derived from names-translator's
validated pairs by benchmarks/ukrainian_names_data.py; a word it does not hold gets nothing."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "ukrainian_names.json"


@cache
def _table() -> dict[str, str]:
    return json.loads(_DATA.read_text(encoding="utf-8"))["names"]


def russian_forms(word: str) -> tuple[str, ...]:
    """The Russian given name the Ukrainian `word` stands for (Тетяна -> Татьяна); none else."""
    found = _table().get(unicodedata.normalize("NFC", word).casefold())
    return (found,) if found else ()
