"""Names in text: candidates for the glossary (full extraction and grouping come later)."""
