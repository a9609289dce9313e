"""What a page will need loaded once per server, loaded in the background beforehand."""

from __future__ import annotations

import os
import threading

import streamlit as st

_LOADING: list[threading.Thread] = []  # the loads started, to wait for before a fork


def _load_name_models() -> None:
    from reader.names.extract import preload

    preload("ru")


@st.cache_resource(show_spinner=False)
def name_models() -> threading.Thread:
    """Once per server, after its first page is drawn: natasha's models (a second of CPU,
    some 150 MB) load while the reviewer reads. The Names page opened after an edit lists
    the names again, reading the edited Russian sentences for names first; without this,
    the reviewer's first visit after an edit waited for the load too."""
    thread = threading.Thread(target=_load_name_models, name="name-models-preload", daemon=True)
    _LOADING.append(thread)
    thread.start()
    return thread


@st.cache_resource(show_spinner=False)
def identifiers() -> threading.Thread:
    """Once per server, after the Review page is drawn: the wrong-language check's models
    load while the reviewer reads, rather than during the first save (a few tenths of a
    second)."""
    from reader.lang.identify import preload

    thread = preload()
    _LOADING.append(thread)
    return thread


def _loaded_before_fork() -> None:
    """A process forked while models load (a pool of workers reading many new translations
    for names, or checking many for the wrong language) would inherit the loader's lock
    held, and its workers would wait on it for ever: the fork waits for the loads to end
    (a second, once per server)."""
    for thread in _LOADING:
        if thread.is_alive() and thread is not threading.current_thread():
            thread.join()


os.register_at_fork(before=_loaded_before_fork)
