"""Mark glossary names in a text, in any script, with the glossary matcher's endings."""

from __future__ import annotations

from dataclasses import dataclass

from reader.glossary.entries import GlossaryEntry
from reader.glossary.match import FormFinder
from reader.review.escape import html_attribute, html_text


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    entry_id: int
    english: str
    status: str
    form: str


class TermFinder:
    """Every form of every entry, found by `reader.glossary.match` as the QA checks find them.

    With `lang`, a form's status is the one it has in that language (the same spelling can
    be preferred in Kyrgyz and deprecated in Russian), and that language's endings count;
    forms of other languages still match, since a name is sometimes left untranslated.
    """

    def __init__(self, entries: list[GlossaryEntry], lang: str | None = None) -> None:
        variants = [(entry, v) for entry in entries for v in entry.variants]
        variants.sort(key=lambda ev: ev[1].lang != lang)  # the column's language first
        self._finder = FormFinder([[v for _, v in variants]], lang)
        self._shown: dict[str, tuple[int, str, str]] = {}
        for entry, v in variants:
            self._shown.setdefault(v.term.casefold(), (entry.id or 0, entry.english, v.status))

    def find(self, text: str) -> list[TermMatch]:
        found = []
        for m in self._finder.find(text).get(0, []):
            form = m.variant.term.casefold()
            found.append(TermMatch(m.start, m.end, *self._shown[form], form))
        return found


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
