"""The name groups of the last few sets of names grouped (table `index_name_groups`).

Grouping the corpus's thousands of names takes seconds, and they rarely change between two
runs of `names`: the groups are kept under a hash of the names and the grouping rules (made
by `reader.names.variants`). Only a few sets are kept; a cache, so a write refused while
another process holds the lock is simply skipped. A set is kept with the hash of the rules
alone and each name's component (`reader.names.regroup`), so that a set a few names away is
grouped from it (`nearest`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from reader.store.article_index import waiting
from reader.store.db import Database, StoreBusy, database, transaction

KEEP = 4  # sets of groups kept (the newest)
# (label, group key, member names, the full names a bare name may be)
StoredGroup = tuple[str, str, list[str], list[str]]
# each name, in input order: its component and block keys (`reader.names.regroup.Grouped`)
Components = dict[str, list]
WRITE_WAIT_S = 0.2


class NameGroupStore:
    """Reads and writes the `index_name_groups` table."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def get(self, inputs_hash: str) -> list[StoredGroup] | None:
        """(label, key, members, ambiguous) of each group stored under this hash, or None."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT groups FROM index_name_groups WHERE inputs_hash = ?", (inputs_hash,)
            ).fetchone()
        return (
            [(label, key, members, ambig) for label, key, members, ambig in json.loads(row[0])]
            if row
            else None
        )

    def nearest(self, rules_hash: str, count: int) -> tuple[list[StoredGroup], Components] | None:
        """The groups and components of the set last grouped under these rules among those
        of about `count` names (within half: the set before a few edits, not another set
        grouped in turn, organisations beside people), or None if there is none."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT groups, components FROM index_name_groups "
                "WHERE rules_hash = ? AND components IS NOT NULL "
                "AND 2 * ABS(names_count - ?) <= ? ORDER BY computed_at DESC LIMIT 1",
                (rules_hash, count, count),
            ).fetchone()
        if row is None:
            return None
        groups = [(label, key, m, ambig) for label, key, m, ambig in json.loads(row[0])]
        return groups, json.loads(row[1])

    def has_rules(self, rules_hash: str) -> bool:
        """Whether a set grouped under these rules is kept to regroup from (without reading it)."""
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT 1 FROM index_name_groups WHERE rules_hash = ? AND components IS NOT NULL",
                (rules_hash,),
            ).fetchone()
        return row is not None

    def put(
        self,
        inputs_hash: str,
        groups: list[StoredGroup],
        rules_hash: str | None = None,
        components: Components | None = None,
    ) -> None:
        """Keep these groups (and the KEEP - 1 newest others), with the rules' hash and the
        components they were grouped by, if given; skipped if the store is busy."""
        try:
            with self.db.connection() as conn, waiting(conn, WRITE_WAIT_S), transaction(conn):
                conn.execute("DELETE FROM index_name_groups WHERE inputs_hash = ?", (inputs_hash,))
                conn.execute(
                    "INSERT INTO index_name_groups "
                    "(inputs_hash, groups, computed_at, rules_hash, components, names_count) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        inputs_hash,
                        json.dumps(groups, ensure_ascii=False),
                        _now(),
                        rules_hash,
                        None if components is None else json.dumps(components, ensure_ascii=False),
                        None if components is None else len(components),
                    ),
                )
                conn.execute(
                    """DELETE FROM index_name_groups WHERE inputs_hash NOT IN (
                           SELECT inputs_hash FROM index_name_groups
                           ORDER BY inputs_hash = ? DESC, computed_at DESC LIMIT ?)""",
                    (inputs_hash, KEEP),
                )
        except StoreBusy:
            return


def _now() -> str:
    """The time to the microsecond: the last set grouped is the one to group the next from,
    and `names` groups two sets within a second."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
