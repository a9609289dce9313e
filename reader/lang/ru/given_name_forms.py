"""Russian given names behind forms no spelling rule can link: English forms (Joseph is
Иосиф, Eugene Евгений: english_names.json, written for the project), Georgian's own (Mikheil
is Михаил, the same file) and Ukrainian ones (Костянтин is Константин, Надія Надежда, in
Cyrillic and in Ukrainian romanization: ukrainian_names.json, derived from names-translator's
validated pairs by benchmarks/ukrainian_names_data.py). The files come from different sources
under different terms, hence two; their keys do not overlap. A word no table holds gets
nothing."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent
ENGLISH = _HERE / "english_names.json"
UKRAINIAN = _HERE / "ukrainian_names.json"


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _table() -> dict[str, tuple[str, ...]]:
    english = _read(ENGLISH)
    table = {
        form.casefold(): tuple(russian)
        for form, russian in (english["names"] | english["georgian"]).items()
    }
    table |= {form: (russian,) for form, russian in _read(UKRAINIAN)["names"].items()}
    return table


def russian_given_names(word: str) -> tuple[str, ...]:
    """The Russian given names `word` is another form of (Joseph, Mikheil, Тетяна -> Иосиф,
    Михаил, Татьяна); none else."""
    return _table().get(unicodedata.normalize("NFC", word).casefold(), ())
