"""The nominative of a Ukrainian word's case form (Віти: Віта, Надії: Надія, Хусті: Хуст,
Василівці: Василівка), read through Ukrainian's dictionary (pymorphy3-dicts-uk).

Russian's declension reads only Russian letters, and Ukrainian's endings and alternations
are not Russian's (a locative -і, к to ц before it): a Ukrainian case form met its
nominative only by the fuzzy match of a long word. Only a word with a letter Russian lacks,
or one Russian's dictionary does not know (Валентини, Людмили: Russian writes -ы), is read
so, and only as a noun in the singular, as names are: Валентини is of Валентина, not the
plural of Валентин. Name grouping reads them beside the word's own readings
(`RussianMorphology.related_readings`), and again last, for a name alone in its group
(`late_bases`), there for a word Russian's dictionary knows too, as another word (Безуха,
Ukrainian's genitive of the surname Безух): tried last only, they missed a person's case
forms that met one another first (Ірини Василенко beside Ірині Василенко, the two then
apart from Ірина Василенко).
They tell no gender: Russian's dictionary reads a surname a Ukrainian woman shares
undeclined (Дейнеко, Чумак) as a man's only, and a woman's given name would then disagree
with it (Ірини Дейнеко).
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


@lru_cache(maxsize=65536)
def ukrainian_bases(word: str) -> tuple[str, ...]:
    """The nominatives Ukrainian's dictionary has `word` as a singular noun's case form of,
    cased as `word`, with its apostrophe (Марʼяною: Марʼяна); none for a word of letters
    Ukrainian does not write."""
    low = word.casefold().translate(_APOSTROPHES)
    if not set(low) <= _LETTERS:
        return ()
    found = {
        p.normal_form
        for p in ukrainian_analyzer().parse(low)
        if p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case not in (None, "nomn")
    }
    apostrophe = next((c for c in word if c in "'’ʼ"), "'")
    return tuple(
        match_case(word, base.replace("'", apostrophe)) for base in sorted(found) if base != low
    )


def ukrainian_knows(word: str) -> bool:
    """Whether Ukrainian's dictionary has `word` in any form (Вікторія, a nominative)."""
    return ukrainian_analyzer().word_is_known(word.casefold().translate(_APOSTROPHES))
