"""The name-variant glossary: entries, their variants per language, and interchange formats."""

from reader.glossary.entries import STATUSES, GlossaryEntry, GlossaryError, Variant

__all__ = ["STATUSES", "GlossaryEntry", "GlossaryError", "Variant"]
