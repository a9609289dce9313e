"""The `name_decisions` table: reviewers' decisions about name groups, append-only.

An undo is a row of its own naming the decision it revokes; the rules for what a decision
may say, and what it does to the groups, are in reader.names.decisions.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reader.store.db import Database, database, now, transaction


class NameDecisionError(ValueError):
    """A decision that cannot be recorded or undone; the message says why."""


@dataclass(frozen=True)
class Decision:
    id: int
    kind: str  # dismiss, merge, split or undo
    payload: dict
    author: str
    at: str
    undoes: int | None = None  # for an undo: the decision it revokes
    undone_by: int | None = None  # the undo that revoked this one, if any

    @property
    def keys(self) -> list[str]:
        """The group keys the decision names (none for a split)."""
        if self.kind == "dismiss":
            return [self.payload["key"]]
        if self.kind == "merge":
            return list(self.payload["keys"])
        return []

    def describe(self) -> str:
        """One line for people, e.g. `merged Russia + Россия`."""
        p = self.payload
        if self.kind == "dismiss":
            return f"dismissed {p.get('label') or p['key']}"
        if self.kind == "merge":
            labels = p.get("labels") or p["keys"]
            return "merged " + " + ".join(labels)
        if self.kind == "split":
            where = f" ({p['lang']})" if p.get("lang") else ""
            source = f" from {p['source']}" if p.get("source") else ""
            return f"split {p['form']}{where} off{source}"
        return f"undid decision #{self.undoes}"


class NameDecisionStore:
    """The decisions in one SQLite database (the review database)."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def add(self, kind: str, payload: dict, author: str) -> Decision:
        _need_author(author)
        with self.db.connection() as conn, transaction(conn):
            cursor = conn.execute(
                "INSERT INTO name_decisions (kind, payload, author, at) VALUES (?, ?, ?, ?)",
                (kind, json.dumps(payload, ensure_ascii=False), author.strip(), now()),
            )
            return _decision(_get(conn, cursor.lastrowid))

    def undo(self, decision_id: int, author: str) -> Decision:
        """Revoke a decision; the undo is a decision of its own, and cannot itself be undone."""
        _need_author(author)
        with self.db.connection() as conn, transaction(conn):
            row = conn.execute(
                "SELECT kind FROM name_decisions WHERE id = ?", (decision_id,)
            ).fetchone()
            if row is None:
                raise NameDecisionError(f"no name decision #{decision_id}")
            if row["kind"] == "undo":
                raise NameDecisionError("an undo cannot be undone: make the decision again")
            done = conn.execute(
                "SELECT author, at FROM name_decisions WHERE undoes = ?", (decision_id,)
            ).fetchone()
            if done is not None:
                raise NameDecisionError(
                    f"decision #{decision_id} was already undone by {done['author']} at "
                    f"{done['at']}"
                )
            cursor = conn.execute(
                """INSERT INTO name_decisions (kind, payload, undoes, author, at)
                   VALUES ('undo', '{}', ?, ?, ?)""",
                (decision_id, author.strip(), now()),
            )
            return _decision(_get(conn, cursor.lastrowid))

    def history(self) -> list[Decision]:
        """Every row, undos included, oldest first: the audit trail."""
        with self.db.connection() as conn:
            rows = conn.execute(
                """SELECT d.*, u.id AS undone_by FROM name_decisions d
                   LEFT JOIN name_decisions u ON u.undoes = d.id ORDER BY d.id"""
            ).fetchall()
        return [_decision(r) for r in rows]


def _need_author(author: str) -> None:
    if not author.strip():
        raise NameDecisionError("every decision needs the name of who made it")


def _get(conn: sqlite3.Connection, decision_id: int | None) -> sqlite3.Row:
    return conn.execute(
        "SELECT *, NULL AS undone_by FROM name_decisions WHERE id = ?", (decision_id,)
    ).fetchone()


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(
        id=row["id"],
        kind=row["kind"],
        payload=json.loads(row["payload"] or "{}"),
        author=row["author"],
        at=row["at"],
        undoes=row["undoes"],
        undone_by=row["undone_by"],
    )
