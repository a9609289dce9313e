"""English, the source language: segmentation rules and name word lists beside this file."""

from pathlib import Path

from reader.lang.base import LATIN, Language
from reader.lang.en.morphology import EnglishMorphology
from reader.lang.en.names import EnglishNames

LANGUAGE = Language(
    code="en",
    name="English",
    script=LATIN,
    letters="",
    pysbd="en",
    folder=Path(__file__).parent,
    aliases=("eng",),
    extractor=EnglishNames(),
    alphabet="abcdefghijklmnopqrstuvwxyz",
    morphology=EnglishMorphology(),
)
