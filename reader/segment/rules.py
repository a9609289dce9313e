"""Per-language segmentation rules, loaded from JSON files in `rules/`.

Each file names the pysbd language to start from; corrections of pysbd's output are data
so that a linguist can extend them without touching code.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

RULES_DIR = Path(__file__).with_name("rules")


@dataclass(frozen=True)
class LanguageRules:
    lang: str
    pysbd_language: str
    no_break_after: tuple[str, ...] = field(default_factory=tuple)

    def apply(self, line: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Merge sentences that pysbd ended after an abbreviation that never ends one."""
        merged: list[tuple[int, int]] = []
        for start, end in bounds:
            if merged and self._ends_with_no_break(line[merged[-1][0] : merged[-1][1]]):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged

    def _ends_with_no_break(self, sentence: str) -> bool:
        words = sentence.split()
        return bool(words) and words[-1] in self.no_break_after


@functools.cache
def load_rules(lang: str) -> LanguageRules:
    data = json.loads((RULES_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    return LanguageRules(
        lang=lang,
        pysbd_language=data["pysbd_language"],
        no_break_after=tuple(data.get("no_break_after", ())),
    )
