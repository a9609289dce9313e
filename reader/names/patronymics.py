"""The Turkic patronymic particles (uulu 'son of', kyzy 'daughter of'; patronymics.json), one
list for the grouping that reads them and the extractors that keep them after a name."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)  # one per set of columns asked for
def particles(*columns: str) -> dict[str, str]:
    """Each spelling of a particle -> "uulu" (son) or "kyzy" (daughter); only those of the
    given columns ("ky", "latin"...) when any are given, all otherwise."""
    raw = json.loads((Path(__file__).parent / "patronymics.json").read_text(encoding="utf-8"))
    return {
        spelling: particle
        for particle, by_column in raw.items()
        if isinstance(by_column, dict)
        for column, spellings in by_column.items()
        if not columns or column in columns
        for spelling in spellings
    }
