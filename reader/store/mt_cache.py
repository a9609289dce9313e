"""The `mt_cache` table: machine translations by key (see reader.translation.mt_cache)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from reader.store.db import Database, database, in_chunks, now, transaction


class MTCache:
    """Reads and writes the `mt_cache` table of one SQLite database file."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        """The cached output of each key that has one."""
        found: dict[str, str] = {}
        with self.db.connection() as conn:
            for part, marks in in_chunks(keys):
                rows = conn.execute(
                    f"SELECT key, output FROM mt_cache WHERE key IN ({marks})", part
                ).fetchall()
                found.update((row["key"], row["output"]) for row in rows)
        return found

    def put_many(self, items: Mapping[str, tuple[str, str]]) -> None:
        """Store {key: (output, model_id)} in one transaction; a key stored again is replaced."""
        if not items:
            return
        stamp = now()
        rows = [(key, output, model, stamp) for key, (output, model) in items.items()]
        with self.db.connection() as conn, transaction(conn):
            conn.executemany(
                """INSERT INTO mt_cache (key, output, model, created_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (key) DO UPDATE SET output = excluded.output,
                       model = excluded.model, created_at = excluded.created_at""",
                rows,
            )

    def __len__(self) -> int:
        with self.db.connection() as conn:
            return conn.execute("SELECT COUNT(*) FROM mt_cache").fetchone()[0]
