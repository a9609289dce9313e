"""Variant groups across the bundled corpus and its sample drafts."""

from __future__ import annotations

import json
import subprocess

import pytest
from cli_in_process import run_cli

from reader.names.variants import corpus_groups
from reader.workspace import Workspace

ARTICLES = ("001_a6ffd922c2656101", "003_3eaa36a4e0c2b786")


@pytest.fixture
def groups(workspace: Workspace):
    corpus = workspace.corpus()
    articles = [corpus.get(a) for a in ARTICLES]
    for article in articles:
        workspace.sync_translation_files(article)
    return corpus_groups(workspace, articles)


def _group_of(groups, form: str):
    return next(g for g in groups if any(f.form == form for f in g.forms))


def test_japarov_spellings_in_every_script_form_one_inconsistent_group(groups):
    japarov = _group_of(groups, "Zhaparov")
    assert {"Japarov", "Zhaparov"} <= set(japarov.spellings("en"))
    assert {"Жапаров", "Джапаров"} <= set(japarov.spellings("ru"))
    assert {"Жапаров", "Джапаров"} <= set(japarov.spellings("ky"))
    assert japarov.inconsistent
    assert set(japarov.counts) == {"en", "ru", "ky"}
    assert {e.lang for e in japarov.examples} == {"en", "ru", "ky"}


def test_a_surname_joins_its_full_name_and_is_no_inconsistency(groups):
    jeenbekov = _group_of(groups, "Sooronbay Jeenbekov")
    assert "Jeenbekov" in jeenbekov.spellings("en")
    assert "Джинбеков" in jeenbekov.spellings("ru")
    assert not jeenbekov.inconsistent


def test_declined_forms_count_under_their_base_form(groups):
    japarov = _group_of(groups, "Zhaparov")
    ru = {f.form: f for f in japarov.forms if f.lang == "ru"}
    written = {w for f in ru.values() for w in f.written}
    assert any(w != f for w in written for f in ru)  # e.g. Жапарова under Жапаров
    assert all(not form.endswith("а") for form in ru)


def test_organisations_are_grouped_apart_from_people(groups):
    people = {f.form for g in groups for f in g.forms if g.label == "Sooronbay Jeenbekov"}
    assert not any("Офис" in form for form in people)


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return run_cli(*args, stdin=stdin)


def test_cli_names_prints_groups_as_json(data_dir):
    result = _cli("--data", str(data_dir), "names", "003_3eaa36a4e0c2b786")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    japarov = next(g for g in groups if "Sadyr Japarov" in {f["form"] for f in g["forms"]})
    assert {"en", "ru", "ky"} <= set(japarov["counts"])
    assert japarov["examples"][0]["text"]


def test_cli_names_group_prints_a_group_a_line_in_any_script():
    names = "Japarov\nZhaparov\nЖапаров\nДжапарова\nIssyk-Kul\nЫсык-Көл\nSadyr Japarov\n"
    result = _cli("names", "--group", stdin=names.encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [
        "Japarov\tZhaparov\tЖапаров\tДжапарова\tSadyr Japarov",
        "Issyk-Kul\tЫсык-Көл",
    ]


TWO_JAPAROVS = "Sadyr Japarov\nJaparov\nAkylbek Japarov\nЖапаров\n"
JAPAROV_AMBIGUOUS = "⚠ ambiguous: Akylbek Japarov, Sadyr Japarov"


def test_cli_names_group_marks_a_surname_two_full_names_share():
    result = _cli("names", "--group", stdin=TWO_JAPAROVS.encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [
        "Sadyr Japarov",
        f"Japarov\tЖапаров\t{JAPAROV_AMBIGUOUS}",
        "Akylbek Japarov",
    ]


def test_cli_names_group_json_says_which_full_names_a_surname_may_be():
    result = _cli("names", "--group", "--json", stdin=TWO_JAPAROVS.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"label": "Sadyr Japarov", "names": ["Sadyr Japarov"], "ambiguous": []},
        {
            "label": "Japarov",
            "names": ["Japarov", "Жапаров"],
            "ambiguous": ["Akylbek Japarov", "Sadyr Japarov"],
        },
        {"label": "Akylbek Japarov", "names": ["Akylbek Japarov"], "ambiguous": []},
    ]


def test_a_listed_group_reads_back_as_itself(groups):
    """The Names page rebuilds the groups from the stored listing: what it lists again must
    be what was listed."""
    from reader.names.variants import VariantGroup

    for g in groups:
        assert VariantGroup.from_dict(g.as_dict()).as_dict() == g.as_dict()
