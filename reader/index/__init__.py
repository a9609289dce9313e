"""The persisted, incremental article index (tables in `reader/store/article_index.py`)."""

from reader.index.articles import ArticleIndex, IndexReport, content_hash, rules_version

__all__ = ["ArticleIndex", "IndexReport", "content_hash", "rules_version"]
