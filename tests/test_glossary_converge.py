"""Fixes converge: a glossary that contradicts itself is refused, and fixing twice = once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_in_process import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.checks import check_sentence, fix_all_text
from reader.config import REPO_ROOT
from reader.glossary.entries import GlossaryEntry, GlossaryError, Variant
from reader.glossary.formats import export_entries
from reader.store.glossary import GlossaryStore

ZH, DZH = "Жапаров", "Джапаров"


def sadyr(ru_preferred: str = ZH, ru_deprecated: str = DZH) -> GlossaryEntry:
    return GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("ru", ru_preferred, "preferred"),
            Variant("ru", ru_deprecated, "deprecated"),
        ]
    )


def clan() -> GlossaryEntry:
    """The other way round: what another reviewer believed."""
    return GlossaryEntry(
        [
            Variant("en", "Japarov family", "preferred"),
            Variant("ru", DZH, "preferred"),
            Variant("ru", ZH, "deprecated"),
        ]
    )


def test_saving_an_entry_that_contradicts_another_is_refused_naming_it(data_dir: Path):
    store = GlossaryStore(data_dir / "reader.sqlite3")
    first = store.create(sadyr(), "Aida")
    expected = rf"'{DZH}' is preferred here but deprecated in entry #1 \(Sadyr Japarov\)"
    with pytest.raises(GlossaryError, match=expected):
        store.create(clan(), "Bakyt")
    other = store.create(
        GlossaryEntry([Variant("en", "Japarov family", "preferred"), Variant("ru", "Жапаровы")]),
        "Bakyt",
    )
    other.variants.append(Variant("ru", ZH.lower(), "deprecated"))  # case does not hide it
    with pytest.raises(GlossaryError, match=r"entry #1 \(Sadyr Japarov\)"):
        store.update(other, "Bakyt")
    assert [e.id for e in store.list()] == [other.id, first.id]
    assert store.get(other.id).rev == 1


def _store_with_old_conflict(db: Path) -> None:
    """A glossary saved before conflicts were refused: entry #2 reverses entry #1."""
    GlossaryStore(db).create(sadyr(), "Aida")
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO glossary_entries VALUES (2, '', 1, 'old', '2024-01-01', 'old', '2024-01-01')"
    )
    conn.executemany(
        "INSERT INTO glossary_variants VALUES (2, ?, ?, ?, ?)",
        [
            (0, "en", "Japarov family", "preferred"),
            (1, "ru", DZH, "preferred"),
            (2, "ru", ZH, "deprecated"),
        ],
    )
    conn.commit()
    conn.close()


def test_a_conflict_from_before_is_reported_and_never_fixed(data_dir: Path):
    db = data_dir / "reader.sqlite3"
    _store_with_old_conflict(db)
    entries = GlossaryStore(db).list()
    text = "Джапарова и Жапарова встретили."
    findings = check_sentence("", text, "ru", entries)
    assert {f.found for f in findings} == {"Джапарова", "Жапарова"}
    assert all(not f.fixable and "contradicts itself" in f.message for f in findings)
    assert fix_all_text(text, "ru", entries) == text


# --- the property: fix(fix(x)) == fix(x) ---------------------------------------------------

STEMS = ["Жапаров", "Джапаров", "Жапар", "Садыр", "Садыр Жапаров", "Ош", "Отунбаева", "Сергей"]
ENDINGS = ["", "", "а", "ом", "ой", "у", "ы", "ев", "ов", "ым"]
STATUSES = ["preferred", "admitted", "deprecated"]


@st.composite
def glossaries(draw) -> list[GlossaryEntry]:
    """1-4 entries over a few overlapping Russian forms, contradictions allowed (as from before)."""
    entries = []
    for n in range(draw(st.integers(1, 4))):
        forms = draw(st.lists(st.sampled_from(STEMS), min_size=1, max_size=4, unique=True))
        statuses = [draw(st.sampled_from(STATUSES)) for _ in forms]
        seen_preferred = False
        variants = [Variant("en", f"Name {n}", "preferred")]
        for form, status in zip(forms, statuses, strict=True):
            if status == "preferred" and seen_preferred:
                status = "admitted"
            seen_preferred |= status == "preferred"
            variants.append(Variant("ru", form, status))
        entries.append(GlossaryEntry(variants, id=n + 1))
    return entries


texts = st.lists(
    st.tuples(st.sampled_from(STEMS), st.sampled_from(ENDINGS), st.sampled_from([" ", ", ", ". "])),
    max_size=6,
).map(lambda words: "".join(stem + ending + gap for stem, ending, gap in words))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=glossaries(), text=texts)
def test_fixing_twice_changes_nothing_more_than_fixing_once(entries, text):
    once = fix_all_text(text, "ru", entries)
    assert fix_all_text(once, "ru", entries) == once


# --- the probe: check --fix on a glossary that already contradicts itself ---------------------


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    return run_cli("--data", str(data), *args)


def _cli_process(data: Path, *args: str) -> subprocess.CompletedProcess:
    """A real subprocess: the refusal's exit status and clean stderr are the point."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data", str(data), *args],
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=300,
    )


def _versions(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM translation_versions").fetchone()[0]
    finally:
        conn.close()


def test_check_fix_twice_changes_nothing_the_second_time(data_dir: Path):
    article = "004_5eb83673b1bc0057"
    assert _cli(data_dir, "show", article).returncode == 0  # drafts arrive first
    db = data_dir / "reader.sqlite3"
    _store_with_old_conflict(db)
    before = _versions(db)
    first = _cli(data_dir, "check", article, "--fix", "--reviewer", "Ch")
    assert "Traceback" not in first.stderr.decode()
    after_first = _versions(db)
    second = _cli(data_dir, "check", article, "--fix", "--reviewer", "Ch")
    assert b"fixed 0 in 0 sentence(s)" in second.stderr
    assert _versions(db) == after_first
    assert after_first == before  # every finding here is a contradiction: reported, not fixed
    assert "contradicts itself" in second.stdout.decode()


def test_importing_an_entry_that_contradicts_a_stored_one_is_refused(
    data_dir: Path, tmp_path: Path
):
    store = GlossaryStore(data_dir / "reader.sqlite3")
    store.create(sadyr(), "Aida")
    file = tmp_path / "clan.json"
    file.write_bytes(export_entries([clan()], "json"))
    result = _cli_process(data_dir, "glossary", "import", str(file), "--reviewer", "Ch")
    assert result.returncode == 1
    message = result.stderr.decode()
    assert "Traceback" not in message
    assert "contradict itself" in message and "entry #1 (Sadyr Japarov)" in message
    assert [e.english for e in store.list()] == ["Sadyr Japarov"]
