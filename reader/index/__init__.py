"""The persisted, incremental index: articles (tables in `reader/store/article_index.py`) and
the name mentions of translation versions (`reader/store/version_mentions.py`)."""

from reader.index.articles import ArticleIndex, IndexReport, content_hash, rules_version
from reader.index.versions import VersionIndexReport, VersionMentionIndex

__all__ = [
    "ArticleIndex",
    "IndexReport",
    "VersionIndexReport",
    "VersionMentionIndex",
    "content_hash",
    "rules_version",
]
