"""Russian: segmentation rules, name word lists, romanization schemes and morphology here."""

from pathlib import Path

from reader.lang.base import CYRILLIC, Language
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
    morphology=RussianMorphology(),
)
