"""What the `names` listing needs of each article (table `index_name_summaries`).

One row per article: its summary (JSON, made by `reader.names.summary`) under a key that
`reader.names.variants` makes of everything the summary depends on (the article's content
hash, its translation heads, the rules). A row under another key is stale and made again;
a cache, so a write refused while another process holds the lock is simply skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.store.article_index import waiting
from reader.store.db import Database, StoreBusy, database, in_chunks, transaction

WRITE_WAIT_S = 0.2
# (article id, summary key, summary)
SummaryRow = tuple[str, str, str]


class NameSummaryStore:
    """Reads and writes the `index_name_summaries` table."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def keys(self) -> dict[str, str]:
        """{article id: the key its summary is stored under} of every article summarized."""
        with self.db.connection() as conn:
            rows = conn.execute("SELECT article_id, summary_key FROM index_name_summaries")
            return {row[0]: row[1] for row in rows}

    def get(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """{article id: (key, summary)} of those of `article_ids` summarized."""
        found: dict[str, tuple[str, str]] = {}
        with self.db.connection() as conn:
            for chunk, marks in in_chunks(article_ids):
                rows = conn.execute(
                    "SELECT article_id, summary_key, summary FROM index_name_summaries "
                    f"WHERE article_id IN ({marks})",
                    chunk,
                )
                found.update((row[0], (row[1], row[2])) for row in rows)
        return found

    def put(self, rows: Sequence[SummaryRow], keep: Iterable[str] | None = None) -> bool:
        """Store these summaries, replacing the articles' others; with `keep` (the current
        article ids), drop the summaries of articles no longer there. Skipped if busy:
        False then."""
        gone = [] if keep is None else sorted(set(self.keys()) - set(keep))
        if not rows and not gone:
            return True
        try:
            with self.db.connection() as conn, waiting(conn, WRITE_WAIT_S), transaction(conn):
                for chunk, marks in in_chunks([*gone, *(row[0] for row in rows)]):
                    conn.execute(
                        f"DELETE FROM index_name_summaries WHERE article_id IN ({marks})", chunk
                    )
                conn.executemany(
                    "INSERT INTO index_name_summaries (article_id, summary_key, summary) "
                    "VALUES (?, ?, ?)",
                    rows,
                )
        except StoreBusy:
            return False
        return True
