"""Russian base forms of names: pymorphy3 where it knows the word, surname rules elsewhere.

pymorphy3's dictionary knows Путин, Песков, Бишкек; most Central Asian surnames it only
guesses, and badly (Жапаров as a genitive plural of "жапар"). For those the -ов/-ев/-ин
declension table in surnames.json decides. A -ова form is ambiguous without context
(Каримова: of Karimov, or Karimova herself); `candidates` keeps both, masculine first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reader.lang.base import Morphology, match_case
from reader.lang.ru.dictionary import analyzer as _morph
from reader.lang.ru.east_slavic import russian_names
from reader.lang.ru.given_name_forms import russian_given_names, russian_town_names
from reader.lang.ru.ukrainian_cases import UKRAINIAN, ukrainian_bases

if TYPE_CHECKING:
    import pymorphy3

Gender = Literal["m", "f"]
_DATA = Path(__file__).parent / "surnames.json"
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn")
_KEEP = 0.25  # a parse counts when its score is at least this share of the best one


@dataclass(frozen=True)
class Candidate:
    """One base form a word may come from, with the gender it implies (None: not a person's)."""

    base: str
    gender: Gender | None


@cache
def _surname_rules() -> tuple[tuple[str, str, tuple[Gender, ...]], ...]:
    """(suffix, ending, genders), longest ending first."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    rules = [
        (suffix, ending, tuple(genders))
        for suffix in raw["suffixes"]
        for ending, genders in raw["endings"].items()
    ]
    return tuple(sorted(rules, key=lambda r: -len(r[0] + r[1])))


@cache
def _min_stem() -> int:
    return int(json.loads(_DATA.read_text(encoding="utf-8"))["min_stem"])


def recase(lemma: str, word: str) -> str:
    """`lemma` with the capitals of `word`, part by part: иссык-куль, Иссык-Куля -> Иссык-Куль."""
    if len(word) > 1 and word.isupper():
        return lemma.upper()
    parts = lemma.split("-")
    sources = word.split("-")
    out = []
    for i, part in enumerate(parts):
        source = sources[i] if i < len(sources) else sources[-1]
        out.append(part[:1].upper() + part[1:] if source[:1].isupper() else part)
    return "-".join(out)


def _by_surname_rule(word: str) -> list[Candidate]:
    low = word.casefold()
    for suffix, ending, genders in _surname_rules():
        tail = suffix + ending
        if low.endswith(tail) and len(low) - len(tail) >= _min_stem():
            stem = word[: len(word) - len(ending)] if ending else word
            return [Candidate(stem if g == "m" else stem + "а", g) for g in genders]
    return []


def _parse_base(parse: pymorphy3.analyzer.Parse) -> Candidate:
    tag = parse.tag
    gender: Gender | None = None
    if {"Name", "Surn", "Patr"} & set(tag.grammemes) or tag.POS == "ADJF":
        gender = "f" if "femn" in tag else "m" if "masc" in tag else None
    if tag.POS == "ADJF" and gender is None and tag.case in ("nomn", "accs"):
        # a neuter or plural adjective in the nominative is a name as it stands (Дивное,
        # Вятские Поляны), not a form of the masculine дивный
        return Candidate(parse.word, None)
    if gender == "f" and ("Surn" in tag or tag.POS == "ADJF"):
        # pymorphy normalises Отунбаевой to отунбаев, Навальной to навальный
        nominative = parse.inflect({"sing", "nomn"})
        if nominative is not None:
            return Candidate(nominative.word, gender)
    return Candidate(parse.normal_form, gender)


def _scored(word: str) -> list[pymorphy3.analyzer.Parse]:
    """Noun and adjective parses whose score is a fair share of the best one."""
    parses = [p for p in _morph().parse(word) if p.tag.POS in ("NOUN", "ADJF")]
    best = max((p.score for p in parses), default=0.0)
    return [p for p in parses if p.score >= _KEEP * best]


def _by_pymorphy(word: str, known: bool) -> list[Candidate]:
    parses = _scored(word)
    if not parses:
        return []
    named = [p for p in parses if any(t in p.tag for t in _NAME_TAGS)]
    if known or named:
        parses = named or parses
    every = _morph().parse(word)
    # of any score: pymorphy3 gives Грязи as the plural a twentieth of its weight
    plural = [Candidate(word, None)] if any(_plural_noun(p) for p in every) else []
    if any("sing" in p.tag for p in parses):  # Каримов is not "of the Karims"
        parses = [p for p in parses if "plur" not in p.tag]
    elif named:  # one person: Гулям, read only as "to the Гули", is a name as written too
        plural = [Candidate(word, None)]
    # a given name in the nominative, of any score: Александра is "of Александр" four times
    # out of five in pymorphy3's corpus, but a woman's name as written
    nominative = [p for p in every if _nominative_name(p) and p not in parses]
    found = [_parse_base(p) for p in parses + nominative]
    return found + [c for p in parses if (c := _neuter_base(p))] + plural


def _nominative_name(parse: pymorphy3.analyzer.Parse) -> bool:
    """A given name in the nominative singular: a reading kept whatever its score."""
    tag = parse.tag
    return "Name" in tag and "sing" in tag and tag.case == "nomn"


def _plural_noun(parse: pymorphy3.analyzer.Parse) -> bool:
    """A noun in the nominative plural is also a name as it stands: towns are named in the
    plural (Грязи, Вятские Поляны, Озерки), besides the singular грязь, поляна."""
    return parse.tag.POS == "NOUN" and "plur" in parse.tag and parse.tag.case == "nomn"


def _neuter_base(parse: pymorphy3.analyzer.Parse) -> Candidate | None:
    """Дивного: of Дивное too, a neuter place name, besides the masculine дивный that
    pymorphy3 gives (Великого Новгорода)."""
    tag = parse.tag
    if tag.POS != "ADJF" or "neut" not in tag or tag.case in ("nomn", "accs"):
        return None
    nominative = parse.inflect({"nomn"})
    return None if nominative is None else Candidate(nominative.word, None)


def _dedupe(found: list[Candidate], word: str) -> list[Candidate]:
    """One candidate per base, of the gender its readings give: a man's (Ислама: a man's
    name, not nobody's), or none where they give both, as of a surname a woman's form of which
    is not declined (Данилюк, Шухевич: Алле Данилюк is Алла Данилюк)."""
    seen: dict[str, Candidate] = {}
    genders: dict[str, set[Gender]] = {}
    for c in found:
        key = c.base.casefold()
        if c.gender:
            genders.setdefault(key, set()).add(c.gender)
        if key not in seen or (seen[key].gender is None and c.gender):
            seen[key] = Candidate(recase(c.base, word), c.gender)
    return [
        Candidate(c.base, None) if len(genders.get(key, ())) > 1 else c for key, c in seen.items()
    ]


@lru_cache(maxsize=65536)  # the distinct words of names in a 1,000-article archive
def candidates(word: str) -> tuple[Candidate, ...]:
    """Base forms `word` may be a case form of, most likely first; the word itself if none.

    Known words follow pymorphy3's scores (Путина -> Путин), except that a nominative
    -ов/-ев/-ин surname is itself (Песков, not "of the sands") and a case form of one keeps
    both genders (Назарбаева). Unknown -ов/-ев/-ин surnames follow the declension table
    (Жапарова -> Жапаров, then Жапарова). Other unknown words
    keep their own spelling next to pymorphy3's guesses (Садыра -> Садыр, Садыра), since
    a Kyrgyz word in a Russian sentence is often not declined at all (Жогорку Кенеша).
    """
    if not re.search(r"[а-яё]", word, re.IGNORECASE):
        return (Candidate(word, None),)
    known = is_known(word)
    if known:
        found = _by_pymorphy(word, known=True)
        rule = _by_surname_rule(word)
        if rule and not any(c.gender and c.base.casefold() == word.casefold() for c in rule):
            # a case form of a surname: both genders stay possible (Назарбаева: of him, or her)
            surname = [p for p in _scored(word) if "Surn" in p.tag]
            found = [*found, *rule] if surname else [*rule, *found]
        elif rule:  # Песков, Керимов: the surname, not "of the sands", "of the Kerims"
            found = rule if _same_gender_names(word, rule) else [Candidate(word, None)]
    else:
        found = _by_surname_rule(word)
        if not found:
            guessed = [_either_gender(c, word) for c in _by_pymorphy(word, known=False)]
            named = [c for c in guessed if c.gender is not None]
            found = [*named, Candidate(word, None), *guessed]
    return tuple(_dedupe(found or [Candidate(word, None)], word))


# A hard or hushing consonant and the -е of the prepositional (в Гарме: Гарм; в Ургенче:
# Ургенч) or of a feminine -а noun's dative and prepositional (в Исфане: Исфана).
_LOCATIVE = re.compile(r"(?<=[бвгдзклмнпрстфхжшчщ])е$", re.IGNORECASE)
_MIN_LOCATIVE_STEM = 3


@lru_cache(maxsize=65536)  # as `candidates`
def locative_bases(word: str) -> tuple[str, ...]:
    """Both bases of an unknown word's -е after a hard consonant, as Russian declines a
    town's name (Вахдате: Вахдат; Исфане: Исфана), those `candidates` lacks: pymorphy3
    guesses one or the other by the word's last letters (Вахдата, Гарма), never both. Kept
    apart from `candidates`, for a name ending so in the nominative (Восе, Мазари-Шарифе)
    as written must not become ambiguous by them: grouping tries them last."""
    if (
        not _LOCATIVE.search(word)
        or len(word) - 1 < _MIN_LOCATIVE_STEM
        or is_known(word)
        or _by_surname_rule(word)
    ):
        return ()
    stem = word[:-1]
    own = {c.base.casefold() for c in candidates(word)}
    bases = (stem, stem + ("А" if stem.isupper() else "а"))
    return tuple(b for b in bases if b.casefold() not in own)


# The prepositional -е of a village's neuter name in -ово, -ево, -ёво, -ино, -ыно (в Иванове,
# в Пушкине), which the surname rule reads as a man's surname's (Иванов-е).
_NEUTER_LOCATIVE = re.compile(r"(?:[оеё]в|[иы]н)е$", re.IGNORECASE)


@lru_cache(maxsize=65536)  # as `candidates`
def neuter_town_bases(word: str) -> tuple[str, ...]:
    """The neuter town's name an unknown word's -ове, -еве, -ине is the prepositional of
    (Аскарове: Аскарово), as Russian declines a village named with the possessive suffix (в
    Языкове), where pymorphy3 guesses a surname's prepositional (of Аскаров) alone; also of a
    word the dictionary knows only as a name and not as that village (Ананьеве: of the man
    Ананьев or the town Ананьев, and as written of the village Ананьево). Tried last, as
    `locative_bases`: a surname's case form keeps its man when he is in play."""
    if not _NEUTER_LOCATIVE.search(word) or len(word) - 3 < _MIN_LOCATIVE_STEM:
        return ()
    if is_known(word) and not _name_only(word.casefold()):
        return ()
    base = word[:-1] + ("О" if word.isupper() else "о")
    return () if base in {c.base for c in candidates(word)} else (base,)


# The plural's dative, instrumental and locative, which a town named in the plural (Луки,
# Сумы) takes in a phrase (к Лукам, под Сумами, в Луках): their endings, and their cases.
_PLURAL_ENDING = re.compile(r"[ая](?:х|м|ми)$", re.IGNORECASE)
_PLURAL_CASES = frozenset(("datv", "ablt", "loct"))


@lru_cache(maxsize=65536)  # as `candidates`
def plural_bases(word: str) -> tuple[str, ...]:
    """The nominative plural a word is a plural case form of, where the dictionary reads it
    as a common noun's only (Луках: лука 'bend', so Луки): many towns are named in the
    plural of a noun, which the dictionary knows only as that noun. Tried last, as
    `locative_bases`."""
    if not _PLURAL_ENDING.search(word):
        return ()
    parses = _morph().parse(word.casefold())
    if not parses or any(
        "plur" not in p.tag or p.tag.case not in _PLURAL_CASES or _named(p) for p in parses
    ):
        return ()
    found = (p.inflect({"plur", "nomn"}) for p in parses)
    own = {c.base.casefold() for c in candidates(word)}
    return tuple(
        dict.fromkeys(f.word.capitalize() for f in found if f is not None and f.word not in own)
    )


# The oblique cases of a plural adjective before a town named in the plural (Новых Атагов, в
# Верхних Сергах, к Старым Бобовичам).
_PLURAL_ADJECTIVE_CASES = frozenset(("gent", "datv", "accs", "ablt", "loct"))


@lru_cache(maxsize=65536)  # as `candidates`
def plural_adjective_bases(word: str) -> tuple[str, ...]:
    """The nominative plural of an adjective in a plural oblique case (Новых: Новые), which
    `candidates` reads as the masculine singular (Новый) only: a town named in the plural
    keeps its adjective plural (Новые Атаги, в Новых Атагах), and the nominative plural is
    read as written (Новые). Tried last, as `locative_bases`."""
    parses = [
        p
        for p in _morph().parse(word.casefold())
        if {"ADJF", "plur"} <= p.tag.grammemes
        and "Poss" not in p.tag  # Петровых: a surname's family, not a town's word
        and p.tag.case in _PLURAL_ADJECTIVE_CASES
    ]
    found = (p.inflect({"plur", "nomn"}) for p in parses)
    nominative = dict.fromkeys(f.word for f in found if f is not None and f.word != word.casefold())
    return tuple(w.capitalize() if word[:1].isupper() else w for w in nominative)


def _named(parse: pymorphy3.analyzer.Parse) -> bool:
    """Whether a reading is a person's name or a place's: read by `candidates` already."""
    return bool({"Name", "Surn", "Patr", "Geox"} & set(parse.tag.grammemes))


# A hard consonant and the -а of a masculine noun's genitive and accusative (Ховалыга, Думана:
# of Ховалыг, Думан); not a woman's patronymic's -вна, -чна (Нургожоевна, Ильинична).
_GENITIVE = re.compile(r"(?<=[бвгдзклмнпрстфх])(?<!вн)(?<!чн)а$", re.IGNORECASE)


def _ukrainian(word: str) -> tuple[str, ...]:
    """A Ukrainian case form's nominatives (`ukrainian_bases`: Ірині, Орликові, Оленою), for
    a word with a letter Ukrainian has and Russian lacks or one Russian's dictionary does not
    know: a Russian word keeps its own."""
    if UKRAINIAN.search(word) or not is_known(word):
        return ukrainian_bases(word)
    return ()


@lru_cache(maxsize=65536)  # as `candidates`
def genitive_bases(word: str) -> tuple[str, ...]:
    """The consonant-final base of an unknown word's -а after a hard consonant, as Russian
    declines a man's name (Владислава Ховалыга: of Ховалыг), which pymorphy3's guess or
    another language's ending may miss (Ховалыга read as a Kyrgyz dative of Ховалы). Tried
    last, as `locative_bases`: a name ending so in the nominative (Исфана) keeps its group."""
    if (
        not _GENITIVE.search(word)
        or len(word) - 1 < _MIN_LOCATIVE_STEM
        or is_known(word)
        or _by_surname_rule(word)
    ):
        return ()
    stem = word[:-1]
    return () if stem.casefold() in {c.base.casefold() for c in candidates(word)} else (stem,)


# The genitive of a feminine in -а: -ы after a hard consonant, -и after г, к, х, ж, ш, ч, щ,
# which Russian writes for ы there (Гульшары, Мубарики: Гульшара, Мубарика).
_FEMININE_GENITIVE = re.compile(r"(?:(?<=[бвдзлмнпрстфц])ы|(?<=[гкхжшчщ])и)$", re.IGNORECASE)


@lru_cache(maxsize=65536)  # as `candidates`
def feminine_bases(word: str) -> tuple[str, ...]:
    """The -а base of an unknown word's genitive in -ы, -и (Гульшары Абдыкаликовой: of
    Гульшара), as Russian declines a woman's given name, where pymorphy3 guesses a plural
    of Гульшар alone. Tried last, as `locative_bases`: a name ending so as written (Паставы,
    a town) keeps the group its spelling joined."""
    if not _FEMININE_GENITIVE.search(word) or len(word) - 1 < _MIN_LOCATIVE_STEM:
        return ()
    if is_known(word):
        return ()
    base = word[:-1] + ("А" if word.isupper() else "а")
    return () if base.casefold() in {c.base.casefold() for c in candidates(word)} else (base,)


# A case form of a name in -ок that drops its fleeting о (Ашурка, Ашурку, Ашурком: of
# Ашурок, as сынка is of сынок): the consonant before the к, and the ending.
_FLEETING_O = re.compile(r"(?<=[бвгдзлмнпрстфхжшчщ])к(?:а|у|ом)$", re.IGNORECASE)


@lru_cache(maxsize=65536)  # as `candidates`
def fleeting_bases(word: str) -> tuple[str, ...]:
    """The -ок base of an unknown word's -ка, -ку, -ком (Ашурка: Ашурок), as Russian
    declines names in -ок (Лукашок, Макаёнок: Лукашка, Макаёнка), which pymorphy3's guess
    for a word it does not know misses. Tried last, as `locative_bases`: a name ending so
    as written (Тамга) keeps its group."""
    found = _FLEETING_O.search(word)
    if not found or found.start() < _MIN_LOCATIVE_STEM or is_known(word):
        return ()
    base = word[: found.start()] + ("ОК" if word.isupper() else "ок")
    return () if base.casefold() in {c.base.casefold() for c in candidates(word)} else (base,)


# The -и of a noun in -мя's genitive, dative and prepositional (времени: время), a class of
# ten neuters that pymorphy3's guess extends to an unknown word ending so (Бугимени:
# Бугимя, as имени: имя), where it reads other -ени words as of -ень, -еня (Плашени:
# Плашень, Плашеня).
_NEUTER_MYA = re.compile(r"(?<=мен)и$", re.IGNORECASE)


@lru_cache(maxsize=65536)  # as `candidates`
def soft_bases(word: str) -> tuple[str, ...]:
    """The -мень, -меня bases of an unknown word in -мени (Бугимени: Бугимень, Бугименя),
    the case forms of a feminine in -ь or a noun in -я, that pymorphy3 may read as of a
    neuter in -мя only: no name declines so. Tried last, as `locative_bases`."""
    if not _NEUTER_MYA.search(word) or len(word) - 1 < _MIN_LOCATIVE_STEM or is_known(word):
        return ()
    stem = word[:-1]
    upper = stem.isupper()
    own = {c.base.casefold() for c in candidates(word)}
    bases = (stem + ("Ь" if upper else "ь"), stem + ("Я" if upper else "я"))
    return tuple(b for b in bases if b.casefold() not in own)


# The -и of a feminine in -ь's genitive, dative and prepositional after the consonant it
# softens (Рязани, в Лагани: Рязань, Лагань), as Russian declines a town so named.
_SOFT_FEMININE = re.compile(r"(?<=[бвдзлмнпрстф])и$", re.IGNORECASE)


@lru_cache(maxsize=65536)  # as `candidates`
def soft_feminine_bases(word: str) -> tuple[str, ...]:
    """The -ь base of an unknown word's -и after a softened consonant (Лагани: Лагань), which
    pymorphy3 guesses as of a noun in -ия (Лагания) alone. Tried last, as `locative_bases`: a
    name ending so as written (Гори, Поти) keeps the group its spelling joined."""
    if not _SOFT_FEMININE.search(word) or len(word) - 1 < _MIN_LOCATIVE_STEM or is_known(word):
        return ()
    base = word[:-1] + ("Ь" if word.isupper() else "ь")
    return () if base.casefold() in {c.base.casefold() for c in candidates(word)} else (base,)


def _either_gender(candidate: Candidate, word: str) -> Candidate:
    """A guessed woman's -а, -я base of an unknown word's case form tells no gender: a man's
    surname declines so too (Дзындрой: of Дзындра, him or her); nor does an unknown word
    read as itself that Russian would not decline (`_UNDECLINED_VOWELS`)."""
    base = candidate.base.casefold()
    if candidate.gender == "f" and base != word.casefold() and base.endswith(("а", "я")):
        return Candidate(candidate.base, None)
    if candidate.gender and base == word.casefold() and base.endswith(_UNDECLINED_VOWELS):
        return Candidate(candidate.base, None)
    return candidate


# The final vowels of a name Russian does not decline (Али, Гули, Давлатали): an unknown
# word read as itself so ending may be a man's or a woman's, whatever gender pymorphy3
# guesses (Давлатали: feminine, so Давлатали Саиду was read as no dative of Давлатали Саид)
_UNDECLINED_VOWELS = ("и", "е", "э", "о", "у", "ю", "ы")


def _same_gender_names(word: str, rule: list[Candidate]) -> bool:
    """Whether every given name the dictionary has `word` as is of the surname rule's gender:
    Карин, Каталин, Жаклин end like a man's surname but are women's names, so they tell no
    gender (Карин Бородина is no "of Карин Бородин")."""
    genders = {c.gender for c in rule}
    names = {_parse_base(p).gender for p in _morph().parse(word) if _nominative_name(p)}
    return names <= genders


@lru_cache(maxsize=65536)  # language identification asks for every word of every text
def is_known(word: str) -> bool:
    """Whether pymorphy3's dictionary has the word (rather than guessing its paradigm)."""
    return bool(_morph().word_is_known(word.casefold()))


# The cases a noun takes only from a word that governs it (a verb, a preposition, a noun of
# giving: письмо другу), never from a bare noun in the nominative just before it; and the
# nominative plural, which does not follow one either ("Форматы файлов", not "Файл форматы").
_GOVERNED = ("datv", "accs")
# The word just before, with nothing but spaces between ("Карта;Микрофон" is a list).
_LAST_WORD = re.compile(r"([^\W\d_]+) +$")


@lru_cache(maxsize=16384)  # some MB at most: the tags are the dictionary's own, shared objects
def _tags(word: str) -> tuple[pymorphy3.tagset.OpencorporaTag, ...]:
    """The tag of each reading pymorphy3 gives `word`, in its order: parsed once for all the
    tests below that read tags alone (a parse of a known word takes some 0.2 ms)."""
    return tuple(parse.tag for parse in _morph().parse(word))


@lru_cache(maxsize=4096)
def _governed_only(word: str) -> bool:
    """Whether every reading of `word` is a thing's dative or accusative, or a plural
    nominative: what a Kyrgyz possessive on a loanword (формат-ы, монитор-у) reads as. A
    word in lower case is no name: динары is no genitive of Динара."""
    tags = [
        tag
        for tag in _tags(word.casefold())
        if not word.islower() or not any(name in tag for name in _NAME_TAGS)
    ]
    return (
        bool(tags)
        and all(
            tag.POS == "NOUN"
            and not any(name in tag for name in _NAME_TAGS)
            and (tag.case in _GOVERNED or (tag.case == "nomn" and tag.number == "plur"))
            for tag in tags
        )
        and any(tag.animacy == "inan" for tag in tags)
    )


@lru_cache(maxsize=4096)
def _undeclined(word: str) -> bool:
    """Whether every reading of `word` (lower case) is of an indeclinable noun (Fixd) and
    none of a person's name (Алу is one)."""
    tags = _tags(word) if is_known(word) else ()
    return bool(tags) and all(
        "Fixd" in tag and not any(name in tag for name in ("Name", "Surn", "Patr")) for tag in tags
    )


@lru_cache(maxsize=4096)
def _name_only(word: str) -> bool:
    """Whether the dictionary reads `word` as a name alone: in lower case it is no Russian
    word (Kyrgyz аты, 'its name', is a genitive of the name Ата; гана, 'only', is Ghana)."""
    return all(any(name in tag for name in _NAME_TAGS) for tag in _tags(word))


def _possessor(word: str) -> bool:
    """Whether `word` may own a Kyrgyz possessive after it: a bare noun (`_bare_noun`), or a
    capitalised word the dictionary reads as a name (Тай, Литва: a country's stem in a
    currency's name), which Russian puts before no plural nor governed case either."""
    folded = word.casefold()
    return _bare_noun(folded) or (word[:1].isupper() and _name_reading(folded))


@lru_cache(maxsize=4096)
def _name_reading(word: str) -> bool:
    """Whether the dictionary has a reading of `word` as a name."""
    return any(any(name in tag for name in _NAME_TAGS) for tag in _tags(word))


@lru_cache(maxsize=4096)
def _bare_noun(word: str) -> bool:
    """Whether `word` is a declinable noun in the nominative singular, or no Russian word at
    all (a Latin name, a Kyrgyz word): what a Kyrgyz possessive's owner is."""
    if not is_known(word):
        return True
    return any(
        tag.POS == "NOUN" and "Fixd" not in tag and tag.case == "nomn" and tag.number == "sing"
        for tag in _tags(word)
    )


def is_place(word: str) -> bool:
    """Whether pymorphy3's dictionary has the word as a place name (Geox) in its base form,
    ё written or not (Кишинев as Кишинёв)."""
    folded = word.casefold().replace("ё", "е")
    if not _morph().word_is_known(folded):
        return False
    parses = _morph().parse(folded)
    return any("Geox" in p.tag and p.normal_form.replace("ё", "е") == folded for p in parses)


def given_name_gender(word: str) -> Gender | None:
    """Gender of a given name in any case (Розы -> f, Садыра -> m), None if not one."""
    for parse in _morph().parse(word):
        if "Name" in parse.tag:
            return "f" if "femn" in parse.tag else "m" if "masc" in parse.tag else None
    return None


def inflect_like(new_base: str, old_word: str, old_base: str) -> str | None:
    """`new_base` in the case and number `old_word` has as a form of `old_base`, by pymorphy3.

    For bases of different declension types, where carrying the ending over would be wrong.
    None when pymorphy3 cannot tell.
    """
    morph = _morph()
    target = old_base.casefold()
    old = next((p for p in morph.parse(old_word) if _parse_base(p).base.casefold() == target), None)
    if old is None or old.tag.case is None:
        return None
    grammemes = {g for g in (old.tag.case, old.tag.number) if g}
    for parse in morph.parse(new_base):
        if parse.tag.case == "nomn" and (old.tag.gender in (None, parse.tag.gender)):
            form = parse.inflect(grammemes)
            if form is not None:
                return recase(form.word, new_base)
    return None


# Russian case endings of nouns, surnames and adjectival names, space-separated.
_ENDINGS = frozenset(
    [
        "а",
        "я",
        "у",
        "ю",
        "е",
        "и",
        "ы",
        "о",
        "ом",
        "ем",
        "ём",
        "ым",
        "им",
        "ой",
        "ей",
        "ёй",
        "ою",
        "ею",
        "ью",
        "ам",
        "ям",
        "ах",
        "ях",
        "ов",
        "ев",
        "ий",
        "ый",
        "ия",
        "ие",
        "ию",
        "ии",
        "ую",
        "юю",
        "ая",
        "яя",
        "ое",
        "ее",
        "ые",
        "ых",
        "их",
        "ого",
        "его",
        "ому",
        "ему",
        "ами",
        "ями",
        "ыми",
        "ими",
        "ием",
        "иям",
        "иях",
        "ией",
    ]
)
# Final letters a Russian stem loses when declined: Отунбаева -> Отунбаев-ой,
# Сергей -> Серге-я, Игорь -> Игор-я, Достоевский -> Достоевск-ого. Longest first.
_CUTS = ("ий", "ый", "ой", "ая", "яя", "а", "я", "й", "ь")
_ALPHABET = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя-")


def _russian(word: str) -> bool:
    """Only Russian letters: Kyrgyz (ө ү ң) or Kazakh spellings follow no Russian grammar."""
    return bool(word) and set(word.casefold()) <= _ALPHABET


def final_class(word: str) -> str:
    """Spelling class of a stem's last letter: endings differ between classes (Бишкеком, Ошем)."""
    c = word[-1:].casefold()
    for letters, name in (("жшчщ", "hushing"), ("кгх", "velar"), ("ц", "ц")):
        if c in letters:
            return name
    return c if c in "аеёиоуыэюяйь" or not c.isalpha() else "consonant"


class RussianMorphology(Morphology):
    """Russian declension of names: endings, stems that lose a final letter, base forms."""

    every_word_inflects = True

    def base_forms(self, word: str, gender: str | None = None) -> list[str]:
        if not _russian(word):
            return [word]
        found = [c.base for c in candidates(word) if gender is None or c.gender == gender]
        late = list(locative_bases(word)) if gender is None else []
        return (found or [c.base for c in candidates(word)]) + late

    def late_bases(self, word: str) -> tuple[str, ...]:
        if not _russian(word):
            return ukrainian_bases(word) if UKRAINIAN.search(word) else ()
        return (
            locative_bases(word)
            + genitive_bases(word)
            + feminine_bases(word)
            + fleeting_bases(word)
            + neuter_town_bases(word)
            + plural_bases(word)
            + plural_adjective_bases(word)
            + soft_bases(word)
            + soft_feminine_bases(word)
            + ukrainian_bases(word)
        )

    def readings(self, word: str) -> list[tuple[str, str | None]]:
        return [(c.base, c.gender) for c in candidates(word)]

    def related_readings(self, word: str) -> tuple[tuple[str, str | None], ...]:
        return tuple((base, None) for base in _ukrainian(word))

    def knows(self, word: str) -> bool:
        return is_known(word)

    def undeclined(self, word: str) -> bool:
        return _undeclined(word.casefold())

    def knows_after(self, before: str, word: str) -> bool:
        if not is_known(word) or (word.islower() and _name_only(word)):
            return False
        last = _LAST_WORD.search(before)
        return not (last and _possessor(last.group(1)) and _governed_only(word))

    def knows_place(self, word: str) -> bool:
        return is_place(word)

    def given_name_gender(self, word: str) -> str | None:
        return given_name_gender(word)

    def related_names(self, word: str) -> tuple[str, ...]:
        return russian_names(word) + russian_given_names(word) + russian_town_names(word)

    def stem_cuts(self, base: str) -> tuple[str, ...]:
        folded = base.casefold()
        if not _russian(folded):
            return ()
        return tuple(c for c in _CUTS if folded.endswith(c) and len(folded) > len(c) + 1)

    def split_ending(self, word: str, base: str) -> tuple[str, str] | None:
        w, b = word.casefold(), base.casefold()
        if w == b:
            return "", ""
        if not _russian(b):
            return None
        for cut in ("", *self.stem_cuts(base)):
            stem = b[: len(b) - len(cut)]
            rest = w[len(stem) :]
            if w.startswith(stem) and rest in _ENDINGS:
                return cut, word[len(stem) :]
        return None

    def transfer(self, old_word: str, old_base: str, new_base: str) -> str | None:
        """The ending moves when both stems end alike (Джапарова -> Жапарова, Отунбаевой ->
        Атунбаевой); between stems that end differently only pymorphy3's dictionary may
        inflect the new base (Бишкеком -> Ошем), and only when it knows that word."""
        split = self.split_ending(old_word, old_base)
        if split is None:
            return None
        cut, ending = split
        if cut:
            if not new_base.casefold().endswith(cut) or len(new_base) <= len(cut):
                return None
            return match_case(old_word, new_base[: len(new_base) - len(cut)] + ending)
        if not ending or final_class(old_base) == final_class(new_base):
            return match_case(old_word, new_base + ending)
        if not is_known(new_base):
            return None
        inflected = inflect_like(new_base, old_word, old_base)
        return None if inflected is None else match_case(old_word, inflected)
