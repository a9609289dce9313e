"""Review helpers: word diffs, glossary highlighting, progress, and data escaped as text."""
