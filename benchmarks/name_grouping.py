"""Pairwise precision and recall of name grouping on tests/data/name_variants.json.

    .venv/bin/python benchmarks/name_grouping.py [--threshold 0.88 ...] [--scale]

Compares `reader.names.grouping.group_names` with a naive baseline: unidecode to ASCII,
lowercase, difflib.SequenceMatcher ratio >= 0.8, single-link. A pair counts as predicted when
both names land in one group; the truth pairs are those within one group of the data file.
The baseline needs unidecode==1.4.0 (not a dependency of the app).

--scale times `group_names` on 1,000, 4,000 and 16,000 made-up names (`synthetic_names`) and
all-pairs comparison (blocking turned off) on the smallest size.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "name_variants.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Pair = tuple[str, str]


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    false_pairs: list[Pair]  # grouped, but different referents
    missed_pairs: list[Pair]  # one referent, not grouped


def load_groups(path: Path = DATA, key: str = "groups") -> list[list[str]]:
    """The test set ("groups"), or the later held-out check ("held_out_groups")."""
    return json.loads(path.read_text(encoding="utf-8"))[key]


def _pairs(groups: list[list[str]]) -> set[Pair]:
    return {
        (min(a, b), max(a, b)) for g in groups for a, b in itertools.combinations(g, 2) if a != b
    }


def score(truth: list[list[str]], predicted: list[list[str]]) -> Score:
    want, got = _pairs(truth), _pairs(predicted)
    hits = len(want & got)
    return Score(
        precision=hits / len(got) if got else 1.0,
        recall=hits / len(want) if want else 1.0,
        false_pairs=sorted(got - want),
        missed_pairs=sorted(want - got),
    )


def baseline_groups(names: list[str], threshold: float = 0.8) -> list[list[str]]:
    """unidecode + SequenceMatcher ratio >= threshold, single-link."""
    from unidecode import unidecode

    ascii_ = [unidecode(n).lower() for n in names]
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(names)), 2):
        if SequenceMatcher(None, ascii_[i], ascii_[j]).ratio() >= threshold:
            parent[find(j)] = find(i)
    out: dict[int, list[str]] = {}
    for i, n in enumerate(names):
        out.setdefault(find(i), []).append(n)
    return list(out.values())


_SYLLABLES = [c + v for c in "бкджмнстрлшчз" for v in "аыуеоө"] + ["ай", "ал", "ар", "ак", "ул"]
_ENDINGS = ("ов", "ев", "ин", "бек", "баев", "алиев")


def _word(rng: random.Random, syllables: int, ending: str = "") -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(syllables)) + ending
    return word[:1].upper() + word[1:]


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text))
    return text[:i] + rng.choice("aeiouy") + text[i + 1 :]


def synthetic_names(count: int, seed: int = 1) -> list[str]:
    """Made-up Kyrgyz-looking names in several spellings each: Cyrillic, romanized under the
    project's schemes, case forms, word order swapped, an initial, a typo; first names shared."""
    from reader.names import translit

    rng = random.Random(seed)
    firsts = [_word(rng, rng.randint(2, 3)) for _ in range(max(10, count // 20))]
    out: list[str] = []
    while len(out) < count:
        first, surname = rng.choice(firsts), _word(rng, rng.randint(2, 3), rng.choice(_ENDINGS))
        full = f"{first} {surname}" if rng.random() < 0.7 else surname
        latin = translit.romanize(full, rng.choice(translit.schemes()))
        forms = [full, latin, full + "а", full + "дун", _typo(rng, latin)]
        if " " in full:
            forms += [f"{surname} {first}", f"{latin[0]}. {latin.split()[-1]}", surname]
        out += rng.sample(forms, rng.randint(1, len(forms)))
    return out[:count]


def run(grouper: Callable[[list[str]], list[list[str]]], truth: list[list[str]]) -> Score:
    names = [n for g in truth for n in g]
    return score(truth, grouper(names))


def _report(label: str, result: Score, seconds: float, show: int) -> None:
    figures = f"precision {result.precision:.3f}  recall {result.recall:.3f}"
    print(f"{label}: {figures}  ({seconds:.2f} s)")
    for title, pairs in (("grouped wrongly", result.false_pairs), ("missed", result.missed_pairs)):
        print(f"  {title}: {len(pairs)} pairs")
        for a, b in pairs[:show]:
            print(f"    {a}  ~  {b}")
        if len(pairs) > show:
            print(f"    ... {len(pairs) - show} more")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=40, help="pairs to list per kind")
    parser.add_argument(
        "--threshold", type=float, nargs="*", default=[], help="also sweep the fuzzy threshold"
    )
    parser.add_argument("--scale", action="store_true", help="also time 1,000 to 16,000 names")
    args = parser.parse_args(argv)

    from reader.names import grouping

    for key in ("groups", "held_out_groups"):
        truth = load_groups(key=key)
        names = [n for g in truth for n in g]
        positives = len(_pairs(truth))
        negatives = len(names) * (len(names) - 1) // 2 - positives
        print(
            f"\n== {key}: {len(names)} names in {len(truth)} groups, "
            f"{positives} positive and {negatives} negative pairs"
        )
        start = time.perf_counter()
        ours = run(grouping.group_names, truth)
        _report("group_names", ours, time.perf_counter() - start, args.show)
        try:
            start = time.perf_counter()
            base = run(baseline_groups, truth)
            label = "baseline (unidecode + difflib >= 0.8)"
            _report(label, base, time.perf_counter() - start, args.show)
        except ImportError:
            print("baseline skipped: pip install unidecode==1.4.0")
    truth = load_groups()
    default = grouping.FUZZY_MIN_SIMILARITY
    for t in args.threshold:
        grouping.FUZZY_MIN_SIMILARITY = t
        grouping._keys_match.cache_clear()
        grouping._tokens.cache_clear()  # block tokens depend on the threshold too
        swept = run(grouping.group_names, truth)
        figures = f"precision {swept.precision:.3f}  recall {swept.recall:.3f}"
        print(f"groups, fuzzy threshold {t:.2f}: {figures}")
    grouping.FUZZY_MIN_SIMILARITY = default
    grouping._keys_match.cache_clear()
    grouping._tokens.cache_clear()  # block tokens depend on the threshold too
    if args.scale:
        _scale()
    return 0


def _scale() -> None:
    from reader.names import grouping

    print()
    first = 0.0
    for count in (1_000, 4_000, 16_000):
        names = synthetic_names(count)
        start = time.perf_counter()
        grouping.group_names(names)
        seconds = time.perf_counter() - start
        first = first or seconds
        print(f"group_names, {count:,} names: {seconds:.2f} s ({seconds / first:.1f} x 1,000)")
    blocked = grouping._Blocks._lookup
    grouping._Blocks._lookup = lambda self, signature: self.names
    start = time.perf_counter()
    grouping.group_names(synthetic_names(1_000))
    print(f"all pairs, 1,000 names: {time.perf_counter() - start:.2f} s")
    grouping._Blocks._lookup = blocked


if __name__ == "__main__":
    raise SystemExit(main())
