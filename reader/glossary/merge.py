"""Entries from another glossary: matched by their preferred English name, merged without loss.

The ids and revisions in a file from another store (or one that does not say where it comes
from, or an entry without an id) mean nothing here, so such an entry is matched to the local
entry whose English name is exactly its own (spaces around aside). A name that matches only up
to case, or matches a local admitted or deprecated form, is a problem the user settles in the
file: guessing would replace the wrong entry. A matched entry is merged: forms only in the file
are added, every local form and a local note are kept. Whatever the file would change (a
status, a spelling, the note) is listed, with what replacing the entry would drop besides.
A status the file does not state (other tools often give none) is no change: see `resolve`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from reader.glossary.entries import GlossaryEntry, Variant, form_key, shorten
from reader.lang import codes, source_code

_SOURCE = source_code()  # the language texts are translated from


@dataclass
class EnglishIndex:
    """The local entries by exact English name, and every local English form by its key."""

    names: dict[str, GlossaryEntry]
    forms: dict[str, list[tuple[GlossaryEntry, Variant]]]


@dataclass
class Merge:
    """A local entry with the file's additions; `changes` is empty when nothing is lost."""

    entry: GlossaryEntry
    changes: list[str]
    drops: list[str]  # what replacing the local entry by the file's would drop besides


@dataclass
class Resolved:
    """A file's entry with a status for every form, and how many the import had to choose."""

    entry: GlossaryEntry
    admitted: int  # forms without a status in the file and new here: admitted
    named: bool  # a new entry without English statuses: its first English form made preferred


def english_index(entries: Iterable[GlossaryEntry]) -> EnglishIndex:
    index = EnglishIndex({}, {})
    for entry in entries:
        index.names[entry.english.strip()] = entry
        for v in entry.forms(_SOURCE):
            index.forms.setdefault(form_key(v)[1], []).append((entry, v))
    return index


def match(entry: GlossaryEntry, index: EnglishIndex) -> GlossaryEntry | None:
    """The local entry whose English name is exactly `entry`'s, if any."""
    return index.names.get(entry.english.strip())


def name_problems(
    entry: GlossaryEntry, target: GlossaryEntry | None, index: EnglishIndex
) -> list[str]:
    """English forms of `entry` that belong to another local entry than its match `target`."""
    problems = []
    for v in entry.forms(_SOURCE):
        for other, theirs in index.forms.get(form_key(v)[1], []):
            if target is None or other.id != target.id:
                problems.append(_name_problem(entry, v, other, theirs))
    return problems


def _name_problem(
    entry: GlossaryEntry, ours: Variant, other: GlossaryEntry, theirs: Variant
) -> str:
    term, label = ours.term.strip(), f"entry #{other.id} {_q(other.english)}"
    their_name = theirs.term.strip() == other.english.strip()
    if term == entry.english.strip():
        if their_name:
            return (
                f"{_q(term)} differs only in case from {label}; spell it as here to update "
                "that entry"
            )
        up_to_case = "" if theirs.term.strip() == term else ", up to case,"
        return (
            f"{_q(term)} is{up_to_case} {_a(theirs.status)} form of {label}; edit that entry "
            "or make the file's preferred form match"
        )
    what = "the English name" if their_name else f"{_a(theirs.status)} form"
    return (
        f"{_q(term)}, {_a(ours.status)} form of the file's {_q(entry.english)}, is {what} of "
        f"{label}; one English form cannot name two entries"
    )


def resolve(incoming: GlossaryEntry, current: GlossaryEntry | None) -> Resolved:
    """`incoming` with the statuses its file does not state filled in from `current`.

    A CSV without a status column or a CAT tool's TBX says nothing about a form's status,
    so a form `current` has keeps its status here (unless the file makes another form of its
    language preferred: there is one preferred form per language), and a new form is
    admitted. A new entry that gives no English status gets its first English form as
    preferred, as every entry made here has a preferred English name.
    """
    ours = {form_key(v): v for v in current.variants} if current is not None else {}
    preferred = {v.lang for v in incoming.variants if v.status_given and v.status == "preferred"}
    variants, admitted = [], 0
    for v in incoming.variants:
        if v.status_given:
            variants.append(v)
            continue
        mine = ours.get(form_key(v))
        status = mine.status if mine is not None else "admitted"
        if status == "preferred" and v.lang in preferred:
            status = "admitted"
        admitted += mine is None
        variants.append(Variant(v.lang, v.term, status))
    named = current is None and not any(v.status_given for v in incoming.forms(_SOURCE))
    if named:
        first = next(i for i, v in enumerate(variants) if v.lang == _SOURCE)
        variants[first] = Variant(_SOURCE, variants[first].term, "preferred")
        admitted -= 1
    return Resolved(dataclasses.replace(incoming, variants=variants), admitted, named)


def merge(current: GlossaryEntry, incoming: GlossaryEntry) -> Merge:
    """`current` plus the forms only `incoming` has, its note if `current` has none.

    With changes, the entry is `current` unchanged: merging them could give a language two
    preferred forms, and the import is refused or replaces the entry anyway.
    """
    ours = {form_key(v): v for v in current.variants}
    theirs = {form_key(v) for v in incoming.variants}
    changes, added = [], []
    for v in incoming.variants:
        mine = ours.get(form_key(v))
        if mine is None:
            added.append(Variant(v.lang, v.term.strip(), v.status))
            continue
        if mine.term.strip() != v.term.strip():
            changes.append(f"{v.lang} {_q(mine.term)} would be spelled {_q(v.term.strip())}")
        if mine.status != v.status:
            changes.append(
                f"{v.lang} {_q(mine.term)} would become {v.status} (here: {mine.status})"
            )
    for lang in codes():
        here, there = current.preferred(lang), incoming.preferred(lang)
        if here and there and (lang, here.strip().casefold()) not in theirs:
            changes.append(f"{lang} {_q(here)} would stop being preferred")
    note_here, note_there = current.note.strip(), incoming.note.strip()
    if note_here and note_there and note_here != note_there:
        changes.append(f"the note {_q(current.note)} would become {_q(incoming.note)}")
    if changes:
        drops = [f"{v.lang} {_q(v.term)}" for v in current.variants if form_key(v) not in theirs]
        if note_here and not note_there:
            drops.append(f"the note {_q(current.note)}")
        return Merge(current, changes, drops)
    merged = dataclasses.replace(
        current,
        variants=[*current.variants, *added],
        note=current.note if note_here else incoming.note,
    )
    return Merge(merged, [], [])


def describe(current: GlossaryEntry, result: Merge) -> str:
    """One line per disagreeing entry: who changed it here last, what the file would change."""
    drops = f"; overwriting would also drop {', '.join(result.drops)}" if result.drops else ""
    return (
        f"{current.english} (#{current.id}, last changed by {current.updated_by} at "
        f"{current.updated_at}): {'; '.join(result.changes)}{drops}"
    )


def _q(text: str) -> str:
    return f"'{shorten(text)}'"


def _a(status: str) -> str:
    return f"{'an' if status[0] in 'aeiou' else 'a'} {status}"
