"""Base forms of inflected names, in whatever language's morphology a word belongs to.

Russian declines names (Жапарова, Жапарову, Жапаровым), Kyrgyz adds suffix chains
(Жапаровдун, Жапаровдордун), English adds a possessive (Japarov's). Grouping compares base
forms. The rules themselves are each language's (`reader.lang.LANG.morphology`); this module
picks the language and handles names of several words.

The ambiguity no rule removes: a Russian -ова/-ева/-ина word alone is either a man's
genitive or a woman's nominative (Жапарова: of Japarov; Джапишева: probably a woman). A word
alone is read as the man's genitive, which news text makes the likelier; a woman's surname is
kept when something says so: a feminine ending (Джапишевой), a feminine given name beside it
(`phrase_base_form`), `gender="f"`, or a form the caller already knows (`prefer`).
"""

from __future__ import annotations

from collections.abc import Iterable

from reader import lang as languages
from reader.lang.base import Morphology


def _morphology(word: str, lang: str) -> Morphology:
    """The language's morphology, or the source language's for a word in another script
    (an untranslated name)."""
    language = languages.get(lang)
    return (language if language.writes(word) else languages.source()).morphology


def base_forms(word: str, lang: str) -> list[str]:
    """The base forms `word` may be an inflected form of, likeliest first (never empty)."""
    return _morphology(word, lang).base_forms(word)


def base_form(
    word: str, lang: str, *, gender: str | None = None, prefer: Iterable[str] = ()
) -> str:
    """The base form of one word: Жапарова -> Жапаров, Жапаровдун -> Жапаров, Japarov's -> Japarov.

    `prefer`: base forms already known (a glossary's); a candidate among them wins, so
    Джапишева stays Джапишева once the glossary has her. `gender` picks among readings of a
    person's name ("f": Russian Жапарова stays Жапарова).
    """
    found = _morphology(word, lang).base_forms(word, gender)
    known = {p.casefold() for p in prefer}
    return next((b for b in found if b.casefold() in known), found[0])


def phrase_base_form(name: str, lang: str) -> str:
    """Base form of a multi-word name, the surname agreeing with the given name's gender.

    Розы Отунбаевой -> Роза Отунбаева, Садыра Жапарова -> Садыр Жапаров, Садыр Жапаровдун ->
    Садыр Жапаров.
    """
    words = name.split()
    if not words:
        return name
    gender = _morphology(words[0], lang).given_name_gender(words[0]) if len(words) > 1 else None
    return " ".join(base_form(w, lang, gender=gender if i else None) for i, w in enumerate(words))
