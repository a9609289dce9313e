"""Translations that come from outside the review: sample drafts and imported files."""
