"""Applying the fixes of fixable findings, to free text or as saved versions.

`apply_fixes` saves one new version per changed sentence, based on the head the check read,
and skips (never overwrites) a sentence whose head moved meanwhile. A dismissed finding is
never fixed, and neither is a finding whose words overlap a dismissed one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.checks.base import Finding, ReviewData, all_checks, get
from reader.checks.run import check_sentence
from reader.glossary.entries import GlossaryEntry

if TYPE_CHECKING:
    from reader.store.translations import Version


def fix_findings(
    translation: str, findings: Iterable[Finding], entries: Iterable[GlossaryEntry]
) -> tuple[str, list[Finding], list[Finding]]:
    """(new text, findings applied, findings not applied), each check fixing its own.

    Only fixable findings are considered; each check applies only findings that still hold
    for the text it gets (see `DeprecatedName.fix`).
    """
    wanted = [f for f in findings if f.fixable]
    entries = list(entries)
    text, applied, skipped = translation, [], []
    for check in all_checks():
        mine = [f for f in wanted if f.check == check.id]
        if mine:
            text, done, left = check.fix(text, mine, entries)
            applied += done
            skipped += left
    return text, applied, skipped


def fix_text(
    translation: str, findings: Iterable[Finding], entries: Iterable[GlossaryEntry]
) -> str:
    """`translation` with each fixable finding's words replaced by its suggestion.

    Findings that cannot be fixed are left alone, and so is any finding that does not hold
    for this text under `entries` (see `fix_findings`).
    """
    return fix_findings(translation, findings, entries)[0]


def fix_all_text(translation: str, lang: str, entries: Iterable[GlossaryEntry]) -> str:
    """Every deprecated form in `translation` replaced where the ending carries over."""
    entries = list(entries)
    return fix_text(translation, check_sentence("", translation, lang, entries), entries)


def fix_in_text(text: str, finding: Finding, entries: Iterable[GlossaryEntry]) -> str | None:
    """`text` with the words of `finding` fixed wherever they are in it now (a reviewer's
    typed text may have moved them from where the check saw them); None when they are no
    longer there or its check cannot fix them. Nothing is saved."""
    entries = list(entries)
    same = (finding.entry_id, finding.found, finding.suggestion)
    now = [
        f
        for f in check_sentence("", text, finding.lang, entries, checks=[get(finding.check)])
        if (f.entry_id, f.found, f.suggestion) == same
    ]
    fixed, applied, _ = fix_findings(text, now, entries)
    return fixed if applied else None


@dataclass
class FixReport:
    saved: list[Version] = field(default_factory=list)  # one new version per changed sentence
    fixed: list[Finding] = field(default_factory=list)
    stale: list[Finding] = field(default_factory=list)  # text or glossary changed: check again
    needs_person: list[Finding] = field(default_factory=list)  # missing, or no safe fix
    dismissed: list[Finding] = field(default_factory=list)  # dismissed, or inside one: left

    def summary(self) -> str:
        parts = [f"fixed {len(self.fixed)} in {len(self.saved)} sentence(s)"]
        if self.stale:
            parts.append(f"{len(self.stale)} skipped: changed since the check, check again")
        if self.needs_person:
            parts.append(f"{len(self.needs_person)} need a person")
        if self.dismissed:
            parts.append(f"{len(self.dismissed)} dismissed, left as they are")
        return "; ".join(parts)


def apply_fixes(
    ws: ReviewData,
    findings: Iterable[Finding],
    reviewer: str,
    *,
    entries: list[GlossaryEntry] | None = None,
) -> FixReport:
    """Save the fixes of fixable findings: one version per changed sentence.

    Each new version is an edit by `reviewer` (status "edited", origin "human"), based on the
    head the findings were computed from. If that head has moved meanwhile, or the glossary no
    longer gives the same fix, the sentence is skipped and its findings reported as stale:
    nothing is overwritten and no conflict version is made. All saves share one transaction.
    Findings that cannot be fixed are reported as needing a person; dismissed findings, and
    findings whose words overlap a dismissed one in the same sentence, are left alone.
    """
    if not reviewer.strip():
        raise ValueError("every change needs the name of who made it")
    entries = ws.glossary.list() if entries is None else entries
    dismissed = ws.dismissals.active()
    report = FixReport()
    groups: dict[tuple, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.id in dismissed:
            report.dismissed.append(f)
        elif not f.fixable:
            report.needs_person.append(f)
        elif not f.article_id or not f.sentence_id or f.version_id is None:
            raise ValueError(
                "this finding is not tied to a stored version (use fix_text for free text)"
            )
        else:
            groups[(f.article_id, f.sentence_id, f.lang, f.version_id)].append(f)
    edits, pending = [], []
    for (article_id, sentence_id, lang, version_id), group in groups.items():
        head = ws.translations.head(article_id, sentence_id, lang)
        if head is None or head.id != version_id:
            report.stale += group
            continue
        kept = _dismissed_spans(head.text, group[0], entries, dismissed)
        report.dismissed += [f for f in group if any(_overlap(f, span) for span in kept)]
        group = [f for f in group if not any(_overlap(f, span) for span in kept)]
        text, applied, stale = fix_findings(head.text, group, entries)
        report.stale += stale
        if not applied or text == head.text:
            continue
        edits.append(
            {
                "article_id": article_id,
                "sentence_id": sentence_id,
                "lang": lang,
                "base_id": head.id,
                "text": text,
                "status": "edited",
                "origin": "human",
                "origin_detail": {
                    "glossary": True,
                    "based_on": head.id,
                    "entries": sorted({f.entry_id for f in applied}),
                },
            }
        )
        pending.append(applied)
    for version, applied in zip(
        ws.translations.save_on_heads(edits, author=reviewer), pending, strict=True
    ):
        if version is None:
            report.stale += applied
        else:
            report.saved.append(version)
            report.fixed += applied
    return report


def _dismissed_spans(
    text: str, like: Finding, entries: list[GlossaryEntry], dismissed: Iterable[str]
) -> list[tuple[int, int]]:
    """Where in `text` (the sentence `like` is from) dismissed findings have their words."""
    dismissed = set(dismissed)
    if not dismissed:
        return []
    here = check_sentence(
        "", text, like.lang, entries, article_id=like.article_id, sentence_id=like.sentence_id
    )
    return [(f.start, f.end) for f in here if f.id in dismissed and f.start is not None]


def _overlap(f: Finding, span: tuple[int, int]) -> bool:
    return f.start < span[1] and span[0] < f.end


def apply_fix(ws: ReviewData, finding: Finding, reviewer: str) -> FixReport:
    """Fix one finding (one new version for its sentence)."""
    return apply_fixes(ws, [finding], reviewer)


def apply_entry_fixes(
    ws: ReviewData, findings: Iterable[Finding], entry_id: int, reviewer: str
) -> FixReport:
    """Fix every finding of one glossary entry; the others are left out of the report."""
    return apply_fixes(ws, [f for f in findings if f.entry_id == entry_id], reviewer)
