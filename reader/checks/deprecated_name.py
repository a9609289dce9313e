"""A translation spells a name in a form the glossary deprecates; fixable.

Found in any inflected form (Russian Джапарова, Джапаровым; Kyrgyz Джапаровдун). The finding
carries the exact words and their span, and the fix: the preferred form with the same case
ending (Жапарова, Жапаровдун), or None when the ending cannot be carried over safely, or
when another entry disagrees about the form (then a person settles the glossary).
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.checks.base import Check, Finding, Glossary, TranslatedSentence, register
from reader.glossary.entries import FormIndex, GlossaryEntry, Variant, form_key
from reader.glossary.transfer import transfer_phrase


@register
class DeprecatedName(Check):
    id = "deprecated-name"
    name = "Deprecated name form"
    description = (
        "The translation spells a glossary name in a form the glossary deprecates; "
        "fixable when the case ending carries over to the preferred form."
    )
    severity = "error"
    can_fix = True

    def marker(self, finding: Finding) -> str:
        fix = f" → {finding.suggestion}" if finding.suggestion else ""
        return f"deprecated: {finding.found}{fix}"

    def run(self, sentence: TranslatedSentence) -> list[Finding]:
        """Findings in text order."""
        found = []
        for entry, matches in sentence.matched():
            for m in matches:
                if m.variant.status != "deprecated":
                    continue
                target = replacement_form(entry, sentence.lang, m.variant.term)
                if target == m.variant.term:  # deprecated, yet part of the preferred form
                    continue
                clash = _contradiction(entry, m.variant, target, sentence.index)
                suggestion = (
                    transfer_phrase(m.text, m.variant.term, target, sentence.lang)
                    if target and clash is None
                    else None
                )
                message = (
                    _deprecated_message(m.text, entry, sentence.label, target, suggestion)
                    if clash is None
                    else _conflict_message(m.text, entry, sentence.label, clash)
                )
                found.append(
                    sentence.finding(
                        self,
                        kind="deprecated",
                        entry_id=entry.id or 0,
                        english=entry.english,
                        found=m.text,
                        start=m.start,
                        end=m.end,
                        suggestion=suggestion,
                        message=message,
                    )
                )
        found.sort(key=lambda f: (f.start, f.end, f.entry_id))
        return found

    def fix(
        self, translation: str, findings: Iterable[Finding], entries: Iterable[GlossaryEntry]
    ) -> tuple[str, list[Finding], list[Finding]]:
        """(new text, findings applied, findings not applied).

        A finding is applied only if checking `translation` against `entries` now gives the
        same deprecated words at the same place with the same fix; so a finding computed on
        other text, or before the glossary changed, never rewrites anything. Where findings of
        two entries overlap (a surname entry inside a full-name entry), the longer span is
        replaced, and the shorter counts as applied only if its deprecated form is gone.
        """
        wanted = [f for f in findings if f.fixable]
        if not wanted:
            return translation, [], []
        glossary = Glossary(entries)
        langs = sorted({f.lang for f in wanted})
        current = {
            (f.lang, f.entry_id, f.start, f.end): f
            for lang in langs
            for f in self._run(translation, lang, glossary)
        }
        valid, skipped = [], []
        for f in wanted:
            now = current.get((f.lang, f.entry_id, f.start, f.end))
            if now is None or now.found != f.found or now.suggestion != f.suggestion:
                skipped.append(f)
            elif f not in valid:
                valid.append(f)
        chosen, covered = [], []
        for f in sorted(valid, key=lambda f: (f.start - f.end, f.start)):
            (covered if any(_overlap(f, c.start, c.end) for c in chosen) else chosen).append(f)
        chosen.sort(key=lambda f: f.start)
        text, spans, after = self._splice_stable(translation, chosen, langs, glossary, skipped)
        applied = list(chosen)
        for f in covered:
            where = [
                span for c, span in zip(chosen, spans, strict=True) if _overlap(f, c.start, c.end)
            ]
            left = not where or any(
                (a.lang, a.entry_id) == (f.lang, f.entry_id)
                and any(_overlap(a, *span) for span in where)
                for a in after
            )
            (skipped if left else applied).append(f)
        applied.sort(key=lambda f: (f.start, f.end))
        return text, applied, skipped

    def _run(self, text: str, lang: str, glossary: Glossary) -> list[Finding]:
        return self.run(TranslatedSentence("", text, lang, glossary.entries, glossary=glossary))

    def _splice_stable(
        self,
        translation: str,
        chosen: list[Finding],
        langs: list[str],
        glossary: Glossary,
        skipped: list[Finding],
    ) -> tuple[str, list[tuple[int, int]], list[Finding]]:
        """(text, new spans, deprecated findings in text), every unstable fix dropped.

        A replacement that itself contains a deprecated form (of any entry) would be replaced
        again by the next run; dropping it keeps a fix run idempotent. `chosen` is pruned in
        place and the dropped fixes go to `skipped`.
        """
        while True:
            parts, cursor, spans = [], 0, []
            for f in chosen:
                parts.append(translation[cursor : f.start])
                start = sum(map(len, parts))
                parts.append(f.suggestion)
                spans.append((start, start + len(f.suggestion)))
                cursor = f.end
            parts.append(translation[cursor:])
            text = "".join(parts)
            after = [a for lang in langs for a in self._run(text, lang, glossary)]
            unstable = [
                f
                for f, span in zip(chosen, spans, strict=True)
                if any(_overlap(a, *span) for a in after)
            ]
            if not unstable:
                return text, spans, after
            for f in unstable:
                chosen.remove(f)
                skipped.append(f)


def _overlap(f: Finding, start: int, end: int) -> bool:
    return f.start < end and start < f.end


def replacement_form(entry: GlossaryEntry, lang: str, deprecated: str) -> str | None:
    """The accepted form to put in place of a deprecated one, word for word.

    The preferred form when it has as many words; else an accepted form of that length; else
    the preferred form's last words. A bare deprecated surname (Джапаров) becomes the bare
    surname (Жапаров), never the full name: the text around it may already hold the given
    name ("Садыр Джапаров" must not become "Садыр Садыр Жапаров"), and the case ending
    carries over only word for word.
    """
    preferred = entry.preferred(lang)
    words = len(deprecated.split())
    if preferred is None or len(preferred.split()) == words:
        return preferred
    same_length = [
        v.term
        for v in entry.forms(lang)
        if v.status != "deprecated" and len(v.term.split()) == words
    ]
    if same_length:
        return same_length[0]
    return " ".join(preferred.split()[-words:])


def _contradiction(
    entry: GlossaryEntry, deprecated: Variant, target: str | None, index: FormIndex
) -> GlossaryEntry | None:
    """Another entry that accepts the deprecated form, or deprecates the form it would become.

    Fixing such a form would only trade one entry's finding for the other's, back and forth
    on every run, so it is left to a person.
    """
    for other, v in index.get(form_key(deprecated), []):
        if other is not entry and v.status != "deprecated":
            return other
    if target:
        for other, v in index.get(form_key(Variant(deprecated.lang, target)), []):
            if other is not entry and v.status == "deprecated":
                return other
    return None


def _conflict_message(found: str, entry: GlossaryEntry, label: str, other: GlossaryEntry) -> str:
    return (
        f"«{found}» is a deprecated {label} spelling of {entry.english}, but entry "
        f"#{other.id} ({other.english}) disagrees about it; the glossary contradicts itself, "
        "so this is not fixed automatically: settle the two entries on the Glossary page."
    )


def _deprecated_message(
    found: str, entry: GlossaryEntry, label: str, preferred: str | None, suggestion: str | None
) -> str:
    head = f"«{found}» is a deprecated {label} spelling of {entry.english}"
    if preferred is None:
        return f"{head}, and the glossary has no preferred {label} form yet; decide it by hand."
    if suggestion is None:
        return (
            f"{head}; the glossary prefers «{preferred}», but its ending could not be carried "
            "over safely: write the right form by hand."
        )
    return f"{head}; the glossary prefers «{preferred}»: write «{suggestion}»."
