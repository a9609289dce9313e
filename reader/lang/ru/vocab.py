"""natasha's MorphVocab on pymorphy3's dictionary, so that one Russian dictionary is loaded.

natasha's own MorphVocab builds pymorphy2's analyzer (an older, unmaintained dictionary
than the pymorphy3 one `morphology.py` reads). This is the same class on pymorphy3: parses
carry natasha's UD part of speech and features, `inflect` takes UD grammemes, and
`lemmatize` is natasha's. natasha still imports pymorphy2's code; its dictionary is never
loaded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pymorphy3
from natasha.morph.lemma import lemmatize
from natasha.morph.vocab import oc_grams, ud_feats, ud_pos
from pymorphy3.analyzer import Parse


class MorphForm(Parse):
    """A pymorphy3 parse with natasha's `normal`, `pos` and `feats`."""

    def __new__(cls, *args: Any) -> MorphForm:
        self = Parse.__new__(cls, *args)
        self.normal = self.normal_form
        self.pos = ud_pos(self.tag)
        self.feats = dict(ud_feats(self.tag))
        return self

    def inflect(self, grams: set[str]) -> Parse | None:
        return Parse.inflect(self, set(oc_grams(grams)))


class MorphVocab(pymorphy3.MorphAnalyzer):
    """What natasha's normalisers expect of a vocabulary: call it with a word for its forms."""

    def __init__(self) -> None:
        super().__init__(result_type=MorphForm)

    parse = lru_cache(10_000)(pymorphy3.MorphAnalyzer.parse)
    __call__ = parse

    def lemmatize(self, word: str, pos: str, feats: dict[str, str]) -> str:
        return lemmatize(self, word, pos, feats)
