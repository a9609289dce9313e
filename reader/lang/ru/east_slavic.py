"""Russian names behind Belarusian and Ukrainian spellings: Siarhei, Сяргей, Сергій are
Сергей; Aliaksandr, Аляксандр, Олександр are Александр; Sannikau, Саннікаў are Санников.

The letters correspond regularly (`east_slavic.json`: Belarusian h for г, ia for е before
the stress, a for о, a final ў for в; Ukrainian і for и, ій for ей), but read back loosely
one spelling gives hundreds of strings. Only those pymorphy3's dictionary has as a given
name or a surname in the nominative are kept, walking the dictionary's prefixes so that no
string outside it is ever built: the correspondence is checked against a dictionary, not
listed name by name, and a spelling that reads as no Russian name gets nothing.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reader.lang.base import CYRILLIC, LATIN
from reader.lang.look_alikes import ukrainian_analyzer
from reader.lang.ru.dictionary import analyzer as _morph

_DATA = Path(__file__).parent / "east_slavic.json"
_MIN_LETTERS = 3
_BUDGET = 4000  # readings tried per word: a long word stops there rather than stall
_RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_APOSTROPHES = "'’ʼ"

Table = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Script:
    """The correspondences of one script (east_slavic.json explains each)."""

    letters: Table
    initial: Table
    before_glide: Table
    pretonic: Table
    ending: Table
    keep_unknown: bool
    surname_endings: tuple[str, ...]
    glides: frozenset[str]
    vowels: frozenset[str]

    def options(self, word: str, i: int, n: int) -> tuple[str, ...]:
        """What `word[i:i+n]` may stand for in Russian."""
        segment = word[i : i + n]
        end = i + n
        if end < len(word) and word[end] in self.glides and segment in self.before_glide:
            return self.before_glide[segment]
        if i == 0 and segment in self.initial:
            return self.initial[segment]
        unknown = (segment,) if self.keep_unknown and n == 1 else ()
        options = self.letters.get(segment, unknown)
        if segment in self.pretonic and self._stressed(word[end:]):
            options = tuple(o for o in options if o not in self.pretonic[segment])
        if end == len(word) and n == 1 and segment in self.vowels:
            return options[:1]  # the ending: Anna is not Онно, Maria not Марио
        return options

    def _stressed(self, rest: str) -> bool:
        """Whether the syllable before `rest` is stressed as far as its spelling tells: the
        first of two syllables of a word in -a (Лена, Вера, Liana)."""
        return rest[-1:] in ("a", "а") and len(rest) > 1 and not set(rest[:-1]) & self.vowels


@cache
def _scripts() -> tuple[_Script, _Script, tuple[str, ...], Table]:
    """The Latin and the Cyrillic correspondences, the endings Russian adds, and those it
    writes for a final vowel."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))

    def script(part: dict[str, Any]) -> _Script:
        def table(key: str) -> Table:
            return {k: tuple(v) for k, v in part[key].items()}

        return _Script(
            table("letters"),
            table("initial"),
            table("before_glide"),
            table("pretonic"),
            table("ending"),
            part["keep_unknown"],
            tuple(part["surname_endings"]),
            frozenset(raw["glide_vowels"]),
            frozenset(raw["vowels"]),
        )

    finals = {k: tuple(v) for k, v in raw["vowel_final"].items()}
    return script(raw["latin"]), script(raw["cyrillic"]), tuple(raw["consonant_final"]), finals


@lru_cache(maxsize=65536)
def _is_prefix(prefix: str) -> bool:
    """Whether some word of the dictionary starts so."""
    return next(iter(_morph().dictionary.words.iterkeys(prefix)), None) is not None


def _name(word: str, surname: bool) -> bool:
    """Whether the dictionary has `word` as a given name (or if `surname`, a surname) in the
    nominative singular."""
    return any(
        ("Name" in p.tag or (surname and "Surn" in p.tag))
        and "nomn" in p.tag
        and "sing" in p.tag
        and p.word == word
        for p in _morph().parse(word)
    )


def _ukrainian_name(word: str) -> bool:
    """Whether Ukrainian's dictionary has `word` as a given name in the nominative: Russian's
    lists some Ukrainian names too (Дмитро, Олександра), which are still to be read."""
    return any("Name" in p.tag and "nomn" in p.tag for p in ukrainian_analyzer().parse(word))


def _at_edges(reading: str, word: str, initial: Table) -> bool:
    """Whether `reading` differs from `word` only as `initial` reads its first letter and in
    its ending: what a word both dictionaries know may read as (Олександра, Дмитро, Василь as
    Александра, Дмитрий, Василий), not its inner letters (Таня is not Тоня, Катя not Котя)
    nor another first letter (Ася is not Ося)."""
    first = reading[:1] == word[:1] or reading[:1] in initial.get(word[:1], ())
    first = first or reading[:2] in initial.get(word[:2], ())
    return first and reading[1:].startswith(word[1:-1])


def _spellings(word: str, script: _Script) -> set[str]:
    """Every Russian string `word` may stand for in `script` that begins a dictionary word."""
    longest = max(map(len, script.letters))
    out: set[str] = set()
    budget = [_BUDGET]

    def walk(i: int, built: str) -> None:
        if i == len(word):
            out.add(built)
            return
        for russian in script.ending.get(word[i:], ()):
            if i and _is_prefix(built + russian):
                out.add(built + russian)
        for n in range(min(longest, len(word) - i), 0, -1):
            for russian in script.options(word, i, n):
                budget[0] -= 1
                after = built + russian
                if budget[0] >= 0 and (not after or _is_prefix(after)):
                    walk(i + n, after)

    walk(0, "")
    return out


@lru_cache(maxsize=65536)
def russian_names(word: str) -> tuple[str, ...]:
    """The Russian given names and surnames `word` spells in Belarusian or Ukrainian, or
    romanized from either (Siarhei -> Сергей), capitalised; none for a word Russian writes
    as it is (a Cyrillic word of Russian letters the dictionary knows, unless Ukrainian's
    knows it as a given name) or shorter than three letters."""
    low = unicodedata.normalize("NFC", word).casefold()
    if len(low) < _MIN_LETTERS or not low.strip(_APOSTROPHES).isalpha():
        return ()
    latin, cyrillic, endings, finals = _scripts()
    both = False  # a word of Russian letters both dictionaries know (Дмитро, Таня)
    if CYRILLIC.search(low):
        both = set(low) <= _RUSSIAN and _morph().word_is_known(low)
        if LATIN.search(low) or (both and not _ukrainian_name(low)):
            return ()
        script = cyrillic
    elif low.isascii():
        script = latin
    else:
        return ()
    found = _spellings(low, script)
    found |= {
        f + end
        for f in found
        for end in endings
        if f[-1:] not in "аеёиоуыэюяйь" and _is_prefix(f + end)
    }
    found |= {
        f[:-1] + end for f in found for end in finals.get(f[-1:], ()) if _is_prefix(f[:-1] + end)
    }
    surname = low.endswith(script.surname_endings)
    names = sorted(
        f for f in found if _name(f, surname) and (not both or _at_edges(f, low, script.initial))
    )
    return tuple(n[:1].upper() + n[1:] for n in names)
