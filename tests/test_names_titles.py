"""The title a name group is shown under: English where the group has an English form, the
fullest proper name; while its key, which stored decisions are filed under, stays that of
its fullest spelling, as it always was."""

from __future__ import annotations

import json

import pytest
from cli_in_process import run_cli

from reader.names.grouping import NameGroup, group, group_key
from reader.names.variants import (
    VariantForm,
    VariantGroup,
    corpus_heads,
    corpus_mentions,
    group_mentions,
    listed_groups,
    sentence_texts,
)
from reader.workspace import Workspace


def _group(label: str, *forms: tuple[str, str, int]) -> VariantGroup:
    return VariantGroup(group_key(label), label, [VariantForm(*f) for f in forms], [])


def test_a_group_with_an_english_form_is_titled_in_english():
    almaty = _group(
        "Алматы шаары",
        ("Almaty", "en", 8),
        ("Алматы", "ru", 8),
        ("Алматы", "ky", 7),
        ("Алматы шаары", "ky", 1),
    )
    assert almaty.title == "Almaty"
    assert almaty.key == group_key("Алматы шаары")


def test_a_person_is_titled_by_the_full_name_most_often_written():
    japarov = _group(
        "Sadyr Zhaparov",
        ("Japarov", "en", 9),
        ("Zhaparov", "en", 7),
        ("Sadyr Japarov", "en", 6),
        ("Sadyr Zhaparov", "en", 4),
        ("Садыр Жапаров", "ru", 4),
    )
    assert japarov.title == "Sadyr Japarov"


def test_a_trailing_lowercase_generic_word_only_when_nothing_else_is_there():
    tatarstan = _group(
        "Tatarstan republic", ("Tatarstan", "en", 1), ("Tatarstan republic", "en", 1)
    )
    assert tatarstan.title == "Tatarstan"
    naryn = _group("Naryn region", ("Naryn region", "en", 2), ("Нарын облусу", "ky", 3))
    assert naryn.title == "Naryn region"
    lake = _group("Lake Issyk-Kul", ("Issyk-Kul", "en", 5), ("Lake Issyk-Kul", "en", 1))
    assert lake.title == "Lake Issyk-Kul"  # a capitalized generic word is the name's own


def test_a_latin_case_form_only_when_nothing_else_is_there():
    bishkek = _group("Bishkekte", ("Bishkekte", "en", 3), ("Bishkek", "en", 1))
    assert bishkek.title == "Bishkek"
    alone = _group("Japarovdun", ("Japarovdun", "en", 1), ("Жапаровдун", "ky", 1))
    assert alone.title == "Japarovdun"


def test_a_group_without_an_english_form_keeps_its_label():
    ministry = _group(
        "Министерство внутренних дел", ("МВД", "ru", 2), ("Министерство внутренних дел", "ru", 1)
    )
    assert ministry.title == "Министерство внутренних дел"


def test_a_listed_group_reads_back_with_its_title():
    us = _group("Америка Кошмо Штаттары", ("United States", "en", 3), ("АКШ", "ky", 5))
    data = json.loads(json.dumps(us.as_dict(), ensure_ascii=False))
    assert data["title"] == "United States" and data["label"] == "Америка Кошмо Штаттары"
    assert VariantGroup.from_dict(data).title == "United States"


def _old_keys(names: list[str]) -> list[tuple[NameGroup, str]]:
    """Groups keyed as before titles existed: `group_key` of the member with the most
    words, first in input order."""
    found = group(names)
    return [(g, group_key(max(g.names, key=lambda m: len(m.split())))) for g in found]


@pytest.fixture
def listed(workspace: Workspace) -> list[VariantGroup]:
    return listed_groups(workspace)


def test_every_group_of_the_bundled_corpus_keeps_its_key(workspace: Workspace, listed):
    articles = workspace.corpus().articles
    heads = corpus_heads(workspace, articles)
    mentions = corpus_mentions(workspace, articles, heads)
    before = group_mentions(mentions, sentence_texts(articles, heads), _old_keys)

    def shape(groups: list[VariantGroup]) -> list[tuple[str, list[tuple[str, str]]]]:
        return sorted((g.key, sorted((f.lang, f.form) for f in g.forms)) for g in groups)

    assert shape(listed) == shape(before)
    assert sum(g.title != g.label for g in listed) >= 3  # titles did move


def _by_form(groups: list[VariantGroup], form: str) -> VariantGroup:
    return next(g for g in groups if any(f.form == form for f in g.forms))


def test_the_bundled_corpus_is_titled_in_english(listed):
    titles = {
        form: (_by_form(listed, form).title, _by_form(listed, form).key)
        for form in ("Алматы шаары", "Америка Кошмо Штаттары", "Tatarstan republic", "Japarov")
    }
    assert titles == {
        "Алматы шаары": ("Almaty", "almatişari"),
        "Америка Кошмо Штаттары": ("United States", "amerikakoşmoştatari"),
        "Tatarstan republic": ("Tatarstan", "tatarstanrepublic"),
        "Japarov": ("Sadyr Japarov", "sadirjaparov"),
    }


def test_cli_names_prints_each_groups_title(data_dir):
    result = run_cli("--data", str(data_dir), "names", "003_3eaa36a4e0c2b786")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    japarov = next(g for g in groups if g["key"] == "sadirjaparov")
    assert japarov["title"] == "Sadyr Japarov"
