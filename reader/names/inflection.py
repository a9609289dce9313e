"""Base forms of inflected names, and moving an ending from one spelling of a name to another.

Russian declines names (Жапарова, Жапарову, Жапаровым), Kyrgyz adds suffix chains
(Жапаровдун, Жапаровдордун), English adds a possessive (Japarov's). Grouping compares base
forms; QA fixes use `reinflect` to put a preferred spelling in the same case as the
deprecated one it replaces (Джапарова -> Жапарова, Джапаровдун -> Жапаровдун).

The ambiguity no rule removes: a Russian -ова/-ева/-ина word alone is either a man's
genitive or a woman's nominative (Жапарова: of Japarov; Джапишева: probably a woman). A word
alone is read as the man's genitive, which news text makes the likelier; a woman's surname is
kept when something says so: a feminine ending (Джапишевой), a feminine given name beside it
(`phrase_base_form`), `gender="f"`, or a form the caller already knows (`prefer`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from reader.lang import CYRILLIC
from reader.lang.ky import morphology as kyrgyz
from reader.lang.ru import morphology as russian
from reader.lang.ru.morphology import Gender

Lang = Literal["en", "ru", "ky"]
_KYRGYZ_LETTERS = re.compile(r"[ңөүҢӨҮ]")
_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])$")


def base_forms(word: str, lang: Lang) -> list[str]:
    """The base forms `word` may be an inflected form of, likeliest first (never empty)."""
    if lang == "en" or not CYRILLIC.search(word):
        return [_POSSESSIVE.sub("", word)]
    if lang == "ky":
        return [kyrgyz.strip(word)[0]]
    if _KYRGYZ_LETTERS.search(word):  # Kyrgyz spelling: Russian grammar does not apply
        return [word]
    return [c.base for c in russian.candidates(word)]


def base_form(
    word: str, lang: Lang, *, gender: Gender | None = None, prefer: Iterable[str] = ()
) -> str:
    """The base form of one word: Жапарова -> Жапаров, Жапаровдун -> Жапаров, Japarov's -> Japarov.

    `prefer`: base forms already known (a glossary's); a candidate among them wins, so
    Джапишева stays Джапишева once the glossary has her. `gender` picks among Russian
    surname readings ("f": Жапарова stays Жапарова).
    """
    if lang == "ru" and gender is not None:
        chosen = [c.base for c in russian.candidates(word) if c.gender == gender]
        if chosen:
            return chosen[0]
    found = base_forms(word, lang)
    known = {p.casefold() for p in prefer}
    return next((b for b in found if b.casefold() in known), found[0])


def phrase_base_form(name: str, lang: Lang) -> str:
    """Base form of a multi-word name, the surname agreeing with the given name's gender.

    Розы Отунбаевой -> Роза Отунбаева, Садыра Жапарова -> Садыр Жапаров, Садыр Жапаровдун ->
    Садыр Жапаров.
    """
    words = name.split()
    if not words:
        return name
    gender = russian.given_name_gender(words[0]) if lang == "ru" and len(words) > 1 else None
    return " ".join(base_form(w, lang, gender=gender if i else None) for i, w in enumerate(words))


def split_ending(word: str, base: str) -> tuple[str, str]:
    """(stem, ending): the part `word` shares with `base`, and the rest of `word`.

    Джапарова, Джапаров -> (Джапаров, а); Отунбаевой, Отунбаева -> (Отунбаев, ой);
    Japarov's, Japarov -> (Japarov, 's). Letters compare case-insensitively, ё as е.
    """
    w = word.casefold().replace("ё", "е")
    b = base.casefold().replace("ё", "е")
    n = 0
    while n < min(len(w), len(b)) and w[n] == b[n]:
        n += 1
    return word[:n], word[n:]


def _final_class(word: str) -> str:
    """Russian class of a stem's last letter: endings differ between classes (Бишкеком, Ошем)."""
    c = word[-1:].casefold()
    for letters, name in (("жшчщ", "hushing"), ("кгх", "velar"), ("ц", "ц")):
        if c in letters:
            return name
    return c if c in "аеёиоуыэюяйь" or not c.isalpha() else "consonant"


def _with_case_of(result: str, old_word: str) -> str:
    return result.upper() if len(old_word) > 1 and old_word.isupper() else result


def reinflect(new_base: str, old_word: str, old_base: str, lang: Lang) -> str:
    """`new_base` in the form `old_word` has of `old_base`: the ending moves to the new spelling.

    Russian: Джапарова (Джапаров) -> Жапарова for Жапаров. Kyrgyz: the suffix chain is re-
    attached in the new base's harmony: Иссык-Кулдун (Иссык-Куль) -> Ысык-Көлдүн. English:
    Jhaparov's -> Japarov's. Where the ending cannot be carried over (the bases end
    differently and pymorphy3 cannot inflect the new one), `new_base` itself is returned.
    """
    if old_word.casefold() == old_base.casefold():
        return _with_case_of(new_base, old_word)
    if lang == "ky":
        chain = kyrgyz.suffixes_after(old_word, old_base)
        if chain is not None:
            return _with_case_of(kyrgyz.attach(new_base, chain), old_word)
    stem, ending = split_ending(old_word, old_base)
    lost = old_base[len(stem) :]  # letters of the old base the form replaced (Отунбаев-а)
    same_class = lost or lang == "en" or _final_class(new_base) == _final_class(old_base)
    if same_class and new_base.casefold().endswith(lost.casefold()):
        return _with_case_of(new_base[: len(new_base) - len(lost)] + ending, old_word)
    if lang == "ru":
        inflected = russian.inflect_like(new_base, old_word, old_base)
        if inflected is not None:
            return _with_case_of(inflected, old_word)
    return _with_case_of(new_base, old_word)
