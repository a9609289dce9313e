"""Article metadata: read from a `<name>.meta.json` sidecar, else inferred from the text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

# "By" and a name (no digits or sentence punctuation), optionally a date: a sentence such as
# "By 2025, the government plans…" is no byline.
BYLINE = re.compile(
    r"^By\s+(?P<who>[^\d,.;:!?\"“”]{2,60}?)(?:\s+(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}))?$"
)
SIDECAR_SUFFIX = ".meta.json"


@dataclass
class Metadata:
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None
    lang: str = "en"
    furniture: set[str] = field(default_factory=set)
    furniture_from: str | None = None
    not_furniture: set[str] = field(default_factory=set)


def sidecar_path(article_path: Path) -> Path:
    return article_path.with_name(article_path.stem + SIDECAR_SUFFIX)


def read_sidecar(article_path: Path) -> Metadata:
    path = sidecar_path(article_path)
    if not path.exists():
        return Metadata()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name}: not valid UTF-8 JSON ({exc})") from exc
    return Metadata(
        title=data.get("title"),
        byline=data.get("byline"),
        outlet=data.get("outlet"),
        date=data.get("date"),
        lang=data.get("lang", "en"),
        furniture=set(data.get("furniture", [])),
        furniture_from=data.get("furniture_from"),
        not_furniture=set(data.get("not_furniture", [])),
    )


def parse_byline(paragraph: str) -> tuple[str, str | None] | None:
    """`By Kanat Altynbayev` -> ("Kanat Altynbayev", None); also strips a trailing date."""
    match = BYLINE.match(paragraph.strip())
    if not match or not any(word[:1].isupper() for word in match["who"].split()):
        return None
    return match["who"].strip(), match["date"]


def set_furniture(article_path: Path, paragraph: str, furniture: bool) -> None:
    """Mark or unmark one paragraph as page furniture in the article's sidecar.

    The text file is never touched; the mark is the paragraph's text, so it survives edits
    elsewhere in the article.
    """
    path = sidecar_path(article_path)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    text = paragraph.strip()
    marked = [p for p in data.get("furniture", []) if p != text]
    unmarked = [p for p in data.get("not_furniture", []) if p != text]
    (marked if furniture else unmarked).append(text)
    data["furniture"], data["not_furniture"] = marked, unmarked
    for key in ("furniture", "not_furniture"):
        if not data[key]:
            del data[key]
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
