"""JSON, the complete and exact form: for backups, scripts and moving a glossary between installs.

Shape (UTF-8, two-space indent, keys in this order, all of them always written)::

    {"format": "reader-glossary", "version": 2, "store": "<store id>" | null, "entries": [
      {"id": 7 | null, "rev": 3,
       "variants": [{"lang": "en", "term": "Sadyr Japarov", "status": "preferred"}, ...],
       "note": "", "created_by": "", "created_at": "", "updated_by": "", "updated_at": "",
       "extra": {"key": "value"}}]}

On import only "variants" is required (a variant without "status" reads as admitted, marked
as not stated); unknown keys are errors, since they are more likely typos than data worth
dropping silently. Version 1 files
(no "store", no "rev") are read too; their ids match nothing, as from another store.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from reader.glossary.entries import GlossaryEntry, GlossaryError, Variant, shorten
from reader.glossary.formats._common import (
    GlossaryFile,
    check_id,
    check_store_id,
    check_writable,
    decode_utf8,
    duplicate_ids,
    fail_if,
)
from reader.lang import source_code

_SOURCE = source_code()  # the language texts are translated from

EXTENSION = ".json"
MEDIA_TYPE = "application/json"
FORMAT = "reader-glossary"
VERSION = 2
_READABLE = (1, 2)
_TEXT_FIELDS = ("note", "created_by", "created_at", "updated_by", "updated_at")
_KEYS = {1: frozenset(("id", "variants", "extra", *_TEXT_FIELDS))}
_KEYS[2] = _KEYS[1] | {"rev"}


def write(entries: Sequence[GlossaryEntry], store_id: str = "") -> bytes:
    check_writable(entries, "JSON")
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "store": store_id or None,
        "entries": [_to_json(e) for e in entries],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read(data: bytes) -> GlossaryFile:
    doc = _parse(decode_utf8(data, "JSON"))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise GlossaryError(f'not a glossary file: expected a JSON object, "format": "{FORMAT}"')
    version = doc.get("version")
    if version not in _READABLE or isinstance(version, bool):
        raise GlossaryError(f"glossary version {version!r} is not supported (only 1 and 2)")
    store = doc.get("store") or ""
    if not isinstance(store, str):
        raise GlossaryError('"store" must be a string or null')
    store_id = check_store_id(store)
    items = doc.get("entries")
    if not isinstance(items, list):
        raise GlossaryError('the glossary file needs an "entries" list')

    entries: list[tuple[str, GlossaryEntry]] = []
    problems = []
    for n, item in enumerate(items, 1):
        label = _label(n, item)
        try:
            entries.append((label, _from_json(item, version)))
        except GlossaryError as err:
            problems.append(f"{label}: {err}")
    problems += duplicate_ids((label, e.id) for label, e in entries)
    fail_if(problems, "cannot import JSON")
    return GlossaryFile((e for _, e in entries), store_id)


def _parse(text: str) -> object:
    """json.loads with clear messages for the ways a file can break it (not only syntax)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise GlossaryError(
            f"not a JSON file: {err.msg} (line {err.lineno}, column {err.colno})"
        ) from None
    except RecursionError:
        raise GlossaryError("not a glossary file: the JSON is nested too deeply") from None
    except ValueError as err:  # a number of more than 4,300 digits
        raise GlossaryError(f"not a glossary file: {err}") from None


def _to_json(entry: GlossaryEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "rev": entry.rev,
        "variants": [{"lang": v.lang, "term": v.term, "status": v.status} for v in entry.variants],
        **{name: getattr(entry, name) for name in _TEXT_FIELDS},
        "extra": dict(entry.extra),
    }


def _from_json(item: object, version: int) -> GlossaryEntry:
    if not isinstance(item, dict):
        raise GlossaryError("not a JSON object")
    if unknown := sorted(set(item) - _KEYS[version]):
        raise GlossaryError(f"unknown key(s): {', '.join(unknown)}")
    entry_id = item.get("id")
    if entry_id is not None:
        entry_id = check_id(_integer(entry_id, '"id" must be an integer or null'))
    rev = _integer(item.get("rev", 0), '"rev" must be a whole number')
    if rev < 0 or rev > 2**63 - 1:
        raise GlossaryError(f'"rev" {rev} is out of range')
    extra = item.get("extra", {})
    if not isinstance(extra, dict):
        raise GlossaryError('"extra" must be an object of strings')
    for key, value in extra.items():
        _text(value, f'"extra" value {key!r}')
    raw_variants = item.get("variants")
    if not isinstance(raw_variants, list):
        raise GlossaryError('"variants" must be a list')
    entry = GlossaryEntry(
        variants=[_variant(v) for v in raw_variants],
        id=entry_id,
        rev=rev,
        extra=extra,
        **{name: _text(item.get(name, ""), f'"{name}"') for name in _TEXT_FIELDS},
    )
    entry.validate()
    return entry


def _integer(value: object, message: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise GlossaryError(f"{message}, not {str(value)[:40]!r}")
    return value


def _variant(raw: object) -> Variant:
    if not isinstance(raw, dict) or set(raw) - {"lang", "term", "status"}:
        raise GlossaryError('each variant must be an object with "lang", "term" and "status"')
    return Variant(
        lang=_text(raw.get("lang"), "variant lang"),
        term=_text(raw.get("term"), "variant term"),
        status=_text(raw.get("status", "admitted"), "variant status"),
        status_given="status" in raw,
    )


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise GlossaryError(f"{what} must be a string, not {value!r}")
    try:
        value.encode("utf-8")  # lone surrogates ("\ud800") parse but could never be saved
    except UnicodeEncodeError:
        raise GlossaryError(f"{what} contains an invalid character") from None
    return value


def _label(n: int, item: object) -> str:
    """Name an entry by position and, when it has one, its English form."""
    variants = item.get("variants") if isinstance(item, dict) else None
    if not isinstance(variants, list):
        return f"entry {n}"
    english = next(
        (
            v["term"]
            for v in variants
            if isinstance(v, dict) and v.get("lang") == _SOURCE and isinstance(v.get("term"), str)
        ),
        None,
    )
    return f"entry {n} ({shorten(english)})" if english else f"entry {n}"
