"""Checks shared by the formats, so every import is all-or-nothing and reports every problem."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Sequence

from reader.glossary.entries import GlossaryEntry, GlossaryError, invalid_entries, shorten
from reader.lang import canonical_code

MAX_ID = 2**63 - 1  # SQLite's largest integer
_STORE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class GlossaryFile(list[GlossaryEntry]):
    """A file's entries, and the id of the store that exported them ("" when unknown).

    Ids and revisions mean something only in the store that wrote them, so an import needs
    to know where the file came from.
    """

    def __init__(self, entries: Iterable[GlossaryEntry] = (), store_id: str = "") -> None:
        super().__init__(entries)
        self.store_id = store_id


def check_store_id(value: str) -> str:
    """A store id as written by `export` (a UUID), or "" for none."""
    value = value.strip()
    if value and not _STORE_ID.fullmatch(value):
        raise GlossaryError(f"the store id {value[:40]!r} is not one this program writes")
    return value


def normalise_lang(code: str) -> str:
    """Primary BCP 47 subtag, lower-cased: "ru-RU", "RU_ru" and "rus" all become "ru"."""
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    return canonical_code(primary)


def decode_utf8(data: bytes, what: str, hint: str = "re-save it as UTF-8") -> str:
    """Decode strictly, naming the first bad byte, instead of importing mojibake.

    A UTF-16 (or UTF-32) byte-order mark names the encoding. A NUL byte is valid UTF-8 but
    means UTF-16 without a BOM or a binary file; other control characters (besides tab and
    line breaks) mean a binary file too.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        utf32 = data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
        raise GlossaryError(f"the {what} file is {'UTF-32' if utf32 else 'UTF-16'} text; {hint}")
    if (nul := data.find(b"\x00")) >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise GlossaryError(
            f"the {what} file is not UTF-8 text (a NUL byte on line {line}: UTF-16 without "
            f"a byte-order mark, or not a text file); {hint}"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise GlossaryError(
            f"the {what} file is not UTF-8 text (byte 0x{data[err.start]:02X} on line {line});"
            f" {hint}"
        ) from None
    if control := _CONTROL.search(text):
        line = text.count("\n", 0, control.start()) + 1
        raise GlossaryError(
            f"the {what} file is not a text file (control character "
            f"U+{ord(control[0]):04X} on line {line}); {hint}"
        )
    return text


def fail_if(problems: Sequence[str], action: str) -> None:
    """Raise once, listing every problem, so the user can fix the whole file in one pass."""
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        lines = "\n".join(f"- {p}" for p in problems)
        raise GlossaryError(f"{action}: {count}, nothing was done\n{lines}")


def check_id(entry_id: int) -> int:
    """An id SQLite can hold; 10**30 would otherwise end in an OverflowError."""
    if not 1 <= entry_id <= MAX_ID:
        raise GlossaryError(f"id {shorten_number(entry_id)} is out of range (1 to {MAX_ID})")
    return entry_id


def shorten_number(number: int) -> str:
    digits = str(number)
    return digits if len(digits) <= 25 else f"{digits[:10]}… ({len(digits)} digits)"


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
    problems = invalid_entries(entries)
    if not problems:
        labelled = ((f"entry {n} ({shorten(e.english)})", e.id) for n, e in enumerate(entries, 1))
        problems = duplicate_ids(labelled)
    fail_if(problems, f"cannot export {what}")
