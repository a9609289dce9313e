"""Grouping compares only names that share a block token: the same groups as comparing every
pair, with a number of comparisons that grows about linearly, and bounded caches."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import pkgutil
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from benchmark_module import load_benchmark

import reader.names
from reader.names import grouping
from reader.names.grouping import group_names

bench = load_benchmark("name_grouping")
synthetic_names = bench.synthetic_names


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
        ("Belomyttseva", "Belomytseva"),  # a t before ts: each edit kind meets by a deletion
        ("Turkmenabad", "Turkmenabat"),
        ("Makhiyanov Rustam", "Makhijanov Rustam"),
        ("Respublika Kazakhstan", "Respublika Qazaqstan"),
    ],
)
def test_edge_pairs_grouped_as_all_pairs_does(all_pairs, pair: tuple[str, str]) -> None:
    for names in (list(pair), list(reversed(pair))):
        assert group_names(names) == all_pairs(names), names


def test_a_long_joined_name_has_few_block_tokens() -> None:
    key = "jogorkukeneshikyrgyzskoyrespubliki"  # 34 letters: the fuzzy match allows 4 edits
    assert len(grouping._tokens(frozenset({key}))) < 1_000


def test_block_tokens_delete_only_letters_a_spelling_edit_changes() -> None:
    key = "blagoveshchenskayaoblast"  # a b, l, g, s... never differs between two spellings
    kept = [c for c in key if c not in grouping._FUZZY_EDITED]
    for token in grouping._tokens(frozenset({key})):
        assert [c for c in token.lstrip("~") if c not in grouping._FUZZY_EDITED] == kept


def test_a_word_longer_than_any_name_is_matched_exactly_and_blocked_by_its_keys() -> None:
    """A 'name' of hundreds of letters (pasted text, a run of letters) is no spelling of a
    name: the fuzzy match and its block tokens (each key with letters deleted, some 10,000
    a key of 300 letters, which took a gigabyte) leave it alone, and it groups only with
    itself as written."""
    rng = random.Random(5)
    word = "".join(rng.choice("абвгдежзиклмнопрстуфхы") for _ in range(300)).capitalize()
    keys = grouping._parse(0, word).words[0].bases[0].keys
    assert all(len(k) > grouping.FUZZY_MAX_LENGTH for k in keys)
    assert grouping._tokens(keys) == keys
    other = word[:150] + ("о" if word[150] != "о" else "а") + word[151:]  # one vowel changed
    assert group_names([word, other, word]) == [[word, word], [other]]
