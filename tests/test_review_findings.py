"""Check findings on the Review page: a marker per cell, the list in the editor, and a fix
applied to the text being edited (saved only by the reviewer, through the normal save)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.checks import dismiss, findings_for_article, fix_in_text
from reader.config import REPO_ROOT, resolve_paths
from reader.glossary import GlossaryEntry, Variant
from reader.review.escape import markdown_text
from reader.workspace import Workspace

APP = str(REPO_ROOT / "streamlit_app.py")
ARTICLE = "004_5eb83673b1bc0057"
NAMED = "da23efd2ad98"  # ru: "…было сообщено, Джапаров предостерег США…"
MARKER = markdown_text("⚠ deprecated: Джапаров → Жапаров")
WRONG = markdown_text("⚠ wrong language: English")


@pytest.fixture
def ws(data_dir: Path, corpus_dir: Path) -> Workspace:
    """One article (a quick page), its sample drafts, and a glossary deprecating Джапаров."""
    for path in corpus_dir.glob("*.txt"):
        if not path.name.startswith(ARTICLE):
            path.unlink()
    workspace = Workspace(resolve_paths(data=data_dir, corpus=corpus_dir))
    workspace.sync_translation_files(workspace.corpus().get(ARTICLE))
    workspace.glossary.create(
        GlossaryEntry(
            [
                Variant("en", "Japarov", "preferred"),
                Variant("ru", "Жапаров", "preferred"),
                Variant("ru", "Джапаров", "deprecated"),
            ]
        ),
        "Aida",
    )
    return workspace


def _english_in_kyrgyz(ws: Workspace) -> str:
    """Save a sentence's English as its Kyrgyz: a wrong-language finding; its id."""
    article = ws.corpus().get(ARTICLE)
    sentence = next(s for s in article.content_sentences() if len(s.text.split()) > 8)
    head = ws.translations.head(ARTICLE, sentence.id, "ky")
    ws.translations.save(ARTICLE, sentence.id, "ky", sentence.text, author="Aida", base_id=head.id)
    return sentence.id


def _page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["kept:reviewer"] = "Aida"
    at.session_state["kept:article"] = ARTICLE
    at.session_state["page_size"] = 50  # every sentence of the article on one page
    at.run()
    assert not at.exception
    return at


def _markers(at: AppTest) -> list[str]:
    """The cells' markers as written (escaped), one per finding."""
    return [m for c in at.caption if c.value.startswith("⚠ ") for m in c.value.split(" · ")]


def test_findings_for_article_are_the_open_ones_by_sentence_and_language(ws):
    sid = _english_in_kyrgyz(ws)
    found = findings_for_article(ws, ws.corpus().get(ARTICLE))
    assert [f.check for f in found[(sid, "ky")]] == ["wrong-language"]
    assert [f.found for f in found[(NAMED, "ru")]] == ["Джапаров"]
    assert all(f.lang == lang and f.sentence_id == s for (s, lang), fs in found.items() for f in fs)
    dismiss(ws, found[(sid, "ky")][0], "Aida")
    assert (sid, "ky") not in findings_for_article(ws, ws.corpus().get(ARTICLE))


def test_fix_in_text_fixes_the_form_where_the_reviewer_moved_it(ws):
    [finding] = findings_for_article(ws, ws.corpus().get(ARTICLE))[(NAMED, "ru")]
    typed = "Вот: Джапаров предостерег США."  # other words before it: another span
    assert fix_in_text(typed, finding, ws.glossary.list()) == "Вот: Жапаров предостерег США."
    assert fix_in_text("Вот: Жапаров уже.", finding, ws.glossary.list()) is None


def test_rows_mark_cells_with_open_findings_and_a_dismissal_clears_the_mark(ws):
    sid = _english_in_kyrgyz(ws)
    at = _page()
    markers = _markers(at)
    assert MARKER in markers
    assert WRONG in markers
    at.button(key=f"edit:{sid}").click().run()  # no fix: the editor points to the Checks page
    assert any("reads as English" in c.value for c in at.caption)
    assert any("on the **Checks** page" in c.value for c in at.caption)
    [finding] = findings_for_article(ws, ws.corpus().get(ARTICLE))[(sid, "ky")]
    dismiss(ws, finding, "Bek")  # on the Checks page, by someone else
    at.run()
    assert WRONG not in _markers(at)


def test_a_fix_goes_into_the_typed_text_and_is_saved_only_through_save(ws):
    at = _page()
    marked = _markers(at).count(MARKER)  # other sentences have the form too
    at.button(key=f"edit:{NAMED}").click().run()
    messages = [c.value for c in at.caption if "deprecated Russian spelling" in c.value]
    assert messages and "Жапаров" in messages[0]
    before = ws.translations.head(ARTICLE, NAMED, "ru")
    typed = before.text.replace("было сообщено", "сообщили")
    at.text_area(key=f"text:{NAMED}:ru").input(typed).run()
    at.button(key=f"fixfinding:{NAMED}:ru:0").click().run()
    assert not at.exception
    assert at.text_area(key=f"text:{NAMED}:ru").value == typed.replace("Джапаров", "Жапаров")
    assert ws.translations.head(ARTICLE, NAMED, "ru").id == before.id  # nothing saved yet
    at.button(key=f"save:{NAMED}:ru").click().run()
    saved = ws.translations.head(ARTICLE, NAMED, "ru")
    assert (saved.text, saved.author) == (typed.replace("Джапаров", "Жапаров"), "Aida")
    assert at.button(key=f"edit:{NAMED}") and MARKER not in _markers(at)  # its row, at once
    at.run()  # the Save redrew its row alone; the whole page, to count the others
    assert _markers(at).count(MARKER) == marked - 1


def test_a_fixed_text_saved_over_a_newer_version_is_a_conflict_not_an_overwrite(ws):
    at = _page()
    at.button(key=f"edit:{NAMED}").click().run()
    at.button(key=f"fixfinding:{NAMED}:ru:0").click().run()
    head = ws.translations.head(ARTICLE, NAMED, "ru")
    ws.translations.save(ARTICLE, NAMED, "ru", "Их текст.", author="Bek", base_id=head.id)
    at.button(key=f"save:{NAMED}:ru").click().run()
    assert ws.translations.head(ARTICLE, NAMED, "ru").text == "Их текст."
    assert any("while you were editing" in w.value for w in at.warning)
