"""Open the SQLite database, in WAL mode, migrated to the current schema.

A `Database` is one database file for one process (a Workspace owns one, and every store of
that workspace shares it): it is migrated once, when made, and then hands each thread its own
connection (the app runs each session in a thread of its own, with one cached Workspace), made
on first use and closed with the Database.

Another process may hold the write lock (a long import, a script, an open `sqlite3` shell).
SQLite's busy handler then retries, sleeping a little longer each time (1 ms up to 100 ms),
for up to the busy timeout; if the lock is still held, the write fails as StoreBusy and
nothing is written. Readers are not blocked by a writer in WAL mode.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from reader.store.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_ENV = "READER_DB_BUSY_TIMEOUT"
BUSY_TIMEOUT_S = 5.0  # a save waits this long for another writer, then says "busy"
MAX_BUSY_TIMEOUT_S = 600.0


class StoreError(RuntimeError):
    """The database cannot be used; the message says why."""


class StoreBusy(StoreError):
    """Another process kept the write lock past the busy timeout; nothing was written."""


def busy_timeout() -> float:
    """Seconds to wait for another writer: $READER_DB_BUSY_TIMEOUT, else BUSY_TIMEOUT_S."""
    raw = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not raw:
        return BUSY_TIMEOUT_S
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds <= MAX_BUSY_TIMEOUT_S:
        raise StoreError(
            f"{BUSY_TIMEOUT_ENV} must be a number of seconds from 0 to {MAX_BUSY_TIMEOUT_S:g}, "
            f"not {raw!r}"
        )
    return seconds


def database(db: Database | Path) -> Database:
    """The Database itself, or a new one of its own for a store made from a bare path."""
    return db if isinstance(db, Database) else Database(db)


T = TypeVar("T")
QUERY_CHUNK = 500  # values per `IN (...)`, well under SQLite's limit on bound parameters


def in_chunks(values: Iterable[T]) -> Iterator[tuple[list[T], str]]:
    """The distinct `values`, in order, a QUERY_CHUNK at a time, each slice with the `?,?,...`
    of its `IN (...)`: one query per slice, however many values are asked for."""
    wanted = list(dict.fromkeys(values))
    for start in range(0, len(wanted), QUERY_CHUNK):
        part = wanted[start : start + QUERY_CHUNK]
        yield part, ",".join("?" * len(part))


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Database:
    """One database file, migrated once, with a connection per thread that uses it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conns: dict[threading.Thread, Connection] = {}
        self._conns[threading.current_thread()] = open_db(self.path)
        self._close = weakref.finalize(self, _close_all, self._conns)

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """This thread's connection, with the busy timeout the environment says now."""
        conn = self._conns.get(threading.current_thread())
        if conn is None:
            conn = self._connect()
        conn.set_busy_timeout(busy_timeout())
        yield conn

    def _connect(self) -> Connection:
        """A new connection for this thread; those of finished threads are closed first."""
        with self._lock:
            if not self._close.alive:
                raise StoreError(f"the database {self.path} was closed")
            for thread in [t for t in self._conns if not t.is_alive()]:
                self._conns.pop(thread).close()
            conn = _connect(self.path)
            self._conns[threading.current_thread()] = conn
        return conn

    @property
    def open_connections(self) -> int:
        return len(self._conns)

    def close(self) -> None:
        """Close every thread's connection; the Database cannot be used afterwards."""
        with self._lock:
            self._close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _close_all(conns: dict[threading.Thread, Connection]) -> None:
    for conn in conns.values():
        conn.close()
    conns.clear()


class Connection(sqlite3.Connection):
    """A connection that remembers its busy timeout, so setting it again costs no query."""

    busy_ms: int | None = None

    def set_busy_timeout(self, seconds: float) -> None:
        ms = int(seconds * 1000)
        if ms != self.busy_ms:
            self.execute(f"PRAGMA busy_timeout = {ms}")
            self.busy_ms = ms


def _connect(path: Path) -> Connection:
    """A connection with rows by name and foreign keys on; usable from the thread that closes
    it (Database keeps each connection to one thread)."""
    conn = sqlite3.connect(
        path,
        timeout=busy_timeout(),
        isolation_level=None,
        check_same_thread=False,
        factory=Connection,
    )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_db(path: Path) -> Connection:
    """A connection with foreign keys on, migrated; refuses a database newer than this code.

    Switching a new database to WAL and migrating it need the write lock, so they can be busy.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path)
    try:
        _refuse_newer(conn)  # before anything writes: a newer program's store stays untouched
        with _busy_is_store_busy(conn):
            conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _refuse_newer(conn: sqlite3.Connection) -> int:
    """The schema version, unless a newer program wrote the database."""
    with _busy_is_store_busy(conn):
        current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {current}, newer than this program's "
            f"{SCHEMA_VERSION}; update the program"
        )
    return current


def migrate(conn: sqlite3.Connection) -> None:
    if _refuse_newer(conn) == SCHEMA_VERSION:
        return
    with transaction(conn, "EXCLUSIVE"):
        current = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    return [s.strip() for s in script.split(";") if s.strip()]


@contextmanager
def transaction(conn: sqlite3.Connection, mode: str = "IMMEDIATE") -> Iterator[None]:
    """An explicit transaction; IMMEDIATE takes the write lock before reading heads.

    Keep the body short, only reads and writes of this database: every other writer waits
    for it. A lock held elsewhere past the busy timeout raises StoreBusy, with nothing written.
    """
    with _busy_is_store_busy(conn):
        conn.execute(f"BEGIN {mode}")
    try:
        yield
        with _busy_is_store_busy(conn):
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def _busy_is_store_busy(conn: sqlite3.Connection) -> Iterator[None]:
    """Turn SQLite's "database is locked" (after its own retries) into StoreBusy."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
            raise
        waited = conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
        raise StoreBusy(
            f"the review database is busy (another process has been writing to it for over "
            f"{waited:g} s); nothing was saved, try again in a moment"
        ) from exc
