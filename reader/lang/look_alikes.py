"""Languages identification tells apart from the registered ones, though none is translated
into here: each registered language names those it is mistaken for in its `look_alikes`."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reader.lang.base import CYRILLIC, LookAlike, Morphology

if TYPE_CHECKING:
    import pymorphy3

# Russian loanwords keep every Russian letter in Kyrgyz and Kazakh texts.
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# The cases a noun takes only from a word that governs it (a verb, a preposition), never from
# a bare noun just before it, and the vocative; and the nominative plural, which does not
# follow a bare noun either (Ukrainian writes "Пакети сервера", not "Сервер пакети", which
# is Kyrgyz: a noun and a loanword with its possessive -и).
_GOVERNED = ("datv", "accs", "voct")
# And the locative in -і, which only a preposition governs (`knows_after` takes it after
# one): Kazakh "Файл стилі", 'the file's style', is стил-і, Ukrainian "у стилі". Not the
# one in -у, -ю, which Ukrainian writes for a genitive too (Яскравість екрану, Зміна паролю).
_LOCATIVE_I = "і"
# The word just before, with nothing but spaces between ("Карта;Мікрофон" is a list).
_LAST_WORD = re.compile(r"([^\W\d_]+) +$")


class UkrainianDictionary(Morphology):
    """Ukrainian's dictionary (pymorphy3's, from VESUM), for identification only: Kazakh
    writes і too, and its possessive -і on a loanword (Принтер профилі, prc3 конверті) reads
    as Ukrainian to the identifiers; Ukrainian's dictionary does not know профилі, and has
    конверті only as a locative, which Ukrainian writes after a preposition alone."""

    # The prepositions that govern Ukrainian's locative (місцевий відмінок).
    LOCATIVE_PREPOSITIONS = frozenset({"в", "у", "на", "о", "об", "по", "при"})
    # The tags of a name: a word the dictionary reads only so is no Ukrainian word in lower
    # case (Kazakh ені, 'width', is the name Ені; кері, 'back', the surname Кері).
    NAME_TAGS = ("Name", "Surn", "Patr")

    def knows(self, word: str) -> bool:
        return _known(word.casefold())

    def knows_after(self, before: str, word: str) -> bool:
        if not self.knows(word) or (word.islower() and _name_only(word.casefold())):
            return False
        if self.LOCATIVE_PREPOSITIONS.intersection(before.casefold().split()):
            return True
        if _locative_only(word.casefold()):
            return False
        last = _LAST_WORD.search(before)
        return not (last and _bare_noun(last.group(1).casefold()) and _governed_only(word))


@lru_cache(maxsize=65536)  # identification asks of every word of the texts it is unsure of
def _known(word: str) -> bool:
    """Whether the dictionary has `word` (lower case): some 20 µs a word."""
    return bool(ukrainian_analyzer().word_is_known(word))


@lru_cache(maxsize=16384)  # some MB at most: the tags are the dictionary's own, shared objects
def _tags(word: str) -> tuple[pymorphy3.tagset.OpencorporaTag, ...]:
    """The tag of each reading the dictionary has of `word`, in its order: parsed once for
    all the tests below (a parse takes some 0.1 ms)."""
    return tuple(parse.tag for parse in ukrainian_analyzer().parse(word))


@lru_cache(maxsize=4096)
def _locative_only(word: str) -> bool:
    """Whether every reading the dictionary has of `word` is a locative."""
    return all("loct" in tag for tag in _tags(word))


@lru_cache(maxsize=4096)
def _bare_noun(word: str) -> bool:
    """Whether `word` is a declinable noun in the nominative singular (the dictionary tags
    a noun's number only when plural), or no Ukrainian word at all (a Latin name, a Kyrgyz
    word): what a Kyrgyz possessive's owner is."""
    if not _known(word):
        return True
    return any(
        tag.POS == "NOUN" and "Fixd" not in tag and tag.case == "nomn" and tag.number != "plur"
        for tag in _tags(word)
    )


@lru_cache(maxsize=4096)
def _governed_only(word: str) -> bool:
    """Whether every reading of `word` is a noun's governed case or a plural nominative, no
    name's: what a Kyrgyz possessive on a loanword (пакет-и, драйвер-и) reads as."""
    tags = _tags(word.casefold())
    locative_i = word.casefold().endswith(_LOCATIVE_I)
    return bool(tags) and all(
        tag.POS == "NOUN"
        and not any(name in tag for name in UkrainianDictionary.NAME_TAGS)
        and (
            tag.case in _GOVERNED
            or (tag.case == "nomn" and tag.number == "plur")
            or (tag.case == "loct" and locative_i)
        )
        for tag in tags
    )


@lru_cache(maxsize=4096)
def _name_only(word: str) -> bool:
    """Whether every reading the dictionary has of `word` is a name's."""
    return all(any(name in tag for name in UkrainianDictionary.NAME_TAGS) for tag in _tags(word))


@cache
def ukrainian_analyzer() -> pymorphy3.MorphAnalyzer:
    """Loaded on first use (a tenth of a second, some 20 MB), which only a text that reads
    as Ukrainian but is unsure asks for, or one led by Ukrainian with a word of the
    Kyrgyz/Kazakh lexicon, or by "other" with Cyrillic words in known letters."""
    import pymorphy3
    from pymorphy3 import tagset
    from pymorphy3.units import DictionaryAnalyzer

    # pymorphy3 2.0 gives every dictionary the one registered tag class and sets its known
    # grammemes from the dictionary it loads last, so loading Ukrainian's would leave Russian
    # tags without Russian's ("Geox" unknown). Ukrainian's gets a subclass of its own.
    shared = dict(tagset.registry)
    tagset.registry.update({name: type(cls.__name__, (cls,), {}) for name, cls in shared.items()})
    try:
        return pymorphy3.MorphAnalyzer(lang="uk", units=[DictionaryAnalyzer()])
    finally:
        tagset.registry.update(shared)


KAZAKH = LookAlike("kk", "Kazakh", CYRILLIC, RUSSIAN_ALPHABET + "әғқңөұүһі")
UKRAINIAN = LookAlike(
    "uk", "Ukrainian", CYRILLIC, "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", UkrainianDictionary()
)
