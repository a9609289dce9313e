"""What every page shares: the workspace, the reviewer's name, cached corpus, styles."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import streamlit as st

from reader.config import Paths, resolve_paths
from reader.corpus import Article
from reader.corpus.loader import Corpus
from reader.review.escape import markdown_text
from reader.store import StoreBusy, StoreError
from reader.store.article_index import Outline
from reader.workspace import Workspace

STYLE = """
<style>
mark.term-preferred { background: #c8f0c8; padding: 0 2px; border-radius: 3px; }
mark.term-admitted { background: #fff0b3; padding: 0 2px; border-radius: 3px; }
mark.term-deprecated { background: #ffc9c9; padding: 0 2px; border-radius: 3px;
                       text-decoration: underline wavy #c00; }
.diff del { background: #ffd7d5; text-decoration: line-through; }
.diff ins { background: #ccffd8; text-decoration: none; }
.furniture { color: #888; font-style: italic; }
.sentence { line-height: 1.5; }
</style>
"""


@st.cache_resource(show_spinner=False)
def _workspace(paths: Paths) -> Workspace:
    return Workspace(paths)


def workspace() -> Workspace:
    """One Workspace per set of folders; the environment decides them (see reader.config).

    A new database is created and migrated here, which needs the write lock: if another
    process holds it, the page says so and stops (a reload tries again).
    """
    try:
        return _workspace(resolve_paths())
    except StoreBusy as exc:
        st.warning(str(exc))
        st.stop()
    except StoreError as exc:  # e.g. a store written by a newer program: say so, touch nothing
        st.error(f"The review database cannot be opened: {markdown_text(str(exc))}")
        st.stop()


@st.cache_resource(show_spinner="Reading the corpus…", max_entries=4)
def _corpus(_ws: Workspace, folder: str, signature: str) -> Corpus:
    return _ws.corpus()


def corpus(ws: Workspace) -> Corpus:
    """The corpus from the index (only new or changed articles are split), read again when
    a corpus file changes."""
    return _corpus(ws, str(ws.paths.corpus), _signature(ws))


@st.cache_resource(show_spinner=False, max_entries=4)
def _outlines(_ws: Workspace, folder: str, signature: str) -> tuple[list[Outline], list[str]]:
    return _ws.outlines()


def outlines(ws: Workspace) -> tuple[list[Outline], list[str]]:
    """Titles and sentence ids of every article, and the problems of the unreadable ones:
    a page showing one article lists the others without building them all."""
    return _outlines(ws, str(ws.paths.corpus), _signature(ws))


@st.cache_resource(show_spinner=False, max_entries=16)
def _article(_ws: Workspace, folder: str, signature: str, article_id: str) -> Article:
    return _ws.article(article_id)


def article_of(ws: Workspace, article_id: str) -> Article:
    """One article, built again when a corpus file changes (CorpusError if it is gone)."""
    return _article(ws, str(ws.paths.corpus), _signature(ws), article_id)


def _signature(ws: Workspace) -> str:
    """The corpus files' stamps as a digest: Streamlit hashing a tuple of thousands of file
    stamps on every rerun costs more than the rest of a click."""
    return hashlib.sha256(repr(ws.corpus_signature()).encode()).hexdigest()


def revision(ws: Workspace) -> tuple:
    """What the findings depend on: the corpus files, the translations, the glossary and
    the dismissals (four small queries and a scan of the corpus folder)."""
    return (
        str(ws.paths.database),
        _signature(ws),
        ws.translations.version(),
        ws.glossary.version(),
        ws.dismissals.version(),
    )


@st.cache_resource(show_spinner=False, max_entries=256)
def _sync(_ws: Workspace, _article: Article, signature: tuple) -> list[str]:
    return _ws.sync_translation_files(_article).problems


def sync_translations(ws: Workspace, article: Article) -> list[str]:
    """Load an article's new or changed translation files, once per file state rather than
    on every rerun; returns the problems found in them."""
    stamps = ws.translation_files_signature(article)
    signature = (str(ws.paths.database), article.id, len(article.sentences), stamps)
    try:
        return _sync(ws, article, signature)
    except StoreBusy as exc:  # not cached: the next run loads them
        return [f"The translation files were not loaded: {exc}"]


@st.cache_resource(show_spinner=False, max_entries=4)
def _sync_all(_ws: Workspace, _ids: tuple[str, ...], signature: str) -> list[str]:
    return _ws.sync_many_translation_files(_ids).problems


def sync_all_translations(ws: Workspace, article_ids: Iterable[str]) -> list[str]:
    """Load the new or changed translation files of many articles, once per state of the
    translation and corpus folders (a scan of each per run, not a stat per article and a
    cached call per article); returns the problems found in them."""
    ids = tuple(article_ids)
    state = (str(ws.paths.database), ids, _signature(ws), ws.translations_signature())
    signature = hashlib.sha256(repr(state).encode()).hexdigest()
    try:
        return _sync_all(ws, ids, signature)
    except StoreBusy as exc:  # not cached: the next run loads them
        return [f"The translation files were not loaded: {exc}"]


def kept_across_pages(key: str) -> Callable[[], None]:
    """Put back the value the widget `key` last had, and return the `on_change` that records
    it: Streamlit resets a widget to its default when another page is shown, so the value
    lives under a plain session key as well. Call it before the widget is drawn."""
    plain = f"kept:{key}"
    if plain in st.session_state:
        st.session_state[key] = st.session_state[plain]

    def remember() -> None:
        st.session_state[plain] = st.session_state[key]

    return remember


def reviewer_name() -> str:
    """The reviewer's name, asked once per session in the sidebar and kept on every change."""
    st.sidebar.text_input(
        "Your name (recorded on every change)",
        key="reviewer",
        placeholder="e.g. Aida",
        on_change=kept_across_pages("reviewer"),
    )
    return st.session_state.get("kept:reviewer", "").strip()


def apply_style() -> None:
    st.markdown(STYLE, unsafe_allow_html=True)
