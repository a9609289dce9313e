"""Finding glossary name forms in text, inflected, and carrying an ending to another form.

The helpers the checks in `reader.checks` call: `find_forms` and `mentions` say where an
entry's forms are, `transfer_phrase` moves a case ending from a deprecated form to the
preferred one (or refuses, when that is not safe).

Endings: a form matches a word that starts with it and goes on with a known case ending (a
Russian declension ending, or a chain of Kyrgyz suffixes), and for Russian also a word whose
stem drops the form's last letter(s) (Отунбаева -> Отунбаевой, Сергей -> Сергея). This differs
from the highlighter's "any 8 letters": stricter about what an ending is ("Ошибка" is not a
form of "Ош", "Джапаровка" not one of "Джапаров"), and a Kyrgyz chain of up to four suffixes
may be longer (Джапаровдордундагы).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reader.glossary.entries import GlossaryEntry, Variant
from reader.lang import CYRILLIC

# --- endings -----------------------------------------------------------------------------------

# Russian case endings of nouns, surnames and adjectival names, space-separated.
_RU_ENDING_WORDS = (
    "а я у ю е и ы о ом ем ём ым им ой ей ёй ою ею ью ам ям ах ях ов ев ий ый ия ие ию ии ую "
    "юю ая яя ое ее ые ых их ого его ому ему ами ями ыми ими ием иям иях ией"
)
_RU_ENDINGS = frozenset(_RU_ENDING_WORDS.split())
# Final letters a Russian stem loses when declined: Отунбаева -> Отунбаев-ой,
# Сергей -> Серге-я, Игорь -> Игор-я, Достоевский -> Достоевск-ого. Longest first.
_RU_CUTS = ("ий", "ый", "ой", "ая", "яя", "а", "я", "й", "ь")

_A, _I = "[аеоө]", "[ыиуү]"  # Kyrgyz low and high suffix vowels, as harmony picks them
_KY_MORPHEMES = (
    f"[лдт]{_A}р",  # plural: -лар, -дор, -төр
    f"[нтд]{_I}н",  # genitive: -нын, -дун, -түн
    f"н?[дт]{_A}н",  # ablative: -дан, -тон, -ндан
    f"[дт]{_A}г{_I}",  # -дагы
    f"[дт]{_A}й",  # -дай
    f"н?[дт]{_A}",  # locative: -да, -то, -нда
    f"[гкн]?{_A}",  # dative: -га, -ко, -на, -а
    f"[нтд]{_I}",  # accusative: -ны, -ду, -тү
    f"{_I}?б{_I}з",  # our: -ыбыз
    f"{_I}?[мң](?:{_I}з)?",  # my, your: -ым, -ың, -ыңыз
    f"с?{_I}",  # his: -сы, -ы
    f"ч{_A}",  # -ча
    f"ч{_I}",  # -чы (Жапаровчулар)
    f"[лдт]{_I}к",  # -лык
    f"с{_I}з",  # -сыз
    "н",
)
_KY_ENDING = re.compile(f"(?:{'|'.join(_KY_MORPHEMES)}){{1,4}}", re.IGNORECASE)
_RU_ENDING_RE = "|".join(sorted(_RU_ENDINGS, key=len, reverse=True))
_KY_ENDING_RE = _KY_ENDING.pattern


def _valid_ending(ending: str, lang: str) -> bool:
    if not ending:
        return True
    if lang == "ru":
        return ending.casefold() in _RU_ENDINGS
    if lang == "ky":
        return _KY_ENDING.fullmatch(ending) is not None
    return False


def _cuts(base: str, lang: str) -> list[str]:
    """The final letters `base` may lose before an ending ("" first: keep the whole form)."""
    if lang != "ru" or not CYRILLIC.search(base):
        return [""]
    folded = base.casefold()
    return ["", *(c for c in _RU_CUTS if folded.endswith(c) and len(folded) > len(c) + 1)]


def split_ending(word: str, base: str, lang: str) -> tuple[str, str] | None:
    """(cut, ending) with word == base minus `cut`, plus `ending`; None if not a form of base.

    `ending` keeps the word's own letters and case. Latin forms take no endings.
    """
    w, b = word.casefold(), base.casefold()
    if w == b:
        return "", ""
    if not CYRILLIC.search(base) or lang not in ("ru", "ky"):
        return None
    for cut in _cuts(base, lang):
        stem = b[: len(b) - len(cut)]
        rest = w[len(stem) :]
        if w.startswith(stem) and rest and _valid_ending(rest, lang):
            return cut, word[len(stem) :]
    return None


# --- carrying an ending over to another base ---------------------------------------------------


def _ru_final(word: str) -> str:
    """Russian spelling class of a stem's last letter: endings differ between classes."""
    c = word[-1:].casefold()
    if c in "жшчщ":
        return "hushing"
    if c in "кгх":
        return "velar"
    if c in "аеёиоуыэюяйьц":
        return c
    return "consonant"


_KY_VOWELS = "аыоуяюёеэиөү"
_KY_LOW, _KY_HIGH = "аеоө", "ыиуү"
# Kyrgyz harmony: after this vowel, a low suffix vowel becomes [0], a high one [1].
_KY_HARMONY = {
    **dict.fromkeys("аыя", ("а", "ы")),
    **dict.fromkeys("ую", ("а", "у")),
    **dict.fromkeys("оё", ("о", "у")),
    **dict.fromkeys("еэи", ("е", "и")),
    **dict.fromkeys("өү", ("ө", "ү")),
}


def _ky_last_vowel(word: str) -> str | None:
    return next((c for c in reversed(word.casefold()) if c in _KY_VOWELS), None)


def _ky_final(word: str) -> str:
    """Kyrgyz class of a stem's last sound: it picks the suffix's first consonant."""
    c = word[-1:].casefold()
    if c in _KY_VOWELS:
        return "vowel"
    if c in "рй":
        return "r-y"
    if c in "лмнң":
        return "sonorant"
    if c in "бвгджз":
        return "voiced"
    return "voiceless"


def _ky_harmonize(ending: str, last_vowel: str) -> str:
    out, prev = [], last_vowel
    for ch in ending:
        low, high = ch.casefold() in _KY_LOW, ch.casefold() in _KY_HIGH
        if low or high:
            new = _KY_HARMONY[prev][0 if low else 1]
            prev = new
            ch = new.upper() if ch.isupper() else new
        out.append(ch)
    return "".join(out)


def _match_case(template: str, word: str) -> str:
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    if template[:1].islower():
        return word[:1].lower() + word[1:]
    return word


def transfer_ending(old_word: str, old_base: str, new_base: str, lang: str) -> str | None:
    """`new_base` in the form `old_word` has of `old_base`; None when that is not safe.

    Джапарова (of Джапаров) -> Жапарова; Kyrgyz Джапаровдун -> Жапаровдун, and with another
    last vowel the suffix follows vowel harmony (Жапаровдун -> Атамбаевдин). Refused (None): a
    word that is not a form of `old_base`, a stem whose last letter behaves differently (the
    ending would change: Бишкеком vs. Ошем), a lost final letter the new base does not have.
    Capitalisation follows `old_word`.
    """
    split = split_ending(old_word, old_base, lang)
    if split is None:
        return None
    cut, ending = split
    if not cut and not ending:
        return _match_case(old_word, new_base)
    if cut:
        if not new_base.casefold().endswith(cut) or len(new_base) <= len(cut):
            return None
        return _match_case(old_word, new_base[: len(new_base) - len(cut)] + ending)
    if lang == "ru":
        if _ru_final(old_base) != _ru_final(new_base):
            return None
        return _match_case(old_word, new_base + ending)
    # Kyrgyz: the suffix's consonants depend on the last sound, its vowels on the last vowel.
    if _ky_final(old_base) != _ky_final(new_base):
        return None
    old_vowel, new_vowel = _ky_last_vowel(old_base), _ky_last_vowel(new_base)
    if old_vowel is None or new_vowel is None:
        if old_vowel != new_vowel:
            return None
    elif _KY_HARMONY[old_vowel] != _KY_HARMONY[new_vowel]:
        ending = _ky_harmonize(ending, new_vowel)
    return _match_case(old_word, new_base + ending)


def transfer_phrase(found: str, old_form: str, new_form: str, lang: str) -> str | None:
    """`transfer_ending` word by word for names of several words (Садыра Джапарова).

    The spaces of `found` are kept. When the new form has more words than the old one, the
    extra leading words are added as written, which is right in Kyrgyz (only the last word
    takes suffixes) and in Russian only for an uninflected name; fewer words: None.
    """
    parts = re.split(r"(\s+)", found.strip())
    words, spaces = parts[0::2], parts[1::2]
    old_words, new_words = old_form.split(), new_form.split()
    if len(words) != len(old_words) or len(new_words) < len(old_words):
        return None
    extra = new_words[: len(new_words) - len(old_words)]
    tail = new_words[len(extra) :]
    if extra and lang != "ky":
        splits = [split_ending(w, b, lang) for w, b in zip(words, old_words, strict=True)]
        if any(s is None or s != ("", "") for s in splits):
            return None
    out = []
    for word, old, new in zip(words, old_words, tail, strict=True):
        moved = transfer_ending(word, old, new, lang)
        if moved is None:
            return None
        out.append(moved)
    text = out[0]
    for space, word in zip(spaces, out[1:], strict=True):
        text += space + word
    return " ".join([*extra, text])


# --- matching forms ------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _form_regex(term: str, lang: str) -> re.Pattern[str]:
    words = []
    for word in term.split():
        if not CYRILLIC.search(word) or lang not in ("ru", "ky"):
            words.append(re.escape(word))
            continue
        ending = _RU_ENDING_RE if lang == "ru" else _KY_ENDING_RE
        options = [f"{re.escape(word)}(?:{ending})?"]
        for cut in _cuts(word, lang)[1:]:
            options.append(f"{re.escape(word[: len(word) - len(cut)])}(?:{ending})")
        words.append(f"(?:{'|'.join(options)})")
    joined = r"\s+".join(words)
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class FormMatch:
    """A glossary form found in a text: the words as written, and where."""

    start: int
    end: int
    text: str
    variant: Variant


def find_forms(text: str, variants: Iterable[Variant], lang: str) -> list[FormMatch]:
    """Non-overlapping matches of `variants` in `text`, leftmost, then longest, then exact.

    `lang` picks the ending rules (ru, ky; other languages match forms exactly).
    """
    found: list[tuple[int, int, int, FormMatch]] = []
    for v in variants:
        for m in _form_regex(v.term, lang).finditer(text):
            match = FormMatch(m.start(), m.end(), m.group(0), v)
            ending = len(m.group(0)) - len(v.term)  # prefer the form the word is closest to
            found.append((m.start(), -m.end(), abs(ending), match))
    found.sort(key=lambda t: t[:3])
    chosen, cursor = [], -1
    for start, _, _, match in found:
        if start >= cursor:
            chosen.append(match)
            cursor = match.end
    return chosen


@lru_cache(maxsize=4096)
def _english_regex(term: str) -> re.Pattern[str]:
    words = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", term.strip()))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def mentions(source_en: str, entry: GlossaryEntry) -> str | None:
    """The first of the entry's English forms the English sentence contains, as written."""
    best = None
    for v in entry.forms("en"):
        m = _english_regex(v.term).search(source_en)
        if m and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    return best.group(0) if best else None
