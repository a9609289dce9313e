"""Glossary entries: one name, its forms per language, each with a usage status."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.lang import codes, source_code

_SOURCE = source_code()  # the language texts are translated from

STATUSES = ("preferred", "admitted", "deprecated")
MAX_TERM_CHARS = 200  # longer than any name; a longer "term" is a pasted paragraph or a binary
MAX_TEXT_CHARS = 5000  # a note, a reviewer's name or an extra field
_LINE_BREAKS = "\t\n\r"
_CONTROL = ("Cc", "Cs", "Zl", "Zp")  # Unicode categories no text here may hold
_HIDDEN = (*_CONTROL, "Cf")  # ... plus format characters, which are invisible


class GlossaryError(ValueError):
    """An entry or a file of entries that cannot be accepted; the message says why."""


@dataclass(frozen=True)
class Variant:
    """One form. `status_given` is False when a file read did not state the status.

    Other tools' files often give none (a CSV without a status column, a CAT tool's TBX
    without administrativeStatus): such a form reads as admitted, and an import keeps the
    status the form already has here instead of taking that default as a change.
    """

    lang: str
    term: str
    status: str = "admitted"
    status_given: bool = field(default=True, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.lang not in codes():
            raise GlossaryError(f"variant {self.term!r}: language must be one of {codes()}")
        if self.status not in STATUSES:
            raise GlossaryError(f"variant {self.term!r}: status must be one of {STATUSES}")
        if not self.term.strip():
            raise GlossaryError("a variant needs a non-empty term")


@dataclass
class GlossaryEntry:
    """`id` is None until stored; `rev` counts saves, for conflict detection."""

    variants: list[Variant]
    note: str = ""
    id: int | None = None
    rev: int = 0
    created_by: str = ""
    created_at: str = ""
    updated_by: str = ""
    updated_at: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._check_structure()

    def validate(self) -> None:
        """Everything a saved or imported entry must satisfy, its text included.

        Construction checks only the structure, so entries stored before the text rules
        existed still load (and are then refused on export with a message, not lost).
        """
        self._check_structure()
        for v in self.variants:
            check_text(v.term, f"{v.lang} term", MAX_TERM_CHARS, single_line=True)
        check_text(self.note, "the note", MAX_TEXT_CHARS)
        for name in ("created_by", "created_at", "updated_by", "updated_at"):
            check_text(getattr(self, name), name, MAX_TERM_CHARS, single_line=True)
        for key, value in self.extra.items():
            check_text(key, "an extra field's name", MAX_TERM_CHARS, single_line=True)
            check_text(value, f"extra field {shorten(key)!r}", MAX_TEXT_CHARS)

    def _check_structure(self) -> None:
        if not any(v.lang == _SOURCE for v in self.variants):
            raise GlossaryError("an entry needs its English name")
        for lang in codes():
            preferred = [
                v.term for v in self.variants if v.lang == lang and v.status == "preferred"
            ]
            if len(preferred) > 1:
                raise GlossaryError(
                    f"{self.english}: more than one preferred {lang} form ({', '.join(preferred)})"
                )
        keys = [form_key(v) for v in self.variants]
        if len(keys) != len(set(keys)):
            raise GlossaryError(f"{self.english}: the same form is listed twice (case aside)")

    @property
    def english(self) -> str:
        return self.preferred(_SOURCE) or next(v.term for v in self.variants if v.lang == _SOURCE)

    def preferred(self, lang: str) -> str | None:
        return next(
            (v.term for v in self.variants if v.lang == lang and v.status == "preferred"), None
        )

    def forms(self, lang: str) -> list[Variant]:
        return [v for v in self.variants if v.lang == lang]


def check_text(text: str, what: str, limit: int, *, single_line: bool = False) -> None:
    """Refuse control characters and runaway lengths, which no name or note has.

    A NUL or other control character cannot be written to TBX (XML 1.0) and is how a
    binary or a mis-decoded (UTF-16) file shows; line breaks and tabs are fine in notes only.
    Single-line texts (terms, names) also refuse invisible format characters (zero-width
    space, direction overrides, a stray BOM): "Japarov" plus one of them looks like
    "Japarov" but is another entry, which no check or search would ever match.
    """
    if len(text) > limit:
        raise GlossaryError(f"{what} is {len(text)} characters long (at most {limit})")
    allowed = "" if single_line else _LINE_BREAKS
    for position, char in enumerate(text, 1):
        category = unicodedata.category(char)
        if char not in allowed and category in _CONTROL:
            kind = "control character"
        elif single_line and category == "Cf":
            kind = "invisible character"
        else:
            continue
        raise GlossaryError(
            f"{what} '{shorten(text)}' contains the {kind} U+{ord(char):04X} at position {position}"
        )


def shorten(text: str, limit: int = 60) -> str:
    """Text short enough to quote in a one-line message, hidden characters escaped."""
    text = "".join(_escape(c) if unicodedata.category(c) in _HIDDEN else c for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def form_key(variant: Variant) -> tuple[str, str]:
    """What makes two forms the same: language and spelling, whatever the case."""
    return variant.lang, variant.term.strip().casefold()


FormIndex = dict[tuple[str, str], list[tuple["GlossaryEntry", Variant]]]


def form_index(entries: Iterable[GlossaryEntry]) -> FormIndex:
    """Every form of every entry, by `form_key`, so conflicts are found in linear time."""
    index: FormIndex = {}
    for entry in entries:
        for v in entry.variants:
            index.setdefault(form_key(v), []).append((entry, v))
    return index


def form_conflicts(entry: GlossaryEntry, index: FormIndex) -> list[str]:
    """Forms `entry` deprecates that another entry accepts, or accepts that another deprecates.

    Such a glossary contradicts itself: fixing one entry's deprecated form writes the other's,
    and every fix run would flip the text back and forth. `index` holds the other entries
    (`entry` itself may be in it and is skipped).
    """
    problems = []
    for ours in entry.variants:
        for other, theirs in index.get(form_key(ours), []):
            if other is entry or (other.id is not None and other.id == entry.id):
                continue
            if (ours.status == "deprecated") != (theirs.status == "deprecated"):
                label = f"entry #{other.id} ({other.english})" if other.id else other.english
                problems.append(
                    f"{entry.english}: the {ours.lang} form {ours.term!r} is {ours.status} here "
                    f"but {theirs.status} in {label}; a form cannot be both right and wrong"
                )
    return problems


def parse_variant_lines(text: str) -> list[Variant]:
    """Variants typed one per line as `lang | form | status` (status defaults to admitted)."""
    variants, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) not in (2, 3):
            problems.append(f"line {number}: write it as 'lang | form | status'")
            continue
        try:
            variants.append(
                Variant(parts[0], parts[1], parts[2] if len(parts) == 3 else "admitted")
            )
        except GlossaryError as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        raise GlossaryError("; ".join(problems))
    return variants


def format_variant_lines(variants: list[Variant]) -> str:
    return "\n".join(f"{v.lang} | {v.term} | {v.status}" for v in variants)


def build_entry(
    english: str,
    preferred: dict[str, str],
    other_lines: str = "",
    note: str = "",
) -> GlossaryEntry:
    """An entry from the fields of the app's form: English name, preferred forms, the rest."""
    variants = [Variant(_SOURCE, english.strip(), "preferred")] if english.strip() else []
    for lang, term in preferred.items():
        if term.strip():
            variants.append(Variant(lang, term.strip(), "preferred"))
    for v in parse_variant_lines(other_lines):
        if v.lang == _SOURCE and v.term == english.strip():
            continue
        variants.append(v)
    return GlossaryEntry(variants=variants, note=note.strip())


def invalid_entries(entries: Sequence[GlossaryEntry]) -> list[str]:
    """What is wrong with each entry, numbered as in the file, for a report of all at once."""
    problems = []
    for n, entry in enumerate(entries, 1):
        try:
            entry.validate()
        except GlossaryError as err:
            problems.append(f"entry {n}: {err}")
    return problems
