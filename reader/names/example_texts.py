"""The sentences a listing may show as examples, held packed until its groups are made.

A listing from every article's summary keeps each summary's example sentences until its
groups are made: decoded, and looked up through a dictionary per article, an archive's took
more memory than any other part of its summaries. Packed per article (`marshal`'s bytes) they
take two thirds of the decoded lists (9.6 against 15.2 MiB at 200 articles of distinct
sentences), and once the groups are made, the sentences they show are unpacked, each
article once (a group's examples come from articles all over the archive: unpacking the few
last asked for unpacked each article 19 times).
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable

from reader.names.summary import ArticleSummary

# (article id, sentence id, lang): an example's sentence.
Where = tuple[str, str, str]


class ExampleTexts:
    """The example sentences of the summaries added, by (article, sentence, lang)."""

    def __init__(self) -> None:
        self._packed: dict[str, bytes] = {}

    def add(self, summary: ArticleSummary) -> None:
        """Keep the summary's texts (those of the article's summary added before it go)."""
        ids, flat = summary.sentence_ids, summary.texts
        rows = [x for i in range(0, len(flat), 3) for x in (ids[flat[i]], *flat[i + 1 : i + 3])]
        self._packed[summary.article_id] = marshal.dumps(rows)

    def texts(self, wanted: Iterable[Where]) -> dict[Where, str]:
        """The sentence of each of `wanted` ("" if none kept), as `ArticleSummary.text`
        gives it."""
        by_article: dict[str, list[Where]] = {}
        for where in wanted:
            by_article.setdefault(where[0], []).append(where)
        found: dict[Where, str] = {}
        for article_id, asked in by_article.items():
            rows = marshal.loads(self._packed[article_id])
            kept = {(rows[i], rows[i + 1]): rows[i + 2] for i in range(0, len(rows), 3)}
            found.update((w, kept.get(w[1:], "")) for w in asked)
        return found
