"""English names take one ending, the possessive: Japarov's, Lukas'. `words.txt.gz` beside
this file is an English dictionary: the lower-case entries of SCOWL's size-50 list (Debian's
wamerican 2020.12.07-2, (c) Kevin Atkinson, permissive licence), 63,994 words; it tells
English words in Title Case ("Show Hidden Files") from names ("Kanat Altynbayev")."""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path

from reader.lang.base import Morphology, match_case

_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])$")
# A contraction's second part: don't, we're, I've, it'll, she'd, I'm (the possessive's 's aside).
_CLITIC = re.compile(r"(?<=\w)(?:n['’]t|['’](?:re|ve|ll|d|m))$", re.IGNORECASE)


@cache
def _words() -> frozenset[str]:
    """Loaded on first use (some 20 ms): only identification and the language check ask."""
    with gzip.open(Path(__file__).with_name("words.txt.gz"), "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


def _contracted(word: str) -> bool:
    """Whether `word` is a contraction of a dictionary word: don't, we're; can't and won't
    drop the n of can and won before n't."""
    clitic = _CLITIC.search(word)
    if not clitic:
        return False
    base = word[: clitic.start()].casefold()
    words = _words()
    return base in words or (clitic.group().casefold().startswith("n") and base + "n" in words)


@cache
def _calendar() -> frozenset[str]:
    """The days of the week (`calendar.json`): words English capitalises, no names."""
    data = json.loads(Path(__file__).with_name("calendar.json").read_text(encoding="utf-8"))
    return frozenset(data["words"])


def _calendar_word(word: str) -> bool:
    """Whether `word` is a day of the week, or a plural of one (Tuesdays)."""
    folded = word.casefold()
    return folded in _calendar() or (folded.endswith("s") and folded[:-1] in _calendar())


class EnglishMorphology(Morphology):
    def knows(self, word: str) -> bool:
        base = _POSSESSIVE.sub("", word)
        return base.casefold() in _words() or _calendar_word(base) or _contracted(word)

    def base_forms(self, word: str, gender: str | None = None) -> list[str]:
        return [_POSSESSIVE.sub("", word)]

    def split_ending(self, word: str, base: str) -> tuple[str, str] | None:
        if word.casefold() == base.casefold():
            return "", ""
        m = _POSSESSIVE.search(word)
        if m and word[: m.start()].casefold() == base.casefold():
            return "", m.group(0)
        return None

    def transfer(self, old_word: str, old_base: str, new_base: str) -> str | None:
        """Jhaparov's (of Jhaparov) -> Japarov's."""
        split = self.split_ending(old_word, old_base)
        return None if split is None else match_case(old_word, new_base + split[1])
