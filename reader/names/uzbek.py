"""Stems of a name in an Uzbek case form (Mirziyoyevaning, Chustda, Мирзиёевнинг).

Uzbek is no language of the app, but its names reach the texts in its case forms, whose
endings are not Kyrgyz's or Kazakh's: they follow no vowel harmony and no assimilation
(Chustda, where Kyrgyz writes Chustta), and the genitive ends in -ning. Only the dative
changes its first letter: -ka after k and g, -qa after q and gʻ, else -ga (Bekobodga,
Qoʻqonga; Bishkekka). Read late only (reader.names.grouping): a word may be an Uzbek case
form, or may not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.lang import CYRILLIC

# Genitive, accusative, locative, ablative, the locative's adjective; the dative by `_DATIVE`.
_ENDINGS = ("ning", "ni", "da", "dan", "dagi", "нинг", "ни", "да", "дан", "даги")
# The dative's ending by the stem's last letter (gʻ with any of its apostrophes); after any
# other, -ga, -га by the script
_DATIVE = (
    (re.compile(r"g[ʻ‘’'`ʼ]$|q$"), "qa"),
    (re.compile(r"[kg]$"), "ka"),
    (re.compile(r"[ғқ]$"), "қа"),
    (re.compile(r"[кг]$"), "ка"),
)
_DATIVES = frozenset(("ga", "ka", "qa", "га", "ка", "қа"))
# As a Kyrgyz ending in Latin letters is read (reader/lang/ky/suffixes.json): Ugan is no
# stem of Uganda
_MIN_STEM = 5


@lru_cache(maxsize=65536)
def case_stems(word: str) -> tuple[str, ...]:
    """The stems of five letters or more, with a vowel, that `word` is an Uzbek case form
    of (Umarovning -> Umarov, Chustda -> Chust, Бекободга -> Бекобод)."""
    low = word.casefold()
    cuts = {len(low) - len(e) for e in _ENDINGS if low.endswith(e)}
    cuts |= {len(low) - 2 for e in _DATIVES if low.endswith(e)}
    return tuple(
        word[:cut]
        for cut in sorted(cuts, reverse=True)
        if cut >= _MIN_STEM and _STEM.search(low[:cut]) and _fits(low[:cut], low[cut:])
    )


# A stem: a vowel, and a letter last (gʻ, oʻ with their apostrophe), not a hyphen or a sign
_STEM = re.compile(r"[aeiouаеёиоуыэюяўӯӣ].*(?:[^\W\d_]|[go][ʻ‘’'`ʼ])$")


def _fits(stem: str, ending: str) -> bool:
    """Whether the stem's last letter calls for `ending`, and the ending is of its script."""
    if bool(CYRILLIC.search(stem)) != bool(CYRILLIC.search(ending)):
        return False
    if ending not in _DATIVES:
        return True
    called = next((e for pattern, e in _DATIVE if pattern.search(stem)), None)
    return ending == (called or ("га" if CYRILLIC.search(stem) else "ga"))
