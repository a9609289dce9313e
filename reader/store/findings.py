"""Stored check findings: per head translation version, and the glossary they hold for.

Only the SQL lives here; `reader.checks.stored` decides what to recheck. A finding row holds
what a check computed; the article, sentence and language come from the version itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from reader.store.db import Database, database, in_chunks, transaction

# (check_id, kind, entry_id, english, found, start, end, suggestion, message)
FindingRow = tuple[str, str, int, str, str | None, int | None, int | None, str | None, str]


@dataclass(frozen=True)
class GlossaryState:
    """What stored findings hold for: the checks that ran and each entry's revision and forms
    (`variants` as the checks' updater serializes them)."""

    checks: str
    entries: dict[int, tuple[int, str]]  # entry id -> (rev, variants)


class StoredVersion(NamedTuple):
    """A checked version with the texts a recheck needs (from the article index); a tuple, as
    a glossary edit reads one per translated sentence of the archive."""

    version_id: int
    lang: str
    translation: str
    source: str | None
    source_hash: str


class FindingStore:
    """Reads and writes the `check_*` tables of one database."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def _conn(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.db.connection()

    def state(self) -> GlossaryState:
        with self._conn() as conn:
            return _read_state(conn)

    def stamp(self) -> str:
        """What the last complete update of every article's findings saw (see `set_stamp`)."""
        with self._conn() as conn:
            row = conn.execute("SELECT value FROM check_state WHERE name = 'stamp'").fetchone()
        return row[0] if row else ""

    def set_stamp(self, stamp: str) -> None:
        """Remember what a complete update saw, so the next can tell nothing changed."""
        with self._conn() as conn, transaction(conn):
            conn.execute("DELETE FROM check_state WHERE name = 'stamp'")
            conn.execute("INSERT INTO check_state (name, value) VALUES ('stamp', ?)", (stamp,))

    def heads(
        self, lang: str, article_ids: Sequence[str] | None = None
    ) -> dict[str, dict[str, tuple[int, str | None]]]:
        """{article id: {sentence id: (head version id, hash of the English its findings
        were stored for, None if not checked)}} in one language, of `article_ids` (all when
        None), one query per 500 articles: the ids alone, as reading whole versions of a
        large archive costs seconds."""
        found: dict[str, dict[str, tuple[int, str | None]]] = {}
        query = """SELECT h.id, h.article_id, h.sentence_id, c.source_hash
                   FROM (SELECT max(id) AS id, article_id, sentence_id
                         FROM translation_versions WHERE lang = ? AND conflict_with IS NULL{}
                         GROUP BY article_id, sentence_id) h
                   LEFT JOIN check_versions c ON c.version_id = h.id"""
        if article_ids is None:
            statements = [(query.format(""), [lang])]
        else:
            statements = [
                (query.format(f" AND article_id IN ({marks})"), [lang, *part])
                for part, marks in in_chunks(article_ids)
            ]
        with self._conn() as conn:
            for sql, params in statements:
                for vid, article_id, sentence_id, source_hash in conn.execute(sql, params):
                    found.setdefault(article_id, {})[sentence_id] = (vid, source_hash)
        return found

    def texts(self, version_ids: Iterable[int]) -> dict[int, str]:
        """{version id: its text}."""
        found = {}
        with self._conn() as conn:
            for part, marks in in_chunks(version_ids):
                rows = conn.execute(
                    f"SELECT id, text FROM translation_versions WHERE id IN ({marks})", part
                )
                found.update((r[0], r[1]) for r in rows)
        return found

    def checked(self) -> dict[int, str]:
        """{version id: hash of the English it was checked against}."""
        with self._conn() as conn:
            rows = conn.execute("SELECT version_id, source_hash FROM check_versions").fetchall()
        return {r[0]: r[1] for r in rows}

    def findings(self, version_ids: Iterable[int] | None = None) -> dict[int, list[FindingRow]]:
        """{version id: its finding rows in order} of `version_ids` (all when None): one
        article's page reads its own, not the archive's; versions without findings left out."""
        found: dict[int, list[FindingRow]] = {}
        query = """SELECT version_id, check_id, kind, entry_id, english, found, char_start,
                          char_end, suggestion, message
                   FROM check_findings"""
        order = " ORDER BY version_id, position"
        with self._conn() as conn:
            if version_ids is None:
                statements = [(query + order, [])]
            else:
                statements = [
                    (f"{query} WHERE version_id IN ({marks}){order}", part)
                    for part, marks in in_chunks(version_ids)
                ]
            for sql, params in statements:
                for r in conn.execute(sql, params):
                    found.setdefault(r[0], []).append(tuple(r)[1:])
        return found

    def versions_with_texts(self) -> Iterator[StoredVersion]:
        """Every checked version with its translation and English sentence (None when its
        article has left the index, or the sentence its article)."""
        with self._conn() as conn:
            rows = conn.execute(
                """SELECT c.version_id, v.lang, v.text, s.text AS source, c.source_hash
                   FROM check_versions c
                   JOIN translation_versions v ON v.id = c.version_id
                   LEFT JOIN index_sentences s
                     ON s.article_id = v.article_id AND s.sentence_id = v.sentence_id"""
            ).fetchall()
        for r in rows:
            yield StoredVersion(*r)

    def save(
        self,
        results: dict[int, tuple[str, list[FindingRow]]],
        state: GlossaryState | None = None,
        forget: Iterable[int] = (),
        *,
        expect: GlossaryState,
    ) -> bool:
        """Store each version's (source hash, finding rows), replacing what it and the versions
        it replaced had, and drop the versions in `forget`; with `state`, record it as what
        every stored finding holds for. One transaction, so the findings and the state never
        disagree; nothing is written (False) if the stored state is no longer `expect`
        (another process moved it)."""
        dropped = list(dict.fromkeys([*forget, *results]))
        with self._conn() as conn, transaction(conn):
            if _read_state(conn) != expect:
                return False
            for part, marks in in_chunks(dropped):
                conn.execute(f"DELETE FROM check_versions WHERE version_id IN ({marks})", part)
            conn.executemany(  # a new head's predecessors are heads no more
                """DELETE FROM check_versions WHERE version_id IN (
                       SELECT o.id FROM translation_versions o JOIN translation_versions n
                         ON o.article_id = n.article_id AND o.sentence_id = n.sentence_id
                        AND o.lang = n.lang AND o.id < n.id
                       WHERE n.id = ?)""",
                [(vid,) for vid in results],
            )
            conn.executemany(
                "INSERT INTO check_versions (version_id, source_hash) VALUES (?, ?)",
                [(vid, source_hash) for vid, (source_hash, _) in results.items()],
            )
            conn.executemany(
                """INSERT INTO check_findings (version_id, position, check_id, kind, entry_id,
                       english, found, char_start, char_end, suggestion, message)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    (vid, position, *row)
                    for vid, (_, rows) in results.items()
                    for position, row in enumerate(rows)
                ],
            )
            if state is not None:
                _write_state(conn, state)
        return True

    def clear(self, state: GlossaryState) -> None:
        """Forget every stored finding (the checks changed): all versions are new again."""
        with self._conn() as conn, transaction(conn):
            conn.execute("DELETE FROM check_versions")
            _write_state(conn, state)


def carry_over(
    conn: sqlite3.Connection,
    article_id: str,
    old_hash: str,
    new_hash: str,
    sentence_ids: Iterable[str],
) -> None:
    """Record the heads of the article's `sentence_ids` checked against the English of
    `old_hash` as checked against that of `new_hash`, in the caller's transaction: for an
    article split again whose sentences kept their text. A check reads of the English only
    the version's own sentence, so checking them again would give the same rows (and after
    a paragraph inserted elsewhere, load language identification's models for nothing)."""
    conn.executemany(
        """UPDATE check_versions SET source_hash = ?
           WHERE source_hash = ? AND version_id IN (
               SELECT max(id) FROM translation_versions
               WHERE article_id = ? AND sentence_id = ? AND conflict_with IS NULL
               GROUP BY lang)""",
        [(new_hash, old_hash, article_id, sentence_id) for sentence_id in sentence_ids],
    )


def _read_state(conn: sqlite3.Connection) -> GlossaryState:
    row = conn.execute("SELECT value FROM check_state WHERE name = 'checks'").fetchone()
    entries = {
        r[0]: (r[1], r[2])
        for r in conn.execute("SELECT entry_id, rev, variants FROM check_glossary")
    }
    return GlossaryState(row[0] if row else "", entries)


def _write_state(conn: sqlite3.Connection, state: GlossaryState) -> None:
    conn.execute("DELETE FROM check_state WHERE name = 'checks'")
    conn.execute("INSERT INTO check_state (name, value) VALUES ('checks', ?)", (state.checks,))
    conn.execute("DELETE FROM check_glossary")
    conn.executemany(
        "INSERT INTO check_glossary (entry_id, rev, variants) VALUES (?, ?, ?)",
        [(entry_id, rev, variants) for entry_id, (rev, variants) in state.entries.items()],
    )
