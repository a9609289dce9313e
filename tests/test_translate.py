"""Install a real (tiny, random-weight) Argos package, translate, store, resume, and use the app.

Nothing here is mocked: the package is a real .argosmodel zip with a SentencePiece model and a
CTranslate2 transformer, built by tests/argos_model_builder.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from argos_model_builder import build_package
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import load_article
from reader.store.mt_cache import MTCache
from reader.translation.engine import Engine
from reader.translation.packages import MissingModelError, find_model, install_from_file
from reader.translation.service import EnginePool, translate_article
from reader.workspace import Workspace

ARTICLE = "003_3eaa36a4e0c2b786"


@pytest.fixture(scope="session")
def packages(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("argosmodels")
    return {
        "ru": build_package(out, to_code="ru", version="1.9"),
        "ky": build_package(out, to_code="ky", version="1.4", seed=1),
    }


@pytest.fixture
def models(tmp_path: Path, packages, monkeypatch) -> Path:
    folder = tmp_path / "models"
    for path in packages.values():
        install_from_file(folder, path, path.name)
    monkeypatch.setenv("READER_MODELS", str(folder))
    return folder


@pytest.fixture
def ws(indexed_data_dir: Path, corpus_dir: Path) -> Workspace:
    return Workspace(resolve_paths(data=indexed_data_dir, corpus=corpus_dir))


def _article(corpus_dir: Path):
    return load_article(corpus_dir / f"{ARTICLE}.txt")


def test_translation_stores_a_machine_draft_per_content_sentence(ws, models, corpus_dir):
    article = _article(corpus_dir)
    report = translate_article(ws, article, ["ru", "ky"], models)
    content = article.content_sentences()
    assert report.added == {"ru": len(content), "ky": len(content)}
    engine = Engine(find_model(models, "ru"))
    expected = engine.translate([s.text for s in content])
    states = ws.translations.article_states(article.id, "ru")
    assert [states[s.id].head.text for s in content] == expected
    head = states[content[0].id].head
    assert (head.origin, head.status, head.author) == ("machine", "draft", "machine translation")
    assert head.origin_detail["package"] == "translate-en_ru"
    assert head.origin_detail["version"] == "1.9"
    assert head.origin_detail["settings"]["beam_size"] == 4
    furniture = [s for s in article.sentences if s.furniture]
    assert furniture and not any(s.id in states for s in furniture)


def test_running_again_decodes_and_stores_nothing_new(ws, models, corpus_dir):
    article = _article(corpus_dir)
    translate_article(ws, article, ["ru"], models)
    cached = len(MTCache(ws.paths.database))
    calls: list[tuple[int, int]] = []
    report = translate_article(
        ws, article, ["ru"], models, on_progress=lambda lang, d, t: calls.append((d, t))
    )
    assert report.added["ru"] == 0 and report.skipped["ru"] == len(article.content_sentences())
    assert calls and all(total == 0 for _, total in calls)  # nothing left to decode
    assert len(MTCache(ws.paths.database)) == cached
    head = ws.translations.head(article.id, article.content_sentences()[0].id, "ru")
    assert len(ws.translations.history(article.id, head.sentence_id, "ru")) == 1  # no duplicate


def test_an_interrupted_run_continues_where_it_stopped(ws, models, corpus_dir, monkeypatch):
    article = _article(corpus_dir)
    monkeypatch.setattr("reader.translation.service.CHUNK", 8)

    def stop_after_first_chunk(lang: str, done: int, total: int) -> None:
        if 0 < done < total:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        translate_article(ws, article, ["ru"], models, on_progress=stop_after_first_chunk)
    assert len(MTCache(ws.paths.database)) == 8  # the finished chunk was kept

    totals: list[int] = []
    translate_article(ws, article, ["ru"], models, on_progress=lambda _l, _d, t: totals.append(t))
    distinct = len({s.text for s in article.content_sentences()})
    assert totals[0] == distinct - 8  # only what was left was decoded
    states = ws.translations.article_states(article.id, "ru")
    assert all(states[s.id].head.origin == "machine" for s in article.content_sentences())


def test_retranslating_keeps_a_reviewers_edit_current(ws, models, corpus_dir, packages, tmp_path):
    article = _article(corpus_dir)
    translate_article(ws, article, ["ky"], models)
    sid = article.content_sentences()[3].id
    draft = ws.translations.head(article.id, sid, "ky")
    ws.translations.save(
        article.id, sid, "ky", "Редактордун тексти.", author="Aida", base_id=draft.id
    )

    newer = build_package(tmp_path / "new", to_code="ky", version="1.5", seed=7)
    install_from_file(models, newer, newer.name)
    report = translate_article(ws, article, ["ky"], models, engines=EnginePool())
    assert report.kept_beside_edits["ky"] == 1
    assert ws.translations.head(article.id, sid, "ky").text == "Редактордун тексти."
    history = ws.translations.history(article.id, sid, "ky")
    assert history[-1].origin == "machine" and history[-1].is_conflict
    assert history[-1].origin_detail["version"] == "1.5"
    other = article.content_sentences()[4].id
    assert ws.translations.head(article.id, other, "ky").origin_detail["version"] == "1.5"


def test_a_missing_model_names_the_install_command(ws, tmp_path, corpus_dir):
    with pytest.raises(MissingModelError) as err:
        translate_article(ws, _article(corpus_dir), ["ky"], tmp_path / "empty")
    assert "translate-en_ky" in str(err.value)
    assert "python -m reader models install ky" in str(err.value)


def _cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        cwd=REPO_ROOT,
        env={**os.environ, **env},
        timeout=300,
    )


def test_cli_translate_shows_progress_and_reports(data_dir, corpus_dir, models):
    env = {"READER_MODELS": str(models)}
    result = _cli("--data", str(data_dir), "translate", ARTICLE, "--to", "ru", env=env)
    assert result.returncode == 0, result.stderr
    err = result.stderr.decode()
    assert f"{ARTICLE} → ru" in err and "sent" in err  # the progress bar
    assert f"{ARTICLE} ru: 33 new drafts" in err
    again = _cli("--data", str(data_dir), "translate", ARTICLE, "--to", "ru", env=env)
    assert f"{ARTICLE} ru: 0 new drafts" in again.stderr.decode()
    assert "33 already done by this model" in again.stderr.decode()


def test_cli_translate_without_a_model_fails_clearly(data_dir, tmp_path):
    env = {"READER_MODELS": str(tmp_path / "none")}
    result = _cli("--data", str(data_dir), "translate", ARTICLE, "--to", "ky", env=env)
    assert result.returncode == 1
    assert b"python -m reader models install ky" in result.stderr
    assert b"Traceback" not in result.stderr


def test_app_translate_button_adds_drafts(ws, models, corpus_dir):
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    at.sidebar.selectbox(key="article").set_value(ARTICLE).run()
    at.sidebar.multiselect(key="mt_langs").set_value(["ky"]).run()
    at.sidebar.button(key="translate").click().run()
    assert not at.exception
    assert any("Kyrgyz: 33 new machine drafts" in s.value for s in at.success)
    sid = _article(corpus_dir).content_sentences()[0].id
    assert ws.translations.head(ARTICLE, sid, "ky").origin == "machine"


def test_app_translate_without_model_says_what_to_install(ws, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_MODELS", str(tmp_path / "none"))
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    at.sidebar.button(key="translate").click().run()
    assert not at.exception
    assert any("python -m reader models install ru" in e.value for e in at.error)


def test_app_translate_under_a_held_write_lock_warns_then_resumes(ws, models, monkeypatch):
    from test_busy import BUSY, write_lock

    monkeypatch.setenv("READER_DB_BUSY_TIMEOUT", "0.2")
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    at.sidebar.selectbox(key="article").set_value(ARTICLE).run()
    at.sidebar.multiselect(key="mt_langs").set_value(["ky"]).run()
    with write_lock(ws.paths.database):
        at.sidebar.button(key="translate").click().run()
        assert not at.exception
        assert any(w.value.startswith(BUSY) for w in at.warning)
    at.sidebar.button(key="translate").click().run()
    assert any("Kyrgyz: 33 new machine drafts" in s.value for s in at.success)


def test_engine_pool_loads_a_package_reinstalled_in_the_same_folder(tmp_path: Path) -> None:
    """A long-running app keeps one pool: a reinstall must not leave the old model in use."""
    folder = tmp_path / "models"
    first = build_package(tmp_path / "a", to_code="ru", version="1.9", seed=0)
    second = build_package(tmp_path / "b", to_code="ru", version="1.9", seed=5)
    install_from_file(folder, first, first.name)
    pool = EnginePool()
    path = find_model(folder, "ru")
    sentence = ["President Sadyr Japarov met the delegation in Bishkek."]
    before = pool.get(path).translate(sentence)
    assert pool.get(path) is pool.get(path)  # unchanged folder: the loaded model is reused
    install_from_file(folder, second, second.name)
    assert find_model(folder, "ru") == path
    after = pool.get(path).translate(sentence)
    assert after == Engine(path).translate(sentence)
    assert after != before
