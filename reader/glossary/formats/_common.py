"""Checks shared by the formats, so every import is all-or-nothing and reports every problem."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.glossary.entries import GlossaryEntry, GlossaryError

# ISO 639-2 codes some tools write where BCP 47 uses the two-letter subtag.
_ALIASES = {"eng": "en", "rus": "ru", "kir": "ky"}


def normalise_lang(code: str) -> str:
    """Primary BCP 47 subtag, lower-cased: "ru-RU", "RU_ru" and "rus" all become "ru"."""
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    return _ALIASES.get(primary, primary)


def decode_utf8(data: bytes, what: str, hint: str = "save it as UTF-8") -> str:
    """Decode strictly, naming the first bad byte, instead of importing mojibake."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise GlossaryError(
            f"the {what} file is not UTF-8 text (byte 0x{data[err.start]:02X} on line {line});"
            f" {hint}"
        ) from None


def fail_if(problems: Sequence[str], action: str) -> None:
    """Raise once, listing every problem, so the user can fix the whole file in one pass."""
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        lines = "\n".join(f"- {p}" for p in problems)
        raise GlossaryError(f"{action}: {count}, nothing was done\n{lines}")


def duplicate_ids(labelled: Iterable[tuple[str, int | None]]) -> list[str]:
    """Two entries claiming one stored id would overwrite each other on import."""
    first: dict[int, str] = {}
    problems = []
    for label, entry_id in labelled:
        if entry_id is None:
            continue
        if entry_id in first:
            problems.append(f"{label}: id {entry_id} is already used by {first[entry_id]}")
        else:
            first[entry_id] = label
    return problems


def check_writable(entries: Sequence[GlossaryEntry], what: str) -> None:
    """Refuse to write a file that could not be read back (entries are mutable dataclasses)."""
    problems = []
    for n, entry in enumerate(entries, 1):
        try:
            entry.validate()
        except GlossaryError as err:
            problems.append(f"entry {n}: {err}")
    if not problems:
        labelled = ((f"entry {n} ({e.english})", e.id) for n, e in enumerate(entries, 1))
        problems = duplicate_ids(labelled)
    fail_if(problems, f"cannot export {what}")
