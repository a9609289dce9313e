"""Glossary QA: deprecated and missing name forms, fixes that keep case endings, and the
glossary applied to fresh drafts as a version of its own. Real store, no mocks."""

from __future__ import annotations

import pytest

from reader.checks import (
    Finding,
    apply_entry_fixes,
    apply_fix,
    apply_fixes,
    check,
    check_sentence,
    fix_all_text,
    fix_findings,
    fix_text,
)
from reader.checks.drafts import (
    GLOSSARY_AUTHOR,
    apply_glossary_to_article,
    apply_glossary_to_drafts,
    is_glossary_version,
)
from reader.glossary.entries import GlossaryEntry, Variant
from reader.glossary.transfer import transfer_ending, transfer_phrase
from reader.review.diff import word_diff
from reader.workspace import Workspace

ARTICLE = "001_a6ffd922c2656101"
MACHINE = {"package": "translate-en_ru", "version": "1.9"}


def japarov(entry_id: int | None = 1) -> GlossaryEntry:
    return GlossaryEntry(
        variants=[
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Zhaparov", "admitted"),
            Variant("en", "Japarov", "admitted"),
            Variant("ru", "Жапаров", "preferred"),
            Variant("ru", "Джапаров", "deprecated"),
            Variant("ky", "Жапаров", "preferred"),
            Variant("ky", "Джапаров", "deprecated"),
        ],
        id=entry_id,
    )


def japarov_full(entry_id: int | None = 2) -> GlossaryEntry:
    """A two-word name, both spellings of several words."""
    return GlossaryEntry(
        variants=[
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Садыр Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
            Variant("ky", "Садыр Джапаров", "deprecated"),
        ],
        id=entry_id,
    )


def atambayev(entry_id: int | None = 3) -> GlossaryEntry:
    return GlossaryEntry(
        variants=[
            Variant("en", "Almazbek Atambayev", "preferred"),
            Variant("en", "Atambayev", "admitted"),
            Variant("ru", "Атамбаев", "preferred"),
            Variant("ru", "Атамбайев", "deprecated"),
            Variant("ky", "Атамбаев", "preferred"),
            Variant("ky", "Атамбайев", "deprecated"),
        ],
        id=entry_id,
    )


def kinds(findings: list[Finding]) -> list[tuple[str, str | None]]:
    return [(f.kind, f.found) for f in findings]


# --- finding deprecated forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found", "suggestion"),
    [
        ("Поддержка Джапарова растёт.", "Джапарова", "Жапарова"),
        ("Встреча с Джапаровым прошла.", "Джапаровым", "Жапаровым"),
        ("Речь шла о Джапарове.", "Джапарове", "Жапарове"),
        ("Джапаров пытается.", "Джапаров", "Жапаров"),
    ],
)
def test_deprecated_form_found_in_declined_russian(text, found, suggestion):
    [f] = check_sentence("Japarov is trying.", text, "ru", [japarov()])
    assert (f.kind, f.found, f.suggestion, f.entry_id) == ("deprecated", found, suggestion, 1)
    assert text[f.start : f.end] == found
    assert f.lang == "ru" and f.english == "Sadyr Japarov"
    assert "Джапаров" in f.message and suggestion in f.message


@pytest.mark.parametrize(
    ("text", "found", "suggestion"),
    [
        ("Садыр Джапаровдун сапары", "Джапаровдун", "Жапаровдун"),
        ("Министр Джапаровго кат жазды", "Джапаровго", "Жапаровго"),
        ("Джапаровду колдогон партиялар", "Джапаровду", "Жапаровду"),
        ("Джапаровдордун тушунда", "Джапаровдордун", "Жапаровдордун"),
    ],
)
def test_deprecated_form_found_with_kyrgyz_suffixes(text, found, suggestion):
    [f] = check_sentence("Japarov.", text, "ky", [japarov()])
    assert (f.kind, f.found, f.suggestion) == ("deprecated", found, suggestion)
    assert text[f.start : f.end] == found


def test_exact_spans_of_several_findings_in_one_sentence():
    text = "Джапаров сказал, что Джапарову верят, и ДЖАПАРОВА поддержали."
    findings = check_sentence("Japarov said.", text, "ru", [japarov()])
    assert [(f.start, f.end, f.found) for f in findings] == [
        (0, 8, "Джапаров"),
        (21, 30, "Джапарову"),
        (40, 49, "ДЖАПАРОВА"),
    ]
    assert [f.suggestion for f in findings] == ["Жапаров", "Жапарову", "ЖАПАРОВА"]


def test_words_that_merely_start_with_a_form_are_not_findings():
    text = "Джапаровка и Жапаровка — сёла; Джапаровщина — слово."
    assert check_sentence("", text, "ru", [japarov()]) == []


def test_the_language_picks_the_forms_checked():
    entry = GlossaryEntry(
        variants=[
            Variant("en", "Bishkek", "preferred"),
            Variant("ru", "Бишкек", "preferred"),
            Variant("ru", "Фрунзе", "deprecated"),
            Variant("ky", "Фрунзе", "admitted"),
        ],
        id=9,
    )
    assert kinds(check_sentence("In Bishkek.", "Во Фрунзе.", "ru", [entry])) == [
        ("deprecated", "Фрунзе")
    ]
    assert check_sentence("In Bishkek.", "Фрунзеде.", "ky", [entry]) == []


# --- missing forms -----------------------------------------------------------------------------


def test_missing_when_english_names_the_entry_and_the_translation_has_no_form():
    [f] = check_sentence("Japarov met Putin.", "Президент встретился с Путиным.", "ru", [japarov()])
    assert f.kind == "missing" and f.found is None and f.start is None and f.end is None
    assert f.suggestion == "Жапаров" and f.entry_id == 1
    assert "Japarov" in f.message


def test_missing_is_found_through_any_english_variant():
    for source in ("Zhaparov’s visits", "Sadyr Japarov left", "ZHAPAROV spoke"):
        assert kinds(check_sentence(source, "Визиты в Москву.", "ru", [japarov()])) == [
            ("missing", None)
        ]


def test_missing_names_the_english_left_untranslated():
    [f] = check_sentence("Japarov left.", "Japarov уехал.", "ru", [japarov()])
    assert f.kind == "missing" and "«Japarov»" in f.message


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Поддержка Жапарова растёт."),
        ("ru", "Встреча с Жапаровым."),
        ("ky", "Жапаровдун сапары."),
        ("ky", "Жапаровго кат."),
    ],
)
def test_an_inflected_preferred_form_is_no_finding(lang, text):
    assert check_sentence("Support for Zhaparov grows.", text, lang, [japarov()]) == []


def test_an_admitted_form_counts_as_present():
    entry = japarov()
    entry.variants.append(Variant("ru", "Жапар", "admitted"))
    assert check_sentence("Japarov left.", "Жапару верят.", "ru", [entry]) == []


def test_a_deprecated_form_is_reported_as_deprecated_not_missing():
    findings = check_sentence("Japarov left.", "Джапарова поддержали.", "ru", [japarov()])
    assert kinds(findings) == [("deprecated", "Джапарова")]


def test_no_missing_finding_without_a_form_in_that_language():
    entry = GlossaryEntry(variants=[Variant("en", "Japarov", "preferred")], id=5)
    assert check_sentence("Japarov left.", "Он уехал.", "ru", [entry]) == []


def test_no_finding_when_the_english_does_not_name_the_entry():
    assert check_sentence("Putin left.", "Путин уехал.", "ru", [japarov(), atambayev()]) == []


# --- names of several words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "found", "suggestion"),
    [
        ("ru", "поддерживающих Садыра Джапарова, –", "Садыра Джапарова", "Садыра Жапарова"),
        ("ru", "между Путиным и Садыром Джапаровым", "Садыром Джапаровым", "Садыром Жапаровым"),
        ("ru", "Садыр Джапаров попал", "Садыр Джапаров", "Садыр Жапаров"),
        ("ky", "Путин менен Садыр Джапаровдун ортосунда", "Садыр Джапаровдун", "Садыр Жапаровдун"),
    ],
)
def test_multi_word_names(lang, text, found, suggestion):
    [f] = check_sentence("Sadyr Japarov.", text, lang, [japarov_full()])
    assert (f.kind, f.found, f.suggestion) == ("deprecated", found, suggestion)
    assert text[f.start : f.end] == found
    assert fix_text(text, [f], [japarov_full()]) == text.replace(found, suggestion)


def test_multi_word_name_across_a_line_break_keeps_the_break():
    text = "с Садыром\nДжапаровым"
    [f] = check_sentence("", text, "ru", [japarov_full()])
    assert f.suggestion == "Садыром\nЖапаровым"


def test_preferred_multi_word_name_in_an_inflected_form_is_present():
    text = "Партии, поддерживающие Садыра Жапарова."
    assert check_sentence("support Sadyr Japarov", text, "ru", [japarov_full()]) == []


# --- carrying endings over ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old_word", "old_base", "new_base", "lang", "expected"),
    [
        ("Джапарова", "Джапаров", "Жапаров", "ru", "Жапарова"),
        ("Джапаровым", "Джапаров", "Жапаров", "ru", "Жапаровым"),
        ("джапарову", "Джапаров", "Жапаров", "ru", "жапарову"),
        ("ДЖАПАРОВЫМ", "Джапаров", "Жапаров", "ru", "ЖАПАРОВЫМ"),
        ("Отунбаевой", "Отунбаева", "Атунбаева", "ru", "Атунбаевой"),
        ("Сергея", "Сергей", "Андрей", "ru", "Андрея"),
        ("Джапаровдун", "Джапаров", "Жапаров", "ky", "Жапаровдун"),
        ("Жапаровдун", "Жапаров", "Атамбаев", "ky", "Атамбаевдин"),  # vowel harmony
        ("Жапаровго", "Жапаров", "Атамбаев", "ky", "Атамбаевге"),
        ("Жапаровдордун", "Жапаров", "Өмүрбеков", "ky", "Өмүрбековдордун"),
        ("Джапаров", "Джапаров", "Жапаров", "ky", "Жапаров"),
        # the suffix is rebuilt for the new stem's last sound (the dative is -ке after к)
        ("Жапаровго", "Жапаров", "Бишкек", "ky", "Бишкекке"),
        ("Иссык-Кулдун", "Иссык-Куль", "Ысык-Көл", "ky", "Ысык-Көлдүн"),  # a soft sign dropped
        ("Japarov's", "Japarov", "Zhaparov", "en", "Zhaparov's"),
    ],
)
def test_transfer_ending(old_word, old_base, new_base, lang, expected):
    assert transfer_ending(old_word, old_base, new_base, lang) == expected


@pytest.mark.parametrize(
    ("old_word", "old_base", "new_base", "lang"),
    [
        ("Отунбаевой", "Отунбаева", "Атамбаев", "ru"),  # the new base keeps no -а to lose
        ("Джапаровым", "Джапаров", "Жапарова", "ru"),  # consonant stem to vowel stem
        ("Путиным", "Джапаров", "Жапаров", "ru"),  # not a form of the old base
        ("Джапаровка", "Джапаров", "Жапаров", "ky"),  # -ка is no Kyrgyz suffix after в
        ("Иссык-Куля", "Иссык-Куль", "Ысык-Көл", "ru"),  # no soft sign to lose before -я
    ],
)
def test_transfer_ending_refuses_what_it_cannot_do_safely(old_word, old_base, new_base, lang):
    assert transfer_ending(old_word, old_base, new_base, lang) is None


def test_transfer_phrase_to_a_longer_name():
    assert transfer_phrase("Джапаровдун", "Джапаров", "Садыр Жапаров", "ky") == ("Садыр Жапаровдун")
    assert transfer_phrase("Джапаров", "Джапаров", "Садыр Жапаров", "ru") == "Садыр Жапаров"
    # Russian would decline the added first name too: a person decides.
    assert transfer_phrase("Джапарова", "Джапаров", "Садыр Жапаров", "ru") is None
    assert transfer_phrase("Садыра Джапарова", "Садыр Джапаров", "Жапаров", "ru") is None


def test_a_finding_without_a_safe_fix_says_so_and_is_not_fixed():
    entry = GlossaryEntry(
        variants=[
            Variant("en", "Issyk-Kul", "preferred"),
            Variant("ru", "Ысык-Көл", "preferred"),
            Variant("ru", "Иссык-Куль", "deprecated"),
        ],
        id=4,
    )
    text = "на берегу Иссык-Куля"  # Ысык-Көл keeps no soft sign to lose before -я
    [f] = check_sentence("", text, "ru", [entry])
    assert f.found == "Иссык-Куля" and f.suggestion is None and not f.fixable
    assert "by hand" in f.message
    assert fix_text(text, [f], [entry]) == text


def test_a_kyrgyz_suffix_is_rebuilt_for_a_stem_that_ends_in_another_sound():
    entry = GlossaryEntry(
        variants=[
            Variant("en", "Bishkek", "preferred"),
            Variant("ky", "Бишкек", "preferred"),
            Variant("ky", "Фрунзе", "deprecated"),
        ],
        id=4,
    )
    [f] = check_sentence("", "Фрунзеден келди", "ky", [entry])
    assert f.found == "Фрунзеден" and f.suggestion == "Бишкектен" and f.fixable


def test_deprecated_form_without_a_preferred_form_needs_a_person():
    entry = GlossaryEntry(
        variants=[Variant("en", "Japarov", "preferred"), Variant("ru", "Джапаров", "deprecated")],
        id=6,
    )
    [f] = check_sentence("Japarov.", "Джапаров.", "ru", [entry])
    assert f.kind == "deprecated" and f.suggestion is None
    assert "no preferred Russian form" in f.message


# --- fix_text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "fixed"),
    [
        ("ru", "Поддержка Джапарова растёт.", "Поддержка Жапарова растёт."),
        ("ru", "Встреча с Джапаровым.", "Встреча с Жапаровым."),
        ("ru", "Партии Садыра Джапарова.", "Партии Садыра Жапарова."),
        ("ky", "Садыр Джапаровдун сапары.", "Садыр Жапаровдун сапары."),
        ("ky", "Джапаровго жана Джапаровдун.", "Жапаровго жана Жапаровдун."),
        ("ru", "ДЖАПАРОВ и джапаров.", "ЖАПАРОВ и жапаров."),
    ],
)
def test_fix_text_keeps_case_endings_and_capitalisation(lang, text, fixed):
    entries = [japarov()]
    findings = check_sentence("", text, lang, entries)
    assert fix_text(text, findings, entries) == fixed
    assert fix_all_text(text, lang, entries) == fixed
    assert check_sentence("", fixed, lang, entries) == []


def test_fix_text_with_entries_of_one_and_several_words():
    entries = [japarov(), atambayev()]
    text = "Атамбайев и Джапаров: Атамбайеву не верят, Джапарову верят."
    fixed = fix_all_text(text, "ru", entries)
    assert fixed == "Атамбаев и Жапаров: Атамбаеву не верят, Жапарову верят."


def test_long_kyrgyz_suffix_chain():
    text = "Джапаровдордундагы жыйын"
    [f] = check_sentence("", text, "ky", [japarov()])
    assert f.found == "Джапаровдордундагы" and f.suggestion == "Жапаровдордундагы"


def test_overlapping_findings_of_a_surname_entry_and_a_full_name_entry():
    entries = [japarov(1), japarov_full(2)]
    text = "Садыра Джапарова и Джапарова"
    findings = check_sentence("", text, "ru", entries)
    assert [(f.entry_id, f.found) for f in findings] == [
        (2, "Садыра Джапарова"),
        (1, "Джапарова"),
        (1, "Джапарова"),
    ]
    fixed, applied, skipped = fix_findings(text, findings, entries)
    assert fixed == "Садыра Жапарова и Жапарова"
    assert applied == findings and skipped == []
    assert check_sentence("", fixed, "ru", entries) == []


def test_fix_text_leaves_missing_findings_and_findings_for_other_text_alone():
    entries = [japarov()]
    text = "Джапарова поддержали."
    [found] = check_sentence("", text, "ru", entries)
    missing = check_sentence("Japarov.", "Путин.", "ru", entries)
    assert fix_text("Путин.", missing, entries) == "Путин."
    other = "Вчера Джапарова поддержали."  # same finding, but the span no longer fits
    assert fix_text(other, [found], entries) == other
    assert fix_text(text, [found], entries) == "Жапарова поддержали."


def test_fix_text_does_not_apply_a_fix_the_glossary_no_longer_gives():
    text = "Джапарова поддержали."
    [found] = check_sentence("", text, "ru", [japarov()])
    changed = GlossaryEntry(
        variants=[Variant("en", "Japarov", "preferred"), Variant("ru", "Джапаров", "preferred")],
        id=1,
    )
    assert fix_text(text, [found], [changed]) == text


# --- the store and apply_fixes -----------------------------------------------------------------


def stored_entry(ws: Workspace, entry: GlossaryEntry) -> GlossaryEntry:
    entry.id = None
    return ws.glossary.create(entry, "lead")


def draft(ws: Workspace, drafts: dict[str, str], lang: str = "ru", article: str = "art"):
    ws.translations.add_machine_drafts(
        article, lang, drafts, origin_detail=MACHINE, author="machine translation"
    )
    return {sid: ws.translations.head(article, sid, lang) for sid in drafts}


def findings_for(ws: Workspace, article: str, lang: str, sources: dict[str, str]):
    entries = ws.glossary.list()
    out = []
    for sid, source in sources.items():
        head = ws.translations.head(article, sid, lang)
        out += check_sentence(
            source,
            head.text,
            lang,
            entries,
            article_id=article,
            sentence_id=sid,
            version_id=head.id,
        )
    return out


def test_apply_fixes_saves_one_version_per_sentence_with_the_reviewers_name(
    workspace: Workspace,
):
    entry = stored_entry(workspace, japarov())
    heads = draft(
        workspace,
        {"s1": "Джапаров и снова Джапарову.", "s2": "С Джапаровым.", "s3": "Путин."},
    )
    findings = findings_for(
        workspace, "art", "ru", {"s1": "Japarov", "s2": "Japarov", "s3": "Japarov met Putin"}
    )
    assert [f.kind for f in findings] == ["deprecated", "deprecated", "deprecated", "missing"]

    report = apply_fixes(workspace, findings, "Aida")

    assert len(report.saved) == 2 and len(report.fixed) == 3
    assert report.stale == [] and [f.kind for f in report.needs_person] == ["missing"]
    assert "need a person" in report.summary()
    for sid, fixed in (("s1", "Жапаров и снова Жапарову."), ("s2", "С Жапаровым.")):
        history = workspace.translations.history("art", sid, "ru")
        assert [v.text for v in history] == [heads[sid].text, fixed]
        new = history[-1]
        assert (new.author, new.status, new.origin) == ("Aida", "edited", "human")
        assert new.parent_id == heads[sid].id and not new.is_conflict
        assert new.origin_detail["entries"] == [entry.id]
    # the missing finding is never touched automatically
    assert len(workspace.translations.history("art", "s3", "ru")) == 1


def test_apply_fixes_skips_a_sentence_whose_head_moved_and_overwrites_nothing(
    workspace: Workspace,
):
    stored_entry(workspace, japarov())
    heads = draft(workspace, {"s1": "Джапаров уехал.", "s2": "Джапаров приехал."})
    findings = findings_for(workspace, "art", "ru", {"s1": "", "s2": ""})
    # Someone edits s1 after the check (and still writes the deprecated form).
    other = workspace.translations.save(
        "art", "s1", "ru", "Вчера Джапаров уехал.", author="Bolot", base_id=heads["s1"].id
    ).version

    report = apply_fixes(workspace, findings, "Aida")

    assert [f.sentence_id for f in report.stale] == ["s1"]
    assert [v.sentence_id for v in report.saved] == ["s2"]
    assert workspace.translations.head("art", "s1", "ru") == other
    assert len(workspace.translations.history("art", "s1", "ru")) == 2  # no conflict version
    assert workspace.translations.head("art", "s2", "ru").text == "Жапаров приехал."
    assert "check again" in report.summary()


def test_apply_fix_and_apply_entry_fixes(workspace: Workspace):
    japarov_entry = stored_entry(workspace, japarov())
    stored_entry(workspace, atambayev())
    draft(workspace, {"s1": "Джапаров и Атамбайев.", "s2": "Атамбайеву."})
    findings = findings_for(workspace, "art", "ru", {"s1": "", "s2": ""})

    report = apply_entry_fixes(workspace, findings, japarov_entry.id, "Aida")
    assert [f.found for f in report.fixed] == ["Джапаров"]
    assert workspace.translations.head("art", "s1", "ru").text == "Жапаров и Атамбайев."

    [s2] = [f for f in findings if f.sentence_id == "s2"]
    assert apply_fix(workspace, s2, "Aida").fixed == [s2]
    assert workspace.translations.head("art", "s2", "ru").text == "Атамбаеву."
    # the s1 Atambayev finding was computed on the old head: now stale, not applied
    [s1_atambayev] = [f for f in findings if f.sentence_id == "s1" and f.found == "Атамбайев"]
    assert apply_fix(workspace, s1_atambayev, "Aida").stale == [s1_atambayev]


def test_apply_fixes_needs_a_reviewer_and_stored_findings(workspace: Workspace):
    entries = [japarov()]
    [f] = check_sentence("", "Джапаров.", "ru", entries)
    with pytest.raises(ValueError, match="name"):
        apply_fixes(workspace, [f], " ", entries=entries)
    with pytest.raises(ValueError, match="fix_text"):
        apply_fixes(workspace, [f], "Aida", entries=entries)


def test_save_on_heads_writes_only_where_the_base_is_still_head(workspace: Workspace):
    store = workspace.translations
    heads = draft(workspace, {"s1": "один", "s2": "два"})
    saved = store.save_on_heads(
        [
            {"article_id": "art", "sentence_id": "s1", "lang": "ru", "base_id": heads["s1"].id,
             "text": "один!"},
            {"article_id": "art", "sentence_id": "s2", "lang": "ru", "base_id": heads["s2"].id - 99,
             "text": "два!"},
            {"article_id": "art", "sentence_id": "s9", "lang": "ru", "base_id": 1, "text": "x"},
        ],
        author="Aida",
    )  # fmt: skip
    assert saved[0].text == "один!" and saved[0].parent_id == heads["s1"].id
    assert saved[1:] == [None, None]
    assert store.head("art", "s2", "ru") == heads["s2"]
    with pytest.raises(ValueError, match="origin"):
        store.save_on_heads(
            [{"article_id": "a", "sentence_id": "s", "lang": "ru", "base_id": 1, "text": "t",
              "origin": "robot"}],
            author="Aida",
        )  # fmt: skip


# --- the glossary applied to new drafts --------------------------------------------------------


def test_glossary_on_machine_drafts_is_a_separate_version_that_changes_only_the_name(
    workspace: Workspace,
):
    entry = stored_entry(workspace, japarov())
    machine = draft(
        workspace,
        {
            "s1": "С момента переворота Джапаров пытается заручиться поддержкой России.",
            "s2": "Жапаров боится.",
        },
    )

    assert apply_glossary_to_drafts(workspace, "art", "ru", ["s1", "s2"]) == 1

    head = workspace.translations.head("art", "s1", "ru")
    assert head.text == "С момента переворота Жапаров пытается заручиться поддержкой России."
    assert (head.status, head.origin, head.author) == ("draft", "machine", GLOSSARY_AUTHOR)
    assert head.parent_id == machine["s1"].id
    assert head.origin_detail == {
        **MACHINE,
        "glossary": True,
        "based_on": machine["s1"].id,
        "entries": [entry.id],
    }
    assert is_glossary_version(head) and not is_glossary_version(machine["s1"])
    changes = [(op, text) for op, text in word_diff(machine["s1"].text, head.text) if op != "equal"]
    assert changes == [("delete", "Джапаров"), ("insert", "Жапаров")]
    # the machine draft stays the first draft, and nothing was made for the clean sentence
    state = workspace.translations.article_states("art", "ru")
    assert state["s1"].first_draft == machine["s1"] and state["s1"].corrections == 0
    assert workspace.translations.head("art", "s2", "ru") == machine["s2"]
    # running it again changes nothing
    assert apply_glossary_to_drafts(workspace, "art", "ru", ["s1", "s2"]) == 0
    assert len(workspace.translations.history("art", "s1", "ru")) == 2


def test_glossary_never_changes_a_reviewers_text(workspace: Workspace):
    stored_entry(workspace, japarov())
    machine = draft(workspace, {"s1": "Джапаров уехал.", "s2": "Джапаров приехал."})
    store = workspace.translations
    edited = store.save(
        "art", "s1", "ru", "Джапаров всё-таки уехал.", author="Aida", base_id=machine["s1"].id
    ).version
    approved = store.approve("art", "s2", "ru", author="Bolot", base_id=machine["s2"].id).version

    assert apply_glossary_to_drafts(workspace, "art", "ru", ["s1", "s2"]) == 0
    assert apply_glossary_to_article(workspace, "art") == {"ru": 0, "ky": 0}

    assert store.head("art", "s1", "ru") == edited
    assert store.head("art", "s2", "ru") == approved


def test_glossary_after_a_new_machine_draft_over_an_earlier_glossary_version(
    workspace: Workspace,
):
    stored_entry(workspace, japarov())
    draft(workspace, {"s1": "Джапаров уехал."})
    apply_glossary_to_drafts(workspace, "art", "ru", ["s1"])
    newer = draft(workspace, {"s1": "Джапаров уехал вчера."})["s1"]
    assert newer.origin_detail == MACHINE  # a new machine draft replaced the glossary version

    assert apply_glossary_to_drafts(workspace, "art", "ru", ["s1"]) == 1
    head = workspace.translations.head("art", "s1", "ru")
    assert head.text == "Жапаров уехал вчера." and head.origin_detail["based_on"] == newer.id


def test_no_glossary_no_versions(workspace: Workspace):
    draft(workspace, {"s1": "Джапаров уехал."})
    assert apply_glossary_to_drafts(workspace, "art", "ru", ["s1"]) == 0


# --- end to end, on the bundled sample drafts --------------------------------------------------


@pytest.fixture
def sample(workspace: Workspace):
    article = workspace.corpus().get(ARTICLE)
    assert workspace.sync_translation_files(article).added > 0
    entry = stored_entry(workspace, japarov())
    return workspace, article, entry


def test_sample_drafts_check_and_fix_end_to_end(sample):
    ws, article, entry = sample
    findings = check(ws, [article])
    deprecated = [f for f in findings if f.kind == "deprecated"]
    assert {f.lang for f in deprecated} == {"ru", "ky"}
    for f in deprecated:
        head = ws.translations.head(ARTICLE, f.sentence_id, f.lang)
        assert f.version_id == head.id and f.entry_id == entry.id
        assert head.text[f.start : f.end] == f.found and f.found.startswith("Джапаров")
        assert f.suggestion == "Ж" + f.found.removeprefix("Дж")
    sentences_with_old_spelling = {
        (lang, s.id)
        for lang in ("ru", "ky")
        for s in article.content_sentences()
        if "Джапаров" in ws.translations.head(ARTICLE, s.id, lang).text
    }
    assert {(f.lang, f.sentence_id) for f in deprecated} == sentences_with_old_spelling
    assert len(sentences_with_old_spelling) >= 4
    assert check(ws, [ARTICLE]) == findings  # by id too

    report = apply_fixes(ws, findings, "Aida")

    assert len(report.saved) == len(sentences_with_old_spelling)
    assert report.stale == []
    after = check(ws, [article])
    assert [f for f in after if f.kind == "deprecated"] == []
    for lang, sid in sentences_with_old_spelling:
        history = ws.translations.history(ARTICLE, sid, lang)
        assert len(history) == 2 and history[0].origin == "sample"
        assert "Джапаров" not in history[-1].text and "Жапаров" in history[-1].text
        assert history[-1].author == "Aida"


def test_sample_drafts_get_the_glossary_applied_as_sample_drafts(sample):
    ws, article, entry = sample
    before = {f.sentence_id for f in check(ws, [article], ["ru"]) if f.kind == "deprecated"}

    counts = apply_glossary_to_article(ws, article)

    assert counts["ru"] == len(before) and counts["ky"] > 0
    for sid in before:
        head = ws.translations.head(ARTICLE, sid, "ru")
        assert head.origin == "sample" and head.author == GLOSSARY_AUTHOR
        assert head.origin_detail["file"] == f"{ARTICLE}.ru.json"
        assert head.origin_detail["entries"] == [entry.id]
    assert [f for f in check(ws, [article]) if f.kind == "deprecated"] == []


def test_a_deprecated_surname_is_replaced_by_the_surname_not_the_full_name():
    from reader.checks import check_sentence, fix_all_text

    full_name_only = GlossaryEntry(
        [
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
            Variant("ky", "Джапаров", "deprecated"),
        ],
        id=1,
    )
    ru = "Садыр Джапарова поддержали, а Джапаров промолчал."
    assert (
        fix_all_text(ru, "ru", [full_name_only])
        == "Садыр Жапарова поддержали, а Жапаров промолчал."
    )
    ky = "Садыр Джапаровдун сөзү."
    assert fix_all_text(ky, "ky", [full_name_only]) == "Садыр Жапаровдун сөзү."
    [finding] = check_sentence("Sadyr Japarov spoke.", ky, "ky", [full_name_only])
    assert finding.suggestion == "Жапаровдун"
