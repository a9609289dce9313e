"""English names take one ending, the possessive: Japarov's, Lukas'."""

from __future__ import annotations

import re

from reader.lang.base import Morphology, match_case

_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])$")


class EnglishMorphology(Morphology):
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
