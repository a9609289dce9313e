"""Build `reader/lang/ky/lexicon.txt.xz`: the words only one of Kyrgyz and Kazakh writes,
which language identification weighs between the two (`reader/lang/identify.py`).

Source: the word lists inside Tesseract's `kir` and `kaz` traineddata (tessdata_fast 4.1.0,
Apache-2.0, (c) Google Inc.), web-crawled word forms, some 1.01M Kyrgyz and 437k Kazakh.
Get them from Debian without installing, and the tools from `tesseract-ocr`:

    apt-get download tesseract-ocr-kir tesseract-ocr-kaz
    for d in tesseract-ocr-k*.deb; do dpkg -x "$d" tess; done
    python benchmarks/langid_lexicon.py tess/usr/share/tesseract-ocr/5/tessdata

Both lists are mixed (Kazakh pages in the Kyrgyz list, Kyrgyz ones in the Kazakh list, Tatar
and Bashkir in both), so a word counts only after the cleaning in `lexicon`: written in its
language's alphabet alone (a Kyrgyz-list word with ә, қ, і is no Kyrgyz word), in no spelling
the markers say the language never writes (`reader/lang/ky/markers.json`: Kazakh -еу, Kyrgyz
long vowels, and Kyrgyz's own spelling of native words, кагаз, Kazakh қағаз), no loanword
(which both write alike: known to Russian's dictionary, or its base form with their ending,
терминал-да, or with в, ф, ц...), seen in lower case at least once (a form seen
only capitalised is a name), 3 letters or more; then each language keeps the words the
other's cleaned list does not have.
"""

from __future__ import annotations

import argparse
import lzma
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.lang import get
from reader.lang.identify import Markers, Native, known, read_markers, spelt_natively
from reader.lang.look_alikes import KAZAKH

TRAINEDDATA = {"ky": "kir", "kk": "kaz"}
OUTPUT = Path(__file__).resolve().parent.parent / "reader/lang/ky/lexicon.txt.xz"
MIN_LETTERS = 3
# Letters neither Kyrgyz nor Kazakh writes but in loanwords, which the two spell alike.
LOANWORD_LETTERS = frozenset("вфцщьъё")
HEADER = """\
# Words only one of Kyrgyz (ky) and Kazakh (kk) writes, in lower case, one a line, under
# their language's code in brackets, shortest first, then in order. Read by
# reader/lang/identify.py to weigh a text between the two.
# Derived from the word lists (lstm-word-dawg) of Tesseract's kir and kaz traineddata,
# tessdata_fast 4.1.0 (Debian 12 tesseract-ocr-kir, tesseract-ocr-kaz 1:4.1.0-2),
# Copyright 2006-2022 Google Inc., Licensed under the Apache License, Version 2.0
# (http://www.apache.org/licenses/LICENSE-2.0); see lexicon.COPYRIGHT.
# Changed: cleaned and reduced to the words one list has and the other does not, by
# benchmarks/langid_lexicon.py (which rebuilds this file).
"""


def word_list(traineddata: Path, folder: Path) -> list[str]:
    """Every word of a traineddata's LSTM word dawg (`combine_tessdata`, `dawg2wordlist`)."""
    stem = folder / traineddata.stem
    components = [f"{stem}.lstm-word-dawg", f"{stem}.lstm-unicharset"]
    subprocess.run(
        ["combine_tessdata", "-e", str(traineddata), *components], check=True, capture_output=True
    )
    out = folder / f"{traineddata.stem}.txt"
    subprocess.run(
        ["dawg2wordlist", components[1], components[0], str(out)], check=True, capture_output=True
    )
    return out.read_text(encoding="utf-8").split()


def lower_forms(words: Iterable[str], alphabet: str) -> set[str]:
    """The lower-case forms in `alphabet` alone seen in lower case or capitals at least once
    (a form seen only as Title Case is a name: Токмок)."""
    letters = frozenset(alphabet)
    forms: dict[str, bool] = {}
    for word in words:
        form = word.casefold()
        if len(form) < MIN_LETTERS or not set(form) <= letters:
            continue
        named = word[:1].isupper() and not word.isupper()
        forms[form] = forms.get(form, True) and named
    return {form for form, named in forms.items() if not named}


def cleaned(code: str, forms: set[str], markers: Markers, native: Native) -> set[str]:
    """`forms` without a spelling the markers say `code` never writes, nor a loanword, which
    both write alike: a word Russian's dictionary knows, or reads as its base form with one
    of their endings (терминал-да, палитра-ны), or with a letter only loanwords have (в, ф,
    ц: вебкамера); in Kazakh's list, without Kyrgyz's spelling of a native word (кагаз)."""
    russian = get("ru").morphology
    loan = next(b for b in markers.borrowings if b.borrower == "ky" and b.against == "ru")
    kept = {
        w
        for w in forms
        if code not in markers.spoken_against(w)
        and not set(w) & LOANWORD_LETTERS
        and not russian.knows(w)
        and not loan.reads(w, russian)
    }
    if code != native.language:
        kept = {
            w for w in kept if not (native.native(w) and spelt_natively(native.spelt, w, russian))
        }
    return kept


def lexicon(lists: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each language's cleaned words that the other's cleaned list does not have, shortest
    first, then in order (`reader.lang.lexicon.Lexicon` looks them up so)."""
    markers = read_markers(known())
    native = next(n for n in markers.natives if n.language == "ky")
    alphabets = {"ky": get("ky").alphabet, "kk": KAZAKH.alphabet}
    words = {
        code: cleaned(code, lower_forms(lists[code], alphabets[code]), markers, native)
        for code in lists
    }
    return {
        code: sorted(words[code] - words[other], key=lambda w: (len(w), w))
        for code, other in (("ky", "kk"), ("kk", "ky"))
    }


def main() -> None:
    """Read both word lists from a tessdata folder and write the lexicon."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tessdata", type=Path, help="folder with kir.traineddata, kaz.traineddata")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lists = {
            code: word_list(args.tessdata / f"{name}.traineddata", Path(tmp))
            for code, name in TRAINEDDATA.items()
        }
    words = lexicon(lists)
    text = HEADER + "".join(f"[{code}]\n" + "\n".join(w) + "\n" for code, w in words.items())
    args.output.write_bytes(lzma.compress(text.encode(), preset=9 | lzma.PRESET_EXTREME))
    sizes = ", ".join(f"{code} {len(w):,}" for code, w in words.items())
    print(f"{args.output}: {sizes} words, {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
