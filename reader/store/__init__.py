"""The review store: SQLite (WAL) with schema migrations and append-only versions."""

from reader.store.db import SCHEMA_VERSION, Database, StoreBusy, StoreError, open_db
from reader.store.translations import (
    ORIGINS,
    STATUSES,
    SaveResult,
    TranslationStore,
    Version,
)

__all__ = [
    "ORIGINS",
    "SCHEMA_VERSION",
    "STATUSES",
    "Database",
    "SaveResult",
    "StoreBusy",
    "StoreError",
    "TranslationStore",
    "Version",
    "open_db",
]
