"""Kazakh names of towns Russian named with a suffix (Лисаков for Лисаковск, Успен for
Успенка, Булаев for Булаево, Новоишим for Новоишимское) or with ч for Kazakh ш (Шу for Чу);
Bashkir names of villages Russian named with -ово, -ево, -ино (Асҡар for Аскарово, Яҙыҡ
for Языково).

Kazakhstan's official names of towns with Russian names drop the Russian place suffix, and
the Russian name lives on beside them (GeoNames, Russian text, English news). Spelling alone
cannot tell X from X-ск (Kirov and Kirovsk, Saran and Saransk are two towns), so a name and
its suffix-less stem are read as one only where the stem's side is written in Kazakh or
Bashkir: a Kazakh letter (ә, ғ, қ, ұ), a Bashkir one (ҡ, ҙ, ҫ), or a Kazakh case form of a
name beside it (Лисаковтың, Лисаковқа).
Likewise Kazakh ш for the word-initial ч of a Russian name taken from Turkic (Шу, Shu for Чу;
Шар for Чарск), which `reader/names/folding.json` reads in a word with a Kazakh letter only,
and Kazakh щ for ч within a word (Ащысай for Ачисай).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.names.kazakh import case_stems

# Kazakh letters no other language read here has but Tatar and Bashkir (ә): not і
# (Ukrainian, Belarusian: Воронізька), ң (Kyrgyz), һ (Tatar, Bashkir, Sakha); and Bashkir's own
# ҡ, ҙ, ҫ.
_LOCAL_LETTERS = frozenset("әғқұҡҙҫӘҒҚҰҠҘҪ")
# Russian place suffixes as the keys fold them (`name_keys`: Лисаковск lisakovsk, Новоишимское
# novoişimskoe, Темирлановка temirlanovka, and akanye's -avka of a Latin spelling; Аскарово
# askarovo, Языково iazikovo, a Bashkir village's name with Russian's -ово, -ево, -ино),
# longest first; -о also alone after the -ов, -ев, -ин it makes a village's name of (Булаево,
# Бородино: Kazakh Булаев).
_SUFFIXES = ("skoe", "skae", "ovka", "evka", "avka", "ovo", "evo", "ino", "sk", "ka")
_O_AFTER = ("ov", "ev", "in")
# The least a stem keeps: a shorter word with a suffix off is some other word (Орск: ор).
_MIN_STEM = 3


def russian_stems(key: str) -> frozenset[str]:
    """The stems a folded key is with a Russian place suffix off (lisakovsk: lisakov;
    temirlanovka: temirlan, temirlanov; bulaevo: bulaev); none for a key without one."""
    stems = {key[: -len(s)] for s in _SUFFIXES if key.endswith(s)}
    if key.endswith("o") and key[:-1].endswith(_O_AFTER):
        stems.add(key[:-1])
    return frozenset(s for s in stems if len(s) >= _MIN_STEM)


def sibilant_swaps(key: str) -> frozenset[str]:
    """The folded key with its first ш read as ч, or its first ч as ш (şu: çu); only the
    first, as the folding's reading of a word with a Kazakh letter: within a word Kazakh and
    Kyrgyz names of one meaning differ so (Балықшы, Балыкчы 'fisherman': two towns)."""
    first = key[:1]
    return frozenset({_SWAP[first] + key[1:]}) if first in _SWAP else frozenset()


# ш and ч as the keys fold them
_SWAP = {"ş": "ç", "ç": "ş"}
# щ as Cyrillic and Latin write it; the keys fold it as ш
_SHCHA = re.compile("щ|shch|šč", re.IGNORECASE)


def shcha_swaps(text: str, key: str) -> frozenset[str]:
    """The folded key with ш read as ч where `text` writes щ (Ащысай, Ashchysay: aşisai as açisai):
    Kazakh writes щ in native words (ащы 'bitter') where Russian's names have ч (Ачисай).
    Not for ш within a word, which Kazakh and Kyrgyz names of one meaning differ by
    (Балықшы, Балыкчы: two towns)."""
    if not _SHCHA.search(text):
        return frozenset()
    return frozenset({key.replace("ş", "ç")}) - {key}


def written_locally(texts: Iterable[str]) -> bool:
    """Whether names of one group are written in Kazakh or Bashkir: one has a Kazakh letter
    (ә, ғ, қ, ұ) or a Bashkir one (ҡ, ҙ, ҫ), or is a Kazakh case form of another (Лисаковтың
    beside Лисаков)."""
    texts = list(texts)
    folded = {t.casefold() for t in texts}
    return any(
        _LOCAL_LETTERS & set(t) or any(s.casefold() in folded for s in case_stems(t)) for t in texts
    )
