"""Review progress per article and language, counted over content sentences only."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reader.corpus import Article
from reader.lang import target_codes
from reader.store.translations import (
    SentenceState,
    TranslationStore,
    count_statuses,
    tally_statuses,
)

States = dict[str, dict[str, SentenceState]]  # per language, per sentence id


@dataclass(frozen=True)
class Progress:
    lang: str
    total: int
    counts: Counter

    @property
    def approved(self) -> int:
        return self.counts["approved"]

    @property
    def fraction_approved(self) -> float:
        return self.approved / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"total": self.total, **{k: self.counts[k] for k in sorted(self.counts)}}


def article_states(store: TranslationStore, article: Article) -> States:
    """Every target language's states of an article: one query per language."""
    return {lang: store.article_states(article.id, lang) for lang in target_codes()}


def article_progress(
    store: TranslationStore, article: Article, states: States | None = None
) -> dict[str, Progress]:
    """Counts per language; pass `states` already read to spare the store a second read."""
    states = states if states is not None else article_states(store, article)
    ids = [s.id for s in article.content_sentences()]
    return {
        lang: Progress(lang, len(ids), count_statuses(states[lang], ids)) for lang in target_codes()
    }


def corpus_progress(
    store: TranslationStore, content_ids: dict[str, list[str]]
) -> dict[str, dict[str, Progress]]:
    """`article_progress` of many articles, given each one's content sentence ids by article
    id, from one query."""
    statuses = store.head_statuses()
    return {
        article_id: {
            lang: Progress(
                lang, len(ids), tally_statuses(statuses.get(lang, {}).get(article_id, {}), ids)
            )
            for lang in target_codes()
        }
        for article_id, ids in content_ids.items()
    }


def status_map(
    store: TranslationStore, article: Article, states: States | None = None
) -> list[dict]:
    """One row per content sentence and language: where the work and corrections are.

    `edits` counts human versions that changed the text (an approval of the same words is not
    one), so reviewers see where corrections cluster, not only what is approved.
    """
    every = states if states is not None else article_states(store, article)
    rows = []
    for lang in target_codes():
        states = every[lang]
        for number, sentence in enumerate(article.content_sentences(), start=1):
            state = states.get(sentence.id)
            head = state.head if state else None
            rows.append(
                {
                    "sentence": number,
                    "paragraph": sentence.paragraph,
                    "language": lang,
                    "status": head.status if head else "missing",
                    "edits": state.corrections if state else 0,
                    "text": sentence.text[:80],
                }
            )
    return rows
