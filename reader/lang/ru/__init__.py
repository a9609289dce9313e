"""Russian: segmentation rules, name word lists, romanization schemes and morphology here."""

from pathlib import Path

from reader.lang.base import CYRILLIC, Language
from reader.lang.look_alikes import RUSSIAN_ALPHABET, UKRAINIAN
from reader.lang.ru.morphology import RussianMorphology
from reader.lang.ru.names import RussianNames

LANGUAGE = Language(
    code="ru",
    name="Russian",
    script=CYRILLIC,
    letters="",
    pysbd="ru",
    folder=Path(__file__).parent,
    aliases=("rus",),
    extractor=RussianNames(),
    alphabet=RUSSIAN_ALPHABET,
    look_alikes=(UKRAINIAN,),
    morphology=RussianMorphology(),
)
