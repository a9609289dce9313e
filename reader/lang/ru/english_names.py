"""Russian given names behind their English forms: Joseph is Иосиф, Eugene Евгений, Peter
Пётр (english_names.json), and behind Georgian's own forms (Mikheil is Михаил). English
texts write the name of the same saint, which no spelling rule can link; a word that is no
form there gets nothing."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "english_names.json"


@cache
def _table() -> dict[str, tuple[str, ...]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    forms = raw["names"] | raw["georgian"]
    return {other.casefold(): tuple(russian) for other, russian in forms.items()}


def russian_given_names(word: str) -> tuple[str, ...]:
    """The Russian given names `word` is the English or Georgian form of (Joseph, Mikheil ->
    Иосиф, Михаил); none else."""
    return _table().get(word.casefold(), ())
