"""The language of an article: what an upload is checked for before it is added.

Articles are English (the source language); a Russian or Kyrgyz text uploaded by mistake would
be split with English rules and offered for translation into itself. Each content sentence of
a few words votes, weighted by its words, so a quoted Russian sentence or a names-only byline
does not decide; a short text is identified whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.corpus.article import Article
from reader.lang import source_code
from reader.lang.identify import OTHER, Identification, identify, identify_all, language_name

_WORD = re.compile(r"\w+")
_MIN_WORDS = 4  # a sentence votes from this many words on
_MIN_VOTERS = 3  # fewer voting sentences: the text is identified whole
_MAX_VOTERS = 200  # enough to know; a long article need not be read to its end
# "other" (French, German...) is reported only from this confidence: a short English text
# with many names can read as nothing in particular.
_OTHER_CONFIDENCE = 0.8


@dataclass(frozen=True)
class ArticleLanguage:
    code: str
    confidence: float  # the share of the votes (or the identifier's confidence)

    @property
    def is_source(self) -> bool:
        """Whether the article may be taken as English without asking."""
        if self.code == source_code():
            return True
        return self.code == OTHER and self.confidence < _OTHER_CONFIDENCE

    def warning(self, name: str) -> str:
        """What to tell the person adding a non-English article."""
        language = "another language" if self.code == OTHER else language_name(self.code)
        return (
            f"{name} reads as {language} (confidence {self.confidence:.2f}), not "
            f"{language_name(source_code())}: articles are the English originals that "
            "translations are made from. Add it only if it really is one."
        )


def article_language(article: Article) -> ArticleLanguage:
    """The language most of the article's content is in."""
    voters = [
        (s.text, len(_WORD.findall(s.text)))
        for s in article.content_sentences()
        if len(_WORD.findall(s.text)) >= _MIN_WORDS
    ][:_MAX_VOTERS]
    if len(voters) < _MIN_VOTERS:
        found: Identification = identify(article.text)
        return ArticleLanguage(found.code, found.confidence)
    votes: Counter[str] = Counter()
    for (_, words), found in zip(voters, identify_all(t for t, _ in voters), strict=True):
        votes[found.code] += words
    code, weight = votes.most_common(1)[0]
    return ArticleLanguage(code, round(weight / sum(votes.values()), 3))
