"""The `names` listing last computed (table `index_name_listings`).

Listing the names of a thousand articles reads hundreds of thousands of mentions and groups
them: seconds, though nothing changed since the last run more often than not. The listing is
kept whole under a hash of everything it depends on (made by `reader.names.variants`), so an
unchanged archive is answered from one row. Only the newest listing of all articles and the
newest of a selection of them are kept (the Names page shows the former, marked with its time,
when something changed since); a cache, so a
write refused while another process holds the lock is simply skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.store.article_index import waiting
from reader.store.db import Database, StoreBusy, database, now, transaction

WRITE_WAIT_S = 0.2


_NEWEST = """SELECT state_hash FROM index_name_listings WHERE whole = ?
    ORDER BY seq DESC LIMIT 1"""


@dataclass(frozen=True)
class Listing:
    text: str
    computed_at: str  # ISO 8601, UTC


class NameListingStore:
    """Reads and writes the `index_name_listings` table."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def get(self, state_hash: str) -> str | None:
        """The listing stored under this hash, or None."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT listing FROM index_name_listings WHERE state_hash = ?", (state_hash,)
            ).fetchone()
        return row[0] if row else None

    def newest_whole(self) -> Listing | None:
        """The newest listing of all articles, whatever changed since it was made."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT listing, computed_at FROM index_name_listings WHERE whole = 1 "
                "ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        return Listing(row[0], row[1]) if row else None

    def has_whole(self) -> bool:
        """Whether any listing of all articles is stored (without reading it)."""
        with self.db.connection() as conn:
            row = conn.execute("SELECT 1 FROM index_name_listings WHERE whole = 1").fetchone()
        return row is not None

    def has(self, state_hash: str) -> bool:
        """Whether a listing is stored under this hash (without reading it: megabytes)."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT 1 FROM index_name_listings WHERE state_hash = ?", (state_hash,)
            ).fetchone()
        return row is not None

    def put(self, state_hash: str, listing: str, whole: bool = True) -> None:
        """Keep this listing, of all articles if `whole`, and of the others only the newest of
        all articles and the newest of a selection of them; skipped if the store is busy."""
        try:
            with self.db.connection() as conn, waiting(conn, WRITE_WAIT_S), transaction(conn):
                conn.execute("DELETE FROM index_name_listings WHERE state_hash = ?", (state_hash,))
                # a counter, not the time, says which is newest: two listings can share a second
                (seq,) = conn.execute(
                    "SELECT COALESCE(MAX(seq), 0) + 1 FROM index_name_listings"
                ).fetchone()
                conn.execute(
                    "INSERT INTO index_name_listings (state_hash, listing, computed_at, seq, whole)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (state_hash, listing, now(), seq, int(whole)),
                )
                conn.execute(
                    f"""DELETE FROM index_name_listings
                        WHERE state_hash NOT IN ({_NEWEST}) AND state_hash NOT IN ({_NEWEST})""",
                    (1, 0),
                )
        except StoreBusy:
            return
