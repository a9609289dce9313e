"""Keep the name mentions of translation versions up to date (`reader/store/version_mentions.py`).

A version never changes, so its mentions are a pure function of its text, its language and
that language's extraction rules: a version is extracted once per rules hash, never again.
Only versions not yet indexed (or indexed under other rules) are extracted, a language's
texts in batches (natasha, behind Russian, is several times faster on a batch); many batches
go to a process pool, and each batch is written in its own short transaction, so an
interrupted build keeps what it wrote and the next run goes on from there. A text that
several versions share (a sentence an archive repeats) is extracted once, for all of them.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reader import lang as languages
from reader import stamps
from reader.index.articles import WORKERS, Progress, mapper, write
from reader.lang.extraction import NameMention
from reader.names.extract import extract_names_many
from reader.store.translations import HeadText, TranslationStore, Version
from reader.store.version_mentions import IndexedVersion, VersionMentionStore

BATCH = 200  # versions per extraction call and per write
FEW_VERSIONS = 5_000  # fewer are looked up by id, not read with all the others
POOL_BATCHES = 4  # fewer are extracted in this process: each worker loads the models anew
# What extraction runs: the name extraction over texts, and through it the languages'
# extractors and word lists (`reader.stamps` follows the imports).
EXTRACTED_BY = ("reader.names.extract",)
# The models and dictionaries behind the extractors, by distribution name.
MODEL_PACKAGES = ("natasha", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy2", "pymorphy2-dicts-ru")


@dataclass
class VersionIndexReport:
    indexed: int = 0  # extracted now
    unchanged: int = 0  # already indexed under the current rules


class _Text(NamedTuple):
    """A version's id, language and text: all extraction reads of it."""

    id: int
    lang: str
    text: str


@dataclass(frozen=True)
class _Batch:
    lang: str
    rules_hash: str
    versions: list[tuple[int, str]]  # (version id, text)


@functools.lru_cache(maxsize=32)  # one per language
def rules_hash(lang: str) -> str:
    """A hash of what extraction in `lang` depends on: a change re-indexes that language. The
    registry imports every language, but extraction in `lang` runs its extractor alone: of
    another language it reads the definition (its script) and word lists, not its code."""
    others = frozenset(
        f"reader.lang.{language.folder.name}"
        for language in languages.all()
        if language.code != lang
    )
    rules = stamps.digest(EXTRACTED_BY, MODEL_PACKAGES, shallow=others)
    return hashlib.sha256(f"{lang}\0{rules}".encode()).hexdigest()


def extracting_codes() -> tuple[str, ...]:
    """The target languages that have a name extractor."""
    return tuple(language.code for language in languages.targets() if language.extractor)


def compute(batch: _Batch) -> list[IndexedVersion]:
    """The mentions of a batch of versions of one language: pure, picklable."""
    found = extract_names_many([text for _, text in batch.versions], batch.lang)
    return [
        IndexedVersion(
            version_id, batch.rules_hash, [(m.start, m.end, m.text, m.kind, m.lemma) for m in ms]
        )
        for (version_id, _), ms in zip(batch.versions, found, strict=True)
    ]


class VersionMentionIndex:
    """The name mentions of the translation versions of one store."""

    def __init__(self, store: VersionMentionStore, translations: TranslationStore) -> None:
        self.store = store
        self.translations = translations

    def update(
        self, progress: Progress | None = None, workers: int = WORKERS
    ) -> VersionIndexReport:
        """Index the mentions of every head version; `progress(done, total)` after each batch
        written. Only the texts of heads not indexed under the current rules are read, and no
        head at all when no version was added and no rules changed since the last update.
        StoreBusy if another process keeps the lock."""
        key = json.dumps(
            [self.translations.version(), {c: rules_hash(c) for c in extracting_codes()}]
        )
        last = json.loads(self.store.stamp() or "{}")
        if last.get("key") == key:  # no version added, no rules changed: all are indexed
            return VersionIndexReport(unchanged=last["heads"])
        report = VersionIndexReport()
        stale: list[_Text] = []
        for lang in extracting_codes():
            current = rules_hash(lang)
            heads = self.store.head_rules(lang)
            ids = [vid for vid, indexed in heads.items() if indexed != current]
            texts = self.store.texts(ids)
            stale += [_Text(vid, lang, texts[vid]) for vid in ids]
            report.unchanged += len(heads) - len(ids)
        self._extract(stale, report, progress, workers, reading=False)
        heads = report.indexed + report.unchanged
        self.store.set_stamp(json.dumps({"key": key, "heads": heads}))
        return report

    def mentions(
        self,
        versions: Iterable[Version | HeadText],
        progress: Progress | None = None,
        workers: int = WORKERS,
    ) -> dict[int, list[NameMention]]:
        """{version id: mentions} of `versions`, extracting only those not yet indexed.

        A reader does not wait for another process's write lock: what it extracted while the
        store was busy is returned, and written by a later read or `index`.
        """
        versions = list(versions)
        unsaved = self._index(versions, VersionIndexReport(), progress, workers, reading=True)
        rows = self.store.mentions(v.id for v in versions if v.id not in unsaved)
        rows.update(unsaved)
        # Mentions are immutable and repeat across versions (wire copy, one name in the same
        # place): one object each.
        made: dict[tuple, NameMention] = {}
        return {
            v.id: [made.get(m) or made.setdefault(m, NameMention(*m)) for m in rows.get(v.id, ())]
            for v in versions
        }

    def _index(
        self,
        versions: Sequence[Version | HeadText],
        report: VersionIndexReport,
        progress: Progress | None,
        workers: int,
        *,
        reading: bool,
    ) -> dict[int, list]:
        """Extract and write what of `versions` is not indexed under the current rules."""
        few = len(versions) < FEW_VERSIONS
        stored = self.store.rules(v.id for v in versions) if few else self.store.rules()
        stale = [
            _Text(v.id, v.lang, v.text) for v in versions if stored.get(v.id) != rules_hash(v.lang)
        ]
        report.unchanged += len(versions) - len(stale)
        return self._extract(stale, report, progress, workers, reading=reading)

    def _extract(
        self,
        stale: Sequence[_Text],
        report: VersionIndexReport,
        progress: Progress | None,
        workers: int,
        *,
        reading: bool,
    ) -> dict[int, list]:
        """Extract and write `stale`; returns the mentions extracted but not written (the
        store was busy while reading)."""
        batches, copies = _batches(stale)
        total = sum(len(b.versions) for b in batches) + sum(map(len, copies.values()))
        report.unchanged += len(stale) - total
        unsaved: dict[int, list] = {}
        saving = True
        if progress and total:
            progress(0, total)  # a batch takes seconds: show the total from the start
        with mapper(workers, len(batches), POOL_BATCHES) as map_:
            for extracted in map_(compute, batches):
                indexed = _with_copies(extracted, copies)
                saving = saving and write(self.store.put, indexed, reading)
                if not saving:
                    unsaved.update((v.version_id, v.mentions) for v in indexed)
                report.indexed += len(indexed)
                if progress:
                    progress(report.indexed, total)
        return unsaved


def _batches(versions: Iterable[_Text]) -> tuple[list[_Batch], dict[int, list[int]]]:
    """The distinct texts of the versions with text, by language, shortest first, BATCH at a
    time, each under the id of its first version; and the ids of the other versions with that
    text by that id (each worker of a pool would otherwise extract a repeated text again).
    Shortest first: natasha's taggers pad each batch of 8 texts to its longest, so texts of
    like length together cost them about 40% less CPU time (its output does not change)."""
    by_lang: dict[str, dict[str, int]] = {}
    copies: dict[int, list[int]] = {}
    extracting = extracting_codes()
    for v in versions:
        if v.text.strip() and v.lang in extracting:
            first = by_lang.setdefault(v.lang, {}).setdefault(v.text, v.id)
            if first != v.id:
                copies.setdefault(first, []).append(v.id)
    batches = []
    for lang, texts in by_lang.items():
        items = sorted(((vid, text) for text, vid in texts.items()), key=lambda v: len(v[1]))
        batches += [
            _Batch(lang, rules_hash(lang), items[start : start + BATCH])
            for start in range(0, len(items), BATCH)
        ]
    return batches, copies


def _with_copies(
    indexed: list[IndexedVersion], copies: dict[int, list[int]]
) -> list[IndexedVersion]:
    """`indexed`, and for each the versions that share its text (`_batches`), with its
    mentions."""
    return indexed + [
        IndexedVersion(copy, v.rules_hash, v.mentions)
        for v in indexed
        for copy in copies.get(v.version_id, ())
    ]
