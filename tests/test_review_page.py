"""The Review page as a new user meets it: choices kept, messages where they are seen and
not left over, upload limits, and no store reads repeated within one rerun."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import load_article
from reader.glossary.formats import MAX_IMPORT_BYTES
from reader.lang import target_codes
from reader.workspace import Workspace

APP = str(REPO_ROOT / "streamlit_app.py")
ARTICLE = "003_3eaa36a4e0c2b786"
STATES_QUERY = re.compile(
    r"FROM translation_versions\s+WHERE article_id = \S+ AND lang = \S+ ORDER"
)
BORONOV_RU = "Боронов, союзник президента."


@pytest.fixture
def env(indexed_data_dir: Path, corpus_dir: Path) -> Workspace:
    return Workspace(resolve_paths(data=indexed_data_dir, corpus=corpus_dir))


def _sid(corpus_dir: Path, starts_with: str) -> str:
    article = load_article(corpus_dir / f"{ARTICLE}.txt")
    return next(s.id for s in article.sentences if s.text.startswith(starts_with))


def _app(reviewer: str = "Aida") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.sidebar.text_input(key="reviewer").input(reviewer).run()
    at.sidebar.selectbox(key="article").set_value(ARTICLE).run()
    assert not at.exception
    return at


def test_the_chosen_article_is_kept_across_pages(env):
    at = _app()
    title = at.title[0].value
    at.switch_page("app/glossary.py").run()
    at.switch_page("app/review.py").run()
    assert not at.exception
    assert at.sidebar.selectbox(key="article").value == ARTICLE
    assert at.title[0].value == title


def test_a_translate_error_is_shown_in_the_sidebar(env, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_MODELS", str(tmp_path / "no-models"))
    at = _app()
    at.sidebar.button(key="translate").click().run()
    assert not at.exception
    assert any("model" in e.value.lower() for e in at.sidebar.error)
    assert not at.main.error  # not above the title, out of sight


def test_an_old_success_message_goes_when_another_action_happens(env, corpus_dir):
    first, second = _sid(corpus_dir, "Boronov, an ally"), _sid(corpus_dir, "Kyrgyzstan")
    at = _app()
    _save_ru(at, first, BORONOV_RU)
    assert any("Saved" in s.value for s in at.success)
    at.button(key=f"save:{first}:ky").click().run()
    assert not any("Saved" in s.value for s in at.success)
    at.button(key=f"edit:{second}").click().run()
    assert not at.success


def test_every_upload_box_has_its_own_limit():
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    limits = {at.get("file_uploader")[0].proto.max_upload_size_mb}
    at.switch_page("app/glossary.py").run()
    limits.add(at.get("file_uploader")[0].proto.max_upload_size_mb)
    at.switch_page("app/models.py").run()
    limits.add(at.get("file_uploader")[0].proto.max_upload_size_mb)
    assert limits == {1, MAX_IMPORT_BYTES // 2**20, 1024}
    config = (REPO_ROOT / ".streamlit" / "config.toml").read_text()
    assert re.search(r"^maxUploadSize = 1024$", config, re.M)


def test_a_save_or_rerun_reads_each_language_once_and_no_glossary(env, corpus_dir, sql_statements):
    statements = sql_statements
    sid = _sid(corpus_dir, "Boronov, an ally")
    at = _app()
    at.button(key=f"edit:{sid}").click().run()
    at.text_area(key=f"text:{sid}:ru").input(BORONOV_RU).run()
    statements.clear()
    at.button(key=f"save:{sid}:ru").click().run()
    assert any("Saved" in s.value for s in at.success)
    reads = [s for s in statements if STATES_QUERY.search(s)]
    assert len(reads) <= len(target_codes())
    assert not [s for s in statements if "glossary_variants" in s]  # the glossary is unchanged
    statements.clear()
    at.run()  # the whole page again, nothing changed
    assert not at.exception
    assert not [s for s in statements if STATES_QUERY.search(s)]
    assert not [s for s in statements if "glossary_variants" in s]


def test_an_approval_redraws_the_progress_bars_though_only_fragments_rerun(env, corpus_dir):
    sid = _sid(corpus_dir, "Boronov, an ally")
    at = _app()

    def approved() -> str:
        return next(p.proto.text for p in at.get("progress") if p.proto.text.startswith("Russ"))

    before = approved()
    at.button(key=f"edit:{sid}").click().run()
    at.button(key=f"approve:{sid}:ru").click().run()
    assert any("Approved" in s.value for s in at.success)
    after = approved()
    assert int(after.split(": ")[1].split("/")[0]) == int(before.split(": ")[1].split("/")[0]) + 1


def test_a_save_redraws_its_row_and_the_progress_not_the_other_rows(env, corpus_dir):
    sid, other = _sid(corpus_dir, "Boronov, an ally"), _sid(corpus_dir, "Kyrgyzstan")
    at = _app()
    _save_ru(at, sid, BORONOV_RU)
    assert any(BORONOV_RU in m.value for m in at.markdown)
    assert any(c.value.startswith("**edited**") for c in at.caption)
    assert any(p.proto.text.startswith("Russian") for p in at.get("progress"))
    with pytest.raises(KeyError):  # AppTest holds what the last run drew: not this row
        at.button(key=f"edit:{other}")
    at.button(key=f"close:{sid}").click().run()
    assert not at.text_area  # the editor closed; the other rows are back
    assert at.button(key=f"edit:{other}")


def test_with_only_open_sentences_an_approved_one_goes_at_once(env, corpus_dir):
    sid = _sid(corpus_dir, "Boronov, an ally")
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["kept:reviewer"] = "Aida"  # as typed in the sidebar, one run fewer
    at.session_state["kept:article"] = ARTICLE
    at.session_state["open_only"] = True
    at.run()
    at.button(key=f"edit:{sid}").click().run()
    for lang in target_codes():
        at.button(key=f"approve:{sid}:{lang}").click().run()
    assert not at.exception
    with pytest.raises(KeyError):
        at.button(key=f"edit:{sid}")


def test_the_conflict_marker_goes_once_the_conflict_is_settled(env, corpus_dir):
    sid = _sid(corpus_dir, "Boronov, an ally")
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["kept:reviewer"] = "Aida"  # as typed in the sidebar, one run fewer
    at.session_state["kept:article"] = ARTICLE
    at.run()
    at.button(key=f"edit:{sid}").click().run()
    for lang in ("ru", "ky"):  # someone else saves while Aida edits
        head = env.translations.head(ARTICLE, sid, lang)
        env.translations.save(ARTICLE, sid, lang, "Их текст", author="Bek", base_id=head.id)
        at.button(key=f"save:{sid}:{lang}").click().run()

    def markers() -> list[str]:
        return [c.value for c in at.caption if "conflicting" in c.value]

    assert len(markers()) == 2
    at.button(key=f"theirs:{sid}:ru").click().run()
    assert len(markers()) == 1
    at.button(key=f"mine:{sid}:ky").click().run()
    assert not at.exception
    assert markers() == []


def test_the_history_lists_the_newest_versions_until_asked_for_all(env, corpus_dir):
    """Every version of a sentence was drawn on every click in its editor, however many."""
    sid = _sid(corpus_dir, "Boronov, an ally")
    base = None
    for n in range(12):
        saved = env.translations.save(ARTICLE, sid, "ru", f"Правка {n}", author="Bek", base_id=base)
        base = saved.version.id
    at = AppTest.from_file(str(REPO_ROOT / "app" / "review.py"), default_timeout=60)
    at.session_state["kept:article"] = ARTICLE
    at.run()
    at.button(key=f"edit:{sid}").click().run()

    def listed() -> list[str]:
        return [m.value for m in at.markdown if "Правка" in m.value and "· Bek ·" in m.value]

    assert len(listed()) == 10
    assert "Правка 11" in listed()[0]
    at.toggle(key=f"history:{sid}:ru").set_value(True).run()
    assert not at.exception
    assert len(listed()) == 12


def _save_ru(at: AppTest, sid: str, text: str) -> None:
    """Open the row's editor, type `text` as its Russian and save it."""
    at.button(key=f"edit:{sid}").click().run()
    at.text_area(key=f"text:{sid}:ru").input(text).run()
    at.button(key=f"save:{sid}:ru").click().run()
