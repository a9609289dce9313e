"""Reviewers' decisions about the automatic name variant groups, and accepting a group.

Grouping (reader.names.variants) is automatic and sometimes wrong: two groups are one name
(Russia and Россия), a spelling belongs to someone else, a "name" is no name at all. The
reviewer says so once; the decision is stored and re-applied to whatever groups the corpus
gives later, since group keys (`grouping.group_key`) stay the same while a name's spelling
does.

Decisions are append-only rows in `name_decisions`: `dismiss`, `merge`, `split`, and `undo`,
which names the decision it revokes, so every change says who made it and when.

`apply_decisions` re-shapes the automatic groups: splits first (a form leaves its group and
becomes a group of its own), then merges (in the order they were made), then dismissals
(returned apart, so they can be shown and undone). A decision's key finds the group with
that key, or else the group that has that key among its ids: the keys of its full-length
spellings, of the groups merged into it and of the forms split off into it.

`entry_from_group` and `accept_group` turn a group and the reviewer's choices into a
glossary entry.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from reader.corpus import Article
from reader.glossary.entries import GlossaryEntry, GlossaryError, Variant
from reader.lang import codes, source_code, target_codes
from reader.names import qualifiers
from reader.names.grouping import Suggestion, place_entities, suggestion
from reader.names.titles import source_title
from reader.names.translit import name_keys, reads_as, romanize
from reader.names.variants import (
    Example,
    NameSources,
    VariantForm,
    VariantGroup,
    corpus_heads,
    group_key,
    sentence_texts,
    spread_examples,
)
from reader.store.db import Database
from reader.store.glossary import GlossaryStore
from reader.store.name_decisions import Decision, NameDecisionError, NameDecisionStore

_SOURCE = source_code()  # the language texts are translated from

KINDS = ("dismiss", "merge", "split")
LEAVE_OUT = "leave out"  # a status choice: the form is not written into the glossary entry
_LANG_ORDER = codes()
_ROMANIZATION = "news_ru"  # how a Cyrillic label is read to compare it with a Latin one


def split_key(form: str, lang: str | None = None) -> str:
    """The key of the group a split makes: unlike the form's name key, never the old group's."""
    return f"split:{lang or '*'}:{form}"


class NameDecisions:
    """The decisions in one review database: what each kind may say, then the store."""

    def __init__(self, db: Database | Path) -> None:
        self.store = NameDecisionStore(db)

    def dismiss(self, group_key: str, author: str, *, label: str = "") -> Decision:
        """Hide the group with this key: not a name, or nothing to decide."""
        if not group_key.strip():
            raise NameDecisionError("which group? the key is empty")
        return self.store.add("dismiss", {"key": group_key, "label": label}, author)

    def merge(self, keys: list[str], author: str, *, labels: list[str] | None = None) -> Decision:
        """Make the groups with these keys one group, kept under the first key."""
        unique = list(dict.fromkeys(k for k in keys if k.strip()))
        if len(unique) < 2:
            raise NameDecisionError("a merge needs two different groups")
        payload: dict = {"keys": unique}
        if labels:
            payload["labels"] = list(labels)
        return self.store.add("merge", payload, author)

    def split(
        self, form: str, lang: str | None = None, *, author: str, source: str = ""
    ) -> Decision:
        """Take the form (in `lang`, or in every language) out of its group into its own."""
        if not form.strip():
            raise NameDecisionError("which form? it is empty")
        if lang is not None and lang not in codes():
            raise NameDecisionError(f"language must be one of {codes()}")
        return self.store.add("split", {"form": form, "lang": lang, "source": source}, author)

    def undo(self, decision_id: int, author: str) -> Decision:
        """Revoke a decision; the undo is a decision of its own, and cannot itself be undone."""
        return self.store.undo(decision_id, author)

    def list(self) -> list[Decision]:
        """The decisions in force (not undone), oldest first."""
        return [d for d in self.history() if d.kind != "undo" and d.undone_by is None]

    def history(self) -> list[Decision]:
        """Every row, undos included, oldest first: the audit trail."""
        return self.store.history()


# --- applying decisions ------------------------------------------------------------------------


@dataclass
class DismissedGroup:
    decision: Decision
    group: VariantGroup | None  # None: its names are no longer in the corpus

    @property
    def title(self) -> str:
        """The group's title; with its names gone, what the dismissal recorded of it."""
        if self.group is not None:
            return self.group.title
        return self.decision.payload.get("label") or self.decision.payload["key"]


@dataclass
class Shaped:
    """The groups to show, the dismissed ones, and per shown group the decisions behind it."""

    groups: list[VariantGroup]
    dismissed: list[DismissedGroup]
    applied: dict[str, list[Decision]] = field(default_factory=dict)  # by group key


@dataclass
class _Work:
    key: str
    label: str
    forms: list[VariantForm]
    examples: list[Example]
    ids: set[str]
    decisions: list[Decision] = field(default_factory=list)
    reshaped: bool = False
    source: VariantGroup | None = None  # the automatic group it was made from

    def group(self) -> VariantGroup:
        """The group as the decisions left it: the automatic one itself if none reshaped it
        (thousands of groups, mostly untouched, on each new set of decisions)."""
        if self.source is not None and not self.reshaped:
            return self.source
        forms = sorted(self.forms, key=lambda f: (_LANG_ORDER.index(f.lang), -f.count, f.form))
        return VariantGroup(self.key, self.label, forms, self.examples)


def _aliases(group: VariantGroup, decisions: list[Decision]) -> set[str]:
    """The keys of the group's full-length spellings: found again if the label changes.
    They only serve to find the groups decisions name, and romanizing every spelling of
    thousands of groups costs seconds: none are made when no decision is in force."""
    if not decisions:
        return set()
    words = len(group.label.split())
    return {group_key(f.form) for f in group.forms if len(f.form.split()) == words}


def _find(work: list[_Work], key: str) -> list[_Work]:
    exact = [w for w in work if w.key == key]
    return exact or [w for w in work if key in w.ids]


def apply_decisions(
    groups: list[VariantGroup],
    decisions: Iterable[Decision],
    texts: Mapping[tuple[str, str, str], str] | None = None,
) -> Shaped:
    """Re-shape automatic groups (in listing order) by the decisions in force; the input is
    not modified.

    `texts` ((article, sentence, lang) -> sentence, see `corpus_texts`) finds examples for a
    group made by a split, whose own examples were not among those the group kept.
    """
    decisions = [d for d in decisions if d.kind in KINDS and d.undone_by is None]
    if not decisions:  # the groups as given, already in this order (thousands of them)
        return Shaped(list(groups), [])
    work = [
        _Work(
            g.key,
            g.label,
            list(g.forms),
            list(g.examples),
            {g.key} | _aliases(g, decisions),
            source=g,
        )
        for g in groups
    ]
    for d in (d for d in decisions if d.kind == "split"):
        _split(work, d)
    for d in (d for d in decisions if d.kind == "merge"):
        _merge(work, d)
    dismissed: list[DismissedGroup] = []
    hidden: list[_Work] = []
    for d in (d for d in decisions if d.kind == "dismiss"):
        found = _find(work, d.payload["key"])
        if not found:
            dismissed.append(DismissedGroup(d, None))
        for w in found:
            dismissed.append(DismissedGroup(d, w.group()))
            hidden.append(w)
    for w in work:
        if w.reshaped and not w.examples and texts:
            w.examples = find_examples(w.forms, texts)
    shown = [w.group() for w in work if w not in hidden]
    shown.sort(key=lambda g: (-g.inconsistent, -g.total, g.label))
    applied = {w.key: w.decisions for w in work if w.decisions and w not in hidden}
    return Shaped(shown, dismissed, applied)


def _split(work: list[_Work], d: Decision) -> None:
    form, lang = d.payload["form"], d.payload.get("lang")
    key = split_key(form, lang)
    owners = [w for w in work if any(_hit(f, form, lang) for f in w.forms)]
    if not owners:
        return
    if len(owners) == 1 and all(_hit(f, form, lang) for f in owners[0].forms):
        owners[0].ids.add(key)  # nothing else in its group: nothing to split off
        owners[0].decisions.append(d)
        return
    moved: list[VariantForm] = []
    examples: list[Example] = []
    for owner in owners:
        taken = [f for f in owner.forms if _hit(f, form, lang)]
        written = {(f.lang, w) for f in taken for w in f.written}
        moved.extend(taken)
        owner.forms = [f for f in owner.forms if not _hit(f, form, lang)]
        examples.extend(e for e in owner.examples if (e.lang, e.form) in written)
        owner.examples = [e for e in owner.examples if (e.lang, e.form) not in written]
        owner.decisions.append(d)
        owner.reshaped = True
        if not owner.forms:
            work.remove(owner)
    work.append(_Work(key, form, moved, examples, {key}, [d], reshaped=True))


def _hit(f: VariantForm, form: str, lang: str | None) -> bool:
    return f.form == form and (lang is None or f.lang == lang)


def _merge(work: list[_Work], d: Decision) -> None:
    targets: list[_Work] = []
    for key in d.payload["keys"]:
        targets.extend(w for w in _find(work, key) if w not in targets)
    if not targets:
        return
    head = targets[0]
    for other in targets[1:]:
        head.forms.extend(other.forms)
        head.examples = spread_examples([*head.examples, *other.examples])
        head.ids |= other.ids | {other.key}
        head.decisions.extend(x for x in other.decisions if x not in head.decisions)
        work.remove(other)
    head.decisions.append(d)
    head.reshaped = True


def find_examples(
    forms: list[VariantForm], texts: Mapping[tuple[str, str, str], str]
) -> list[Example]:
    """Sentences where a written form of one of the forms occurs, as a whole word."""
    found: list[Example] = []
    for f in forms:
        for written in f.written:
            pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")
            for (article_id, sentence_id, lang), text in texts.items():
                if lang == f.lang and pattern.search(text):
                    found.append(Example(article_id, sentence_id, lang, written, text))
                    break
    return spread_examples(found)


def corpus_texts(ws: NameSources, articles: Iterable[Article]) -> dict[tuple[str, str, str], str]:
    """(article, sentence, lang) -> the English sentence or its current translation."""
    articles = list(articles)
    return sentence_texts(articles, corpus_heads(ws, articles))


def filter_groups(
    groups: list[VariantGroup],
    query: str = "",
    lang: str | None = None,
    inconsistent_only: bool = False,
) -> list[VariantGroup]:
    """Groups with forms in `lang`, inconsistent ones only if asked, matching the query.

    The query matches any form or written form, in part and ignoring case, or a whole word
    of any spelling (Japarov finds a group that only has Жапаров).
    """
    out = []
    needle = query.strip().casefold()
    wanted = set().union(*(name_keys(w) for w in needle.split())) if needle else set()
    for g in groups:
        if lang and not g.spellings(lang):
            continue
        if inconsistent_only and not g.inconsistent:
            continue
        if needle and not _matches(g, needle, wanted):
            continue
        out.append(g)
    return out


def _matches(group: VariantGroup, needle: str, wanted: set[str]) -> bool:
    written = (w for f in group.forms for w in f.written)
    texts = [group.label, *(f.form for f in group.forms), *written]
    if any(needle in t.casefold() for t in texts):
        return True
    return any(wanted & name_keys(word) for f in group.forms for word in f.form.split())


MERGE_CHOICES = 30  # groups offered to merge with; any other is found by a spelling typed


def merge_candidates(
    group: VariantGroup, groups: Iterable[VariantGroup], limit: int = MERGE_CHOICES
) -> list[str]:
    """The keys of the `limit` groups whose labels read likest `group`'s, in either script
    (Moskva for Москва): what a reviewer most often merges. Offering every group would send
    thousands of options to the browser for each group shown."""
    choices = {g.key: _comparable(g.label) for g in groups if g.key != group.key}
    best = process.extract(_comparable(group.label), choices, scorer=fuzz.WRatio, limit=limit)
    return [key for _, _, key in best]


@functools.lru_cache(maxsize=65536)
def _comparable(label: str) -> str:
    return romanize(label, _ROMANIZATION).casefold()


def groups_named(text: str, groups: Iterable[VariantGroup], but: str = "") -> list[VariantGroup]:
    """The groups a typed spelling names (other than the group keyed `but`): those with a
    spelling equal to it, ignoring case, else those `filter_groups` finds for it."""
    others = [g for g in groups if g.key != but]
    needle = text.strip().casefold()
    if not needle:
        return []
    exact = [
        g
        for g in others
        if needle == g.label.casefold() or any(needle == f.form.casefold() for f in g.forms)
    ]
    return exact or filter_groups(others, text)


# --- accepting a group into the glossary --------------------------------------------------------


def default_status(lang: str, form: str = "", preferred: str = "") -> str:
    """Other English spellings are admitted; other Russian and Kyrgyz ones deprecated, but
    for the preferred form's own last words (Жапаров beside Садыр Жапаров): the surname
    alone is no misspelling, nor the preferred form's words in another order or fewer of
    them (Садыр Жапаров beside Жапаров Садыр Нургожоевич), nor a place with its country
    (Алматы (Казахстан) beside Алматы)."""
    if lang == _SOURCE or part_of(form, preferred) or _own_words(form, preferred):
        return "admitted"
    return "deprecated"


def _own_words(form: str, preferred: str) -> bool:
    words = qualifiers.without(form).casefold().split()
    return bool(words) and set(words) <= set(preferred.casefold().split())


def part_of(form: str, preferred: str) -> bool:
    """`form` is the last word(s) of the longer `preferred` (a surname of the full name)."""
    words, whole = form.casefold().split(), preferred.casefold().split()
    return bool(words) and len(words) < len(whole) and whole[-len(words) :] == words


def deprecated_forms(entry: GlossaryEntry | None, lang: str) -> set[str]:
    """The forms in `lang` that the glossary entry marks deprecated."""
    if entry is None:
        return set()
    return {v.term for v in entry.variants if v.lang == lang and v.status == "deprecated"}


def preferred_options(
    group: VariantGroup, lang: str, entry: GlossaryEntry | None = None, suggested: str = ""
) -> list[str]:
    """The group's forms in `lang`, fullest first, a place with its country after the place
    alone; of equal fullness, those every English spelling reads as
    (`read_by_every_spelling`), then the most frequent: the first is the default choice.
    Those the glossary entry deprecates come last, so that none is chosen unawares. A
    suggested form the group lacks (Kyrgyz Бишкек where no Kyrgyz text named the city)
    comes first."""
    deprecated = deprecated_forms(entry, lang)
    forms = [f for f in group.forms if f.lang == lang]
    english = list(dict.fromkeys(f.form for f in group.forms if f.lang == _SOURCE))
    consistent: set[str] = set()
    for words in {len(f.form.split()) for f in forms}:
        alike = [f.form for f in forms if len(f.form.split()) == words]
        consistent |= read_by_every_spelling(alike, english)
    forms.sort(
        key=lambda f: (
            f.form in deprecated,
            qualifiers.without(f.form) != f.form,  # Алматы before Алматы (Казахстан)
            -len(f.form.split()),
            f.form not in consistent,
            -f.count,
        )
    )
    options = [f.form for f in forms]
    if suggested and suggested not in options:
        options.insert(0, suggested)
    return options


def read_by_every_spelling(forms: list[str], english: list[str]) -> set[str]:
    """Of forms of equal fullness, those every English spelling reads as (`reads_as`) where
    another is read by only some: Zhaparov reads only as Жапаров, Japarov as Жапаров (Kyrgyz
    J for Ж) or as Джапаров, the machine translation's error, so Жапаров. A spelling that
    reads as none of the forms says nothing; without such a contrast (one spelling, or each
    reading as every form) none is set apart."""
    readers = {form: frozenset(e for e in english if reads_as(e, form)) for form in forms}
    heard = frozenset().union(*readers.values())
    if not any(r and r != heard for r in readers.values()):
        return set()
    return {form for form, r in readers.items() if r == heard}


def group_suggestion(group: VariantGroup) -> Suggestion | None:
    """The gazetteer's form per language for a group of place names: the entity most of its
    spellings name, if one of its fullest spellings names it too. So a person whose surname
    alone is a town's name (Korolev of Sergei Korolev) gets none."""
    forms = list(dict.fromkeys(f.form for f in group.forms))
    found = suggestion(forms)
    if found is None:
        return None
    words = max(len(f.split()) for f in forms)
    fullest = (f for f in forms if len(f.split()) == words)
    return found if any(found.entity in place_entities(f) for f in fullest) else None


def default_english(group: VariantGroup) -> str:
    """The group's English title (`reader.names.titles`): the fullest, most frequent
    English form (the label on a tie; Kazakhstan, 4 times, over the label Qazaqstan, once),
    or '' when the name was never written in English."""
    return source_title(group.forms, group.label)


def glossary_matches(group: VariantGroup, entries: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
    """Entries that have any of the group's forms, in any language, ignoring case."""
    forms = {f.form.casefold() for f in group.forms}
    return [e for e in entries if any(v.term.casefold() in forms for v in e.variants)]


@dataclass
class AcceptDefaults:
    english: str
    preferred: dict[str, str]  # lang -> form ('' when the group has none)
    statuses: dict[tuple[str, str], str]  # (lang, form) -> status
    options: dict[str, list[str]]  # lang -> the forms offered as preferred
    suggestion: Suggestion | None  # the gazetteer's forms, for a place


def accept_defaults(group: VariantGroup, entry: GlossaryEntry | None = None) -> AcceptDefaults:
    """What the accept form starts with: the stored entry's choices where there is one, else
    the gazetteer's form of a place (unless the entry deprecates it), else the first of
    `preferred_options`: the fullest, read by every English spelling, most frequent."""
    found = group_suggestion(group)
    suggested = found.forms if found else {}
    preferred, options = {}, {}
    for lang in target_codes():
        offer = suggested.get(lang, "")
        if offer in deprecated_forms(entry, lang):
            offer = ""
        options[lang] = preferred_options(group, lang, entry, offer)
        stored = entry.preferred(lang) if entry else None
        preferred[lang] = stored or offer or (options[lang][0] if options[lang] else "")
    english = entry.english if entry else suggested.get(_SOURCE) or default_english(group)
    statuses = statuses_for(group, entry, {_SOURCE: english, **preferred})
    return AcceptDefaults(english, preferred, statuses, options, found)


def statuses_for(
    group: VariantGroup, entry: GlossaryEntry | None, preferred: Mapping[str, str]
) -> dict[tuple[str, str], str]:
    """The status each of the group's forms starts with, given the preferred form chosen per
    language (the English name for English): that form preferred; another the entry stores
    keeps its status (a stored preferred one demoted to admitted, as saving does); the rest
    `default_status`."""
    stored = {(v.lang, v.term): v.status for v in entry.variants} if entry else {}
    out = {}
    for f in group.forms:
        chosen = (preferred.get(f.lang) or "").strip()
        status = stored.get((f.lang, f.form)) or default_status(f.lang, f.form, chosen)
        if f.form == chosen:
            status = "preferred"
        elif status == "preferred":
            status = "admitted"
        out[(f.lang, f.form)] = status
    return out


def entry_from_group(
    group: VariantGroup,
    english: str,
    preferred: Mapping[str, str],
    statuses: Mapping[tuple[str, str], str] | None = None,
    note: str = "",
) -> GlossaryEntry:
    """A glossary entry: the English name and the chosen forms preferred, the group's other
    forms with their status (`default_status` where none is given; LEAVE_OUT omits one;
    "preferred" for a form that is not the chosen one in its language means admitted)."""
    if not english.strip():
        raise GlossaryError(f"{group.title}: type the English name the entry is filed under")
    statuses = statuses or {}
    variants: list[Variant] = []

    def add(lang: str, term: str, status: str) -> None:
        term = term.strip()
        if term and not any(v.lang == lang and v.term == term for v in variants):
            variants.append(Variant(lang, term, status))

    add(_SOURCE, english, "preferred")
    for lang, term in preferred.items():
        add(lang, term or "", "preferred")
    for f in group.forms:
        chosen = (preferred.get(f.lang) or "").strip()
        status = statuses.get((f.lang, f.form)) or default_status(f.lang, f.form, chosen)
        if status == "deprecated" and part_of(f.form, chosen):
            status = "admitted"  # the chosen form's own surname cannot be a misspelling
        if status == LEAVE_OUT:
            continue
        if status == "preferred" and any(
            v.lang == f.lang and v.status == "preferred" for v in variants
        ):
            status = "admitted"  # the form chosen as preferred wins
        add(f.lang, f.form, status)
    return GlossaryEntry(variants=variants, note=note.strip())


def merge_entries(stored: GlossaryEntry, new: GlossaryEntry) -> GlossaryEntry:
    """`new` saved over `stored`: its variants first, the stored ones it does not mention
    kept (a stored preferred form demoted to admitted where `new` prefers another)."""
    names = {(v.lang, v.term) for v in new.variants}
    preferred = {v.lang for v in new.variants if v.status == "preferred"}
    kept = [
        Variant(v.lang, v.term, "admitted")
        if v.status == "preferred" and v.lang in preferred
        else v
        for v in stored.variants
        if (v.lang, v.term) not in names
    ]
    return GlossaryEntry(
        variants=[*new.variants, *kept],
        note=new.note or stored.note,
        id=stored.id,
        rev=stored.rev,
    )


def accept_group(
    store: GlossaryStore,
    group: VariantGroup,
    english: str,
    preferred: Mapping[str, str],
    statuses: Mapping[tuple[str, str], str] | None,
    note: str,
    author: str,
) -> tuple[GlossaryEntry, bool]:
    """Create the entry, or update the one that already has one of its English names.

    Returns the saved entry and whether it was created.
    """
    entry = entry_from_group(group, english, preferred, statuses, note)
    english_names = {v.term.casefold() for v in entry.variants if v.lang == _SOURCE}
    same = [
        e
        for e in store.list()
        if any(v.lang == _SOURCE and v.term.casefold() in english_names for v in e.variants)
    ]
    if len(same) > 1:
        ids = ", ".join(f"#{e.id} {e.english}" for e in same)
        raise GlossaryError(
            f"its English names are in several glossary entries ({ids}); "
            "merge those on the Glossary page first"
        )
    if not same:
        return store.create(entry, author), True
    return store.update(merge_entries(same[0], entry), author), False
