"""Glossary interchange: CSV for spreadsheets, JSON for exact copies, TBX for CAT tools.

Every format module has ``write(entries, store_id) -> bytes`` and ``read(data) ->
GlossaryFile`` (the entries and the exporting store's id), plus ``EXTENSION`` and
``MEDIA_TYPE`` for downloads. ``read`` returns all entries or raises one GlossaryError listing
every bad row or entry, so an import is never partial. Round trips are exact:
``write(read(write(entries))) == write(entries)``. Each entry's id and revision are exported
with the store's id: only that store may match entries by id, and it can tell a stale file.

Imports are refused before reading when larger than MAX_IMPORT_BYTES; a pipe is read up to
one byte past it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import BinaryIO, Protocol

from reader.glossary.entries import GlossaryEntry, GlossaryError, shorten
from reader.glossary.formats import csv_format, json_format, tbx
from reader.glossary.formats._common import GlossaryFile

MAX_IMPORT_BYTES = 20 * 1024 * 1024  # some 100,000 entries; a bigger file is not a glossary
_LIMIT_MIB = MAX_IMPORT_BYTES // 2**20
MAX_NAME_CHARS = 255  # the longest file name common file systems allow


class GlossaryFormat(Protocol):
    EXTENSION: str
    MEDIA_TYPE: str

    def write(self, entries: Sequence[GlossaryEntry], store_id: str = "") -> bytes: ...

    def read(self, data: bytes) -> GlossaryFile: ...


FORMATS: dict[str, GlossaryFormat] = {"csv": csv_format, "json": json_format, "tbx": tbx}


def get_format(fmt: str) -> GlossaryFormat:
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise GlossaryError(
            f"unknown glossary format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None


def export_entries(entries: Sequence[GlossaryEntry], fmt: str, store_id: str = "") -> bytes:
    return get_format(fmt).write(entries, store_id)


def import_entries(data: bytes, fmt: str) -> GlossaryFile:
    check_size(len(data))
    return get_format(fmt).read(data)


def check_size(size: int) -> None:
    """Refuse a file too big to be a glossary before it is read or parsed."""
    if size > MAX_IMPORT_BYTES:
        shown = f"{size / 2**20:.1f} MiB"
        if shown == f"{_LIMIT_MIB:.1f} MiB":
            shown = f"{size:,} bytes"
        raise GlossaryError(f"the file is {shown}; a glossary import is at most {_LIMIT_MIB} MiB")


def read_import_file(path: Path) -> bytes:
    """The bytes of a file to import, its size checked first (a FIFO is cut off at the limit)."""
    check_name(path.name)
    try:
        check_size(path.stat().st_size)
        with path.open("rb") as handle:
            return read_import_stream(handle)
    except OSError as err:
        raise GlossaryError(f"cannot read {shorten(str(path))}: {err.strerror}") from None


def read_import_stream(stream: BinaryIO) -> bytes:
    """At most the size limit from a stream of unknown size (a pipe): memory stays bounded.

    One byte more than the limit is read to tell "exactly at the limit" from "over it"; the
    rest is never read, so its size is unknown and the message says "over".
    """
    data = stream.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise GlossaryError(
            f"the input is over {_LIMIT_MIB} MiB; a glossary import is at most {_LIMIT_MIB} MiB"
        )
    return data


def check_name(name: str) -> None:
    if len(name) > MAX_NAME_CHARS:
        raise GlossaryError(
            f"the file name {shorten(name)!r} is {len(name)} characters long "
            f"(at most {MAX_NAME_CHARS}); rename the file"
        )


def format_for_filename(name: str | PurePath) -> str:
    """The format an uploaded file's extension names, e.g. "terms.TBX" -> "tbx"."""
    check_name(str(name))
    suffix = PurePath(name).suffix.lower()
    for fmt, module in FORMATS.items():
        if suffix == module.EXTENSION:
            return fmt
    known = ", ".join(m.EXTENSION for m in FORMATS.values())
    raise GlossaryError(
        f"cannot tell the glossary format of {shorten(str(name))!r}: use a {known} file"
    )


__all__ = [
    "FORMATS",
    "MAX_IMPORT_BYTES",
    "GlossaryFile",
    "GlossaryFormat",
    "check_size",
    "export_entries",
    "format_for_filename",
    "get_format",
    "import_entries",
    "read_import_file",
    "read_import_stream",
]
