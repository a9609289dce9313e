"""The check registry through `python -m reader check`: listing and picking checks, finding
ids, and reviewers' dismissals (remembered, undoable, honoured by the exit code and by --fix).
Real store; the CLI's `main` in-process, and a real subprocess where the error exit is the point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_in_process import run_cli

from reader.checks import all_checks, apply_fixes, check_sentence, dismiss
from reader.config import REPO_ROOT
from reader.glossary import GlossaryEntry, Variant
from reader.store.dismissals import DismissalError, DismissalStore
from reader.store.glossary import GlossaryStore

ARTICLE = "004_5eb83673b1bc0057"


@pytest.fixture(autouse=True)
def _indexed(indexed_data_dir: Path) -> None:
    """The bundled corpus already indexed in `data_dir`: the CLI's output is the point here."""


def run(*args: str) -> subprocess.CompletedProcess:
    return run_cli(*args)


def run_process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        cwd=REPO_ROOT,
        env=dict(os.environ),
        timeout=120,
    )


def japarov() -> GlossaryEntry:
    return GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Japarov", "admitted"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Жапаров", "admitted"),
            Variant("ru", "Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
            Variant("ky", "Жапаров", "admitted"),
            Variant("ky", "Джапаров", "deprecated"),
        ]
    )


def kyrgyzstan() -> GlossaryEntry:
    """A Russian form the translations do not use: "missing" findings a reviewer dismisses."""
    return GlossaryEntry(
        [
            Variant("en", "Kyrgyzstan", "preferred"),
            Variant("ru", "Киргизия", "preferred"),
        ]
    )


def setup(data_dir: Path, *entries: GlossaryEntry) -> None:
    assert run("--data", str(data_dir), "show", ARTICLE).returncode == 0  # drafts first
    store = GlossaryStore(data_dir / "reader.sqlite3")
    for entry in entries:
        store.create(entry, "Aida")


def check(data_dir: Path, *args: str):
    return run("--data", str(data_dir), "check", ARTICLE, *args)


def rows(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_list_prints_id_name_severity_and_description_of_every_check():
    result = run("check", "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    for c in all_checks():
        [line] = [x for x in lines if x.startswith(c.id + " ")]
        assert c.name in line and c.severity in line and c.description in line
    assert {c.id for c in all_checks()} >= {"deprecated-name", "missing-name"}


def test_only_and_skip_pick_the_checks_run(data_dir: Path):
    setup(data_dir, japarov(), kyrgyzstan())
    every = {r["check"] for r in rows(check(data_dir, "--json"))}
    assert every == {"deprecated-name", "missing-name"}
    assert {r["check"] for r in rows(check(data_dir, "--json", "--only", "missing-name"))} == {
        "missing-name"
    }
    assert {r["check"] for r in rows(check(data_dir, "--json", "--skip", "missing-name"))} == {
        "deprecated-name"
    }
    both = check(data_dir, "--json", "--only", "missing-name", "--only", "deprecated-name")
    assert {r["check"] for r in rows(both)} == every
    comma = check(data_dir, "--json", "--only", "missing-name,deprecated-name")
    assert rows(comma) == rows(both)
    nothing = check(data_dir, "--json", "--skip", "missing-name,deprecated-name")
    assert nothing.returncode == 0 and rows(nothing) == []


@pytest.mark.parametrize("option", ["--only", "--skip"])
def test_an_unknown_check_id_is_a_clear_error(data_dir: Path, option: str):
    setup(data_dir, japarov())
    result = run_process(
        "--data", str(data_dir), "check", ARTICLE, option, "deprecated-name,no-such-check"
    )
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "no-such-check" in err and "deprecated-name" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_each_finding_is_printed_with_a_stable_id(data_dir: Path):
    setup(data_dir, japarov(), kyrgyzstan())
    found = rows(check(data_dir, "--json"))
    ids = [r["id"] for r in found]
    assert all(len(i) == 12 for i in ids) and len(set(ids)) == len(ids)
    text = check(data_dir).stdout.decode().splitlines()
    assert [line.split()[0] for line in text] == ids
    assert [r["id"] for r in rows(check(data_dir, "--json"))] == ids


def test_dismissed_findings_are_remembered_undoable_and_leave_exit_code_0(data_dir: Path):
    setup(data_dir, kyrgyzstan())
    first = check(data_dir, "--json")
    assert first.returncode == 1
    ids = [r["id"] for r in rows(first)]
    assert ids and {r["check"] for r in rows(first)} == {"missing-name"}

    no_name = check(data_dir, "--dismiss", ids[0])
    assert no_name.returncode == 1 and b"--reviewer" in no_name.stderr

    one = check(data_dir, "--dismiss", ids[0], "--reviewer", "Bakyt")
    assert one.returncode == 0, one.stderr
    assert ids[0].encode() in one.stderr
    store = DismissalStore(data_dir / "reader.sqlite3")
    dismissal = store.active()[ids[0]]
    assert dismissal.author == "Bakyt" and dismissal.at
    assert dismissal.detail["check"] == "missing-name"

    again = check(data_dir, "--dismiss", ids[0], "--reviewer", "Aida")
    assert again.returncode == 1 and b"already dismissed by Bakyt" in again.stderr
    unknown = check(data_dir, "--dismiss", "0123456789ab", "--reviewer", "Aida")
    assert unknown.returncode == 1 and b"0123456789ab" in unknown.stderr
    assert b"Traceback" not in unknown.stderr

    still = check(data_dir, "--json")
    assert still.returncode == 1
    assert [r["id"] for r in rows(still)] == ids[1:]

    rest = ",".join(ids[1:])
    assert check(data_dir, "--dismiss", rest, "--reviewer", "Bakyt").returncode == 0
    clean = check(data_dir)
    assert clean.returncode == 0, clean.stdout
    assert clean.stdout == b"" and f"{len(ids)} dismissed".encode() in clean.stderr

    undo = check(data_dir, "--undismiss", ids[0], "--reviewer", "Aida")
    assert undo.returncode == 0, undo.stderr
    back = check(data_dir, "--json")
    assert back.returncode == 1 and [r["id"] for r in rows(back)] == [ids[0]]
    assert ids[0] not in store.active()
    trail = store.history(ids[0])
    assert [(r["kind"], r["author"]) for r in trail] == [("dismiss", "Bakyt"), ("undo", "Aida")]
    twice = check(data_dir, "--undismiss", ids[0], "--reviewer", "Aida")
    assert twice.returncode == 1 and b"not dismissed" in twice.stderr


def test_fix_never_touches_a_dismissed_finding(data_dir: Path):
    setup(data_dir, japarov())
    found = rows(check(data_dir, "--json"))
    kept = next(r for r in found if r["lang"] == "ru" and r["fixable"])
    assert check(data_dir, "--dismiss", kept["id"], "--reviewer", "Bakyt").returncode == 0

    fixed = check(data_dir, "--fix", "--reviewer", "Aida")
    assert fixed.returncode == 0, fixed.stdout
    assert f"fixed {len(found) - 1} ".encode() in fixed.stderr
    assert b"1 dismissed" in fixed.stderr
    shown = rows(run("--data", str(data_dir), "show", ARTICLE))
    text = next(r for r in shown if r["id"] == kept["sentence_id"])["translations"]["ru"]["text"]
    assert text[kept["start"] : kept["end"]] == kept["found"]
    assert [r["id"] for r in rows(check(data_dir, "--json"))] == []


def test_dismissal_store_refuses_what_makes_no_sense(workspace):
    store = workspace.dismissals
    with pytest.raises(DismissalError, match="name of who"):
        store.dismiss("abc", "  ")
    with pytest.raises(DismissalError, match="not dismissed"):
        store.undismiss("abc", "Aida")
    store.dismiss("abc", "Aida", detail={"check": "missing-name"})
    store.undismiss("abc", "Bakyt")
    store.dismiss("abc", "Chyngyz")
    assert store.active()["abc"].author == "Chyngyz"
    assert [r["kind"] for r in store.history("abc")] == ["dismiss", "undo", "dismiss"]


def test_a_fix_overlapping_a_dismissed_finding_is_not_applied(workspace):
    surname = GlossaryEntry(
        [
            Variant("en", "Japarov", "preferred"),
            Variant("ru", "Жапаров", "preferred"),
            Variant("ru", "Джапаров", "deprecated"),
        ],
        id=1,
    )
    full = GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Садыр Джапаров", "deprecated"),
        ],
        id=2,
    )
    text = "Встреча Садыра Джапарова прошла. Джапарову сказали."
    saved = workspace.translations.save(
        "art", "s1", "ru", text, author="m", base_id=None, status="draft", origin="machine"
    )
    findings = check_sentence(
        "Sadyr Japarov met.",
        text,
        "ru",
        [surname, full],
        article_id="art",
        sentence_id="s1",
        version_id=saved.version.id,
    )
    inner = next(f for f in findings if f.found == "Джапарова")
    assert any(f.found == "Садыра Джапарова" for f in findings)
    dismiss(workspace, inner, "Bakyt")

    report = apply_fixes(workspace, findings, "Aida", entries=[surname, full])
    head = workspace.translations.head("art", "s1", "ru")
    assert head.text == "Встреча Садыра Джапарова прошла. Жапарову сказали."
    assert sorted(f.found for f in report.dismissed) == ["Джапарова", "Садыра Джапарова"]
    assert [f.found for f in report.fixed] == ["Джапарову"]
