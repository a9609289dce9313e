"""Findings kept in the store and brought up to date incrementally.

Each head translation version is checked once, against its English sentence and the whole
glossary, and its findings are stored under its article's content hash in the article index
(an edited article is seen; reading them needs the index's outlines, not the articles).
Versions are immutable, so stored findings stay valid until the glossary or the checks change:

- a new head version is checked when first read (or by `python -m reader index`);
- an edited article's versions are checked again only where their English sentence changed:
  the index, writing the article, records the others as checked against its new hash
  (`reader.store.findings.carry_over`);
- a glossary edit rechecks only the versions it can touch. A check's findings on a version
  depend on the entries whose forms are in its texts (and, for deprecated forms, on entries
  sharing a word with those, which may contradict them). So the versions whose English or
  translation holds a form, old or new, of a changed entry or of an entry sharing a word with
  one are sifted out with a matcher of only those entries (in one pass over all texts), and
  rechecked against the whole glossary;
- a check whose fingerprint changed (its code, or what it imports, changed: see
  `reader.stamps`) runs again on every stored version, the others keeping their findings;
  a change of every check, or of the checks and the glossary at once, rechecks everything.

A check that reads only the texts (no glossary) fits as it is: it runs with the others on
each new version and its findings are stored with theirs; a glossary edit never changes them.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from reader.checks.base import (
    Check,
    Finding,
    Glossary,
    ReviewData,
    TranslatedSentence,
    all_checks,
    stored_glossary,
)
from reader.glossary.entries import GlossaryEntry, Variant
from reader.glossary.match import GlossaryMatcher
from reader.lang import source_code, target_codes
from reader.store.article_index import Outline
from reader.store.db import StoreBusy
from reader.store.findings import FindingRow, FindingStore, GlossaryState, StoredVersion

if TYPE_CHECKING:
    from reader.corpus import Article

Progress = Callable[[int, int], None]
_FEW_ARTICLES = 500  # up to this many, only their heads are read; more, every head at once
POOL_MIN = 4000  # fewer versions are checked in this process: starting workers costs more
_CHUNK = 500  # versions a worker checks per task
# What a forked worker checks with (`_check_in_pool`): set before the pool is made, inherited.
_WORK: tuple[Glossary, list[Check]] | None = None


def source_hash(article: Article) -> str:
    """What stored findings remember of the English they were computed against: the article
    index's content hash (text, sidecar and splitting rules), which the index's outlines give
    without building the article; for an article not built by the index, a hash of its content
    sentences. An edited article has its versions checked again."""
    if article.content_hash:
        return article.content_hash
    joined = "\x1f".join(s.text for s in article.content_sentences())
    return hashlib.blake2b(joined.encode(), digest_size=8).hexdigest()


# A head version to report findings on: (its id, article id, sentence id, language, hash of
# the English its stored findings were checked against or None). A plain tuple: there is one
# per translated sentence of the archive.
_Head = tuple[int, str, str, str, str | None]


def current_findings(
    ws: ReviewData,
    articles: Sequence[Article],
    langs: Iterable[str],
    checks: Iterable[Check] | None = None,
) -> list[Finding]:
    """The findings of `checks` (all when None) on the head of every content sentence of
    `articles`: stored ones, after bringing them up to date; in article, language, sentence
    and check order, exactly as checking every head again would give them."""
    by_id = {a.id: a for a in articles}
    listed = [_outline(a) for a in articles]
    return _reported(ws, listed, lambda ids: [by_id[i] for i in ids], langs, checks)


def indexed_findings(
    ws: ReviewData,
    outlines: Sequence[Outline],
    articles: Callable[[list[str]], Sequence[Article]],
    langs: Iterable[str],
    checks: Iterable[Check] | None = None,
) -> list[Finding]:
    """`current_findings` of the articles of `outlines` (the index's, in corpus order), read
    from the store without building the articles: `articles(ids)` builds only those whose
    stored findings are not current (checked against another content hash, or not yet)."""
    return _reported(ws, outlines, articles, langs, checks)


def _reported(
    ws: ReviewData,
    outlines: Sequence[Outline],
    articles: Callable[[list[str]], Sequence[Article]],
    langs: Iterable[str],
    checks: Iterable[Check] | None,
) -> list[Finding]:
    todo, computed, store, _ = _up_to_date(ws, outlines, articles, langs)
    stored = store.findings(h[0] for h in todo if h[0] not in computed)
    wanted = {c.id for c in (all_checks() if checks is None else checks)}
    return [
        _finding(row, head)
        for head in todo
        for row in computed.get(head[0], stored.get(head[0], []))
        if row[0] in wanted
    ]


def _outline(article: Article) -> Outline:
    """What `_up_to_date` reads of an article already built."""
    sentences = [(s.id, s.furniture) for s in article.sentences]
    return Outline(article.id, article.title, sentences, source_hash(article))


def update_findings(
    ws: ReviewData,
    hashes: dict[str, str],
    articles: Callable[[list[str] | None], Sequence[Article]],
    progress: Progress,
    workers: int = 1,
) -> int:
    """Bring the stored findings of every article up to date, for `python -m reader index`,
    with `workers` processes for a first check of many versions;
    how many versions were checked. `hashes` ({article id: content hash} of every indexed
    article) changes whenever the articles' English does; `articles(ids)` reads those
    articles (all when None), only when needed. With the store's and the glossary's versions
    and the checks unchanged since the last complete update, only articles whose hash changed
    can have stale findings: the others' stored findings hold, so only those are read."""
    store = FindingStore(ws.translations.db)
    rest = [
        list(ws.translations.version()),
        ws.glossary.version(),
        [c.fingerprint() for c in all_checks()],
    ]
    stamp = json.dumps({"articles": hashes, "rest": rest}, sort_keys=True)
    before = store.stamp()
    if before == stamp:
        return 0
    chosen = articles(_changed(before, hashes, rest))
    by_id = {a.id: a for a in chosen}
    _, computed, _, complete = _up_to_date(
        ws,
        [_outline(a) for a in chosen],
        lambda ids: [by_id[i] for i in ids],
        target_codes(),
        progress,
        workers,
    )
    if complete:
        store.set_stamp(stamp)
    return len(computed)


def update_for_glossary(ws: ReviewData, progress: Progress | None = None) -> int:
    """Recheck now the stored findings that a glossary change touched, rather than at the
    next read (after an import that touches much of the archive, the person who imported
    waits, with `progress`, instead of the next reader); how many versions were rechecked.
    Versions not checked yet are left to `index` or the first read."""
    store = FindingStore(ws.translations.db)
    _, rechecked, _ = _sync_glossary(store, stored_glossary(ws.glossary), all_checks(), progress)
    return len(rechecked)


def _changed(before: str, hashes: dict[str, str], rest: list) -> list[str] | None:
    """The articles whose hash changed since the last complete update `before` if nothing
    else did and they are few; None (every article) otherwise."""
    try:
        last = json.loads(before)
    except ValueError:
        return None
    if not isinstance(last, dict) or json.loads(json.dumps(rest)) != last.get("rest"):
        return None
    old = last.get("articles", {})
    changed = sorted(a for a, h in hashes.items() if old.get(a) != h)
    return changed if len(changed) <= _FEW_ARTICLES else None


def _up_to_date(
    ws: ReviewData,
    outlines: Sequence[Outline],
    articles: Callable[[list[str]], Sequence[Article]],
    langs: Iterable[str],
    progress: Progress | None = None,
    workers: int = 1,
) -> tuple[list[_Head], dict[int, list[FindingRow]], FindingStore, bool]:
    """(the heads of the content sentences of the outlined articles in order, the finding rows
    of those checked just now by version id, the store holding the others' rows, whether all
    that was checked is stored). Only the articles with a head to check are built (their
    English is needed), and they stand for their outlines."""
    store = FindingStore(ws.translations.db)
    glossary = stored_glossary(ws.glossary)  # even empty: a check may read only the texts
    every = all_checks()
    state, rechecked, synced = _sync_glossary(store, glossary, every, progress, workers)
    stale = state.checks != _checks_key(every)  # stored for other checks: check every head
    few = [o.article_id for o in outlines] if len(outlines) <= _FEW_ARTICLES else None
    heads = {lang: store.heads(lang, few) for lang in langs}
    todo, behind = _listed_heads(outlines, heads, stale)
    built = {a.id: a for a in articles(behind)} if behind else {}
    if behind:  # the articles built stand for their outlines (a file gone is left out)
        late = set(behind)
        outlines = [
            _outline(built[o.article_id]) if o.article_id in built else o
            for o in outlines
            if o.article_id not in late or o.article_id in built
        ]
        todo, _ = _listed_heads(outlines, heads, stale)
    texts = {a.id: {s.id: s.text for s in a.content_sentences()} for a in built.values()}
    checked = {a.id: source_hash(a) for a in built.values()}
    new = [
        (texts[head[1]][head[2]], checked[head[1]], head)
        for head in todo
        if head[1] in built and (stale or head[4] != checked[head[1]])
    ]
    fresh, stored = _check_new(
        store, state, glossary, every, new, progress, keep=not stale, workers=workers
    )
    computed = rechecked | fresh
    return todo, computed, store, synced and stored


def _listed_heads(
    outlines: Sequence[Outline], heads: dict[str, dict[str, dict[str, tuple]]], stale: bool
) -> tuple[list[_Head], list[str]]:
    """The heads of the content sentences of the outlined articles, in article, language and
    sentence order; and the ids of the articles with a head checked against other English
    than their content hash, or not at all (every article with a head when `stale`)."""
    todo: list[_Head] = []
    behind = []
    for outline in outlines:
        article_id, content_hash, late = outline.article_id, outline.content_hash, stale
        sentence_ids, listed = outline.content_ids, len(todo)
        for lang, by_article in heads.items():
            if not (known := by_article.get(article_id)):
                continue
            for sentence_id in sentence_ids:
                if (found := known.get(sentence_id)) is not None:
                    todo.append((found[0], article_id, sentence_id, lang, found[1]))
                    late = late or found[1] != content_hash
        if late and len(todo) > listed:
            behind.append(article_id)
    return todo, behind


def _check_new(
    store: FindingStore,
    state: GlossaryState,
    glossary: Glossary,
    checks: list[Check],
    new: list[tuple[str, str, _Head]],
    progress: Progress | None,
    keep: bool = True,
    workers: int = 1,
) -> tuple[dict[int, list[FindingRow]], bool]:
    """Check the versions not stored yet and store them if `keep`: (their finding rows by
    id, whether they were stored)."""
    if not new:
        return {}, True
    texts = store.texts(head[0] for _, _, head in new)
    jobs = [(source, texts[head[0]], head[3]) for source, _, head in new]
    results: dict[int, tuple[str, list[FindingRow]]] = {}
    for done, ((_, checked_against, head), rows) in enumerate(
        zip(new, _checked(jobs, glossary, checks, workers), strict=True), 1
    ):
        results[head[0]] = (checked_against, rows)
        _report(progress, done, len(new))
    stored = keep and _save(store, results, expect=state)
    return {vid: rows for vid, (_, rows) in results.items()}, stored


def _checked(
    jobs: list[tuple[str, str, str]], glossary: Glossary, checks: list[Check], workers: int
) -> Iterable[list[FindingRow]]:
    """Each job's (source, translation, language) finding rows, in order: in forked worker
    processes when there are many (a first `index` checks every version of an archive; each
    is checked on its own, a pure map), else here."""
    if workers < 2 or len(jobs) < POOL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        return (_run(source, text, lang, glossary, checks) for source, text, lang in jobs)
    return _pooled(jobs, glossary, checks, workers)


def _pooled(
    jobs: list[tuple[str, str, str]], glossary: Glossary, checks: list[Check], workers: int
) -> Iterable[list[FindingRow]]:
    from concurrent.futures import ProcessPoolExecutor  # here: slow to import, seldom needed

    global _WORK
    _WORK = (glossary, checks)
    chunks = [jobs[i : i + _CHUNK] for i in range(0, len(jobs), _CHUNK)]
    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for rows in pool.map(_check_in_pool, chunks):
                yield from rows
    finally:
        _WORK = None


def _check_in_pool(chunk: list[tuple[str, str, str]]) -> list[list[FindingRow]]:
    assert _WORK is not None, "set before the pool forked"
    glossary, checks = _WORK
    return [_run(source, text, lang, glossary, checks) for source, text, lang in chunk]


def _sync_glossary(
    store: FindingStore,
    glossary: Glossary,
    checks: list[Check],
    progress: Progress | None = None,
    workers: int = 1,
) -> tuple[GlossaryState, dict[int, list[FindingRow]], bool]:
    """Make the stored findings hold for the glossary's entries and `checks`: (the state they
    now hold for, the finding rows of the versions rechecked by id, whether those were
    stored)."""
    entries = glossary.entries
    before = store.state()
    now = GlossaryState(_checks_key(checks), _entry_states(glossary))
    if before.checks != now.checks:
        return _sync_checks(store, before, now, glossary, checks, progress, workers)
    changed = {
        i
        for i in before.entries.keys() | now.entries.keys()
        if before.entries.get(i, (0, ""))[1] != now.entries.get(i, (0, ""))[1]
    }
    if not changed:
        stored = before.entries == now.entries or _save(store, {}, now, expect=before)
        return now, {}, stored
    touched = [_entry(i, before.entries[i][1]) for i in changed if i in before.entries]
    touched += [e for e in entries if e.id in changed]
    selector = GlossaryMatcher(touched + _sharing_a_word(entries, touched))
    versions, gone = _indexed_versions(store)
    touched_ids = _sifted(selector, versions)
    touched_versions = [v for v in versions if v.version_id in touched_ids]
    old = Glossary(_entry(i, variants) for i, (_, variants) in sorted(before.entries.items()))
    kept = store.findings(v.version_id for v in touched_versions)
    results = {}
    for done, v in enumerate(touched_versions, 1):
        rows = _rerun(v, glossary, old, checks, kept.get(v.version_id, []))
        results[v.version_id] = (v.source_hash, rows)  # a stale hash: rechecked when read
        _report(progress, done, len(touched_versions))
    stored = _save(store, results, now, forget=gone, expect=before)
    return now, {vid: rows for vid, (_, rows) in results.items()}, stored


def _sync_checks(
    store: FindingStore,
    before: GlossaryState,
    now: GlossaryState,
    glossary: Glossary,
    checks: list[Check],
    progress: Progress | None,
    workers: int,
) -> tuple[GlossaryState, dict[int, list[FindingRow]], bool]:
    """`_sync_glossary` when the checks changed: only the checks whose fingerprint is new run
    again, on every stored version, and the others keep their rows (a check's rules changed,
    or language identification: not every check's); a removed check's rows go. With the
    glossary changed too, or all checks new, every version is checked anew when read."""
    unchanged = set(before.checks.split(","))  # the fingerprints the findings were stored for
    rerun = [c for c in checks if c.fingerprint() not in unchanged]
    if before.entries != now.entries or len(rerun) == len(checks):
        try:
            store.clear(now)
        except StoreBusy:  # another process writes: the stored findings stay as they were
            return before, {}, False
        return now, {}, True
    versions, gone = _indexed_versions(store)
    stored_rows = store.findings()
    jobs = [(v.source, v.translation, v.lang) for v in versions]
    ids = {c.id for c in rerun}
    results = {}
    found = _checked(jobs, glossary, rerun, workers) if rerun else ([] for _ in jobs)
    for done, (v, fresh) in enumerate(zip(versions, found, strict=True), 1):
        rows = _merged_rows(checks, ids, fresh, stored_rows.get(v.version_id, []))
        results[v.version_id] = (v.source_hash, rows)
        _report(progress, done, len(versions))
    saved = _save(store, results, now, forget=gone, expect=before)
    return now, {vid: rows for vid, (_, rows) in results.items()}, saved


def _merged_rows(
    checks: list[Check], rerun: set[str], fresh: list[FindingRow], kept: list[FindingRow]
) -> list[FindingRow]:
    """A version's rows in the checks' order, `fresh` for the `rerun` checks and `kept` for
    the others: a removed check's rows are in neither, so they go."""
    return [r for c in checks for r in (fresh if c.id in rerun else kept) if r[0] == c.id]


def _indexed_versions(store: FindingStore) -> tuple[list[StoredVersion], list[int]]:
    """The stored versions whose article is indexed, and the ids of the others (their
    article left the index: their findings are forgotten)."""
    versions = list(store.versions_with_texts())
    gone = [v.version_id for v in versions if v.source is None]
    return [v for v in versions if v.source is not None], gone


def _report(progress: Progress | None, done: int, total: int) -> None:
    """Tell `progress` of every `_CHUNK` versions checked, and of the last."""
    if progress and (done % _CHUNK == 0 or done == total):
        progress(done, total)


def _sifted(selector: GlossaryMatcher, versions: list[StoredVersion]) -> set[int]:
    """The ids of the versions whose English or translation may hold a form of the selector's
    entries (all that do, and a few that only start like one), one pass per language."""
    sources = sorted({v.source for v in versions})
    named = {sources[i] for i in selector.may_mention(sources)}
    found = {v.version_id for v in versions if v.source in named}
    for lang in {v.lang for v in versions}:
        mine = [v for v in versions if v.lang == lang]
        hits = selector.may_have_forms([v.translation for v in mine], lang)
        found.update(mine[i].version_id for i in hits)
    return found


def _save(
    store: FindingStore,
    results: dict[int, tuple[str, list[FindingRow]]],
    state: GlossaryState | None = None,
    forget: Iterable[int] = (),
    *,
    expect: GlossaryState,
) -> bool:
    """Keep what was computed; whether it was. Reading findings never fails because another
    process holds the write lock (or moved the stored state meanwhile): they are then kept by
    a later read."""
    try:
        return store.save(results, state, forget, expect=expect)
    except StoreBusy:
        return False


def _sharing_a_word(
    entries: Iterable[GlossaryEntry], touched: list[GlossaryEntry]
) -> list[GlossaryEntry]:
    """Entries with a translated form sharing a word with a form of `touched`: those whose
    deprecated forms another entry may accept, or whose fix another may deprecate."""

    def words(entry: GlossaryEntry) -> set[tuple[str, str]]:
        return {
            (v.lang, w.casefold())
            for v in entry.variants
            if v.lang != source_code()
            for w in v.term.split()
        }

    shared = set().union(*(words(e) for e in touched))
    return [e for e in entries if words(e) & shared]


def _run(
    source: str, translation: str, lang: str, glossary: Glossary, checks: list[Check]
) -> list[FindingRow]:
    sentence = TranslatedSentence(source, translation, lang, glossary.entries, glossary=glossary)
    return [row for check in checks for row in _rows(check, sentence)]


def _rerun(
    version: StoredVersion,
    glossary: Glossary,
    old: Glossary,
    checks: list[Check],
    stored: list[FindingRow],
) -> list[FindingRow]:
    """A version's finding rows after the glossary went from `old` to `glossary`: a check
    that reads the same of both in it keeps its `stored` rows, the others run again (the
    wrong-language check, whose identification costs most, mostly keeps them)."""
    v = version
    now = TranslatedSentence(v.source, v.translation, v.lang, glossary.entries, glossary=glossary)
    then = TranslatedSentence(v.source, v.translation, v.lang, old.entries, glossary=old)
    rows: list[FindingRow] = []
    for check in checks:
        reads = check.glossary_input(now)
        if reads is not None and reads == check.glossary_input(then):
            rows += [row for row in stored if row[0] == check.id]
        else:
            rows += _rows(check, now)
    return rows


def _rows(check: Check, sentence: TranslatedSentence) -> list[FindingRow]:
    return [
        (f.check, f.kind, f.entry_id, f.english, f.found, f.start, f.end, f.suggestion, f.message)
        for f in check.run(sentence)
    ]


def _finding(row: FindingRow, head: _Head) -> Finding:
    check, kind, entry_id, english, found, start, end, suggestion, message = row
    version_id, article_id, sentence_id, lang, _ = head
    return Finding(
        check=check,
        article_id=article_id,
        sentence_id=sentence_id,
        lang=lang,
        kind=kind,
        entry_id=entry_id,
        english=english,
        found=found,
        start=start,
        end=end,
        suggestion=suggestion,
        version_id=version_id,
        message=message,
    )


def _checks_key(checks: Iterable[Check]) -> str:
    """The checks as the stored state records them: findings of other checks do not hold."""
    return ",".join(c.fingerprint() for c in checks)


_ENTRY_STATES: weakref.WeakKeyDictionary[Glossary, dict[int, tuple[int, str]]] = (
    weakref.WeakKeyDictionary()
)


def _entry_states(glossary: Glossary) -> dict[int, tuple[int, str]]:
    """Each entry's (revision, forms) as the stored state keeps them, once per compiled
    glossary (`stored_glossary` shares one per glossary version): serializing hundreds of
    entries cost more than the rest of reading an article's findings after a save. Shared:
    read it, never change it."""
    found = _ENTRY_STATES.get(glossary)
    if found is None:
        found = {e.id: (e.rev, _variants(e)) for e in glossary.entries}
        _ENTRY_STATES[glossary] = found
    return found


def _variants(entry: GlossaryEntry) -> str:
    """An entry's forms as the stored glossary state keeps them: all a finding reads of it."""
    return json.dumps([[v.lang, v.term, v.status] for v in entry.variants], ensure_ascii=False)


def _entry(entry_id: int, variants: str) -> GlossaryEntry:
    return GlossaryEntry([Variant(*v) for v in json.loads(variants)], id=entry_id)
