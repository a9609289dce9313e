"""CSV for spreadsheets: one row per variant, so reviewers can sort and filter forms in Excel.

Columns, in the order written (import needs the header row; columns may be reordered and all
but ``lang`` and ``term`` left out):

- ``entry_id``: the stored entry's id; blank for an entry not stored yet.
- ``rev``: the entry's revision in its store when exported; blank when not stored.
- ``english``: the entry's English name, repeated so a ru/ky row reads on its own.
- ``lang``: en, ru or ky (a regional tag such as ru-RU is accepted).
- ``term``: the form itself.
- ``status``: preferred, admitted or deprecated. Blank (or no such column) reads as
  admitted, marked as not stated, so an import keeps the status the form has here.
- ``note``: the entry's note.
- ``created_by``, ``created_at``, ``updated_by``, ``updated_at``: reviewer and time.
- ``extra``: the entry's extra fields as a JSON object; usually blank.
- ``store``: the id of the store that exported the file, on every row; blank if unknown.

Rows are grouped into entries by ``entry_id``, or by ``english`` when it is blank, so sorting
the sheet does not tear entries apart. Entry-level columns repeat on every row of the entry;
on import a blank cell takes the value of the entry's other rows, and differing values are
an error rather than a silent pick. Every row must have as many cells as the header (blank
rows and blank cells past the last column aside), and quotes must be closed: a broken row is
reported by number, never merged into its neighbours.

The file is UTF-8 with a BOM, without which Excel decodes Cyrillic as Windows-1252. A cell
Excel would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe,
which import removes; a value that starts with an apostrophe gets one more, so the escape
is reversible.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from reader.glossary.entries import STATUSES, GlossaryEntry, GlossaryError, Variant
from reader.glossary.formats._common import (
    MAX_ID,
    GlossaryFile,
    check_id,
    check_store_id,
    check_writable,
    decode_utf8,
    fail_if,
    normalise_lang,
)
from reader.lang import codes

EXTENSION = ".csv"
MEDIA_TYPE = "text/csv"
COLUMNS = (
    "entry_id",
    "rev",
    "english",
    "lang",
    "term",
    "status",
    "note",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
    "extra",
    "store",
)
_SHARED = ("rev", "note", "created_by", "created_at", "updated_by", "updated_at", "extra")
_RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")

_Key = tuple[int | None, str]  # (entry_id, "") or (None, english)
_Row = tuple[int, dict[str, str], Variant]  # (row number, entry-level cells, variant)


def write(entries: Sequence[GlossaryEntry], store_id: str = "") -> bytes:
    check_writable(entries, "CSV")
    fail_if(_unkeyable(entries), "cannot export CSV")
    out = io.StringIO()
    writer = csv.writer(out)  # "\r\n" line ends and minimal quoting, as Excel writes
    writer.writerow(COLUMNS)
    for e in entries:
        head = ["" if e.id is None else str(e.id), str(e.rev) if e.rev else "", e.english]
        extra = json.dumps(e.extra, ensure_ascii=False) if e.extra else ""
        tail = [e.note, e.created_by, e.created_at, e.updated_by, e.updated_at, extra, store_id]
        for v in e.variants:
            writer.writerow([_protect(cell) for cell in (*head, v.lang, v.term, v.status, *tail)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def read(data: bytes) -> GlossaryFile:
    text = decode_utf8(data, "CSV", "re-save it as UTF-8 (Excel: \u201cCSV UTF-8\u201d)")
    records = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[str] = []
    try:
        header = [name.strip().lower() for name in next(records)]
    except StopIteration:
        raise GlossaryError(
            f"the CSV file is empty; expected a header row: {','.join(COLUMNS)}"
        ) from None
    except csv.Error as err:
        raise GlossaryError(f"row 1: {err}") from None
    fail_if(_header_problems(header), "cannot import CSV")

    groups: dict[_Key, list[_Row]] = {}
    stores: dict[str, int] = {}
    row_no = 1
    while True:
        row_no += 1
        first_line = records.line_num + 1
        try:
            cells = next(records)
        except StopIteration:
            break
        except csv.Error as err:  # the rest of the file cannot be trusted
            problems.append(f"row {row_no} (line {first_line}): {_csv_problem(err)}")
            break
        try:
            parsed = _parse_row(header, cells)
        except GlossaryError as err:
            problems.append(f"row {row_no}: {err}")
            continue
        if parsed is not None:
            key, fields, variant = parsed
            stores.setdefault(fields.pop("store"), row_no)
            groups.setdefault(key, []).append((row_no, fields, variant))
    store_id = _one_store(stores, problems)

    entries = []
    for key, rows in groups.items():
        try:
            entries.append(_entry(key, rows))
        except GlossaryError as err:
            problems.append(f"{_rows_label(rows)}: {err}")
    fail_if(problems, "cannot import CSV")
    return GlossaryFile(entries, store_id)


def _csv_problem(err: csv.Error) -> str:
    if "unexpected end of data" in str(err):
        return "a quoted cell starts here and its closing quote is missing"
    return str(err)


def _one_store(stores: dict[str, int], problems: list[str]) -> str:
    """The file's store id: the same on every row (one file comes from one store)."""
    named = {store: row for store, row in stores.items() if store.strip()}
    if len(named) > 1 or (named and "" in stores):
        rows = ", ".join(f"row {row}: {store or 'blank'!r}" for store, row in stores.items())
        problems.append(f"rows disagree on store ({rows})")
        return ""
    try:
        return check_store_id(next(iter(named), ""))
    except GlossaryError as err:
        problems.append(f"row {next(iter(named.values()))}: {err}")
        return ""


def _header_problems(header: list[str]) -> list[str]:
    named = [name for name in header if name]
    problems = [f"unknown column {name!r}" for name in named if name not in COLUMNS]
    problems += [f"column {name!r} appears twice" for name in set(named) if named.count(name) > 1]
    problems += [f"missing column {name!r}" for name in ("lang", "term") if name not in named]
    if "entry_id" not in named and "english" not in named:
        problems.append("needs an 'entry_id' or 'english' column to group rows into entries")
    return [f"row 1: {p}" for p in sorted(problems)]


def _parse_row(header: list[str], cells: list[str]) -> tuple[_Key, dict[str, str], Variant] | None:
    """Read one data row; None for a blank row (spreadsheets leave them at the end)."""
    if not any(cell.strip() for cell in cells):
        return None
    if len(cells) < len(header) or any(cell.strip() for cell in cells[len(header) :]):
        raise GlossaryError(f"{len(cells)} cells but the header has {len(header)} columns")
    row = {name: _unprotect(cell) for name, cell in zip(header, cells, strict=False) if name}
    fields = {name: row.get(name, "") for name in (*_SHARED, "store")}
    if fields["extra"]:
        _parse_extra(fields["extra"])
    if fields["rev"].strip():
        _whole_number(fields["rev"], "rev")
    entry_id = row.get("entry_id", "").strip()
    if entry_id:
        key: _Key = (check_id(_whole_number(entry_id, "entry_id")), "")
    elif row.get("english", "").strip():
        key = (None, row["english"])
    else:
        raise GlossaryError("needs an entry_id or english value to know its entry")
    lang = normalise_lang(row.get("lang", ""))
    if lang not in codes():
        raise GlossaryError(f"unknown language {row.get('lang', '')!r} (use {', '.join(codes())})")
    stated = row.get("status", "").strip().lower()
    if stated and stated not in STATUSES:
        raise GlossaryError(f"unknown status {row['status']!r} (use {', '.join(STATUSES)})")
    variant = Variant(lang, row.get("term", ""), stated or "admitted", status_given=bool(stated))
    return key, fields, variant


def _entry(key: _Key, rows: list[_Row]) -> GlossaryEntry:
    shared = {}
    for name in _SHARED:
        values = list(dict.fromkeys(f[name] for _, f, _ in rows if f[name]))
        if len(values) > 1:
            raise GlossaryError(f"rows disagree on {name}: {' / '.join(map(repr, values))}")
        shared[name] = values[0] if values else ""
    raw_extra = shared.pop("extra")
    extra = _parse_extra(raw_extra) if raw_extra else {}
    raw_rev = shared.pop("rev")
    rev = _whole_number(raw_rev, "rev") if raw_rev.strip() else 0
    entry = GlossaryEntry(
        variants=[v for _, _, v in rows], id=key[0], rev=rev, extra=extra, **shared
    )
    entry.validate()
    return entry


def _whole_number(cell: str, column: str) -> int:
    value = cell.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(MAX_ID)):
        raise GlossaryError(f"{column} must be a whole number up to {MAX_ID}, not {value[:40]!r}")
    return int(value)


def _parse_extra(text: str) -> dict[str, str]:
    try:
        extra = json.loads(text)
    except json.JSONDecodeError:
        extra = None
    if not isinstance(extra, dict) or not all(isinstance(v, str) for v in extra.values()):
        raise GlossaryError('extra must be blank or a JSON object of strings: {"key": "value"}')
    return extra


def _unkeyable(entries: Sequence[GlossaryEntry]) -> list[str]:
    """Unstored entries are grouped by English name, so two with one name would merge."""
    seen: dict[str, int] = {}
    problems = []
    for n, e in enumerate(entries, 1):
        if e.id is None:
            if e.english in seen:
                problems.append(
                    f"entry {n} ({e.english}): entry {seen[e.english]} has the same English name"
                    " and neither has an id, so their CSV rows could not be told apart"
                )
            seen.setdefault(e.english, n)
    return problems


def _rows_label(rows: list[_Row]) -> str:
    numbers = [str(n) for n, _, _ in rows]
    return f"row {numbers[0]}" if len(numbers) == 1 else f"rows {', '.join(numbers)}"


def _protect(cell: str) -> str:
    return "'" + cell if cell.startswith(_RISKY_STARTS) else cell


def _unprotect(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_RISKY_STARTS) else cell
