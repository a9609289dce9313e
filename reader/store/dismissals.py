"""Reviewers' dismissals of check findings: who judged a finding not worth acting on, when.

Rows in `finding_dismissals` are only ever added: a `dismiss` names a finding id (see
`reader.checks.base.Finding.id`) with a copy of what the finding said, and an `undo` names
the dismissal it revokes. A finding is dismissed while its latest dismissal is not undone.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from reader.store.db import Database, database, now, transaction


class DismissalError(ValueError):
    """A dismissal that cannot be recorded or undone; the message says why."""


@dataclass(frozen=True)
class Dismissal:
    id: int
    finding_id: str
    detail: dict  # what the finding was: check, article_id, sentence_id, lang, message
    author: str
    at: str


_ACTIVE = """
    SELECT d.* FROM finding_dismissals d
    WHERE d.kind = 'dismiss'
      AND NOT EXISTS (SELECT 1 FROM finding_dismissals u WHERE u.undoes = d.id)
"""


class DismissalStore:
    """The dismissals in one SQLite database (the review database)."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def _conn(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.db.connection()

    def dismiss(self, finding_id: str, author: str, *, detail: dict | None = None) -> Dismissal:
        """Dismiss a finding; refused when it is dismissed already."""
        author = _need_author(author)
        if not finding_id.strip():
            raise DismissalError("which finding? the id is empty")
        with self._conn() as conn, transaction(conn):
            active = _active(conn, finding_id)
            if active is not None:
                raise DismissalError(
                    f"finding {finding_id} was already dismissed by {active.author} at {active.at}"
                )
            cursor = conn.execute(
                """INSERT INTO finding_dismissals (finding_id, kind, detail, author, at)
                   VALUES (?, 'dismiss', ?, ?, ?)""",
                (finding_id, json.dumps(detail or {}, ensure_ascii=False), author, now()),
            )
            row = conn.execute(
                "SELECT * FROM finding_dismissals WHERE id = ?", (cursor.lastrowid,)
            ).fetchone()
        return _dismissal(row)

    def undismiss(self, finding_id: str, author: str) -> Dismissal:
        """Undo the finding's dismissal (an undo row by `author`); returns what was undone."""
        author = _need_author(author)
        with self._conn() as conn, transaction(conn):
            active = _active(conn, finding_id)
            if active is None:
                raise DismissalError(f"finding {finding_id} is not dismissed")
            conn.execute(
                """INSERT INTO finding_dismissals (finding_id, kind, undoes, author, at)
                   VALUES (?, 'undo', ?, ?, ?)""",
                (finding_id, active.id, author, now()),
            )
        return active

    def version(self) -> int:
        """Changes whenever a finding is dismissed or a dismissal undone (rows are only added)."""
        with self._conn() as conn:
            row = conn.execute("SELECT coalesce(max(id), 0) FROM finding_dismissals").fetchone()
        return int(row[0])

    def active(self) -> dict[str, Dismissal]:
        """The dismissals in force, by finding id."""
        with self._conn() as conn:
            rows = conn.execute(_ACTIVE + " ORDER BY d.id").fetchall()
        return {row["finding_id"]: _dismissal(row) for row in rows}

    def history(self, finding_id: str) -> list[dict]:
        """Every row about one finding, undos included, oldest first: the audit trail."""
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT * FROM finding_dismissals WHERE finding_id = ? ORDER BY id", (finding_id,)
            ).fetchall()
        return [dict(row) for row in rows]


def _active(conn: sqlite3.Connection, finding_id: str) -> Dismissal | None:
    row = conn.execute(_ACTIVE + " AND d.finding_id = ?", (finding_id,)).fetchone()
    return _dismissal(row) if row else None


def _need_author(author: str) -> str:
    if not author.strip():
        raise DismissalError("every dismissal needs the name of who made it")
    return author.strip()


def _dismissal(row: sqlite3.Row) -> Dismissal:
    return Dismissal(
        id=row["id"],
        finding_id=row["finding_id"],
        detail=json.loads(row["detail"] or "{}"),
        author=row["author"],
        at=row["at"],
    )
