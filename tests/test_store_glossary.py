"""The glossary: entries and their validation, and the store with revisions and history."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.glossary.entries import (
    GlossaryEntry,
    GlossaryError,
    Variant,
    build_entry,
    parse_variant_lines,
)
from reader.store.glossary import GlossaryConflict, GlossaryStore


@pytest.fixture
def store(data_dir: Path) -> GlossaryStore:
    return GlossaryStore(data_dir / "reader.sqlite3")


def japarov() -> GlossaryEntry:
    return GlossaryEntry(
        variants=[
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Zhaparov", "deprecated"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
        ],
        note="President of Kyrgyzstan since 2021",
    )


def putin() -> GlossaryEntry:
    return GlossaryEntry(
        variants=[Variant("en", "Vladimir Putin", "preferred"), Variant("ru", "Владимир Путин")]
    )


# --- the store ---------------------------------------------------------------------------------


def test_create_stores_the_entry_with_its_forms(store: GlossaryStore):
    saved = store.create(japarov(), "aida")
    assert saved.id is not None
    assert saved.rev == 1
    assert saved.variants == japarov().variants
    assert saved.note == "President of Kyrgyzstan since 2021"
    assert store.get(saved.id) == saved


def test_entries_carry_who_created_and_changed_them_and_when(store: GlossaryStore):
    created = store.create(japarov(), "aida")
    assert (created.created_by, created.updated_by) == ("aida", "aida")
    assert created.created_at and created.created_at == created.updated_at

    updated = store.update(replace(created, note="President"), "bek")
    assert (updated.created_by, updated.updated_by) == ("aida", "bek")
    assert updated.created_at == created.created_at
    assert updated.updated_at >= created.updated_at


def test_list_is_sorted_by_english_name(store: GlossaryStore):
    store.create(putin(), "aida")
    store.create(japarov(), "aida")
    assert [e.english for e in store.list()] == ["Sadyr Japarov", "Vladimir Putin"]


def test_search_by_a_cyrillic_deprecated_form_ignores_case(store: GlossaryStore):
    store.create(japarov(), "aida")
    store.create(putin(), "aida")
    assert [e.english for e in store.list("ДЖАПАРОВ")] == ["Sadyr Japarov"]
    assert [e.english for e in store.list("джапаров")] == ["Sadyr Japarov"]


def test_search_matches_the_note_and_finds_nothing_for_unknown_text(store: GlossaryStore):
    store.create(japarov(), "aida")
    store.create(putin(), "aida")
    assert [e.english for e in store.list("president")] == ["Sadyr Japarov"]
    assert store.list("Atambayev") == []


def test_update_raises_the_revision_and_replaces_the_forms(store: GlossaryStore):
    saved = store.create(putin(), "aida")
    new_forms = [*saved.variants, Variant("ky", "Владимир Путин", "preferred")]
    updated = store.update(replace(saved, variants=new_forms), "bek")
    assert updated.rev == 2
    assert store.get(saved.id).variants == new_forms


def test_update_from_a_stale_revision_names_who_changed_the_entry(store: GlossaryStore):
    loaded = store.create(japarov(), "aida")
    store.update(replace(loaded, note="first change"), "bek")

    with pytest.raises(GlossaryConflict, match="bek") as info:
        store.update(replace(loaded, note="second change"), "aida")
    assert "Sadyr Japarov" in str(info.value)
    stored = store.get(loaded.id)
    assert (stored.note, stored.rev) == ("first change", 2)


def test_delete_removes_the_entry_and_keeps_its_history(store: GlossaryStore):
    saved = store.create(putin(), "aida")
    updated = store.update(replace(saved, note="Russian president"), "bek")
    store.delete(saved.id, updated.rev, "carla")

    assert store.list() == []
    with pytest.raises(GlossaryError):
        store.get(saved.id)
    history = store.history(saved.id)
    assert [(h["action"], h["author"], h["rev"]) for h in history] == [
        ("create", "aida", 1),
        ("update", "bek", 2),
        ("delete", "carla", 2),
    ]
    assert history[-1]["snapshot"]["note"] == "Russian president"
    assert history[-1]["snapshot"]["variants"][0]["term"] == "Vladimir Putin"


def test_delete_from_a_stale_revision_is_refused(store: GlossaryStore):
    saved = store.create(putin(), "aida")
    store.update(replace(saved, note="changed"), "bek")
    with pytest.raises(GlossaryConflict, match="bek"):
        store.delete(saved.id, saved.rev, "aida")
    assert store.get(saved.id).note == "changed"


def test_duplicate_english_name_is_refused(store: GlossaryStore):
    first = store.create(putin(), "aida")
    duplicate = GlossaryEntry(variants=[Variant("en", "vladimir putin", "preferred")])
    with pytest.raises(GlossaryError, match="already in the glossary"):
        store.create(duplicate, "bek")
    assert [e.id for e in store.list()] == [first.id]


def test_update_cannot_take_another_entrys_english_name(store: GlossaryStore):
    store.create(putin(), "aida")
    other = store.create(japarov(), "aida")
    renamed = replace(other, variants=[Variant("en", "Vladimir Putin", "preferred")])
    with pytest.raises(GlossaryError, match="already in the glossary"):
        store.update(renamed, "bek")
    assert store.get(other.id).english == "Sadyr Japarov"


def test_changes_without_an_author_are_refused(store: GlossaryStore):
    with pytest.raises(GlossaryError, match="name"):
        store.create(putin(), " ")
    assert store.list() == []
    saved = store.create(putin(), "aida")
    with pytest.raises(GlossaryError, match="name"):
        store.update(replace(saved, note="x"), "")
    with pytest.raises(GlossaryError, match="name"):
        store.delete(saved.id, saved.rev, "")


# --- entry validation --------------------------------------------------------------------------


def test_two_preferred_forms_in_one_language_are_refused():
    with pytest.raises(GlossaryError, match="more than one preferred ru form"):
        GlossaryEntry(
            variants=[
                Variant("en", "Sadyr Japarov", "preferred"),
                Variant("ru", "Садыр Жапаров", "preferred"),
                Variant("ru", "Садыр Джапаров", "preferred"),
            ]
        )


def test_an_entry_without_an_english_name_is_refused():
    with pytest.raises(GlossaryError, match="English"):
        GlossaryEntry(variants=[Variant("ru", "Садыр Жапаров", "preferred")])


def test_the_same_form_twice_is_refused():
    with pytest.raises(GlossaryError, match="twice"):
        GlossaryEntry(variants=[Variant("en", "Japarov"), Variant("en", "Japarov", "deprecated")])


@pytest.mark.parametrize(
    ("lang", "term", "status", "message"),
    [
        ("de", "Japarow", "admitted", "language"),
        ("ru", "Жапаров", "favourite", "status"),
        ("ru", "   ", "admitted", "non-empty"),
    ],
)
def test_bad_variants_are_refused(lang: str, term: str, status: str, message: str):
    with pytest.raises(GlossaryError, match=message):
        Variant(lang, term, status)


def test_english_name_is_the_preferred_english_form():
    entry = GlossaryEntry(
        variants=[Variant("en", "Zhaparov", "deprecated"), Variant("en", "Japarov", "preferred")]
    )
    assert entry.english == "Japarov"
    assert entry.preferred("ru") is None
    assert [v.term for v in entry.forms("en")] == ["Zhaparov", "Japarov"]


# --- the app's form ----------------------------------------------------------------------------


def test_parse_variant_lines_reads_lang_form_status():
    text = "ru | Джапаров | deprecated\n\nky | Жапаров\n"
    assert parse_variant_lines(text) == [
        Variant("ru", "Джапаров", "deprecated"),
        Variant("ky", "Жапаров", "admitted"),
    ]


def test_parse_variant_lines_reports_the_numbers_of_bad_lines():
    text = "ru | Джапаров | deprecated\njust a name\nde | Japarow\nky | Жапаров | best"
    with pytest.raises(GlossaryError) as info:
        parse_variant_lines(text)
    message = str(info.value)
    assert "line 1" not in message
    assert "line 2" in message and "line 3" in message and "line 4" in message


def test_build_entry_from_the_form_fields():
    entry = build_entry(
        " Sadyr Japarov ",
        {"ru": "Садыр Жапаров", "ky": "  "},
        "en | Sadyr Japarov | preferred\nru | Джапаров | deprecated",
        note="  president ",
    )
    assert entry.variants == [
        Variant("en", "Sadyr Japarov", "preferred"),
        Variant("ru", "Садыр Жапаров", "preferred"),
        Variant("ru", "Джапаров", "deprecated"),
    ]
    assert entry.note == "president"
    assert entry.id is None


def test_build_entry_without_an_english_name_is_refused():
    with pytest.raises(GlossaryError, match="English"):
        build_entry("  ", {"ru": "Садыр Жапаров"})


def test_built_entry_can_be_stored(store: GlossaryStore):
    saved = store.create(build_entry("Almazbek Atambayev", {"ru": "Алмазбек Атамбаев"}), "aida")
    assert store.list("атамбаев")[0].id == saved.id


def test_the_version_changes_with_every_create_update_delete_and_import(store: GlossaryStore):
    seen = [store.version()]
    saved = store.create(putin(), "aida")
    seen.append(store.version())
    updated = store.update(replace(saved, note="Russian president"), "bek")
    seen.append(store.version())
    store.delete(saved.id, updated.rev, "carla")
    seen.append(store.version())
    store.import_entries([japarov()], "aida")
    seen.append(store.version())
    assert len(set(seen)) == len(seen)
    assert store.version() == seen[-1]  # reading changes nothing
