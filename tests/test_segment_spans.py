"""The splitter finds pysbd's sentences in the text by plain search (`_Segmenter`), where
pysbd compiles a pattern per sentence: the spans must be pysbd's own, whatever the text."""

from __future__ import annotations

import random

import pysbd
import pytest

from reader.segment import splitter

TEXTS = [
    "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.",
    "Да.  Да.\u00a0Да.\tНет.",  # the same sentence again, other whitespace between
    "aa aa aaa. aa.",  # a sentence found inside an earlier one's match
    "Он сказал: «Всё».\u2003Потом ушёл… И всё.",
    "Жапаров келди. Ал эми Садыр Жапаров 5-январда кетти.",
]


def _spans(segmenter: pysbd.Segmenter, text: str, sentences: list[str], own: bool) -> list:
    segmenter.original_text = text
    method = pysbd.Segmenter if own else type(segmenter)
    return [
        (s.sent, s.start, s.end) for s in method.sentences_with_char_spans(segmenter, sentences)
    ]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_spans_are_pysbds(lang: str) -> None:
    segmenter = splitter._segmenter(lang)
    rng = random.Random(7)
    letters = "ab .\u00a0\n\t?!\u2003«»"
    texts = TEXTS + ["".join(rng.choice(letters) for _ in range(30)) for _ in range(300)]
    for text in texts:
        segmenter.original_text = text
        found = segmenter.processor(text).process()
        # pysbd's sentences, repeated, cut short and one it never wrote (not in the text)
        for sentences in (found, found + found[:2], [s[:3] for s in found], ["zz", *found]):
            sentences = [s for s in sentences if s]
            ours = _spans(segmenter, text, sentences, own=False)
            assert ours == _spans(segmenter, text, sentences, own=True), text


def test_the_splitter_uses_it() -> None:
    assert isinstance(splitter._segmenter("en"), splitter._Segmenter)
