"""Translation through the cache of machine translations in the review database.

A row's key is a hash of the source sentence, the model (package code and version) and the
decoding settings, so a new model or new settings never reuse an old output.
`translate_cached` decodes only what the cache lacks, in chunks, storing each chunk as soon
as it is decoded: an interrupted run loses at most one chunk and the next run resumes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any, Protocol

from reader.store.mt_cache import MTCache


def cache_key(text: str, model_id: str, settings: Any) -> str:
    """sha256 of a canonical JSON of the sentence, the model id and the decoding settings."""
    if hasattr(settings, "as_dict"):
        settings = settings.as_dict()
    canonical = json.dumps(
        {"text": text, "model": model_id, "settings": settings},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


Progress = Callable[[int, int], None]


class Translates(Protocol):
    """What translate_cached needs of an engine (reader.translation.engine.Engine has it)."""

    @property
    def model_id(self) -> str: ...

    @property
    def settings(self) -> Any: ...

    def translate(self, sentences: list[str]) -> list[str]: ...


def translate_cached(
    engine: Translates,
    cache: MTCache,
    sentences: list[str],
    on_progress: Progress | None = None,
    chunk: int = 64,
) -> list[str]:
    """One translation per sentence, in order.

    Blank sentences give "" and are neither decoded nor cached. The rest are looked up in
    the cache; the misses are decoded once per distinct text, `chunk` at a time, and
    `on_progress(done, total)` counts those distinct texts (it is called with (0, total)
    first, and last with (total, total)).
    """
    if chunk < 1:
        raise ValueError(f"chunk must be at least 1, not {chunk}")
    model_id = engine.model_id
    keys = {text: cache_key(text, model_id, engine.settings) for text in sentences if text.strip()}
    outputs = cache.get_many(keys.values())  # key -> output
    misses = [text for text, key in keys.items() if key not in outputs]
    total = len(misses)
    if on_progress:
        on_progress(0, total)
    for start in range(0, total, chunk):
        texts = misses[start : start + chunk]
        decoded = engine.translate(texts)
        if len(decoded) != len(texts):
            raise RuntimeError(f"the engine returned {len(decoded)} outputs for {len(texts)}")
        done = {keys[text]: (output, model_id) for text, output in zip(texts, decoded, strict=True)}
        cache.put_many(done)
        outputs.update((key, output) for key, (output, _) in done.items())
        if on_progress:
            on_progress(start + len(texts), total)
    return [outputs[keys[text]] if text in keys else "" for text in sentences]
