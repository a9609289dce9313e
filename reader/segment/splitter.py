"""Split text into sentences whose character spans rebuild the text exactly.

pysbd may normalise whitespace inside the segments it returns, so segments are re-anchored
in the original text rather than trusted for offsets.

pysbd's time grows with the square of its input (16 KiB: 0.2 s, 64 KiB: 1.8 s), so a line
longer than WINDOW_CHARS is split window by window: each window's sentences are kept except
those ending in its last MARGIN_CHARS, and the next window starts at the first sentence not
kept. Breaks are thus only ever made where pysbd and the rules put them with plenty of text
on both sides, and the work is linear. A window with no break early enough (pysbd keeps a
long quotation in one sentence) is cut at its last safe sentence end before the margin: end
punctuation, then a capital, not after an abbreviation pysbd or our rules protect, nor an
initial. Failing that, at its last whitespace; failing that, at the margin.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pysbd
from pysbd.languages import Language
from pysbd.utils import TextSpan

from reader import lang as languages
from reader.segment.rules import LanguageRules, load_rules


@dataclass(frozen=True)
class Span:
    """A sentence: `text == source[start:end]`, with no surrounding whitespace."""

    start: int
    end: int
    text: str


def supported_languages() -> tuple[str, ...]:
    return languages.codes()


_WORDY = re.compile(r"\w")
_UP_TO_LAST_WORD = re.compile(r".*\S(?=\s)", re.DOTALL)
_SENTENCE_END = re.compile(r"(\w+)[.!?]+[»”\"')\]]*(?=\s+[«“„\"'(\[]*([^\W\d_]))")
# Longer than any paragraph of the bundled corpus (1,354 characters), so ordinary paragraphs
# are one window, split as before. A long line's split equals the whole line's wherever the
# latter has no sentence longer than the margin (pysbd keeps a quotation in one sentence).
# pysbd's Russian abbreviation pass is quadratic too, so smaller windows are faster still.
WINDOW_CHARS = 3000
MARGIN_CHARS = 1000


class _Segmenter(pysbd.Segmenter):
    """pysbd's segmenter, finding its sentences in the text by plain search. pysbd compiles
    a pattern per sentence for it (the sentence, escaped, then any whitespace): each used
    once, they pushed its own rule and abbreviation patterns out of `re`'s cache (512, the
    oldest dropped first), so those were compiled again on every line (half of the time
    splitting took)."""

    def sentences_with_char_spans(self, sentences: list[str]) -> list[TextSpan]:
        if not all(sentences):  # an empty pattern matches everywhere: pysbd's own way
            return super().sentences_with_char_spans(sentences)
        text = self.original_text
        spans, prior_end = [], 0
        for sent in sentences:
            found = _first_match_after(text, sent, prior_end)
            if found is not None:
                spans.append(TextSpan(text[found[0] : found[1]], *found))
                prior_end = found[1]
        return spans


def _first_match_after(text: str, sent: str, prior_end: int) -> tuple[int, int] | None:
    """The first match ending after `prior_end` of pysbd's pattern for `sent` (`sent`, then
    any whitespace) among its non-overlapping matches in `text`, as `re.finditer` finds
    them."""
    at = text.find(sent)
    while at >= 0:
        end = at + len(sent)
        while end < len(text) and text[end].isspace():  # what the pattern's whitespace is
            end += 1
        if end > prior_end:
            return at, end
        at = text.find(sent, end)
    return None


@functools.lru_cache(maxsize=32)  # one per pysbd language in use
def _segmenter(pysbd_lang: str) -> pysbd.Segmenter:
    return _Segmenter(language=pysbd_lang, clean=False)


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
    """The sentences of one line, window by window when it is long."""
    if len(line) <= WINDOW_CHARS:
        bounds = _window_bounds(line, rules)
    else:
        bounds = _long_line_bounds(line, rules)
    return [Span(offset + s, offset + e, line[s:e]) for s, e in bounds]


def _long_line_bounds(line: str, rules: LanguageRules) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = _skip_space(line, 0)
    while start < len(line):
        end = start + WINDOW_CHARS
        found = [(start + s, start + e) for s, e in _window_bounds(line[start:end], rules)]
        if end >= len(line):
            return bounds + found
        settled = [b for b in found[:-1] if b[1] <= end - MARGIN_CHARS]
        bounds += settled or [_forced_cut(line, start, end - MARGIN_CHARS, rules)]
        start = _skip_space(line, bounds[-1][1])
    return bounds


def _forced_cut(line: str, start: int, limit: int, rules: LanguageRules) -> tuple[int, int]:
    """`line[start:limit]` up to its last safe sentence end, else its last whitespace, else
    all of it."""
    abbreviations = _abbreviations(rules.pysbd_language)
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(line, start, limit)
        if m[2].isupper() and len(m[1]) > 1 and m[1].lower() not in abbreviations
    ]
    safe = [cut for cut in ends if rules.allows_break(line, start, cut)]
    if safe:
        return start, safe[-1]
    match = _UP_TO_LAST_WORD.match(line, start, limit)
    return (start, match.end()) if match else (start, limit)


@functools.lru_cache(maxsize=32)
def _abbreviations(pysbd_lang: str) -> frozenset[str]:
    """pysbd's own abbreviations (`mr`, `gen`, `тыс`), which never end a sentence for it."""
    return frozenset(Language.get_language_code(pysbd_lang).Abbreviation.ABBREVIATIONS)


def _window_bounds(text: str, rules: LanguageRules) -> list[tuple[int, int]]:
    """pysbd's sentences of `text`, anchored in it, then corrected by the language rules."""
    pieces = _segmenter(rules.pysbd_language).segment(text)
    bounds = _anchor(text, [p.strip() for p in pieces if p.strip()])
    return _attach_bare_punctuation(text, rules.apply(text, bounds))


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
