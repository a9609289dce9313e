"""Data is shown as text on every page: Markdown and HTML written in the data never render.

A corpus, a store and a models folder are seeded with hostile values (an article whose title
and text are Markdown, translations with a blank line then a heading, glossary terms and
notes, a reviewer named in Markdown), every page is driven through AppTest, and every piece
of text Streamlit would render as Markdown is checked: at the source (no construct left
as written) and rendered by a CommonMark + GFM parser (no links, headings, emphasis, math,
tables or scripts from the data, and the data's characters all still visible).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from google.protobuf.message import Message
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin
from streamlit.testing.v1 import AppTest

from reader.checks import check, dismiss
from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import load_article
from reader.glossary import GlossaryEntry, Variant
from reader.glossary.entries import shorten
from reader.glossary.formats import export_entries
from reader.names.decisions import NameDecisions
from reader.workspace import Workspace

APP = str(REPO_ROOT / "streamlit_app.py")
ARTICLE = "hostile"
HOSTILE = "**bold** [x](javascript:alert(1)) <script>alert(1)</script> $x^2$ :red[r] `c` # heading"
EVE = "**Eve** [x](javascript:alert(1))"
TRANSLATION = (
    "Джапаров **bold** [x](javascript:alert(1))\n\n# heading $x^2$ <script>alert(1)</script>"
)
TERM = "**Japarov** [x](javascript:alert(1))"
NOTE = "# note **bold** $x^2$"
MODEL = "**model** [x](javascript:alert(1)) $x^2$"
# Written as in the data, any of these would render as markup somewhere.
LIVE = ("**bold**", "**Eve**", "**Japarov**", "**model**", "](javascript:", "<script", "$x^2$")
LIVE += (":red[", "`c`", "www.evil.example", "\n# ")
# Rendered, these tags can only come from the data (the pages' own markup has none of them).
FOREIGN_TAGS = re.compile(r"<(a|h[1-6]|script|table|li|blockquote|img)\b|class=\"math")
# Streamlit's Markdown: CommonMark with GFM tables, strikethrough, autolinks, and `$` math.
MARKDOWN = MarkdownIt("gfm-like").use(dollarmath_plugin)
PLAIN_MARKDOWN = MarkdownIt("gfm-like", {"html": False}).use(dollarmath_plugin)
RENDERED_FIELDS = {"body", "label", "help", "text"}  # what Streamlit reads as Markdown


@pytest.fixture
def env(data_dir: Path, corpus_dir: Path, tmp_path: Path, monkeypatch) -> Workspace:
    for path in corpus_dir.iterdir():  # one article keeps the pages quick
        if path.is_file():
            path.unlink()
    (corpus_dir / f"{ARTICLE}.txt").write_text(
        f"{HOSTILE}\n\n"
        "Sadyr Japarov met reporters in Bishkek on Tuesday, said **bold** "
        "[x](javascript:alert(1)) $x^2$ :red[r] www.evil.example.\n\n"
        "# heading Japarov spoke to reporters in Osh.\n",
        encoding="utf-8",
    )
    (corpus_dir / f"{ARTICLE}.meta.json").write_text(
        json.dumps({"lang": "en", "outlet": EVE}), encoding="utf-8"
    )
    models = tmp_path / "models"
    (models / MODEL).mkdir(parents=True)
    monkeypatch.setenv("READER_MODELS", str(models))
    ws = Workspace(resolve_paths(data=data_dir, corpus=corpus_dir))
    article = load_article(corpus_dir / f"{ARTICLE}.txt")
    for sentence in article.content_sentences():
        for lang in ("ru", "ky"):
            ws.translations.save(ARTICLE, sentence.id, lang, TRANSLATION, author=EVE, base_id=None)
    ws.glossary.create(
        GlossaryEntry(
            [
                Variant("en", TERM, "preferred"),
                Variant("en", "Japarov", "admitted"),
                Variant("ru", "Жапаров", "preferred"),
                Variant("ru", "Джапаров", "deprecated"),
                Variant("ky", "Жапаров", "preferred"),
            ],
            note=NOTE,
        ),
        EVE,
    )
    NameDecisions(ws.paths.database).dismiss("hostile-group", EVE, label=HOSTILE)
    return ws


def _sources(at: AppTest) -> list[tuple[str, bool]]:
    """Every string Streamlit renders as Markdown, and whether raw HTML is allowed in it."""
    found: list[tuple[str, bool]] = []

    def walk(message: Message, allow_html: bool) -> None:
        for field, value in message.ListFields():
            if field.type == field.TYPE_MESSAGE:
                items = [value] if isinstance(value, Message) else value
                for item in items:
                    walk(item, allow_html)
            elif field.name in RENDERED_FIELDS and isinstance(value, str):
                found.append((value, allow_html))

    for node in at._tree:
        proto = getattr(node, "proto", None)
        if isinstance(proto, Message) and type(node).__name__ not in ("Code", "Text"):
            walk(proto, bool(getattr(proto, "allow_html", False)))
    return found


def _visible(rendered: str) -> str:
    lines = re.sub(r"<br\s*/?>\n?|</(p|div)>", "\n", rendered)
    return html.unescape(re.sub(r"<[^>]+>", "", lines))


def _assert_shown_as_text(at: AppTest, expected: list[str]) -> None:
    assert not at.exception, at.exception
    sources = _sources(at)
    visible = []
    for source, allow_html in sources:
        for live in LIVE:
            assert live not in source, f"{live!r} left live in {source!r}"
        assert not re.search(r"^\s{0,3}#", source, re.MULTILINE), source
        rendered = (MARKDOWN if allow_html else PLAIN_MARKDOWN).render(source)
        assert not FOREIGN_TAGS.search(rendered), rendered
        assert not re.search(r"<(strong|em|del|s|code)>(bold|Eve|Japarov|model|r|c)<", rendered), (
            rendered
        )
        visible.append(_visible(rendered))
    shown = "\n".join(visible)
    for text in expected:
        assert text in shown, f"{text!r} is not shown"


def _app(page: str | None = None, reviewer: str = EVE) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.sidebar.text_input(key="reviewer").input(reviewer).run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


TRANSLATION_LINES = ["Джапаров **bold** [x](javascript:alert(1))", "# heading $x^2$"]
# English left in the Kyrgyz column of the first sentence: a wrong-language finding.
UNTRANSLATED = "Still **bold**, the ruling party suffered heavy losses [x](javascript:alert(1))"
READ_AS = "The Kyrgyz column reads as English (confidence"


def _untranslated(ws: Workspace, corpus_dir: Path) -> str:
    """Leave the first sentence's Kyrgyz translation in English; its id."""
    sentence = load_article(corpus_dir / f"{ARTICLE}.txt").content_sentences()[0]
    head = ws.translations.head(ARTICLE, sentence.id, "ky")
    ws.translations.save(ARTICLE, sentence.id, "ky", UNTRANSLATED, author=EVE, base_id=head.id)
    return sentence.id


def test_review_page_shows_titles_texts_translations_and_names_as_text(env, corpus_dir):
    _untranslated(env, corpus_dir)
    at = _app()
    assert at.title[0].value  # the article is shown
    shown = [HOSTILE, EVE, *TRANSLATION_LINES, "<script>alert(1)</script>", UNTRANSLATED]
    _assert_shown_as_text(at, [*shown, "⚠ wrong language: English"])
    sentence = load_article(corpus_dir / f"{ARTICLE}.txt").content_sentences()[0]
    at.button(key=f"edit:{sentence.id}").click().run()
    _assert_shown_as_text(at, [READ_AS])
    head = env.translations.head(ARTICLE, sentence.id, "ru")
    env.translations.save(
        ARTICLE, sentence.id, "ru", TRANSLATION + " ", author=EVE, base_id=head.id
    )
    at.text_area(key=f"text:{sentence.id}:ru").input("Жапаров сказал.").run()
    at.button(key=f"save:{sentence.id}:ru").click().run()
    assert at.warning, "the conflict is reported"
    _assert_shown_as_text(at, [f"{EVE} saved this sentence", f"edited by {EVE}", sentence.text])


def test_an_uploaded_article_is_named_as_text(env):
    at = _app()
    text = f"{TERM}\n\nJaparov spoke.\n".encode()
    at.sidebar.file_uploader(key="upload").set_value(("new.txt", text, "text/plain")).run()
    at.sidebar.button(key="add_article").click().run()
    _assert_shown_as_text(at, [f"Added “{TERM}”"])


def test_glossary_page_shows_terms_notes_and_authors_as_text(env):
    at = _app("app/glossary.py")
    _assert_shown_as_text(at, [f"created by {EVE}"])
    name = f"{HOSTILE}.json"
    exported = export_entries(env.glossary.list(), "json")
    at.file_uploader(key="gl_import").set_value((name, exported, "application/json")).run()
    at.button(key="gl_import_go").click().run()
    _assert_shown_as_text(at, [f"Imported {shorten(name)}"])  # long names are shortened


def test_checks_page_shows_terms_titles_and_translations_as_text(env, corpus_dir):
    _untranslated(env, corpus_dir)
    at = _app("app/checks.py")
    assert at.expander, "findings are listed"
    _assert_shown_as_text(at, [TERM, HOSTILE, TRANSLATION_LINES[0], UNTRANSLATED, READ_AS])


def test_names_page_shows_names_examples_and_decisions_as_text(env):
    at = _app("app/names.py")
    _assert_shown_as_text(at, [f"{HOSTILE} · no longer in the corpus · dismissed by {EVE}"])


def test_models_page_shows_folder_names_as_text(env):
    at = _app("app/models.py")
    _assert_shown_as_text(at, [MODEL])


def test_checks_page_shows_dismissed_findings_and_who_dismissed_them_as_text(env):
    finding = check(env)[0]
    dismiss(env, finding, EVE)
    at = _app("app/checks.py")
    at.toggle(key="checks:show-dismissed").set_value(True).run()
    _assert_shown_as_text(at, [f"Dismissed by {EVE}", TERM, TRANSLATION_LINES[0]])
