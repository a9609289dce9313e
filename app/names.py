"""Names page: every name's spellings across the corpus in EN, RU and KY, grouped by referent.

The reviewer accepts a group into the glossary (a preferred form per language, a status per
other spelling), merges or splits groups the automatic grouping got wrong, and dismisses
groups that are no names; those decisions are stored (reader.names.decisions) and re-applied.

The mentions come from the index (only new translations are read for names), but grouping
them all takes a moment, so the groups are computed once per state of the corpus files and of
the translations (newest version id), and kept for every session.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from app.common import (
    apply_style,
    corpus,
    kept_across_pages,
    outlines,
    reviewer_name,
    sync_all_translations,
    workspace,
)
from reader.glossary import STATUSES, GlossaryEntry, GlossaryError
from reader.lang import codes, display_name, source_code, target_codes
from reader.names.decisions import (
    LEAVE_OUT,
    MERGE_CHOICES,
    Decision,
    NameDecisionError,
    NameDecisions,
    Shaped,
    accept_defaults,
    accept_group,
    apply_decisions,
    corpus_texts,
    deprecated_forms,
    filter_groups,
    glossary_matches,
    groups_named,
    merge_candidates,
    statuses_for,
)
from reader.names.grouping import Suggestion
from reader.names.variants import (
    VariantForm,
    VariantGroup,
    current_listing,
    last_listing,
    listed_groups,
    relisting_is_quick,
)
from reader.review.escape import html_text, markdown_text
from reader.store import StoreBusy

PAGE_SIZES = (10, 25, 50)
# The language filter's "any": not None, which a select box kept across pages would show as
# no choice at all ("Choose an option").
ANY_LANGUAGE = ""
AMBIGUOUS_SHOWN = 3  # full names named in a group's title; all of them inside
CACHED_STATES = 4  # corpus/translation states whose groups are kept
# A stale listing is listed again on its own, before the page is drawn (or, kept stale while a
# group's boxes were drawn, once it is), if at most this many articles' name summaries must
# be made first (a second or so each, then a second or two of merging at 1,000 articles) and
# the names can be regrouped from a grouping by the current rules.
AUTO_RELIST_MAX = 5
GROUP_INPUTS = ("acc:", "merge:", "split:")  # a group's accept, merge and split boxes
NO_ICON = " "  # an alert without an icon; None has Streamlit look for an emoji opening a
# non-ASCII text, first loading its catalogue of emoji (0.4 s)

apply_style()
ws = workspace()
reviewer = reviewer_name()
decisions = NameDecisions(ws.db)


K = TypeVar("K")
V = TypeVar("V")


# --- loading -----------------------------------------------------------------------------------


class _Lazy(Mapping[K, V]):
    """A mapping made only when first read: every sentence's text (only a group a split made
    needs them, to find its examples, and reading every head of the archive takes seconds),
    or the merge box's labels of every group (only an opened group shows them)."""

    def __init__(self, load: Callable[[], dict[K, V]]) -> None:
        self._load = load
        self._made: dict[K, V] | None = None
        self._lock = threading.Lock()

    def _loaded(self) -> dict[K, V]:
        with self._lock:
            if self._made is None:
                self._made = self._load()
            return self._made

    def __getitem__(self, key: K) -> V:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


@dataclass
class _Names:
    groups: list[VariantGroup]
    texts: _Lazy[tuple[str, str, str], str]
    as_of: str | None = None  # when listed, if articles or translations changed since
    quick: bool | None = None  # whether listing again takes seconds, once found
    shaped: dict[tuple[int, ...], Shaped] = field(default_factory=dict)  # by decisions in force

    def apply(self, in_force: list[Decision]) -> Shaped:
        """The groups re-shaped by the decisions, once per set of decisions in force (every
        click on the page reran it over every group)."""
        key = tuple(d.id for d in in_force)
        if key not in self.shaped:
            self.shaped.clear()  # only the newest: decisions are only added or undone
            self.shaped[key] = apply_decisions(self.groups, in_force, self.texts)
        return self.shaped[key]


class _NamesCache:
    """Groups per corpus and translation state; one computation at a time, shared by all."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: OrderedDict[tuple, _Names] = OrderedDict()


@st.cache_resource(show_spinner=False)
def _names_cache() -> _NamesCache:
    return _NamesCache()


def _group_inputs() -> bool:
    """Whether a group's accept, merge or split box is drawn in this session."""
    return any(str(k).startswith(GROUP_INPUTS) for k in st.session_state)


def _quick(names: _Names) -> bool:
    """Whether listing again takes seconds (found once a listing: two queries)."""
    if names.quick is None:
        names.quick = relisting_is_quick(ws, AUTO_RELIST_MAX)
    return names.quick


def _listing(fresh: bool = False) -> _Names:
    """The last listing if nothing changed since it was made; else listed now, the way
    `names` lists (`listed_groups`), with a spinner and a progress bar, when listing again
    takes seconds (`_quick_now`), none was made or `fresh` asks for it; else the last
    listing, marked with its time (listing again may take a minute).

    Not an st.cache_resource function itself: its progress bar would be replayed on every
    cache hit. The key is cheap to make: file stamps and one query.
    """
    key = (
        str(ws.paths.corpus),
        ws.corpus_signature(),
        str(ws.paths.database),
        ws.translations.version(),
    )
    cache = _names_cache()
    with cache.lock:
        if (kept := cache.entries.get(key)) is not None:
            cache.entries.move_to_end(key)
            if not kept.as_of or not fresh:
                return kept
        texts = _Lazy(lambda: corpus_texts(ws, corpus(ws).articles))
        current = None if fresh else current_listing(ws)
        relist = fresh or (current is None and _quick_now())
        last = None if relist or current is not None else last_listing(ws)
        if current is not None:
            names = _Names(current, texts)
        elif last is not None:
            names = _Names(last.groups, texts, last.as_of)
        else:
            names = _Names(_listed(again=relist), texts)
        cache.entries[key] = names
        while len(cache.entries) > CACHED_STATES:
            cache.entries.popitem(last=False)
        return names


def _quick_now() -> bool:
    """Whether a listing that is not current is to be listed again before the page is drawn
    rather than drawn first: listing again takes seconds, less than drawing the last
    listing, listing again and drawing the page anew, and no group's accept, merge or
    split box is drawn (a changed group would drop its input)."""
    return not _group_inputs() and relisting_is_quick(ws, AUTO_RELIST_MAX)


def _listed(again: bool) -> list[VariantGroup]:
    """`listed_groups` under a spinner, with a bar while new translations are read for names
    (then gone: the merging after it has no steps to count)."""
    with st.spinner("Listing the names again…" if again else "Listing the names…"):
        bar = st.empty()

        def progress(done: int, total: int) -> None:
            if done < total:
                text = f"Finding names: {done} of {total} new translations"
                bar.progress(done / total, text=text)
            else:
                bar.empty()

        groups = listed_groups(ws, progress)
        bar.empty()
    return groups


def _relist_due(names: _Names) -> bool:
    """Whether a stale listing is to be listed again now that the page is drawn: it takes
    seconds and loses nothing (no group's accept, merge or split box is drawn, whose input
    a changed group would drop), and it was not tried for this listing in this session
    already (a listing that stays stale would otherwise be listed again on every run)."""
    return bool(
        names.as_of
        and st.session_state.get("names:relisted") != names.as_of
        and not _group_inputs()
        and _quick(names)
    )


def _as_of(names: _Names, message: tuple[str, str] | None) -> None:
    """Drawn last, in its place at the top: say how old a listing is, then list again and
    show the new listing (the reviewer saw the page at once, and waits seconds for the new
    listing only), or offer to. The action's message shown is kept for the new run."""
    if not names.as_of:
        return
    due = _relist_due(names)
    _as_of_note(names, due)
    if due:
        st.session_state["names:relisted"] = names.as_of
        _listing(fresh=True)
        if message:
            st.session_state["names:flash"] = message
        st.rerun()


def _as_of_note(names: _Names, due: bool) -> None:
    """Say how old a listing is, and that it is being listed again, or offer to (then the
    page starts afresh)."""
    when = names.as_of.replace("T", " ").removesuffix("+00:00")
    changed = f"Names as listed at {when} UTC: articles or translations changed since."
    if due:
        st.info(markdown_text(f"{changed} Listing them again (seconds)…"), icon=NO_ICON)
        return
    if not _quick(names):
        takes = "many articles or the rules changed: up to a minute for a thousand articles"
    elif _group_inputs():
        takes = "seconds, kept from being done on its own while a group's boxes are open"
    else:
        takes = "seconds"
    st.info(
        markdown_text(
            f"{changed} List them again to see the changes ({takes}; "
            "python -m reader names does it too)."
        ),
        icon=NO_ICON,
    )
    if st.button("List the names again", key="names:relist"):
        _listing(fresh=True)
        st.rerun()


# --- actions -----------------------------------------------------------------------------------


def _say(kind: str, text: str) -> None:
    st.session_state["names:flash"] = (kind, text)


def _flash() -> tuple[str, str] | None:
    if message := st.session_state.pop("names:flash", None):
        getattr(st, message[0])(message[1])
    return message


def _decide(action: Callable[[], Decision]) -> Decision | None:
    if not reviewer:
        _say("error", "Enter your name in the sidebar first.")
        return None
    try:
        decision = action()
    except NameDecisionError as exc:
        _say("error", markdown_text(str(exc)))
        return None
    except StoreBusy as exc:
        _say("warning", str(exc))
        return None
    _say("success", f"Recorded: {markdown_text(decision.describe())}.")
    return decision


def _dismiss(group: VariantGroup) -> None:
    _decide(lambda: decisions.dismiss(group.key, reviewer, label=group.title))


def _merge(group: VariantGroup, wid: str, labels: Mapping[str, str]) -> None:
    other = st.session_state.get(f"merge:{wid}")
    if not other:
        _say("error", "Choose the group to merge with first.")
        return
    _decide(
        lambda: decisions.merge(
            [group.key, other], reviewer, labels=[group.title, labels.get(other, other)]
        )
    )


def _split(group: VariantGroup, wid: str) -> None:
    choice = st.session_state.get(f"split:{wid}")
    if not choice:
        _say("error", "Choose the form to split off first.")
        return
    lang, form = choice.split("|", 1)
    _decide(
        lambda: decisions.split(
            form, None if lang == "*" else lang, author=reviewer, source=group.title
        )
    )


def _undo(decision: Decision) -> None:
    if _decide(lambda: decisions.undo(decision.id, reviewer)):
        _say("success", f"Undone: {markdown_text(decision.describe())}.")


# --- showing -----------------------------------------------------------------------------------


def _marked(text: str, form: str) -> str:
    """The escaped sentence with the name's first occurrence marked."""
    at = text.find(form) if form else -1
    if at < 0:
        return html_text(text)
    end = at + len(form)
    return f"{html_text(text[:at])}<mark>{html_text(form)}</mark>{html_text(text[end:])}"


def _counts(group: VariantGroup) -> str:
    counts = group.counts  # summed on each call: once for the thousands of merge labels
    return " · ".join(f"{lang} {counts[lang]}" for lang in codes() if lang in counts)


def _widget_ids(groups: list[VariantGroup]) -> dict[int, str]:
    """A widget key per group: its key, made unique should two groups share one."""
    ids: dict[int, str] = {}
    seen: dict[str, int] = {}
    for g in groups:
        seen[g.key] = seen.get(g.key, 0) + 1
        ids[id(g)] = g.key if seen[g.key] == 1 else f"{g.key}#{seen[g.key]}"
    return ids


def _forms_table(group: VariantGroup) -> list[dict[str, str | int]]:
    """A row per spelling; Streamlit makes the table (importing pandas, half a second, only
    once a group is opened)."""
    return [
        {
            "language": display_name(f.lang),
            "form": f.form,
            "count": f.count,
            "written": ", ".join(f.written),
            "evidence": "; ".join(link.describe() for link in f.evidence),
        }
        for f in group.forms
    ]


def _examples(group: VariantGroup, titles: dict[str, str]) -> None:
    if not group.examples:
        st.caption("No example sentences kept for this group.")
        return
    rows = [
        f"<div class='sentence'><small>{display_name(e.lang)} · "
        f"{html_text(titles.get(e.article_id, e.article_id))}</small><br>"
        f"{_marked(e.text, e.form)}</div>"
        for e in group.examples
    ]
    st.markdown("\n".join(rows), unsafe_allow_html=True)


def _opened(wid: str) -> None:
    """Remember which groups are open: a new title (an accepted group gains "✓ in glossary")
    is a new expander to Streamlit, which would start closed."""
    opened = st.session_state.setdefault("names:open", set())
    if st.session_state.get(f"open:{wid}"):
        opened.add(wid)
    else:
        opened.discard(wid)


def _ambiguous_note(group: VariantGroup) -> str:
    """What a reviewer is told of a name kept apart from the names it may stand for: two
    people of a surname, or one place its qualifier names and the gazetteer's town not."""
    if len(group.ambiguous) == 1:
        return (
            f"“{group.title}” may stand for {group.ambiguous[0]}, and is kept apart from it; "
            "where an article names it, its mentions there are counted with it."
        )
    return (
        f"“{group.title}” alone may stand for any of {', '.join(group.ambiguous)}. "
        "It is kept apart from all of them; where an article names only one of "
        "them, its mentions there are counted with that name."
    )


def _group(
    group: VariantGroup,
    wid: str,
    shaped: Shaped,
    entries: list[GlossaryEntry],
    labels: Mapping[str, str],
    titles: dict[str, str],
    expanded: bool,
) -> None:
    matches = glossary_matches(group, entries)
    flags = [_counts(group)]
    if group.inconsistent:
        flags.append("⚠ spellings differ")
    if group.ambiguous:
        named = ", ".join(group.ambiguous[:AMBIGUOUS_SHOWN])
        more = len(group.ambiguous) - AMBIGUOUS_SHOWN
        flags.append(
            "⚠ ambiguous: " + markdown_text(named + (f" and {more} more" if more > 0 else ""))
        )
    if matches:
        flags.append("✓ in glossary")
    title = f"**{markdown_text(group.title)}** · " + " · ".join(flags)
    box = st.expander(
        title,
        expanded=expanded or wid in st.session_state.get("names:open", ()),
        key=f"open:{wid}",
        on_change=_opened,
        args=(wid,),
    )
    if not box.open:  # drawn when opened: a page of groups' forms, tables and forms took seconds
        return
    with box:
        if group.ambiguous:
            st.warning(markdown_text(_ambiguous_note(group)), icon=NO_ICON)
        cols = st.columns(len(codes()))
        for col, lang in zip(cols, codes(), strict=True):
            spellings = group.spellings(lang)
            col.metric(display_name(lang), group.counts.get(lang, 0))
            col.caption(f"{len(spellings)} spelling(s)")
        st.dataframe(_forms_table(group), hide_index=True, width="stretch")
        for entry in matches:
            preferred = ", ".join(
                f"{lang}: {entry.preferred(lang)}" for lang in codes() if entry.preferred(lang)
            )
            english, preferred = markdown_text(entry.english), markdown_text(preferred)
            st.info(
                f"In the glossary: {english} (#{entry.id}); preferred {preferred}", icon=NO_ICON
            )
        st.markdown("**Examples**")
        _examples(group, titles)
        for d in shaped.applied.get(group.key, []):
            c1, c2 = st.columns([5, 1])
            c1.caption(markdown_text(f"#{d.id} {d.describe()} · by {d.author} at {d.at}"))
            c2.button(
                "Undo", key=f"undo:{d.id}:{wid}", on_click=_undo, args=(d,), disabled=not reviewer
            )
        accept, merge, split, dismiss = st.tabs(
            ["Accept into glossary", "Merge with…", "Split off a form", "Dismiss"]
        )
        with accept:
            _accept_form(group, wid, matches)
        with merge:
            _merge_box(group, wid, labels, shaped.groups)
        with split:
            _split_box(group, wid)
        with dismiss:
            st.caption("Not a name, or nothing to decide: hide it (it stays hidden; undo below).")
            st.button(
                "Dismiss this group",
                key=f"dismiss:{wid}",
                on_click=_dismiss,
                args=(group,),
                disabled=not reviewer,
            )


def _suggestion_note(suggestion: Suggestion) -> str:
    forms = suggestion.forms
    shown = " · ".join(f"{display_name(lang)} {forms[lang]}" for lang in codes() if lang in forms)
    return markdown_text(f"Suggested by {suggestion.source}: {shown}.")


@st.fragment
def _accept_form(group: VariantGroup, wid: str, matches: list[GlossaryEntry]) -> None:
    """The English name and the preferred forms rerun this fragment when changed, so that
    the status boxes below follow them; the statuses and the note are sent with the form."""
    entry = matches[0] if len(matches) == 1 else None
    if len(matches) > 1:
        st.warning(
            "Its forms are in several glossary entries; the one with its English name is updated."
        )
    defaults = accept_defaults(group, entry)
    suggested = defaults.suggestion.forms if defaults.suggestion else {}
    key = f"acc:{wid}"
    if defaults.suggestion:
        st.caption(_suggestion_note(defaults.suggestion))
    english = st.text_input("English name", value=defaults.english, key=f"{key}:en")
    preferred: dict[str, str] = {source_code(): english.strip()}
    for col, lang in zip(st.columns(len(target_codes())), target_codes(), strict=True):
        options = defaults.options[lang]
        default = defaults.preferred[lang]
        picked = ""
        if options:
            picked = col.selectbox(
                f"Preferred {display_name(lang)} form",
                options,
                index=options.index(default) if default in options else 0,
                format_func=partial(
                    _option_label,
                    old=deprecated_forms(entry, lang),
                    offer=_offered(suggested.get(lang), group, lang),
                ),
                key=f"{key}:pref:{lang}",
            )
        typed = col.text_input(
            f"…or type another {display_name(lang)} form",
            value="" if default in options else default,
            key=f"{key}:type:{lang}",
        )
        preferred[lang] = typed.strip() or picked
    starting = statuses_for(group, entry, preferred)
    with st.form(key=key):
        st.caption("Status of each spelling (the preferred forms chosen above are preferred):")
        statuses = {
            (f.lang, f.form): _status_box(col, key, i, f, preferred[f.lang], starting)
            for col, lang in zip(st.columns(len(codes())), codes(), strict=True)
            for i, f in enumerate(group.forms)
            if f.lang == lang
        }
        note = st.text_input("Note", value=entry.note if entry else "", key=f"{key}:note")
        submitted = st.form_submit_button(
            "Update the glossary entry" if entry else "Accept into glossary",
            disabled=not reviewer,
            key=f"{key}:submit",
        )
    if not reviewer:
        st.caption("Enter your name in the sidebar to save glossary entries.")
    if submitted:
        _save(group, key, english, preferred, statuses, note)


def _offered(suggestion: str | None, group: VariantGroup, lang: str) -> str | None:
    """The suggested form, if no text of the group wrote it (it is then marked as such)."""
    return None if suggestion in group.spellings(lang) else suggestion


def _option_label(form: str, old: set[str], offer: str | None) -> str:
    if form in old:
        return f"{form} (deprecated in the glossary)"
    return f"{form} (suggested)" if form == offer else form


def _status_box(
    col: DeltaGenerator,
    key: str,
    i: int,
    f: VariantForm,
    chosen: str,
    starting: dict[tuple[str, str], str],
) -> str:
    """A spelling's status. Its key names the chosen preferred form, so a new choice starts
    every box of that language afresh; the chosen form itself can only be preferred."""
    label = markdown_text(f"{f.form} ({f.count})")
    box = f"{key}:status:{f.lang}:{i}:{chosen}"
    if f.form == chosen:
        return col.selectbox(label, ["preferred"], disabled=True, key=box)
    choices = [*STATUSES, LEAVE_OUT]
    return col.selectbox(label, choices, index=choices.index(starting[(f.lang, f.form)]), key=box)


def _save(
    group: VariantGroup,
    key: str,
    english: str,
    preferred: dict[str, str],
    statuses: dict[tuple[str, str], str],
    note: str,
) -> None:
    chosen = {lang: form for lang, form in preferred.items() if lang != source_code()}
    try:
        saved, created = accept_group(ws.glossary, group, english, chosen, statuses, note, reviewer)
    except GlossaryError as exc:
        st.error(markdown_text(str(exc)))
        return
    except StoreBusy as exc:  # the form keeps what was chosen, to save again
        st.warning(str(exc))
        return
    word = "Added" if created else "Updated"
    _say("success", markdown_text(f"{word} “{saved.english}” in the glossary (entry #{saved.id})."))
    for name in [k for k in st.session_state if str(k).startswith(f"{key}:")]:
        del st.session_state[name]
    st.rerun()


def _merge_box(
    group: VariantGroup, wid: str, labels: Mapping[str, str], groups: list[VariantGroup]
) -> None:
    """The groups likeliest to merge with, or those a spelling typed in names."""
    typed = st.text_input(
        "Find the other name by any spelling",
        key=f"merge:{wid}:q",
        placeholder="e.g. МВД",
    )
    options = (
        [g.key for g in groups_named(typed, groups, but=group.key)[:MERGE_CHOICES]]
        if typed.strip()
        else merge_candidates(group, groups)
    )
    if typed.strip() and not options:
        st.caption(markdown_text(f"No other name is spelled “{typed}”."))
    st.selectbox(
        "The same name as",
        options,
        index=None,
        format_func=lambda k: labels.get(k, k),
        placeholder="Choose a group",
        key=f"merge:{wid}",
    )
    st.button(
        "Merge",
        key=f"merge:{wid}:go",
        on_click=_merge,
        args=(group, wid, labels),
        disabled=not reviewer,
    )


def _split_box(group: VariantGroup, wid: str) -> None:
    langs: dict[str, list[str]] = {}
    for f in group.forms:
        langs.setdefault(f.form, []).append(f.lang)
    if len(group.forms) < 2:
        st.caption("Only one spelling: nothing to split off.")
        return
    options: dict[str, str] = {}
    for form, in_langs in langs.items():
        options[f"*|{form}"] = f"{form} ({', '.join(in_langs)})"
        if len(in_langs) > 1:
            for lang in in_langs:
                options[f"{lang}|{form}"] = f"{form} (only {lang})"
    st.selectbox(
        "Not this name: make a group of its own",
        list(options),
        index=None,
        format_func=options.get,
        placeholder="Choose a form",
        key=f"split:{wid}",
    )
    st.button(
        "Split off",
        key=f"split:{wid}:go",
        on_click=_split,
        args=(group, wid),
        disabled=not reviewer,
    )


def _dismissed(shaped: Shaped) -> None:
    with st.expander(f"Dismissed groups ({len(shaped.dismissed)})"):
        if not shaped.dismissed:
            st.caption("None.")
        for item in shaped.dismissed:
            d = item.decision
            where = _counts(item.group) if item.group else "no longer in the corpus"
            c1, c2 = st.columns([5, 1])
            c1.markdown(
                markdown_text(f"{item.title} · {where} · dismissed by {d.author} at {d.at}")
            )
            c2.button(
                "Undo",
                key=f"undo:{d.id}:dismissed",
                on_click=_undo,
                args=(d,),
                disabled=not reviewer,
            )


def _all_decisions() -> None:
    in_force = decisions.list()
    with st.expander(f"All decisions in force ({len(in_force)})"):
        if not in_force:
            st.caption("None yet.")
        for d in reversed(in_force):
            c1, c2 = st.columns([5, 1])
            c1.markdown(markdown_text(f"#{d.id} {d.describe()} · by {d.author} at {d.at}"))
            c2.button(
                "Undo", key=f"undo:{d.id}:all", on_click=_undo, args=(d,), disabled=not reviewer
            )


def main() -> None:
    st.title("Names")
    listed, problems = outlines(ws)  # the articles are built only if a split group asks
    for problem in problems:
        st.warning(markdown_text(problem))
    if not listed:
        st.info(markdown_text(f"No articles in {ws.paths.corpus}. Add one on the Review page."))
        return
    for problem in sync_all_translations(ws, (o.article_id for o in listed)):
        st.warning(markdown_text(problem))
    names = _listing()
    top = st.container()  # the listing's age, filled once the page is drawn
    with _names_cache().lock:
        shaped = names.apply(decisions.list())
    message = _flash()
    differing = sum(g.inconsistent for g in shaped.groups)
    st.caption(
        f"{len(shaped.groups)} names in {len(listed)} articles · {differing} spelled "
        f"in more than one way · {len(shaped.dismissed)} dismissed"
    )
    c1, c2, c3 = st.columns([2, 3, 2])
    only = c1.toggle(
        "Only names spelled in more than one way",
        key="names:inconsistent",
        on_change=kept_across_pages("names:inconsistent"),
    )
    query = c2.text_input(
        "Search any spelling", key="names:q", on_change=kept_across_pages("names:q")
    )
    lang = c3.selectbox(
        "Language",
        [ANY_LANGUAGE, *codes()],
        format_func=lambda x: "any" if x == ANY_LANGUAGE else display_name(x),
        key="names:lang",
        on_change=kept_across_pages("names:lang"),
    )
    shown = filter_groups(shaped.groups, query, lang or None, only)
    size = st.sidebar.selectbox("Names per page", PAGE_SIZES, key="names:size")
    pages = max(1, -(-len(shown) // size))
    if st.session_state.get("names:page", 1) > pages:  # the filters left fewer pages
        st.session_state["names:page"] = pages
    page = st.sidebar.number_input("Page", 1, pages, 1, key="names:page") if pages > 1 else 1
    entries = ws.glossary.list()
    ids = _widget_ids(shaped.groups)
    labels = _Lazy(lambda: {g.key: f"{g.title} ({_counts(g)})" for g in reversed(shaped.groups)})
    titles = {o.article_id: o.title for o in listed}
    for group in shown[(page - 1) * size : page * size]:
        _group(group, ids[id(group)], shaped, entries, labels, titles, expanded=len(shown) == 1)
    st.caption(f"Page {page} of {pages} · {len(shown)} names match")
    _dismissed(shaped)
    _all_decisions()
    with top:
        _as_of(names, message)


main()
