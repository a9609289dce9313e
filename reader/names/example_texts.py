"""The sentences a listing may show as examples, held packed until shown.

A listing from every article's summary keeps each summary's example sentences until its
groups are made: decoded, and looked up through a dictionary per article, an archive's took
more memory than any other part of its summaries. Packed per article (`marshal`'s bytes) they
take two thirds of the decoded lists (9.6 against 15.2 MiB at 200 articles of distinct
sentences), and only the few articles whose examples are being shown are unpacked: groups
come in order of first mention, so their examples come from a few articles at a time.
"""

from __future__ import annotations

import marshal
from collections import OrderedDict

from reader.names.summary import ArticleSummary

OPEN = 32  # the articles kept unpacked, the most recently asked for


class ExampleTexts:
    """The example sentences of the summaries added, by (article, sentence, lang)."""

    def __init__(self) -> None:
        self._packed: dict[str, bytes] = {}
        self._open: OrderedDict[str, dict[tuple[str, str], str]] = OrderedDict()

    def add(self, summary: ArticleSummary) -> None:
        """Keep the summary's texts (those of the article's summary added before it go)."""
        ids, flat = summary.sentence_ids, summary.texts
        rows = [x for i in range(0, len(flat), 3) for x in (ids[flat[i]], *flat[i + 1 : i + 3])]
        self._packed[summary.article_id] = marshal.dumps(rows)
        self._open.pop(summary.article_id, None)

    def text(self, article_id: str, sentence_id: str, lang: str) -> str:
        """The sentence of an example kept ("" if none), as `ArticleSummary.text` gives it."""
        found = self._open.get(article_id)
        if found is None:
            rows = marshal.loads(self._packed[article_id])
            found = {(rows[i], rows[i + 1]): rows[i + 2] for i in range(0, len(rows), 3)}
            self._open[article_id] = found
            if len(self._open) > OPEN:
                self._open.popitem(last=False)
        else:
            self._open.move_to_end(article_id)
        return found.get((sentence_id, lang), "")
