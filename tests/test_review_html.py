"""Review helpers: word diffs, glossary highlighting and progress, as safe HTML."""

from __future__ import annotations

import pytest

from reader.config import REPO_ROOT
from reader.corpus import load_article
from reader.glossary.entries import GlossaryEntry, Variant
from reader.review.diff import diff_html, tokens, word_diff
from reader.review.highlight import TermFinder, highlight_html
from reader.review.progress import article_progress, status_map
from reader.workspace import Workspace

# --- word diff ---------------------------------------------------------------------------------


def test_tokens_join_back_to_the_text():
    text = "Жапаров сказал:  «Нет!»\n1,5 млн & <b>"
    assert "".join(tokens(text)) == text


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Джапаров встретился с Путиным.", "Жапаров встретился с Путиным в Казани."),
        ("", "новый текст"),
        ("старый текст", ""),
        ("a b c", "c b a"),
    ],
)
def test_word_diff_ops_rebuild_both_texts(old: str, new: str):
    ops = word_diff(old, new)
    assert "".join(t for op, t in ops if op != "insert") == old
    assert "".join(t for op, t in ops if op != "delete") == new
    assert {op for op, _ in ops} <= {"equal", "delete", "insert"}


def test_diff_html_marks_a_replaced_word():
    html = diff_html("Джапаров встретился с Путиным.", "Жапаров встретился с Путиным.")
    assert html == "<del>Джапаров</del><ins>Жапаров</ins> встретился с Путиным."


def test_diff_html_of_equal_texts_has_no_marks():
    assert diff_html("тот же текст", "тот же текст") == "тот же текст"


def test_diff_html_escapes_markup_in_both_texts():
    html = diff_html("<script>alert(1)</script> & co", "<script>alert(2)</script> & co")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp; co" in html
    assert "<del>1</del><ins>2</ins>" in html


def test_diff_html_escapes_inserted_and_deleted_text():
    html = diff_html("a <b>", 'a <i> & "q"')
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;" in html and "&amp;" in html and "&quot;" in html


# --- glossary highlighting ---------------------------------------------------------------------


@pytest.fixture
def finder() -> TermFinder:
    japarov = GlossaryEntry(
        id=7,
        variants=[
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Japarov", "admitted"),
            Variant("en", "Zhaparov", "deprecated"),
            Variant("ru", "Жапаров", "preferred"),
            Variant("ru", "Джапаров", "deprecated"),
        ],
    )
    company = GlossaryEntry(id=8, variants=[Variant("en", "AT&T", "preferred")])
    return TermFinder([japarov, company])


def found(finder: TermFinder, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.status) for m in finder.find(text)]


def test_finds_an_english_name(finder: TermFinder):
    matches = finder.find("Officials said Zhaparov spoke.")
    assert [(m.start, m.end, m.entry_id, m.english) for m in matches] == [
        (15, 23, 7, "Sadyr Japarov")
    ]


def test_finds_russian_declined_forms(finder: TermFinder):
    text = "Встреча Жапарова с Жапаровым."
    assert found(finder, text) == [("Жапарова", "preferred"), ("Жапаровым", "preferred")]


def test_finds_kyrgyz_suffixed_forms(finder: TermFinder):
    assert found(finder, "Жапаровдун сөзү") == [("Жапаровдун", "preferred")]


def test_does_not_match_inside_a_longer_latin_word(finder: TermFinder):
    assert finder.find("Japarovich and SadyrJaparov") == []


def test_prefers_the_longest_form(finder: TermFinder):
    text = "Sadyr Japarov met Putin. Japarov said."
    assert found(finder, text) == [("Sadyr Japarov", "preferred"), ("Japarov", "admitted")]


def test_reports_a_deprecated_form(finder: TermFinder):
    [match] = finder.find("Джапаров заявил")
    assert (match.status, match.form, match.english) == ("deprecated", "джапаров", "Sadyr Japarov")


def test_matching_ignores_case(finder: TermFinder):
    assert found(finder, "SADYR JAPAROV") == [("SADYR JAPAROV", "preferred")]


def test_empty_glossary_finds_nothing():
    assert TermFinder([]).find("Japarov") == []


def test_highlight_html_escapes_text_around_and_inside_marks(finder: TermFinder):
    text = "<b>Japarov</b> & AT&T"
    html = highlight_html(text, finder.find(text))
    assert html == (
        '&lt;b&gt;<mark class="term-admitted" title="Sadyr Japarov (admitted)">Japarov</mark>'
        '&lt;/b&gt; &amp; <mark class="term-preferred" title="AT&amp;T (preferred)">'
        "AT&amp;T</mark>"
    )


def test_highlight_html_without_matches_is_the_escaped_text():
    assert highlight_html('"x" < y', []) == "&quot;x&quot; &lt; y"


# --- progress ----------------------------------------------------------------------------------


def test_article_progress_after_drafts_and_one_approval(workspace: Workspace):
    article = load_article(REPO_ROOT / "corpus" / "003_3eaa36a4e0c2b786.txt")
    content = article.content_sentences()
    furniture = [s for s in article.sentences if s.furniture]
    store = workspace.translations

    drafts = {s.id: f"черновик {i}" for i, s in enumerate(content[:3])}
    drafts[furniture[0].id] = "мебель"  # furniture is not counted
    store.add_drafts(
        article.id, "ru", drafts, origin="sample", origin_detail={}, author="sample drafts"
    )
    head = store.head(article.id, content[0].id, "ru")
    store.approve(article.id, content[0].id, "ru", author="aida", base_id=head.id)

    progress = article_progress(store, article)
    ru, ky = progress["ru"], progress["ky"]
    assert set(progress) == {"ru", "ky"}
    assert ru.total == ky.total == len(content)
    assert ru.as_dict() == {
        "total": len(content),
        "approved": 1,
        "draft": 2,
        "edited": 0,
        "missing": len(content) - 3,
    }
    assert ru.fraction_approved == pytest.approx(1 / len(content))
    assert ky.approved == 0
    assert ky.counts["missing"] == len(content)


def test_a_form_takes_its_status_from_the_column_language():
    entry = GlossaryEntry(
        [
            Variant("en", "Osh", "preferred"),
            Variant("ru", "Ош", "deprecated"),
            Variant("ky", "Ош", "preferred"),
        ],
        id=7,
    )
    assert [m.status for m in TermFinder([entry], "ru").find("в Оше")] == ["deprecated"]
    assert [m.status for m in TermFinder([entry], "ky").find("Оштон")] == ["preferred"]


def test_long_kyrgyz_suffix_chains_are_found():
    entry = GlossaryEntry([Variant("en", "Japarov"), Variant("ky", "Жапаров", "preferred")], id=1)
    [match] = TermFinder([entry], "ky").find("Жапаровдордун сөздөрү")
    assert match.form == "жапаров"


def test_status_map_counts_corrections_not_approvals_per_sentence(workspace: Workspace):
    article = load_article(REPO_ROOT / "corpus" / "003_3eaa36a4e0c2b786.txt")
    workspace.sync_translation_files(article)
    sid = article.content_sentences()[2].id
    head = workspace.translations.head(article.id, sid, "ky")
    edited = workspace.translations.save(
        article.id, sid, "ky", head.text + "!", author="Aida", base_id=head.id
    )
    approved = workspace.translations.approve(
        article.id, sid, "ky", author="Bakyt", base_id=edited.version.id
    )

    rows = status_map(workspace.translations, article)
    assert len(rows) == 2 * len(article.content_sentences())
    third_ky = next(r for r in rows if r["language"] == "ky" and r["sentence"] == 3)
    assert (third_ky["status"], third_ky["edits"]) == ("approved", 1)  # approval: no correction
    workspace.translations.save(
        article.id, sid, "ky", head.text + "?", author="Bakyt", base_id=approved.version.id
    )
    rows = status_map(workspace.translations, article)
    third_ky = next(r for r in rows if r["language"] == "ky" and r["sentence"] == 3)
    assert (third_ky["status"], third_ky["edits"]) == ("edited", 2)
    third_ru = next(r for r in rows if r["language"] == "ru" and r["sentence"] == 3)
    assert (third_ru["status"], third_ru["edits"]) == ("draft", 0)
