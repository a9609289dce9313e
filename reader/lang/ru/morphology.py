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
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

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
def _morph() -> pymorphy3.MorphAnalyzer:
    import pymorphy3  # imported late: building the analyzer takes a moment

    return pymorphy3.MorphAnalyzer()


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
    if any("sing" in p.tag for p in parses):  # Каримов is not "of the Karims"
        parses = [p for p in parses if "plur" not in p.tag]
    return [_parse_base(p) for p in parses]


def _dedupe(found: list[Candidate], word: str) -> list[Candidate]:
    seen: dict[str, Candidate] = {}
    for c in found:
        key = c.base.casefold()
        if key not in seen or (seen[key].gender is None and c.gender):  # Ислама: a man's name
            seen[key] = Candidate(recase(c.base, word), c.gender)
    return list(seen.values())


@cache
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
            found = rule
    else:
        found = _by_surname_rule(word)
        if not found:
            guessed = _by_pymorphy(word, known=False)
            named = [c for c in guessed if c.gender is not None]
            found = [*named, Candidate(word, None), *guessed]
    return tuple(_dedupe(found or [Candidate(word, None)], word))


def is_known(word: str) -> bool:
    """Whether pymorphy3's dictionary has the word (rather than guessing its paradigm)."""
    return bool(_morph().word_is_known(word.casefold()))


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
