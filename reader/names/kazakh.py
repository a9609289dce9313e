"""Stems of a name in a Kazakh case form (Тоқаевтың, Назарбаеваға, Алматының).

Kazakh is no language of the app, but its news and its names reach the Russian and Kyrgyz
texts, and its case endings are not Kyrgyz's (a genitive in ң, a dative in ғ or қ, no
rounding): Kyrgyz's morphology leaves such a word whole. The endings are data
(kazakh_endings.json); a word is a stem and an ending only where that ending is the one the
stem's last sound and last vowel call for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.lang import CYRILLIC

_DATA = Path(__file__).parent / "kazakh_endings.json"


@dataclass(frozen=True)
class _Table:
    classes: dict[str, str]
    back: str
    front: str
    endings: tuple[dict[str, list[str]], ...]
    unharmonic: tuple[str, ...]
    either: tuple[str, ...]
    min_stem: int
    short_stem: int
    short_endings: frozenset[str]


# the endings a final soft sign also takes
_SOFT_SIGN_CLASS = "liquid"


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return _Table(
        raw["sound_classes"],
        raw["back"],
        raw["front"],
        tuple(raw["endings"].values()),
        tuple(raw["unharmonic_finals"]),
        tuple(raw["either_finals"]),
        raw["min_stem"],
        raw["short_stem"],
        frozenset(raw["short_stem_endings"]),
    )


def _rows(stem: str, table: _Table) -> tuple[int, ...]:
    """The harmony rows the stem's last vowel calls for: 0 back, 1 front, both if neither;
    a final -ев's vowel is not the stem's (Тоқаев is back), a final -ов's may be or not
    (Поповтың, Әуезовтің)."""
    final = next((f for f in table.unharmonic if stem.endswith(f)), "")
    rows = _vowel_rows(stem[: len(stem) - len(final)], table)
    either = next((f for f in table.either if stem.endswith(f)), "")
    if either:
        rows = tuple(sorted({*rows, *_vowel_rows(stem[: -len(either)], table)}))
    return rows


def _vowel_rows(stem: str, table: _Table) -> tuple[int, ...]:
    vowels = table.classes["vowel"]
    last = next((c for c in reversed(stem) if c in vowels), "")
    if last in table.back:
        return (0,)
    if last in table.front:
        return (1,)
    return (0, 1)


def _fits(stem: str, ending: str, table: _Table) -> bool:
    """Whether `ending` is one the stem's last sound and vowel call for. A final soft sign
    is no sound (Акколь takes Аккольдың as Ақкөл takes its ending), or a soft voiced one
    that takes a liquid's endings whatever the letter before it (Пермьдің, Степьдің,
    Керчьмен beside Пермьнің, Степьтің: both are written)."""
    sound = stem.rstrip("ь")
    classes = [name for name, letters in table.classes.items() if sound[-1:] in letters]
    if sound != stem:
        classes.append(_SOFT_SIGN_CLASS)
    rows = _rows(stem, table)
    return any(
        forms[name][row] == ending for forms in table.endings for name in classes for row in rows
    )


@lru_cache(maxsize=65536)
def case_stems(word: str) -> tuple[str, ...]:
    """The stems `word` is a Kazakh case form of (Тоқаевтың -> Тоқаев); none for a Latin
    word or one no ending fits. A two-letter stem only with an ending no Russian, Ukrainian
    or Belarusian declension ends a name with (Чудың, Чуға, Чудан -> Чу; not Лиды -> Ли)."""
    table = _table()
    return tuple(
        stem
        for stem, ending in _readings(word, table)
        if len(stem) >= table.min_stem or ending in table.short_endings
    )


@lru_cache(maxsize=65536)
def short_case_stems(word: str) -> tuple[str, ...]:
    """The two-letter stems `word` is a Kazakh case form of with any ending (Чуды, Чуда ->
    Чу), which may as well be a Russian name's case form (Лиды, Лида beside Ли): read only
    beside a group written in Kazakh."""
    table = _table()
    return tuple(stem for stem, _ in _readings(word, table) if len(stem) < table.min_stem)


def _readings(word: str, table: _Table) -> list[tuple[str, str]]:
    """Each stem of `short_stem` letters or more and ending that fits it (`_fits`)."""
    if not CYRILLIC.search(word):
        return []
    low = word.casefold()
    found = []
    for ending in sorted({e for forms in table.endings for pair in forms.values() for e in pair}):
        stem = low[: -len(ending)]
        if (
            low.endswith(ending)
            and len(stem) >= table.short_stem
            and any(c in table.classes["vowel"] for c in stem)
            and _fits(stem, ending, table)
        ):
            found.append((word[: len(stem)], ending))
    return found
