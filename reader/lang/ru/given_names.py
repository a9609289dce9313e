"""Russian given names behind Belarusian and Ukrainian spellings: Siarhei, Сяргей, Сергій
are Сергей; Aliaksandr, Аляксандр, Олександр are Александр.

The letters correspond regularly (`given_names.json`: Belarusian h for г, ia for е before
the stress, a for о; Ukrainian і for и, ій for ей), but read back loosely one spelling gives
hundreds of strings. Only those pymorphy3's dictionary has as a given name in the nominative
are kept, walking the dictionary's prefixes so that no string outside it is ever built: the
correspondence is checked against a dictionary, not listed name by name, and a spelling
that reads as no Russian given name gets nothing.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reader.lang.base import CYRILLIC, LATIN

_DATA = Path(__file__).parent / "given_names.json"
_MIN_LETTERS = 3
_BUDGET = 4000  # prefixes tried per word: a long word stops there rather than stall
_RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_OWN_LETTERS = frozenset("іїєґў'’ʼ")  # Belarusian and Ukrainian letters Russian lacks


Table = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Tables:
    latin: Table
    latin_before_glide: Table
    cyrillic: Table
    vowels: frozenset[str]
    glide_vowels: frozenset[str]
    consonant_final: tuple[str, ...]


@cache
def _tables() -> _Tables:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))

    def table(key: str) -> Table:
        return {k: tuple(v) for k, v in raw[key].items()}

    return _Tables(
        table("latin"),
        table("latin_before_glide"),
        table("cyrillic"),
        frozenset(raw["vowels"]),
        frozenset(raw["glide_vowels"]),
        tuple(raw["consonant_final"]),
    )


@cache
def _words():
    from reader.lang.ru.morphology import _morph

    return _morph().dictionary.words


@lru_cache(maxsize=65536)
def _is_prefix(prefix: str) -> bool:
    """Whether some word of the dictionary starts so."""
    return next(iter(_words().iterkeys(prefix)), None) is not None


def _given_name(word: str) -> bool:
    """Whether the dictionary has `word` as a given name in the nominative singular."""
    from reader.lang.ru.morphology import _morph

    return any(
        "Name" in p.tag and "nomn" in p.tag and "sing" in p.tag and p.word == word
        for p in _morph().parse(word)
    )


def _options(
    word: str, i: int, n: int, table: Table, before_glide: Table, keep: bool
) -> tuple[str, ...]:
    """What `word[i:i+n]` may stand for: a final vowel is the name's ending and keeps its
    first reading (Anna is not Онно, Maria not Марио); before a, e, o, u `before_glide`
    rules (y is й there: Yana is not Иона); `keep`: a letter `table` lacks stands for itself."""
    segment = word[i : i + n]
    tables = _tables()
    vowels = tables.vowels
    if i + n < len(word) and word[i + n] in tables.glide_vowels and segment in before_glide:
        return before_glide[segment]
    options = table.get(segment, (segment,) if keep and n == 1 else ())
    if i + n == len(word) and n == 1 and segment in vowels:
        return options[:1]
    return options


def _spellings(word: str, table: Table, before_glide: Table, keep: bool) -> set[str]:
    """Every Russian string `word` may stand for under `table` that starts a dictionary
    word; `keep`: a letter the table lacks stands for itself (else the word has none)."""
    longest = max(map(len, table))
    out: set[str] = set()
    budget = [_BUDGET]

    def walk(i: int, built: str) -> None:
        if i == len(word):
            out.add(built)
            return
        for n in range(min(longest, len(word) - i), 0, -1):
            for russian in _options(word, i, n, table, before_glide, keep):
                budget[0] -= 1
                if budget[0] < 0:
                    return
                after = built + russian
                if not after or _is_prefix(after):
                    walk(i + n, after)

    walk(0, "")
    return out


@lru_cache(maxsize=65536)
def given_names(word: str) -> tuple[str, ...]:
    """The Russian given names `word` spells in Belarusian or Ukrainian, or romanized from
    either (Siarhei -> Сергей), capitalised; none for a word Russian writes as it is (a
    Cyrillic word of Russian letters the dictionary knows) or shorter than three letters."""
    low = unicodedata.normalize("NFC", word).casefold()
    if len(low) < _MIN_LETTERS or not low.replace("'", "").replace("’", "").isalpha():
        return ()
    tables = _tables()
    if CYRILLIC.search(low):
        if LATIN.search(low):
            return ()
        from reader.lang.ru.morphology import is_known

        if set(low) <= _RUSSIAN and is_known(low):
            return ()
        found = _spellings(low, tables.cyrillic, {}, keep=True)
    elif low.isascii():
        found = _spellings(low, tables.latin, tables.latin_before_glide, keep=False)
    else:
        return ()
    found |= {
        f + end
        for f in found
        for end in tables.consonant_final
        if f[-1:] not in "аеёиоуыэюяйь" and _is_prefix(f + end)
    }
    names = sorted(f for f in found if _given_name(f))
    return tuple(n[:1].upper() + n[1:] for n in names)
