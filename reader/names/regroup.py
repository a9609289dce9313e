"""Group a set of names again after a few were added or removed, regrouping only the names
an added or removed name can affect.

Grouping (`reader.names.grouping`) decides about a name only from the names it is related to:
those it fully matches (step 1 links them, step 2 places a name of several readings by them),
the bare names that are a full name's last word and the given names and patronymics that are
its first two words (step 3) and, for a Latin name that may have lost its carons or be a Kyrgyz
case form, the names its late reading fully matches or is the last word of (step 4); an
acronym, the names whose initials spell it (step 6, found apart from the blocks); a bare
place and a qualified spelling of it the gazetteer has it elsewhere than (step 8). Every pass
compares only block candidates, and the passes' outcomes do not depend on input order. So the
names fall into components, connected by those relations between block candidates, and `group`
of all names is the union of `group` of each component (labels and member order depend only on
the relative order of a component's names). A relation is judged on the pair alone, whatever
else is in the input: a new name can only join the components of the names it is related to,
and a name removed can only split its own.

`regroup` therefore groups again the components of the removed names, of the names an added
name is related to, and those whose names came in another relative order, and keeps every
other group as it was. Finding an added name's relatives must not parse every name (that is
most of grouping's time): each name keeps a `Probe`, the keys its block tokens come from,
from which its block candidates are found (`_Finder`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reader.names.acronyms import acronym_keys, is_acronym, letter_keys
from reader.names.grouping import (
    _MAX_DELETIONS,
    FUZZY_MIN_LENGTH,
    Keys,
    NameGroup,
    _Blocks,
    _full_match,
    _Groups,
    _has_late,
    _late,
    _late_fits,
    _Name,
    _numbered_match,
    _parse,
    _partial_match,
    _Signature,
    _signature,
    _tokens,
    bare_place_match,
    group,
    placed_elsewhere_match,
)

# Two long keys share a deletion token only within this many edits: up to _MAX_DELETIONS
# letters deleted from each, and one more where a key ending in -a meets one that does not
# ("~a" + d of one is "~" + "a" + d of the other).
_PROBE_DISTANCE = 2 * _MAX_DELETIONS + 1
# Past this share of the names touched, grouping all of them is as cheap and simpler.
MAX_SHARE = 0.5


# A name's probe, as stored (JSON): the keys its block tokens (`_Signature`) come from, of
# its last word, of the first of two words and of the words joined; its gazetteer entities;
# and whether it ends with an initial (then every name is its candidate).
Probe = list  # [last, first, joined, entities, loose]
_KEYED = ("last", "first", "joined", "entities")  # the probe's first four


@dataclass(frozen=True)
class Grouped:
    """`group(names)` with what the next `regroup` needs: each name, in input order, with
    its component and probe (`[component, *probe]`, as stored); `regrouped`, the names
    this call grouped."""

    groups: list[NameGroup]
    names: dict[str, list]
    regrouped: frozenset[str]


def group_all(names: list[str], places: bool = True) -> Grouped:
    """`group(names)`, with every name's component and probe."""
    groups = group(names, places)
    return Grouped(groups, _components(names, groups, places), frozenset(names))


def regroup(previous: Grouped, names: list[str], places: bool = True) -> Grouped:
    """`group_all(names)`, grouping again only the components an added or removed name
    touches (and those whose names came in another order); all of them if that is most."""
    before, new = previous.names, set(names)
    added = [n for n in names if n not in before]
    removed = [n for n in before if n not in new]
    if _repeats(previous) or len(new) != len(names):  # a name twice may be in two groups
        return group_all(names, places)
    if len(added) + len(removed) > MAX_SHARE * len(names):
        return group_all(names, places)
    touched = _touched(before, names, added, removed, places)
    if touched is None:
        return group_all(names, places)
    again = [n for n in names if n not in before or before[n][0] in touched]
    if len(again) > MAX_SHARE * len(names):
        return group_all(names, places)
    return _merge(previous, names, again, touched, places)


def _repeats(grouped: Grouped) -> bool:
    """Whether a name was grouped twice (its state is then one of the two)."""
    return sum(len(g.names) for g in grouped.groups) != len(grouped.names)


def _touched(
    before: dict[str, list], names: list[str], added: list[str], removed: list[str], places: bool
) -> set[int] | None:
    """The components to group again (ids in `before`), or None if an added name ends with
    an initial (every name would be its candidate) or is an acronym (the names it spells
    are no block candidates of it)."""
    parsed = {n: _parse(0, n, places) for n in added}
    if any(_signature(p).loose or is_acronym(n) for n, p in parsed.items()):
        return None
    touched = {before[n][0] for n in removed} | _reordered(before, names)
    finder = _Finder(before)  # the removed names' components are touched already
    for name in added:
        touched.update(before[a][0] for a in finder.acronyms(name))
        for other in finder.candidates(parsed[name]) | _late_candidates(finder, parsed[name]):
            component = before[other][0]
            if component not in touched and _related(parsed[name], _parse(1, other, places)):
                touched.add(component)
    return touched


def _reordered(before: dict[str, list], names: list[str]) -> set[int]:
    """The components whose names (those still there) come in another relative order."""
    kept = [n for n in names if n in before]
    still = set(kept)
    if kept == [n for n in before if n in still]:
        return set()
    old: dict[int, list[str]] = defaultdict(list)
    new: dict[int, list[str]] = defaultdict(list)
    for name in before:
        if name in still:
            old[before[name][0]].append(name)
    for name in kept:
        new[before[name][0]].append(name)
    return {c for c, order in new.items() if old[c] != order}


def _merge(
    previous: Grouped, names: list[str], again: list[str], touched: set[int], places: bool
) -> Grouped:
    """The groups of the untouched components as they were, and those of `again` (the names
    of the `touched` ones and the added names) grouped again, in the order `group` gives
    (by first member)."""
    before = previous.names
    fresh = group(again, places)
    regrouped = _components(again, fresh, places)
    base = max((v[0] for v in before.values()), default=-1) + 1
    kept = [g for g in previous.groups if before[g.names[0]][0] not in touched]
    position = {n: i for i, n in enumerate(names)}
    groups = sorted([*kept, *fresh], key=lambda g: position[g.names[0]])
    state = {n: regrouped[n] if n in regrouped else before[n] for n in names}
    for name in again:
        state[name] = [base + state[name][0], *state[name][1:]]
    return Grouped(groups, state, frozenset(again))


def _components(names: list[str], groups: list[NameGroup], places: bool) -> dict[str, list]:
    """Each name's component (numbered by first appearance) and probe. A group lies within
    one component, so only pairs of block candidates in two groups are judged."""
    parsed = [_parse(i, n, places) for i, n in enumerate(names)]
    position = {n: i for i, n in enumerate(names)}
    links = _Groups(len(names))
    for g in groups:
        for member in g.names[1:]:
            links.union(position[g.names[0]], position[member])
    blocks = _Blocks(parsed)
    for a, b in blocks.pairs():
        if links.find(a.index) != links.find(b.index) and _related(a, b):
            links.union(a.index, b.index)
    for a in filter(_has_late, parsed):  # step 4's candidates are its late reading's
        read = _late(a)
        for b in blocks.candidates(read):
            if links.find(a.index) != links.find(b.index) and _late_fits(read, b, bare=True):
                links.union(a.index, b.index)
    _link_acronyms(links, names)
    number: dict[int, int] = {}
    return {
        n: [number.setdefault(links.find(i), len(number)), *_probe(p, sig)]
        for i, (n, p, sig) in enumerate(zip(names, parsed, blocks.signatures, strict=True))
    }


def _link_acronyms(links: _Groups, names: list[str]) -> None:
    """Link each acronym to the names whose initials spell it (grouping's last step)."""
    spelling: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        for key in acronym_keys(name):
            spelling[key].append(i)
    for i, name in enumerate(names):
        if spelling and is_acronym(name):
            for j in {j for key in letter_keys(name) for j in spelling.get(key, ())}:
                links.union(i, j)


def _related(a: _Name, b: _Name) -> bool:
    """Whether grouping may decide about one of the two names from the other: they fully
    match, one stands for the other (`_partial_match`, `bare_place_match`, `_numbered_match`),
    one's late reading matches the other, or one is a bare place the gazetteer has elsewhere
    than the other's qualifier says (`placed_elsewhere_match`)."""
    return (
        _full_match(a, b)
        or _numbered_match(a, b)
        or _numbered_match(b, a)
        or _partial_match(a, b)
        or _partial_match(b, a)
        or bare_place_match(a, b)
        or bare_place_match(b, a)
        or _late_match(a, b)
        or _late_match(b, a)
        or placed_elsewhere_match(a, b)
        or placed_elsewhere_match(b, a)
    )


def _late_match(a: _Name, b: _Name) -> bool:
    """Whether `a` read with its late readings matches `b` (Torzok: Торжок; Japarovdun:
    Sadyr Japarov), or ends in it as if `b`'s group held bare names only, as it may."""
    return _has_late(a) and _late_fits(_late(a), b, bare=True)


def _late_candidates(finder: _Finder, name: _Name) -> set[str]:
    """The block candidates of a name's late reading (none if it has none)."""
    return finder.candidates(_late(name)) if _has_late(name) else set()


def _probe(name: _Name, sig: _Signature) -> Probe:
    """The keys of a name's block tokens (a deletion token begins with "~"; the key it was
    made from is a token too), its late reading's too: a name that reading matches must
    find it."""
    if _has_late(name):
        read = _signature(_late(name))
        sig = replace(
            sig,
            last=sig.last | read.last,
            first=sig.first | read.first,
            joined=sig.joined | read.joined,
        )
    keys = [_keys(sig.last), _keys(sig.first), _keys(sig.joined)]
    return [*keys, sorted(sig.entities), sig.loose]


def _keys(tokens: Keys) -> list[str]:
    return sorted(t for t in tokens if not t.startswith("~"))


class _Finder:
    """The names that are block candidates of a name (`_Blocks.candidates`, either way
    round), found from their probes: a token of the name's is one of theirs (a key in
    common, or a deletion token of a key of theirs within _PROBE_DISTANCE edits), an entity
    in common, or they end with an initial."""

    def __init__(self, state: dict[str, list]) -> None:
        """`state`: each name's [component, *probe]."""
        self.by_key: dict[str, dict[str, list[str]]] = {k: defaultdict(list) for k in _KEYED}
        self.loose = [n for n, (*_, loose) in state.items() if loose]
        for name, (_, *keyed, _) in state.items():
            for kind, keys in zip(_KEYED, keyed, strict=True):
                for key in keys:
                    self.by_key[kind][key].append(name)
        self.by_letters: dict[str, list[str]] = defaultdict(list)  # acronyms by `letter_keys`
        for name in filter(is_acronym, state):
            for key in letter_keys(name):
                self.by_letters[key].append(name)
        self.long_keys = {
            kind: [k for k in self.by_key[kind] if len(k) >= FUZZY_MIN_LENGTH]
            for kind in ("last", "first", "joined")
        }

    def acronyms(self, name: str) -> set[str]:
        """The acronyms among the names that `name`'s initials spell."""
        return {a for key in acronym_keys(name) for a in self.by_letters.get(key, ())}

    def candidates(self, name: _Name) -> set[str]:
        sig = _signature(name)
        found = set(self.loose)
        for tokens, kind in (
            (sig.last, "last"),
            (sig.last, "first"),
            (sig.first, "last"),
            (sig.joined, "joined"),
            (sig.entities, "entities"),
        ):
            found.update(self._meeting(tokens, kind))
        return found

    def _meeting(self, tokens: Keys, kind: str) -> Iterator[str]:
        """The names with a `kind` key one of whose tokens is in `tokens`."""
        by_key = self.by_key[kind]
        deletions = {t for t in tokens if t.startswith("~")}
        for token in tokens - deletions:
            yield from by_key.get(token, ())
            if not deletions or len(token) < FUZZY_MIN_LENGTH:
                continue
            near = process.extract(
                token,
                self.long_keys[kind],
                scorer=Levenshtein.distance,
                score_cutoff=_PROBE_DISTANCE,
                limit=None,
            )
            for key, _, _ in near:
                if _tokens(frozenset((key,))) & deletions:
                    yield from by_key[key]
