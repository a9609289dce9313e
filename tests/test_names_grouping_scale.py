"""Grouping compares only names that share a block token: the same groups as comparing every
pair, with a number of comparisons that grows about linearly, and bounded caches."""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import reader.names
from reader.names import grouping
from reader.names.grouping import group_names
from reader.names.translit import romanize, schemes

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
    rng = random.Random(seed)
    firsts = [_word(rng, rng.randint(2, 3)) for _ in range(max(10, count // 20))]
    out: list[str] = []
    while len(out) < count:
        first, surname = rng.choice(firsts), _word(rng, rng.randint(2, 3), rng.choice(_ENDINGS))
        full = f"{first} {surname}" if rng.random() < 0.7 else surname
        latin = romanize(full, rng.choice(schemes()))
        forms = [full, latin, full + "а", full + "дун", _typo(rng, latin)]
        if " " in full:
            forms += [f"{surname} {first}", f"{latin[0]}. {latin.split()[-1]}", surname]
        out += rng.sample(forms, rng.randint(1, len(forms)))
    return out[:count]


@pytest.fixture
def all_pairs(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[list[str]], list[list[str]]]]:
    """The grouping with blocking turned off: every name a candidate of every other."""

    def grouped(names: list[str]) -> list[list[str]]:
        with monkeypatch.context() as m:
            m.setattr(grouping._Blocks, "_lookup", lambda self, signature: self.names)
            return group_names(names)

    yield grouped


_BENCHMARK = Path(__file__).parent / "data" / "name_variants.json"
_SETS = ("groups", "held_out_groups")


def _benchmark_names(*keys: str) -> list[str]:
    """The names of the benchmark's test set and held-out set."""
    data = json.loads(_BENCHMARK.read_text(encoding="utf-8"))
    return [n for key in keys or _SETS for g in data[key] for n in g]


def test_same_groups_as_all_pairs_on_the_benchmark_sets(all_pairs) -> None:
    for key in _SETS:
        names = _benchmark_names(key)
        assert group_names(names) == all_pairs(names), key
    names = _benchmark_names()
    assert group_names(names) == all_pairs(names)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_groups_as_all_pairs_on_random_samples(all_pairs, seed: int) -> None:
    rng = random.Random(seed)
    pool = _benchmark_names() + synthetic_names(600, seed)
    names = rng.sample(pool, 300)
    assert group_names(names) == all_pairs(names)


def _comparisons(monkeypatch: pytest.MonkeyPatch, names: list[str]) -> int:
    count = 0

    def counted(compare: Callable[..., bool]) -> Callable[..., bool]:
        def wrapper(*args: object) -> bool:
            nonlocal count
            count += 1
            return compare(*args)

        return wrapper

    with monkeypatch.context() as m:
        m.setattr(grouping, "_full_match", counted(grouping._full_match))
        m.setattr(grouping, "_partial_match", counted(grouping._partial_match))
        group_names(names)
    return count


def test_comparisons_grow_about_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _comparisons(monkeypatch, synthetic_names(300))
    large = _comparisons(monkeypatch, synthetic_names(1200))
    # all pairs would be 16 times as many; every comparison is at most a few per name
    assert large <= 6 * small
    assert large <= 20 * 1200


def _caches() -> Iterator[tuple[str, object]]:
    path = [str(Path(reader.names.__file__).parent)]
    for info in pkgutil.iter_modules(path):
        module = importlib.import_module(f"reader.names.{info.name}")
        for name, value in vars(module).items():
            own = getattr(value, "__module__", None) == module.__name__
            if own and isinstance(getattr(value, "cache_info", None), Callable):
                yield f"{info.name}.{name}", value


def test_every_cache_is_bounded() -> None:
    caches = dict(_caches())
    assert "grouping._word" in caches and "translit.skeleton" in caches
    unbounded = [name for name, f in caches.items() if f.cache_parameters()["maxsize"] is None]
    assert unbounded == []
    assert all(isinstance(f, functools._lru_cache_wrapper) for f in caches.values())


@pytest.mark.parametrize(
    "pair",
    [
        ("S. Japarov", "Japarov Sadyr"),  # an initial, and the words swapped
        ("S. Japarov", "J. Sadyr"),  # two initials, swapped: they meet by first letters
        ("Putin V.", "Vladimir Putin"),  # ends in an initial: compared with every name
        ("V.", "Vladimir"),
        ("Issyk Kul", "Issyk-Kul"),  # joined words
        ("Nazarbayev", "Nazerbayev"),  # a typo: shares a key with a letter deleted
        ("Berdimuhamedow", "Berdymukhammedov"),
        ("Kurmanbek Bakiyev", "Bakiyev"),  # a bare surname
    ],
)
def test_edge_pairs_grouped_as_all_pairs_does(all_pairs, pair: tuple[str, str]) -> None:
    for names in (list(pair), list(reversed(pair))):
        assert group_names(names) == all_pairs(names), names
