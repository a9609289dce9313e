"""Glossary entries in SQLite, with a revision number per entry and a full history.

Updates name the revision they were based on; a stale revision is refused with a message
that says who changed the entry meanwhile, so two reviewers never silently overwrite each other.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.glossary.entries import GlossaryEntry, GlossaryError, Variant
from reader.store.db import now, open_db, transaction
from reader.store.translations import _closing


class GlossaryConflict(GlossaryError):
    """Someone else saved the entry after the caller loaded it."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


class GlossaryStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        open_db(path).close()

    def _conn(self) -> sqlite3.Connection:
        return open_db(self.path)

    def list(self, query: str = "") -> list[GlossaryEntry]:
        """All entries, by English name; `query` matches any form or the note, any case."""
        with _closing(self._conn()) as conn:
            entries = [_load(conn, row) for row in conn.execute("SELECT * FROM glossary_entries")]
        if query.strip():
            needle = query.strip().casefold()
            entries = [e for e in entries if needle in _haystack(e)]
        return sorted(entries, key=lambda e: e.english.casefold())

    def get(self, entry_id: int) -> GlossaryEntry:
        with _closing(self._conn()) as conn:
            row = conn.execute(
                "SELECT * FROM glossary_entries WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise GlossaryError(f"no glossary entry #{entry_id}")
            return _load(conn, row)

    def create(self, entry: GlossaryEntry, author: str) -> GlossaryEntry:
        _need_author(author)
        entry.validate()
        with _closing(self._conn()) as conn, transaction(conn):
            _refuse_duplicate(conn, entry)
            stamp = now()
            cursor = conn.execute(
                """INSERT INTO glossary_entries (note, rev, created_by, created_at,
                       updated_by, updated_at) VALUES (?, 1, ?, ?, ?, ?)""",
                (entry.note, author, stamp, author, stamp),
            )
            entry_id = cursor.lastrowid
            _write_variants(conn, entry_id, entry.variants)
            saved = _load(conn, _row(conn, entry_id))
            _log(conn, saved, "create", author)
        return saved

    def update(self, entry: GlossaryEntry, author: str) -> GlossaryEntry:
        """Save `entry` over the stored one; `entry.rev` must be the stored revision."""
        _need_author(author)
        entry.validate()
        with _closing(self._conn()) as conn, transaction(conn):
            current = _load(conn, _row(conn, entry.id))
            _check_rev(current, entry.rev)
            _refuse_duplicate(conn, entry)
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
        with _closing(self._conn()) as conn, transaction(conn):
            current = _load(conn, _row(conn, entry_id))
            _check_rev(current, rev)
            _log(conn, current, "delete", author)
            conn.execute("DELETE FROM glossary_entries WHERE id = ?", (entry_id,))

    def import_entries(self, entries: list[GlossaryEntry], author: str) -> ImportReport:
        """Add or update entries from a file, all in one transaction, or none at all.

        Ids, reviewers and times in the file are kept, so export -> import -> export into an
        empty glossary gives the same file. An entry with an id that is stored replaces that
        entry; an entry without one (from another tool) is matched by its English name.
        """
        _need_author(author)
        report = ImportReport()
        with _closing(self._conn()) as conn, transaction(conn):
            for entry in entries:
                entry.validate()
                target = entry.id if entry.id is not None else _id_by_english(conn, entry)
                current = _row_or_none(conn, target)
                if current is None:
                    _insert_imported(conn, entry, target, author)
                    report.created += 1
                elif _same(_load(conn, current), entry):
                    report.unchanged += 1
                else:
                    _replace_imported(conn, entry, target, author)
                    report.updated += 1
            _check_unique_english(conn)
        return report

    def history(self, entry_id: int) -> list[dict]:
        with _closing(self._conn()) as conn:
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
    english = {v.term.strip().casefold() for v in entry.variants if v.lang == "en"}
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
        (entry.id, entry.rev, action, json.dumps(asdict(entry), ensure_ascii=False), author, now()),
    )


def _row_or_none(conn: sqlite3.Connection, entry_id: int | None) -> sqlite3.Row | None:
    if entry_id is None:
        return None
    return conn.execute("SELECT * FROM glossary_entries WHERE id = ?", (entry_id,)).fetchone()


def _id_by_english(conn: sqlite3.Connection, entry: GlossaryEntry) -> int | None:
    english = {v.term.casefold() for v in entry.variants if v.lang == "en"}
    for row in conn.execute("SELECT entry_id, term FROM glossary_variants WHERE lang = 'en'"):
        if row["term"].casefold() in english:
            return row["entry_id"]
    return None


def _same(stored: GlossaryEntry, incoming: GlossaryEntry) -> bool:
    return (stored.variants, stored.note) == (incoming.variants, incoming.note)


def _stamps(entry: GlossaryEntry, author: str) -> tuple[str, str, str, str]:
    """The file's reviewers and times, or the importer and now where the file has none."""
    stamp = now()
    return (
        entry.created_by or author,
        entry.created_at or stamp,
        entry.updated_by or entry.created_by or author,
        entry.updated_at or entry.created_at or stamp,
    )


def _insert_imported(
    conn: sqlite3.Connection, entry: GlossaryEntry, entry_id: int | None, author: str
) -> None:
    cursor = conn.execute(
        """INSERT INTO glossary_entries (id, note, rev, created_by, created_at, updated_by,
               updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)""",
        (entry_id, entry.note, *_stamps(entry, author)),
    )
    _write_variants(conn, cursor.lastrowid, entry.variants)
    _log(conn, _load(conn, _row(conn, cursor.lastrowid)), "create", author)


def _replace_imported(
    conn: sqlite3.Connection, entry: GlossaryEntry, entry_id: int, author: str
) -> None:
    created_by, created_at, updated_by, updated_at = _stamps(entry, author)
    conn.execute(
        """UPDATE glossary_entries SET note = ?, rev = rev + 1, created_by = ?, created_at = ?,
               updated_by = ?, updated_at = ? WHERE id = ?""",
        (entry.note, created_by, created_at, updated_by, updated_at, entry_id),
    )
    conn.execute("DELETE FROM glossary_variants WHERE entry_id = ?", (entry_id,))
    _write_variants(conn, entry_id, entry.variants)
    _log(conn, _load(conn, _row(conn, entry_id)), "update", author)


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
