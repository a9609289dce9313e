"""Tell article text from page furniture (banners, "Read more", reader comments).

Rules are data (`furniture.json`); a sidecar can add marks for one article. Nothing is deleted:
paragraphs are only labelled, so the app can hide them and translation can skip them.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

RULES_FILE = Path(__file__).with_name("furniture.json")


@dataclass(frozen=True)
class FurnitureRules:
    paragraph: tuple[re.Pattern[str], ...]
    rest: tuple[re.Pattern[str], ...]


@functools.cache
def default_rules() -> FurnitureRules:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    compile_ = lambda p: re.compile(p, re.IGNORECASE)  # noqa: E731
    return FurnitureRules(
        paragraph=tuple(map(compile_, data["paragraph"])),
        rest=tuple(map(compile_, data["rest"])),
    )


def furniture_flags(
    paragraphs: list[str],
    marked: set[str] = frozenset(),
    marked_from: str | None = None,
    unmarked: set[str] = frozenset(),
    rules: FurnitureRules | None = None,
) -> list[bool]:
    """One flag per paragraph. `marked`/`unmarked` are paragraph texts from a sidecar."""
    rules = rules or default_rules()
    flags: list[bool] = []
    in_rest = False
    seen: set[str] = set()
    for raw in paragraphs:
        text = raw.strip()
        repeated = text in seen  # a headline or caption the page printed twice
        seen.add(text)
        if marked_from is not None and text == marked_from.strip():
            in_rest = True
        if any(p.fullmatch(text) for p in rules.rest):
            in_rest = True
        is_furniture = (
            in_rest or repeated or text in marked or any(p.fullmatch(text) for p in rules.paragraph)
        )
        flags.append(is_furniture and text not in unmarked)
    return flags
