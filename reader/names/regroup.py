"""Group a set of names again after a few were added or removed, regrouping only the names
an added or removed name can affect.

Grouping (`reader.names.grouping`) decides about a name only from the names it is related
to: those it fully matches (step 1 links them, step 2 places a name of several readings by
them) and the bare names that are a full name's last word (step 3). Every pass compares only
block candidates, and the passes' outcomes do not depend on input order. So the names fall
into components, connected by those relations between block candidates, and `group` of all
names is the union of `group` of each component (labels and member order depend only on the
relative order of a component's names). A relation is judged on the pair alone, whatever
else is in the input: a new name can only join the components of the names it is related
to, and a name removed can only split its own.

`regroup` therefore groups again the components of the removed names, of the names an added
name is related to, and those whose names came in another relative order, and keeps every
other group as it was. Finding an added name's relatives must not parse every name (that is
most of grouping's time): each name keeps a `Probe`, the keys its block tokens come from,
and two names can share a block token only if their probes meet (`_meet`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reader.names.grouping import (
    _MAX_DELETIONS,
    FUZZY_MIN_LENGTH,
    NameGroup,
    _Blocks,
    _full_match,
    _Groups,
    _Name,
    _parse,
    _partial_match,
    _signature,
    group,
)

# Two long keys share a deletion token only within this many edits: up to _MAX_DELETIONS
# letters deleted from each, and one more where a key ending in -a meets one that does not
# ("~a" + d of one is "~" + "a" + d of the other).
_PROBE_DISTANCE = 2 * _MAX_DELETIONS + 1
# Past this share of the names touched, grouping all of them is as cheap and simpler.
MAX_TOUCHED_SHARE = 0.5


@dataclass(frozen=True)
class Probe:
    """What a name's block tokens come from: its keys (of the words the tokens are made
    from, and of the words joined), initials and gazetteer entities, and whether it ends
    with an initial (then every name is its candidate)."""

    keys: tuple[str, ...]
    initials: tuple[str, ...]
    entities: tuple[str, ...]
    loose: bool

    def as_list(self) -> list:
        return [list(self.keys), list(self.initials), list(self.entities), self.loose]

    @classmethod
    def from_list(cls, data: list) -> Probe:
        keys, initials, entities, loose = data
        return cls(tuple(keys), tuple(initials), tuple(entities), bool(loose))


@dataclass(frozen=True)
class Grouped:
    """`group(names)` with what the next `regroup` needs: each name's component (in input
    order) and probe; `regrouped`, the names this call grouped."""

    groups: list[NameGroup]
    components: dict[str, int]
    probes: dict[str, Probe]
    regrouped: frozenset[str]


def group_all(names: list[str], places: bool = True) -> Grouped:
    """`group(names)`, with every name's component and probe."""
    groups = group(names, places)
    components, probes = _components(names, groups, places)
    return Grouped(groups, components, probes, frozenset(names))


def regroup(previous: Grouped, names: list[str], places: bool = True) -> Grouped:
    """`group_all(names)`, grouping again only the components an added or removed name
    touches (and those whose names came in another order); all of them if that is most."""
    new = set(names)
    if len(new) != len(names) or len(previous.components) != len(previous.probes):
        return group_all(names, places)
    added = [n for n in names if n not in previous.components]
    removed = [n for n in previous.components if n not in new]
    if len(added) + len(removed) > MAX_TOUCHED_SHARE * len(names):
        return group_all(names, places)
    touched = _touched(previous, names, added, removed, places)
    if touched is None:
        return group_all(names, places)
    again = [n for n in names if previous.components.get(n, -1) in touched]
    if len(again) > MAX_TOUCHED_SHARE * len(names):
        return group_all(names, places)
    return _merge(previous, names, again, touched, places)


def _touched(
    previous: Grouped, names: list[str], added: list[str], removed: list[str], places: bool
) -> set[int] | None:
    """The components to group again (ids in `previous`, and -1: the added names'), or
    None if an added name ends with an initial (every name would be its candidate)."""
    parsed = {n: _parse(0, n, places) for n in added}
    probes = {n: _probe(p) for n, p in parsed.items()}
    if any(p.loose for p in probes.values()):
        return None
    kept = {n: previous.probes[n] for n in names if n not in parsed}
    touched = {previous.components[n] for n in removed} | {-1}
    touched |= _reordered(previous, names)
    finder = _Finder(kept)
    for name, probe in probes.items():
        for other in finder.candidates(probe):
            component = previous.components[other]
            if component not in touched and _related(parsed[name], _parse(1, other, places)):
                touched.add(component)
    return touched


def _reordered(previous: Grouped, names: list[str]) -> set[int]:
    """The components whose names (those still there) come in another relative order."""
    before: dict[int, list[str]] = defaultdict(list)
    after: dict[int, list[str]] = defaultdict(list)
    new = set(names)
    for name, component in previous.components.items():
        if name in new:
            before[component].append(name)
    for name in names:
        if (component := previous.components.get(name)) is not None:
            after[component].append(name)
    return {c for c, order in after.items() if before[c] != order}


def _merge(
    previous: Grouped, names: list[str], again: list[str], touched: set[int], places: bool
) -> Grouped:
    """The groups of the untouched components as they were, and those of `again` (the names
    of the `touched` ones) grouped again, in the order `group` gives (by first member)."""
    fresh = group(again, places)
    components, probes = _components(again, fresh, places)
    base = max(previous.components.values(), default=-1) + 1
    kept_groups = [g for g in previous.groups if previous.components[g.names[0]] not in touched]
    position = {n: i for i, n in enumerate(names)}
    groups = sorted([*kept_groups, *fresh], key=lambda g: position[g.names[0]])
    component_of = {
        n: c for n, c in previous.components.items() if c not in touched and n in position
    }
    component_of.update((n, base + c) for n, c in components.items())
    probe_of = {n: previous.probes[n] for n in component_of if n not in probes}
    probe_of.update(probes)
    return Grouped(
        groups,
        {n: component_of[n] for n in names},
        {n: probe_of[n] for n in names},
        frozenset(again),
    )


def _components(
    names: list[str], groups: list[NameGroup], places: bool
) -> tuple[dict[str, int], dict[str, Probe]]:
    """Each name's component (numbered by first appearance) and probe. A group lies within
    one component, so only pairs of block candidates in two groups are judged."""
    parsed = [_parse(i, n, places) for i, n in enumerate(names)]
    position = {n: i for i, n in enumerate(names)}
    links = _Groups(len(names))
    for g in groups:
        for member in g.names[1:]:
            links.union(position[g.names[0]], position[member])
    for a, b in _Blocks(parsed).pairs():
        if links.find(a.index) != links.find(b.index) and _related(a, b):
            links.union(a.index, b.index)
    number: dict[int, int] = {}
    components = {n: number.setdefault(links.find(i), len(number)) for i, n in enumerate(names)}
    return components, {n: _probe(p) for n, p in zip(names, parsed, strict=True)}


def _related(a: _Name, b: _Name) -> bool:
    """Whether grouping may decide about one of the two names from the other: they fully
    match, or one is the other's last word."""
    return _full_match(a, b) or _partial_match(a, b) or _partial_match(b, a)


def _probe(name: _Name) -> Probe:
    """The keys of a name's block tokens (a deletion token begins with "~"; the key it was
    made from is a token too)."""
    sig = _signature(name)
    keys = {t for t in sig.last | sig.first | sig.joined if not t.startswith("~")}
    return Probe(
        tuple(sorted(keys)), tuple(sorted(sig.initials)), tuple(sorted(sig.entities)), sig.loose
    )


class _Finder:
    """The names whose probes may meet a probe: a key in common, two long keys within
    _PROBE_DISTANCE edits, an initial or entity in common, or ending with an initial."""

    def __init__(self, probes: dict[str, Probe]) -> None:
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.by_other: dict[str, list[str]] = defaultdict(list)
        self.loose = [n for n, p in probes.items() if p.loose]
        for name, probe in probes.items():
            for key in probe.keys:
                self.by_key[key].append(name)
            for token in _other_tokens(probe):
                self.by_other[token].append(name)
        self.long_keys = [k for k in self.by_key if len(k) >= FUZZY_MIN_LENGTH]

    def candidates(self, probe: Probe) -> set[str]:
        found = set(self.loose)
        for key in probe.keys:
            found.update(self.by_key.get(key, ()))
            if len(key) >= FUZZY_MIN_LENGTH:
                near = process.extract(
                    key,
                    self.long_keys,
                    scorer=Levenshtein.distance,
                    score_cutoff=_PROBE_DISTANCE,
                    limit=None,
                )
                for other, _, _ in near:
                    found.update(self.by_key[other])
        for token in _other_tokens(probe):
            found.update(self.by_other.get(token, ()))
        return found


def _other_tokens(probe: Probe) -> Iterable[str]:
    yield from ("i:" + i for i in probe.initials)
    yield from ("e:" + e for e in probe.entities)


def state(grouped: Grouped) -> dict[str, list]:
    """What `regroup` needs besides the groups, as JSON: each name's component and probe."""
    return {n: [c, *grouped.probes[n].as_list()] for n, c in grouped.components.items()}


def from_state(groups: list[NameGroup], data: dict[str, list]) -> Grouped:
    """The `Grouped` that `state` was made of (regrouping nothing)."""
    components = {n: c for n, (c, *_) in data.items()}
    probes = {n: Probe.from_list(probe) for n, (_, *probe) in data.items()}
    return Grouped(groups, components, probes, frozenset())
