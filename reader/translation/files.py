"""Sentence-aligned translation files: `translations/<article>.<lang>.json`.

Shape: {"article", "lang", "origin": {"kind": "sample"|"import"|"machine", "label"},
"sentences": [{"sid", "source", "text"}]}. Sentences are matched by id, which is a hash of
the source sentence, so a file keeps aligning after unrelated edits to the article.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from reader.corpus import Article
from reader.lang import target_codes

ORIGIN_KINDS = ("sample", "import", "machine")


class TranslationFileError(ValueError):
    """A translation file that cannot be read; the message says why."""


@dataclass
class TranslationFile:
    path: Path
    article_id: str
    lang: str
    origin: str
    label: str
    texts: dict[str, str]
    sha256: str


@dataclass
class Alignment:
    drafts: dict[str, str] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)  # sentence ids not in the article


def read_translation_file(path: Path) -> TranslationFile:
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
        origin = data.get("origin", {})
        kind = origin.get("kind", "import")
        lang = data["lang"]
        texts = {s["sid"]: s["text"] for s in data["sentences"]}
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
        texts=texts,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def align(article: Article, tfile: TranslationFile) -> Alignment:
    known = {s.id for s in article.sentences}
    result = Alignment()
    for sid, text in tfile.texts.items():
        if sid in known:
            result.drafts[sid] = text
        else:
            result.unmatched.append(sid)
    return result


def files_for(translations_dir: Path, article_id: str) -> list[Path]:
    return sorted(translations_dir.glob(f"{article_id}.*.json"))
