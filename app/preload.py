"""What a page will need loaded once per server, loaded in the background beforehand."""

from __future__ import annotations

import threading

import streamlit as st


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
    thread.start()
    return thread
