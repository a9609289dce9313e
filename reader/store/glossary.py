"""Glossary entries in SQLite, with a revision number per entry and a full history.

Updates name the revision they were based on; a stale revision is refused with a message
that says who changed the entry meanwhile, so two reviewers never silently overwrite each other.
Imports follow the same rule (see `GlossaryStore.import_entries`). Entry ids are never reused,
so an id in an old export can only ever mean the entry it was exported from.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reader.glossary.entries import (
    FormIndex,
    GlossaryEntry,
    GlossaryError,
    Variant,
    form_conflicts,
    form_index,
    form_key,
    invalid_entries,
)
from reader.glossary.merge import (
    EnglishIndex,
    describe,
    english_index,
    match,
    merge,
    name_problems,
    resolve,
)
from reader.lang import source_code
from reader.store.db import Database, database, now, transaction

_SOURCE = source_code()  # the language texts are translated from


class GlossaryConflict(GlossaryError):
    """Someone else saved the entry after the caller loaded it."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    ids_ignored: int = 0  # ids in a file from another store (or none named): never used
    by_english: list[str] = field(default_factory=list)  # entries matched by English name
    merged: list[str] = field(default_factory=list)  # matched by name, forms added, none lost
    overwritten: list[str] = field(default_factory=list)  # newer changes replaced (overwrite)
    replaced: list[str] = field(default_factory=list)  # matched by name, replaced (overwrite)
    unstated: int = 0  # forms the file gives no status, new here: added as admitted
    named: list[str] = field(default_factory=list)  # new, no English status: first one preferred

    def summary(self) -> str:
        parts = [f"{self.created} new, {self.updated} updated, {self.unchanged} unchanged"]
        if self.ids_ignored:
            parts.append(
                f"{self.ids_ignored} id(s) not used: the file comes from another glossary "
                "(or does not say which), so entries are matched by their preferred English name"
            )
        if self.by_english:
            parts.append(
                f"{len(self.by_english)} matched by preferred English name "
                f"({_names(self.by_english)})"
            )
        if self.merged:
            parts.append(
                f"merged into {_names(self.merged)}: new forms added, every form and note here kept"
            )
        if self.overwritten:
            parts.append(f"overwrote newer changes to {_names(self.overwritten)}")
        if self.replaced:
            parts.append(f"replaced this glossary's {_names(self.replaced)} with the file's")
        if self.unstated:
            forms = "form" if self.unstated == 1 else "forms"
            parts.append(f"{self.unstated} {forms} without a status added as admitted")
        if self.named:
            parts.append(
                f"first English form made preferred in {len(self.named)} new "
                f"entr{'y' if len(self.named) == 1 else 'ies'} ({_names(self.named)})"
            )
        return "; ".join(parts)


class GlossaryStore:
    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def _conn(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.db.connection()

    @property
    def store_id(self) -> str:
        """This store's identity, written into every export."""
        with self._conn() as conn:
            return _store_id(conn)

    def version(self) -> tuple[int, int]:
        """Changes whenever an entry is created, changed or deleted: every change is logged."""
        with self._conn() as conn:
            row = conn.execute("SELECT coalesce(max(id), 0), count(*) FROM glossary_history")
            newest, count = row.fetchone()
        return int(newest), int(count)

    def list(self, query: str = "") -> list[GlossaryEntry]:
        """All entries, by English name; `query` matches any form or the note, any case."""
        with self._conn() as conn:
            variants: dict[int, list[Variant]] = {}
            for r in conn.execute(  # all at once: a query per entry costs more than the rest
                "SELECT entry_id, lang, term, status FROM glossary_variants "
                "ORDER BY entry_id, position"
            ):
                variants.setdefault(r["entry_id"], []).append(Variant(r[1], r[2], r[3]))
            rows = conn.execute("SELECT * FROM glossary_entries").fetchall()
        entries = [_entry(row, variants.get(row["id"], [])) for row in rows]
        if query.strip():
            needle = query.strip().casefold()
            entries = [e for e in entries if needle in _haystack(e)]
        return sorted(entries, key=lambda e: e.english.casefold())

    def get(self, entry_id: int) -> GlossaryEntry:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM glossary_entries WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise GlossaryError(f"no glossary entry #{entry_id}")
            return _load(conn, row)

    def create(self, entry: GlossaryEntry, author: str) -> GlossaryEntry:
        _need_author(author)
        entry.validate()
        with self._conn() as conn, transaction(conn):
            _refuse_duplicate(conn, entry)
            _refuse_conflicts(conn, entry)
            stamp = now()
            entry_id = _next_id(conn)
            conn.execute(
                """INSERT INTO glossary_entries (id, note, rev, created_by, created_at,
                       updated_by, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)""",
                (entry_id, entry.note, author, stamp, author, stamp),
            )
            _write_variants(conn, entry_id, entry.variants)
            saved = _load(conn, _row(conn, entry_id))
            _log(conn, saved, "create", author)
        return saved

    def update(self, entry: GlossaryEntry, author: str) -> GlossaryEntry:
        """Save `entry` over the stored one; `entry.rev` must be the stored revision."""
        _need_author(author)
        entry.validate()
        with self._conn() as conn, transaction(conn):
            current = _load(conn, _row(conn, entry.id))
            _check_rev(current, entry.rev)
            _refuse_duplicate(conn, entry)
            _refuse_conflicts(conn, entry)
            conn.execute(
                """UPDATE glossary_entries SET note = ?, rev = rev + 1, updated_by = ?,
                       updated_at = ? WHERE id = ?""",
                (entry.note, author, now(), entry.id),
            )
            conn.execute("DELETE FROM glossary_variants WHERE entry_id = ?", (entry.id,))
            _write_variants(conn, entry.id, entry.variants)
            saved = _load(conn, _row(conn, entry.id))
            _log(conn, saved, "update", author)
        return saved

    def delete(self, entry_id: int, rev: int, author: str) -> None:
        """Delete; the history keeps the last snapshot, so a deletion can be undone by hand."""
        _need_author(author)
        with self._conn() as conn, transaction(conn):
            current = _load(conn, _row(conn, entry_id))
            _check_rev(current, rev)
            _log(conn, current, "delete", author)
            conn.execute("DELETE FROM glossary_entries WHERE id = ?", (entry_id,))

    def import_entries(
        self,
        entries: Sequence[GlossaryEntry],
        author: str,
        *,
        store_id: str = "",
        overwrite: bool = False,
    ) -> ImportReport:
        """Add or update entries from a file, all in one transaction, or none at all.

        `store_id` names the store that exported the file. Only when it is this store are the
        file's ids used, and then an entry whose revision is older than the stored one (a
        colleague changed it since the export), or that was deleted since, refuses the whole
        import, naming each entry and who changed it, unless `overwrite` is given. Entries
        of any other file, and entries without an id, are matched by their preferred English
        name exactly and merged (see `reader.glossary.merge`): one that would change a
        status, a spelling or the note refuses the import, unless `overwrite` lets it
        replace the stored entry; a name that matches only up to case or matches a
        non-preferred form is always refused. Every change is recorded under `author`; the
        file's reviewers and times are not copied. Problems in the file itself (two entries
        whose English names differ only in case, forms that one entry deprecates and another
        accepts) are reported before anything is written.
        """
        _need_author(author)
        _refuse_file_problems(entries)
        report = ImportReport()
        with self._conn() as conn, transaction(conn):
            foreign = not store_id or store_id != _store_id(conn)
            plan = _ImportPlan(conn, report, overwrite)
            for entry in entries:
                plan.add(entry, foreign=foreign)
            plan.refuse_if_any()
            touched = [_apply_import(conn, step, author, report) for step in plan.steps]
            _check_unique_english(conn)
            _refuse_import_conflicts(conn, [t for t in touched if t is not None])
        return report

    def history(self, entry_id: int) -> list[dict]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM glossary_history WHERE entry_id = ? ORDER BY id", (entry_id,)
            ).fetchall()
        return [dict(r) | {"snapshot": json.loads(r["snapshot"])} for r in rows]


def _haystack(entry: GlossaryEntry) -> str:
    return " ".join([entry.note, *(v.term for v in entry.variants)]).casefold()


def _need_author(author: str) -> None:
    if not author.strip():
        raise GlossaryError("every change needs the name of who made it")


def _row(conn: sqlite3.Connection, entry_id: int | None) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM glossary_entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise GlossaryError(f"glossary entry #{entry_id} no longer exists (deleted meanwhile?)")
    return row


def _load(conn: sqlite3.Connection, row: sqlite3.Row) -> GlossaryEntry:
    variants = [
        Variant(r["lang"], r["term"], r["status"])
        for r in conn.execute(
            "SELECT * FROM glossary_variants WHERE entry_id = ? ORDER BY position", (row["id"],)
        )
    ]
    return _entry(row, variants)


def _entry(row: sqlite3.Row, variants: list[Variant]) -> GlossaryEntry:
    return GlossaryEntry(
        variants=variants,
        note=row["note"],
        id=row["id"],
        rev=row["rev"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_by=row["updated_by"],
        updated_at=row["updated_at"],
    )


def _write_variants(conn: sqlite3.Connection, entry_id: int, variants: list[Variant]) -> None:
    conn.executemany(
        "INSERT INTO glossary_variants (entry_id, position, lang, term, status) VALUES (?,?,?,?,?)",
        [(entry_id, i, v.lang, v.term.strip(), v.status) for i, v in enumerate(variants)],
    )


def _check_rev(current: GlossaryEntry, rev: int) -> None:
    if current.rev != rev:
        raise GlossaryConflict(
            f"{current.english} was changed by {current.updated_by} at {current.updated_at} "
            f"after you opened it (revision {current.rev}, yours {rev}); "
            "reload it and apply your change again"
        )


def _refuse_duplicate(conn: sqlite3.Connection, entry: GlossaryEntry) -> None:
    english = {v.term.strip().casefold() for v in entry.variants if v.lang == _SOURCE}
    for row in conn.execute(
        "SELECT entry_id, term FROM glossary_variants WHERE lang = 'en' AND entry_id IS NOT ?",
        (entry.id,),
    ):
        if row["term"].casefold() in english:
            raise GlossaryError(
                f"{row['term']!r} is already in the glossary (entry #{row['entry_id']}); "
                "edit that entry instead"
            )


def _log(conn: sqlite3.Connection, entry: GlossaryEntry, action: str, author: str) -> None:
    conn.execute(
        """INSERT INTO glossary_history (entry_id, rev, action, snapshot, author, at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        (entry.id, entry.rev, action, _snapshot(entry), author, now()),
    )


def _snapshot(entry: GlossaryEntry) -> str:
    """The entry as history stores it; a stored form always has its status, so no flag."""
    data = asdict(entry)
    for variant in data["variants"]:
        del variant["status_given"]
    return json.dumps(data, ensure_ascii=False)


def _same(stored: GlossaryEntry, incoming: GlossaryEntry) -> bool:
    return (stored.variants, stored.note) == (incoming.variants, incoming.note)


@dataclass
class _Step:
    """One file entry's fate: what to write (the file's entry, or a merge) and where."""

    entry: GlossaryEntry
    target: int | None
    current: GlossaryEntry | None
    merged: bool = False


class _ImportPlan:
    """Where each entry of a file goes, and every reason to refuse the whole import."""

    def __init__(self, conn: sqlite3.Connection, report: ImportReport, overwrite: bool) -> None:
        self.conn, self.report, self.overwrite = conn, report, overwrite
        self.stored = {e.id: e for e in _load_all(conn)}
        self.names: EnglishIndex = english_index(self.stored.values())
        self.steps: list[_Step] = []
        self.problems: list[str] = []  # always refused: the file must be fixed
        self.stale: list[str] = []  # changed here since this store exported the file
        self.disagreeing: list[str] = []  # matched by name, and the file would change them
        self.claimed: dict[int, str] = {}

    def add(self, entry: GlossaryEntry, *, foreign: bool) -> None:
        step = self._by_name(entry) if foreign or entry.id is None else self._by_id(entry)
        if step.target is not None and step.target in self.claimed:
            raise GlossaryError(
                f"{entry.english} and {self.claimed[step.target]} would both replace entry "
                f"#{step.target}; nothing was imported"
            )
        if step.target is not None:
            self.claimed[step.target] = entry.english
        self.steps.append(step)

    def _by_id(self, entry: GlossaryEntry) -> _Step:
        current = self.stored.get(entry.id)
        if newer := _newer_changes(self.conn, entry, current):
            (self.report.overwritten if self.overwrite else self.stale).append(newer)
        elif current is None:
            return _Step(entry, None, None)  # an id this store never had: a new entry
        return _Step(entry, entry.id, current)

    def _by_name(self, entry: GlossaryEntry) -> _Step:
        self.report.ids_ignored += entry.id is not None
        current = match(entry, self.names)
        self.problems += name_problems(entry, current, self.names)
        resolved = resolve(entry, current)
        entry = resolved.entry
        self.report.unstated += resolved.admitted
        if resolved.named:
            self.report.named.append(entry.english)
        if current is None:
            return _Step(entry, None, None)
        self.report.by_english.append(entry.english)
        result = merge(current, entry)
        if not result.changes:
            return _Step(result.entry, current.id, current, merged=True)
        if self.overwrite:
            self.report.replaced.append(current.english)
        else:
            self.disagreeing.append(describe(current, result))
        return _Step(entry, current.id, current)

    def refuse_if_any(self) -> None:
        """Problems first (no option imports them), then what only `overwrite` would take."""
        if self.problems:
            count = f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}"
            raise GlossaryError(
                f"cannot import: {count}, nothing was done\n{_lines(self.problems)}"
            )
        parts = []
        if self.stale:
            parts.append(
                f"the file is older than the glossary: {_count(len(self.stale))} "
                f"{'was' if len(self.stale) == 1 else 'were'} changed "
                "since it was exported, nothing was imported (to replace those changes, import "
                f"again with overwrite: --overwrite on the command line)\n{_lines(self.stale)}"
            )
        if self.disagreeing:
            parts.append(
                f"the file disagrees with {_count(len(self.disagreeing))} here, nothing was "
                "imported: its entries were matched by their preferred English name (the file "
                "comes from another glossary, does not say which, or gives no id), and a "
                "match only adds new forms, never changes a status, a spelling or the note "
                "(to let the file's entries replace these, dropping what the file lacks, "
                f"import again with overwrite: --overwrite on the command line)\n"
                f"{_lines(self.disagreeing)}"
            )
        if parts:
            raise GlossaryConflict("\n".join(parts))


def _count(count: int) -> str:
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def _lines(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in dict.fromkeys(items))


def _newer_changes(
    conn: sqlite3.Connection, entry: GlossaryEntry, current: GlossaryEntry | None
) -> str | None:
    """What the import would undo of changes made after the file's revision, if anything."""
    if current is not None and (current.rev <= entry.rev or _same(current, entry)):
        return None
    rows = conn.execute(
        "SELECT rev, action, author, at FROM glossary_history WHERE entry_id = ?"
        " AND (rev > ? OR action = 'delete')"
        " ORDER BY id",
        (entry.id, entry.rev),
    ).fetchall()
    if current is None and not any(r["action"] == "delete" for r in rows):
        return None
    changes = ", ".join(
        ("deleted" if r["action"] == "delete" else f"revision {r['rev']}")
        + f" by {r['author']} at {r['at']}"
        for r in rows
    )
    return f"{entry.english} (#{entry.id}, file revision {entry.rev}): {changes}"


def _apply_import(
    conn: sqlite3.Connection, step: _Step, author: str, report: ImportReport
) -> int | None:
    """Write one planned entry under `author`; returns its id, or None when unchanged."""
    entry, current = step.entry, step.current
    stamp = now()
    if current is not None and _same(current, entry):
        report.unchanged += 1
        return None
    if current is None:
        entry_id = step.target if step.target is not None else _next_id(conn)
        conn.execute(
            """INSERT INTO glossary_entries (id, note, rev, created_by, created_at, updated_by,
                   updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)""",
            (entry_id, entry.note, author, stamp, author, stamp),
        )
        action = "create"
        report.created += 1
    else:
        entry_id = current.id
        conn.execute(
            "UPDATE glossary_entries SET note = ?, rev = rev + 1, updated_by = ?, updated_at = ?"
            " WHERE id = ?",
            (entry.note, author, stamp, entry_id),
        )
        conn.execute("DELETE FROM glossary_variants WHERE entry_id = ?", (entry_id,))
        action = "update"
        report.updated += 1
        if step.merged:
            report.merged.append(current.english)
    _write_variants(conn, entry_id, entry.variants)
    _log(conn, _load(conn, _row(conn, entry_id)), action, author)
    return entry_id


def _refuse_file_problems(entries: Sequence[GlossaryEntry]) -> None:
    """A file's own contradictions: case-only twins and forms both deprecated and accepted."""
    problems = invalid_entries(entries)
    names: dict[str, str] = {}
    for entry in entries:
        for v in {form_key(v): v for v in entry.forms(_SOURCE)}.values():
            key = v.term.strip().casefold()
            if key in names and names[key] != v.term:
                problems.append(
                    f"{names[key]!r} and {v.term!r} differ only in case: one name, two entries; "
                    "merge them in the file"
                )
            elif key in names:
                problems.append(f"{v.term!r} is an English name of two entries in the file")
            names.setdefault(key, v.term)
    index = form_index(entries)
    for entry in entries:
        problems += form_conflicts(entry, index)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        lines = "\n".join(f"- {p}" for p in dict.fromkeys(problems))
        raise GlossaryError(f"cannot import: {count}, nothing was done\n{lines}")


def _refuse_conflicts(conn: sqlite3.Connection, entry: GlossaryEntry) -> None:
    if problems := form_conflicts(entry, _index(conn)):
        raise GlossaryError(f"{problems[0]}; settle it in that entry first")


def _refuse_import_conflicts(conn: sqlite3.Connection, touched: list[int]) -> None:
    index = _index(conn)
    entries = {e.id: e for bucket in index.values() for e, _ in bucket}
    problems = [p for i in touched for p in form_conflicts(entries[i], index)]
    if problems:
        lines = "\n".join(f"- {p}" for p in dict.fromkeys(problems))
        raise GlossaryError(
            f"the import would make the glossary contradict itself, nothing was imported:\n{lines}"
        )


def _index(conn: sqlite3.Connection) -> FormIndex:
    return form_index(_load_all(conn))


def _load_all(conn: sqlite3.Connection) -> list[GlossaryEntry]:
    """Every entry in two queries (not one per entry), for imports of thousands."""
    variants: dict[int, list[Variant]] = {}
    for r in conn.execute("SELECT * FROM glossary_variants ORDER BY entry_id, position"):
        variants.setdefault(r["entry_id"], []).append(Variant(r["lang"], r["term"], r["status"]))
    return [
        _entry(row, variants.get(row["id"], []))
        for row in conn.execute("SELECT * FROM glossary_entries")
    ]


def _next_id(conn: sqlite3.Connection) -> int:
    """One more than any id ever used, deleted ones included: an id is never reused."""
    row = conn.execute(
        """SELECT max(coalesce((SELECT max(id) FROM glossary_entries), 0),
                      coalesce((SELECT max(entry_id) FROM glossary_history), 0))"""
    ).fetchone()
    return row[0] + 1


def _store_id(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT value FROM store_meta WHERE key = 'store_id'").fetchone()[0]


def _names(names: list[str], limit: int = 10) -> str:
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _check_unique_english(conn: sqlite3.Connection) -> None:
    """After an import, no two entries may share an English name (the import is undone)."""
    clash = conn.execute(
        """SELECT lower(term) AS t, group_concat(entry_id) AS ids FROM glossary_variants
           WHERE lang = 'en' GROUP BY lower(term) HAVING count(DISTINCT entry_id) > 1"""
    ).fetchone()
    if clash:
        raise GlossaryError(
            f"the import would give entries #{clash['ids']} the same English name "
            f"{clash['t']!r}; nothing was imported"
        )
