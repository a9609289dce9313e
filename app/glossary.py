"""Glossary page: list, search, edit, delete and export the name-variant glossary."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.common import apply_style, reviewer_name, workspace
from app.glossary_form import entry_form
from reader.checks import update_for_glossary
from reader.glossary import GlossaryEntry, GlossaryError
from reader.glossary.entries import shorten
from reader.glossary.formats import (
    MAX_IMPORT_BYTES,
    check_size,
    export_entries,
    format_for_filename,
    import_entries,
)
from reader.lang import display_name, source_code, target_codes
from reader.review.escape import markdown_text
from reader.store import StoreBusy

_SOURCE = source_code()  # the language texts are translated from

EXPORTS = {"csv": "text/csv", "json": "application/json", "tbx": "application/x-tbx+xml"}

apply_style()
ws = workspace()
reviewer = reviewer_name()


def _table(entries: list[GlossaryEntry]) -> pd.DataFrame:
    def forms(e: GlossaryEntry, status: str) -> str:
        return ", ".join(
            f"{v.term} ({v.lang})"
            for v in e.variants
            if v.status == status and (v.lang, v.term) != (_SOURCE, e.english)
        )

    return pd.DataFrame(
        [
            {
                "#": e.id,
                "English": e.english,
                **{display_name(lang): e.preferred(lang) or "" for lang in target_codes()},
                "admitted": forms(e, "admitted"),
                "deprecated": forms(e, "deprecated"),
                "note": e.note,
                "changed by": e.updated_by,
                "changed at": e.updated_at,
            }
            for e in entries
        ]
    )


def _import_box() -> None:
    st.subheader("Import")
    upload = st.file_uploader(
        "CSV, JSON or TBX (TBX-Basic from any CAT tool)",
        type=list(EXPORTS),
        key="gl_import",
        max_upload_size=MAX_IMPORT_BYTES // 2**20,
    )
    if upload is None:
        return
    overwrite = st.checkbox(
        "Overwrite entries changed since the file was exported, or that the file contradicts",
        key="gl_import_overwrite",
        help=(
            "Without this, an import that would undo a colleague's later change (or bring back "
            "a deleted entry), or change a status, spelling or note of an entry here, is "
            "refused and nothing is imported. With it, the file's version of those entries "
            "replaces the stored one; the history keeps the old one. A name that matches an "
            "entry only up to case, or matches one of its other forms, is refused either way."
        ),
    )
    if st.button("Import entries", key="gl_import_go", disabled=not reviewer):
        try:
            check_size(upload.size)
            fmt = format_for_filename(upload.name)
            entries = import_entries(upload.getvalue(), fmt)
            report = ws.glossary.import_entries(
                entries, reviewer, store_id=entries.store_id, overwrite=overwrite
            )
        except GlossaryError as exc:
            st.error(markdown_text(str(exc)))
        except StoreBusy as exc:
            st.warning(str(exc))
        else:
            name = markdown_text(shorten(upload.name))
            st.success(f"Imported {name}: {markdown_text(report.summary())}.")
            _recheck()


def _recheck() -> None:
    """The stored findings the import touched, checked again now with a progress bar, so
    the Review and Checks pages answer at once instead of the next reader waiting."""
    bar = st.progress(0.0, text="Checking the translations against the glossary…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / total, text=f"Checking the translations: {done:,} of {total:,}")

    update_for_glossary(ws, progress)
    bar.empty()
    if not reviewer:
        st.caption("Enter your name in the sidebar to import.")


def main() -> None:
    st.title("Glossary")
    query = st.text_input("Search any form or note", key="gl_query")
    entries = ws.glossary.list(query)
    total = len(ws.glossary.list()) if query else len(entries)
    st.caption(f"{len(entries)} of {total} entries")
    if entries:
        st.dataframe(_table(entries), hide_index=True, width="stretch")

    with st.expander("New entry", expanded=not entries):
        entry_form(ws.glossary, reviewer, key="gl:new")

    if entries:
        st.subheader("Edit an entry")
        by_id = {e.id: e for e in entries}
        chosen = st.selectbox(
            "Entry", list(by_id), format_func=lambda i: by_id[i].english, key="gl_edit"
        )
        entry = by_id[chosen]
        created = markdown_text(f"created by {entry.created_by} at {entry.created_at}")
        st.caption(f"{created}; revision {entry.rev}")
        entry_form(ws.glossary, reviewer, key=f"gl:edit:{entry.id}", existing=entry)
        confirm = st.checkbox("Yes, delete this entry", key=f"gl:confirm:{entry.id}")
        if st.button(
            "Delete entry", key=f"gl:delete:{entry.id}", disabled=not (confirm and reviewer)
        ):
            try:
                ws.glossary.delete(entry.id, entry.rev, reviewer)
            except GlossaryError as exc:
                st.error(markdown_text(str(exc)))
            except StoreBusy as exc:
                st.warning(str(exc))
            else:
                english = markdown_text(entry.english)
                st.success(f"Deleted “{english}”. Its last state stays in the history.")
                st.rerun()

    _import_box()

    st.subheader("Export")
    everything = ws.glossary.list()
    store_id = ws.glossary.store_id
    cols = st.columns(len(EXPORTS))
    for col, (fmt, mime) in zip(cols, EXPORTS.items(), strict=True):
        col.download_button(
            f"Download {fmt.upper()}",
            data=export_entries(everything, fmt, store_id),
            file_name=f"glossary.{fmt}",
            mime=mime,
            key=f"export:{fmt}",
            disabled=not everything,
        )


main()
