"""Stable sentence ids: a hash of the sentence text, numbered when a text repeats."""

from __future__ import annotations

import hashlib
from collections import Counter


def text_key(text: str) -> str:
    normalized = " ".join(text.split())
    return hashlib.sha1(normalized.encode("utf-8")).hexdigest()[:12]


def sentence_ids(texts: list[str]) -> list[str]:
    """Ids for the sentences of one article, in order; a repeated text gets `-2`, `-3`, …"""
    seen: Counter[str] = Counter()
    ids = []
    for text in texts:
        key = text_key(text)
        seen[key] += 1
        ids.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return ids
