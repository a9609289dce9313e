"""Machine-translate an article's sentences into ru/ky and store them as draft versions.

Resumable by construction: every decoded chunk lands in the MT cache at once, and sentences
that already have a draft from the same model and settings are skipped, so a second run after
an interruption only decodes what is left. A reviewer's edit is never replaced: when the
current text is a person's, the new draft is kept beside it (a conflicting version the
reviewer can adopt), not on top of it. The glossary's preferred name forms are then applied to
the new drafts as a version of their own, so the reviewer sees exactly what the glossary changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reader.checks.base import ReviewData
from reader.checks.drafts import apply_glossary_to_drafts
from reader.corpus import Article
from reader.store.mt_cache import MTCache
from reader.translation.engine import Engine
from reader.translation.mt_cache import translate_cached
from reader.translation.packages import find_model

if TYPE_CHECKING:
    from reader.store.db import Database


class TranslationData(ReviewData, Protocol):
    """A Workspace, as far as translating needs it (the workspace imports this package's
    translation files, so it is named by what it offers, not imported)."""

    db: Database


MACHINE_AUTHOR = "machine translation"
CHUNK = 64  # sentences decoded between progress reports and cache writes
Progress = Callable[[str, int, int], None]  # (language, done, total)


@dataclass
class TranslateReport:
    article_id: str
    added: dict[str, int] = field(default_factory=dict)  # language -> new drafts
    kept_beside_edits: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # already drafted by this model
    glossary: dict[str, int] = field(default_factory=dict)  # drafts the glossary then fixed


class EnginePool:
    """One loaded model per package folder: loading a model costs more than a batch.

    A package reinstalled into the same folder (same name and version, new files) is loaded
    again, so a long-running app never keeps translating with a model that was replaced.
    """

    def __init__(self) -> None:
        self._engines: dict[Path, tuple[tuple, Engine]] = {}

    def get(self, package_path: Path) -> Engine:
        stamp = _folder_stamp(package_path)
        cached = self._engines.get(package_path)
        if cached is None or cached[0] != stamp:
            self._engines[package_path] = (stamp, Engine(package_path))
        return self._engines[package_path][1]


def _folder_stamp(folder: Path) -> tuple:
    """The folder's identity and its files' times and sizes: an install swaps in a new folder."""
    found = folder.stat()
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return (found.st_ino, found.st_mtime_ns, *((p.name, p.stat().st_mtime_ns) for p in files))


def translate_article(
    ws: TranslationData,
    article: Article,
    langs: list[str],
    models: Path,
    engines: EnginePool | None = None,
    on_progress: Progress | None = None,
) -> TranslateReport:
    """Translate the article's content sentences (never page furniture) into `langs`."""
    engines = engines or EnginePool()
    paths = {lang: find_model(models, lang) for lang in langs}  # fail before any work
    cache = MTCache(ws.db)
    entries = ws.glossary.list()
    report = TranslateReport(article.id)
    for lang in langs:
        engine = engines.get(paths[lang])
        provenance = engine.provenance()
        done = ws.translations.sentences_with_origin(article.id, lang, "machine", provenance)
        todo = [s for s in article.content_sentences() if s.id not in done]
        report.skipped[lang] = len(article.content_sentences()) - len(todo)

        def progress(n: int, total: int, lang: str = lang) -> None:
            if on_progress:
                on_progress(lang, n, total)

        texts = [s.text for s in todo]
        outputs = translate_cached(engine, cache, texts, on_progress=progress, chunk=CHUNK)
        added, beside = ws.translations.add_machine_drafts(
            article.id,
            lang,
            {s.id: text for s, text in zip(todo, outputs, strict=True)},
            origin_detail=provenance,
            author=MACHINE_AUTHOR,
        )
        report.added[lang], report.kept_beside_edits[lang] = added, beside
        report.glossary[lang] = apply_glossary_to_drafts(
            ws, article.id, lang, [s.id for s in todo], entries=entries
        )
    return report
