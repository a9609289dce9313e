"""The counts the last `names` listing of all articles was merged from (table
`index_name_counts`).

The listing after one article changed subtracts that article's kept part and adds its new
summary (`reader.names.merge`) instead of merging every article's summary again. One row,
under a hash of the rules the counts were made by: the newest. The counts say which
article summaries they hold, so a row of any age gives a right listing or none; a cache,
so a write refused while another process holds the lock is simply skipped. The counts are
bytes (`reader.names.merge.MergeCounts.to_bytes`), a blob in the table's text column.
"""

from __future__ import annotations

from pathlib import Path

from reader.store.article_index import waiting
from reader.store.db import Database, StoreBusy, database, now, transaction

WRITE_WAIT_S = 0.2


class NameCountStore:
    """Reads and writes the `index_name_counts` table."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def get(self, rules_hash: str) -> bytes | None:
        """The counts kept under these rules (`MergeCounts.to_bytes`), or None."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT counts FROM index_name_counts WHERE rules_hash = ?", (rules_hash,)
            ).fetchone()
        return row[0] if row else None

    def put(self, rules_hash: str, counts: bytes) -> None:
        """Keep these counts in place of any others; skipped if the store is busy."""
        try:
            with self.db.connection() as conn, waiting(conn, WRITE_WAIT_S), transaction(conn):
                conn.execute("DELETE FROM index_name_counts")
                conn.execute(
                    "INSERT INTO index_name_counts (rules_hash, counts, computed_at) "
                    "VALUES (?, ?, ?)",
                    (rules_hash, counts, now()),
                )
        except StoreBusy:
            return
