"""Backup and restore: a consistent snapshot while another process saves, a full round trip,
refusals that change nothing, and no command writing a file into the data folder.

Real SQLite files, a real writer process, real zips and the real CLI; nothing is mocked.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from reader.config import REPO_ROOT, Paths, resolve_paths
from reader.corpus.loader import load_corpus
from reader.corpus.metadata import set_furniture
from reader.glossary import GlossaryEntry, Variant
from reader.names.decisions import NameDecisions
from reader.store import SCHEMA_VERSION
from reader.store.backup import BackupError, backup, restore
from reader.workspace import Workspace

ARTICLE = "003_3eaa36a4e0c2b786"
MANIFEST = "manifest.json"

WRITER = """
import sys
from pathlib import Path
from reader.store import TranslationStore

store, stop = TranslationStore(Path(sys.argv[1])), Path(sys.argv[2])
n = 0
while not stop.exists():
    n += 1
    store.save("art", f"w{n}", "ru", "текст " * 300, author="writer", base_id=None)
"""


def paths_for(root: Path, name: str, corpus: Path) -> Paths:
    return resolve_paths(data=root / name, corpus=corpus)


def table_rows(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order."""
    with closing(sqlite3.connect(database)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def live_count(database: Path) -> int:
    with closing(sqlite3.connect(database, timeout=30)) as conn:
        return conn.execute("SELECT count(*) FROM translation_versions").fetchone()[0]


def snapshot_of(archive: Path, into: Path) -> tuple[Path, dict]:
    with zipfile.ZipFile(archive) as zf:
        zf.extract("reader.sqlite3", into)
        return into / "reader.sqlite3", json.loads(zf.read("manifest.json"))


def folder_state(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --- a snapshot while another process writes ---------------------------------------------------


def test_backup_while_another_process_saves_is_the_store_at_one_moment(
    workspace: Workspace, tmp_path: Path
):
    database = workspace.paths.database
    for n in range(200):  # enough pages for many one-page backup steps
        workspace.translations.save("art", f"s{n}", "ru", "текст " * 300, author="a", base_id=None)
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), str(stop)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    seen: list[int] = []

    def wait_for_a_commit_mid_backup(done: int, total: int) -> None:
        """On the first step, wait until the writer has committed after the backup began."""
        if not seen:
            start = live_count(database)
            deadline = time.monotonic() + 60
            while live_count(database) == start and time.monotonic() < deadline:
                time.sleep(0.01)
        seen.append(live_count(database))

    try:
        report = backup(
            workspace.paths,
            tmp_path / "b.zip",
            on_progress=wait_for_a_commit_mid_backup,
            step_pages=1,
        )
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert writer.returncode == 0
    snapshot, manifest = snapshot_of(tmp_path / "b.zip", tmp_path / "snap")
    with closing(sqlite3.connect(snapshot)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in conn.execute("SELECT id FROM translation_versions ORDER BY id")]
    n = manifest["counts"]["translation_versions"]
    assert report.counts == manifest["counts"]
    assert len(seen) > 1  # many steps …
    assert max(seen) > n  # … and the writer committed while they ran
    assert ids == list(range(1, n + 1))  # a prefix of the append-only log: one moment
    live = table_rows(database)["translation_versions"]
    assert table_rows(snapshot)["translation_versions"] == live[:n]


# --- round trip ---------------------------------------------------------------------------------


@pytest.fixture
def rich(indexed_data_dir: Path, corpus_dir: Path) -> Workspace:
    """A store with every kind of record, and furniture marks in a sidecar."""
    ws = Workspace(resolve_paths(data=indexed_data_dir, corpus=corpus_dir))
    article = ws.corpus().get(ARTICLE)
    ws.sync_translation_files(article)
    sid = article.content_sentences()[0].id
    head = ws.translations.head(ARTICLE, sid, "ru")
    mine = ws.translations.save(ARTICLE, sid, "ru", "Моя правка", author="Aida", base_id=head.id)
    ws.translations.save(ARTICLE, sid, "ru", "Чужая правка", author="Bolot", base_id=head.id)
    ws.translations.approve(ARTICLE, sid, "ru", author="Aida", base_id=mine.version.id)
    entry = ws.glossary.create(
        GlossaryEntry(
            [
                Variant("en", "Sadyr Japarov", "preferred"),
                Variant("ru", "Садыр Жапаров", "preferred"),
            ]
        ),
        "Aida",
    )
    entry.variants.append(Variant("ru", "Садыр Джапаров", "deprecated"))
    ws.glossary.update(entry, "Bolot")
    gone = ws.glossary.create(GlossaryEntry([Variant("en", "Bishkek", "preferred")]), "Aida")
    ws.glossary.delete(gone.id, gone.rev, "Aida")
    names = NameDecisions(ws.paths.database)
    names.dismiss("k:one", "Aida")
    merged = names.merge(["k:two", "k:three"], "Bolot")
    names.undo(merged.id, "Aida")
    paragraphs = [s.text for s in article.sentences if s.paragraph == 1]
    set_furniture(corpus_dir / f"{ARTICLE}.txt", paragraphs[0], True)
    return ws


def test_restore_round_trip_gives_back_every_record_and_every_furniture_mark(
    rich: Workspace, tmp_path: Path
):
    corpus = rich.paths.corpus
    sidecars = {p.name: p.read_bytes() for p in corpus.glob("*.meta.json")}
    furniture = {a.id: [s.furniture for s in a.sentences] for a in load_corpus(corpus).articles}
    archive = tmp_path / "backup.zip"
    report = backup(rich.paths, archive)
    assert report.counts["translation_versions"] > 0 and report.counts["name_decisions"] == 3
    assert report.sidecars == sorted(sidecars)

    fresh_corpus = tmp_path / "fresh-corpus"
    shutil.copytree(corpus, fresh_corpus, ignore=shutil.ignore_patterns("*.meta.json"))
    (fresh_corpus / sorted(sidecars)[0]).write_bytes(sidecars[sorted(sidecars)[0]])
    target = paths_for(tmp_path, "restored", fresh_corpus)
    restored = restore(target, archive)
    assert restored.counts == report.counts
    assert restored.unchanged == sorted(sidecars)[:1] and not restored.kept
    assert restored.restored == sorted(sidecars)[1:]

    assert table_rows(target.database) == table_rows(rich.paths.database)
    assert {p.name: p.read_bytes() for p in fresh_corpus.glob("*.meta.json")} == sidecars
    again = Workspace(target)
    article = again.corpus().get(ARTICLE)
    sid = article.content_sentences()[0].id
    assert again.translations.history(ARTICLE, sid, "ru") == rich.translations.history(
        ARTICLE, sid, "ru"
    )
    assert [e.id for e in again.glossary.list()] == [e.id for e in rich.glossary.list()]
    for entry in rich.glossary.list():
        assert again.glossary.history(entry.id) == rich.glossary.history(entry.id)
    assert NameDecisions(target.database).history() == NameDecisions(rich.paths.database).history()
    assert {
        a.id: [s.furniture for s in a.sentences] for a in load_corpus(fresh_corpus).articles
    } == furniture


def test_a_differing_sidecar_is_kept_and_reported(rich: Workspace, tmp_path: Path):
    archive = tmp_path / "backup.zip"
    backup(rich.paths, archive)
    sidecar = rich.paths.corpus / f"{ARTICLE}.meta.json"
    sidecar.write_text('{"title": "theirs"}\n', encoding="utf-8")
    report = restore(paths_for(tmp_path, "restored", rich.paths.corpus), archive)
    assert report.kept == [sidecar.name] and not report.restored
    assert sidecar.read_text(encoding="utf-8") == '{"title": "theirs"}\n'


# --- refusals -------------------------------------------------------------------------------


def test_restore_refuses_a_data_folder_that_is_not_empty(rich: Workspace, tmp_path: Path):
    archive = tmp_path / "backup.zip"
    backup(rich.paths, archive)
    before = folder_state(rich.paths.data), folder_state(rich.paths.corpus)
    with pytest.raises(BackupError, match=r"is not empty \(reader\.sqlite3.*--data NEW_FOLDER"):
        restore(rich.paths, archive)
    assert (folder_state(rich.paths.data), folder_state(rich.paths.corpus)) == before


def _rezip(archive: Path, change) -> bytes:
    """The backup with its members passed through `change(name, data) -> {name: data}`."""
    out = io.BytesIO()
    with zipfile.ZipFile(archive) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            for name, data in change(info.filename, zin.read(info)).items():
                zout.writestr(name, data)
    return out.getvalue()


def _manifest(update: dict):
    def change(name: str, data: bytes) -> dict:
        if name == MANIFEST:
            data = json.dumps({**json.loads(data), **update}).encode()
        return {name: data}

    return change


def _corrupt_pages(name: str, data: bytes) -> dict:
    """Damage the snapshot's pages, and fix the manifest's SHA-256 to match."""
    if name != "reader.sqlite3":
        return {name: data}
    page = 4096
    broken = data[: 2 * page] + bytes(range(256)) * (len(data[2 * page :]) // 256 + 1)
    return {name: broken[: len(data)]}


def _corrupt_with_matching_hash(archive: Path) -> bytes:
    with zipfile.ZipFile(archive) as zf:
        broken = _corrupt_pages("reader.sqlite3", zf.read("reader.sqlite3"))["reader.sqlite3"]
    sha = hashlib.sha256(broken).hexdigest()
    return _rezip(
        archive,
        lambda n, d: (
            {n: broken} if n == "reader.sqlite3" else _manifest({"database_sha256": sha})(n, d)
        ),
    )


BAD_FILES = {
    "random bytes": (lambda a: os.urandom(4096), r"not a Reader backup \(not a zip file"),
    "glossary export": (lambda a: b'[{"id": 1}]', r"not a Reader backup \(not a zip file"),
    "zip without manifest": (
        lambda a: _rezip(a, lambda n, d: {} if n == MANIFEST else {n: d}),
        r"not a Reader backup \(no manifest\.json\)",
    ),
    "another zip's manifest": (
        lambda a: _rezip(a, _manifest({"format": "other"})),
        "not a Reader backup",
    ),
    "newer schema": (
        lambda a: _rezip(a, _manifest({"schema_version": SCHEMA_VERSION + 1})),
        "made by a newer version of this program",
    ),
    "extra member": (
        lambda a: _rezip(a, lambda n, d: {n: d, "../evil": b"x"} if n == MANIFEST else {n: d}),
        r"do not match its manifest \(\.\./evil\)",
    ),
    "tampered store": (
        lambda a: _rezip(a, _corrupt_pages),
        r"does not match its manifest \(SHA-256\)",
    ),
    "corrupt store": (_corrupt_with_matching_hash, "integrity check|not a usable SQLite"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_restore_refuses_a_corrupt_or_foreign_file_and_writes_nothing(
    case: str, rich: Workspace, tmp_path: Path
):
    make, message = BAD_FILES[case]
    archive = tmp_path / "backup.zip"
    backup(rich.paths, archive)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(make(archive))
    fresh_corpus = tmp_path / "fresh-corpus"
    fresh_corpus.mkdir()
    target = paths_for(tmp_path, "restored", fresh_corpus)
    with pytest.raises(BackupError, match=message):
        restore(target, bad)
    assert not target.data.exists()
    assert list(fresh_corpus.iterdir()) == []
    assert not (tmp_path / "evil").exists()


def test_backup_refuses_an_output_inside_the_data_folder(rich: Workspace, tmp_path: Path):
    link = tmp_path / "link"
    link.symlink_to(rich.paths.data)
    before = folder_state(rich.paths.data)
    for output in (
        rich.paths.database,
        rich.paths.data / "backup.zip",
        rich.paths.data / "sub" / ".." / "b.zip",
        link / "b.zip",
    ):
        with pytest.raises(ValueError, match="inside the data folder"):
            backup(rich.paths, output)
    assert folder_state(rich.paths.data) == before


# --- the CLI ----------------------------------------------------------------------------------


def cli(*args: str, paths: Paths) -> subprocess.CompletedProcess:
    where = ["--data", str(paths.data), "--corpus", str(paths.corpus)]
    return subprocess.run(
        [sys.executable, "-m", "reader", *where, *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )


def test_cli_glossary_export_onto_the_store_is_refused_and_the_store_unchanged(
    rich: Workspace,
):
    rich.close()  # its WAL checkpointed into the file: the bytes compared are the whole store
    before = rich.paths.database.read_bytes()
    for output in (rich.paths.database, rich.paths.data / "glossary.json"):
        result = cli("glossary", "export", "--format", "json", "-o", str(output), paths=rich.paths)
        assert result.returncode == 1
        assert result.stderr.startswith("reader: error: refusing to write ")
        assert "inside the data folder" in result.stderr and "Traceback" not in result.stderr
    assert rich.paths.database.read_bytes() == before
    assert not (rich.paths.data / "glossary.json").exists()


def test_an_export_onto_a_hard_link_of_the_store_leaves_the_store_whole(
    rich: Workspace, tmp_path: Path
):
    rich.close()  # its WAL checkpointed into the file: the bytes compared are the whole store
    before = rich.paths.database.read_bytes()
    link = tmp_path / "glossary.json"
    os.link(rich.paths.database, link)  # the same file under a name outside the data folder
    result = cli("glossary", "export", "--format", "json", "-o", str(link), paths=rich.paths)
    assert result.returncode == 0, result.stderr
    assert rich.paths.database.read_bytes() == before
    assert json.loads(link.read_text(encoding="utf-8"))["entries"]


def test_cli_outputs_never_land_in_the_corpus_or_on_a_special_file(rich: Workspace, tmp_path: Path):
    article = rich.paths.corpus / f"{ARTICLE}.txt"
    text = article.read_bytes()
    sidecar = rich.paths.corpus / f"{ARTICLE}.meta.json"
    marks = sidecar.read_bytes()
    export = ("glossary", "export", "--format", "csv", "-o")
    for args in ((*export, str(article)), ("backup", "-o", str(sidecar))):
        result = cli(*args, paths=rich.paths)
        assert result.returncode == 1 and "inside the corpus folder" in result.stderr
    assert article.read_bytes() == text and sidecar.read_bytes() == marks
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for args in ((*export, str(pipe)), ("backup", "-o", str(pipe))):
        result = cli(*args, paths=rich.paths)
        assert result.returncode == 1 and "not a regular file" in result.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_cli_backup_and_restore_round_trip(rich: Workspace, tmp_path: Path):
    archive = tmp_path / "backup.zip"
    result = cli("backup", "-o", str(archive), paths=rich.paths)
    assert result.returncode == 0, result.stderr
    assert f"wrote {archive}: schema {SCHEMA_VERSION}" in result.stderr
    assert "3 name_decisions" in result.stderr
    assert "backup: 100%" in result.stderr  # the progress bar, in pages

    refused = cli("backup", "-o", str(rich.paths.data / "b.zip"), paths=rich.paths)
    assert refused.returncode == 1 and "inside the data folder" in refused.stderr
    refused = cli("restore", str(archive), paths=rich.paths)
    assert refused.returncode == 1
    assert refused.stderr.startswith("reader: error: the data folder ")
    assert "Traceback" not in refused.stderr
    junk = tmp_path / "junk.zip"
    junk.write_bytes(os.urandom(1000))
    target = paths_for(tmp_path, "restored", rich.paths.corpus)
    refused = cli("restore", str(junk), paths=target)
    assert refused.returncode == 1 and "not a Reader backup" in refused.stderr
    assert "Traceback" not in refused.stderr

    result = cli("restore", str(archive), paths=target)
    assert result.returncode == 0, result.stderr
    assert f"restored {target.database}" in result.stderr
    assert "0 restored, 5 already identical, 0 differing" in result.stderr
    assert table_rows(target.database) == table_rows(rich.paths.database)


def test_a_backup_removes_work_folders_of_killed_backups_only(rich: Workspace, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    killed = out / ".reader-backup-999999999-abcd"  # no process has this id
    killed.mkdir()
    (killed / "reader.sqlite3").write_bytes(b"half a snapshot")
    running = out / f".reader-backup-{os.getpid()}-abcd"  # a backup still at work
    running.mkdir()
    backup(rich.paths, out / "b.zip")
    assert not killed.exists()
    assert running.is_dir()
    assert sorted(p.name for p in out.iterdir()) == [running.name, "b.zip"]
