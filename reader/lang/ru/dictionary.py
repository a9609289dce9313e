"""pymorphy3's Russian dictionary, loaded once for every module that reads it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    import pymorphy3  # imported late: building the analyzer takes a moment

    return pymorphy3.MorphAnalyzer()
