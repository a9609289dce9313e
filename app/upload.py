"""The upload box: an article file added to the corpus, a non-English one only when confirmed."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from reader.corpus import MAX_ARTICLE_BYTES, CorpusError, NotSourceLanguage, add_article
from reader.review.escape import markdown_text
from reader.workspace import Workspace


def upload_box(ws: Workspace) -> None:
    """The sidebar's *Add an article*: checked by the core before anything is written."""
    with st.sidebar.expander("Add an article"):
        upload = st.file_uploader(
            "UTF-8 text file",
            type=["txt"],
            key="upload",
            max_upload_size=MAX_ARTICLE_BYTES // 2**20,
        )
        if upload is None:
            return
        if st.button("Add to corpus", key="add_article"):
            _add(ws, upload, other_language=False)
        # A file that does not read as English waits for the person to confirm it.
        if st.session_state.get("upload:foreign") == upload.file_id:
            if not st.session_state.get("add_article_anyway"):
                st.warning(markdown_text(st.session_state["upload:warning"]))
            if st.button("Add it anyway", key="add_article_anyway"):
                _add(ws, upload, other_language=True)


def _add(ws: Workspace, upload: UploadedFile, *, other_language: bool) -> None:
    try:
        with st.spinner("Checking the file and splitting it into sentences…"):
            added = add_article(
                ws.paths.corpus, upload.name, upload.getvalue(), other_language=other_language
            )
    except NotSourceLanguage as exc:
        st.session_state["upload:foreign"] = upload.file_id
        st.session_state["upload:warning"] = str(exc)
    except CorpusError as exc:
        st.error(markdown_text(str(exc)))
    else:
        st.session_state.pop("upload:foreign", None)
        title, name = markdown_text(added.title), markdown_text(f"{added.id}.txt")
        st.success(f"Added “{title}” as {name} ({len(added.sentences)} sentences).")
