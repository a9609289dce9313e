"""The name mentions of each translation version (tables `index_versions`,
`index_version_mentions`).

Versions are append-only and immutable, so a version id and the hash of the extraction rules
of its language are a complete key: `reader.index.versions` decides what the hash covers and
which versions to extract. A batch of versions is written in one short transaction, so an
interrupted build keeps every batch it finished. The SQL is plain (no SQLite-only syntax).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.store.article_index import waiting
from reader.store.db import Database, database, in_chunks, now, transaction

# (char_start, char_end, text, kind, lemma)
VersionMentionRow = tuple[int, int, str, str, str]


@dataclass(frozen=True)
class IndexedVersion:
    """The mentions found in one version's text under the rules with this hash."""

    version_id: int
    rules_hash: str
    mentions: list[VersionMentionRow]


class VersionMentionStore:
    """Reads and writes the `index_versions` and `index_version_mentions` tables."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def rules(self, version_ids: Iterable[int] | None = None) -> dict[int, str]:
        """{version id: rules hash} of every indexed version, or of those of `version_ids`
        (a few of a hundred thousand: read alone)."""
        with self.db.connection() as conn:
            if version_ids is None:
                rows = conn.execute("SELECT version_id, rules_hash FROM index_versions")
                return {row[0]: row[1] for row in rows}
            found: dict[int, str] = {}
            for chunk, marks in in_chunks(version_ids):
                rows = conn.execute(
                    "SELECT version_id, rules_hash FROM index_versions "
                    f"WHERE version_id IN ({marks})",
                    chunk,
                )
                found.update((row[0], row[1]) for row in rows)
            return found

    def stamp(self) -> str:
        """What the last complete update saw (see `set_stamp`); "" if none."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT value FROM index_state WHERE name = 'version_mentions'"
            ).fetchone()
        return row[0] if row else ""

    def set_stamp(self, stamp: str) -> None:
        """Remember what a complete update saw, so the next can tell nothing changed."""
        with self.db.connection() as conn, transaction(conn):
            conn.execute("DELETE FROM index_state WHERE name = 'version_mentions'")
            conn.execute(
                "INSERT INTO index_state (name, value) VALUES ('version_mentions', ?)", (stamp,)
            )

    def head_rules(self, lang: str) -> dict[int, str | None]:
        """{head version id: the rules hash it is indexed under, None if not indexed} of every
        sentence's head in `lang`: ids alone, as reading every head's text costs seconds."""
        with self.db.connection() as conn:
            rows = conn.execute(
                """SELECT h.id, i.rules_hash
                   FROM (SELECT max(id) AS id FROM translation_versions
                         WHERE lang = ? AND conflict_with IS NULL
                         GROUP BY article_id, sentence_id) h
                   LEFT JOIN index_versions i ON i.version_id = h.id""",
                (lang,),
            ).fetchall()
        return {row[0]: row[1] for row in rows}

    def texts(self, version_ids: Iterable[int]) -> dict[int, str]:
        """{version id: its text} of `version_ids`."""
        found: dict[int, str] = {}
        with self.db.connection() as conn:
            for chunk, marks in in_chunks(version_ids):
                rows = conn.execute(
                    f"SELECT id, text FROM translation_versions WHERE id IN ({marks})", chunk
                )
                found.update((row[0], row[1]) for row in rows)
        return found

    def put(self, versions: Sequence[IndexedVersion], busy_timeout_s: float | None = None) -> None:
        """Replace what is indexed for these versions, all in one transaction; the stamp of
        the last complete update goes, so the next update looks at every head again."""
        if not versions:
            return
        with self.db.connection() as conn, waiting(conn, busy_timeout_s), transaction(conn):
            conn.execute("DELETE FROM index_state WHERE name = 'version_mentions'")
            conn.executemany(
                "DELETE FROM index_versions WHERE version_id = ?",
                [(v.version_id,) for v in versions],
            )
            conn.executemany(
                "INSERT INTO index_versions (version_id, rules_hash, indexed_at) VALUES (?, ?, ?)",
                [(v.version_id, v.rules_hash, now()) for v in versions],
            )
            conn.executemany(
                """INSERT INTO index_version_mentions (version_id, position, char_start,
                       char_end, text, kind, lemma) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [(v.version_id, i, *m) for v in versions for i, m in enumerate(v.mentions)],
            )

    def mentions(self, version_ids: Iterable[int]) -> dict[int, list[VersionMentionRow]]:
        """The stored mentions of those of `version_ids` that have any, in text order."""
        found: dict[int, list[VersionMentionRow]] = {}
        with self.db.connection() as conn:
            for chunk, marks in in_chunks(version_ids):
                rows = conn.execute(
                    f"""SELECT version_id, char_start, char_end, text, kind, lemma
                        FROM index_version_mentions
                        WHERE version_id IN ({marks})
                        ORDER BY version_id, position""",
                    chunk,
                )
                for row in rows:
                    found.setdefault(row[0], []).append(tuple(row)[1:])
        return found
