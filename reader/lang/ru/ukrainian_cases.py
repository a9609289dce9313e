"""The nominative of a Ukrainian word's case form (Віти: Віта, Надії: Надія, Хусті: Хуст,
Василівці: Василівка), read through Ukrainian's dictionary (pymorphy3-dicts-uk).

Russian's declension reads only Russian letters, and Ukrainian's endings and alternations
are not Russian's (a locative -і, к to ц before it): a Ukrainian case form met its
nominative only by the fuzzy match of a long word. Only a word with a letter Russian lacks,
or one Russian's dictionary does not know (Валентини, Людмили: Russian writes -ы), is read
so, and only as a noun in the singular, as names are: Валентини is of Валентина, not the
plural of Валентин. Name grouping reads them beside the word's own readings
(`RussianMorphology.related_readings`), each with the gender of its ending, and again last,
for a name alone in its group (`late_bases`): tried last only, they missed a person's case
forms that met one another first (Ірини Василенко beside Ірині Василенко, the two then
apart from Ірина Василенко).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.lang.base import match_case
from reader.lang.look_alikes import ukrainian_analyzer

# A letter Ukrainian writes and Russian does not, the apostrophe of Куп'янськ among them
UKRAINIAN = re.compile(r"[іїєґ'’ʼ]", re.IGNORECASE)
_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ʼ-")


# The apostrophe as Ukrainian's dictionary writes it (Мар'яна), for its other spellings; a
# base is given back with the word's own
_APOSTROPHES = str.maketrans("’ʼ", "''")
_GENDERS = {"masc": "m", "femn": "f"}


@lru_cache(maxsize=65536)
def ukrainian_readings(word: str) -> tuple[tuple[str, str | None], ...]:
    """The nominatives Ukrainian's dictionary has `word` as a singular noun's case form of,
    cased as `word`, each with the gender of that reading ("m", "f", None for either):
    Ірині: Ірина, a woman's; Орликові: Орлик, a man's. None for a word of letters Ukrainian
    does not write."""
    low = word.casefold().translate(_APOSTROPHES)
    if not set(low) <= _LETTERS:
        return ()
    found: dict[str, set[str | None]] = {}
    for p in ukrainian_analyzer().parse(low):
        if p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case not in (None, "nomn"):
            found.setdefault(p.normal_form, set()).add(_GENDERS.get(p.tag.gender or ""))
    apostrophe = next((c for c in word if c in "'’ʼ"), "'")
    return tuple(
        (
            match_case(word, base.replace("'", apostrophe)),
            genders.pop() if len(genders) == 1 else None,
        )
        for base, genders in sorted(found.items())
        if base != low
    )


def ukrainian_bases(word: str) -> tuple[str, ...]:
    """The nominatives of `ukrainian_readings`, without their genders."""
    return tuple(base for base, _ in ukrainian_readings(word))
