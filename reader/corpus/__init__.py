"""The corpus: articles as UTF-8 text files plus optional `<name>.meta.json` sidecars."""

from reader.corpus.article import Article, Paragraph, Sentence
from reader.corpus.loader import (
    MAX_ARTICLE_BYTES,
    CorpusError,
    NotSourceLanguage,
    add_article,
    decode_article_bytes,
    load_article,
    load_corpus,
    prepare_article,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "CorpusError",
    "NotSourceLanguage",
    "Paragraph",
    "Sentence",
    "add_article",
    "decode_article_bytes",
    "load_article",
    "load_corpus",
    "prepare_article",
]
