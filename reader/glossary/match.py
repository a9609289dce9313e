"""The glossary matcher: where a glossary's name forms are in a text, inflected or not.

One matcher for every caller: the Review page's highlighting, the QA checks, and the fixes
they offer. A word is a form of a glossary word when the language's morphology says so
(`reader.lang.LANG.morphology`): Жапаровдун and Иссык-Кулдун are forms of Жапаров and
Иссык-Куль in Kyrgyz, Отунбаевой of Отунбаева in Russian, but "Ошибка" is no form of Ош and
"Джапаровка" none of Джапаров.

Finding every entry's forms in a text is one pass: `FormFinder` puts the first word of every
form, with each stem its endings may hang on, into one Aho-Corasick automaton (pyahocorasick),
so a text is scanned once and only the few forms that start somewhere in it are then read
word by word, exactly as a search for that form alone would read them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from reader import lang as languages
from reader.glossary.entries import GlossaryEntry, Variant
from reader.lang.base import Morphology

_EXACT = Morphology()
# Letters that `re.IGNORECASE` equates with another letter although their lowercase differs
# (ſ and s, ς and σ, İ and i...): folded alike, a case-insensitive match is a plain one.
_FOLD = str.maketrans(
    "\u00b5\u0130\u0131\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80"
    "\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05",
    "\u03bc\u0069\u0069\u0073\u03b9\u03c3\u03b2\u03b8\u03c6\u03c0\u03ba\u03c1\u03b5\u0432"
    "\u0434\u043e\u0441\u0442\u0442\u044a\u0463\ua64b\u1e61\u03b9\u0390\u03b0\ufb06",
)
_FOLDED = re.compile(f"[{re.escape(''.join(map(chr, _FOLD)))}]")  # the letters _FOLD maps
_MATCHERS_KEPT = 8  # compiled glossaries kept: the current one and a few recent revisions


@dataclass(frozen=True)
class FormMatch:
    """A glossary form found in a text: the words as written, and where."""

    start: int
    end: int
    text: str
    variant: Variant


def morphologies(word: str, lang: str | None, variant_lang: str) -> tuple[Morphology, ...]:
    """The rules for forms of `word` in a text in `lang`: that language's, else the form's own
    language's when it writes the word's script (a Russian spelling left in Kyrgyz text takes
    Kyrgyz suffixes). A text of unknown language (`lang` None) takes any language's endings
    that writes the script. A word in no such script only matches as written."""
    codes = (lang, variant_lang) if lang else languages.codes()
    for code in codes:
        if code not in languages.codes():
            continue
        language = languages.get(code)
        if language.writes(word):
            if lang:
                return (language.morphology,)
            return tuple(x.morphology for x in languages.all() if x.writes(word))
    return (_EXACT,)


def fold(text: str) -> str:
    """`text` lowercased letter for letter (same length), as `re.IGNORECASE` compares letters.

    `str.translate` is slow on long texts, so it runs only on a text with one of its letters.
    """
    if _FOLDED.search(text) is None:
        return text.lower()
    return text.translate(_FOLD).lower()


def _is_word_char(char: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return char.isalnum() or char == "_"


def _stems(word: str, lang: str | None, variant_lang: str) -> list[str]:
    """The word and the stems its endings may follow (Отунбаев- of Отунбаева)."""
    cuts = {
        cut for rules in morphologies(word, lang, variant_lang) for cut in rules.stem_cuts(word)
    }
    return [word, *(word[: len(word) - len(cut)] for cut in sorted(cuts))]


@lru_cache(maxsize=16384)  # every form of a large glossary, in each text language
def _candidates(term: str, lang: str | None, variant_lang: str) -> re.Pattern[str]:
    """Where the term's words start, each followed by the rest of its word (checked later)."""
    words = []
    for word in term.split():
        stems = _stems(word, lang, variant_lang)
        words.append(f"(?:{'|'.join(re.escape(s) for s in stems)})\\w*")
    joined = r"\s+".join(words)
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def is_form(found: str, term: str, lang: str | None, variant_lang: str) -> bool:
    """Whether `found` (words as in the text) is a form of `term`, word by word.

    Cached: a name recurs across an archive in the same few forms.
    """
    words, parts = found.split(), term.split()
    return len(words) == len(parts) and all(
        any(rules.split_ending(w, p) is not None for rules in morphologies(p, lang, variant_lang))
        for w, p in zip(words, parts, strict=True)
    )


_Hit = tuple[int, int, int, FormMatch]


def _hits(text: str, v: Variant, lang: str | None) -> list[_Hit]:
    """Every form of `v` in `text`, with the keys `_choose` orders them by."""
    found = []
    for m in _candidates(v.term, lang, v.lang).finditer(text):
        if not is_form(m.group(0), v.term, lang, v.lang):
            continue
        match = FormMatch(m.start(), m.end(), m.group(0), v)
        ending = len(m.group(0)) - len(v.term)  # prefer the form the word is closest to
        found.append((m.start(), -m.end(), abs(ending), match))
    return found


def _choose(found: list[_Hit]) -> list[FormMatch]:
    """Non-overlapping hits: leftmost, then longest, then exact, then the earlier variant."""
    found.sort(key=lambda t: t[:3])
    chosen, cursor = [], -1
    for start, _, _, match in found:
        if start >= cursor:
            chosen.append(match)
            cursor = match.end
    return chosen


def find_forms(text: str, variants: Iterable[Variant], lang: str | None) -> list[FormMatch]:
    """Non-overlapping matches of `variants` in `text`, leftmost, then longest, then exact.

    `lang` is the text's language: its morphology decides what counts as an ending (None:
    each form's own language's). For many variants over many texts, `FormFinder` finds the
    same in one pass per text.
    """
    return _choose([hit for v in variants for hit in _hits(text, v, lang)])


class _Prefilter:
    """An automaton of word beginnings: which of some keys start a word of a text.

    A key is found wherever a case-insensitive search would find it at a word start, so
    reading only the keys it reports never misses a match.
    """

    def __init__(self, keys: Iterable[tuple[str, int]]) -> None:
        """`keys`: (the text a match must start with, the number of what it stands for)."""
        by_key: dict[str, set[int]] = {}
        self._always: set[int] = set()
        for key, number in keys:
            if key:
                by_key.setdefault(fold(key), set()).add(number)
            else:
                self._always.add(number)
        self._automaton = ahocorasick.Automaton()
        for key, numbers in by_key.items():
            self._automaton.add_word(key, (len(key), frozenset(numbers)))
        if by_key:
            self._automaton.make_automaton()

    def numbers(self, text: str) -> set[int]:
        """The numbers of the keys that start a word of `text` (and of empty keys)."""
        found = set(self._always)
        if self._automaton.kind != ahocorasick.EMPTY:
            for end, (size, numbers) in self._automaton.iter(fold(text)):
                start = end - size + 1
                if start == 0 or not _is_word_char(text[start - 1]):
                    found |= numbers
        return found

    def texts(self, texts: Sequence[str]) -> set[int]:
        """The positions of the texts a key starts a word of: `numbers` of each, in one pass
        over them all (joined by a line break, which no key holds and no word goes across)."""
        if self._always:
            return set(range(len(texts)))
        if self._automaton.kind == ahocorasick.EMPTY:
            return set()
        joined = "\n".join(texts)
        starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        found = set()
        for end, (size, _) in self._automaton.iter(fold(joined)):
            start = end - size + 1
            if start == 0 or not _is_word_char(joined[start - 1]):
                found.add(bisect.bisect_right(starts, start) - 1)
        return found


class FormFinder:
    """`find_forms` over many groups of variants (an entry's forms each), one pass per text.

    Gives for every group exactly what `find_forms(text, group, lang)` gives.
    """

    def __init__(self, groups: Sequence[Sequence[Variant]], lang: str | None) -> None:
        self._lang = lang
        self._variants = [(g, v) for g, group in enumerate(groups) for v in group]
        self.prefilter = _Prefilter(
            (stem, i)
            for i, (_, v) in enumerate(self._variants)
            for stem in _stems(v.term.split()[0], lang, v.lang)
        )

    def find(self, text: str) -> dict[int, list[FormMatch]]:
        """Each group's matches in `text` by the group's position; groups without any left out."""
        hits: dict[int, list[_Hit]] = {}
        for i in sorted(self.prefilter.numbers(text)):
            group, v = self._variants[i]
            found = _hits(text, v, self._lang)
            if found:
                hits.setdefault(group, []).extend(found)
        return {group: _choose(found) for group, found in hits.items()}


class _EnglishFinder:
    """Which entries an English source sentence names, one pass per sentence.

    Any English form counts, Issyk Kul and Issyk-Kul alike; of an entry's forms the first
    in the sentence is given, the longest where two start together.
    """

    def __init__(self, entries: Sequence[GlossaryEntry]) -> None:
        source = languages.source().code
        self._forms = [(e, v.term) for e, entry in enumerate(entries) for v in entry.forms(source)]
        self.prefilter = _Prefilter(
            (_english_words(term)[0], i) for i, (_, term) in enumerate(self._forms)
        )

    def find(self, source: str) -> dict[int, str]:
        """For each entry (by position) named in `source`, its form as written there."""
        best: dict[int, re.Match[str]] = {}
        for i in sorted(self.prefilter.numbers(source)):
            entry, term = self._forms[i]
            m = _english_regex(term).search(source)
            known = best.get(entry)
            if m and (known is None or (m.start(), -m.end()) < (known.start(), -known.end())):
                best[entry] = m
        return {entry: m.group(0) for entry, m in best.items()}


class GlossaryMatcher:
    """A glossary's forms compiled for one-pass search; build it with `glossary_matcher`."""

    serials = itertools.count(1)

    def __init__(self, entries: Sequence[GlossaryEntry]) -> None:
        self.serial = next(GlossaryMatcher.serials)  # names this glossary in caches of results
        self._entries = tuple(entries)
        self._finders: dict[str | None, FormFinder] = {}
        self._english: _EnglishFinder | None = None

    def forms(self, text: str, lang: str) -> dict[int, list[FormMatch]]:
        """For each entry (by position) with forms in `lang` found in `text`, what
        `find_forms(text, entry.forms(lang), lang)` finds."""
        return self._finder(lang).find(text)

    def mentions(self, source: str) -> dict[int, str]:
        """For each entry (by position) the source sentence names, its form as written there."""
        return self._english_finder().find(source)

    def may_have_forms(self, texts: Sequence[str], lang: str) -> set[int]:
        """The positions of the texts (in `lang`) where `forms` may find something: all those
        where it does, in one pass over all the texts, for sifting many."""
        return self._finder(lang).prefilter.texts(texts)

    def may_mention(self, sources: Sequence[str]) -> set[int]:
        """The positions of the source sentences where `mentions` may find something: all
        those where it does, in one pass."""
        return self._english_finder().prefilter.texts(sources)

    def _finder(self, lang: str) -> FormFinder:
        finder = self._finders.get(lang)
        if finder is None:
            finder = FormFinder([e.forms(lang) for e in self._entries], lang)
            self._finders[lang] = finder
        return finder

    def _english_finder(self) -> _EnglishFinder:
        if self._english is None:
            self._english = _EnglishFinder(self._entries)
        return self._english


_MATCHERS: OrderedDict[Hashable, GlossaryMatcher] = OrderedDict()


def glossary_key(entries: Iterable[GlossaryEntry]) -> tuple:
    """What the checks' findings depend on in a glossary: its ids and forms, in order."""
    return tuple((e.id, tuple(e.variants)) for e in entries)


def glossary_matcher(entries: Sequence[GlossaryEntry]) -> GlossaryMatcher:
    """The matcher of these entries, compiled once per glossary content (a bounded cache).

    Keyed by the forms themselves rather than a store's revision: an edit, an import or
    another workspace's glossary can never meet a stale automaton.
    """
    key = glossary_key(entries)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = GlossaryMatcher(entries)
        _MATCHERS[key] = matcher
        if len(_MATCHERS) > _MATCHERS_KEPT:
            _MATCHERS.popitem(last=False)
    else:
        _MATCHERS.move_to_end(key)
    return matcher


def _english_words(term: str) -> list[str]:
    return re.split(r"[\s\-]+", term.strip())


@lru_cache(maxsize=4096)
def _english_regex(term: str) -> re.Pattern[str]:
    words = r"[\s\-]+".join(re.escape(w) for w in _english_words(term))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
