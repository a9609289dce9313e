"""Escaped data, rendered by a CommonMark + GFM + math parser, reads as the data itself.

markdown-it-py stands in for Streamlit's renderer (micromark with the same extensions);
Streamlit's own additions (`:emoji:`, `:material/`, `:red[...]`, `$`) are checked on the
raw text, since Streamlit looks for them there before parsing.
"""

from __future__ import annotations

import html
import random
import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from reader.review.diff import diff_html
from reader.review.escape import WORD_JOINER, html_attribute, html_text, markdown_text
from reader.review.highlight import TermMatch, highlight_html

MARKDOWN = MarkdownIt("gfm-like").use(dollarmath_plugin)
SAMPLES = [
    "**bold** [x](javascript:alert(1)) <script>alert(1)</script> $x^2$ :red[r] # heading",
    "**Eve** [x](javascript:alert(1))",
    "first line\n\n# heading\n\n- item\n+ item\n* item\n1. one\n2) two\n> quote",
    "    indented code\n\tTabbed",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "www.example.com https://example.com <https://example.com> mail@example.com",
    "Title\n===\nSub\n---\n***\n___",
    "~~gone~~ ~one~ `code` ``x`` ```fence``` ~~~tilde",
    ":smile: :+1: :material/home: :streamlit: :red[red] :blue-background[b] :small[s]",
    "a -> b <- c <-> d -- e >= f <= g ~= h",
    "$$\nx^2\n$$ and \\$5 \\*not\\* &amp; &lt;b&gt; &#42; &copy;",
    "![img](x.png) [ref][1] [^note]\n\n[1]: http://example.com",
    "<div>\n\n**inside**\n\n</div> <!-- comment --> <b onclick=x>b</b>",
    "line\r\nwindows\rold mac\n",
    "Жапаров *сказал* _что_ __всё__ [хорошо](http://x.kg)",
    "2024. a year\n10) ten\n#hashtag #1 \\ end\\",
    "",
    "   ",
]
ALPHABET = [*"\\`*_[]()<>!&#$:|~@+-=.{}^%\"'/ \n\taZ1щ", "www.", "http://", ":smile:", " -> "]


def _fuzz(count: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choices(ALPHABET, k=rng.randint(1, 40))) for _ in range(count)]


class _Reader(HTMLParser):
    """What a browser shows: text, with line breaks, and which tags it met."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.add(tag)
        if tag == "br":
            self.text += "\n"

    def handle_data(self, data: str) -> None:
        self.text += re.sub(r"[\r\n]", " ", data)  # a newline in HTML is a blank


def _read(rendered: str) -> _Reader:
    reader = _Reader()
    reader.feed(rendered)
    reader.close()
    return reader


def _as_seen(text: str) -> list[str]:
    """Lines as a reader sees them: runs of blanks collapse, trailing empty lines vanish,
    word joiners are invisible."""
    text = text.replace(WORD_JOINER, "")
    lines = [" ".join(line.split()) for line in re.split(r"\r\n|\r|\n", text)]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _assert_inert_in_streamlit(raw: str) -> None:
    assert "$" not in raw  # LaTeX
    assert ":material/" not in raw
    assert not re.search(r":(?!material\/|streamlit:)[\w+-][\w_+-]*:", raw)  # loads emoji
    assert not re.search(r":[a-z][a-z0-9-]*\[", raw)  # :red[...] directives
    assert not re.search(r"www\.", raw, re.IGNORECASE)


@pytest.mark.parametrize("text", SAMPLES + _fuzz(300))
def test_markdown_text_renders_as_the_text_itself(text: str):
    escaped = markdown_text(text)
    _assert_inert_in_streamlit(escaped)
    parsed = html.unescape(escaped)  # what Streamlit's text rewrites see after parsing
    assert ":streamlit:" not in parsed
    assert not re.search(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)", parsed)
    seen = _read(MARKDOWN.render(escaped))
    assert seen.tags <= {"p", "br"}, (text, escaped)
    assert _as_seen(seen.text) == _as_seen(text), (text, escaped)


@pytest.mark.parametrize("text", SAMPLES + _fuzz(300))
def test_html_text_stays_inside_its_html_block(text: str):
    escaped = html_text(text)
    _assert_inert_in_streamlit(escaped)
    assert "\n" not in escaped and "\r" not in escaped
    block = f'<div class="sentence">{escaped}</div>'
    assert MARKDOWN.render(block).rstrip("\n") == block  # one HTML block, passed as is
    seen = _read(block)
    assert seen.tags <= {"div", "br"}
    assert _as_seen(seen.text) == _as_seen(text)


@pytest.mark.parametrize("text", SAMPLES + _fuzz(300))
def test_html_text_is_inert_inside_a_markdown_paragraph_too(text: str):
    seen = _read(MARKDOWN.render(f"Their text: {html_text(text)}"))
    assert seen.tags <= {"p", "br"}
    assert _as_seen(seen.text) == _as_seen(f"Their text: {text}")


@pytest.mark.parametrize("text", SAMPLES)
def test_html_attribute_keeps_the_text_on_one_line(text: str):
    value = html_attribute(text)
    assert "\n" not in value and '"' not in value
    tag = f'<mark title="{value}">x</mark>'
    assert MARKDOWN.render(f"<div>{tag}</div>").rstrip("\n") == f"<div>{tag}</div>"
    attrs = {}
    parser = HTMLParser()
    parser.handle_starttag = lambda _tag, found: attrs.update(found)
    parser.feed(tag)
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert attrs["title"] == expected


def test_a_blank_line_in_a_translation_cannot_end_its_sentence_block():
    text = "Жапаров сказал.\n\n# heading **bold**"
    match = TermMatch(0, 7, 1, "**Japarov**", "preferred", "жапаров")
    for body in (highlight_html(text, [match]), diff_html("Джапаров сказал.", text)):
        block = f'<div class="sentence">{body}</div>'
        assert MARKDOWN.render(block).rstrip("\n") == block
        assert html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br)[^>]+>", "", body))) in (
            text,
            "Джапаров" + text,
        )


@pytest.mark.parametrize("escape", [markdown_text, html_text, html_attribute])
def test_a_direction_override_in_data_cannot_reverse_the_page_after_it(escape):
    """A name with an unclosed right-to-left override or isolate (U+202E, U+2067) would show
    the rest of its line, the page's own words, backwards: explicit direction controls go
    (the letters' own direction stays, and so do the marks U+200E, U+200F, which reach no
    further than a letter)."""
    shown = escape("\u202eОш\u202a облусу\u2067 Naryn \u2066\u2068\u2069\u202c\u202b\u202d \u200f")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", shown)
    assert "Ош" in shown and "облусу" in shown and "Naryn" in shown and "\u200f" in shown
