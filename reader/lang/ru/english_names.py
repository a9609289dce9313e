"""Russian given names behind their English forms: Joseph is Иосиф, Eugene Евгений, Peter
Пётр (english_names.json). English texts write the name of the same saint, which no spelling
rule can link; a word that is no English form there gets nothing."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "english_names.json"


@cache
def _table() -> dict[str, tuple[str, ...]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["names"]
    return {english.casefold(): tuple(russian) for english, russian in raw.items()}


def russian_given_names(word: str) -> tuple[str, ...]:
    """The Russian given names `word` is the English form of (Joseph -> Иосиф); none else."""
    return _table().get(word.casefold(), ())
