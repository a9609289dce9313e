"""What the rest of `reader` may ask of a language: the `Language` record and its morphology.

A language folder (`reader/lang/ky/`...) builds one `Language`; code elsewhere asks it
instead of testing the language's code, so adding a language touches no other module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from reader.lang.extraction import NameExtractor

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")


class Morphology:
    """A language whose names take no endings: a word is a form of a base only when equal.

    Each language folder subclasses it in its `morphology.py`; glossary matching, QA fixes,
    grouping and extraction all ask these four methods, so a language's endings live once.
    """

    # Whether each word of a name declines (Russian: Садыра Жапарова) or only the last one
    # (Kyrgyz: Садыр Жапаровдун); then leading words can be added to a name as written.
    every_word_inflects = False

    def base_forms(self, word: str, gender: str | None = None) -> list[str]:
        """The base forms `word` may be an inflected form of, likeliest first (never empty).

        `gender` ("m", "f") keeps the readings of a person of that gender, where that matters.
        """
        return [word]

    def readings(self, word: str) -> list[tuple[str, str | None]]:
        """(base form, gender or None) of each way to read `word`, likeliest first: what
        name grouping compares, where a gendered reading must agree with a given name's."""
        return [(base, None) for base in self.base_forms(word)]

    def knows(self, word: str) -> bool:
        """Whether `word` is in this language's dictionary (so no other language's ending
        should be read into it)."""
        return False

    def knows_place(self, word: str) -> bool:
        """Whether this language's dictionary has `word`, as written, as the name of a place
        (Russian Казань; not Казан, a cauldron)."""
        return False

    def undeclined(self, word: str) -> bool:
        """Whether this language's dictionary has `word` as a noun it writes alike in every
        case, no person's name: a loanword as the lender wrote it (Russian такси, селфи,
        Чили), which its borrowers write so too."""
        return False

    def knows_after(self, before: str, word: str) -> bool:
        """Whether `word` is a word of this language where it stands, after the text
        `before` it: a form that only a preposition governs is none in a title without one."""
        return self.knows(word)

    def marked_base(self, word: str) -> str | None:
        """The base when `word` surely ends in an ending only this language has (Kyrgyz
        Жапаровдун -> Жапаров), else None."""
        return None

    def romanized_bases(self, word: str) -> tuple[str, ...]:
        """The bases `word` may be, read as this language written in Latin letters with an
        ending (Kyrgyz Japarovdun, Tashievge -> Japarov, Tashiev): readings a name is tried
        with only where nothing else matched it."""
        return ()

    def late_bases(self, word: str) -> tuple[str, ...]:
        """Other bases of a word in this language's own letters that name grouping tries only
        where the word as written matched nothing (Russian Гарме: Гарм, Гарма): a name that
        ends so as written keeps its own group."""
        return ()

    def given_name_gender(self, word: str) -> str | None:
        """ "m" or "f" when `word` is a given name in any case form (Розы), else None."""
        return None

    def related_names(self, word: str) -> tuple[str, ...]:
        """This language's names that `word`, written in a related language or romanized
        from one, stands for (Russian: Siarhei, Сергій -> Сергей; Sannikau -> Санников)."""
        return ()

    def related_readings(self, word: str) -> tuple[tuple[str, str | None], ...]:
        """(base form, gender or None) of `word` read as a case form of a related language
        whose names this one's texts meet (Russian: Ukrainian Ірині -> Ірина, a woman's):
        name grouping reads them beside the word's own readings."""
        return ()

    def split_ending(self, word: str, base: str) -> tuple[str, str] | None:
        """(cut, ending): `word` is `base` minus its final letters `cut`, plus `ending` (as
        written in `word`); None when `word` is no form of `base`."""
        return ("", "") if word.casefold() == base.casefold() else None

    def transfer(self, old_word: str, old_base: str, new_base: str) -> str | None:
        """`new_base` in the form `old_word` has of `old_base`; None when unsure, so that an
        automatic fix never guesses. Capitalisation follows `old_word`."""
        if self.split_ending(old_word, old_base) != ("", ""):
            return None
        return match_case(old_word, new_base)

    def stem_cuts(self, base: str) -> tuple[str, ...]:
        """Final letters `base` may lose before an ending (a matcher must look for the
        shorter stem too: Отунбаев-ой of Отунбаева)."""
        return ()


def match_case(template: str, word: str) -> str:
    """`word` capitalised as `template` is: ALL CAPS, Capitalised or lower case."""
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    if template[:1].islower():
        return word[:1].lower() + word[1:]
    return word


@dataclass(frozen=True)
class LookAlike:
    """A language that identification must tell apart from a registered one although
    nobody translates into it here (Kazakh for Kyrgyz, Ukrainian for Russian).

    `alphabet`: every lower-case letter it writes; a letter outside it counts against it.
    `morphology`: its dictionary, when identification may ask whether it knows a text's words.
    """

    code: str
    name: str
    script: re.Pattern[str]
    alphabet: str
    morphology: Morphology = field(default_factory=Morphology)


@dataclass(frozen=True)
class Language:
    """One language: its name, letters, and where its rules live (files in `folder`).

    `script` matches any letter of its alphabet; `letters` are the letters that tell it apart
    from other languages in that script (Kyrgyz ө ү ң). `pysbd` is the pysbd language that
    sentence splitting starts from; `segment.json` in the folder corrects it, `names.json`
    holds the word lists of name extraction (`extractor`, from `names.py`, uses them; a
    language without one has no name extraction), `schemes/` its romanization systems, and
    `morphology` its endings (none by default). Language identification
    (`reader.lang.identify`) reads `alphabet`, every lower-case letter the language writes
    (a letter outside it counts against the language), and `look_alikes`, the untranslated
    languages it is mistaken for.
    """

    code: str
    name: str
    script: re.Pattern[str]
    letters: str
    pysbd: str
    folder: Path
    morphology: Morphology = field(default_factory=Morphology)
    extractor: NameExtractor | None = None
    aliases: tuple[str, ...] = ()  # other codes files use for it (ISO 639-2 "kir")
    alphabet: str = ""
    look_alikes: tuple[LookAlike, ...] = ()

    @property
    def segment_rules(self) -> Path | None:
        path = self.folder / "segment.json"
        return path if path.is_file() else None

    @property
    def name_rules(self) -> Path:
        return self.folder / "names.json"

    @property
    def schemes(self) -> tuple[Path, ...]:
        return tuple(sorted((self.folder / "schemes").glob("*.json")))

    @property
    def capitals(self) -> str:
        """Every capital letter of its script (Cyrillic: А...Я, Ё, Ө, Қ, Ә...), for patterns
        that must know where a name starts in any registered language."""
        return _capitals(self.script.pattern, self.letters)

    def writes(self, text: str) -> bool:
        """Whether `text` has a letter of this language's script."""
        return self.script.search(text) is not None

    def own_letters(self, text: str) -> bool:
        """Whether `text` has a letter only this language (of the registered ones) uses."""
        return bool(self.letters) and any(c in self.letters for c in text.casefold())


@lru_cache(maxsize=32)  # one per registered language
def _capitals(script: str, letters: str) -> str:
    """The upper-case letters `script` matches (Basic Multilingual Plane), and `letters`'."""
    pattern = re.compile(script)
    found = {c for c in _upper_bmp() if pattern.fullmatch(c)}
    return "".join(sorted(found | set(letters.upper())))


@cache
def _upper_bmp() -> tuple[str, ...]:
    """Every upper-case letter of the Basic Multilingual Plane: listed once, not once per
    language (the first glossary candidates of a session waited for it)."""
    return tuple(c for c in map(chr, range(0x10000)) if c.isupper())
