"""Find glossary names in text, in any script, tolerating Russian and Kyrgyz endings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.glossary.entries import GlossaryEntry
from reader.lang import CYRILLIC
from reader.review.escape import html_attribute, html_text

# Cyrillic names decline (Жапарова) and take Kyrgyz suffix chains (Жапаровдордун);
# allow that many letters after a form.
MAX_ENDING = 8


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    entry_id: int
    english: str
    status: str
    form: str


class TermFinder:
    """One compiled pattern over every form of every entry; longest forms win.

    With `lang`, a form's status is the one it has in that language (the same spelling can
    be preferred in Kyrgyz and deprecated in Russian); forms of other languages still match,
    since a name is sometimes left untranslated.
    """

    def __init__(self, entries: list[GlossaryEntry], lang: str | None = None) -> None:
        self._forms: dict[str, tuple[int, str, str]] = {}
        variants = [(entry, v) for entry in entries for v in entry.variants]
        variants.sort(key=lambda ev: ev[1].lang != lang)  # the column's language first
        for entry, v in variants:
            self._forms.setdefault(v.term.casefold(), (entry.id or 0, entry.english, v.status))
        ordered = sorted(self._forms, key=len, reverse=True)
        self._pattern = (
            re.compile(
                "|".join(f"(?<!\\w)(?:{_form_pattern(f)})(?!\\w)" for f in ordered), re.IGNORECASE
            )
            if ordered
            else None
        )
        self._ordered = ordered

    def find(self, text: str) -> list[TermMatch]:
        if self._pattern is None:
            return []
        found = []
        for m in self._pattern.finditer(text):
            key = self._lookup(m.group(0))
            if key is None:
                continue
            entry_id, english, status = self._forms[key]
            found.append(TermMatch(m.start(), m.end(), entry_id, english, status, key))
        return found

    def _lookup(self, matched: str) -> str | None:
        """Which form matched: the longest whose words each start the matched words."""
        words = matched.casefold().split()
        for form in self._ordered:
            parts = form.split()
            if len(parts) == len(words) and all(
                w == p or (w.startswith(p) and CYRILLIC.search(p))
                for w, p in zip(words, parts, strict=True)
            ):
                return form
        return None


def _form_pattern(form: str) -> str:
    words = []
    for word in form.split():
        ending = f"\\w{{0,{MAX_ENDING}}}" if CYRILLIC.search(word) else ""
        words.append(re.escape(word) + ending)
    return r"\s+".join(words)


def highlight_html(text: str, matches: list[TermMatch]) -> str:
    """Escaped text with each match wrapped in `<mark class="term-STATUS">`."""
    parts, cursor = [], 0
    for m in matches:
        if m.start < cursor:
            continue
        parts.append(html_text(text[cursor : m.start]))
        title = html_attribute(f"{m.english} ({m.status})")
        shown = html_text(text[m.start : m.end])
        parts.append(f'<mark class="term-{m.status}" title="{title}">{shown}</mark>')
        cursor = m.end
    parts.append(html_text(text[cursor:]))
    return "".join(parts)
