"""Seconds to split one paragraph of 16 KiB to 1 MiB: our splitter against pysbd on the whole.

    .venv/bin/python benchmarks/segment_scaling.py [--lang en] [--whole-up-to 256]

The paragraph is the bundled corpus's English content sentences (or, for ru and ky, the
sample translations' sentences) repeated and joined by spaces into one line. Variants, each
timed once per size in the same run:

- ours: `reader.segment.segment`, which splits a long line window by window;
- ours, one window: the same with the window as long as the line, i.e. the splitter before
  windowing (pysbd on the whole line, then our anchoring and rules);
- pysbd whole: `pysbd.Segmenter(clean=False).segment` on the whole line, nothing else.

The last two grow with the square of the length, so they run only up to `--whole-up-to` KiB
(default 256; 1024 takes well over half an hour). The load average is printed: this machine
is shared, and a busy neighbour slows every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pysbd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reader.corpus import load_corpus  # noqa: E402
from reader.lang import codes  # noqa: E402
from reader.segment import segment, splitter  # noqa: E402
from reader.segment.rules import load_rules  # noqa: E402

SIZES_KIB = (16, 32, 64, 128, 256, 512, 1024)


def sentences(lang: str) -> list[str]:
    if lang == "en":
        corpus = load_corpus(ROOT / "corpus")
        return [s.text for a in corpus.articles for s in a.content_sentences()]
    texts: list[str] = []
    for path in sorted((ROOT / "translations").glob(f"*.{lang}.json")):
        texts += [s["text"] for s in json.loads(path.read_text("utf-8"))["sentences"]]
    return [t for t in texts if t.strip()]


def paragraph(texts: list[str], size: int) -> str:
    """One line of `texts` repeated, cut at a space just before `size` characters."""
    text = " ".join(texts)
    text = " ".join([text] * (size // len(text) + 1))[:size]
    return text[: text.rfind(" ")]


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def one_window(text: str, lang: str) -> None:
    window = splitter.WINDOW_CHARS
    splitter.WINDOW_CHARS = len(text) + 1
    try:
        segment(text, lang)
    finally:
        splitter.WINDOW_CHARS = window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=codes())
    parser.add_argument("--whole-up-to", type=int, default=256, metavar="KIB")
    args = parser.parse_args()
    texts = sentences(args.lang)
    whole = pysbd.Segmenter(language=load_rules(args.lang).pysbd_language, clean=False)
    print(f"lang {args.lang}; window {splitter.WINDOW_CHARS}, margin {splitter.MARGIN_CHARS}")
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    print(f"{'KiB':>5}  {'ours s':>8}  {'ours, one window s':>18}  {'pysbd whole s':>13}")
    for kib in SIZES_KIB:
        text = paragraph(texts, kib * 1024)
        ours = timed(lambda text=text: segment(text, args.lang))
        cells = ["-", "-"]
        if kib <= args.whole_up_to:
            cells = [
                f"{timed(lambda text=text: one_window(text, args.lang)):.2f}",
                f"{timed(lambda text=text: whole.segment(text)):.2f}",
            ]
        print(f"{kib:>5}  {ours:>8.2f}  {cells[0]:>18}  {cells[1]:>13}", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
