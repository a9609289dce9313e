"""Article metadata: read from a `<name>.meta.json` sidecar, else inferred from the text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.files import remove_stale_temps, replace_file
from reader.lang import source_code
from reader.segment import supported_languages

_SOURCE = source_code()  # the language texts are translated from

# "By" and a name (no digits or sentence punctuation), optionally a date: a sentence such as
# "By 2025, the government plans…" is no byline.
BYLINE = re.compile(
    r"^By\s+(?P<who>[^\d,.;:!?\"“”]{2,60}?)(?:\s+(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}))?$"
)
SIDECAR_SUFFIX = ".meta.json"
TEXT_FIELDS = ("title", "byline", "outlet", "date", "furniture_from")
LIST_FIELDS = ("furniture", "not_furniture")
# Marking takes milliseconds; waiting longer means something is wrong, and the reviewer is told.
LOCK_TIMEOUT_S = 30


class SidecarError(ValueError):
    """A sidecar that cannot be read or written; the message names the file and why."""


@dataclass
class Metadata:
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None
    lang: str = _SOURCE
    furniture: set[str] = field(default_factory=set)
    furniture_from: str | None = None
    not_furniture: set[str] = field(default_factory=set)


def sidecar_path(article_path: Path) -> Path:
    return article_path.with_name(article_path.stem + SIDECAR_SUFFIX)


def read_sidecar(article_path: Path) -> Metadata:
    data = _read_json(sidecar_path(article_path))
    return Metadata(
        title=data.get("title"),
        byline=data.get("byline"),
        outlet=data.get("outlet"),
        date=data.get("date"),
        lang=data.get("lang", _SOURCE),
        furniture=set(data.get("furniture", [])),
        furniture_from=data.get("furniture_from"),
        not_furniture=set(data.get("not_furniture", [])),
    )


def _read_json(path: Path) -> dict:
    """The sidecar's object ({} when there is none), or a SidecarError saying what is wrong."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SidecarError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:  # undecodable bytes, bad JSON, a number of 4,300+ digits
        raise SidecarError(f"{path.name}: not valid UTF-8 JSON ({exc})") from exc
    except RecursionError:
        raise SidecarError(f"{path.name}: the JSON is nested too deeply") from None
    problem = _shape_problem(data)
    if problem:
        raise SidecarError(f"{path.name}: {problem}")
    return data


def _shape_problem(data: object) -> str | None:
    if not isinstance(data, dict):
        return "must be a JSON object"
    for key in TEXT_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            return f"{key!r} must be text"
    for key in LIST_FIELDS:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"{key!r} must be a list of paragraph texts"
    if data.get("lang", _SOURCE) not in supported_languages():
        return f"'lang' must be one of {', '.join(supported_languages())}"
    return None


def parse_byline(paragraph: str) -> tuple[str, str | None] | None:
    """`By Kanat Altynbayev` -> ("Kanat Altynbayev", None); also strips a trailing date."""
    match = BYLINE.match(paragraph.strip())
    if not match or not any(word[:1].isupper() for word in match["who"].split()):
        return None
    return match["who"].strip(), match["date"]


def set_furniture(article_path: Path, paragraph: str, furniture: bool) -> None:
    """Mark or unmark one paragraph as page furniture in the article's sidecar.

    The text file is never touched; the mark is the paragraph's text, so it survives edits
    elsewhere in the article. Writers take turns under a lock and replace the sidecar
    atomically, so two reviewers marking at once keep both marks; a sidecar that cannot be
    read is left as it is (SidecarError) rather than overwritten.
    """
    from filelock import FileLock, Timeout  # here: reading sidecars needs no lock

    path = sidecar_path(article_path)
    try:
        with FileLock(path.with_name(f".{path.name}.lock"), timeout=LOCK_TIMEOUT_S):
            remove_stale_temps(path)
            data = _read_json(path)
            _apply_mark(data, paragraph.strip(), furniture)
            replace_file(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
    except Timeout as exc:
        raise SidecarError(f"{path.name}: another mark is still being saved; try again") from exc


def _apply_mark(data: dict, text: str, furniture: bool) -> None:
    marked = [p for p in data.get("furniture", []) if p != text]
    unmarked = [p for p in data.get("not_furniture", []) if p != text]
    (marked if furniture else unmarked).append(text)
    data["furniture"], data["not_furniture"] = marked, unmarked
    for key in LIST_FIELDS:
        if not data[key]:
            del data[key]
