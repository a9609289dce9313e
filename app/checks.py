"""Checks page: findings across the corpus, fixed one by one or per entry, or dismissed."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from app.common import (
    apply_style,
    outlines,
    reviewer_name,
    revision,
    sync_all_translations,
    workspace,
)
from reader.checks import (
    Finding,
    FixReport,
    apply_fixes,
    check_indexed,
    dismiss,
    get,
    split_dismissed,
)
from reader.lang import display_name
from reader.review.escape import html_text, markdown_text
from reader.store import StoreBusy
from reader.store.article_index import Outline
from reader.store.dismissals import Dismissal, DismissalError
from reader.workspace import Workspace

SHOWN_PER_ENTRY = 30

apply_style()
ws = workspace()
reviewer = reviewer_name()


@st.cache_resource(show_spinner=False, max_entries=4)
def _findings(
    _ws: Workspace, _listed: list[Outline], revision: tuple
) -> tuple[list[Finding], list[tuple[Finding, Dismissal]]]:
    """The open and the dismissed findings of every article, once per state of the store
    and the corpus: a click that changes nothing (a toggle, an expander) reads no head. The
    stored findings are read without building the articles (only one whose findings are
    not current is built)."""
    return split_dismissed(_ws, check_indexed(_ws, _listed))


def _fix(findings: list[Finding]) -> None:
    """Button callback: fix, then say what happened on the next run."""
    try:
        report: FixReport = apply_fixes(ws, findings, reviewer)
    except StoreBusy as exc:
        st.session_state["checks:busy"] = str(exc)
        return
    st.session_state["checks:done"] = report.summary()


def _dismiss(finding: Finding) -> None:
    """Button callback: remember the dismissal under the reviewer's name."""
    try:
        dismiss(ws, finding, reviewer)
    except StoreBusy as exc:
        st.session_state["checks:busy"] = str(exc)
    except DismissalError as exc:
        st.session_state["checks:error"] = str(exc)


def _undismiss(finding_id: str) -> None:
    """Button callback: undo a dismissal (recorded as an undo by this reviewer)."""
    try:
        ws.dismissals.undismiss(finding_id, reviewer)
    except StoreBusy as exc:
        st.session_state["checks:busy"] = str(exc)
    except DismissalError as exc:
        st.session_state["checks:error"] = str(exc)


def _context(finding: Finding) -> str:
    """The translation with the found words marked, escaped (reviewer text is data)."""
    head = ws.translations.head(finding.article_id, finding.sentence_id, finding.lang)
    if head is None or finding.start is None:
        return html_text(head.text if head else "")
    text = head.text
    return (
        html_text(text[: finding.start])
        + f'<mark class="term-deprecated">{html_text(text[finding.start : finding.end])}</mark>'
        + html_text(text[finding.end :])
    )


def _finding_row(finding: Finding, titles: dict[str, str], index: int) -> None:
    cols = st.columns([6, 1])
    _describe(cols[0], finding, titles)
    if finding.fixable:
        cols[1].button(
            "Fix",
            key=f"fix:{finding.article_id}:{finding.sentence_id}:{finding.lang}:{index}",
            help=markdown_text(f"«{finding.found}» → «{finding.suggestion}»"),
            on_click=_fix,
            args=([finding],),
            disabled=not reviewer,
        )
    cols[1].button(
        "Dismiss",
        key=f"dismiss:{finding.id}:{index}",
        help="Not worth acting on: hide it, under your name (undo under “Show dismissed”)",
        on_click=_dismiss,
        args=(finding,),
        disabled=not reviewer,
    )


def _describe(col, finding: Finding, titles: dict[str, str]) -> None:
    where = f"{titles.get(finding.article_id, finding.article_id)} · {display_name(finding.lang)}"
    col.caption(markdown_text(f"{where} · {finding.check} · {finding.id}"))
    col.markdown(f"<div class='sentence'>{_context(finding)}</div>", unsafe_allow_html=True)
    col.caption(markdown_text(finding.message))


def _dismissed_rows(dismissed: list[tuple[Finding, Dismissal]], titles: dict[str, str]) -> None:
    st.subheader("Dismissed")
    if not dismissed:
        st.caption("No finding is dismissed.")
    for index, (finding, dismissal) in enumerate(dismissed):
        cols = st.columns([6, 1])
        _describe(cols[0], finding, titles)
        cols[0].caption(markdown_text(f"Dismissed by {dismissal.author} at {dismissal.at}"))
        cols[1].button(
            "Undo",
            key=f"undismiss:{finding.id}:{index}",
            help="Show this finding again",
            on_click=_undismiss,
            args=(finding.id,),
            disabled=not reviewer,
        )


def main() -> None:
    st.title("Checks")
    st.caption(
        "Translations that use a deprecated form of a glossary name, lack the glossary's "
        "form of a name their English sentence contains, or are not in their column's "
        "language (English left untranslated, Russian or Kazakh in the Kyrgyz column). "
        "Fixes keep the case ending and are "
        "saved as new versions under your name; missing names need a person. A finding not "
        "worth acting on can be dismissed under your name, and the dismissal undone."
    )
    if done := st.session_state.pop("checks:done", None):
        st.success(done)
    if busy := st.session_state.pop("checks:busy", None):
        st.warning(busy)
    if error := st.session_state.pop("checks:error", None):
        st.error(markdown_text(error))
    listed, _ = outlines(ws)
    sync_all_translations(ws, (o.article_id for o in listed))
    titles = {o.article_id: o.title for o in listed}
    with st.spinner("Checking every translation against the glossary…"):
        findings, dismissed = _findings(ws, listed, revision(ws))
    fixable = [f for f in findings if f.fixable]
    cols = st.columns(5)
    cols[0].metric("Findings", len(findings))
    cols[1].metric("Deprecated forms", sum(f.kind == "deprecated" for f in findings))
    cols[2].metric("Missing names", sum(f.kind == "missing" for f in findings))
    cols[3].metric("Wrong language", sum(f.kind == "language" for f in findings))
    cols[4].metric("Dismissed", len(dismissed))
    if st.toggle("Show dismissed", key="checks:show-dismissed"):
        _dismissed_rows(dismissed, titles)
    if not findings:
        st.success("Every translation agrees with the glossary.")
        return
    st.button(
        f"Fix all {len(fixable)} fixable findings",
        key="fix:all",
        on_click=_fix,
        args=(fixable,),
        disabled=not (reviewer and fixable),
        type="primary",
    )
    if not reviewer:
        st.caption("Enter your name in the sidebar to fix or dismiss findings.")
    # Per glossary entry; findings of no entry (entry_id 0) per check.
    by_entry: dict[tuple[int, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        by_entry[(finding.entry_id, finding.check if not finding.entry_id else "")].append(finding)
    for (entry_id, check_id), group in sorted(by_entry.items(), key=lambda kv: -len(kv[1])):
        entry_fixable = [f for f in group if f.fixable]
        english = markdown_text(group[0].english or get(group[0].check).name)
        label = f"{english} · {len(group)} finding(s), {len(entry_fixable)} fixable"
        with st.expander(label):
            st.button(
                f"Fix all {len(entry_fixable)} for {english}",
                key=f"fix:entry:{entry_id}:{check_id}",
                on_click=_fix,
                args=(entry_fixable,),
                disabled=not (reviewer and entry_fixable),
            )
            for index, finding in enumerate(group[:SHOWN_PER_ENTRY]):
                _finding_row(finding, titles, index)
            if len(group) > SHOWN_PER_ENTRY:
                st.caption(f"…and {len(group) - SHOWN_PER_ENTRY} more; fix these to see them.")


main()
