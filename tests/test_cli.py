"""`python -m reader`, output parsed back: its `main` in-process where the output is the point,
a real subprocess, as a user runs it, where the error exit and a clean stderr are."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_in_process import run_cli

from reader.config import REPO_ROOT
from reader.glossary import GlossaryEntry, Variant
from reader.glossary.formats import import_entries
from reader.store.glossary import GlossaryStore


@pytest.fixture(autouse=True)
def _indexed(indexed_data_dir: Path) -> None:
    """The bundled corpus already indexed in `data_dir`: the CLI's output is the point here."""


def japarov_entry() -> GlossaryEntry:
    return GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Садыр Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
        ]
    )


def run(*args: str, stdin: bytes | None = None, env_extra: dict | None = None):
    return run_cli(*args, stdin=stdin, env_extra=env_extra)


def run_process(*args: str, stdin: bytes | None = None, env_extra: dict | None = None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=120,
    )


def test_corpus_lists_articles_with_counts_and_progress(data_dir: Path):
    result = run("--data", str(data_dir), "corpus")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "003_3eaa36a4e0c2b786  46" in out
    assert "0/0/33 of 33" in out  # sample drafts loaded, none reviewed yet
    assert "Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos" in out


def test_segment_reads_stdin_and_prints_spans():
    text = "Встреча прошла 5 янв. в Бишкеке. Итоги подведут позже."
    result = run("segment", "--lang", "ru", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["text"] for r in rows] == [
        "Встреча прошла 5 янв. в Бишкеке.",
        "Итоги подведут позже.",
    ]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_segment_reads_a_file(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Hello Mr. Smith. Bye now.\n", encoding="utf-8")
    result = run("segment", "--lang", "en", str(path))
    assert [json.loads(x)["text"] for x in result.stdout.decode().splitlines()] == [
        "Hello Mr. Smith.",
        "Bye now.",
    ]


def test_segment_rejects_non_utf8_input_clearly():
    result = run_process("segment", "--lang", "ru", stdin="Привет".encode("cp1251"))
    assert result.returncode == 1
    assert b"not UTF-8" in result.stderr and b"Traceback" not in result.stderr


def test_show_prints_sentence_translations_with_provenance(data_dir: Path):
    result = run("--data", str(data_dir), "show", "003_3eaa36a4e0c2b786", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    banner = rows[0]
    assert banner["furniture"] is True and banner["translations"]["ru"]["status"] == "missing"
    boronov = next(r for r in rows if r["source"].startswith("Boronov, an ally"))
    ru = boronov["translations"]["ru"]
    assert ru["status"] == "draft" and ru["versions"] == 1
    assert ru["provenance"]["origin"] == "sample"
    assert ru["provenance"]["file"] == "003_3eaa36a4e0c2b786.ru.json"
    assert "ky" not in boronov["translations"]


def test_show_unknown_article_fails_without_traceback(data_dir: Path):
    result = run_process("--data", str(data_dir), "show", "no-such-article")
    assert result.returncode == 1
    assert b"no article 'no-such-article'" in result.stderr
    assert b"Traceback" not in result.stderr


def test_glossary_export_writes_each_format(data_dir: Path, tmp_path: Path):
    store = GlossaryStore(data_dir / "reader.sqlite3")
    store.create(japarov_entry(), "Aida")
    for fmt in ("csv", "json", "tbx"):
        out = tmp_path / f"g.{fmt}"
        result = run("--data", str(data_dir), "glossary", "export", "--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        [entry] = import_entries(out.read_bytes(), fmt)
        assert entry.preferred("ru") == "Садыр Жапаров"
        assert entry.created_by == "Aida"


def test_glossary_export_to_stdout_uses_the_data_env(data_dir: Path):
    GlossaryStore(data_dir / "reader.sqlite3").create(japarov_entry(), "Aida")
    result = run("glossary", "export", "--format", "tbx", env_extra={"READER_DATA": str(data_dir)})
    assert result.returncode == 0
    assert b"<termEntry" in result.stdout and "Садыр Жапаров".encode() in result.stdout


def test_missing_corpus_folder_is_reported(tmp_path: Path, data_dir: Path):
    result = run_process("--data", str(data_dir), "--corpus", str(tmp_path / "nope"), "show", "x")
    assert result.returncode == 1
    assert b"does not exist" in result.stderr or b"no article" in result.stderr


def _entries_file(tmp_path: Path, fmt: str) -> Path:
    from reader.glossary.formats import export_entries

    zhaparov = japarov_entry()
    zhaparov.id, zhaparov.note = 4, "President; <b>not</b> & «quoted»"
    zhaparov.created_by, zhaparov.created_at = "Aida", "2024-05-01T09:30:00+06:00"
    zhaparov.updated_by, zhaparov.updated_at = "Bakyt", "2024-06-11T14:05:00+06:00"
    osh = GlossaryEntry([Variant("en", "Osh", "preferred"), Variant("ru", "Ош", "preferred")], id=9)
    osh.created_by = osh.updated_by = "Aida"
    osh.created_at = osh.updated_at = "2024-05-02T10:00:00+06:00"
    path = tmp_path / f"in.{fmt}"
    path.write_bytes(export_entries([zhaparov, osh], fmt))
    return path


@pytest.mark.parametrize("fmt", ["csv", "json", "tbx"])
def test_glossary_export_imports_into_another_glossary_under_the_importers_name(
    tmp_path: Path, fmt
):
    first, second = tmp_path / "first", tmp_path / "second"
    store = GlossaryStore(first / "reader.sqlite3")
    store.create(japarov_entry(), "Aida")
    doomed = store.create(
        GlossaryEntry([Variant("en", "Naryn", "preferred"), Variant("ky", "Нарын", "preferred")]),
        "Aida",
    )
    osh = GlossaryEntry(
        [Variant("en", "Osh", "preferred"), Variant("ru", "Ош", "preferred")],
        note="City; <b>not</b> & «quoted»",
    )
    store.create(osh, "Bakyt")
    store.delete(doomed.id, doomed.rev, "Aida")

    exported = tmp_path / f"glossary.{fmt}"
    result = run("--data", str(first), "glossary", "export", "--format", fmt, "-o", str(exported))
    assert result.returncode == 0, result.stderr
    result = run("--data", str(second), "glossary", "import", str(exported), "--reviewer", "Ch")
    assert result.returncode == 0, result.stderr
    assert b"2 new, 0 updated, 0 unchanged" in result.stderr
    copied = GlossaryStore(second / "reader.sqlite3").list()
    assert [(e.variants, e.note) for e in copied] == [(e.variants, e.note) for e in store.list()]
    assert {(e.created_by, e.updated_by) for e in copied} == {("Ch", "Ch")}
    repeat = run("--data", str(second), "glossary", "import", str(exported))
    assert b"0 new, 0 updated, 2 unchanged" in repeat.stderr
    assert b"2 matched by preferred English name (Osh, Sadyr Japarov)" in repeat.stderr


def test_glossary_import_with_bad_rows_imports_nothing(tmp_path: Path, data_dir: Path):
    bad = tmp_path / "bad.csv"
    good = _entries_file(tmp_path, "csv").read_text(encoding="utf-8-sig")
    lines = good.splitlines()
    lines[2] = lines[2].replace(",ru,", ",xx,")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_process("--data", str(data_dir), "glossary", "import", str(bad))
    assert result.returncode == 1
    assert b"row 3" in result.stderr and b"Traceback" not in result.stderr
    assert GlossaryStore(data_dir / "reader.sqlite3").list() == []


def test_glossary_import_refuses_a_clashing_english_name_and_keeps_the_store(
    tmp_path: Path, data_dir: Path
):
    store = GlossaryStore(data_dir / "reader.sqlite3")
    store.create(japarov_entry(), "Aida")  # id 1, "Sadyr Japarov"
    from reader.glossary.formats import export_entries

    other = GlossaryEntry(  # another name, but one of its English forms is entry 1's
        [Variant("en", "S. Japarov", "preferred"), Variant("en", "Sadyr Japarov", "admitted")]
    )
    clash = tmp_path / "clash.json"
    clash.write_bytes(export_entries([other], "json"))
    result = run("--data", str(data_dir), "glossary", "import", str(clash))
    assert result.returncode == 1
    assert b"is the English name of entry #1 'Sadyr Japarov'" in result.stderr
    assert [e.id for e in store.list()] == [1]


def _japarov_with_surnames() -> GlossaryEntry:
    return GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Japarov", "admitted"),
            Variant("en", "Zhaparov", "admitted"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Жапаров", "admitted"),
            Variant("ru", "Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
            Variant("ky", "Жапаров", "admitted"),
            Variant("ky", "Джапаров", "deprecated"),
        ]
    )


def test_check_reports_deprecated_names_then_fix_applies_them(data_dir: Path):
    article = "004_5eb83673b1bc0057"
    run("--data", str(data_dir), "show", article)  # drafts arrive before the glossary
    GlossaryStore(data_dir / "reader.sqlite3").create(_japarov_with_surnames(), "Aida")

    found = run("--data", str(data_dir), "check", article, "--json")
    assert found.returncode == 1
    rows = [json.loads(line) for line in found.stdout.decode().splitlines()]
    assert rows and {r["kind"] for r in rows} == {"deprecated"}
    assert {r["lang"] for r in rows} == {"ru", "ky"}
    example = next(r for r in rows if r["found"] == "Джапарова")
    assert example["suggestion"] == "Жапарова" and example["fixable"] is True

    no_name = run("--data", str(data_dir), "check", article, "--fix")
    assert no_name.returncode == 1 and b"--reviewer" in no_name.stderr

    fixed = run("--data", str(data_dir), "check", article, "--fix", "--reviewer", "Aida")
    assert fixed.returncode == 0, fixed.stdout
    assert f"fixed {len(rows)}".encode() in fixed.stderr
    shown = [
        json.loads(x) for x in run("--data", str(data_dir), "show", article).stdout.splitlines()
    ]
    texts = [r["translations"][lang]["text"] or "" for r in shown for lang in ("ru", "ky")]
    assert not any("Джапаров" in t for t in texts)
    assert any("Жапарова" in t for t in texts)


def test_sample_drafts_get_the_glossary_applied_as_their_own_version(data_dir: Path):
    GlossaryStore(data_dir / "reader.sqlite3").create(_japarov_with_surnames(), "Aida")
    result = run("--data", str(data_dir), "show", "004_5eb83673b1bc0057", "--lang", "ru")
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    changed = [r["translations"]["ru"] for r in rows if r["translations"]["ru"]["versions"] == 2]
    assert changed
    assert all(t["provenance"]["author"] == "glossary" for t in changed)
    assert all("Джапаров" not in t["text"] for t in changed)
    assert run("--data", str(data_dir), "check", "004_5eb83673b1bc0057").returncode == 0
