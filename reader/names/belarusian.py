"""The nominatives of a name in a Belarusian case form (Ядвігі Лагойскай: Ядвіга
Лагойская; Паўла Шаўца: Павал Шавец; Ляхавічах: Ляхавічы).

Belarusian is no language of the app, but its names reach the texts in its case forms, and
no Belarusian dictionary is installed: Russian's declension reads only Russian letters, and
Belarusian's endings are not Russian's (a feminine adjective's -ай, a genitive -ы after ц).
So the endings are read back by rules (belarusian_endings.json), each giving every
nominative it may stand for. The grouper reads them, instead of Russian's readings, only in
a name one word of which its letters mark as Belarusian (`marked`,
`reader.names.translit.neighbour_language`) and whose words are of letters Belarusian writes
(`writes`), so that a Russian or Ukrainian name keeps its own reading.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.lang.base import match_case

_DATA = Path(__file__).parent / "belarusian_endings.json"


@dataclass(frozen=True)
class _Table:
    mark: re.Pattern[str]
    name_mark: re.Pattern[str]
    letters: re.Pattern[str]
    endings: tuple[tuple[str, str, re.Pattern[str] | None, str | None], ...]
    stems: tuple[tuple[re.Pattern[str], str], ...]
    min_stem: int


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return _Table(
        re.compile(raw["mark"]),
        re.compile(raw["name_mark"]),
        re.compile(raw["letters"]),
        tuple(
            (ending, nominative, re.compile(f"{after}$") if after else None, gender or None)
            for ending, nominative, after, gender in raw["endings"]
        ),
        tuple((re.compile(f"{end}$"), nominative) for end, nominative in raw["stems"]),
        raw["min_stem"],
    )


def writes(word: str) -> bool:
    """Whether `word` is of letters Belarusian writes, as it writes them (not Горішні: its
    р is never soft)."""
    return bool(_table().letters.match(word.casefold()))


def marked(word: str, in_name: bool = False) -> bool:
    """Whether `word` is of letters Belarusian writes and has one Russian does not write so
    (ў after a vowel, дз, ц before a soft vowel, шэ...); `in_name`, of a name of two words
    or more, і too, which alone marks a Kazakh word as well (Меркі)."""
    low = word.casefold()
    table = _table()
    mark = table.mark.search(low) or (in_name and table.name_mark.search(low))
    return writes(word) and bool(mark)


@lru_cache(maxsize=65536)
def readings(word: str) -> tuple[tuple[str, str | None], ...]:
    """The nominatives `word` may be a Belarusian case form of, cased as `word`, each with
    the gender its ending is of ("m", "f"; None for a plural's): Шаўца -> Шаўц, Шавец,
    a man's; Ядвігі -> Ядвіга, a woman's. None for a word of letters Belarusian
    does not write. Whether the word is Belarusian at all is the caller's to tell
    (`marked`)."""
    low = word.casefold()
    table = _table()
    if not table.letters.match(low):
        return ()
    found: dict[tuple[str, str | None], None] = {}
    for ending, nominative, after, gender in table.endings:
        stem = low[: len(low) - len(ending)]
        if not low.endswith(ending) or len(stem) < table.min_stem:
            continue
        if after is not None and not after.search(stem):
            continue
        for base in _stem_spellings(stem) if not nominative else (stem,):
            found.setdefault((base + nominative, gender))
    return tuple((match_case(word, base), gender) for base, gender in found if base != low)


def _stem_spellings(stem: str) -> tuple[str, ...]:
    """A consonant stem as it stands and as the nominative writes its end (Шаўц: Шавец;
    Паўл: Павал; Саннікав: Саннікаў)."""
    return (stem, *(p.sub(n, stem) for p, n in _table().stems if p.search(stem)))
