"""The glossary matcher: where a glossary's name forms are in a text, inflected or not.

One matcher for every caller: the Review page's highlighting, the QA checks, and the fixes
they offer. A word is a form of a glossary word when the language's morphology says so
(`reader.lang.LANG.morphology`): Жапаровдун and Иссык-Кулдун are forms of Жапаров and
Иссык-Куль in Kyrgyz, Отунбаевой of Отунбаева in Russian, but "Ошибка" is no form of Ош and
"Джапаровка" none of Джапаров.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reader import lang as languages
from reader.glossary.entries import GlossaryEntry, Variant
from reader.lang.base import Morphology

_EXACT = Morphology()


@dataclass(frozen=True)
class FormMatch:
    """A glossary form found in a text: the words as written, and where."""

    start: int
    end: int
    text: str
    variant: Variant


def morphologies(word: str, lang: str | None, variant_lang: str) -> tuple[Morphology, ...]:
    """The rules for forms of `word` in a text in `lang`: that language's, else the form's own
    language's when it writes the word's script (a Russian spelling left in Kyrgyz text takes
    Kyrgyz suffixes). A text of unknown language (`lang` None) takes any language's endings
    that writes the script. A word in no such script only matches as written."""
    codes = (lang, variant_lang) if lang else languages.codes()
    for code in codes:
        if code not in languages.codes():
            continue
        language = languages.get(code)
        if language.writes(word):
            if lang:
                return (language.morphology,)
            return tuple(x.morphology for x in languages.all() if x.writes(word))
    return (_EXACT,)


@lru_cache(maxsize=4096)
def _candidates(term: str, lang: str | None, variant_lang: str) -> re.Pattern[str]:
    """Where the term's words start, each followed by the rest of its word (checked later)."""
    words = []
    for word in term.split():
        cuts = {
            cut for rules in morphologies(word, lang, variant_lang) for cut in rules.stem_cuts(word)
        }
        stems = [word, *(word[: len(word) - len(cut)] for cut in sorted(cuts))]
        words.append(f"(?:{'|'.join(re.escape(s) for s in stems)})\\w*")
    joined = r"\s+".join(words)
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


def is_form(found: str, term: str, lang: str | None, variant_lang: str) -> bool:
    """Whether `found` (words as in the text) is a form of `term`, word by word."""
    words, parts = found.split(), term.split()
    return len(words) == len(parts) and all(
        any(rules.split_ending(w, p) is not None for rules in morphologies(p, lang, variant_lang))
        for w, p in zip(words, parts, strict=True)
    )


def find_forms(text: str, variants: Iterable[Variant], lang: str | None) -> list[FormMatch]:
    """Non-overlapping matches of `variants` in `text`, leftmost, then longest, then exact.

    `lang` is the text's language: its morphology decides what counts as an ending (None:
    each form's own language's).
    """
    found: list[tuple[int, int, int, FormMatch]] = []
    for v in variants:
        for m in _candidates(v.term, lang, v.lang).finditer(text):
            if not is_form(m.group(0), v.term, lang, v.lang):
                continue
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


def mentions(source: str, entry: GlossaryEntry) -> str | None:
    """The first of the entry's source-language forms the source sentence contains, as written
    (Issyk Kul and Issyk-Kul alike)."""
    best = None
    for v in entry.forms(languages.source().code):
        m = _english_regex(v.term).search(source)
        if m and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    return best.group(0) if best else None
