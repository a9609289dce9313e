"""How well `reader.lang.identify` tells en, ru, ky, kk, uk and other apart, against plain
langdetect and each identifier alone, on the labelled set `langid_data.py` builds.

    python benchmarks/langid.py langid_set.tsv            # 300 texts per language, seed 0
    python benchmarks/langid.py benchmarks/langid_sample.tsv --per-lang 0   # the small sample
    python benchmarks/langid.py langid_set.tsv --per-lang 0 --part held-out  # sources not tuned on
    python benchmarks/langid.py langid_fresh.tsv --per-lang 0 --part fresh --misses misses.tsv
    python benchmarks/langid.py langid_fresh3.tsv --per-lang 0 --alike SOURCES  # + decidable
    python benchmarks/langid.py langid_fresh4.tsv --per-lang 0 --part fresh4  # PyPI, npm texts
    python benchmarks/langid.py langid_fresh5.tsv --per-lang 0 --part fresh5  # help sentences
    python benchmarks/langid.py langid_fresh6.tsv --per-lang 0 --part fresh6  # web UI libraries

Prints, for each method: accuracy per language and length band (2-4, 5-9, 10+ words), per
source, the issue's targets, the confusion table (rows: label, columns: answer) and ms per
text (CPU time); `--misses FILE` writes each method's wrong answers; `--check` runs the
wrong-language check on the texts put in a column, and what a reviewer gets of it
(`end_to_end`: English reported as English, false alarms). Every method answers in
the same codes: its own codes outside the five are "other". langdetect alone has no Kyrgyz
or Kazakh, which is the point of comparing with it.
"""

from __future__ import annotations

import argparse
import gettext
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from langid_data import PARTS, clean, part  # noqa: I001 (this folder is on sys.path)
from reader.lang.identify import OTHER, Identifier, codes, known
from reader.lang.ru.morphology import is_known

_WORD = re.compile(r"\w+")
_EDGES = "()[]{}.,:;!?\"'«»…"
_UNIT_LETTERS = 3
_LETTERS = re.compile(r"[^\W\d_]+")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]")
BANDS = ("2-4", "5-9", "10+")
KYRGYZ_LETTERS = set("өүңӨҮҢ")

Row = tuple[str, str, str]  # label, source, text


def words(text: str) -> int:
    return len(_WORD.findall(text))


def english_word(text: str) -> bool:
    """Whether `text` has a word, not only names and numbers: a lower-case word of letters
    alone ("nx9020", "2i" are a model's and a code's), not a unit's symbol of 1-3 letters
    after a number ("9.109×10⁻³¹ kg" is a quantity; "2 of 5 files" keeps "files")."""
    tokens = text.split()
    for i, token in enumerate(tokens):
        word = token.strip(_EDGES)
        if not (word.isalpha() and word.islower()):
            continue
        if len(word) <= _UNIT_LETTERS and i and any(ch.isdigit() for ch in tokens[i - 1]):
            continue
        return True
    return False


def band(text: str) -> str:
    n = words(text)
    return "2-4" if n < 5 else "5-9" if n < 10 else "10+"


def read_set(path: Path, per_lang: int, only_part: str | None = None) -> list[Row]:
    """The set's rows (of one part when `only_part`), at most `per_lang` per label."""
    rows = [
        tuple(line.rstrip("\n").split("\t", 2))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    if only_part:
        rows = [row for row in rows if part(row[1]) == only_part]
    if not per_lang:
        return rows
    by_lang: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_lang[row[0]].append(row)
    rng = random.Random(0)
    return [
        row
        for lang in sorted(by_lang)
        for row in (
            by_lang[lang] if len(by_lang[lang]) <= per_lang else rng.sample(by_lang[lang], per_lang)
        )
    ]


def methods(identifier: Identifier) -> dict[str, Callable[[str], str]]:
    """Each method as text -> code; an identifier alone answers its likeliest known code."""

    def alone(rank: Callable[[str], list[tuple[str, float]]]) -> Callable[[str], str]:
        def answer(text: str) -> str:
            ranking = identifier.restrict(rank(text))
            return max(ranking, key=lambda r: r[1])[0] if ranking else OTHER

        return answer

    return {
        "reader": lambda text: identifier.identify(text).code,
        "langdetect": alone(identifier.langdetect),
        "cld3": alone(identifier.cld3),
        "cld2": alone(identifier.cld2),
        "fasttext": alone(identifier.fasttext),
    }


def run(method: Callable[[str], str], rows: list[Row]) -> tuple[list[str], float]:
    """Answers and CPU ms per text (process time: on a shared machine wall time mostly
    measures the other processes)."""
    method(rows[0][2])  # models loaded before timing
    start = time.process_time()
    answers = [method(text) for _, _, text in rows]
    return answers, (time.process_time() - start) / len(rows) * 1000


def share(pairs: list[tuple[str, str]], ok: Callable[[str, str], bool]) -> str:
    if not pairs:
        return "   -  "
    return f"{sum(ok(label, answer) for label, answer in pairs) / len(pairs):6.1%} ({len(pairs)})"


def vocabularies(path: Path) -> dict[str, set[str]]:
    """The words (lower case, letters only) of each label's texts in the whole set."""
    found: dict[str, set[str]] = defaultdict(set)
    for label, _, text in read_set(path, 0):
        found[label].update(_LETTERS.findall(text.casefold()))
    return found


def readable_as(text: str, vocabulary: set[str]) -> bool:
    """Whether every word of `text` occurs in another label's texts too ("Франция
    Республикасы" is Kazakh and Kyrgyz alike): no identifier can be right about it but by luck."""
    words = _LETTERS.findall(text.casefold())
    return bool(words) and all(word in vocabulary for word in words)


def written(text: str) -> str:
    """A text as compared with another language's: case, spacing and a closing stop aside."""
    return " ".join(text.casefold().split()).rstrip(".:…!?")


def alike(sources: Path | None, path: Path) -> dict[str, set[str]]:
    """What each language writes (`written`): the texts of the set under each label and, with
    `sources`, every translation of every gettext catalogue there in ky, kk, ru and uk (of any
    package, not only those the set was drawn from: "Алжир динары" is Kyrgyz mate-calc's and
    Kazakh gnome-calculator's)."""
    found: dict[str, set[str]] = defaultdict(set)
    for label, _, text in read_set(path, 0):
        found[label].add(written(text))
    for lang in ("ky", "kk", "ru", "uk") if sources else ():
        for mo in sorted(sources.rglob(f"locale/{lang}/LC_MESSAGES/*.mo")):
            with mo.open("rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog
            found[lang].update(written(clean(v)) for v in catalog.values() if v)
    return found


def undecidable(label: str, text: str, other: str, writes: dict[str, set[str]]) -> bool:
    """Whether `text`, labelled `label`, is written the same by `other` (the other language of
    a pair): no identifier can be right on both labels, so one rule for every set leaves it
    out of the decidable figures ("Алжир динары", Kyrgyz mate-calc and Kazakh gnome-calculator)."""
    return label != other and written(text) in writes[other]


def report(
    name: str,
    rows: list[Row],
    answers: list[str],
    ms: float,
    vocab: dict[str, set[str]],
    writes: dict[str, set[str]],
) -> None:
    pairs = [(label, answer) for (label, _, _), answer in zip(rows, answers, strict=True)]
    same = lambda label, answer: label == answer  # noqa: E731
    print(f"\n## {name}: {ms:.3f} ms per text, accuracy {share(pairs, same)}")
    print("accuracy per language and band: " + " | ".join(BANDS))
    for lang in codes():
        cells = [
            share(
                [p for p, r in zip(pairs, rows, strict=True) if p[0] == lang and band(r[2]) == b],
                same,
            )
            for b in BANDS
        ]
        print(f"  {lang:6} " + " | ".join(cells))
    plain_ky = [
        p
        for p, r in zip(pairs, rows, strict=True)
        if p[0] == "ky" and not KYRGYZ_LETTERS & set(r[2])
    ]
    print(f"  ky without ң/ө/ү: {share(plain_ky, same)}")
    latin_other = [
        p
        for p, r in zip(pairs, rows, strict=True)
        if p[0] == OTHER and not _CYRILLIC_WORD.search(r[2])
    ]
    print(f"  other in Latin script: {share(latin_other, same)}")
    print(f"    of them called English: {share(latin_other, lambda _, a: a == 'en')}")
    print("per source:")
    for source in sorted({r[1] for r in rows}):
        chosen = [p for p, r in zip(pairs, rows, strict=True) if r[1] == source]
        print(f"  {source:28} {share(chosen, same)}")
    targets(pairs, rows, vocab, writes)
    print("confusion (rows: label, columns: answer):")
    table = Counter(pairs)
    print("  " + "".join(f"{c:>7}" for c in ("", *codes())))
    for label in codes():
        print(f"  {label:>7}" + "".join(f"{table[(label, c)]:7}" for c in codes()))


def mislabelled(label: str, text: str) -> bool:
    """Whether a text's label is plainly wrong, by one rule for every set: a text of 5+ words
    labelled ky or kk whose Cyrillic words Russian's dictionary knows, all of them but one in
    ten at most (a typo, a rare word): Russian left untranslated in a Kyrgyz or Kazakh
    catalogue ("Если этот ключ установлен, то...")."""
    if label not in {"ky", "kk"} or words(text) < 5:
        return False
    cyrillic = [w for w in _LETTERS.findall(text) if len(w) > 1 and _CYRILLIC_WORD.match(w)]
    unknown = sum(1 for w in cyrillic if not is_known(w))
    return len(cyrillic) >= 5 and unknown <= len(cyrillic) // 10


def targets(
    pairs: list[tuple[str, str]],
    rows: list[Row],
    vocab: dict[str, set[str]],
    writes: dict[str, set[str]],
) -> None:
    """The issue's targets. "x vs y": of the texts labelled x or y, those not mistaken for the
    other one (strict: answered exactly right). "Not names alone": with a lower-case word.
    "One-language": leaving out the texts labelled x readable as y (every word occurs in y's
    texts of the set) and those labelled y readable as x. "Decidable": leaving out the texts
    labelled x that y writes the same (`undecidable`) and the labels plainly wrong; "with a
    word the other lacks": of those, the texts with a word no text y writes has (in the set
    and, with `--alike`, in y's catalogues): a bound, not a rule ("Файл форматы" has none)."""

    def pick(labels: set[str], keep: Callable[[str], bool]) -> list[tuple[str, str]]:
        return [p for p, r in zip(pairs, rows, strict=True) if p[0] in labels and keep(r[2])]

    def between(a: str, b: str) -> Callable[[str, str], bool]:
        return lambda label, answer: {label, answer} != {a, b}

    def one_language(chosen: list[tuple[str, str]], a: str, b: str) -> list[tuple[str, str]]:
        texts = [r[2] for p, r in zip(pairs, rows, strict=True) if p[0] in {a, b}]
        ambiguous = {t for t in texts if readable_as(t, vocab[a]) and readable_as(t, vocab[b])}
        kept = {id(p) for p, r in zip(pairs, rows, strict=True) if r[2] not in ambiguous}
        return [p for p in chosen if id(p) in kept]

    def labelled_right(chosen: list[tuple[str, str]]) -> list[tuple[str, str]]:
        wrong = {id(p) for p, r in zip(pairs, rows, strict=True) if mislabelled(p[0], r[2])}
        return [p for p in chosen if id(p) not in wrong]

    def decidable(chosen: list[tuple[str, str]], a: str, b: str) -> list[tuple[str, str]]:
        shared = {
            id(p)
            for p, r in zip(pairs, rows, strict=True)
            if undecidable(p[0], r[2], b if p[0] == a else a, writes)
        }
        return [p for p in labelled_right(chosen) if id(p) not in shared]

    def own_word(chosen: list[tuple[str, str]], a: str, b: str) -> list[tuple[str, str]]:
        shared = {
            id(p)
            for p, r in zip(pairs, rows, strict=True)
            if readable_as(r[2], lexicon[b if p[0] == a else a])
        }
        return [p for p in decidable(chosen, a, b) if id(p) not in shared]

    lexicon = {lang: set(_LETTERS.findall(" ".join(texts))) for lang, texts in writes.items()}

    same = lambda label, answer: label == answer  # noqa: E731
    kyru5 = pick({"ky", "ru"}, lambda t: words(t) >= 5)
    kyru26 = pick({"ky", "ru"}, lambda t: 2 <= words(t) <= 6)
    kykk = pick({"ky", "kk"}, lambda t: True)
    en3 = pick({"en"}, lambda t: words(t) >= 3)
    en3_sentences = pick({"en"}, lambda t: words(t) >= 3 and any(w.islower() for w in t.split()))
    print("targets (then strict: answered exactly right):")
    for title, chosen, ok in (
        ("ky vs ru, 5+ words (>= 99.5%)", kyru5, between("ky", "ru")),
        ("  one-language texts", one_language(kyru5, "ky", "ru"), between("ky", "ru")),
        ("  labels not plainly wrong", labelled_right(kyru5), between("ky", "ru")),
        ("  decidable", decidable(kyru5, "ky", "ru"), between("ky", "ru")),
        ("  with a word the other lacks", own_word(kyru5, "ky", "ru"), between("ky", "ru")),
        ("ky vs ru, 2-6 words (>= 97%)", kyru26, between("ky", "ru")),
        ("  one-language texts", one_language(kyru26, "ky", "ru"), between("ky", "ru")),
        ("  labels not plainly wrong", labelled_right(kyru26), between("ky", "ru")),
        ("  decidable", decidable(kyru26, "ky", "ru"), between("ky", "ru")),
        ("  with a word the other lacks", own_word(kyru26, "ky", "ru"), between("ky", "ru")),
        ("kk told from ky (>= 97%)", kykk, between("ky", "kk")),
        ("  one-language texts", one_language(kykk, "ky", "kk"), between("ky", "kk")),
        ("  labels not plainly wrong", labelled_right(kykk), between("ky", "kk")),
        ("  decidable", decidable(kykk, "ky", "kk"), between("ky", "kk")),
        ("  with a word the other lacks", own_word(kykk, "ky", "kk"), between("ky", "kk")),
        ("English caught, 3+ words (all)", en3, same),
        ("  the same, not names alone", en3_sentences, same),
    ):
        print(f"  {title:32} {share(chosen, ok)}  strict {share(chosen, same)}")


def tie_report(identifier: Identifier, rows: list[Row], answers: list[str]) -> None:
    """How `identify` answers Kazakh and Kyrgyz texts it finds nothing to tell apart
    (`Identification.alike`: "kk, but Kyrgyz may write it alike"), beside the strict figure,
    which counts only the code: of the texts labelled ky or kk, those answered exactly or
    answered the other with the label as a tie ("a tie right"), and the ties by how their
    code fared. Ties are claimed by `identify`'s rules alone, never by the labels."""
    pair = {"ky", "kk"}
    chosen = [(r, a) for r, a in zip(rows, answers, strict=True) if r[0] in pair]
    ties = Counter()
    right = 0
    for (label, _, text), answer in chosen:
        alike = identifier.identify(text).alike if answer in pair else ()
        right += answer == label or label in alike
        if alike:
            ties["right" if answer == label else "the other"] += 1
    share = f"{right / len(chosen):6.1%} ({len(chosen)})" if chosen else "   -  "
    print(
        f"  kk told from ky, a tie right       {share}  ties {sum(ties.values())}: code"
        f" right {ties['right']}, the other {ties['the other']}"
    )


def check_report(rows: list[Row]) -> None:
    """The `wrong-language` check on the set's texts put in a column: false alarms on texts in
    their own column's language, and what it finds of English, Russian and Kazakh put in the
    Kyrgyz column (and English in the Russian one). Then what a reviewer gets (`end_to_end`)."""
    from reader.checks.base import TranslatedSentence
    from reader.checks.wrong_language import WrongLanguage

    check = WrongLanguage()

    def found(text: str, column: str) -> bool:
        return bool(check.run(TranslatedSentence("", text, column, [])))

    print("\n## the wrong-language check")
    for label, column in (
        ("ky", "ky"),
        ("ru", "ru"),
        ("en", "ky"),
        ("en", "ru"),
        ("ru", "ky"),
        ("kk", "ky"),
    ):
        texts = [t for lab, _, t in rows if lab == label]
        for title, chosen in (("all", texts), ("3+ words", [t for t in texts if words(t) >= 3])):
            hits = sum(found(t, column) for t in chosen)
            print(f"  {label} in the {column} column, {title:8}: {hits} of {len(chosen)} reported")
    end_to_end(rows)


def end_to_end(rows: list[Row]) -> None:
    """What a reviewer gets: each text as the translation of a Russian and of a Kyrgyz column.
    English must be reported as English: of the texts with `MIN_WORDS` words left once the
    check has taken names and numbers out (the misses by what identification said of the
    words left: "other", unsure, another language), of the sentences of 3+ words with a
    word in lower case (`targets`' "not names alone"), whatever is left of them, and of those
    with a word of letters (`english_word`: not "nx9020", nor "kg" after a number). A Russian or
    Kyrgyz text in its own column must never be reported (all of them counted, and those with
    `MIN_WORDS` words left); an "other" text must not be called English."""
    from reader.checks.base import TranslatedSentence
    from reader.checks.wrong_language import MIN_CONFIDENCE, MIN_WORDS, WrongLanguage, words_left
    from reader.lang.identify import identify

    check = WrongLanguage()

    def english(findings: list) -> bool:
        return any("as English" in f.message for f in findings)

    print(f'\n## end to end ("left": {MIN_WORDS}+ words left after the check\'s name removal)')
    for label, columns in (
        ("en", ("ru", "ky")),
        ("ru", ("ru",)),
        ("ky", ("ky",)),
        ("kk", ("ky",)),
        (OTHER, ("ru", "ky")),
    ):
        texts = [t for lab, _, t in rows if lab == label]
        for column in columns:
            found: list[tuple[str, bool, list]] = []
            for text in texts:
                sentence = TranslatedSentence("", text, column, [])
                left = words_left(sentence)
                found.append((text, len(left) >= MIN_WORDS, check.run(sentence)))
            kept = [(t, f) for t, enough, f in found if enough]
            if label == "en":
                why = Counter()
                for text, findings in kept:
                    if not english(findings):
                        said = identify(
                            " ".join(words_left(TranslatedSentence("", text, column, [])))
                        )
                        low = said.confidence < MIN_CONFIDENCE
                        why[OTHER if said.code == OTHER else "unsure" if low else said.code] += 1
                misses = ", ".join(f"{k} {v}" for k, v in why.most_common()) or "none"
                prose = [
                    f for t, _, f in found if words(t) >= 3 and any(w.islower() for w in t.split())
                ]
                worded = [f for t, _, f in found if words(t) >= 3 and english_word(t)]
                left = share([(1, english(f)) for _, f in kept], lambda _, a: a)
                print(
                    f"  en in the {column} column: reported as English, left {left}"
                    f" (missed: {misses}); sentences"
                    f" {share([(1, english(f)) for f in prose], lambda _, a: a)}; with a word"
                    f" (`english_word`) {share([(1, english(f)) for f in worded], lambda _, a: a)}"
                )
            elif label == OTHER:
                called = sum(english(f) for _, _, f in found)
                print(
                    f"  other in the {column} column: called English {called} of {len(found)},"
                    f" reported at all {sum(bool(f) for _, _, f in found)}"
                )
            else:
                print(
                    f"  {label} in the {column} column: reported, all "
                    f"{share([(1, bool(f)) for _, _, f in found], lambda _, a: a)}, left "
                    f"{share([(1, bool(f)) for _, f in kept], lambda _, a: a)}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path, help="TSV: label, source, text (langid_data.py)")
    parser.add_argument(
        "--per-lang", type=int, default=300, help="texts sampled per label (0: all; seed 0)"
    )
    parser.add_argument(
        "--part", choices=PARTS, help="only the part tuned on or only the held-out part"
    )
    parser.add_argument(
        "--only", action="append", help="run only these methods (reader, langdetect, cld3...)"
    )
    parser.add_argument(
        "--misses",
        type=Path,
        help="write each method's wrong answers here (TSV: method, label, answer, source, text)",
    )
    parser.add_argument(
        "--check", action="store_true", help="also run the wrong-language check on the set"
    )
    parser.add_argument(
        "--alike",
        type=Path,
        metavar="SOURCES",
        help="the downloads' folder: texts its ky, kk, ru catalogues write alike are undecidable",
    )
    args = parser.parse_args()
    rows = read_set(args.set, args.per_lang, args.part)
    print(
        f"{len(rows)} texts: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r[0] for r in rows).items()))
    )
    identifier = Identifier(known())
    # What it loads on first use, loaded before any timing: langdetect's profiles (a quarter
    # of a second) and Russian's dictionary.
    identifier.langdetect("Republic of Vanuatu")
    identifier.identify("Тунис Республикасы")
    vocab = vocabularies(args.set)
    writes = alike(args.alike, args.set)
    misses = []
    for name, method in methods(identifier).items():
        if args.only and name not in args.only:
            continue
        answers, ms = run(method, rows)
        report(name, rows, answers, ms, vocab, writes)
        if name == "reader":
            tie_report(identifier, rows, answers)
        misses.extend(
            (name, label, answer, source, text)
            for (label, source, text), answer in zip(rows, answers, strict=True)
            if answer != label
        )
    if args.misses:
        args.misses.write_text("".join("\t".join(m) + "\n" for m in misses), encoding="utf-8")
    if args.check:
        check_report(rows)


if __name__ == "__main__":
    main()
