"""One place that ties the corpus, the translation files and the store together.

The app and the CLI each make a Workspace and call it; neither touches SQLite or files directly.
Its stores share one Database (opened and migrated once); `close` closes its connections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.checks.drafts import apply_glossary_to_drafts
from reader.config import Paths, resolve_paths
from reader.corpus import Article
from reader.corpus.loader import Corpus
from reader.index import ArticleIndex, VersionMentionIndex
from reader.lang.extraction import NameMention
from reader.store.article_index import IndexStore, MentionRow
from reader.store.db import Database
from reader.store.dismissals import DismissalStore
from reader.store.glossary import GlossaryStore
from reader.store.name_groups import NameGroupStore
from reader.store.translations import TranslationStore, Version
from reader.store.version_mentions import VersionMentionStore
from reader.translation.files import (
    Alignment,
    TranslationFileError,
    TranslationFolder,
    align,
    read_translation_file,
)

SAMPLE_AUTHOR = "sample drafts"


@dataclass
class SyncReport:
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

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def corpus(self) -> Corpus:
        """Every readable article, from the index: only new or changed ones are split."""
        return self.index.corpus()

    def article(self, article_id: str) -> Article:
        """One article from the index, re-split only if it changed (CorpusError if none)."""
        return self.index.article(article_id)

    def source_mentions(self, articles: Sequence[Article]) -> dict[str, list[MentionRow]]:
        """{article id: the names in its content sentences}, from the article index."""
        return self.index.mentions(articles)

    def translation_mentions(
        self, versions: Iterable[Version], progress: Callable[[int, int], None] | None = None
    ) -> dict[int, list[NameMention]]:
        """{version id: the names in its text}, extracting only versions not indexed yet."""
        return self.version_mentions.mentions(versions, progress)

    def corpus_signature(self) -> tuple:
        """Names, sizes and times of the corpus files: a loaded corpus is stale when it changes."""
        folder = self.paths.corpus
        if not folder.is_dir():
            return ()
        # dot files are the lock and temporary files of a write in progress
        return _stamps(p for p in sorted(folder.iterdir()) if not p.name.startswith("."))

    def translation_files_signature(self, article: Article) -> tuple:
        """Changes when one of the article's translation files does (see sync_translation_files)."""
        folder = self.paths.translations
        return _stamps(self._translation_files.files_for(article.id)) if folder.is_dir() else ()

    def sync_translation_files(self, article: Article) -> SyncReport:
        """Load the article's translation files into the store, each file once per content.

        Drafts only fill sentences that have no translation yet, so a reviewer's work is
        never replaced by a file; the glossary is then applied to them as a version of its own.
        """
        report = SyncReport()
        for path in self._translation_files.files_for(article.id):
            try:
                tfile = read_translation_file(path)
            except TranslationFileError as exc:
                report.problems.append(str(exc))
                continue
            rel = path.name
            if self.translations.file_imported(rel, tfile.sha256):
                continue
            aligned = align(article, tfile)
            report.problems.extend(_alignment_problems(path.name, aligned))
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
            self.translations.mark_imported(rel, tfile.sha256)
        return report


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


def _stamps(paths: Iterable[Path]) -> tuple:
    """(name, size, modification time) of each file still there."""
    stamps = []
    for path in paths:
        try:
            found = path.stat()
        except FileNotFoundError:  # removed while we looked
            continue
        stamps.append((path.name, found.st_size, found.st_mtime_ns))
    return tuple(stamps)
