"""The Checks page: a reviewer dismisses a finding, sees it under "show dismissed", undoes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.checks import check, split_dismissed
from reader.config import REPO_ROOT, resolve_paths
from reader.glossary import GlossaryEntry, Variant
from reader.workspace import Workspace

ARTICLE = "004_5eb83673b1bc0057"


@pytest.fixture
def ws(indexed_data_dir: Path, corpus_dir: Path) -> Workspace:
    for path in corpus_dir.glob("*.txt"):  # one article keeps the page quick
        if not path.name.startswith(ARTICLE):
            path.unlink()
    workspace = Workspace(resolve_paths(data=indexed_data_dir, corpus=corpus_dir))
    workspace.sync_translation_files(workspace.corpus().get(ARTICLE))
    workspace.glossary.create(
        GlossaryEntry(
            [Variant("en", "Kyrgyzstan", "preferred"), Variant("ru", "Киргизия", "preferred")]
        ),
        "Aida",
    )
    return workspace


def _page(reviewer: str | None = "Bakyt") -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    if reviewer:
        at.sidebar.text_input(key="reviewer").input(reviewer).run()
    at.switch_page("app/checks.py").run()
    assert not at.exception
    return at


def _button(at: AppTest, prefix: str):
    return next(b for b in at.button if b.key and b.key.startswith(prefix))


def _dismiss_buttons(at: AppTest) -> list:
    return [b for b in at.button if b.key and b.key.startswith("dismiss:")]


def test_dismiss_then_undo_on_the_page(ws):
    before = check(ws)
    assert before and {f.check for f in before} == {"missing-name"}
    at = _page()
    assert at.metric[0].value == str(len(before))
    first = before[0]
    _button(at, f"dismiss:{first.id}:").click().run()
    assert not at.exception
    _, dismissed = split_dismissed(ws, check(ws))
    assert [f.id for f, _ in dismissed] == [first.id]
    assert dismissed[0][1].author == "Bakyt"
    assert at.metric[0].value == str(len(before) - 1)
    assert first.id not in {b.key.split(":")[1] for b in _dismiss_buttons(at)}
    assert not [b for b in at.button if b.key and b.key.startswith("undismiss:")]

    at.toggle(key="checks:show-dismissed").set_value(True).run()
    assert any("Dismissed by Bakyt" in c.value for c in at.caption)
    _button(at, f"undismiss:{first.id}:").click().run()
    assert not at.exception
    assert split_dismissed(ws, check(ws))[1] == []
    assert at.metric[0].value == str(len(before))
    history = ws.dismissals.history(first.id)
    assert [(r["kind"], r["author"]) for r in history] == [("dismiss", "Bakyt"), ("undo", "Bakyt")]


def test_all_dismissed_is_all_clear(ws):
    for finding in check(ws):
        ws.dismissals.dismiss(finding.id, "Aida")
    at = _page()
    assert at.metric[0].value == "0"
    assert any("agrees with the glossary" in s.value for s in at.success)
    assert not _dismiss_buttons(at)


def test_dismissing_needs_a_reviewer_name(ws):
    at = _page(reviewer=None)
    buttons = _dismiss_buttons(at)
    assert buttons and all(b.disabled for b in buttons)
