"""Acronyms of names: ГБАО, NATO, ОДКБ stand for the names whose words' initials spell them.

A news text writes a long name once and its acronym after (Горно-Бадахшанская автономная
область, ГБАО). An acronym shares no letters' run with its name, so no spelling rule links
them: the initials do, in either script's letters as the keys fold them (GBAO = ГБАО). A
hyphenated word gives the initial of each part or of the first (Горно-Бадахшанская: ГБ or Г),
and a word of one or two letters may be left out (Договора о коллективной: ДКБ or ДОКБ).

A dotted acronym reads as its letters (U.S.A. as USA). One of two letters (US, U.S., EU) is
often something else in capitals (a state's code, OK, TV), so it stands only for a name of
two words, each word's initial counted (United States, European Union): no word
left out, no hyphenated part's initial (Ak-Jol is not AJ).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from reader.names.translit import name_keys

_MIN_LETTERS = 3
_MAX_LETTERS = 6
_SHORT = 2  # letters of an acronym that stands only for a name of as many words
_FUNCTION_WORD = 2  # a word this short (о, of, и) an acronym may leave out
_HYPHENS = "-‐‑"
_SHORT_TAG = "2:"  # marks the keys of a two-letter acronym and of the names it may spell


_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,6}")


def acronym_letters(text: str) -> str:
    """The letters an acronym reads as: a word of two to six capitals (US, ГБАО, NATO), or
    as many capitals each followed by a dot (U.S., U.S.A.: US, USA); "" for other names."""
    word = text.strip()
    if _DOTTED.fullmatch(word):
        word = word.replace(".", "")
    ok = _SHORT <= len(word) <= _MAX_LETTERS and word.isalpha() and word.isupper()
    return word if ok else ""


def is_acronym(text: str) -> bool:
    """Whether a name is an acronym (`acronym_letters`)."""
    return bool(acronym_letters(text))


def letter_keys(acronym: str) -> frozenset[str]:
    """Keys of an acronym's letters, tagged apart for one of two letters: those meet only
    `acronym_keys`' every-word initials of a two-word name."""
    letters = acronym_letters(acronym)
    tag = _SHORT_TAG if len(letters) == _SHORT else ""
    return frozenset(tag + k for k in name_keys(letters))


def _word_initials(word: str) -> tuple[str, ...]:
    parts = [p for p in word.translate({ord(h): " " for h in _HYPHENS}).split() if p]
    if not parts:
        return ("",)
    options = {"".join(p[0] for p in parts), parts[0][0]}
    if len(word) <= _FUNCTION_WORD:
        options.add("")
    return tuple(sorted(options))


@lru_cache(maxsize=65536)
def acronym_keys(name: str) -> frozenset[str]:
    """Keys of the acronyms a name of two words or more may be written as (`letter_keys`
    meets them); none for others."""
    words = name.split()
    content = sum(len(w) > _FUNCTION_WORD for w in words)  # each gives a letter at least
    if len(words) < 2 or content > _MAX_LETTERS:
        return frozenset()
    spelled = {"".join(c).upper() for c in itertools.product(*(_word_initials(w) for w in words))}
    found = (a for a in spelled if _MIN_LETTERS <= len(a) <= _MAX_LETTERS and a.isalpha())
    return frozenset(k for a in found for k in name_keys(a)) | _two_word_keys(words)


def _two_word_keys(words: list[str]) -> frozenset[str]:
    """Keys of the two-letter acronym of a name of two words (United States: US; Европейский
    союз: ЕС), tagged as `letter_keys` tags the acronym's."""
    if len(words) != _SHORT or not (words[0][0].isupper() and all(w.isalpha() for w in words)):
        return frozenset()
    return frozenset(_SHORT_TAG + k for k in name_keys("".join(w[0] for w in words)))
