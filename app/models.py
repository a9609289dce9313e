"""Models page: installed Argos translation models, what is missing, and installing one."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.common import apply_style, reviewer_name
from reader.lang import source_code, target_codes
from reader.review.escape import markdown_text
from reader.translation.packages import (
    MAX_PACKAGE_BYTES,
    ModelIndexError,
    ModelInfo,
    PackageError,
    install_commands,
    install_from_file,
    installed_models,
    known_models,
    models_dir,
    package_code,
)

_SOURCE = source_code()  # the language texts are translated from

apply_style()
reviewer_name()  # keeps the sidebar name alive across pages
folder = models_dir()


def _table(models: list[ModelInfo], with_path: bool) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "package": m.code,
                "languages": m.name,
                "from": m.from_code,
                "to": m.to_code,
                "version": m.version,
                **({"path": str(m.path)} if with_path else {}),
            }
            for m in models
        ]
    )


def _install_box() -> None:
    st.subheader("Install from a file")
    st.caption(
        "An Argos package (.argosmodel) downloaded elsewhere, e.g. for a machine without "
        f"internet; up to {MAX_PACKAGE_BYTES // 2**20} MB."
    )
    upload = st.file_uploader(
        "Argos package",
        type=["argosmodel"],
        key="models_upload",
        max_upload_size=MAX_PACKAGE_BYTES // 2**20,
    )
    if st.button("Install", key="models_install", disabled=upload is None) and upload:
        try:
            with st.spinner(f"Checking and unpacking {markdown_text(upload.name)}…"):
                info = install_from_file(folder, upload.getvalue(), upload.name)
        except PackageError as exc:
            st.error(markdown_text(str(exc)))
        else:
            st.session_state["models_flash"] = markdown_text(
                f"Installed {info.code} {info.version} ({info.name}) in {info.path}."
            )
            st.rerun()


def _index_box(installed: dict[str, str]) -> None:
    st.subheader("Argos model index")
    if not st.button("Check the Argos index", key="models_index"):
        return
    try:
        with st.spinner("Reading the Argos index…"):
            known = known_models()
    except ModelIndexError as exc:
        st.warning(markdown_text(str(exc)))
        return
    table = _table(known, with_path=False)
    table["installed"] = [installed.get(m.code, "") for m in known]
    st.caption(f"{len(known)} packages; install one with `python -m reader models install LANG`.")
    st.dataframe(table, hide_index=True, width="stretch")


def main() -> None:
    st.title("Models")
    if flash := st.session_state.pop("models_flash", None):
        st.success(flash)
    st.caption(f"Models folder: {markdown_text(str(folder))} (set READER_MODELS to use another).")

    models = installed_models(folder)
    usable = [m for m in models if not m.problem]
    if usable:
        st.dataframe(_table(usable, with_path=True), hide_index=True, width="stretch")
    else:
        st.info("No translation model is installed yet.")
    for m in models:
        if m.problem:
            st.warning(markdown_text(f"{m.path}: {m.problem}"))

    pairs = {(m.from_code, m.to_code) for m in usable}
    for lang in target_codes():
        code = package_code(_SOURCE, lang)
        if (_SOURCE, lang) in pairs:
            st.success(f"en→{lang}: {code} is installed.")
        else:
            online, offline = install_commands(lang)
            st.warning(f"en→{lang}: {code} is missing. Install it online, or from a file:")
            st.code(f"{online}\n{offline}", language="bash")

    _install_box()
    _index_box({m.code: m.version for m in usable})


main()
