"""Glossary imports never silently revert or replace, and refuse malformed files whole.

CLI probes call the CLI's `main` in-process; the malformed-file probes and the piped input run
`python -m reader` as a real subprocess (the error exit and a clean stderr are their point). The
core is tested beside them.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cli_in_process import run_cli

from reader.config import REPO_ROOT
from reader.glossary.entries import GlossaryEntry, GlossaryError, Variant
from reader.glossary.formats import (
    MAX_IMPORT_BYTES,
    export_entries,
    format_for_filename,
    import_entries,
    read_import_file,
)
from reader.store.findings import FindingStore
from reader.store.glossary import GlossaryConflict, GlossaryStore

FORMATS = ["csv", "json", "tbx"]


def run(data: Path, *args: str) -> subprocess.CompletedProcess:
    return run_cli("--data", str(data), *args)


def run_process(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data", str(data), *args],
        capture_output=True,
        cwd=REPO_ROOT,
        env=dict(os.environ),
        timeout=120,
    )


def stderr(result: subprocess.CompletedProcess) -> str:
    text = result.stderr.decode("utf-8")
    assert "Traceback" not in text
    return text


def japarov() -> GlossaryEntry:
    return GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Japarov", "admitted"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Садыр Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
        ]
    )


def putin() -> GlossaryEntry:
    return GlossaryEntry([Variant("en", "Vladimir Putin", "preferred")])


@pytest.fixture
def store(data_dir: Path) -> GlossaryStore:
    return GlossaryStore(data_dir / "reader.sqlite3")


def export(data: Path, fmt: str, path: Path) -> Path:
    result = run(data, "glossary", "export", "--format", fmt, "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


# --- item 4: no silent revert or replace -----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_older_export_is_refused_naming_who_changed_the_entry_since(
    fmt: str, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    entry = store.create(japarov(), "Aida")
    old = export(data_dir, fmt, tmp_path / f"old.{fmt}")
    entry.note = "Bakyt's later edit"
    store.update(entry, "Bakyt")

    result = run(data_dir, "glossary", "import", str(old), "--reviewer", "Chynara")
    assert result.returncode == 1
    message = stderr(result)
    assert "Sadyr Japarov (#1, file revision 1): revision 2 by Bakyt" in message
    assert "nothing was imported" in message and "overwrite" in message
    kept = store.get(entry.id)
    assert (kept.note, kept.updated_by, kept.rev) == ("Bakyt's later edit", "Bakyt", 2)

    forced = run(data_dir, "glossary", "import", str(old), "--reviewer", "Chynara", "--overwrite")
    assert forced.returncode == 0, forced.stderr
    assert "overwrote newer changes to Sadyr Japarov" in stderr(forced)
    reverted = store.get(entry.id)
    assert (reverted.note, reverted.updated_by, reverted.rev) == ("", "Chynara", 3)
    assert [h["author"] for h in store.history(entry.id)] == ["Aida", "Bakyt", "Chynara"]


def test_an_entry_deleted_since_the_export_is_not_brought_back_silently(
    store: GlossaryStore, tmp_path: Path
):
    entry = store.create(japarov(), "Aida")
    old = tmp_path / "old.json"
    old.write_bytes(export_entries(store.list(), "json", store.store_id))
    store.delete(entry.id, entry.rev, "Bakyt")
    file = import_entries(old.read_bytes(), "json")
    with pytest.raises(
        GlossaryConflict, match=r"Sadyr Japarov \(#1, file revision 1\): deleted by"
    ):
        store.import_entries(file, "Chynara", store_id=file.store_id)
    assert store.list() == []
    report = store.import_entries(file, "Chynara", store_id=file.store_id, overwrite=True)
    assert report.created == 1 and store.get(entry.id).english == "Sadyr Japarov"


def test_the_importer_not_the_file_is_the_author_of_imported_changes(
    store: GlossaryStore, tmp_path: Path
):
    entry = store.create(japarov(), "Aida")
    (exported,) = import_entries(export_entries(store.list(), "json", store.store_id), "json")
    exported.note, exported.updated_by, exported.created_by = "new note", "Mallory", "Mallory"
    report = store.import_entries([exported], "Chynara", store_id=store.store_id)
    assert report.updated == 1
    saved = store.get(entry.id)
    assert (saved.note, saved.created_by, saved.updated_by) == ("new note", "Aida", "Chynara")
    assert store.history(entry.id)[-1]["author"] == "Chynara"


def test_ids_from_another_glossary_never_match_local_entries(
    store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    store.create(japarov(), "Aida")  # id 1 here
    other = tmp_path / "other"
    GlossaryStore(other / "reader.sqlite3").create(putin(), "Zed")  # id 1 there
    for fmt in FORMATS:
        file = export(other, fmt, tmp_path / f"other.{fmt}")
        result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
        assert result.returncode == 0, result.stderr
        assert "1 id(s) not used: the file comes from another glossary" in stderr(result)
        assert store.get(1).english == "Sadyr Japarov"
        assert [e.english for e in store.list()] == ["Sadyr Japarov", "Vladimir Putin"]
    assert "1 matched by preferred English name (Vladimir Putin)" in stderr(result)
    assert store.list()[1].created_by == "Chynara"


def test_case_only_duplicates_in_one_file_are_reported(
    store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    file = tmp_path / "case.csv"
    file.write_text(
        "english,lang,term,status\nPutin,en,Putin,preferred\nputin,en,putin,preferred\n"
        "putin,ru,Путин,preferred\n",
        encoding="utf-8",
    )
    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 1
    assert "'Putin' and 'putin' differ only in case" in stderr(result)
    assert store.list() == []


def test_ids_are_never_reused(store: GlossaryStore):
    first = store.create(japarov(), "Aida")
    store.delete(first.id, first.rev, "Aida")
    assert store.create(putin(), "Aida").id == first.id + 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_import_export_is_byte_identical(
    fmt: str, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    store.create(japarov(), "Aida")
    store.create(putin(), "Bakyt")
    first = export(data_dir, fmt, tmp_path / f"first.{fmt}")
    result = run(data_dir, "glossary", "import", str(first), "--reviewer", "Chynara")
    assert result.returncode == 0, result.stderr
    assert "0 new, 0 updated, 2 unchanged" in stderr(result)
    assert export(data_dir, fmt, tmp_path / f"again.{fmt}").read_bytes() == first.read_bytes()


def test_the_store_id_is_made_once_and_exported(store: GlossaryStore, data_dir: Path):
    assert store.store_id == GlossaryStore(data_dir / "reader.sqlite3").store_id
    assert store.store_id != GlossaryStore(data_dir / "other.sqlite3").store_id
    store.create(japarov(), "Aida")
    for fmt in FORMATS:
        data = export_entries(store.list(), fmt, store.store_id)
        file = import_entries(data, fmt)
        assert file.store_id == store.store_id and file[0].rev == 1


# --- item 5: malformed files are refused whole -------------------------------------------------


def test_an_unclosed_quote_refuses_the_csv(store: GlossaryStore, data_dir: Path, tmp_path: Path):
    entry = store.create(japarov(), "Aida")
    file = export(data_dir, "csv", tmp_path / "q.csv")
    lines = file.read_bytes().decode("utf-8-sig").split("\r\n")
    lines[2] = lines[2].replace(",Japarov,", ',"Japarov,')
    file.write_bytes("\r\n".join(lines).encode("utf-8"))
    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 1
    assert "row 3 (line 3): a quoted cell starts here and its closing quote is missing" in stderr(
        result
    )
    assert store.get(entry.id).variants == japarov().variants


def test_a_row_with_missing_cells_is_reported_by_number():
    data = b"english,lang,term,status\r\nOsh,en,Osh,preferred\r\nOsh,ru\r\n"
    with pytest.raises(GlossaryError, match="row 3: 2 cells but the header has 4 columns"):
        import_entries(data, "csv")


@pytest.mark.parametrize("bad", ["Pu\x00tin", "Pu\ntin", "Pu\x1btin", "P" * 201])
def test_a_bad_term_is_refused_on_import_and_on_save(
    bad: str, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    doc = {
        "format": "reader-glossary",
        "version": 2,
        "store": None,
        "entries": [{"id": None, "variants": [{"lang": "en", "term": bad, "status": "preferred"}]}],
    }
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 1
    assert "entry 1" in stderr(result) and "en term" in stderr(result)
    with pytest.raises(GlossaryError, match="en term"):
        store.create(GlossaryEntry([Variant("en", bad, "preferred")]), "Aida")
    assert store.list() == []
    assert run(data_dir, "glossary", "export", "--format", "tbx").returncode == 0


def _deep_json() -> bytes:
    return b"[" * 100_000 + b"]" * 100_000


def _huge_id(fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps(
            {
                "format": "reader-glossary",
                "version": 2,
                "entries": [{"id": 10**30, "variants": [{"lang": "en", "term": "Putin"}]}],
            }
        ).encode()
    if fmt == "csv":
        return f"entry_id,lang,term\r\n{10**30},en,Putin\r\n".encode()
    return (
        f'<martif type="TBX-Basic"><text><body><termEntry id="entry-{10**30}">'
        '<langSet xml:lang="en"><tig><term>Putin</term></tig></langSet>'
        "</termEntry></body></text></martif>"
    ).encode()


def _utf16_without_bom(fmt: str) -> bytes:
    text = {
        "csv": "english,lang,term\nOsh,en,Osh\nOsh,ru,Ош\n",
        "json": '{"format": "reader-glossary", "version": 2, "entries": []}',
        "tbx": '<?xml version="1.0"?><martif type="TBX-Basic"><text><body/></text></martif>',
    }[fmt]
    return text.encode("utf-16-le")


PROBES = [
    ("json", _deep_json(), "nested too deeply"),
    *((fmt, _huge_id(fmt), "out of range" if fmt != "csv" else "up to") for fmt in FORMATS),
    *((fmt, _utf16_without_bom(fmt), "NUL byte on line 1: UTF-16") for fmt in FORMATS),
    *(
        (fmt, bytes(range(1, 32)) * 200, "not a text file (control character U+0001")
        for fmt in FORMATS
    ),
]


@pytest.mark.parametrize(("fmt", "data", "expected"), PROBES)
def test_malformed_files_get_a_clear_message(
    fmt, data, expected, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    with pytest.raises(GlossaryError, match=expected.replace("(", r"\(").replace("+", r"\+")):
        import_entries(data, fmt)
    file = tmp_path / f"probe.{fmt}"
    file.write_bytes(data)
    result = run_process(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 1
    message = stderr(result)
    assert expected in message and message.startswith("reader: error:")
    assert store.list() == []


def test_a_300_character_file_name_gets_a_clear_message(data_dir: Path, tmp_path: Path):
    name = "g" * 295 + ".json"
    with pytest.raises(GlossaryError, match=r"is 300 characters long \(at most 255\)"):
        format_for_filename(name)
    result = run(data_dir, "glossary", "import", str(tmp_path / name), "--reviewer", "Chynara")
    assert result.returncode == 1
    message = stderr(result)
    assert "is 300 characters long (at most 255)" in message and len(message) < 300


def test_the_size_limit_is_checked_before_reading(
    store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    """A sparse file of 64 GiB: reading it would exhaust memory, so it must not be read."""
    file = tmp_path / "huge.csv"
    with file.open("wb") as handle:
        handle.truncate(64 * 2**30)
    with pytest.raises(GlossaryError, match=r"65536.0 MiB; a glossary import is at most 20 MiB"):
        read_import_file(file)
    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 1
    assert "a glossary import is at most 20 MiB" in stderr(result)
    with pytest.raises(GlossaryError, match="at most 20 MiB"):
        import_entries(b" " * (MAX_IMPORT_BYTES + 1), "csv")


class _CountingStore(GlossaryStore):
    """Counts SQLite virtual-machine steps: work done, independent of the machine's speed."""

    steps = 0

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        def tick() -> int:
            _CountingStore.steps += 1
            return 0

        with super()._conn() as conn:
            conn.set_progress_handler(tick, 100)
            yield conn


def _import_steps(tmp_path: Path, count: int) -> int:
    store = _CountingStore(tmp_path / f"{count}.sqlite3")
    store.create(japarov(), "Aida")
    entries = [
        GlossaryEntry([Variant("en", f"Name {i}", "preferred"), Variant("ru", f"Имя {i}")])
        for i in range(count)
    ]
    _CountingStore.steps = 0
    report = store.import_entries(entries, "Chynara")
    assert report.created == count
    return _CountingStore.steps


def test_entries_without_ids_import_in_linear_work(tmp_path: Path):
    small, large = _import_steps(tmp_path, 1000), _import_steps(tmp_path, 4000)
    assert large < 4 * small * 1.5  # quadratic work would be 16 times


# --- the app's import box ---------------------------------------------------------------------


def test_the_app_refuses_a_stale_import_unless_overwrite_is_ticked(
    store: GlossaryStore, corpus_dir: Path
):
    from streamlit.testing.v1 import AppTest

    entry = store.create(japarov(), "Aida")
    old = export_entries(store.list(), "json", store.store_id)
    entry.note = "Bakyt's later edit"
    store.update(entry, "Bakyt")

    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=60)
    at.run()
    at.sidebar.text_input(key="reviewer").input("Chynara").run()
    at.switch_page("app/glossary.py").run()
    at.file_uploader(key="gl_import").set_value(("old.json", old, "application/json")).run()
    at.button(key="gl_import_go").click().run()
    assert not at.exception
    assert "revision 2 by Bakyt" in at.error[0].value
    assert store.get(entry.id).note == "Bakyt's later edit"

    at.checkbox(key="gl_import_overwrite").check().run()
    at.button(key="gl_import_go").click().run()
    assert not at.exception
    assert "overwrote newer changes to Sadyr Japarov" in at.success[0].value
    assert (store.get(entry.id).note, store.get(entry.id).updated_by) == ("", "Chynara")
    # the stored findings were brought up to date by the import, not left to the next read
    assert FindingStore(store.db).state().entries[entry.id][0] == store.get(entry.id).rev


# --- files from another store, or that do not say: matched by preferred English name only ---


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("english,lang,term,status\n" + "".join(f"{r}\n" for r in rows), "utf-8")
    return path


def test_an_old_export_without_its_store_id_does_not_revert_a_later_edit(
    store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    entry = japarov()
    entry.note = "Aida's note"
    entry = store.create(entry, "Aida")
    old = export(data_dir, "json", tmp_path / "old.json")
    doc = json.loads(old.read_text("utf-8"))
    del doc["store"]
    old.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    entry.note = "Bakyt's note"
    entry.variants.append(Variant("ky", "Жапаровдун", "admitted"))
    later = store.update(entry, "Bakyt")

    result = run(data_dir, "glossary", "import", str(old), "--reviewer", "Chynara")
    assert result.returncode == 1
    message = stderr(result)
    assert f"Sadyr Japarov (#1, last changed by Bakyt at {later.updated_at})" in message
    assert "the note 'Bakyt's note' would become 'Aida's note'" in message
    assert "overwriting would also drop ky 'Жапаровдун'" in message
    assert message.startswith("reader: error: the file disagrees with 1 entry here, nothing was")
    assert "--overwrite" in message
    assert store.get(1) == later

    forced = run(data_dir, "glossary", "import", str(old), "--reviewer", "Chynara", "--overwrite")
    assert forced.returncode == 0, forced.stderr
    assert "replaced this glossary's Sadyr Japarov with the file's" in stderr(forced)
    replaced = store.get(1)
    assert (replaced.note, replaced.updated_by) == ("Aida's note", "Chynara")
    assert replaced.variants == japarov().variants


@pytest.mark.parametrize(
    ("english", "problem"),
    [
        ("SADYR JAPAROV", "'SADYR JAPAROV' differs only in case from entry #1 'Sadyr Japarov'"),
        (
            "Japarov",
            "'Japarov' is an admitted form of entry #1 'Sadyr Japarov'; edit that entry or "
            "make the file's preferred form match",
        ),
        ("japarov", "'japarov' is, up to case, an admitted form of entry #1 'Sadyr Japarov'"),
    ],
)
def test_a_foreign_name_matching_only_up_to_case_or_a_non_preferred_form_is_refused(
    english: str, problem: str, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    entry = store.create(japarov(), "Aida")
    file = _csv(
        tmp_path / "other.csv",
        f"{english},en,{english},preferred",
        f"{english},ru,Жапаров,preferred",
        "Osh,en,Osh,preferred",
    )
    for extra in ([], ["--overwrite"]):
        result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara", *extra)
        assert result.returncode == 1
        assert problem in stderr(result) and "nothing was done" in stderr(result)
        assert store.list() == [entry]  # Osh, fine on its own, is not imported either


def test_a_foreign_file_never_drops_a_local_form_or_the_note(
    store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    entry = japarov()
    entry.note = "Aida's note"
    entry = store.create(entry, "Aida")
    file = _csv(tmp_path / "two.csv", "Sadyr Japarov,en,Sadyr Japarov,preferred")
    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 0, result.stderr
    assert "0 new, 0 updated, 1 unchanged" in stderr(result)
    assert "1 matched by preferred English name (Sadyr Japarov)" in stderr(result)
    assert store.get(1) == entry


def test_a_foreign_file_adds_new_forms_and_keeps_every_local_one(store: GlossaryStore):
    entry = store.create(japarov(), "Aida")
    theirs = GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "С. Жапаров", "admitted"),
            Variant("ky", "Садыр Жапаровдун", "admitted"),
        ],
        note="President since 2021",
        id=1,
        rev=9,
    )
    report = store.import_entries([theirs], "Chynara", store_id="")
    assert (report.created, report.updated, report.merged) == (0, 1, ["Sadyr Japarov"])
    assert "merged into Sadyr Japarov" in report.summary()
    merged = store.get(entry.id)
    assert merged.variants == [
        *entry.variants,
        Variant("ru", "С. Жапаров", "admitted"),
        Variant("ky", "Садыр Жапаровдун", "admitted"),
    ]
    assert (merged.note, merged.updated_by) == ("President since 2021", "Chynara")


def test_a_foreign_status_change_is_refused_unless_overwrite(store: GlossaryStore):
    entry = store.create(japarov(), "Aida")
    theirs = GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("ru", "Садыр Джапаров", "preferred"),
            Variant("ky", "Садыр жапаров", "preferred"),
        ]
    )
    with pytest.raises(GlossaryConflict) as refused:
        store.import_entries([theirs], "Chynara", store_id="")
    message = str(refused.value)
    assert f"Sadyr Japarov (#1, last changed by Aida at {entry.updated_at})" in message
    assert "ru 'Садыр Джапаров' would become preferred (here: deprecated)" in message
    assert "ru 'Садыр Жапаров' would stop being preferred" in message
    assert "ky 'Садыр Жапаров' would be spelled 'Садыр жапаров'" in message
    assert "overwriting would also drop en 'Japarov'" in message
    assert store.get(entry.id) == entry

    report = store.import_entries([theirs], "Chynara", store_id="", overwrite=True)
    assert report.replaced == ["Sadyr Japarov"] and report.updated == 1
    assert store.get(entry.id).variants == theirs.variants


def test_entries_without_ids_in_a_file_from_this_store_are_matched_the_same_way(
    store: GlossaryStore,
):
    entry = store.create(japarov(), "Aida")
    twin = GlossaryEntry([Variant("en", "sadyr japarov", "preferred")])
    with pytest.raises(GlossaryError, match="differs only in case from entry #1"):
        store.import_entries([twin], "Chynara", store_id=store.store_id)
    assert store.list() == [entry]


# --- small things: encodings, piped input, invisible characters --------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_utf16_with_a_byte_order_mark_is_named_as_such(fmt: str):
    data = {"csv": "english,lang,term\nOsh,en,Osh\n", "json": '{"entries": []}'}[fmt]
    for encoding in ("utf-16", "utf-16-be"):
        raw = (
            ("\ufeff" + data).encode(encoding) if encoding == "utf-16-be" else data.encode(encoding)
        )
        with pytest.raises(GlossaryError) as refused:
            import_entries(raw, fmt)
        assert "is UTF-16 text; re-save it as UTF-8" in str(refused.value)
        assert "without a byte-order mark" not in str(refused.value)


def test_a_piped_file_over_the_limit_is_refused_as_over_it(store: GlossaryStore, data_dir: Path):
    big = b"english,lang,term\n" + b"a" * (MAX_IMPORT_BYTES + 2**20)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--data",
            str(data_dir),
            "glossary",
            "import",
            "-",
            "--format",
            "csv",
            "--reviewer",
            "Chynara",
        ],
        input=big,
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert result.returncode == 1
    assert "the input is over 20 MiB; a glossary import is at most 20 MiB" in stderr(result)
    small = b"english,lang,term,status\nOsh,en,Osh,preferred\n"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--data",
            str(data_dir),
            "glossary",
            "import",
            "-",
            "--format",
            "csv",
            "--reviewer",
            "Chynara",
        ],
        input=small,
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert [e.english for e in store.list()] == ["Osh"]


@pytest.mark.parametrize("char", ["\u200b", "\u202e", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_format_characters_are_refused_in_terms(
    char: str, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    store.create(japarov(), "Aida")
    file = _csv(tmp_path / "cf.csv", f"Japarov{char},en,Japarov{char},preferred")
    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 1
    code = f"U+{ord(char):04X}"
    assert f"invisible character {code}" in stderr(result)
    with pytest.raises(GlossaryError, match=re.escape(f"invisible character {code}")):
        store.create(GlossaryEntry([Variant("en", f"Osh{char}", "preferred")]), "Aida")
    assert [e.english for e in store.list()] == ["Sadyr Japarov"]


# --- other tools' files that state no status per form -------------------------------------------

# The shape TBX-Basic exports of CAT tools take: a header with title and XCS, regional language
# tags, ids of their own, part of speech and subject field, and no administrativeStatus.
CAT_TOOL_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader>
    <fileDesc>
      <titleStmt><title>Newsroom names</title></titleStmt>
      <sourceDesc><p>Exported from a CAT tool termbase</p></sourceDesc>
    </fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="_17">
        <descrip type="subjectField">Politics</descrip>
        <transacGrp>
          <transac type="transactionType">origination</transac>
          <date>2025-02-11T08:15:00Z</date>
          <transacNote type="responsibility">colleague</transacNote>
        </transacGrp>
        <langSet xml:lang="en-US">
          <tig>
            <term>Sadyr Japarov</term>
            <termNote type="partOfSpeech">properNoun</termNote>
          </tig>
          <tig><term>Japarov</term></tig>
        </langSet>
        <langSet xml:lang="ru-RU">
          <tig>
            <term>Садыр Жапаров</term>
            <termNote type="partOfSpeech">properNoun</termNote>
          </tig>
          <tig>
            <term>Садыр Джапаров</term>
            <termNote type="partOfSpeech">properNoun</termNote>STATUS
          </tig>
          <tig><term>С. Жапаров</term></tig>
        </langSet>
        <langSet xml:lang="ky-KG">
          <tig><term>Садыр Жапаров</term></tig>
        </langSet>
      </termEntry>
      <termEntry id="_18">
        <langSet xml:lang="en-US">
          <tig><term>Issyk-Kul</term></tig>
          <tig><term>Ysyk-Kol</term></tig>
        </langSet>
        <langSet xml:lang="ru-RU"><tig><term>Иссык-Куль</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""
_STATED = '\n            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>'


def _cat_tool_file(tmp_path: Path, fmt: str, *, stated: bool = False) -> Path:
    """A colleague's termbase that gives no status, but for one form when `stated`."""
    if fmt == "tbx":
        text = CAT_TOOL_TBX.replace("STATUS", _STATED if stated else "")
        path = tmp_path / "colleague.tbx"
        path.write_text(text, "utf-8")
        return path
    header = "english,lang,term,status" if stated else "english,lang,term"
    cell = ",admitted" if stated else ""
    rows = [
        f"Sadyr Japarov,en,Sadyr Japarov{',' if stated else ''}",
        f"Sadyr Japarov,en,Japarov{',' if stated else ''}",
        f"Sadyr Japarov,ru,Садыр Жапаров{',' if stated else ''}",
        f"Sadyr Japarov,ru,Садыр Джапаров{cell}",
        f"Sadyr Japarov,ru,С. Жапаров{',' if stated else ''}",
        f"Sadyr Japarov,ky,Садыр Жапаров{',' if stated else ''}",
        f"Issyk-Kul,en,Issyk-Kul{',' if stated else ''}",
        f"Issyk-Kul,en,Ysyk-Kol{',' if stated else ''}",
        f"Issyk-Kul,ru,Иссык-Куль{',' if stated else ''}",
    ]
    path = tmp_path / "colleague.csv"
    path.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    return path


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_a_termbase_without_statuses_merges_and_keeps_every_local_status(
    fmt: str, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    entry = japarov()
    entry.note = "Aida's note"
    entry = store.create(entry, "Aida")
    file = _cat_tool_file(tmp_path, fmt)

    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 0, result.stderr
    message = stderr(result)
    assert "1 new, 1 updated, 0 unchanged" in message
    assert "merged into Sadyr Japarov" in message
    assert "3 forms without a status added as admitted" in message
    merged = store.get(entry.id)
    assert merged.variants == [*entry.variants, Variant("ru", "С. Жапаров", "admitted")]
    assert (merged.note, merged.updated_by) == ("Aida's note", "Chynara")
    (lake,) = [e for e in store.list() if e.id != entry.id]
    assert lake.variants == [
        Variant("en", "Issyk-Kul", "preferred"),
        Variant("en", "Ysyk-Kol", "admitted"),
        Variant("ru", "Иссык-Куль", "admitted"),
    ]
    assert "first English form made preferred in 1 new entry (Issyk-Kul)" in message

    again = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated, 2 unchanged" in stderr(again)


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_a_status_the_termbase_does_state_differently_is_still_refused(
    fmt: str, store: GlossaryStore, data_dir: Path, tmp_path: Path
):
    entry = japarov()
    entry.note = "Aida's note"
    entry = store.create(entry, "Aida")
    file = _cat_tool_file(tmp_path, fmt, stated=True)

    result = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara")
    assert result.returncode == 1
    message = stderr(result)
    assert "ru 'Садыр Джапаров' would become admitted (here: deprecated)" in message
    assert "'Sadyr Japarov' would become" not in message  # no status stated: no change
    assert "'Садыр Жапаров' would become" not in message
    assert store.list() == [entry]

    forced = run(data_dir, "glossary", "import", str(file), "--reviewer", "Chynara", "--overwrite")
    assert forced.returncode == 0, forced.stderr
    replaced = store.get(entry.id)
    assert replaced.variants == [
        Variant("en", "Sadyr Japarov", "preferred"),  # no status in the file: kept
        Variant("en", "Japarov", "admitted"),
        Variant("ru", "Садыр Жапаров", "preferred"),
        Variant("ru", "Садыр Джапаров", "admitted"),  # stated: replaced on purpose
        Variant("ru", "С. Жапаров", "admitted"),
        Variant("ky", "Садыр Жапаров", "preferred"),
    ]


def test_a_file_that_moves_the_preferred_form_is_refused_as_a_change_not_an_error(
    store: GlossaryStore,
):
    entry = store.create(
        GlossaryEntry([Variant("en", "Osh", "preferred"), Variant("ru", "Ош", "preferred")]), "Aida"
    )
    theirs = GlossaryEntry(
        [Variant("en", "Osh", "preferred"), Variant("ru", "Ош"), Variant("ru", "Оше", "preferred")]
    )
    with pytest.raises(GlossaryConflict, match="ru 'Ош' would become admitted"):
        store.import_entries([theirs], "Chynara")
    report = store.import_entries([theirs], "Chynara", overwrite=True)
    assert report.replaced == ["Osh"] and store.get(entry.id).variants == theirs.variants
