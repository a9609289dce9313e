"""Backup and restore of everything reviewers made: the review store and the corpus sidecars.

A backup is one zip file:

- `reader.sqlite3`: the review store (every translation version, the glossary and its
  history, name decisions, the MT cache), copied with SQLite's online backup API inside one
  read transaction, so it is the store as it was at one moment even while reviewers save;
- `corpus/NAME.meta.json`: the articles' sidecars (metadata and page-furniture marks);
- `manifest.json`: format, schema version, rows per table, the snapshot's SHA-256, the time
  and the program's version, checked again on restore.

A restore only fills an empty (or new) data folder, so it can never overwrite anyone's work;
a sidecar is restored only where the corpus has none, and a differing one is reported.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from reader import __version__
from reader.config import Paths
from reader.corpus.metadata import SIDECAR_SUFFIX
from reader.store.db import SCHEMA_VERSION, busy_timeout, now

BACKUP_FORMAT = "reader-backup"
FORMAT_VERSION = 1
DB_MEMBER = "reader.sqlite3"
MANIFEST = "manifest.json"
WORK_PREFIX = ".reader-backup-"  # + process id: the work folder beside the target
SIDECAR_FOLDER = "corpus"
STEP_PAGES = 1024  # pages copied per backup step (4 MiB at SQLite's default page size)
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIDECAR_BYTES = 10 * 1024 * 1024
_SIDECAR_NAME = re.compile(r"[^/\\\x00]{1,200}" + re.escape(SIDECAR_SUFFIX))

Progress = Callable[[int, int], None]  # (done, total), pages for a backup, bytes for a restore


class BackupError(ValueError):
    """A backup or restore that cannot be done; the message says why and nothing was changed."""


@dataclass
class BackupReport:
    path: Path
    schema_version: int
    counts: dict[str, int]
    sidecars: list[str]


@dataclass
class RestoreReport:
    database: Path
    schema_version: int
    counts: dict[str, int]
    restored: list[str] = field(default_factory=list)  # sidecars written
    unchanged: list[str] = field(default_factory=list)  # sidecars already identical
    kept: list[str] = field(default_factory=list)  # sidecars that differ: the corpus's kept


def backup(
    paths: Paths, output: Path, on_progress: Progress | None = None, step_pages: int = STEP_PAGES
) -> BackupReport:
    """Write a backup zip to `output` (outside the data folder), atomically: a reader of
    `output` sees the old file or the complete new one, never a half-written one."""
    output = paths.check_output(output)
    if not paths.database.is_file():
        raise BackupError(f"there is no review store at {paths.database}: nothing to back up")
    _remove_work_of_killed_backups(output.parent)
    work_prefix = f"{WORK_PREFIX}{os.getpid()}-"
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=work_prefix) as tmp:
        snapshot = Path(tmp) / DB_MEMBER
        version, counts = _snapshot(paths.database, snapshot, on_progress, step_pages)
        sidecars = {p.name: p.read_bytes() for p in sorted(paths.corpus.glob("*" + SIDECAR_SUFFIX))}
        manifest = {
            "format": BACKUP_FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": version,
            "created_at": now(),
            "program": f"reader {__version__}",
            "counts": counts,
            "database_sha256": _sha256(snapshot),
            "sidecars": sorted(sidecars),
        }
        partial = Path(tmp) / "backup.zip"
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(snapshot, DB_MEMBER)
            for name, data in sidecars.items():
                zf.writestr(f"{SIDECAR_FOLDER}/{name}", data)
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        _fsync(partial)
        os.replace(partial, output)
    return BackupReport(output, version, counts, sorted(sidecars))


def _remove_work_of_killed_backups(folder: Path) -> None:
    """A backup killed outright (kill -9, power loss) leaves its work folder, named with its
    process id, beside the target; the next backup there removes those whose process is gone."""
    for work in folder.glob(f"{WORK_PREFIX}*-*"):
        pid = work.name.removeprefix(WORK_PREFIX).split("-", 1)[0]
        if work.is_dir() and pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(work, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):  # another user's process; not a process id
        return True
    return True


def _snapshot(
    database: Path, dest: Path, on_progress: Progress | None, step_pages: int
) -> tuple[int, dict[str, int]]:
    """Copy the store to `dest` step by step inside one read transaction on the source.

    Held across all steps, the read transaction pins one moment of the WAL database: writers
    go on committing, yet the copy never restarts and never mixes two moments (it would, step
    by step, without it). Returns the schema version and rows per table, both as copied.
    """
    source = sqlite3.connect(database, timeout=busy_timeout(), isolation_level=None)
    target = sqlite3.connect(dest, isolation_level=None)
    with closing(source), closing(target):
        source.execute("BEGIN")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise BackupError(
                f"the store has schema version {version}, newer than this program's "
                f"{SCHEMA_VERSION}; back it up with the program that wrote it"
            )
        counts = _counts(source)

        def progress(_status: int, remaining: int, total: int) -> None:
            if on_progress:
                on_progress(total - remaining, total)

        source.backup(target, pages=step_pages, progress=progress, sleep=0)
        source.execute("COMMIT")
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        _check_database(target, "the snapshot")
        if _counts(target) != counts:
            raise BackupError("the snapshot's row counts differ from the store's; try again")
    return version, counts


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _check_database(conn: sqlite3.Connection, what: str) -> None:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        raise BackupError(f"{what} fails SQLite's integrity check: {'; '.join(rows[:3])}")


def restore(paths: Paths, source: Path, on_progress: Progress | None = None) -> RestoreReport:
    """Restore a backup into an empty or new data folder; refuse anything else whole."""
    data = paths.data
    if data.exists() and not data.is_dir():
        raise BackupError(f"{data} is not a folder")
    if data.is_dir() and (present := sorted(p.name for p in data.iterdir())):
        raise BackupError(
            f"the data folder {data} is not empty ({', '.join(present[:5])}); restore only into "
            "an empty or new folder (--data NEW_FOLDER), so nothing there is overwritten"
        )
    name = Path(source).name
    created = not data.exists()
    try:
        with zipfile.ZipFile(source) as zf:
            manifest = _read_manifest(zf, name)
            data.mkdir(parents=True, exist_ok=True)
            counts = _restore_database(zf, manifest, paths.database, name, on_progress)
            report = RestoreReport(paths.database, manifest["schema_version"], counts)
            _restore_sidecars(zf, manifest, paths.corpus, report)
    except zipfile.BadZipFile:
        raise BackupError(f"{name} is not a Reader backup (not a zip file, or damaged)") from None
    except (OSError, EOFError, sqlite3.Error, zlib.error) as exc:
        raise BackupError(f"could not restore {name}: {exc}") from None
    finally:
        if created and data.is_dir() and not any(data.iterdir()):
            data.rmdir()  # a refused restore leaves no empty folder behind
    return report


def _read_manifest(zf: zipfile.ZipFile, name: str) -> dict:
    """The manifest, checked against the zip's listing before anything is written."""
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise BackupError(f"{name} is not a Reader backup (no {MANIFEST})") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise BackupError(f"{name}: {MANIFEST} is too large")
    try:
        manifest = json.loads(zf.read(info).decode("utf-8"))
    except ValueError as exc:
        raise BackupError(f"{name}: {MANIFEST} is not valid JSON ({exc})") from None
    except RecursionError:
        raise BackupError(f"{name}: {MANIFEST} is nested too deeply") from None
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise BackupError(f"{name} is not a Reader backup (its manifest says otherwise)")
    fmt, schema = manifest.get("format_version"), manifest.get("schema_version")
    if not isinstance(fmt, int) or not isinstance(schema, int):
        raise BackupError(f"{name}: the manifest has no format or schema version")
    if fmt > FORMAT_VERSION or schema > SCHEMA_VERSION:
        raise BackupError(
            f"{name} was made by a newer version of this program (backup format {fmt}, schema "
            f"{schema}; this program knows {FORMAT_VERSION} and {SCHEMA_VERSION}): update it"
        )
    counts, sidecars = manifest.get("counts"), manifest.get("sidecars")
    if not isinstance(counts, dict) or not isinstance(sidecars, list):
        raise BackupError(f"{name}: the manifest has no counts or sidecar list")
    if not all(isinstance(s, str) and _SIDECAR_NAME.fullmatch(s) for s in sidecars):
        raise BackupError(f"{name}: the manifest lists a strange sidecar name")
    expected = {DB_MEMBER, MANIFEST} | {f"{SIDECAR_FOLDER}/{s}" for s in sidecars}
    listed = {i.filename for i in zf.infolist()}
    if listed != expected:
        odd = sorted(listed ^ expected)[:5]
        raise BackupError(f"{name}: its files do not match its manifest ({', '.join(odd)})")
    for info in zf.infolist():
        if info.filename.startswith(f"{SIDECAR_FOLDER}/") and info.file_size > MAX_SIDECAR_BYTES:
            raise BackupError(f"{name}: {info.filename} is too large for a sidecar")
    return manifest


def _restore_database(
    zf: zipfile.ZipFile, manifest: dict, database: Path, name: str, on_progress: Progress | None
) -> dict[str, int]:
    """Unpack the snapshot beside its final place, check it, then link it in (never over a
    store that appeared meanwhile)."""
    info = zf.getinfo(DB_MEMBER)
    free = shutil.disk_usage(database.parent).free
    if info.file_size > free:
        raise BackupError(
            f"not enough disk space in {database.parent}: the store needs "
            f"{info.file_size / 2**20:.0f} MB, {free / 2**20:.0f} MB are free"
        )
    staging = database.with_name(f".restoring-{uuid.uuid4().hex}.sqlite3")
    try:
        digest = hashlib.sha256()
        with zf.open(info) as src, open(staging, "xb") as out:
            while chunk := src.read(1024 * 1024):
                digest.update(chunk)
                out.write(chunk)
                if on_progress:
                    on_progress(out.tell(), info.file_size)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != manifest.get("database_sha256"):
            raise BackupError(f"{name}: the store inside does not match its manifest (SHA-256)")
        counts = _check_snapshot(staging, manifest, name)
        try:
            os.link(staging, database)
        except FileExistsError:
            raise BackupError(
                f"{database} appeared while restoring; nothing was replaced"
            ) from None
    finally:
        staging.unlink(missing_ok=True)
    return counts


def _check_snapshot(path: Path, manifest: dict, name: str) -> dict[str, int]:
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            _check_database(conn, f"the store in {name}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            counts = _counts(conn)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"the store in {name} is not a usable SQLite database ({exc})") from None
    if version != manifest["schema_version"] or counts != manifest["counts"]:
        raise BackupError(f"{name}: the store inside does not match its manifest")
    return counts


def _restore_sidecars(
    zf: zipfile.ZipFile, manifest: dict, corpus: Path, report: RestoreReport
) -> None:
    """Write each sidecar the corpus lacks; an existing one is never replaced."""
    for sidecar in manifest["sidecars"]:
        data = zf.read(f"{SIDECAR_FOLDER}/{sidecar}")
        target = corpus / sidecar
        if target.exists():
            (report.unchanged if target.read_bytes() == data else report.kept).append(sidecar)
            continue
        corpus.mkdir(parents=True, exist_ok=True)
        partial = corpus / f".{sidecar}.{uuid.uuid4().hex}.tmp"
        try:
            partial.write_bytes(data)
            _fsync(partial)
            os.link(partial, target)  # never over a sidecar written meanwhile
            report.restored.append(sidecar)
        except FileExistsError:
            report.kept.append(sidecar)
        finally:
            partial.unlink(missing_ok=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())
