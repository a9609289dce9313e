"""The web app, driven through Streamlit's AppTest as a reviewer would use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import add_article, load_article
from reader.glossary.formats import export_entries, import_entries
from reader.workspace import Workspace

APP = str(REPO_ROOT / "streamlit_app.py")
ARTICLE = "003_3eaa36a4e0c2b786"


@pytest.fixture
def env(indexed_data_dir: Path, corpus_dir: Path) -> Workspace:
    return Workspace(resolve_paths(data=indexed_data_dir, corpus=corpus_dir))


def _sid(corpus_dir: Path, article_id: str, starts_with: str) -> str:
    article = load_article(corpus_dir / f"{article_id}.txt")
    return next(s.id for s in article.sentences if s.text.startswith(starts_with))


def _app(reviewer: str | None = "Aida", article: str = ARTICLE) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    if reviewer:
        at.sidebar.text_input(key="reviewer").input(reviewer).run()
    at.sidebar.selectbox(key="article").set_value(article).run()
    assert not at.exception
    return at


def _html(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_article_shows_english_russian_and_kyrgyz_side_by_side(env):
    at = _app(reviewer=None)
    assert at.title[0].value == "Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos"
    page = _html(at)
    assert "widespread unrest pushed the country" in page
    assert "Боронов" in page  # the Russian sample draft
    assert "Кубатбек" in page and ("ү" in page or "ө" in page)  # the Kyrgyz one
    assert len(at.columns) >= 4


def test_page_furniture_is_hidden_until_asked_for(env):
    at = _app()
    assert "Support The Moscow Times!" not in _html(at)
    at.sidebar.toggle(key="show_furniture").set_value(True).run()
    assert "Support The Moscow Times!" in _html(at)


def test_reviewer_edits_saves_and_approves_a_sentence(env, corpus_dir):
    sid = _sid(corpus_dir, ARTICLE, "Boronov, an ally")
    at = _app()
    at.button(key=f"edit:{sid}").click().run()
    box = at.text_area(key=f"text:{sid}:ru")
    assert "Боронов" in box.value
    box.input("Боронов, союзник пророссийского президента Сооронбая Жээнбекова, был заменён.").run()
    at.button(key=f"save:{sid}:ru").click().run()
    assert any("Saved" in s.value for s in at.success)
    assert "<del>" in _html(at) and "<ins>" in _html(at)  # diff against the sample draft
    head = env.translations.head(ARTICLE, sid, "ru")
    assert (head.status, head.author, head.origin) == ("edited", "Aida", "human")

    at.button(key=f"approve:{sid}:ru").click().run()
    head = env.translations.head(ARTICLE, sid, "ru")
    assert (head.status, head.author) == ("approved", "Aida")
    assert head.text.startswith("Боронов, союзник")
    assert len(env.translations.history(ARTICLE, sid, "ru")) == 3  # sample, edit, approval


def test_saving_needs_a_reviewer_name(env, corpus_dir):
    sid = _sid(corpus_dir, ARTICLE, "Boronov, an ally")
    at = _app(reviewer=None)
    at.button(key=f"edit:{sid}").click().run()
    assert at.button(key=f"save:{sid}:ru").disabled
    assert at.button(key=f"approve:{sid}:ru").disabled


def test_two_sessions_saving_one_sentence_keep_both_edits(env, corpus_dir):
    sid = _sid(corpus_dir, ARTICLE, "Boronov, an ally")
    first, second = _app("Aida"), _app("Bakyt")
    for at in (first, second):
        at.button(key=f"edit:{sid}").click().run()
    first.text_area(key=f"text:{sid}:ru").input("Текст Аиды.").run()
    first.button(key=f"save:{sid}:ru").click().run()
    second.text_area(key=f"text:{sid}:ru").input("Текст Бакыта.").run()
    second.button(key=f"save:{sid}:ru").click().run()

    assert any("Aida saved this sentence" in w.value for w in second.warning)
    texts = [v.text for v in env.translations.history(ARTICLE, sid, "ru")]
    assert "Текст Аиды." in texts and "Текст Бакыта." in texts
    assert env.translations.head(ARTICLE, sid, "ru").text == "Текст Аиды."

    second.button(key=f"mine:{sid}:ru").click().run()
    head = env.translations.head(ARTICLE, sid, "ru")
    assert (head.text, head.author) == ("Текст Бакыта.", "Bakyt")
    assert "Текст Аиды." in [v.text for v in env.translations.history(ARTICLE, sid, "ru")]


def test_name_saved_from_a_sentence_is_highlighted_and_exported(env, corpus_dir):
    sid = _sid(corpus_dir, ARTICLE, "The new prime minister, Sadyr Japarov")
    at = _app()
    at.button(key=f"edit:{sid}").click().run()
    form = f"gl:{sid}"
    # Form fields are sent together on submit, as in the browser.
    at.text_input(key=f"{form}:en").input("Sadyr Japarov")
    at.text_input(key=f"{form}:ru").input("Садыр Жапаров")
    at.text_input(key=f"{form}:ky").input("Садыр Жапаров")
    at.text_area(key=f"{form}:other").input(
        "en | Sadyr Zhaparov | admitted\nru | Садыр Джапаров | deprecated\n"
        "ru | Джапаров | deprecated\nky | Джапаров | deprecated"
    )
    at.button(key=f"{form}:submit").click().run()
    assert not at.exception
    assert any("Sadyr Japarov" in s.value for s in at.success)

    [entry] = env.glossary.list()
    assert entry.preferred("ru") == "Садыр Жапаров" and entry.created_by == "Aida"
    page = _html(at)
    assert (
        '<mark class="term-preferred" title="Sadyr Japarov (preferred)">Sadyr Japarov</mark>'
        in page
    )
    assert 'class="term-deprecated"' in page  # the drafts' Джапаров

    at.switch_page("app/glossary.py").run()
    assert not at.exception
    assert at.title[0].value == "Glossary"
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download JSON", "Download TBX"]
    assert "Sadyr Japarov" in _html(at) or at.dataframe[0].value["English"][0] == "Sadyr Japarov"
    tbx = export_entries(env.glossary.list(), "tbx")
    assert import_entries(tbx, "tbx")[0].preferred("ky") == "Садыр Жапаров"


def test_markup_in_article_text_is_shown_as_text(env, corpus_dir):
    add_article(corpus_dir, "xss.txt", b"A <script>alert('x')</script> test & more.\n")
    at = _app(article="xss")
    page = _html(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>" not in page.replace("<style>", "")


def test_unsaved_text_survives_opening_another_sentence(env, corpus_dir):
    boronov = _sid(corpus_dir, ARTICLE, "Boronov, an ally")
    other = _sid(corpus_dir, ARTICLE, "Unrest over the vote")
    at = _app()
    at.button(key=f"edit:{boronov}").click().run()
    at.text_area(key=f"text:{boronov}:ky").input("Сакталбаган текст.").run()
    at.button(key=f"edit:{other}").click().run()
    assert not any(t.key == f"text:{boronov}:ky" for t in at.text_area)
    at.button(key=f"edit:{boronov}").click().run()
    assert at.text_area(key=f"text:{boronov}:ky").value == "Сакталбаган текст."
    assert any("Restored your unsaved text" in i.value for i in at.info)


def test_reviewer_marks_and_unmarks_page_furniture(env, corpus_dir):
    sid = _sid(corpus_dir, ARTICLE, "Russian military authorities said")
    at = _app()
    at.button(key=f"edit:{sid}").click().run()
    at.button(key=f"furnish:{sid}").click().run()
    assert "Russian military authorities said" not in _html(at)
    at.sidebar.toggle(key="show_furniture").set_value(True).run()
    assert "Russian military authorities said" in _html(at)
    at.button(key=f"unfurnish:{sid}").click().run()
    at.sidebar.toggle(key="show_furniture").set_value(False).run()
    assert "Russian military authorities said" in _html(at)
    assert (corpus_dir / f"{ARTICLE}.txt").read_bytes() == (
        REPO_ROOT / "corpus" / f"{ARTICLE}.txt"
    ).read_bytes()


def test_a_mark_on_a_broken_sidecar_is_a_message_and_the_sidecar_stays(env, corpus_dir):
    sid = _sid(corpus_dir, ARTICLE, "Russian military authorities said")
    at = _app()
    at.button(key=f"edit:{sid}").click().run()
    sidecar = corpus_dir / f"{ARTICLE}.meta.json"
    sidecar.write_text('{"title": "half written', encoding="utf-8")
    at.button(key=f"furnish:{sid}").click().run()
    assert not at.exception
    assert any("The mark was not saved" in e.value for e in at.error)
    assert sidecar.read_text(encoding="utf-8") == '{"title": "half written'


def test_the_reviewer_name_is_kept_across_pages(env):
    at = _app("Aida")
    at.switch_page("app/glossary.py").run()
    assert at.sidebar.text_input(key="reviewer").value == "Aida"
    at.switch_page("app/review.py").run()
    assert at.sidebar.text_input(key="reviewer").value == "Aida"


def test_a_store_from_a_newer_program_is_a_message_and_stays_untouched(data_dir, corpus_dir):
    import sqlite3
    from contextlib import closing

    data_dir.mkdir(parents=True)
    database = data_dir / "reader.sqlite3"
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = database.read_bytes()
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "newer than this program" in at.error[0].value
    assert database.read_bytes() == before
