"""Word-level diff of a translation against its first draft, as escaped HTML."""

from __future__ import annotations

import difflib
import re

from reader.review.escape import html_text

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Words, runs of space and single punctuation marks; joining them gives the text back."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pairs, op in equal/delete/insert, that turn `old` into `new`."""
    a, b = tokens(old), tokens(new)
    ops: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("equal", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            ops.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("insert", "".join(b[j1:j2])))
    return ops


def diff_html(old: str, new: str) -> str:
    """`<del>`/`<ins>` markup; all text is escaped (see reader.review.escape): it is data."""
    parts = []
    for op, text in word_diff(old, new):
        escaped = html_text(text)
        if op == "equal":
            parts.append(escaped)
        else:
            tag = "del" if op == "delete" else "ins"
            parts.append(f"<{tag}>{escaped}</{tag}>")
    return "".join(parts)
