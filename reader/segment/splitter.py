"""Split text into sentences whose character spans rebuild the text exactly.

pysbd may normalise whitespace inside the segments it returns, so segments are re-anchored
in the original text rather than trusted for offsets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pysbd

from reader.segment.rules import LanguageRules, load_rules


@dataclass(frozen=True)
class Span:
    """A sentence: `text == source[start:end]`, with no surrounding whitespace."""

    start: int
    end: int
    text: str


def supported_languages() -> tuple[str, ...]:
    return ("en", "ru", "ky")


_WORDY = re.compile(r"\w")


@functools.cache
def _segmenter(pysbd_lang: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=pysbd_lang, clean=False)


def segment(text: str, lang: str) -> list[Span]:
    """Sentences of `text` in `lang`; paragraphs (line breaks) always end a sentence."""
    if lang not in supported_languages():
        raise ValueError(f"unsupported language {lang!r}; expected one of {supported_languages()}")
    rules = load_rules(lang)
    spans: list[Span] = []
    for line_start, line in _lines(text):
        spans.extend(_segment_line(line, line_start, rules))
    return spans


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, line) for each non-blank line."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            yield offset, line
        offset += len(line)


def _segment_line(line: str, offset: int, rules: LanguageRules) -> list[Span]:
    """pysbd's sentences of one line, anchored in it, then corrected by the language rules."""
    pieces = _segmenter(rules.pysbd_language).segment(line)
    bounds = _anchor(line, [p.strip() for p in pieces if p.strip()])
    bounds = _attach_bare_punctuation(line, rules.apply(line, bounds))
    return [Span(offset + s, offset + e, line[s:e]) for s, e in bounds]


def _attach_bare_punctuation(line: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece with no letter or digit (a lone `”` or `/` pysbd split off) is no sentence:
    it belongs to the sentence before it, or after it when it comes first."""
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for start, end in bounds:
        if not _WORDY.search(line[start:end]):
            if merged:
                merged[-1] = (merged[-1][0], end)
            elif pending_start is None:
                pending_start = start
            continue
        merged.append((pending_start if pending_start is not None else start, end))
        pending_start = None
    if pending_start is not None:
        merged.append((pending_start, bounds[-1][1]))
    return merged


def _anchor(line: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Find each piece in order; pieces pysbd altered are re-anchored between neighbours."""
    bounds: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        found = line.find(piece, cursor)
        if found < 0:
            found = _skip_space(line, cursor)
            end = min(len(line), found + len(piece))
        else:
            end = found + len(piece)
        bounds.append((found, end))
        cursor = end
    return _close_gaps(line, bounds)


def _skip_space(line: str, i: int) -> int:
    while i < len(line) and line[i].isspace():
        i += 1
    return i


def _close_gaps(line: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give text pysbd dropped (between, before or instead of pieces) to a neighbouring
    sentence, so that only whitespace is left between spans."""
    first = _skip_space(line, 0)
    bounds = [(first, bounds[0][1]), *bounds[1:]] if bounds else [(first, len(line))]
    closed: list[tuple[int, int]] = []
    for i, (start, _) in enumerate(bounds):
        nxt = bounds[i + 1][0] if i + 1 < len(bounds) else len(line)
        end = start + len(line[start:nxt].rstrip())
        if end > start:
            closed.append((start, end))
    return closed
