"""Keep the article index up to date, and read the corpus from it.

Splitting an article and finding its English names is a pure function of its text, its
sidecar (metadata and furniture marks) and the rules; the content hash covers exactly those,
so an article whose hash is unchanged is never split again. Indexing is a map over articles
(`compute`, plain data in and out) followed by one short write per article: many articles
go to a process pool, and an interrupted build keeps what it wrote, so the next run goes on
from there.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pysbd

from reader import stamps
from reader.corpus.article import Article, Paragraph, Sentence
from reader.corpus.loader import (
    ARTICLE_SUFFIX,
    Corpus,
    CorpusError,
    article_paths,
    build_article,
    decode_article_bytes,
    read_article_file,
    sidecar_or_problem,
)
from reader.corpus.metadata import Metadata, sidecar_path
from reader.names.extract import extract_names_many
from reader.store.article_index import IndexedArticle, IndexStore, MentionRow, Outline
from reader.store.db import StoreBusy

WORKERS = 2
READ_WRITE_WAIT_S = 0.2  # a read writes what it split only if the store is free about now
POOL_MIN = 8  # fewer are split in this process: starting workers costs more than they save
# What indexing an article runs (`compute`: splitting, furniture, sentence ids, names), whose
# imports `reader.stamps` follows for the rules' version.
COMPUTED_BY = (__name__,)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Source:
    """An article file and its content hash; its text and metadata are read when first asked
    for (`found`, when already read): a file whose stamps are those stored with its hash is
    listed without reading it."""

    article_id: str
    content_hash: str
    path: Path
    found: tuple[str, Metadata] | None = None

    @property
    def text(self) -> str:
        return self._found[0]

    @property
    def meta(self) -> Metadata:
        return self._found[1]

    @functools.cached_property
    def _found(self) -> tuple[str, Metadata]:
        if self.found is not None:
            return self.found
        found = read_article_file(self.path, [])
        if found is None or content_hash(*found) != self.content_hash:
            raise CorpusError(f"{self.path.name} changed while it was read; try again")
        return found


@dataclass
class IndexReport:
    computed: list[str] = field(default_factory=list)  # new or changed, split again
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # {article id: content hash} of the readable articles, in corpus order (`update` only)
    hashes: dict[str, str] = field(default_factory=dict)


@functools.cache
def rules_version() -> str:
    """A hash of the code and data files indexing runs and of pysbd's version: a change
    re-indexes every article."""
    digest = hashlib.sha256(pysbd.__version__.encode())  # importlib.metadata is slow to load
    digest.update(stamps.digest(COMPUTED_BY).encode())
    return digest.hexdigest()


def content_hash(text: str, meta: Metadata) -> str:
    """sha256 of the text, the sidecar's metadata and marks, and the rules' version."""
    # Metadata is flat: its fields as they are (asdict would deep-copy every set first).
    fields = {
        f.name: sorted(v) if isinstance(v := getattr(meta, f.name), set) else v
        for f in dataclasses.fields(meta)
    }
    digest = hashlib.sha256(rules_version().encode())
    digest.update(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode())
    digest.update(b"\0" + text.encode())
    return digest.hexdigest()


def compute(source: Source) -> IndexedArticle:
    """Split one article and find the names in its content sentences: pure, picklable."""
    article = build_article(source.article_id, source.text, source.meta)
    return IndexedArticle(
        article_id=article.id,
        content_hash=source.content_hash,
        lang=article.lang,
        title=article.title,
        byline=article.byline,
        outlet=article.outlet,
        date=article.date,
        paragraphs=[(p.index, p.start, p.end, p.text, p.kind) for p in article.paragraphs],
        sentences=[
            (s.id, s.paragraph, s.start, s.end, s.text, s.furniture) for s in article.sentences
        ],
        mentions=mention_rows(article),
    )


def mention_rows(article: Article) -> list[MentionRow]:
    """The names in the article's content sentences, in text order."""
    content = article.content_sentences()
    found = extract_names_many([s.text for s in content], article.lang) if content else []
    return [
        (s.id, m.start, m.end, m.text, m.kind, m.lemma)
        for s, mentions in zip(content, found, strict=True)
        for m in mentions
    ]


def to_article(row: IndexedArticle, text: str) -> Article:
    return Article(
        id=row.article_id,
        text=text,
        lang=row.lang,
        title=row.title,
        byline=row.byline,
        outlet=row.outlet,
        date=row.date,
        paragraphs=[Paragraph(*p) for p in row.paragraphs],
        sentences=[Sentence(*s) for s in row.sentences],
        content_hash=row.content_hash,
    )


class ArticleIndex:
    """The index of one corpus folder in one store."""

    def __init__(self, store: IndexStore, corpus_dir: Path) -> None:
        self.store = store
        self.corpus_dir = corpus_dir
        # What this process last read of each file, by the file's and its sidecar's stamps,
        # and each article's outline by its content hash: a long-lived app lists the corpus
        # again whenever a file changes, and then reads and asks the store for that file only.
        self._read: dict[str, tuple[tuple, Source]] = {}
        self._outlines: dict[tuple[str, str], Outline] = {}

    def update(self, progress: Progress | None = None, workers: int = WORKERS) -> IndexReport:
        """Bring the index up to date with the corpus folder; `progress(done, total)` is
        called after each article written. StoreBusy if another process keeps the lock."""
        sources, report, stamps = self._scan()
        self._apply(sources, report, progress, workers, remove_missing=True)
        write(self.store.put_stamps, stamps, reading=False)
        report.hashes = {s.article_id: s.content_hash for s in sources}
        return report

    def corpus(self, workers: int = WORKERS) -> Corpus:
        """All readable articles, as `load_corpus` gives them, splitting only what changed."""
        sources, unsaved, problems = self._current(workers)
        ids = (s.article_id for s in sources if s.article_id not in unsaved)
        rows = self.store.get(ids, mentions=False)
        rows.update(unsaved)
        # compute: in case another process removed an article meanwhile
        articles = [to_article(rows.get(s.article_id) or compute(s), s.text) for s in sources]
        return Corpus(articles=articles, problems=problems)

    def hashes(self, workers: int = WORKERS) -> dict[str, str]:
        """{article id: content hash} of the articles `corpus` gives, in its order, the index
        brought up to date: what tells an article changed, without building any."""
        sources, _, _ = self._current(workers)
        return {s.article_id: s.content_hash for s in sources}

    def outlines(self, workers: int = WORKERS) -> tuple[list[Outline], list[str]]:
        """The outline of each article `corpus` gives, in its order, and the problems: a
        listing of a large corpus without building every article from the index."""
        sources, unsaved, problems = self._current(workers)
        keys = {s.article_id: (s.article_id, s.content_hash) for s in sources}
        kept = {k: self._outlines[k] for k in keys.values() if k in self._outlines}
        asked = [a for a, k in keys.items() if a not in unsaved and k not in kept]
        kept.update((keys[a], outline) for a, outline in self.store.outlines(asked).items())
        self._outlines = kept  # the current articles' only
        found = {article_id: Outline.of(row) for article_id, row in unsaved.items()}
        outlines = [
            found.get(s.article_id) or kept.get(keys[s.article_id]) or Outline.of(compute(s))
            for s in sources
        ]
        return outlines, problems

    def _current(self, workers: int) -> tuple[list[Source], dict[str, IndexedArticle], list[str]]:
        """The readable articles, the index brought up to date with them (what could not be
        written is returned), and the problems of the others."""
        sources, report, stamps = self._scan()
        unsaved = self._apply(sources, report, None, workers, remove_missing=True, reading=True)
        write(self.store.put_stamps, stamps, reading=True)
        return sources, unsaved, report.problems

    def article(self, article_id: str) -> Article:
        """One article, indexing only it if it changed; CorpusError if there is none."""
        path = self.corpus_dir / f"{article_id}{ARTICLE_SUFFIX}"
        if not article_id or path.parent != self.corpus_dir or not path.is_file():
            return self.corpus().get(article_id)  # its message lists the known articles
        source = _read_source(path, sidecar_or_problem(path, []))
        unsaved = self._apply([source], IndexReport(), None, 1, remove_missing=False, reading=True)
        row = unsaved.get(article_id) or self.store.get([article_id], mentions=False)[article_id]
        return to_article(row, source.text)

    def mentions(self, articles: Sequence[Article]) -> dict[str, list[MentionRow]]:
        """{article id: its name mentions} as indexed; an article the index does not hold
        (a reader's write refused while the store was busy) is extracted instead."""
        found = self.store.mentions(a.id for a in articles)
        for article in articles:
            if article.id not in found:
                found[article.id] = mention_rows(article)
        return found

    def _scan(self) -> tuple[list[Source], IndexReport, dict[str, tuple[str, str]]]:
        """Every readable article of the folder; the others are reported as load_corpus does.
        A file read without a problem is read again only when its stamps or its sidecar's
        change (size, times, inode: an edit or a replacement always changes one), in this
        process or, by the stamps stored with its hash, in the next. Also returns the stamps
        to store: {article id: (stamp, content hash)} of the files read now."""
        problems: list[str] = []
        sources, read, fresh = [], {}, {}
        stored: dict[str, tuple[str, str]] | None = None  # asked for once, when first needed
        for path in article_paths(self.corpus_dir, problems):
            stamp = _stamp(path)
            known = self._read.get(path.name)
            if known is not None and known[0] == stamp:
                sources.append(known[1])
                read[path.name] = known
                continue
            stored = self.store.stamps() if stored is None else stored
            key = json.dumps([rules_version(), stamp])
            kept = stored.get(path.stem)
            if kept is not None and kept[0] == key:
                source = Source(path.stem, kept[1], path)
            else:
                before = len(problems)
                found = read_article_file(path, problems)
                if found is None:
                    continue
                source = Source(path.stem, content_hash(*found), path, found)
                if len(problems) != before:  # a bad sidecar is read and reported on every scan
                    sources.append(source)
                    continue
                fresh[path.stem] = (key, source.content_hash)
            sources.append(source)
            read[path.name] = (stamp, source)
        self._read = read
        return sources, IndexReport(problems=problems), fresh

    def _apply(
        self,
        sources: list[Source],
        report: IndexReport,
        progress: Progress | None,
        workers: int,
        *,
        remove_missing: bool,
        reading: bool = False,
    ) -> dict[str, IndexedArticle]:
        """Split what changed and write it; returns what was split but not written.

        When `reading`, another process's write lock must not block the reader: writes wait
        at most READ_WRITE_WAIT_S, and after one busy write the rest are only kept in memory
        (and written by a later read or `index`).
        """
        stored = self.store.hashes()
        todo = [s for s in sources if stored.get(s.article_id) != s.content_hash]
        report.unchanged += len(sources) - len(todo)
        unsaved: dict[str, IndexedArticle] = {}
        saving = True
        if remove_missing and self.corpus_dir.is_dir():  # a mistyped --corpus removes nothing
            report.removed = sorted(set(stored) - {s.article_id for s in sources})
            saving = write(self.store.remove, report.removed, reading)
        with mapper(workers, len(todo)) as map_:
            for done, row in enumerate(map_(compute, todo), start=1):
                saving = saving and write(self.store.put, row, reading)
                if not saving:
                    unsaved[row.article_id] = row
                report.computed.append(row.article_id)
                if progress:
                    progress(done, len(todo))
        return unsaved


def write(put: Callable[..., None], what: object, reading: bool) -> bool:
    """`put(what)`; False if the store is busy while reading (StoreBusy otherwise)."""
    try:
        put(what, busy_timeout_s=READ_WRITE_WAIT_S if reading else None)
    except StoreBusy:
        if not reading:
            raise
        return False
    return True


@contextmanager
def mapper(workers: int, count: int, pool_min: int = POOL_MIN) -> Iterator[Callable]:
    """`map`, or a process pool's map when there are `pool_min` items or more; an
    interruption drops what has not started."""
    if workers <= 1 or count < pool_min:
        yield map
        return
    from concurrent.futures import ProcessPoolExecutor  # here: slow to import, seldom needed

    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        yield functools.partial(pool.map, chunksize=2)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _stamp(path: Path) -> tuple:
    """What changes when an article file or its sidecar is written, replaced or removed."""
    stamps = []
    for file in (path, sidecar_path(path)):
        try:
            found = file.stat()
        except FileNotFoundError:
            stamps.append(None)
        else:
            stamps.append((found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino))
    return tuple(stamps)


def _read_source(path: Path, meta: Metadata) -> Source:
    text = decode_article_bytes(path.read_bytes(), path.name)
    return Source(path.stem, content_hash(text, meta), path, (text, meta))
