"""Kyrgyz suffix chains on names: strip them to find the base, attach them to another base.

Kyrgyz writes case, number and possession as suffixes whose shape follows the stem: the last
sound picks the first consonant (Жапаровдун, Оштун, Отунбаеванын) and the last vowel picks
the suffix vowels (Жапаровдун, Путиндин, Ысык-Көлдүн). The templates, the harmony table and
which suffix may follow which are data (suffixes.json); this module only generates, parses
and compares. Every Kyrgyz rule of `reader` is here: grouping, extraction, glossary matching
and fixes all call it.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reader.lang.base import CYRILLIC, LATIN, Morphology, match_case

_DATA = Path(__file__).parent / "suffixes.json"
_LOW, _HIGH = "аеоө", "ыиуү"  # the suffix vowels a template's A and I stand for


@dataclass(frozen=True)
class _Table:
    vowels: str
    transparent: str
    classes: dict[str, str]  # class name -> letters
    harmony: dict[str, tuple[str, str]]  # last vowel -> (low, high) suffix vowel
    default_vowel: str
    suffixes: dict[str, dict[str, str]]  # suffix -> class -> template
    after: dict[str, tuple[str, ...]]  # suffix -> the suffixes it may follow (any if absent)
    possessive_stem: re.Pattern[str]
    chains: tuple[tuple[str, ...], ...]
    max_chain: int
    min_stem: int
    whole_endings: tuple[str, ...]
    latin: dict  # the endings' Latin spellings: letters, A, I, digraphs, sound_classes...


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
        after={k: tuple(v) for k, v in raw["after"].items()},
        possessive_stem=re.compile(raw["possessive_stem"], re.IGNORECASE),
        chains=tuple(tuple(c) for c in raw["chains"]),
        max_chain=raw["max_chain"],
        min_stem=raw["min_stem"],
        whole_endings=tuple(raw.get("whole_endings", ())),
        latin=raw["latin"],
    )


def sound_class(text: str) -> str:
    """Class of the last sound of `text` ("vowel", "voiceless"...): it picks a suffix's
    first consonant. A soft sign is skipped (Кремль ends in л)."""
    table = _table()
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
    An all-capitals stem gets capital suffixes. A final soft or hard sign is not written
    before a suffix (Кремль -> Кремлдин, Иссык-Куль -> Иссык-Кулдун).
    """
    table = _table()
    word = stem
    while suffixes and word and word[-1].casefold() in table.transparent:
        word = word[:-1]
    for name in suffixes:
        template = table.suffixes[name][sound_class(word)]
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
    """Chains with each length in letters they may have, longest first."""
    table = _table()
    found: set[tuple[int, tuple[str, ...]]] = set()
    for chain in table.chains:
        lengths = {0}
        for name in chain:
            sizes = {len(t) for t in table.suffixes[name].values()}
            lengths = {n + s for n in lengths for s in sizes}
        found |= {(n, chain) for n in lengths}
    return tuple(sorted(found, key=lambda lc: (-lc[0], table.chains.index(lc[1]))))


# Grouping asks for each word's readings, base and marked base, each a strip: a corpus's
# 16,000 questions are about 7,000 words.
@lru_cache(maxsize=65536)
def strip(word: str, possessive: frozenset[str] = frozenset()) -> tuple[str, tuple[str, ...]]:
    """(stem, suffix names) for a word that is a stem plus a well-formed chain, else (word, ()).

    Strict: the stem with those suffixes must give back the word exactly, so a Russian word
    that merely ends like a suffix stays whole (Алматы, Ташкенте, Астана). `possessive`:
    stems (casefolded) known to end in a possessive though the spelling does not show it
    (Кеңеши), so that they take its case endings (Кеңешине).
    """
    table = _table()
    if word.casefold().endswith(table.whole_endings):
        return word, ()
    for length, chain in _chain_lengths():
        stem = word[: len(word) - length]
        if len(stem) < table.min_stem or not _has_vowel(stem, table):
            continue
        if not all(_may_follow(n, chain[:i], stem, table, possessive) for i, n in enumerate(chain)):
            continue
        if attach(stem, chain).casefold() == word.casefold():
            return stem, chain
    return word, ()


def _may_follow(
    name: str,
    before: tuple[str, ...],
    stem: str,
    table: _Table,
    possessive: frozenset[str] = frozenset(),
) -> bool:
    required = table.after.get(name)
    if required is None:
        return True
    if before:
        return before[-1] in required
    ends_possessive = table.possessive_stem.search(stem) or stem.casefold() in possessive
    return "possessive_3" in required and bool(ends_possessive)


@lru_cache(maxsize=256)  # the suffix table has about 40 templates
def _template_regex(template: str) -> re.Pattern[str]:
    """A template's spellings in any harmony: a machine translation's wrong vowel still counts."""
    pattern = "".join(
        f"[{_LOW}]" if c == "A" else f"[{_HIGH}]" if c == "I" else c for c in template
    )
    return re.compile(pattern)


def parse_chains(rest: str, stem: str) -> list[tuple[str, ...]]:
    """Every suffix chain (of at most `max_chain` suffixes) spelling `rest` after `stem`.

    Each suffix's first consonant must fit the sound before it (Джапаровка is no form of
    Джапаров); its vowels may be out of harmony.
    """
    table = _table()
    found: list[tuple[str, ...]] = []

    def walk(pos: int, text: str, chain: tuple[str, ...]) -> None:
        if pos == len(rest):
            if chain:
                found.append(chain)
            return
        if len(chain) == table.max_chain:
            return
        for name, templates in table.suffixes.items():
            if not _may_follow(name, chain, stem, table):
                continue
            m = _template_regex(templates[sound_class(text)]).match(rest, pos)
            if m:
                walk(m.end(), text + m.group(0), (*chain, name))

    walk(0, stem.casefold(), ())
    return found


@cache
def _latin_endings() -> dict[str, frozenset[str]]:
    """The class of a stem's last sound -> the Latin spellings of the chains that may follow
    it (those needing no possessive: a romanized stem's possessive is not seen)."""
    table = _table()
    return {
        cls: frozenset(
            spelling
            for chain in table.chains
            if table.after.get(chain[0]) is None
            for spelling in _latin_chain(chain, cls, table)
        )
        for cls in table.classes
    }


@cache
def _latin_ending_bounds() -> tuple[int, frozenset[str]]:
    """The longest Latin ending, and the letters an ending may end in."""
    spellings = [e for endings in _latin_endings().values() for e in endings]
    return max(map(len, spellings)), frozenset(e[-1] for e in spellings)


def _latin_chain(chain: tuple[str, ...], cls: str, table: _Table) -> set[str]:
    """A chain's Latin spellings after a sound of class `cls`, A and I any vowel of their
    height."""
    latin = table.latin
    spellings = [""]
    for name in chain:
        template = table.suffixes[name][cls]
        letters = [latin[c] if c in "AI" else [latin["letters"][c]] for c in template]
        spellings = ["".join(p) for p in itertools.product(spellings, *letters)]
        cls = "vowel" if template[-1] in "AI" else sound_class(template[-1])
    return set(spellings)


def _latin_class(stem: str, latin: dict) -> str:
    """The class of the last sound of a stem in Latin letters: a digraph's (ng, zh), i or y
    after a vowel is й, else its last letter's."""
    for digraph, cls in latin["digraphs"].items():
        if stem.endswith(digraph):
            return cls
    vowels = latin["sound_classes"]["vowel"]
    if stem[-1] in latin["glides"] and len(stem) > 1 and stem[-2] in vowels:
        return "r_y"
    return next((c for c, ls in latin["sound_classes"].items() if stem[-1] in ls), "voiced")


@lru_cache(maxsize=65536)
def romanized_bases(word: str) -> tuple[str, ...]:
    """The stems of a Kyrgyz word written in Latin letters that a case ending (or the plural
    and one) follows, longest first (Japarovdun, Japarovga -> Japarov; Bishkekte ->
    Bishkek); only stems of `min_stem` letters or more."""
    if CYRILLIC.search(word) or not LATIN.search(word):
        return ()
    latin = _table().latin
    low = word.casefold()
    endings = _latin_endings()
    longest, last_letters = _latin_ending_bounds()
    if low[-1] not in last_letters:
        return ()
    found = []
    for cut in range(len(low) - 1, max(latin["min_stem"], len(low) - longest) - 1, -1):
        if low[cut:] in endings[_latin_class(low[:cut], latin)]:
            found.append(word[:cut])
    return tuple(found)


class KyrgyzMorphology(Morphology):
    """Kyrgyz as the rest of `reader` sees it: base forms, endings, moving an ending."""

    def base_forms(self, word: str, gender: str | None = None) -> list[str]:
        return [strip(word)[0]]

    def marked_base(self, word: str) -> str | None:
        stem, chain = strip(word)
        return stem if chain else None

    def romanized_bases(self, word: str) -> tuple[str, ...]:
        return romanized_bases(word)

    def split_ending(self, word: str, base: str) -> tuple[str, str] | None:
        """A final soft sign of the base may be dropped: Иссык-Кулдун is a form of Иссык-Куль."""
        found = self._split(word, base)
        return None if found is None else (found[0], found[1])

    def _split(self, word: str, base: str) -> tuple[str, str, list[tuple[str, ...]]] | None:
        """(cut, ending, the chains the ending may be) or None."""
        w, b = word.casefold(), base.casefold()
        if w == b:
            return "", "", [()]
        transparent = _table().transparent
        for prefix in dict.fromkeys((b, b.rstrip(transparent))):
            if prefix and w.startswith(prefix) and len(w) > len(prefix):
                chains = parse_chains(w[len(prefix) :], prefix)
                if chains:
                    return b[len(prefix) :], word[len(prefix) :], chains
        return None

    def transfer(self, old_word: str, old_base: str, new_base: str) -> str | None:
        """The suffixes are re-attached in the new base's harmony and by its last sound
        (Иссык-Кулдун -> Ысык-Көлдүн, Жапаровго -> Бишкекке); None when the ending reads as
        several chains that would differ on the new base."""
        found = self._split(old_word, old_base)
        if found is None:
            return None
        results = {attach(new_base, chain) for chain in found[2]}
        if len(results) != 1:
            return None
        return match_case(old_word, results.pop())

    def stem_cuts(self, base: str) -> tuple[str, ...]:
        cut = base[len(base.rstrip(_table().transparent)) :]
        return (cut,) if cut and len(cut) < len(base) else ()
