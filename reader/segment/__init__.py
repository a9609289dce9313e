"""Sentence splitting: pysbd plus per-language rules kept as data in `rules/`."""

from reader.segment.splitter import Span, segment, supported_languages

__all__ = ["Span", "segment", "supported_languages"]
