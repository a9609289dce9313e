"""The article index tables: what splitting and name extraction made of each article.

Rows are plain data keyed by article id, with the content hash they were computed from
(`reader.index` decides what the hash covers and when to recompute). An article is written
whole in one short transaction, so a reader or an interrupted build never sees half of one.
The SQL is plain (no SQLite-only syntax), so the same tables work on PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reader.store.db import Database, database, in_chunks, now, transaction
from reader.store.findings import carry_over

# (position, char_start, char_end, text, kind)
ParagraphRow = tuple[int, int, int, str, str]
# (sentence_id, paragraph, char_start, char_end, text, furniture)
SentenceRow = tuple[str, int, int, int, str, bool]
# (sentence_id, char_start, char_end, text, kind, lemma)
MentionRow = tuple[str, int, int, str, str, str]


@dataclass
class IndexedArticle:
    """One article as indexed: metadata, paragraphs, sentences and source name mentions."""

    article_id: str
    content_hash: str
    lang: str
    title: str
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None
    paragraphs: list[ParagraphRow] = field(default_factory=list)
    sentences: list[SentenceRow] = field(default_factory=list)
    mentions: list[MentionRow] = field(default_factory=list)


@dataclass
class Outline:
    """What listing an article needs, without building it: title and sentence ids in order,
    each with whether it is page furniture, and the content hash it was indexed under (what
    stored findings are keyed by)."""

    article_id: str
    title: str
    sentences: list[tuple[str, bool]] = field(default_factory=list)
    content_hash: str = ""

    @property
    def content_ids(self) -> list[str]:
        return [sid for sid, furniture in self.sentences if not furniture]

    @classmethod
    def of(cls, article: IndexedArticle) -> Outline:
        sentences = [(s[0], s[5]) for s in article.sentences]
        return cls(article.article_id, article.title, sentences, article.content_hash)


class IndexStore:
    """Reads and writes the `index_*` tables of one database."""

    def __init__(self, db: Database | Path) -> None:
        self.db = database(db)

    def hashes(self) -> dict[str, str]:
        """{article id: content hash} of every indexed article."""
        with self.db.connection() as conn:
            rows = conn.execute("SELECT article_id, content_hash FROM index_articles").fetchall()
        return {row["article_id"]: row["content_hash"] for row in rows}

    def stamps(self) -> dict[str, tuple[str, str]]:
        """{article id: (its files' stamp, the content hash read under it)}."""
        with self.db.connection() as conn:
            rows = conn.execute("SELECT article_id, stamp, content_hash FROM index_file_stamps")
            return {article_id: (stamp, hashed) for article_id, stamp, hashed in rows}

    def put_stamps(
        self, stamps: dict[str, tuple[str, str]], busy_timeout_s: float | None = None
    ) -> None:
        """Remember the stamps and content hashes of these articles' files, replacing theirs."""
        if not stamps:
            return
        with self.db.connection() as conn, waiting(conn, busy_timeout_s), transaction(conn):
            conn.executemany(
                "DELETE FROM index_file_stamps WHERE article_id = ?", [(a,) for a in stamps]
            )
            conn.executemany(
                """INSERT INTO index_file_stamps (article_id, stamp, content_hash)
                   VALUES (?, ?, ?)""",
                [(a, stamp, hashed) for a, (stamp, hashed) in stamps.items()],
            )

    def put(self, article: IndexedArticle, busy_timeout_s: float | None = None) -> None:
        """Replace everything indexed for the article, in one transaction; `busy_timeout_s`
        shortens the wait for another writer (StoreBusy after it). The stored findings of
        translations whose English sentence kept its text hold for the new article too
        (`carry_over`)."""
        a = article
        with self.db.connection() as conn, waiting(conn, busy_timeout_s), transaction(conn):
            old_hash, kept = _kept_sentences(conn, a)
            conn.execute("DELETE FROM index_articles WHERE article_id = ?", (a.article_id,))
            conn.execute(
                """INSERT INTO index_articles (article_id, content_hash, lang, title, byline,
                       outlet, date, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (a.article_id, a.content_hash, a.lang, a.title, a.byline, a.outlet, a.date, now()),
            )
            conn.executemany(
                """INSERT INTO index_paragraphs (article_id, position, char_start, char_end,
                       text, kind) VALUES (?, ?, ?, ?, ?, ?)""",
                [(a.article_id, *p) for p in a.paragraphs],
            )
            conn.executemany(
                """INSERT INTO index_sentences (article_id, position, sentence_id, paragraph,
                       char_start, char_end, text, furniture) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [(a.article_id, i, *s[:5], int(s[5])) for i, s in enumerate(a.sentences)],
            )
            conn.executemany(
                """INSERT INTO index_name_mentions (article_id, position, sentence_id,
                       char_start, char_end, text, kind, lemma) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [(a.article_id, i, *m) for i, m in enumerate(a.mentions)],
            )
            if kept:
                carry_over(conn, a.article_id, old_hash, a.content_hash, kept)

    def remove(self, article_ids: Iterable[str], busy_timeout_s: float | None = None) -> None:
        """Forget articles (their rows go with them)."""
        ids = [(article_id,) for article_id in article_ids]
        if not ids:
            return
        with self.db.connection() as conn, waiting(conn, busy_timeout_s), transaction(conn):
            conn.executemany("DELETE FROM index_articles WHERE article_id = ?", ids)
            conn.executemany("DELETE FROM index_file_stamps WHERE article_id = ?", ids)

    def get(
        self, article_ids: Iterable[str], *, mentions: bool = True
    ) -> dict[str, IndexedArticle]:
        """The indexed articles among `article_ids`, by id; without their name mentions
        unless `mentions` (building the articles does not need them)."""
        found: dict[str, IndexedArticle] = {}
        with self.db.connection() as conn:
            for ids, _ in in_chunks(article_ids):
                found.update(_read(conn, ids, mentions))
        return found

    def outlines(self, article_ids: Iterable[str]) -> dict[str, Outline]:
        """The outlines of the indexed articles among `article_ids`, by id: two columns of
        the sentences instead of every row of the article."""
        found: dict[str, Outline] = {}
        with self.db.connection() as conn:
            for ids, marks in in_chunks(article_ids):
                titles = conn.execute(
                    f"""SELECT article_id, title, content_hash FROM index_articles
                        WHERE article_id IN ({marks})""",
                    ids,
                )
                chunk = {a: Outline(a, title, [], hashed) for a, title, hashed in titles}
                rows = conn.execute(
                    f"""SELECT article_id, sentence_id, furniture FROM index_sentences
                        WHERE article_id IN ({marks}) ORDER BY article_id, position""",
                    ids,
                )
                for article_id, sentence_id, furniture in rows:
                    chunk[article_id].sentences.append((sentence_id, bool(furniture)))
                found.update(chunk)
        return found

    def mentions(self, article_ids: Iterable[str]) -> dict[str, list[MentionRow]]:
        """The name mentions of those of `article_ids` that are indexed (an empty list for
        an article without any), without reading their paragraphs and sentences."""
        found: dict[str, list[MentionRow]] = {}
        with self.db.connection() as conn:
            for chunk, marks in in_chunks(article_ids):
                rows = conn.execute(
                    f"""SELECT a.article_id, m.sentence_id, m.char_start, m.char_end, m.text,
                            m.kind, m.lemma
                        FROM index_articles a LEFT JOIN index_name_mentions m
                            ON m.article_id = a.article_id
                        WHERE a.article_id IN ({marks})
                        ORDER BY a.article_id, m.position""",
                    chunk,
                )
                for row in rows:
                    mentions = found.setdefault(row[0], [])
                    if row[1] is not None:
                        mentions.append(tuple(row)[1:])
        return found


@contextmanager
def waiting(conn: sqlite3.Connection, seconds: float | None) -> Iterator[None]:
    """Wait at most `seconds` for another writer (None: the store's usual busy timeout).

    SQLite's PRAGMA here; PostgreSQL would say `SET LOCAL lock_timeout`.
    """
    if seconds is not None:
        conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
    yield


def _kept_sentences(conn: sqlite3.Connection, article: IndexedArticle) -> tuple[str, list[str]]:
    """The content hash the article is indexed under, and the ids of its content sentences
    that are content sentences of the same text in `article`; ("", []) if it is not
    indexed, or indexed under the same hash."""
    rows = conn.execute(
        """SELECT a.content_hash, s.sentence_id, s.text
           FROM index_articles a JOIN index_sentences s ON s.article_id = a.article_id
           WHERE a.article_id = ? AND s.furniture = 0""",
        (article.article_id,),
    ).fetchall()
    if not rows or rows[0][0] == article.content_hash:
        return "", []
    before = {sentence_id: text for _, sentence_id, text in rows}
    kept = [s[0] for s in article.sentences if not s[5] and before.get(s[0]) == s[4]]
    return rows[0][0], kept


def _read(conn: sqlite3.Connection, ids: list[str], mentions: bool) -> dict[str, IndexedArticle]:
    marks = ",".join("?" * len(ids))
    found = {
        row["article_id"]: IndexedArticle(
            row["article_id"],
            row["content_hash"],
            row["lang"],
            row["title"],
            row["byline"],
            row["outlet"],
            row["date"],
        )
        for row in conn.execute(f"SELECT * FROM index_articles WHERE article_id IN ({marks})", ids)
    }
    parts: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    tables = [
        ("index_paragraphs", "position, char_start, char_end, text, kind"),
        ("index_sentences", "sentence_id, paragraph, char_start, char_end, text, furniture"),
    ]
    if mentions:
        tables.append(
            ("index_name_mentions", "sentence_id, char_start, char_end, text, kind, lemma")
        )
    for table, columns in tables:
        rows = conn.execute(
            f"SELECT article_id, {columns} FROM {table} WHERE article_id IN ({marks}) "
            "ORDER BY article_id, position",
            ids,
        )
        for row in rows:
            parts[table][row[0]].append(tuple(row)[1:])
    for article_id, article in found.items():
        article.paragraphs = parts["index_paragraphs"][article_id]
        article.sentences = [(*s[:5], bool(s[5])) for s in parts["index_sentences"][article_id]]
        article.mentions = parts["index_name_mentions"][article_id]
    return found
