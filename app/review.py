"""Review page: an article's sentences in EN | RU | KY, edited and approved in place."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.common import (
    apply_style,
    article_of,
    kept_across_pages,
    outlines,
    reviewer_name,
    sync_translations,
    workspace,
)
from app.glossary_form import entry_form
from app.preload import identifiers
from app.upload import upload_box
from reader.checks import Check, Finding, all_checks, findings_for_article, fix_in_text
from reader.corpus import Article, Sentence
from reader.corpus.metadata import SidecarError, set_furniture
from reader.lang import codes, display_name, source_code, target_codes
from reader.names.candidates import name_candidates
from reader.review.diff import diff_html
from reader.review.escape import html_text, markdown_text
from reader.review.highlight import TermFinder, highlight_html
from reader.review.progress import States, article_progress, article_states, status_map
from reader.store import StoreBusy
from reader.store.translations import SentenceState, TranslationStore
from reader.translation.engine import EngineError
from reader.translation.packages import MissingModelError, PackageError, models_dir
from reader.translation.service import EnginePool, translate_article
from reader.workspace import Workspace

_SOURCE = source_code()  # the language texts are translated from
Findings = dict[tuple[str, str], list[Finding]]  # by (sentence id, language)

PAGE_SIZES = (10, 20, 50)
HISTORY_SHOWN = 10  # newest versions of a sentence listed at first: every click redraws them
STATUSES_SHOWN = ("approved", "edited", "draft", "missing")
STATUS_COLOURS = ["#2e7d32", "#f9a825", "#90a4ae", "#e0e0e0"]  # in STATUSES_SHOWN order

# The map as a plain Vega-Lite spec: an Altair chart is converted and validated against the
# schema on every draw, which cost more than the rest of a rerun.
_TOOLTIP = [
    {"field": "sentence", "type": "quantitative"},
    {"field": "language", "type": "nominal"},
    {"field": "status", "type": "nominal"},
    {"field": "edits", "type": "quantitative"},
    {"field": "text", "type": "nominal"},
]
_MAP_CELLS_LAYER = {
    "mark": {"type": "rect", "stroke": "white", "strokeWidth": 0.5},
    "encoding": {
        "x": {
            "field": "sentence",
            "type": "ordinal",
            "axis": {"labels": False, "ticks": False, "title": None},
        },
        "y": {"field": "language", "type": "nominal", "title": None},
        "color": {
            "field": "status",
            "type": "nominal",
            "scale": {"domain": list(STATUSES_SHOWN), "range": STATUS_COLOURS},
            "legend": {"orient": "bottom"},
        },
        "tooltip": _TOOLTIP,
    },
    "height": 70,
}
_MAP_EDITS_LAYER = {
    "mark": {"type": "bar"},
    "encoding": {
        "x": {
            "field": "sentence",
            "type": "ordinal",
            "title": "sentence",
            "axis": {"labelOverlap": True},
        },
        "y": {
            "field": "edits",
            "aggregate": "sum",
            "type": "quantitative",
            "title": "edits",
            "axis": {"format": "d", "tickMinStep": 1},
        },
        "color": {"field": "language", "type": "nominal", "legend": {"orient": "bottom"}},
        "tooltip": _TOOLTIP,
    },
    "height": 80,
}
# A one-chart concat, sized as in the two-chart one: a lone chart is fitted to its height
# with the legend inside it, which leaves the cells no room.
MAP_CELLS = {"vconcat": [_MAP_CELLS_LAYER]}
MAP_WITH_EDITS = {
    "vconcat": [_MAP_CELLS_LAYER, _MAP_EDITS_LAYER],
    "resolve": {"scale": {"color": "independent"}},
}

apply_style()
ws = workspace()
reviewer = reviewer_name()


def _key(kind: str, sid: str, lang: str) -> str:
    return f"{kind}:{sid}:{lang}"


@st.cache_resource(show_spinner=False, max_entries=64)
def _states(_ws: Workspace, _article: Article, revision: tuple) -> States:
    return article_states(_ws.translations, _article)


def _revision(article: Article) -> tuple:
    return (str(ws.paths.database), article.id, ws.translations.version())


def states_of(article: Article) -> States:
    """The article's states, read once per store revision rather than per rerun and widget."""
    return _states(ws, article, _revision(article))


@st.cache_resource(show_spinner=False, max_entries=16)
def _findings(_ws: Workspace, _article: Article, revision: tuple) -> Findings:
    return findings_for_article(_ws, _article)


def findings_of(article: Article) -> Findings:
    """The article's open check findings per (sentence, language), read once per change of
    the store, the glossary or the dismissals (made on the Checks page)."""
    revision = (*_revision(article), ws.glossary.version(), ws.dismissals.version())
    return _findings(ws, article, revision)


@st.cache_resource(show_spinner=False)
def _checks() -> dict[str, Check]:
    return {c.id: c for c in all_checks()}


def _markers(findings: list[Finding]) -> str:
    """One short escaped marker per distinct finding of a cell."""
    checks = _checks()
    shown = dict.fromkeys(f"⚠ {checks[f.check].marker(f)}" for f in findings)
    return " · ".join(markdown_text(m) for m in shown)


@st.cache_resource(show_spinner=False, max_entries=8)
def _finders(_ws: Workspace, revision: tuple) -> dict[str, TermFinder]:
    entries = _ws.glossary.list()
    return {lang: TermFinder(entries, lang) for lang in codes()}


def finders() -> dict[str, TermFinder]:
    """Glossary matchers per language, built again only when the glossary changes."""
    return _finders(ws, (str(ws.paths.database), ws.glossary.version()))


def _clear_messages() -> None:
    """A new action makes the messages of earlier ones stale: only its own is shown."""
    for key in [k for k in st.session_state if str(k).startswith("msg:")]:
        del st.session_state[key]


def _refresh_progress() -> None:
    """A saved version changes its row, the progress bars and the map: rerun those three,
    not the other rows (all of them when only open sentences are listed: it may go)."""
    rows = "sentences" if st.session_state.get("open_only") else "edited_row"
    st.rerun(scope=["overview", rows])


def open_editor(store: TranslationStore, article_id: str, sid: str) -> None:
    """Remember which version each text box starts from: saves are checked against it."""
    _clear_messages()
    st.session_state["editing"] = sid
    unsaved = st.session_state.setdefault("unsaved", {})
    for lang in target_codes():
        head = store.head(article_id, sid, lang)
        kept = unsaved.get((sid, lang))
        st.session_state.pop(_key("conflict", sid, lang), None)
        st.session_state.pop(_key("msg", sid, lang), None)
        if kept is not None:
            text, base = kept
            st.session_state[_key("msg", sid, lang)] = ("info", "Restored your unsaved text.")
        else:
            text, base = (head.text, head.id) if head else ("", None)
        st.session_state[_key("text", sid, lang)] = text
        st.session_state[_key("base", sid, lang)] = base


def remember_unsaved(sid: str, lang: str) -> None:
    """Keep typed text outside the widget, which Streamlit forgets once it is not shown."""
    text = st.session_state.get(_key("text", sid, lang), "")
    base = st.session_state.get(_key("base", sid, lang))
    st.session_state.setdefault("unsaved", {})[(sid, lang)] = (text, base)


def save(store: TranslationStore, article_id: str, sid: str, lang: str, approve: bool) -> None:
    text = st.session_state.get(_key("text", sid, lang), "")
    base = st.session_state.get(_key("base", sid, lang))
    msg = _key("msg", sid, lang)
    _clear_messages()
    if not reviewer:
        st.session_state[msg] = ("error", "Enter your name in the sidebar first.")
        return
    if not text.strip():
        st.session_state[msg] = ("error", "The translation is empty; nothing was saved.")
        return
    head = store.head(article_id, sid, lang)
    status = "approved" if approve else "edited"
    if head and head.id == base and head.text == text and (head.status == status or not approve):
        st.session_state[msg] = ("info", "No changes to save.")
        return
    try:
        result = store.save(
            article_id, sid, lang, text, author=reviewer, base_id=base, status=status
        )
    except StoreBusy as exc:  # the typed text stays in the box and in "unsaved"
        st.session_state[msg] = ("warning", str(exc))
        return
    st.session_state.get("unsaved", {}).pop((sid, lang), None)
    if result.ok:
        st.session_state[_key("base", sid, lang)] = result.version.id
        st.session_state.pop(_key("conflict", sid, lang), None)
        word = "Approved" if approve else "Saved"
        st.session_state[msg] = ("success", f"{word}: version #{result.version.id}.")
        _refresh_progress()
    else:
        st.session_state[_key("conflict", sid, lang)] = (result.version.id, result.conflict.id)
        st.session_state[msg] = (
            "warning",
            f"{markdown_text(result.conflict.author)} saved this sentence at "
            f"{markdown_text(result.conflict.created_at)} "
            "while you were editing. Both texts are kept in the history; choose which one "
            "stays current.",
        )
        _refresh_progress()


def keep_theirs(store: TranslationStore, article_id: str, sid: str, lang: str) -> None:
    _clear_messages()
    head = store.head(article_id, sid, lang)
    st.session_state[_key("text", sid, lang)] = head.text if head else ""
    st.session_state[_key("base", sid, lang)] = head.id if head else None
    conflict = st.session_state.pop(_key("conflict", sid, lang), None)
    if conflict and head and reviewer:
        try:
            store.settle(conflict[0], head.id, author=reviewer)
        except StoreBusy as exc:
            st.session_state[_key("msg", sid, lang)] = ("warning", str(exc))
            return
        _refresh_progress()
    st.session_state[_key("msg", sid, lang)] = (
        "info",
        "Kept their text; yours stays in the history.",
    )


def fix_typed(sid: str, lang: str, finding: Finding) -> None:
    """Fix a finding in the text being edited, typed or not; the reviewer saves it (through
    `save`, which detects a newer version)."""
    _clear_messages()
    text = st.session_state.get(_key("text", sid, lang), "")
    fixed = fix_in_text(text, finding, ws.glossary.list())
    msg = _key("msg", sid, lang)
    if fixed is None:
        note = f"«{finding.found}» is no longer in the text above; nothing was changed."
        st.session_state[msg] = ("info", markdown_text(note))
        return
    st.session_state[_key("text", sid, lang)] = fixed
    remember_unsaved(sid, lang)
    st.session_state[msg] = ("info", "Fixed in the text above; Save to keep it.")


def use_mine(store: TranslationStore, article_id: str, sid: str, lang: str) -> None:
    head = store.head(article_id, sid, lang)
    st.session_state[_key("base", sid, lang)] = head.id if head else None
    save(store, article_id, sid, lang, approve=False)


def _cell_html(text: str, finder: TermFinder, furniture: bool = False) -> str:
    """Escaped sentence with glossary names marked."""
    body = highlight_html(text, finder.find(text))
    css = "sentence furniture" if furniture else "sentence"
    return f'<div class="{css}">{body}</div>'


def _caption(state: SentenceState | None) -> str:
    if state is None or state.head is None:
        return "no translation yet"
    head = state.head
    extra = f" · ⚠ {len(state.conflicts)} conflicting" if state.conflicts else ""
    status, provenance = markdown_text(head.status), markdown_text(head.provenance())
    return f"**{status}** · {provenance} · {state.version_count} version(s){extra}"


def _column_widths() -> list[int]:
    """The source, one column per target language, then the edit button."""
    return [5] * len(codes()) + [1]


def _row(
    article: Article,
    sentence: Sentence,
    states: dict,
    by_lang: dict[str, TermFinder],
    findings: Findings,
) -> None:
    if st.session_state.get("editing") == sentence.id and not sentence.furniture:
        _edited_row(article, sentence)
    else:
        _row_cells(article, sentence, states, by_lang, findings)


@st.fragment(key="edited_row")
def _edited_row(article: Article, sentence: Sentence) -> None:
    """The row being edited and its editor: Save and Approve rerun it and the progress, not
    every row of the page. It reads the states and findings itself: its own reruns (after a
    save) get the arguments of its first run."""
    states, findings = states_of(article), findings_of(article)
    _row_cells(article, sentence, states, finders(), findings)
    if st.session_state.get("editing") == sentence.id:
        _editor(article, sentence, states, findings)


def _row_cells(
    article: Article,
    sentence: Sentence,
    states: dict,
    by_lang: dict[str, TermFinder],
    findings: Findings,
) -> None:
    cols = st.columns(_column_widths())
    english = _cell_html(sentence.text, by_lang[_SOURCE], sentence.furniture)
    cols[0].markdown(english, unsafe_allow_html=True)
    if sentence.furniture:
        cols[1].caption("page furniture: hidden by default, not translated")
        cols[-1].button(
            "↺",
            key=f"unfurnish:{sentence.id}",
            help="Not page furniture: show and translate this paragraph",
            on_click=_mark_furniture,
            args=(article, sentence, False),
        )
        return
    for col, lang in zip(cols[1:-1], target_codes(), strict=True):
        state = states[lang].get(sentence.id)
        text = state.head.text if state and state.head else ""
        col.markdown(_cell_html(text, by_lang[lang]), unsafe_allow_html=True)
        col.caption(_caption(state))
        if found := findings.get((sentence.id, lang)):
            col.caption(_markers(found))
    cols[-1].button(
        "✎",
        key=f"edit:{sentence.id}",
        help="Edit, approve, save a name to the glossary",
        on_click=open_editor,
        args=(ws.translations, article.id, sentence.id),
    )


def _editor(article: Article, sentence: Sentence, states: dict, findings: Findings) -> None:
    store = ws.translations
    with st.container(border=True):
        st.markdown(f"**Editing:** {markdown_text(sentence.text)}")
        cols = st.columns(len(target_codes()))
        for col, lang in zip(cols, target_codes(), strict=True):
            with col:
                state = states[lang].get(sentence.id)
                _lang_editor(article, sentence, lang, state, store)
                _findings_list(sentence.id, lang, findings.get((sentence.id, lang), []))
        with st.expander("Save a name from this sentence to the glossary"):
            candidates = name_candidates(sentence.text)
            if candidates:
                st.caption("Names in this sentence: " + markdown_text(", ".join(candidates)))
            entry_form(
                ws.glossary,
                reviewer,
                key=f"gl:{sentence.id}",
                suggestion=candidates[0] if candidates else "",
            )
        c1, c2 = st.columns(2)
        c1.button("Close editor", key=f"close:{sentence.id}", on_click=_close_editor)
        c2.button(
            "Mark this paragraph as page furniture",
            key=f"furnish:{sentence.id}",
            help="Banners, 'Read more', comments: hidden and not translated; the text stays",
            on_click=_mark_furniture,
            args=(article, sentence, True),
        )


def _mark_furniture(article: Article, sentence: Sentence, furniture: bool) -> None:
    paragraph = article.paragraphs[sentence.paragraph].text
    try:
        set_furniture(ws.paths.corpus / f"{article.id}.txt", paragraph, furniture)
    except SidecarError as exc:  # the sidecar is left as it was; the page says why
        st.session_state["furniture_error"] = str(exc)
    else:
        st.session_state["editing"] = None
    st.rerun()  # the article is split again: the whole page shows the new paragraphs


def _close_editor() -> None:
    _clear_messages()
    st.session_state["editing"] = None


def _lang_editor(article, sentence, lang, state, store) -> None:
    sid = sentence.id
    args = (store, article.id, sid, lang)
    st.text_area(
        display_name(lang),
        key=_key("text", sid, lang),
        height=120,
        on_change=remember_unsaved,
        args=(sid, lang),
    )
    b1, b2 = st.columns(2)
    b1.button(
        "Save",
        key=_key("save", sid, lang),
        on_click=save,
        args=(*args, False),
        disabled=not reviewer,
    )
    b2.button(
        "Approve",
        key=_key("approve", sid, lang),
        on_click=save,
        args=(*args, True),
        disabled=not reviewer,
        type="primary",
    )
    message = st.session_state.get(_key("msg", sid, lang))
    if message:
        getattr(st, message[0])(message[1])
    conflict = st.session_state.get(_key("conflict", sid, lang))
    if conflict:
        theirs = store.head(article.id, sid, lang)
        mine = st.session_state.get(_key("text", sid, lang), "")
        st.markdown(
            f"<div class='diff'>Their text: {diff_html(theirs.text, mine)}<br>"
            "<small>(red: only theirs, green: only yours)</small></div>",
            unsafe_allow_html=True,
        )
        c1, c2 = st.columns(2)
        c1.button("Keep theirs", key=_key("theirs", sid, lang), on_click=keep_theirs, args=args)
        c2.button(
            "Use mine",
            key=_key("mine", sid, lang),
            on_click=use_mine,
            args=args,
            disabled=not reviewer,
        )
    first = state.first_draft if state else None
    current = st.session_state.get(_key("text", sid, lang), "")
    if first is not None:
        label = html_text(f"Changes against the first draft ({first.provenance()}):")
        body = diff_html(first.text, current)
        st.markdown(
            f"<div class='diff'><small>{label}</small><br>{body}</div>", unsafe_allow_html=True
        )
    with st.expander("History"):
        versions = store.history(article.id, sid, lang)[::-1]
        older = len(versions) - HISTORY_SHOWN
        if older > 0 and not st.toggle(
            f"Show the {older} older version(s) too", key=_key("history", sid, lang)
        ):
            versions = versions[:HISTORY_SHOWN]
        for v in versions:
            flag = " (conflicting save, not current)" if v.is_conflict else ""
            line = html_text(f"#{v.id} · {v.status} · {v.author} · {v.created_at}{flag}")
            st.markdown(f"<div>{line}<br>{html_text(v.text)}</div>", unsafe_allow_html=True)


def _findings_list(sid: str, lang: str, findings: list[Finding]) -> None:
    """The cell's open findings; a fixable one can be fixed in the text above."""
    for index, finding in enumerate(findings):
        st.caption(markdown_text(f"⚠ {finding.message}"))
        if finding.fixable:
            st.button(
                markdown_text(f"Fix in the text above: {finding.found} → {finding.suggestion}"),
                key=f"{_key('fixfinding', sid, lang)}:{index}",
                help="Changes the text in the box only; Save keeps it",
                on_click=fix_typed,
                args=(sid, lang, finding),
            )
    if findings and not any(f.fixable for f in findings):
        # text, not st.page_link: a link inside a fragment's rerun finds no page to go to
        st.caption("⚠️ Fix or dismiss it on the **Checks** page (in the sidebar).")


@st.fragment(key="overview")
def _overview(article: Article) -> None:
    """Progress bars and the map: rerun after a save, not on every click in the rows."""
    states = states_of(article)
    _progress(article, states)
    with st.expander("Map of the article: status and corrections per sentence", expanded=True):
        _article_map(article, states)


def _progress(article: Article, states: States) -> None:
    progress = article_progress(ws.translations, article, states)
    for col, lang in zip(st.columns(len(target_codes())), target_codes(), strict=True):
        p = progress[lang]
        col.progress(
            p.fraction_approved,
            text=f"{display_name(lang)}: {p.approved}/{p.total} approved · "
            f"{p.counts['edited']} edited · {p.counts['draft']} draft · "
            f"{p.counts['missing']} missing",
        )


def _article_map(article: Article, states: States) -> None:
    """Each sentence as a cell per language, coloured by status; bars show human edits."""
    drawn = _map_data(article, states, _revision(article))
    if drawn is None:
        return
    data, edited = drawn
    spec = MAP_WITH_EDITS if edited else MAP_CELLS
    st.vega_lite_chart(data, spec, width="stretch")
    if not edited:
        st.caption("No corrections yet: bars of edits per sentence appear here once there are.")


@st.cache_resource(show_spinner=False, max_entries=16)
def _map_data(
    _article: Article, _states: States, revision: tuple
) -> tuple[pd.DataFrame, bool] | None:
    """The map's rows and whether it has edits, once per store revision."""
    data = pd.DataFrame(status_map(ws.translations, _article, _states))
    if data.empty:
        return None
    return data, bool(data["edits"].sum())


@st.cache_resource(show_spinner=False)
def _engines() -> EnginePool:
    """Loaded models live as long as the server: loading one takes longer than a batch."""
    return EnginePool()


def _translate_box(article: Article) -> None:
    """Progress, errors and results stay in the sidebar box, beside the button clicked."""
    with st.sidebar.expander("Machine translation"):
        langs = st.multiselect(
            "Into",
            list(target_codes()),
            default=list(target_codes()),
            key="mt_langs",
            format_func=display_name,
        )
        st.caption("Adds machine drafts; a reviewer's text is never replaced.")
        if st.button("Translate this article", key="translate", disabled=not langs):
            _translate(article, langs)


def _translate(article: Article, langs: list[str]) -> None:
    bar = st.progress(0.0, text="Loading the model…")

    def progress(lang: str, done: int, total: int) -> None:
        share = done / total if total else 1.0
        bar.progress(share, text=f"{display_name(lang)}: {done}/{total} sentences")

    try:
        report = translate_article(
            ws, article, langs, models_dir(), engines=_engines(), on_progress=progress
        )
    except (MissingModelError, EngineError, PackageError) as exc:
        bar.empty()
        st.error(markdown_text(str(exc)))
        st.toast("Not translated: see the Machine translation box.", icon=":material/error:")
        st.page_link("app/models.py", label="Open the Models page", icon=":material/download:")
        return
    except StoreBusy as exc:  # decoded chunks are cached: translating again resumes
        bar.empty()
        st.warning(str(exc))
        return
    bar.empty()
    for lang in langs:
        note = f"{display_name(lang)}: {report.added[lang]} new machine drafts"
        if report.kept_beside_edits[lang]:
            note += f", {report.kept_beside_edits[lang]} kept beside reviewers' edits"
        if report.skipped[lang]:
            note += f", {report.skipped[lang]} already translated by this model"
        st.success(note)


def _choose_article(ids: list[str], titles: dict[str, str]) -> str:
    """The chosen article, kept across pages as the reviewer's name is; one removed since
    is forgotten, so the box starts at the first article."""
    if st.session_state.get("kept:article") not in titles:
        st.session_state.pop("kept:article", None)
    return st.sidebar.selectbox(
        "Article",
        ids,
        format_func=lambda i: titles[i],
        key="article",
        on_change=kept_across_pages("article"),
    )


def main() -> None:
    upload_box(ws)
    listed, problems = outlines(ws)
    for problem in problems:
        st.warning(markdown_text(problem))
    if not listed:
        folder = markdown_text(str(ws.paths.corpus))
        st.info(f"No articles in {folder}. Add a UTF-8 .txt file in the sidebar.")
        return
    titles = {o.article_id: o.title for o in listed}
    article = article_of(ws, _choose_article(list(titles), titles))
    for problem in sync_translations(ws, article):
        st.warning(markdown_text(problem))
    _translate_box(article)

    st.title(markdown_text(article.title))
    if error := st.session_state.pop("furniture_error", None):
        st.error(f"The mark was not saved: {markdown_text(error)}")
    meta = [x for x in (article.byline, article.outlet, article.date) if x]
    count = f"{len(article.content_sentences())} sentences to review"
    st.caption(" · ".join([*map(markdown_text, meta), count]))
    _overview(article)

    show_furniture = st.sidebar.toggle("Show page furniture", value=False, key="show_furniture")
    open_only = st.sidebar.toggle("Only sentences not yet approved", value=False, key="open_only")
    page_size = st.sidebar.selectbox("Sentences per page", PAGE_SIZES, index=1, key="page_size")
    _sentences(article, show_furniture, open_only, page_size)
    identifiers()  # after the page is drawn


@st.fragment(key="sentences")
def _sentences(article: Article, show_furniture: bool, open_only: bool, page_size: int) -> None:
    """The rows and the editor: a click on ✎, Save or Approve reruns only this part."""
    states = states_of(article)
    sentences = [s for s in article.sentences if show_furniture or not s.furniture]
    if open_only:
        sentences = [s for s in sentences if not _all_approved(s, states)]
    pages = max(1, -(-len(sentences) // page_size))
    page = st.sidebar.number_input("Page", 1, pages, 1, key="page") if pages > 1 else 1
    by_lang = finders()
    found = findings_of(article)

    header = st.columns(_column_widths())
    for col, lang in zip(header, codes(), strict=False):
        col.subheader(display_name(lang))
    chunk = sentences[(page - 1) * page_size : page * page_size]
    last_paragraph = None
    for sentence in chunk:
        if last_paragraph is not None and sentence.paragraph != last_paragraph:
            st.divider()
        last_paragraph = sentence.paragraph
        _row(article, sentence, states, by_lang, found)
    st.caption(f"Page {page} of {pages} · {len(sentences)} sentences shown in all")


def _all_approved(sentence: Sentence, states: dict) -> bool:
    if sentence.furniture:
        return True
    return all(
        (st_ := states[lang].get(sentence.id)) and st_.head and st_.head.status == "approved"
        for lang in target_codes()
    )


main()
