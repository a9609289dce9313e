"""One place that ties the corpus, the translation files and the store together.

The app and the CLI each make a Workspace and call it; neither touches SQLite or files directly.
Its stores share one Database (opened and migrated once); `close` closes its connections.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.config import Paths, resolve_paths
from reader.corpus import Article
from reader.corpus.loader import Corpus
from reader.index import ArticleIndex, VersionMentionIndex, rules_version
from reader.index.versions import extracting_codes, rules_hash
from reader.lang.extraction import NameMention
from reader.store.article_index import IndexStore, MentionRow, Outline
from reader.store.db import Database
from reader.store.dismissals import DismissalStore
from reader.store.glossary import GlossaryStore
from reader.store.name_counts import NameCountStore
from reader.store.name_groups import NameGroupStore
from reader.store.name_listings import NameListingStore
from reader.store.name_summaries import NameSummaryStore
from reader.store.translations import FileStamp, HeadText, TranslationStore, Version
from reader.store.version_mentions import VersionMentionStore
from reader.translation.files import (
    Alignment,
    TranslationFile,
    TranslationFileError,
    TranslationFolder,
    align,
    read_translation_file,
)

SAMPLE_AUTHOR = "sample drafts"
_STAMPS_PER_QUERY = 500  # file names per query, well under SQLite's limit on parameters


@dataclass
class SyncReport:
    files: int = 0  # translation files imported
    added: int = 0
    glossary: int = 0  # drafts the glossary's preferred forms were then applied to
    problems: list[str] = field(default_factory=list)


class Workspace:
    def __init__(self, paths: Paths | None = None) -> None:
        self.paths = paths or resolve_paths()
        self._translation_files = TranslationFolder(self.paths.translations)
        self.db = Database(self.paths.database)
        self.translations = TranslationStore(self.db)
        self.glossary = GlossaryStore(self.db)
        self.dismissals = DismissalStore(self.db)
        self.index = ArticleIndex(IndexStore(self.db), self.paths.corpus)
        self.version_mentions = VersionMentionIndex(VersionMentionStore(self.db), self.translations)
        self.name_groups = NameGroupStore(self.db)
        self.name_listings = NameListingStore(self.db)
        self.name_summaries = NameSummaryStore(self.db)
        self.name_counts = NameCountStore(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def corpus(self) -> Corpus:
        """Every readable article, from the index: only new or changed ones are split."""
        return self.index.corpus()

    def article_hashes(self) -> dict[str, str]:
        """{article id: content hash} of every readable article, in corpus order: a hash
        changes with the text, the sidecar or the splitting rules."""
        return self.index.hashes()

    def outlines(self) -> tuple[list[Outline], list[str]]:
        """Title and sentence ids of every readable article, and the problems of the others:
        listing a large corpus without building every article."""
        return self.index.outlines()

    def article(self, article_id: str) -> Article:
        """One article from the index, re-split only if it changed (CorpusError if none)."""
        return self.index.article(article_id)

    def source_mentions(self, articles: Sequence[Article]) -> dict[str, list[MentionRow]]:
        """{article id: the names in its content sentences}, from the article index."""
        return self.index.mentions(articles)

    def translation_mentions(
        self,
        versions: Iterable[Version | HeadText],
        progress: Callable[[int, int], None] | None = None,
    ) -> dict[int, list[NameMention]]:
        """{version id: the names in its text}, extracting only versions not indexed yet."""
        return self.version_mentions.mentions(versions, progress)

    def mention_rules(self) -> str:
        """The hashes of the rules the indexed mentions were found under: the article index's
        and each language's extraction rules (with the models' versions)."""
        rules = {"articles": rules_version()} | {c: rules_hash(c) for c in extracting_codes()}
        return json.dumps(rules, sort_keys=True)

    def corpus_signature(self) -> tuple:
        """Names, sizes and times of the corpus files: a loaded corpus is stale when it changes."""
        return _folder_signature(self.paths.corpus)

    def translations_signature(self) -> tuple:
        """Names, sizes and times of the translation files: one scan of the folder tells
        whether any article's files need syncing, where a stat per article's files would not."""
        return _folder_signature(self.paths.translations)

    def translation_files_signature(self, article: Article) -> tuple:
        """Changes when one of the article's translation files does (see sync_translation_files)."""
        folder = self.paths.translations
        return _stamps(self._translation_files.files_for(article.id)) if folder.is_dir() else ()

    def sync_translation_files(self, article: Article) -> SyncReport:
        """Load the article's translation files into the store, each file once per content.

        A file whose name, size and modification time are those recorded when it was last
        read is not read again, as make and rsync judge files: an edit that keeps both size
        and time is the accepted risk. A file with a new stamp is read, and imported only if
        its sha256 is not the one imported before. Drafts only fill sentences that have no
        translation yet, so a reviewer's work is never replaced by a file; the glossary is
        then applied to them as a version of its own.
        """
        report = SyncReport()
        paths = self._translation_files.files_for(article.id)
        recorded = self.translations.import_stamps(p.name for p in paths)
        self._sync(paths, recorded, lambda: article, report)
        return report

    def sync_many_translation_files(
        self, article_ids: Iterable[str], progress: Callable[[int, int], None] | None = None
    ) -> SyncReport:
        """`sync_translation_files` of many articles, `progress(done, total)` after each; an
        article is read from the index only if one of its files has to be read in."""
        report = SyncReport()
        files = {a: self._translation_files.files_for(a) for a in article_ids}
        names = [path.name for paths in files.values() for path in paths]
        recorded: dict[str, FileStamp] = {}
        for start in range(0, len(names), _STAMPS_PER_QUERY):  # not a query per article
            recorded |= self.translations.import_stamps(names[start : start + _STAMPS_PER_QUERY])
        for done, (article_id, paths) in enumerate(files.items(), 1):
            self._sync(paths, recorded, lambda a=article_id: self.article(a), report)
            if progress:
                progress(done, len(files))
        return report

    def _sync(
        self,
        paths: list[Path],
        recorded: dict[str, FileStamp],
        article: Callable[[], Article],
        report: SyncReport,
    ) -> None:
        for path in paths:
            stamp = _stamp(path)
            if stamp is None or recorded.get(path.name) == stamp:
                continue
            try:
                tfile = read_translation_file(path)
            except TranslationFileError as exc:
                report.problems.append(str(exc))
                continue
            if not self.translations.file_imported(path.name, tfile.sha256):
                self._import(article(), tfile, report)
            self.translations.mark_imported(path.name, tfile.sha256, stamp)

    def _import(self, article: Article, tfile: TranslationFile, report: SyncReport) -> None:
        # Imported here: the checks take a second to import, and only an import uses them.
        from reader.checks.drafts import apply_glossary_to_drafts

        rel = tfile.path.name
        report.files += 1
        aligned = align(article, tfile)
        report.problems.extend(_alignment_problems(rel, aligned))
        report.added += self.translations.add_drafts(
            article.id,
            tfile.lang,
            aligned.drafts,
            origin=tfile.origin,
            origin_detail={"file": rel, "label": tfile.label},
            author=SAMPLE_AUTHOR,
        )
        report.glossary += apply_glossary_to_drafts(
            self, article.id, tfile.lang, list(aligned.drafts)
        )


def _alignment_problems(name: str, aligned: Alignment) -> list[str]:
    """One line per kind of entry left out, naming the file and the sentences."""
    problems = []
    if aligned.unmatched:
        problems.append(f"{name}: {len(aligned.unmatched)} sentence(s) no longer in the article")
    if aligned.unmatched_sources:
        shown = "; ".join(repr(s) for s in aligned.unmatched_sources[:3])
        more = len(aligned.unmatched_sources) - 3
        problems.append(
            f"{name}: {len(aligned.unmatched_sources)} source sentence(s) not found in the "
            f"article, not imported: {shown}" + (f" and {more} more" if more > 0 else "")
        )
    problems.extend(f"{name}: sentence {line}; not imported" for line in aligned.contradictions)
    return problems


def _folder_signature(folder: Path) -> tuple:
    """(name, size, mtime) of each file of the folder, sorted; () if there is no folder."""
    if not folder.is_dir():
        return ()
    # dot files are the lock and temporary files of a write in progress
    stamps = []
    with os.scandir(folder) as entries:  # no Path per file: this runs on every rerun
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                found = entry.stat()
            except FileNotFoundError:  # removed while we looked
                continue
            stamps.append((entry.name, found.st_size, found.st_mtime_ns))
    return tuple(sorted(stamps))


def _stamps(paths: Iterable[Path]) -> tuple:
    """(name, size, modification time) of each file still there."""
    return tuple((path.name, *stamp) for path in paths if (stamp := _stamp(path)) is not None)


def _stamp(path: Path) -> FileStamp | None:
    """(size, modification time in ns), or None if the file is gone."""
    try:
        found = path.stat()
    except FileNotFoundError:  # removed while we looked
        return None
    return found.st_size, found.st_mtime_ns
