"""Glossary interchange: CSV for spreadsheets, JSON for exact copies, TBX for CAT tools.

Every format module has ``write(entries) -> bytes`` and ``read(data) -> list[GlossaryEntry]``,
plus ``EXTENSION`` and ``MEDIA_TYPE`` for downloads. ``read`` returns all entries or raises one
GlossaryError listing every bad row or entry, so an import is never partial. Round trips are
exact: ``write(read(write(entries))) == write(entries)``. ``rev`` is not exported: it counts
saves in one store and means nothing to another; ids are, so a store can match re-imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Protocol

from reader.glossary.entries import GlossaryEntry, GlossaryError
from reader.glossary.formats import csv_format, json_format, tbx


class GlossaryFormat(Protocol):
    EXTENSION: str
    MEDIA_TYPE: str

    def write(self, entries: Sequence[GlossaryEntry]) -> bytes: ...

    def read(self, data: bytes) -> list[GlossaryEntry]: ...


FORMATS: dict[str, GlossaryFormat] = {"csv": csv_format, "json": json_format, "tbx": tbx}


def get_format(fmt: str) -> GlossaryFormat:
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise GlossaryError(
            f"unknown glossary format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None


def export_entries(entries: Sequence[GlossaryEntry], fmt: str) -> bytes:
    return get_format(fmt).write(entries)


def import_entries(data: bytes, fmt: str) -> list[GlossaryEntry]:
    return get_format(fmt).read(data)


def format_for_filename(name: str | PurePath) -> str:
    """The format an uploaded file's extension names, e.g. "terms.TBX" -> "tbx"."""
    suffix = PurePath(name).suffix.lower()
    for fmt, module in FORMATS.items():
        if suffix == module.EXTENSION:
            return fmt
    known = ", ".join(m.EXTENSION for m in FORMATS.values())
    raise GlossaryError(f"cannot tell the glossary format of {str(name)!r}: use a {known} file")


__all__ = [
    "FORMATS",
    "GlossaryFormat",
    "export_entries",
    "format_for_filename",
    "get_format",
    "import_entries",
]
