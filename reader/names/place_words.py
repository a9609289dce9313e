"""A place name's generic words and place adjectives, and matching place names by kind.

A generic word (Балыкчы шаары, город Ош, Osh Region, кырка тоосу; place_words.json) says what
kind of place a name names: a settlement's names the place itself, a region's, a valley's...
another place, which matches only a name with a word of that kind. Before such a word a
Russian, Ukrainian or Belarusian place adjective, or one romanized, reads as its town
(Иссык-Кульская область = Issyk-Kul Region), and before a republic's word a people's name or
adjective as their land (Kyrgyz Republic, Кыргызская Республика = Kyrgyzstan). English city
and town are such words only in lowercase (Bishkek city; Mexico City is a name). Kept apart
from the grouping (`reader.names.grouping`) that reads names with these rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from reader.lang.extraction import (
    APOSTROPHES,
    generic_place_words,
    place_word_lists,
    trailing_place_words,
)


@lru_cache(maxsize=1)
def _place_words() -> dict[str, str]:
    """A generic place word -> its kind: "settlement", "region", "district", "river", "lake",
    "valley", "mountain", "gorge", "pass", "sea", "reservoir"... (place_words.json); a
    Turkic possessive also with its case endings (`_inflected`)."""
    return _inflected(generic_place_words())


@lru_cache(maxsize=1)
def _trailing_words() -> dict[str, str]:
    """A generic word read so only as a name's last word (Toktogul Reservoir, Naryn Darya,
    Кумтор кени; not Sea Launch, Дарья Иванова, Кени Асанов) -> its kind."""
    return _inflected(trailing_place_words())


def _inflected(table: dict[str, str]) -> dict[str, str]:
    """`table` with each Turkic possessive (a word in a vowel) also with each case ending in
    its script (облусунда, viloyatida)."""
    endings = place_word_lists()["case_endings"]["endings"]
    inflected = {
        word + ending: kind
        for word, kind in table.items()
        if word[-1] in _POSSESSIVE_VOWELS
        for ending in endings
        if ending.isascii() == word.isascii()
    }
    return inflected | table


_POSSESSIVE_VOWELS = frozenset("ыиуүіi")
_MAX_GENERIC_WORDS = 2  # кырка тоосу, автономная область
SETTLEMENT = "settlement"
REPUBLIC = "republic"


@lru_cache(maxsize=1)
def _lowercase_words() -> dict[str, str]:
    """A generic word read so only as written in lowercase (Bishkek city, not Mexico City)
    -> its kind."""
    table = place_word_lists()["lowercase"]
    return {word: kind for kind, words in table.items() for word in words}


def capitalized_settlement_word(word: str) -> bool:
    """Whether a word is a settlement's word read only in lowercase, capitalized (City,
    Town): a name's own word (Mexico City), or a town's generic word (Bishkek City), which
    only a gazetteer can tell."""
    return word[:1].isupper() and _lowercase_words().get(word.lower()) == SETTLEMENT


@lru_cache(maxsize=1)
def _name_parts() -> frozenset[str]:
    parts = place_word_lists()["name_part"]
    return frozenset(w for words in parts.values() if isinstance(words, list) for w in words)


def part_of_name(word: str) -> bool:
    """Whether a generic word after a name is also part of it, as a Turkic river's darya is
    (Amu Darya = Амударья, Аму-Дарья): the name reads as written whole too."""
    return word.lower() in _name_parts()


@lru_cache(maxsize=1)
def _fused_words() -> dict[str, tuple[str, ...]]:
    table = place_word_lists()["fused"]
    return {kind: tuple(words) for kind, words in table.items()}


def water_fused(name: str, kind: str) -> bool:
    """Whether a bare name ends in its own word of a water of this `kind`, fused (Syrdarya,
    Karakul 'black lake'): the water's own name, which a town named after it borrowed."""
    last = name.split()[-1].lower() if name.split() else ""
    return any(
        last.endswith(word) and len(last) > len(word) for word in _fused_words().get(kind, ())
    )


def _generic_kind(phrase: str, last: bool = False) -> str | None:
    """The kind of a generic place word or phrase, a name's `last` words or its first;
    None when it is none."""
    if phrase in _lowercase_words():
        return _lowercase_words()[phrase]
    word = phrase if phrase.endswith(".") else phrase.lower().translate(APOSTROPHES)
    if last and word in _trailing_words():
        return _trailing_words()[word]
    return _place_words().get(word)


def without_generic(
    words: list[str], persons_name: Callable[[str], bool]
) -> tuple[list[str], str | None]:
    """A name's words without a generic place word as its first or last word (Балыкчы
    шаары, город Ош, Osh Region, кырка тоосу), and that word's kind; None when it has none.
    Cyrillic writes a generic word after the name in lowercase (Ферганская долина): a
    capitalized last word a dictionary knows as a person's name is the name's own (Лариса
    Долина), while Ош Облусу is still a region, and a republic's word never a name (Кыргыз
    Республикасы, which a guess reads as a plural). `persons_name` is that reading, the
    grouper's (passed in: it reads words by the languages' morphology)."""
    for size in range(_MAX_GENERIC_WORDS, 0, -1):
        if len(words) <= size:
            continue
        last = words[-size:]
        kind = _generic_kind(" ".join(last), last=True)
        if kind is not None and (kind == REPUBLIC or not persons_name(last[0])):
            return words[:-size], kind
        kind = _generic_kind(" ".join(words[:size]))
        if kind is not None:
            return words[size:], kind
    return words, None


def ends_in_lowercase_generic(words: list[str]) -> bool:
    """Whether a name's last word (or two) is a generic place word written in lowercase
    (Tatarstan republic, Алматы шаары, кырка тоосу): a word the extractors keep after a
    name, which names the place's kind rather than being part of its proper name (as
    Osh Region's or Lake Issyk-Kul's is)."""
    return any(
        len(words) > size
        and all(w.islower() for w in words[-size:])
        and _generic_kind(" ".join(words[-size:]), last=True) is not None
        for size in range(1, _MAX_GENERIC_WORDS + 1)
    )


# A Russian place adjective (Иссык-Кульская, Раштский, Донецкой): the stem, -ск- or -цк-, and
# an adjective's ending in any gender, number and case.
_PLACE_ADJECTIVE = re.compile(
    r"^(?P<stem>[а-яё-]+?)(?P<sk>[сц])к(?:ая|ой|ую|ою|ое|ого|ому|ом|им|ий|ие|их|ими)$"
)


def place_adjective_nouns(word: str) -> list[str]:
    """The town or land a Russian place adjective is of, in each way Russian forms one:
    -ская on the stem (Иссык-Кульская, Самаркандская, Чуйская: Чуй), a stem's final -а
    dropped (Ферганская: Фергана), -инская, -овская, -енская after a stem in -а
    (Кызылординская: Кызылорда, Московская: Москва), -ийская (Согдийская: Согд, Согдия), a
    town in -ск, -цк (Иркутская, Донецкая), a town in -овка, -евка, -инка, whose -к- the
    adjective drops (Сосновская: Сосновка), a name in -и (`_in_i`: Сочинский, Тбилисский). Read
    only before a generic word (Иссык-Кульская область): an adjective alone is no place."""
    found = _PLACE_ADJECTIVE.match(word.lower())
    if not found:
        return _related_place_adjective_nouns(word)
    stem = word[: found.end("stem")]
    if found["sk"] == "ц":
        return [stem + "цк"]
    nouns = [stem, stem + "а", stem + "ск", *_with_ka(stem)]
    if stem.lower().endswith(("ин", "ов", "ев", "ен")):
        nouns.append(stem[:-2] + "а")
    if stem.lower().endswith("ий"):
        nouns += [stem[:-2], stem[:-1] + "я"]
    return nouns + _in_i(stem)


def _in_i(stem: str) -> list[str]:
    """The name in -и a Russian place adjective's stem may be of: -и with -н- (Сочи: сочинский)
    or dropped before -сск- after с (Тбилиси: тбилисский)."""
    low = stem.lower()
    if low.endswith("ин"):
        return [stem[:-1]]
    return [stem + "и"] if low.endswith("с") else []


# A Ukrainian place adjective (Брянська, Донецька, Калузька) and a Belarusian one (Чалябінская,
# Гомельскай): the stem, -ськ-, -цьк-, -зьк- or -ск-, -цк-, and an adjective's ending; a
# Russian or Ukrainian one in Latin letters, as ISO 3166-2 writes them (Kaluzhskaya,
# Ternopilska, Zaporizka, Donetska, Krasnodarskiy).
_UKRAINIAN_PLACE_ADJECTIVE = re.compile(
    r"^(?P<stem>[а-яёіїєґ'’-]+?)(?P<sk>[сцз])ьк(?:а|ий|е|ої|у|ою|ого|ому|им|ім|ій|і|их|ими)$"
)
_BELARUSIAN_PLACE_ADJECTIVE = re.compile(
    r"^(?P<stem>[а-яёіў'’-]*[іў][а-яёіў'’-]*?)(?P<sk>[сц])к(?:ая|ай|ую|ае|ага|аму|ім|і|ія|іх|імі)$"
)
_LATIN_PLACE_ADJECTIVE = re.compile(
    r"^(?P<stem>[a-z'’ʹ-]+?)(?P<sk>s|ts|z)['’ʹ]?k(?:aya|aja|a|iy|ij|yy|yi|y|i|oye|oe|e|oy|oj|oi)$"
)
# The consonants a Ukrainian stem ends in before -ськ-, by the one written (г, ж, з: з; к, ч,
# ц: ц; ш, х, с: с), in Cyrillic and in Latin letters.
_UKRAINIAN_BEFORE_SK = {
    "с": ("", "ш", "х"),
    "ц": ("цьк", "к", "ч", "ц"),
    "з": ("з", "ж", "г"),
    "s": ("", "sk"),
    "ts": ("tsk", "k", "ch", "ts"),
    "z": ("z", "zh", "h", "g"),
}
_LAST_VOWEL = re.compile(r"[аеиоуыэюяєіїaeiouy](?=[^аеиоуыэюяєіїaeiouy]*$)", re.IGNORECASE)


def _related_place_adjective_nouns(word: str) -> list[str]:
    """The town or land of a Ukrainian or Belarusian place adjective, or of a Russian or
    Ukrainian one in Latin letters: the stem with the consonant Ukrainian changed before
    -ськ- (Калузька: Калуга, Калуж-; Zaporizka: Zaporizh-), or -а, -ськ (Брянська: Брянськ),
    and a stem's last і also as Russian's о, е, Ukrainian's closed syllable (Львівська:
    Львов; Ternopilska: Ternopol)."""
    lowered = word.lower()
    for pattern in (_UKRAINIAN_PLACE_ADJECTIVE, _LATIN_PLACE_ADJECTIVE):
        found = pattern.match(lowered)
        if found:
            stem = word[: found.end("stem")]
            nouns = [stem + c + a for c in _UKRAINIAN_BEFORE_SK[found["sk"]] for a in ("", "а")]
            if found["sk"] in "сs":
                nouns.append(stem + ("ськ" if found["sk"] == "с" else "sk"))
                nouns += _with_ka(stem)
            return [*nouns, *(v for n in nouns for v in _ikavism(n))]
    found = _BELARUSIAN_PLACE_ADJECTIVE.match(lowered)
    if not found:
        return []
    stem = word[: found.end("stem")]
    return [stem, stem + "а", stem + found["sk"] + "к"]


# A stem of a town in -овка, -евка, -инка (Сосновка, Sosnovka), as its adjective has it
# (Сосновская, Сосновська, Sosnovskaya: Соснов-).
_KA_STEM = re.compile(r"(?:ов|ев|ин|ov|ev|in)$", re.IGNORECASE)


def _with_ka(stem: str) -> list[str]:
    """The town in -ка an adjective's stem may be of: Russian, Ukrainian and their Latin
    spellings drop the suffix's -к- before -ск- (Сосновка: Сосновская ГЭС, Сосновська ГЕС)."""
    if not _KA_STEM.search(stem):
        return []
    return [stem + ("ka" if stem.isascii() else "ка")]


def _ikavism(noun: str) -> list[str]:
    """`noun` with the і (Latin i) of its last syllable as Russian's о and е: Ukrainian
    writes і in a closed syllable where Russian has either (Львів, Львов; Вороніж, Воронеж)."""
    last = _LAST_VOWEL.search(noun)
    if not last or last.group().lower() not in "іi":
        return []
    vowels = "oe" if last.group().isascii() else "ое"
    return [noun[: last.start()] + v + noun[last.end() :] for v in vowels]


# A people's land, by the letters its name is written in: its name and -стан (Кыргызстан,
# Tatarstan) or, as Russian and English name some, -ия, -ia (Чехия, Slovakia).
_LANDS = {True: ("stan", "ia"), False: ("стан", "ия")}


def land_nouns(word: str) -> list[str]:
    """The land a people's name or adjective before a republic's word names (Kyrgyz
    Republic, Кыргыз Республикасы, Кыргызская Республика: Kyrgyzstan, Кыргызстан; Czech
    Republic: Czechia): the people's name, or the adjective's, and each land's ending."""
    peoples = [word, *place_adjective_nouns(word)]
    return [people + land for people in peoples for land in _LANDS[word.isascii()]]


_LAND_ENDING = re.compile(r"(?:и?стан|i?stan)$", re.IGNORECASE)
_MIN_PEOPLE = 4  # letters of the people's name before it (Tatar-, Turkmen-)


def other_land_names(word: str) -> list[str]:
    """A people's land in -stan named the other way, the Russian one in -ия, -ia
    (Туркменистан: Туркмения, Turkmenistan: Turkmenia, Tatarstan: Tataria)."""
    found = _LAND_ENDING.search(word)
    if not found or found.start() < _MIN_PEOPLE:
        return []
    return [word[: found.start()] + _LANDS[word.isascii()][1]]


# The kinds of place named without their generic word too: a settlement's word names the
# place itself (Балыкчы шаары = Балыкчы), and English and Russian name a lake or a river alone
# (Issyk-Kul, the Volga, Амударья), and a republic is its land (Коми, Татарстан). A valley,
# a range, a region, a reservoir... alone may be its town's name (Fergana, Osh, Toktogul):
# grouping's bare-name rule decides (`named_after`).
_NAMED_ALONE = frozenset((SETTLEMENT, "river", "lake", REPUBLIC))
RIVERS_AND_LAKES = frozenset(("river", "lake"))
# A corridor is named after a place it runs through (Wakhan Corridor), and never by that
# place's name alone.
_NEVER_ALONE = frozenset(("corridor",))
# Facilities named after a place, which the news calls by the bare name as often as the place
# (a gold mine, a dam, an oil field by its name alone): beside a lake or a river of the
# name, a bare name may be either. A valley or a region of a lake's name is the land around
# it, and the bare name the lake's.
FACILITIES = frozenset(("mine", "dam"))


def kinds_agree(a: str, b: str) -> bool:
    """Whether names with generic words of kinds `a` and `b` ("": none) may name one place:
    Lake Issyk-Kul = Issyk-Kul, not Issyk-Kul Region nor Issyk-Kul town."""
    return a == b or (not a and b in _NAMED_ALONE) or (not b and a in _NAMED_ALONE)


def named_after(kind: str) -> bool:
    """Whether a place of this kind is named after another, a town's name as a rule (Osh
    Region, Fergana Valley, Toktogul Reservoir, Kumtor mine): its bare name stands for it
    only when no town of that name is in play; never a corridor's (`_NEVER_ALONE`)."""
    return bool(kind) and kind not in _NAMED_ALONE | _NEVER_ALONE


# An English adjective of a sea's or a range's name (Caspian Sea, Baltic Sea): the stem, with
# an English c before a, o, u or a consonant also as k, as Russian's adjective has it
# (Каспийское море: Касп-).
_ENGLISH_ADJECTIVE = re.compile(r"^(?P<stem>[A-Z][a-z]{2,}?)(?:ian|ean|ic)$")
_HARD_C = re.compile(r"[cC](?![eiy])")


def _as_k(found: re.Match[str]) -> str:
    return "K" if found.group() == "C" else "k"


def english_adjective_nouns(word: str) -> list[str]:
    """The stem an English adjective before a feature's word is of (Caspian: Casp, Kasp, Kaspi),
    which a Russian adjective's (Каспийское: Касп) or a Turkic noun's (Каспий) may share."""
    found = _ENGLISH_ADJECTIVE.match(word)
    if not found:
        return []
    stems = [found["stem"]]
    if word.endswith("ian"):  # Caspian: Caspi, as Turkic Каспий
        stems.append(found["stem"] + "i")
    return list(dict.fromkeys(s for stem in stems for s in (stem, _HARD_C.sub(_as_k, stem))))
