"""Glossary entries: one name, its forms per language, each with a usage status."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader import LANGS

STATUSES = ("preferred", "admitted", "deprecated")


class GlossaryError(ValueError):
    """An entry or a file of entries that cannot be accepted; the message says why."""


@dataclass(frozen=True)
class Variant:
    lang: str
    term: str
    status: str = "admitted"

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise GlossaryError(f"variant {self.term!r}: language must be one of {LANGS}")
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
        self.validate()

    def validate(self) -> None:
        if not any(v.lang == "en" for v in self.variants):
            raise GlossaryError("an entry needs its English name")
        for lang in LANGS:
            preferred = [
                v.term for v in self.variants if v.lang == lang and v.status == "preferred"
            ]
            if len(preferred) > 1:
                raise GlossaryError(
                    f"{self.english}: more than one preferred {lang} form ({', '.join(preferred)})"
                )
        keys = [(v.lang, v.term) for v in self.variants]
        if len(keys) != len(set(keys)):
            raise GlossaryError(f"{self.english}: the same form is listed twice")

    @property
    def english(self) -> str:
        return self.preferred("en") or next(v.term for v in self.variants if v.lang == "en")

    def preferred(self, lang: str) -> str | None:
        return next(
            (v.term for v in self.variants if v.lang == lang and v.status == "preferred"), None
        )

    def forms(self, lang: str) -> list[Variant]:
        return [v for v in self.variants if v.lang == lang]


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
    variants = [Variant("en", english.strip(), "preferred")] if english.strip() else []
    for lang, term in preferred.items():
        if term.strip():
            variants.append(Variant(lang, term.strip(), "preferred"))
    for v in parse_variant_lines(other_lines):
        if v.lang == "en" and v.term == english.strip():
            continue
        variants.append(v)
    return GlossaryEntry(variants=variants, note=note.strip())
