"""Long paragraphs: split in bounded windows, so the work grows linearly and the sentences
are the ones a whole-paragraph split gives."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Sequence

import pysbd
import pytest

from reader.config import REPO_ROOT
from reader.corpus import load_corpus
from reader.segment import segment, splitter

KIB = 1024
SENTENCE_END = re.compile(r"[.!?][»”\"]?$")


def sample_sentences(lang: str) -> list[str]:
    """The bundled articles' sentences (en) or the sample translations' (ru, ky)."""
    if lang == "en":
        corpus = load_corpus(REPO_ROOT / "corpus")
        return [s.text for a in corpus.articles for s in a.content_sentences()]
    texts = []
    for path in sorted((REPO_ROOT / "translations").glob(f"*.{lang}.json")):
        texts += [s["text"] for s in json.loads(path.read_text("utf-8"))["sentences"]]
    return [t for t in texts if t.strip()]


def balanced(text: str) -> bool:
    """No quotation or bracket left open: pysbd never splits inside one, however long."""
    pairs = ("“”", "«»", "()", "[]")
    return text.count('"') % 2 == 0 and all(text.count(a) == text.count(b) for a, b in pairs)


@functools.cache  # ~0.5 s of splitting per language, and several tests use the same run
def agreeing_run(lang: str) -> tuple[str, ...]:
    """Sample sentences that, put side by side, split exactly between each other."""
    run: list[str] = []
    for text in sample_sentences(lang):
        if not SENTENCE_END.search(text) or not balanced(text):
            continue
        if [s.text for s in segment(text, lang)] != [text]:
            continue
        pair = f"{run[-1]} {text}" if run else text
        if not run or [s.text for s in segment(pair, lang)] == [run[-1], text]:
            run.append(text)
    while [s.text for s in segment(f"{run[-1]} {run[0]}", lang)] != [run[-1], run[0]]:
        run.pop()  # the paragraph repeats the run: its last sentence is followed by its first
    return tuple(run)


def paragraph_of(sentences: Sequence[str], size: int) -> tuple[str, list[str]]:
    """One line of about `size` characters made of `sentences` repeated, and those sentences."""
    used: list[str] = []
    length = 0
    while length < size:
        text = sentences[len(used) % len(sentences)]
        used.append(text)
        length += len(text) + 1
    return " ".join(used), used


@pytest.fixture
def pysbd_inputs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The length of every text given to pysbd (which still does the work)."""
    lengths: list[int] = []
    real = pysbd.Segmenter.segment

    def counting(self: pysbd.Segmenter, text: str) -> list[str]:
        lengths.append(len(text))
        return real(self, text)

    monkeypatch.setattr(pysbd.Segmenter, "segment", counting)
    yield lengths


@pytest.mark.parametrize(("lang", "kib"), [("en", 256), ("ru", 32), ("ky", 32)])
def test_a_long_paragraph_splits_like_its_sentences_on_separate_lines(lang: str, kib: int):
    run = agreeing_run(lang)
    assert len(run) > 50
    text, expected = paragraph_of(run, kib * KIB)
    spans = segment(text, lang)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_pysbd_work_is_linear_in_paragraph_length(pysbd_inputs: list[int]):
    run = agreeing_run("en")
    work = {}
    for kib in (8, 32):  # 3 and 11 windows: work growing with the square would be 16 times
        text, _ = paragraph_of(run, kib * KIB)
        pysbd_inputs.clear()
        segment(text, "en")
        assert max(pysbd_inputs) <= splitter.WINDOW_CHARS
        work[kib] = sum(pysbd_inputs)
        assert work[kib] <= 2 * len(text)  # each character is looked at about once or twice
    assert work[32] <= 4.4 * work[8]


def test_a_paragraph_with_no_sentence_end_is_cut_at_whitespace(pysbd_inputs: list[int]):
    text = " ".join(f"word{i}" for i in range(10_000))  # about 88 KiB (29 windows), no full stop
    spans = segment(text, "en")
    assert max(pysbd_inputs) <= splitter.WINDOW_CHARS
    assert sum(pysbd_inputs) <= 2 * len(text)
    assert " ".join(s.text for s in spans) == text  # cut only at spaces, nothing lost
    assert all(len(s.text) <= splitter.WINDOW_CHARS for s in spans)


def test_a_paragraph_with_no_whitespace_is_cut_and_kept_whole(pysbd_inputs: list[int]):
    text = "x" * (5 * splitter.WINDOW_CHARS + 7)
    spans = segment(f"Title\n{text}\n", "en")
    assert max(pysbd_inputs) <= splitter.WINDOW_CHARS
    assert "".join(s.text for s in spans[1:]) == text


@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
def test_windows_split_a_long_line_as_one_whole_window_does(
    lang: str, monkeypatch: pytest.MonkeyPatch
):
    """Window edges fall everywhere in real sentences, abbreviations and quotes included; the
    split is the same as long as no sentence is longer than the margin."""
    text = " ".join([t for t in sample_sentences(lang) if balanced(t)][:60])
    monkeypatch.setattr(splitter, "WINDOW_CHARS", len(text) + 1)
    whole = segment(text, lang)
    longest = max(s.end - s.start for s in whole)
    assert longest < 1000
    for margin in (longest + 1, longest + 97):
        monkeypatch.setattr(splitter, "MARGIN_CHARS", margin)
        monkeypatch.setattr(splitter, "WINDOW_CHARS", 2 * margin)
        assert segment(text, lang) == whole


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_quotation_longer_than_the_margin_is_cut_between_sentences(lang: str):
    """pysbd keeps a quotation in one sentence; one too long for a window is cut at a
    sentence end, never after an abbreviation or initial, and never mid-sentence."""
    plain = [t for t in agreeing_run(lang) if not re.search(r"[\"“”«»„]", t)]
    quote, _ = paragraph_of(plain, splitter.WINDOW_CHARS - 500)
    text = " ".join([f"He said: “{quote}” Then he left."] * 6)
    spans = segment(text, lang)
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert all(SENTENCE_END.search(s.text) for s in spans), [
        s.text[-40:] for s in spans if not SENTENCE_END.search(s.text)
    ]
