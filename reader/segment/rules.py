"""Per-language segmentation rules, loaded from each language's `reader/lang/LANG/segment.json`.

The language names the pysbd language to start from; its file lists corrections of pysbd's
output as data, so that a linguist can extend them without touching code. A rule is an object with
an `action` and either `tokens` (literal abbreviations, case-insensitive, where a space
matches any whitespace) or a `pattern` (a case-sensitive regex); `note` is for people.

- `join`: the match never ends a sentence (`им.`, `т.е.`, initials); pysbd's break after
  it is removed.
- `end_before_capital`: the match ends a sentence exactly when the next word starts with a
  capital (`и др.`, `500 руб.`, `в 2025 г.`): pysbd's break before a lowercase word or a
  number is removed and a break before a capital is added. Optional regexes cancel the
  break: `unless_sentence` when it matches the whole sentence that would end there
  (`В 1991 г.` before `СССР распался`), `unless_next` when it matches the text after the
  whitespace (`долл.` before `США`).

A token must be a whole word. When several matches span a break, the one starting earliest
decides, so `и пр.` (maybe a sentence end) overrides `пр.` (проспект, never one).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from reader import lang as languages
from reader.lang.base import Language

JOIN = "join"
END_BEFORE_CAPITAL = "end_before_capital"
# Not glued to a letter, nor to the dot of a longer abbreviation (`д.` is not in `т.д.`).
_WORD_START = r"(?<![\w.])"
_WORD_END = r"(?!\w)"
_OPENERS = "«„“\"'(["
# Longer than any rule's match (`и т. д.`, initials `А. А. А.`): matches that cover a cut
# lie within this many characters of it.
_REACH = 100


@dataclass(frozen=True)
class Rule:
    action: str
    regex: re.Pattern[str]
    unless_sentence: re.Pattern[str] | None = None
    unless_next: re.Pattern[str] | None = None


Match = tuple[re.Match[str], Rule]


@dataclass(frozen=True)
class LanguageRules:
    lang: str
    pysbd_language: str
    rules: tuple[Rule, ...] = ()

    def apply(self, line: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Correct pysbd's sentence bounds in `line` (gaps between bounds are whitespace)."""
        if not self.rules or not bounds:
            return bounds
        first, last = bounds[0][0], bounds[-1][1]
        matches = [(m, r) for r in self.rules for m in r.regex.finditer(line, first, last)]
        pysbd_breaks = {end for _, end in bounds[:-1]}
        added = {
            m.end()
            for m, r in matches
            if r.action == END_BEFORE_CAPITAL and m.end() < last and line[m.end()].isspace()
        }
        result: list[tuple[int, int]] = []
        start = first
        for cut in sorted(pysbd_breaks | added):
            ends = _ends_sentence(line, start, cut, matches)
            if ends is None:  # no rule applies here: trust pysbd
                ends = cut in pysbd_breaks
            if ends:
                result.append((start, cut))
                start = _skip_space(line, cut)
        result.append((start, last))
        return result

    def allows_break(self, line: str, start: int, cut: int) -> bool:
        """Whether the rules let the sentence `line[start:cut]` end at `cut`."""
        lo, hi = max(start, cut - _REACH), min(len(line), cut + _REACH)
        matches = [(m, r) for r in self.rules for m in r.regex.finditer(line, lo, hi)]
        return _ends_sentence(line, start, cut, matches) is not False


def _ends_sentence(line: str, start: int, cut: int, matches: list[Match]) -> bool | None:
    """Whether the rules end the sentence `line[start:cut]`; None when no rule applies."""
    covering = [(m, r) for m, r in matches if m.start() < cut <= m.end()]
    if not covering:
        return None
    _, rule = min(covering, key=lambda mr: (mr[0].start(), -mr[0].end()))
    if rule.action == JOIN:
        return False
    after = _skip_space(line, cut)
    if rule.unless_next and rule.unless_next.match(line, after):
        return False
    if rule.unless_sentence and rule.unless_sentence.fullmatch(line, start, cut):
        return False
    return _capital_at(line, after)


def _capital_at(line: str, i: int) -> bool:
    """Whether the word at `i` (after any opening quotes or brackets) starts with a capital."""
    while i < len(line) and line[i] in _OPENERS:
        i += 1
    return i < len(line) and line[i].isupper()


def _skip_space(line: str, i: int) -> int:
    while i < len(line) and line[i].isspace():
        i += 1
    return i


def _compile(spec: dict) -> Rule:
    action = spec["action"]
    if action not in (JOIN, END_BEFORE_CAPITAL):
        raise ValueError(f"unknown rule action {action!r}")
    if "tokens" in spec:
        tokens = sorted(spec["tokens"], key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, t.split())) for t in tokens)
        regex = re.compile(f"{_WORD_START}(?:{alternatives}){_WORD_END}", re.IGNORECASE)
    else:
        regex = re.compile(f"{_WORD_START}(?:{spec['pattern']}){_WORD_END}")
    unless_sentence, unless_next = spec.get("unless_sentence"), spec.get("unless_next")
    return Rule(
        action,
        regex,
        re.compile(unless_sentence) if unless_sentence else None,
        re.compile(unless_next) if unless_next else None,
    )


def load_rules(lang: str) -> LanguageRules:
    """The rules of a registered language (none when its folder has no segment.json)."""
    return _rules_of(languages.get(lang))


@functools.lru_cache(maxsize=32)  # one per registered language
def _rules_of(language: Language) -> LanguageRules:
    path = language.segment_rules
    data = json.loads(path.read_text(encoding="utf-8")) if path else {}
    return LanguageRules(
        lang=language.code,
        pysbd_language=language.pysbd,
        rules=tuple(_compile(spec) for spec in data.get("rules", ())),
    )
