"""The title a group of names is shown under, apart from the label its key is made of.

A group's key (`grouping.group_key` of its label, the member with the most words) files
reviewers' decisions, dismissals and glossary links, so it must never move; the label
(often Kyrgyz or Russian: Алматы шаары, Америка Кошмо Штаттары) is no name to show
reviewers who work in the source language. The title is the name as the source language
(English) writes it, where the group has a form in it: the fullest proper form (Sadyr
Japarov over Japarov), the most frequent of those; a trailing lowercase generic place word
(Tatarstan republic), a Kyrgyz case ending in Latin letters (Bishkekte) or a qualifier
(Almaty (Kazakhstan)) only when no other form is there. A group with no such form keeps its label.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reader import lang as languages
from reader.names import qualifiers
from reader.names.place_words import ends_in_lowercase_generic

_SOURCE = languages.source_code()


class Form(Protocol):
    """A group's form as `reader.names.variants.VariantForm` has it."""

    form: str
    lang: str
    count: int


def title(forms: Sequence[Form], label: str) -> str:
    """The source language's title of the group (`source_title`), else its label."""
    return source_title(forms, label) or label


def source_title(forms: Sequence[Form], label: str = "") -> str:
    """The fullest proper form in the source language, the most frequent of those (the
    label on a tie); '' when the group has none in it."""
    own = [f for f in forms if f.lang == _SOURCE]
    if not own:
        return ""
    spelled = {f.form for f in own}

    def rank(f: Form) -> tuple[bool, bool, bool, int, int, bool]:
        words = f.form.split()
        proper = not ends_in_lowercase_generic(words)
        plain = not _qualified(f.form)
        return (proper, not _case_form(words, spelled), plain, len(words), f.count, f.form == label)

    return max(own, key=rank).form


def _qualified(form: str) -> bool:
    """Whether the form has a country or region after it (Almaty (Kazakhstan)), which the
    group's plain form (Almaty) names without."""
    return qualifiers.without(form) != form


def _case_form(words: list[str], spelled: set[str]) -> bool:
    """Whether the name is another of the spellings with a case ending on its last word, as a
    target language writes one in Latin letters (Bishkekte of Bishkek, Japarovdun)."""
    if len(spelled) < 2 or not words:
        return False
    head = words[:-1]
    return any(
        " ".join([*head, stem]) in spelled
        for target in languages.targets()
        for stem in target.morphology.romanized_bases(words[-1])
    )
