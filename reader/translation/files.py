"""Sentence-aligned translation files: `translations/<article>.<lang>.json`.

Shape: {"article", "lang", "origin": {"kind": "sample"|"import"|"machine", "label"},
"sentences": [{"sid", "source", "text"}]}. Sentences are matched by id, which is a hash of
the source sentence, so a file keeps aligning after unrelated edits to the article. A hand-written
file may leave out `sid`: the entry is then matched by its `source` text (spacing aside), a text
the article repeats filling its occurrences in order, as the ids number them.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from reader.corpus import Article
from reader.corpus.ids import text_key
from reader.lang import target_codes

ORIGIN_KINDS = ("sample", "import", "machine")


class TranslationFileError(ValueError):
    """A translation file that cannot be read; the message says why."""


@dataclass(frozen=True)
class Entry:
    """One sentence of a file: named by its id, its source text, or both."""

    sid: str | None
    source: str | None
    text: str


@dataclass
class TranslationFile:
    path: Path
    article_id: str
    lang: str
    origin: str
    label: str
    entries: list[Entry]
    sha256: str


@dataclass
class Alignment:
    drafts: dict[str, str] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)  # sentence ids not in the article
    unmatched_sources: list[str] = field(default_factory=list)  # no (further) such sentence
    contradictions: list[str] = field(default_factory=list)  # one line per id whose text differs


def read_translation_file(path: Path) -> TranslationFile:
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
        origin = data.get("origin", {})
        kind = origin.get("kind", "import")
        lang = data["lang"]
        entries = [_entry(i, s) for i, s in enumerate(data["sentences"], start=1)]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TranslationFileError(f"{path.name}: not a translation file ({exc})") from exc
    except RecursionError:
        raise TranslationFileError(f"{path.name}: the JSON is nested too deeply") from None
    if lang not in target_codes():
        raise TranslationFileError(f"{path.name}: language {lang!r} is not one of {target_codes()}")
    if kind not in ORIGIN_KINDS:
        raise TranslationFileError(
            f"{path.name}: origin kind {kind!r} is not one of {ORIGIN_KINDS}"
        )
    return TranslationFile(
        path=path,
        article_id=data.get("article", path.name.split(".")[0]),
        lang=lang,
        origin=kind,
        label=origin.get("label", ""),
        entries=entries,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _entry(number: int, raw: dict) -> Entry:
    sid, source, text = raw.get("sid"), raw.get("source"), raw["text"]
    if sid is None and source is None:
        raise ValueError(f"sentence {number} has neither 'sid' nor 'source'")
    named = [v for v in (sid, source) if v is not None]
    if not isinstance(text, str) or not all(isinstance(v, str) for v in named):
        raise ValueError(f"sentence {number}: 'sid', 'source' and 'text' must be strings")
    return Entry(sid=sid, source=source, text=text)


def align(article: Article, tfile: TranslationFile) -> Alignment:
    """Entries with an id first, so an entry given only by its source takes the first
    occurrence of that text no id has claimed."""
    by_id = {s.id: s for s in article.sentences}
    result = Alignment()
    for entry in tfile.entries:
        if entry.sid is None:
            continue
        sentence = by_id.get(entry.sid)
        if sentence is None:
            result.unmatched.append(entry.sid)
        elif entry.source is not None and text_key(entry.source) != text_key(sentence.text):
            result.contradictions.append(
                f"{entry.sid} reads {_first_words(sentence.text)!r} "
                f"but the file's source is {_first_words(entry.source)!r}"
            )
        else:
            result.drafts[entry.sid] = entry.text
    free = _occurrences(article, claimed=set(result.drafts))
    for entry in tfile.entries:
        if entry.sid is not None or entry.source is None:
            continue
        queue = free.get(text_key(entry.source))
        if queue:
            result.drafts[queue.pop(0)] = entry.text
        else:
            result.unmatched_sources.append(_first_words(entry.source))
    return result


def _occurrences(article: Article, claimed: set[str]) -> dict[str, list[str]]:
    """Unclaimed sentence ids by normalised text, in article order."""
    free: dict[str, list[str]] = defaultdict(list)
    for sentence in article.sentences:
        if sentence.id not in claimed:
            free[text_key(sentence.text)].append(sentence.id)
    return free


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def files_for(translations_dir: Path, article_id: str) -> list[Path]:
    """The article's translation files, `ARTICLE.LANG.json`."""
    return _by_article(translations_dir).get(article_id, [])


def _by_article(folder: Path) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = defaultdict(list)
    # by name: the same order as by path within one folder, without Path's slow comparisons
    for path in sorted(folder.glob("*.*.json"), key=lambda p: p.name):
        found[path.name.rsplit(".", 2)[0]].append(path)
    return found


class TranslationFolder:
    """The translation files of a folder by article, listed again only when the folder
    changes: globbing it once per article reads a folder of thousands of files thousands of
    times. A listing younger than the folder's timestamp granularity is not trusted."""

    TRUST_AFTER_NS = 2_000_000_000  # coarse filesystems keep folder times to 2 s

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._stamp: int | None = None
        self._listing: dict[str, list[Path]] = {}

    def files_for(self, article_id: str) -> list[Path]:
        try:
            stamp = self.folder.stat().st_mtime_ns
        except FileNotFoundError:
            return []
        if stamp != self._stamp or time.time_ns() - stamp < self.TRUST_AFTER_NS:
            self._listing, self._stamp = _by_article(self.folder), stamp
        return self._listing.get(article_id, [])
