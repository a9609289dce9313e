"""Apply the glossary's preferred name forms to fresh drafts, as a version of their own.

After machine translation or an import, a draft may spell a name in a deprecated form
(Джапаров where the glossary prefers Жапаров). `apply_glossary_to_drafts` replaces those forms,
keeping each case ending, and saves the result as a NEW version on top of the draft, so the
draft itself stays in the history and the reviewer can diff exactly what the glossary changed.

Provenance of such a version. The schema allows only the origins machine/import/sample/human
(a new origin would need a migration), and this text is not a person's, so the version keeps
the origin of the draft it rewrites (machine, import or sample) and its detail, plus:

    origin_detail["glossary"] = True
    origin_detail["based_on"] = <id of the draft version it rewrote>  (also its parent_id)
    origin_detail["entries"]  = [ids of the glossary entries applied]

with status "draft" and author GLOSSARY_AUTHOR ("glossary"). A reviewer's text (origin human:
edited or approved) is never touched, and a head that moves between reading and saving is
left alone (no conflict version). Running it again changes nothing unless the glossary did.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.checks.base import Glossary, ReviewData
from reader.checks.fix import fix_findings
from reader.checks.run import check_sentence
from reader.glossary.entries import GlossaryEntry
from reader.lang import target_codes

if TYPE_CHECKING:
    from reader.corpus import Article
    from reader.store.translations import Version

GLOSSARY_AUTHOR = "glossary"


def apply_glossary_to_drafts(
    ws: ReviewData,
    article_id: str,
    lang: str,
    sentence_ids: Iterable[str],
    *,
    entries: list[GlossaryEntry] | None = None,
) -> int:
    """Rewrite deprecated name forms in the given sentences' draft heads; returns how many.

    Only heads that are drafts from a machine, an import or the samples are rewritten; all
    new versions are saved in one transaction.
    """
    entries = ws.glossary.list() if entries is None else entries
    if not entries:
        return 0
    glossary = Glossary(entries)
    states = ws.translations.article_states(article_id, lang)
    edits = []
    for sid in dict.fromkeys(sentence_ids):
        state = states.get(sid)
        head = state.head if state else None
        if head is None or not head.is_automatic_draft:
            continue
        findings = check_sentence("", head.text, lang, entries, glossary=glossary)
        findings = [f for f in findings if f.fixable]
        text, applied, _ = fix_findings(head.text, findings, entries)
        if not applied or text == head.text:
            continue
        edits.append(
            {
                "article_id": article_id,
                "sentence_id": sid,
                "lang": lang,
                "base_id": head.id,
                "text": text,
                "status": "draft",
                "origin": head.origin,
                "origin_detail": {
                    **head.origin_detail,
                    "glossary": True,
                    "based_on": head.id,
                    "entries": sorted({f.entry_id for f in applied}),
                },
            }
        )
    saved = ws.translations.save_on_heads(edits, author=GLOSSARY_AUTHOR)
    return sum(v is not None for v in saved)


def apply_glossary_to_article(
    ws: ReviewData,
    article: Article | str,
    langs: Iterable[str] = target_codes(),
    *,
    entries: list[GlossaryEntry] | None = None,
) -> dict[str, int]:
    """`apply_glossary_to_drafts` over every translated sentence of an article, per language.

    Call it right after `translate_article` or `Workspace.sync_translation_files`: only draft
    heads change, so it is safe on an article that is half reviewed.
    """
    article_id = article if isinstance(article, str) else article.id
    entries = ws.glossary.list() if entries is None else entries
    counts = {}
    for lang in langs:
        sentence_ids = ws.translations.article_states(article_id, lang).keys()
        counts[lang] = apply_glossary_to_drafts(
            ws, article_id, lang, list(sentence_ids), entries=entries
        )
    return counts


def is_glossary_version(version: Version) -> bool:
    """Whether `apply_glossary_to_drafts` wrote this version (for labels and diffs)."""
    return version.origin != "human" and bool(version.origin_detail.get("glossary"))
