"""Russian given names behind forms no spelling rule can link: English forms (Joseph is
Иосиф, Eugene Евгений: english_names.json, written for the project), Georgian's own (Mikheil
is Михаил, the same file) and Ukrainian ones (Костянтин is Константин, Надія Надежда, in
Cyrillic and in Ukrainian romanization: ukrainian_names.json, derived from names-translator's
validated pairs by benchmarks/ukrainian_names_data.py). The files come from different sources
under different terms, hence two; their keys do not overlap. A word no table holds gets
nothing. A Ukrainian village named after such a name (Костянтинівка) reads as the Russian one
Russian forms from its own (Константиновка)."""

from __future__ import annotations

import json
import re
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


# A village named after a given name with Ukrainian's possessive suffix and -ка (Костянтинівка,
# Kostiantynivka, German Kostjantyniwka), where Russian puts -овка on its own form of the name
# (Константиновка); a woman's name drops its -а first (Катеринівка: Екатериновка).
_UKRAINIAN_TOWN = re.compile(r"(?:івка|ivka|iwka)$")


def russian_town_names(word: str) -> tuple[str, ...]:
    """The Russian name of a village `word` names after a given name the tables hold
    (Костянтинівка, Kostiantynivka -> Константиновка; Володимирівка -> Владимировка), as
    Russian forms it from its own form of the name; none for another word."""
    low = unicodedata.normalize("NFC", word).casefold()
    found = _UKRAINIAN_TOWN.search(low)
    if not found:
        return ()
    stem = low[: found.start()]
    vowel = "a" if stem.isascii() else "а"
    table = _table()
    names = table.get(stem, ()) + tuple(n for n in table.get(stem + vowel, ()) if n[-1] == "а")
    return tuple(dict.fromkeys(n.removesuffix("а") + "овка" for n in names if n[-1] not in "йь"))
