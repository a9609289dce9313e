"""Person, place and organisation names in a text of any language that has an extractor.

`extract_names(text, lang)` returns `NameMention`s in text order; `mention.text` is always
`text[mention.start:mention.end]`, and `mention.lemma` is a citation form for grouping
(nominative, no case suffix, no possessive). Kinds: "person", "place", "org", or "name" when the
extractor cannot tell.

Each language's extractor lives in its folder (`reader/lang/LANG/names.py`, with the word lists
in `names.json` beside it; what they share is `reader/lang/extraction.py`); this module asks the
registry for it, hands it the word lists it may use and the text as a reader sees it
(invisible format characters dropped, `reader.lang.extraction.read_through`), caches results
per (lang, text) and collects mentions over articles. `extract_names_many` batches (natasha,
behind Russian, is ~5x faster on a batch than sentence by sentence) and
`extract_article_mentions` collects mentions for every sentence of an article in the source
and the given translations.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from reader import lang as languages
from reader.corpus.article import Article
from reader.lang.extraction import (
    NameContext,
    NameExtractor,
    NameMention,
    read_through,
    word_lists,
)

__all__ = [
    "KINDS",
    "ArticleMention",
    "NameMention",
    "backend",
    "clear_cache",
    "extract_article_mentions",
    "extract_names",
    "extract_names_many",
    "preload",
    "russian_backend",
]

Kind = Literal["person", "place", "org", "name"]
KINDS: tuple[str, ...] = ("person", "place", "org", "name")


@dataclass(frozen=True)
class ArticleMention:
    """A mention in one sentence of an article, in the source language or a translation."""

    article_id: str
    sentence_id: str
    lang: str
    mention: NameMention


def extract_names(text: str, lang: str) -> list[NameMention]:
    """Names in `text` (a sentence or a short paragraph) in language `lang`."""
    return extract_names_many([text], lang)[0]


def extract_names_many(texts: Sequence[str], lang: str) -> list[list[NameMention]]:
    """`extract_names` for many texts of one language, handed to its extractor as a batch."""
    lang = _check_lang(lang)
    results: list[list[NameMention] | None] = []
    missing: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        hit = _cache_get(lang, text)
        results.append(None if hit is None else list(hit))
        if hit is None:
            missing.setdefault(text, []).append(i)
    if missing:
        todo = list(missing)
        extractor, context = _extractor(lang), _context(languages.get(lang))
        found = read_through(lambda shown: extractor.extract_many(shown, context), todo)
        for text, mentions in zip(todo, found, strict=True):
            _cache_put(lang, text, tuple(mentions))
            for i in missing[text]:
                results[i] = list(mentions)
    return [r if r is not None else [] for r in results]


def extract_article_mentions(
    article: Article,
    translations: Mapping[str, Mapping[str, str]],
    *,
    include_furniture: bool = False,
) -> list[ArticleMention]:
    """Mentions in every sentence of `article` and of its translations.

    `translations` maps a language ("ru", "ky") to {sentence_id: current text}; sentences with no
    text are skipped. Results are ordered by sentence, then source first, then the languages in
    the order given. Pure: no store access, nothing read but its arguments and the word lists.
    """
    sentences = list(article.sentences if include_furniture else article.content_sentences())
    source_lang = (article.lang or languages.source_code()).lower()
    columns: list[tuple[str, dict[str, list[NameMention]]]] = []
    source_found = extract_names_many([s.text for s in sentences], source_lang)
    columns.append((source_lang, {s.id: m for s, m in zip(sentences, source_found, strict=True)}))
    for lang, by_sentence in translations.items():
        wanted = [s.id for s in sentences if (by_sentence.get(s.id) or "").strip()]
        found = extract_names_many([by_sentence[sid] for sid in wanted], lang)
        columns.append((lang, dict(zip(wanted, found, strict=True))))
    out: list[ArticleMention] = []
    for s in sentences:
        for lang, by_id in columns:
            out.extend(ArticleMention(article.id, s.id, lang, m) for m in by_id.get(s.id, ()))
    return out


def backend(lang: str) -> str:
    """What extracts names in `lang`: "rules", or a model ("natasha") when it loads."""
    return _extractor(_check_lang(lang)).backend()


def russian_backend() -> str:
    """Which Russian extractor is in use: "natasha", or "rules" when natasha cannot load."""
    return backend("ru")


def preload(lang: str) -> None:
    """Load the models for `lang` now (natasha takes about a second) instead of on first use."""
    _extractor(_check_lang(lang)).preload()


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()


def _supported() -> tuple[str, ...]:
    return tuple(language.code for language in languages.all() if language.extractor)


def _check_lang(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in _supported():
        raise ValueError(f"name extraction supports {', '.join(_supported())}, not {lang!r}")
    return code


def _extractor(code: str) -> NameExtractor:
    extractor = languages.get(code).extractor
    assert extractor is not None  # _check_lang let only languages with one through
    return extractor


def _context(language: languages.Language) -> NameContext:
    """The word lists `language`'s extractor may use: its own, the source language's, and
    those of the other languages written in its script."""
    same_script = tuple(
        word_lists(other.name_rules)
        for other in languages.all()
        if other.code != language.code and other.script.pattern == language.script.pattern
    )
    return NameContext(
        own=word_lists(language.name_rules),
        source=word_lists(languages.source().name_rules),
        same_script=same_script,
    )


_CACHE_SIZE = 20_000
_CACHE: OrderedDict[tuple[str, str], tuple[NameMention, ...]] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def _cache_get(lang: str, text: str) -> tuple[NameMention, ...] | None:
    with _CACHE_LOCK:
        hit = _CACHE.get((lang, text))
        if hit is not None:
            _CACHE.move_to_end((lang, text))
        return hit


def _cache_put(lang: str, text: str, mentions: tuple[NameMention, ...]) -> None:
    with _CACHE_LOCK:
        _CACHE[(lang, text)] = mentions
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
