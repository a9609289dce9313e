"""The English sentence names a glossary entry but the translation has none of its forms.

Any English form of the entry counts as naming it; any preferred or admitted form in the
translation's language, inflected or not, counts as present. When a deprecated form is there
instead, `deprecated-name` reports it and this check stays quiet. Not fixable: the name may
have been dropped, paraphrased or spelt another way, which only a person can tell.
"""

from __future__ import annotations

from reader.checks.base import Check, Finding, TranslatedSentence, register
from reader.glossary.match import find_forms
from reader.lang import source_code

_SOURCE = source_code()  # the language texts are translated from


@register
class MissingName(Check):
    id = "missing-name"
    name = "Missing name"
    description = (
        "The English sentence contains a glossary name, but the translation has none of the "
        "glossary's forms of it; needs a person."
    )
    severity = "warning"

    def marker(self, finding: Finding) -> str:
        return f"missing: {finding.suggestion}"

    def run(self, sentence: TranslatedSentence) -> list[Finding]:
        """Findings in glossary order."""
        found = []
        for entry, named in sentence.named():
            good = [v for v in entry.forms(sentence.lang) if v.status != "deprecated"]
            if not good or sentence.matches(entry):
                continue
            latin = find_forms(sentence.translation, entry.forms(_SOURCE), _SOURCE)
            shown = entry.preferred(sentence.lang) or good[0].term
            message = (
                f"The English names {named}, but the {sentence.label} has no form of «{shown}»"
                + (f" (it keeps the English «{latin[0].text}»)" if latin else "")
                + "; check whether the name was dropped or spelt another way."
            )
            found.append(
                sentence.finding(
                    self,
                    kind="missing",
                    entry_id=entry.id or 0,
                    english=entry.english,
                    found=None,
                    start=None,
                    end=None,
                    suggestion=shown,
                    message=message,
                )
            )
        return found
