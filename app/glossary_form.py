"""The glossary entry form, used on the Review page (from a sentence) and the Glossary page."""

from __future__ import annotations

import streamlit as st

from reader.glossary import GlossaryEntry, GlossaryError
from reader.glossary.entries import build_entry, format_variant_lines
from reader.lang import display_name, source_code, target_codes
from reader.review.escape import markdown_text
from reader.store import StoreBusy
from reader.store.glossary import GlossaryConflict, GlossaryStore

OTHER_HELP = "One per line: `lang | form | status`, e.g. `ru | Джапаров | deprecated`."


def entry_form(
    store: GlossaryStore,
    reviewer: str,
    key: str,
    existing: GlossaryEntry | None = None,
    suggestion: str = "",
) -> GlossaryEntry | None:
    """Show the form; on submit create or update the entry and return it."""
    english = existing.english if existing else suggestion
    targets = target_codes()
    preferred = {lang: (existing.preferred(lang) if existing else "") or "" for lang in targets}
    others = ""
    if existing:
        main = {(source_code(), english), *((lang, term) for lang, term in preferred.items())}
        others = format_variant_lines(
            [v for v in existing.variants if (v.lang, v.term) not in main]
        )
    if existing:
        # The revision the reviewer started from: a save is checked against it.
        st.session_state.setdefault(f"{key}:rev", existing.rev)
    with st.form(key=key):
        f_en = st.text_input("English name", value=english, key=f"{key}:en")
        typed = {
            lang: col.text_input(
                f"Preferred {display_name(lang)} form", value=preferred[lang], key=f"{key}:{lang}"
            )
            for col, lang in zip(st.columns(len(targets)), targets, strict=True)
        }
        f_other = st.text_area("Other forms", value=others, help=OTHER_HELP, key=f"{key}:other")
        f_note = st.text_input("Note", value=existing.note if existing else "", key=f"{key}:note")
        submitted = st.form_submit_button(
            "Save changes" if existing else "Save to glossary",
            disabled=not reviewer,
            key=f"{key}:submit",
        )
    if not reviewer:
        st.caption("Enter your name in the sidebar to save glossary entries.")
    if done := st.session_state.pop(f"{key}:done", None):
        st.success(done)
    if existing and st.session_state.get(f"{key}:stale"):
        st.button("Load their version", key=f"{key}:reload", on_click=_forget, args=(key,))
    if not submitted:
        return None
    try:
        entry = build_entry(f_en, typed, f_other, f_note)
        if existing:
            entry.id, entry.rev = existing.id, st.session_state[f"{key}:rev"]
            saved = store.update(entry, reviewer)
        else:
            saved = store.create(entry, reviewer)
    except GlossaryConflict as exc:
        st.session_state[f"{key}:stale"] = True
        st.error(markdown_text(str(exc)))
        return None
    except GlossaryError as exc:
        st.error(markdown_text(str(exc)))
        return None
    except StoreBusy as exc:  # the form keeps what was typed, to save again
        st.warning(str(exc))
        return None
    _forget(key)
    # Rerun so that every row on the page highlights the new entry, then say so.
    st.session_state[f"{key}:done"] = f"Saved “{markdown_text(saved.english)}” to the glossary."
    st.rerun()
    return saved


def _forget(key: str) -> None:
    """Drop the form's remembered fields and revision, so it shows the stored entry again."""
    for suffix in ("rev", "stale", source_code(), *target_codes(), "other", "note"):
        st.session_state.pop(f"{key}:{suffix}", None)
