"""The nominatives of a name in a Ukrainian case form by its endings alone (Пріски Козак,
Прісці Козак, Пріскою Козак: Пріска Козак; Прохірові: Прохір), for the words Ukrainian's
dictionary does not know (`reader.lang.ru.ukrainian_cases` reads those it knows).

A word with a Ukrainian letter reads as no Russian case form, and a given name or surname
the dictionary lacks then met its nominative only by the fuzzy match of a long word. The
grouper reads these endings only in a name of two words or more one word of which has a
letter Ukrainian has and Russian lacks, and whose Cyrillic words are all of Ukrainian's
letters (`marked`): alone, Kazakh Меркі would read as Мерка.
"""

from __future__ import annotations

from functools import lru_cache

from reader.lang import CYRILLIC
from reader.lang.base import match_case
from reader.lang.ru.ukrainian_cases import UKRAINIAN, ukrainian_knows

_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ʼ-")


# A Ukrainian noun's case endings -> the nominative endings each may stand for, for a name
# Ukrainian's dictionary lacks (Пріски, Пріскою: Пріска); longest first. A feminine -а, -я:
# genitive -и, -і, dative and locative -і, accusative -у, -ю, instrumental -ою, -ею, -єю; a
# masculine consonant or -о: genitive -а, -я, dative -у, -ю, -ові, -еві, -єві, instrumental
# -ом, -ем, -єм, locative -ові, -і.
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ові", ("", "о")),
    ("еві", ("ь", "")),
    ("єві", ("й",)),
    ("ою", ("а",)),
    ("ею", ("я", "а")),
    ("єю", ("я",)),
    ("ом", ("", "о")),
    ("ем", ("ь", "")),
    ("єм", ("й",)),
    ("ї", ("я",)),
    ("і", ("а", "я")),
    ("и", ("а",)),
    ("у", ("а", "", "о")),
    ("ю", ("я", "ь", "й")),
    ("а", ("", "о")),
    ("я", ("ь", "й")),
)
# Before the dative and locative -і a velar alternates: Прісці (Пріска), Ользі (Ольга), Засусі
_VELARS = {"ц": "к", "з": "г", "с": "х"}
_MIN_STEM = 3


@lru_cache(maxsize=65536)
def ending_bases(word: str) -> tuple[str, ...]:
    """The nominatives `word` may be a Ukrainian case form of by its ending alone (Пріски,
    Прісці, Пріскою: Пріска; Прохірові: Прохір), cased as `word`; the first ending that
    fits decides. None for a word Ukrainian's dictionary knows: it has read its case forms,
    and its nominatives are no case forms (Вікторія is not of Вікторій). Whether the word
    is Ukrainian is the caller's to tell (`marked`)."""
    low = word.casefold()
    if not set(low) <= _LETTERS or ukrainian_knows(word):
        return ()
    for ending, nominatives in _ENDINGS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < _MIN_STEM or not stem[-1].isalpha():
            continue
        stems = [stem]
        if ending == "і" and stem[-1] in _VELARS:
            stems.append(stem[:-1] + _VELARS[stem[-1]])
        found = dict.fromkeys(s + n for s in stems for n in nominatives)
        return tuple(match_case(word, base) for base in found if base != low)
    return ()


def marked(words: list[str]) -> bool:
    """Whether a name's words are read by Ukrainian's endings: two words or more, one with a
    letter Ukrainian has and Russian lacks, every Cyrillic one of Ukrainian's letters."""
    cyrillic = [w.casefold() for w in words if CYRILLIC.search(w)]
    return (
        len(words) > 1
        and any(UKRAINIAN.search(w) for w in cyrillic)
        and all(set(w) <= _LETTERS for w in cyrillic)
    )
