"""Kyrgyz: Cyrillic with ө ү ң. pysbd has no Kyrgyz, so splitting starts from its Russian
and `segment.json` corrects it; suffix grammar in `suffixes.json` and `morphology.py`."""

from pathlib import Path

from reader.lang.base import CYRILLIC, Language
from reader.lang.ky.morphology import KyrgyzMorphology
from reader.lang.ky.names import KyrgyzNames
from reader.lang.look_alikes import KAZAKH, RUSSIAN_ALPHABET

LANGUAGE = Language(
    code="ky",
    name="Kyrgyz",
    script=CYRILLIC,
    letters="өүң",
    pysbd="ru",
    folder=Path(__file__).parent,
    aliases=("kir",),
    extractor=KyrgyzNames(),
    alphabet=RUSSIAN_ALPHABET + "өүң",
    look_alikes=(KAZAKH,),
    morphology=KyrgyzMorphology(),
)
