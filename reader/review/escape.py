"""Data shown as text: article text, translations, names and notes never become markup.

Streamlit renders Markdown almost everywhere (st.markdown, captions, titles, alerts, widget
labels, help tooltips), with GitHub extensions (tables, strikethrough, autolinks such as
www.x.com) and its own: `$...$` LaTeX, `:emoji:` shortcodes, `:material/icon:`, `:red[...]`
directives. Characters that start any of these are written as character references, which
every Markdown parser shows as the character itself and HTML shows the same way, so one
encoding serves Markdown and HTML. Backslash escapes would not do: inside an HTML block they
show as backslashes, and Streamlit rewrites `:material/` and looks for `:emoji:` in the raw
text before parsing, where `\\:` still has its colon.

Plain-text places need no escaping and must not get it: selectbox and multiselect options
(`format_func`), text inputs, dataframes, st.code, the page title.
"""

from __future__ import annotations

import re

# Characters that open or close an inline construct anywhere in a line. An underscore
# between letters or digits cannot (`translate_en_ky` stays readable); any other can.
_INLINE = {c: f"&#{ord(c)};" for c in "\\`*[]$:|~@#"}
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_QUOTES = {'"': "&quot;", "'": "&#x27;"}
# Explicit direction controls (embeddings, overrides, isolates): one left open in the data
# would show the page's own words after it backwards. The marks U+200E, U+200F stay.
_DIRECTION = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_MARKDOWN_TABLE = str.maketrans({**_INLINE, **_HTML}) | _DIRECTION
_HTML_TABLE = str.maketrans({**_INLINE, **_HTML, **_QUOTES}) | _DIRECTION
# At the start of a line: indentation (code block), list and setext markers, ordered lists.
_LINE_START = re.compile(r"^([ \t]*)([-+=]|\d{1,9}[.)])?", re.MULTILINE)
_WWW = re.compile(r"(www)\.", re.IGNORECASE)  # a GFM autolink starts at "www."
# Streamlit rewrites these in parsed text, where no escape reaches: `:streamlit:` becomes its
# logo, `->` an arrow, `--` a dash. An invisible word joiner inside each keeps them as typed.
_REWRITTEN = re.compile(r"(?<!\S)(?:<->|->|<-|--|>=|<=|~=)(?!\S)|:streamlit:")
WORD_JOINER = "\u2060"


def _entity(text: str) -> str:
    return "".join(f"&#{ord(c)};" for c in text)


def _line_start(match: re.Match) -> str:
    indent, marker = match.group(1), match.group(2) or ""
    if marker[:1].isdigit():
        return _entity(indent) + marker[:-1] + _entity(marker[-1])
    return _entity(indent + marker)


def _join(match: re.Match) -> str:
    return match.group(0)[0] + WORD_JOINER + match.group(0)[1:]


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _encode(line: str, table: dict) -> str:
    return _UNDERSCORE.sub("&#95;", _WWW.sub(r"\1&#46;", line.translate(table)))


def markdown_text(text: str) -> str:
    """`text` for a Streamlit Markdown context (st.markdown, captions, labels, alerts...).

    Line breaks stay line breaks (a backslash before the newline), so a blank line in the
    data cannot start a new block.
    """
    lines = _lines(text)
    while len(lines) > 1 and not lines[-1].strip():  # a break at the very end shows a backslash
        lines.pop()
    encoded = (_encode(_REWRITTEN.sub(_join, line), _MARKDOWN_TABLE) for line in lines)
    return "\\\n".join(_LINE_START.sub(_line_start, line, count=1) for line in encoded)


def html_text(text: str) -> str:
    """`text` as the content of an HTML element shown with st.markdown(unsafe_allow_html).

    Newlines become `<br>`: a blank line would end the HTML block and let the rest be read
    as Markdown. No line of Markdown starts inside the text, so its starts need nothing.
    """
    return "<br>".join(_encode(line, _HTML_TABLE) for line in _lines(text))


def html_attribute(text: str) -> str:
    """`text` as a quoted HTML attribute value, e.g. a title tooltip, on a single line."""
    return "&#10;".join(line.translate(_HTML_TABLE) for line in _lines(text))
