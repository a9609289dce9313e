"""Review helpers: word diffs, glossary highlighting and progress, rendered as safe HTML."""
