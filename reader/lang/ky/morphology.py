"""Kyrgyz suffix chains on names: strip them to find the base, attach them to another base.

Kyrgyz writes case and number as suffixes whose shape follows the stem: the last sound picks
the first consonant (Жапаровдун, Оштун, Отунбаеванын) and the last vowel picks the suffix
vowels (Жапаровдун, Путиндин, Ысык-Көлдүн). The templates and the harmony table are data
(suffixes.json); this module only generates and compares.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "suffixes.json"


@dataclass(frozen=True)
class _Table:
    vowels: str
    transparent: str
    classes: dict[str, str]  # class name -> letters
    harmony: dict[str, tuple[str, str]]  # last vowel -> (low, high) suffix vowel
    default_vowel: str
    suffixes: dict[str, dict[str, str]]  # suffix -> class -> template
    chains: tuple[tuple[str, ...], ...]
    min_stem: int
    whole_endings: tuple[str, ...]


@cache
def _table() -> _Table:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    harmony = {k: (v[0], v[1]) for k, v in raw["harmony"].items() if not k.startswith("_")}
    return _Table(
        vowels=raw["vowels"],
        transparent=raw["transparent"],
        classes=raw["sound_classes"],
        harmony=harmony,
        default_vowel=raw["default_vowel"],
        suffixes=raw["suffixes"],
        chains=tuple(tuple(c) for c in raw["chains"]),
        min_stem=raw["min_stem"],
        whole_endings=tuple(raw.get("whole_endings", ())),
    )


def _sound_class(text: str, table: _Table) -> str:
    for ch in reversed(text.casefold()):
        if ch in table.transparent:
            continue
        for name, letters in table.classes.items():
            if ch in letters:
                return name
        return "voiced"  # a Latin letter or digit: treat as a plain consonant
    return "vowel"


def _last_vowel(text: str, table: _Table) -> str:
    return next((c for c in reversed(text.casefold()) if c in table.harmony), table.default_vowel)


def attach(stem: str, suffixes: Sequence[str]) -> str:
    """`stem` with the named suffixes, in harmony: attach("Жапаров", ["genitive"]) -> Жапаровдун.

    Suffix names are the keys of suffixes.json ("plural", "genitive", "dative", ...).
    An all-capitals stem gets capital suffixes.
    """
    table = _table()
    word = stem
    for name in suffixes:
        template = table.suffixes[name][_sound_class(word, table)]
        out = []
        for ch in template:
            if ch in "AI":
                low, high = table.harmony[_last_vowel(word + "".join(out), table)]
                ch = low if ch == "A" else high
            out.append(ch)
        suffix = "".join(out)
        word += suffix.upper() if len(stem) > 1 and stem.isupper() else suffix
    return word


def _has_vowel(text: str, table: _Table) -> bool:
    return any(c in table.vowels for c in text.casefold())


@cache
def _chain_lengths() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Chains with their length in letters, longest first (every template of a suffix has the
    same length, so a chain's length does not depend on the stem)."""
    table = _table()
    lengths = [
        (sum(len(next(iter(table.suffixes[s].values()))) for s in chain), chain)
        for chain in table.chains
    ]
    return tuple(sorted(lengths, key=lambda lc: -lc[0]))


def strip(word: str) -> tuple[str, tuple[str, ...]]:
    """(stem, suffix names) for a word that is a stem plus a well-formed chain, else (word, ()).

    Strict: the stem with those suffixes must give back the word exactly, so a Russian word
    that merely ends like a suffix stays whole (Алматы, Ташкенте, Астана).
    """
    table = _table()
    if word.casefold().endswith(table.whole_endings):
        return word, ()
    for length, chain in _chain_lengths():
        stem = word[: len(word) - length]
        if len(stem) < table.min_stem or not _has_vowel(stem, table):
            continue
        if attach(stem, chain).casefold() == word.casefold():
            return stem, chain
    return word, ()


@cache
def _surfaces(sound_class: str) -> dict[str, tuple[str, ...]]:
    """Every spelling of every chain after a stem ending in `sound_class`, in any harmony."""
    table = _table()
    letters = table.classes[sound_class]
    found: dict[str, tuple[str, ...]] = {}
    for _, chain in _chain_lengths():
        for vowel in table.harmony:
            stem = vowel if sound_class == "vowel" else vowel + letters[0]
            found.setdefault(attach(stem, chain)[len(stem) :], chain)
    return found


def suffixes_after(word: str, base: str) -> tuple[str, ...] | None:
    """The suffix chain `word` carries after `base` (() if none), or None if it is no form of it.

    The first consonant must fit the base (Джапаровка is no form of Джапаров), the vowels may
    be out of harmony, so a machine translation's wrong vowel is still understood. A final soft
    sign of the base may be dropped (Иссык-Куль -> Иссык-Кулдун).
    """
    table = _table()
    w, b = word.casefold(), base.casefold()
    for prefix in dict.fromkeys((b, b.rstrip(table.transparent))):
        if prefix and w.startswith(prefix):
            rest = w[len(prefix) :]
            if not rest:
                return ()
            chain = _surfaces(_sound_class(prefix, table)).get(rest)
            if chain is not None:
                return chain
    return None
