"""Running the registered checks over sentences and the corpus, and reviewers' dismissals.

`check` gives every finding, dismissed or not; `split_dismissed` tells them apart, so the
CLI's exit code and the Checks page count only what is left for someone to look at.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reader.checks.base import (
    Check,
    Finding,
    Glossary,
    ReviewData,
    TranslatedSentence,
    all_checks,
)
from reader.checks.stored import current_findings, indexed_findings
from reader.glossary.entries import GlossaryEntry
from reader.lang import target_codes
from reader.store.article_index import Outline
from reader.store.dismissals import Dismissal

if TYPE_CHECKING:
    from reader.corpus import Article

# Findings per sentence already checked, by everything they depend on: the glossary (its
# compiled matcher's serial), the checks, the texts and the labels. Bounded; a rerun of the
# Checks page or `check` reads them instead of matching again.
_FINDINGS: OrderedDict[tuple, tuple[Finding, ...]] = OrderedDict()
_FINDINGS_KEPT = 100_000  # about 1,000 articles in two languages
_BUILT_ONE_BY_ONE = 50  # more articles to check again: the whole corpus is built at once


def check_sentence(
    source_en: str,
    translation: str,
    lang: str,
    entries: Iterable[GlossaryEntry],
    *,
    article_id: str = "",
    sentence_id: str = "",
    version_id: int | None = None,
    checks: Iterable[Check] | None = None,
    glossary: Glossary | None = None,
) -> list[Finding]:
    """Findings for one translated sentence, check by check (all registered when None).

    The ids only label the findings (leave them out for text that is not stored yet).
    `glossary`: `entries` compiled once for many sentences (built here when not given).
    """
    glossary = Glossary(entries) if glossary is None else glossary
    checks = all_checks() if checks is None else list(checks)
    key = (
        glossary.matcher.serial,
        tuple(c.fingerprint() for c in checks),
        source_en,
        translation,
        lang,
        article_id,
        sentence_id,
        version_id,
    )
    found = _FINDINGS.get(key)
    if found is None:
        sentence = TranslatedSentence(
            source_en,
            translation,
            lang,
            glossary.entries,
            article_id=article_id,
            sentence_id=sentence_id,
            version_id=version_id,
            glossary=glossary,
        )
        found = tuple(f for c in checks for f in c.run(sentence))
        _FINDINGS[key] = found
        if len(_FINDINGS) > _FINDINGS_KEPT:
            _FINDINGS.popitem(last=False)
    else:
        _FINDINGS.move_to_end(key)
    return list(found)


def check(
    ws: ReviewData,
    articles: Iterable[Article | str] | None = None,
    langs: Iterable[str] = target_codes(),
    *,
    entries: list[GlossaryEntry] | None = None,
    checks: Iterable[Check] | None = None,
) -> list[Finding]:
    """Findings over the current head of every content sentence of `articles` (all if None).

    `articles` holds Article objects or article ids. With the whole glossary (`entries` None)
    the findings are the stored ones, brought up to date first (`reader.checks.stored`);
    with other `entries` every head is checked against those.
    Sentences without a translation are skipped (there is nothing to check yet).
    """
    if articles is None and entries is None:
        return check_indexed(ws, ws.outlines()[0], langs, checks=checks)
    corpus = ws.corpus() if articles is None or any(isinstance(a, str) for a in articles) else None
    chosen = [
        corpus.get(a) if isinstance(a, str) else a
        for a in (corpus.articles if articles is None else articles)
    ]
    if entries is None:
        return current_findings(ws, chosen, langs, checks)
    return _check_against(ws, chosen, tuple(langs), entries, checks)


def check_indexed(
    ws: ReviewData,
    outlines: Sequence[Outline],
    langs: Iterable[str] = target_codes(),
    *,
    checks: Iterable[Check] | None = None,
) -> list[Finding]:
    """`check` of the articles of the index's `outlines` (in their order), from the stored
    findings: an article is built only if its stored findings are not current."""
    return indexed_findings(ws, outlines, lambda ids: _built(ws, ids), langs, checks)


def _built(ws: ReviewData, ids: list[str]) -> list[Article]:
    """The articles of `ids` from the index, one by one if few (each a file read), else the
    whole corpus at once (reading every index row once instead of once per article)."""
    if len(ids) <= _BUILT_ONE_BY_ONE:
        return [ws.article(i) for i in ids]
    wanted = set(ids)
    return [a for a in ws.corpus().articles if a.id in wanted]


def _check_against(
    ws: ReviewData,
    articles: list[Article],
    langs: tuple[str, ...],
    entries: list[GlossaryEntry],
    checks: Iterable[Check] | None,
) -> list[Finding]:
    """Every head checked again against `entries`."""
    checks = all_checks() if checks is None else list(checks)
    glossary = Glossary(entries)
    heads = {lang: ws.translations.heads(lang, [a.id for a in articles]) for lang in langs}
    findings: list[Finding] = []
    for item in articles:
        for lang in langs:
            for sentence in item.content_sentences():
                head = heads[lang].get(item.id, {}).get(sentence.id)
                if head is None:
                    continue
                findings += check_sentence(
                    sentence.text,
                    head.text,
                    lang,
                    entries,
                    article_id=item.id,
                    sentence_id=sentence.id,
                    version_id=head.id,
                    checks=checks,
                    glossary=glossary,
                )
    return findings


def split_dismissed(
    ws: ReviewData, findings: Iterable[Finding]
) -> tuple[list[Finding], list[tuple[Finding, Dismissal]]]:
    """(findings still open, dismissed findings with their dismissal)."""
    dismissed = ws.dismissals.active()
    open_, closed = [], []
    for f in findings:
        if f.id in dismissed:
            closed.append((f, dismissed[f.id]))
        else:
            open_.append(f)
    return open_, closed


def findings_for_article(ws: ReviewData, article: Article) -> dict[tuple[str, str], list[Finding]]:
    """The open (not dismissed) findings on the heads of one article by (sentence id,
    language): what the Review page marks beside each cell and lists in the editor."""
    found: dict[tuple[str, str], list[Finding]] = {}
    for finding in split_dismissed(ws, check(ws, [article]))[0]:
        found.setdefault((finding.sentence_id, finding.lang), []).append(finding)
    return found


def dismiss(ws: ReviewData, finding: Finding, reviewer: str) -> Dismissal:
    """Remember that `reviewer` judged this finding not worth acting on."""
    return ws.dismissals.dismiss(
        finding.id,
        reviewer,
        detail={
            "check": finding.check,
            "article_id": finding.article_id,
            "sentence_id": finding.sentence_id,
            "lang": finding.lang,
            "message": finding.message,
        },
    )
