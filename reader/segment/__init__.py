"""Sentence splitting: pysbd plus per-language rules, data in `reader/lang/LANG/segment.json`."""

from reader.segment.splitter import Span, segment, supported_languages

__all__ = ["Span", "segment", "supported_languages"]
