"""Translation versions: every change is a new row; nothing is updated in place.

The head of a sentence in a language is its newest version that is not a conflict. A save
names the version it was based on; if someone else saved in between, the new text is still
kept (as a conflict version, outside the head line) and the caller is told, so neither edit
is lost and nothing is overwritten behind anyone's back.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from reader.store.db import Database, database, in_chunks, now, transaction

STATUSES = ("draft", "edited", "approved")
ORIGINS = ("machine", "import", "sample", "human")
DRAFT_ORIGINS = ("machine", "import", "sample")
FileStamp = tuple[int, int]  # a file's (size, mtime_ns)


@dataclass(frozen=True)
class Version:
    id: int
    article_id: str
    sentence_id: str
    lang: str
    text: str
    status: str
    origin: str
    origin_detail: dict
    author: str
    created_at: str
    parent_id: int | None
    conflict_with: int | None

    @property
    def is_conflict(self) -> bool:
        return self.conflict_with is not None

    @property
    def is_automatic_draft(self) -> bool:
        """A draft from a machine, an import or the samples, not yet touched by a person."""
        return self.status == "draft" and self.origin in DRAFT_ORIGINS

    def provenance(self) -> str:
        """One line for people: where this text came from."""
        detail = self.origin_detail
        if self.origin == "human":
            return f"edited by {self.author}"
        if self.origin == "machine":
            line = f"machine: {detail.get('package', '?')} {detail.get('version', '')}".strip()
        else:
            line = f"{self.origin}: {detail.get('file', '?')}"
        return f"{line} + glossary" if detail.get("glossary") else line


@dataclass(frozen=True)
class SaveResult:
    version: Version
    conflict: Version | None = None  # the head someone else saved meanwhile

    @property
    def ok(self) -> bool:
        return self.conflict is None


@dataclass
class SentenceState:
    """What the review screen needs about one sentence in one language."""

    head: Version | None
    first_draft: Version | None
    version_count: int
    # conflicting saves still open: newer than the head and not settled (`settle`)
    conflicts: list[Version] = field(default_factory=list)
    # human versions that changed the text: an approval of the same words corrects nothing
    corrections: int = 0


class HeadText(NamedTuple):
    """A head version's id, language and text: what reading names needs of a head, without
    the rest of its row (a corpus has a hundred thousand heads)."""

    id: int
    lang: str
    text: str


def _version(row: sqlite3.Row, details: dict[str, dict] | None = None) -> Version:
    """The version in `row`; `details` keeps decoded origin details across the rows of one
    read, where thousands of versions share one (the file they were imported from)."""
    data = dict(zip(row.keys(), row, strict=True))  # faster than dict(row)
    raw = data["origin_detail"] or "{}"
    if details is None:
        data["origin_detail"] = json.loads(raw)
    else:
        if raw not in details:
            details[raw] = json.loads(raw)
        data["origin_detail"] = dict(details[raw])  # a copy each: no version shares a dict
    return Version(**data)


_HEAD = """
    SELECT * FROM translation_versions
    WHERE article_id = ? AND sentence_id = ? AND lang = ? AND conflict_with IS NULL
    ORDER BY id DESC LIMIT 1
"""
# RETURNING (SQLite 3.35+, PostgreSQL) hands back the stored row without a second query;
# fetch it whole, as a statement still stepping would hold up the COMMIT.
_INSERT_RETURNING = """
    INSERT INTO translation_versions (article_id, sentence_id, lang, text, status, origin,
        origin_detail, author, created_at, parent_id, conflict_with)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    RETURNING *
"""


# The head of every sentence in one language: its newest version that is not a conflict.
_HEADS_OF_LANG = """SELECT {columns} FROM translation_versions v
    JOIN (SELECT max(id) AS id FROM translation_versions
          WHERE lang = ? AND conflict_with IS NULL
          GROUP BY article_id, sentence_id) h ON v.id = h.id
    ORDER BY v.article_id, v.id"""
# The status of every version that is no conflict, each sentence's newest last, in the order
# of ix_versions_head_status: read from that index alone, with no sort and no text read.
HEAD_STATUSES = """SELECT lang, article_id, sentence_id, status FROM translation_versions
    WHERE conflict_with IS NULL ORDER BY lang, article_id, sentence_id, id"""
# The same, of some articles only.
_HEADS_OF_ARTICLES = """SELECT v.article_id, v.sentence_id, v.id, v.text FROM translation_versions v
    JOIN (SELECT max(id) AS id FROM translation_versions
          WHERE lang = ? AND conflict_with IS NULL AND article_id IN ({marks})
          GROUP BY article_id, sentence_id) h ON v.id = h.id
    ORDER BY v.article_id, v.id"""


class TranslationStore:
    """Reads and appends translation versions in one SQLite database file."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def _conn(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.db.connection()

    def head(self, article_id: str, sentence_id: str, lang: str) -> Version | None:
        with self._conn() as conn:
            row = conn.execute(_HEAD, (article_id, sentence_id, lang)).fetchone()
        return _version(row) if row else None

    def save(
        self,
        article_id: str,
        sentence_id: str,
        lang: str,
        text: str,
        *,
        author: str,
        base_id: int | None,
        status: str = "edited",
        origin: str = "human",
        origin_detail: dict | None = None,
    ) -> SaveResult:
        """Append a version based on `base_id` (the head the editor started from)."""
        _check(status, origin, author)
        with self._conn() as conn, transaction(conn):
            row = conn.execute(_HEAD, (article_id, sentence_id, lang)).fetchone()
            clash = _version(row) if row is not None and row["id"] != base_id else None
            (new,) = conn.execute(
                _INSERT_RETURNING,
                (
                    article_id,
                    sentence_id,
                    lang,
                    text,
                    status,
                    origin,
                    _detail_json(origin_detail or {}),
                    author,
                    now(),
                    base_id,
                    clash.id if clash else None,
                ),
            ).fetchall()
        return SaveResult(_version(new), clash)

    def approve(
        self, article_id: str, sentence_id: str, lang: str, *, author: str, base_id: int
    ) -> SaveResult:
        """Approval is a version of its own, so the record says who approved what text."""
        head = self.head(article_id, sentence_id, lang)
        if head is None:
            raise ValueError("there is no translation to approve")
        source = head if head.id == base_id else self._get(base_id)
        return self.save(
            article_id,
            sentence_id,
            lang,
            source.text,
            author=author,
            base_id=base_id,
            status="approved",
        )

    def _get(self, version_id: int) -> Version:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT * FROM translation_versions WHERE id = ?", (version_id,)
            ).fetchone()
        if row is None:
            raise KeyError(f"no version {version_id}")
        return _version(row)

    def history(self, article_id: str, sentence_id: str, lang: str) -> list[Version]:
        """All versions, oldest first, conflicts included."""
        with self._conn() as conn:
            rows = conn.execute(
                """SELECT * FROM translation_versions
                   WHERE article_id = ? AND sentence_id = ? AND lang = ? ORDER BY id""",
                (article_id, sentence_id, lang),
            ).fetchall()
        return [_version(r) for r in rows]

    def article_states(self, article_id: str, lang: str) -> dict[str, SentenceState]:
        """Per sentence id: head, first draft, version count and conflicts, in one query."""
        with self._conn() as conn:
            rows = conn.execute(
                """SELECT * FROM translation_versions
                   WHERE article_id = ? AND lang = ? ORDER BY id""",
                (article_id, lang),
            ).fetchall()
        states: dict[str, SentenceState] = {}
        for row in rows:
            v = _version(row)
            state = states.setdefault(v.sentence_id, SentenceState(None, None, 0))
            state.version_count += 1
            before = state.head.text if state.head else None
            state.corrections += v.origin == "human" and v.text != before
            if v.is_conflict:
                state.conflicts.append(v)
            else:
                state.head = v
            if state.first_draft is None and v.origin in DRAFT_ORIGINS:
                state.first_draft = v
        self._drop_settled(states)
        return states

    def _drop_settled(self, states: dict[str, SentenceState]) -> None:
        """Keep only open conflicts: a later save or a `settle` closes one."""
        for state in states.values():
            newest = state.head.id if state.head else 0
            state.conflicts = [c for c in state.conflicts if c.id > newest]
        ids = [c.id for state in states.values() for c in state.conflicts]
        if not ids:
            return
        with self._conn() as conn:
            rows = conn.execute(
                f"""SELECT version_id FROM settled_conflicts
                    WHERE version_id IN ({",".join("?" * len(ids))})""",
                ids,
            ).fetchall()
        settled = {row[0] for row in rows}
        for state in states.values():
            state.conflicts = [c for c in state.conflicts if c.id not in settled]

    def settle(self, conflict_id: int, kept_id: int, *, author: str) -> None:
        """Record that `author` kept version `kept_id` over the conflicting save
        `conflict_id`, which stays in the history."""
        _check("edited", "human", author)
        with self._conn() as conn, transaction(conn):
            conn.execute(
                """INSERT INTO settled_conflicts (version_id, kept_id, author, at)
                   VALUES (?, ?, ?, ?) ON CONFLICT (version_id) DO NOTHING""",
                (conflict_id, kept_id, author, now()),
            )

    def heads(
        self, lang: str, article_ids: Iterable[str] | None = None
    ) -> dict[str, dict[str, Version]]:
        """{article id: {sentence id: head}} in one language, for many articles in one query
        (all when `article_ids` is None): what corpus-wide reads need, not one query each."""
        wanted = None if article_ids is None else set(article_ids)
        with self._conn() as conn:
            rows = conn.execute(_HEADS_OF_LANG.format(columns="v.*"), (lang,)).fetchall()
        found: dict[str, dict[str, Version]] = {}
        details: dict[str, dict] = {}
        for row in rows:
            if wanted is None or row["article_id"] in wanted:
                found.setdefault(row["article_id"], {})[row["sentence_id"]] = _version(row, details)
        return found

    def head_texts(
        self, lang: str, article_ids: Iterable[str] | None = None
    ) -> dict[str, dict[str, HeadText]]:
        """`heads`, each head only as its id, language and text; only the articles asked for
        are read (one article's heads: milliseconds, where all of them take a second)."""
        with self._conn() as conn:
            if article_ids is None:
                columns = "v.article_id, v.sentence_id, v.id, v.text"
                rows = conn.execute(_HEADS_OF_LANG.format(columns=columns), (lang,)).fetchall()
            else:
                rows = [
                    row
                    for chunk, marks in in_chunks(article_ids)
                    for row in conn.execute(_HEADS_OF_ARTICLES.format(marks=marks), (lang, *chunk))
                ]
        found: dict[str, dict[str, HeadText]] = {}
        for article_id, sentence_id, version_id, text in rows:
            found.setdefault(article_id, {})[sentence_id] = HeadText(version_id, lang, text)
        return found

    def head_marks(self) -> dict[str, dict[str, int]]:
        """{article id: {lang: its newest version that is no conflict}}. A head is the newest
        such version of its sentence and versions are only added, with growing ids, so this
        changes exactly when one of the article's heads does: a key for what an article's
        translations say, read for a whole archive in one short query."""
        with self._conn() as conn:
            rows = conn.execute(
                """SELECT lang, article_id, max(id) FROM translation_versions
                   WHERE conflict_with IS NULL GROUP BY lang, article_id"""
            ).fetchall()
        found: dict[str, dict[str, int]] = {}
        for lang, article_id, newest in rows:
            found.setdefault(article_id, {})[lang] = newest
        return found

    def head_statuses(self) -> dict[str, dict[str, dict[str, str]]]:
        """{lang: {article id: {sentence id: its head's status}}} in one pass over the versions
        (the newest non-conflict one of each sentence wins): what counting the whole corpus's
        progress needs, without building every version."""
        with self._conn() as conn:
            rows = conn.execute(HEAD_STATUSES).fetchall()
        found: dict[str, dict[str, dict[str, str]]] = {}
        for lang, article_id, sentence_id, status in rows:
            found.setdefault(lang, {}).setdefault(article_id, {})[sentence_id] = status
        return found

    def version(self) -> tuple[int, int]:
        """Changes whenever a translation version is added or a conflict settled: the newest
        version id (versions only grow: one lookup at the end of the key, where counting them
        would read every row on every rerun of a page) and the count of settled conflicts
        (few, and settled in any order)."""
        with self._conn() as conn:
            row = conn.execute(
                """SELECT (SELECT coalesce(max(id), 0) FROM translation_versions),
                          (SELECT count(*) FROM settled_conflicts)"""
            )
            newest, settled = row.fetchone()
        return int(newest), int(settled)

    def status_counts(self, article_id: str, lang: str, sentence_ids: Iterable[str]) -> Counter:
        """How many of the given sentences are missing, draft, edited, approved."""
        return count_statuses(self.article_states(article_id, lang), sentence_ids)

    def add_drafts(
        self,
        article_id: str,
        lang: str,
        drafts: dict[str, str],
        *,
        origin: str,
        origin_detail: dict,
        author: str,
    ) -> int:
        """Store drafts for sentences that have no translation yet; returns how many."""
        _check("draft", origin, author)
        detail = _detail_json(origin_detail)
        added = 0
        with self._conn() as conn, transaction(conn):
            have = {
                r[0]
                for r in conn.execute(
                    """SELECT DISTINCT sentence_id FROM translation_versions
                       WHERE article_id = ? AND lang = ?""",
                    (article_id, lang),
                )
            }
            stamp = now()
            for sid, text in drafts.items():
                if sid in have or not text.strip():
                    continue
                conn.execute(
                    """INSERT INTO translation_versions (article_id, sentence_id, lang, text,
                           status, origin, origin_detail, author, created_at)
                       VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?)""",
                    (article_id, sid, lang, text, origin, detail, author, stamp),
                )
                added += 1
        return added

    def sentences_with_origin(
        self, article_id: str, lang: str, origin: str, origin_detail: dict
    ) -> set[str]:
        """Sentence ids that already have a version from exactly this origin (e.g. model)."""
        with self._conn() as conn:
            rows = conn.execute(
                """SELECT DISTINCT sentence_id FROM translation_versions
                   WHERE article_id = ? AND lang = ? AND origin = ? AND origin_detail = ?""",
                (article_id, lang, origin, _detail_json(origin_detail)),
            ).fetchall()
        return {r[0] for r in rows}

    def add_machine_drafts(
        self,
        article_id: str,
        lang: str,
        drafts: dict[str, str],
        *,
        origin_detail: dict,
        author: str,
    ) -> tuple[int, int]:
        """New machine drafts, in one transaction. Returns (new heads, kept beside edits).

        A draft replaces a current draft, but never a person's text: there it is stored as a
        conflicting version, visible in the history for the reviewer to adopt or ignore.
        """
        _check("draft", "machine", author)
        detail = _detail_json(origin_detail)
        heads = beside = 0
        with self._conn() as conn, transaction(conn):
            stamp = now()
            for sid, text in drafts.items():
                if not text.strip():
                    continue
                row = conn.execute(_HEAD, (article_id, sid, lang)).fetchone()
                human = row is not None and row["origin"] == "human"
                conn.execute(
                    """INSERT INTO translation_versions (article_id, sentence_id, lang, text,
                           status, origin, origin_detail, author, created_at, parent_id,
                           conflict_with)
                       VALUES (?, ?, ?, ?, 'draft', 'machine', ?, ?, ?, ?, ?)""",
                    (
                        article_id,
                        sid,
                        lang,
                        text,
                        detail,
                        author,
                        stamp,
                        row["id"] if row else None,
                        row["id"] if human else None,
                    ),
                )
                beside += human
                heads += not human
        return heads, beside

    def file_imported(self, path: str, sha256: str) -> bool:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT sha256 FROM imported_files WHERE path = ?", (path,)
            ).fetchone()
        return row is not None and row[0] == sha256

    def import_stamps(self, paths: Iterable[str]) -> dict[str, FileStamp]:
        """{path: (size, mtime_ns)} recorded when each of `paths` was last read in."""
        wanted = list(paths)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        with self._conn() as conn:
            rows = conn.execute(
                f"""SELECT path, size, mtime_ns FROM imported_files
                    WHERE path IN ({marks}) AND size IS NOT NULL""",
                wanted,
            ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def mark_imported(self, path: str, sha256: str, stamp: FileStamp | None = None) -> None:
        """Record the file's content hash and the stamp it had when it was read (the time of
        import stays when only the stamp changed)."""
        size, mtime_ns = stamp or (None, None)
        with self._conn() as conn, transaction(conn):
            conn.execute(
                """INSERT INTO imported_files (path, sha256, imported_at, size, mtime_ns)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256,
                       imported_at = CASE WHEN imported_files.sha256 = excluded.sha256
                           THEN imported_files.imported_at ELSE excluded.imported_at END,
                       size = excluded.size, mtime_ns = excluded.mtime_ns""",
                (path, sha256, now(), size, mtime_ns),
            )

    def save_on_heads(self, edits: Iterable[dict], *, author: str) -> list[Version | None]:
        """Append several versions in one transaction, each only where its base is still head.

        Each edit is a dict with article_id, sentence_id, lang, base_id, text, and optionally
        status ("edited"), origin ("human") and origin_detail ({}). Where someone saved after
        `base_id`, nothing is written for that edit (None in the result, in order): an
        automatic change never overwrites newer text and never leaves a conflict version.
        """
        edits = list(edits)
        for e in edits:
            _check(e.get("status", "edited"), e.get("origin", "human"), author)
        saved: list[Version | None] = []
        with self._conn() as conn, transaction(conn):
            stamp = now()
            for e in edits:
                key = (e["article_id"], e["sentence_id"], e["lang"])
                row = conn.execute(_HEAD, key).fetchone()
                if row is None or row["id"] != e["base_id"]:
                    saved.append(None)
                    continue
                (new,) = conn.execute(
                    _INSERT_RETURNING,
                    (
                        *key,
                        e["text"],
                        e.get("status", "edited"),
                        e.get("origin", "human"),
                        _detail_json(e.get("origin_detail") or {}),
                        author,
                        stamp,
                        e["base_id"],
                        None,
                    ),
                ).fetchall()
                saved.append(_version(new))
        return saved


def _detail_json(detail: dict) -> str:
    """One canonical text per detail, so equal provenance compares equal in SQL."""
    return json.dumps(detail, ensure_ascii=False, sort_keys=True)


def _check(status: str, origin: str, author: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {ORIGINS}")
    if not author.strip():
        raise ValueError("every change needs the name of who made it")


def count_statuses(states: dict[str, SentenceState], sentence_ids: Iterable[str]) -> Counter:
    """How many of the sentences are missing, draft, edited, approved, given their states."""
    heads = {sid: state.head.status for sid, state in states.items() if state.head}
    return tally_statuses(heads, sentence_ids)


def tally_statuses(statuses: dict[str, str], sentence_ids: Iterable[str]) -> Counter:
    """How many of the sentences are missing, draft, edited, approved, given their heads'
    statuses by sentence id."""
    counts: Counter[str] = Counter({s: 0 for s in ("missing", *STATUSES)})
    for sid in sentence_ids:
        counts[statuses.get(sid, "missing")] += 1
    return counts
