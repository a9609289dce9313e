"""What every language's name extractor (`reader/lang/LANG/names.py`) builds on.

A language's `Language.extractor` finds names in its texts; `reader.names.extract` asks the
registry for it and hands it a `NameContext`: its own word lists (`names.json` in its folder)
and those of the languages its texts may quote, so no extractor imports another language.
What the extractors share with grouping (`reader.names`, which imports this, never the other
way) is here too: the invisible characters both read through, and the generic place words
and patronymic particles both read a name's last word by.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class NameMention:
    """A name in a text: `text == source[start:end]`; `lemma` is its citation form."""

    start: int
    end: int
    text: str
    kind: str  # "person", "place", "org", or "name" when the extractor cannot tell
    lemma: str


@dataclass(eq=False)
class WordLists:
    """Word lists of one language (its `names.json`) as sets, prepared once."""

    raw: dict[str, Any]
    sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def __getitem__(self, key: str) -> frozenset[str]:
        found = self.sets.get(key)
        if found is None:
            value = self.raw.get(key, [])
            found = frozenset(value.keys() if isinstance(value, dict) else value)
            self.sets[key] = found
        return found

    def lower(self, key: str) -> frozenset[str]:
        name = key + ":lower"
        found = self.sets.get(name)
        if found is None:
            found = frozenset(w.lower() for w in self[key])
            self.sets[name] = found
        return found

    def mapping(self, key: str) -> dict[str, str]:
        value = self.raw.get(key, {})
        return value if isinstance(value, dict) else {}


@lru_cache(maxsize=32)  # one file per registered language
def word_lists(path: Path) -> WordLists:
    """The word lists in `path`, read once; none when a language has no such file."""
    if not path.is_file():
        return WordLists({})
    with path.open(encoding="utf-8") as fh:
        return WordLists(json.load(fh))


@dataclass(frozen=True)
class NameContext:
    """The word lists an extractor may use: its language's, the source language's (English
    words quoted in a Kyrgyz text) and those of the other languages in its script (Kyrgyz
    places in a Russian text)."""

    own: WordLists
    source: WordLists
    same_script: tuple[WordLists, ...] = ()


class NameExtractor:
    """Finds names in one language's texts; rules by default, one text at a time."""

    def backend(self) -> str:
        """What does the work ("rules", or a model's name)."""
        return "rules"

    def preload(self) -> None:
        """Load models now rather than on first use; rules need nothing."""

    def extract(self, text: str, context: NameContext) -> list[NameMention]:
        raise NotImplementedError

    def extract_many(self, texts: Sequence[str], context: NameContext) -> list[list[NameMention]]:
        return [self.extract(text, context) for text in texts]


@dataclass
class Token:
    """A word of a rule-based extractor, with the span of the name part in it."""

    start: int  # span of the name part (possessive and adjective tails cut)
    end: int
    raw_start: int  # span of the whole word
    raw_end: int
    core: str
    cap: bool = False
    possessive: bool = False
    attributive: bool = False  # "Kremlin-backed": the word ends the run
    initial: bool = False
    acronym: str | None = None  # kind of a known acronym
    particle: bool = False
    lemma: str = ""  # the word without its case ending (Kyrgyz)
    suffix: str = ""  # the case ending that was cut
    plural: bool = False
    latin: bool = False


_OPENERS = "\"'“”‘’«»„([{)]}*•·–—-‒―"
_SENTENCE_END = ".!?:;…"
SPACES = re.compile(r"[ \t\u00a0\u202f]+")


def at_sentence_start(
    text: str, start: int, abbreviations: frozenset[str], quotes: bool = True
) -> bool:
    """Is the word at `start` the first of a sentence (or of a quotation or bracket)?"""
    before = text[:start].rstrip()
    if quotes and _after_opening_quote(before):
        return True
    before = before.rstrip(_OPENERS + " \t\u00a0")
    if not before:
        return True
    if before[-1] not in _SENTENCE_END:
        return False
    if before[-1] == ".":
        word = re.search(r"(\w+)\.$", before)
        if word and (word.group(1) in abbreviations or len(word.group(1)) == 1):
            return False
    return True


def _after_opening_quote(before: str) -> bool:
    if not before:
        return False
    return before[-1] in "“«„‘([" or (
        before[-1] in "\"'" and (len(before) == 1 or before[-2].isspace())
    )


_OFFICES = Path(__file__).parents[1] / "names" / "offices.json"


@lru_cache(maxsize=8)  # one per language
def offices(lang: str) -> frozenset[str]:
    """The one-word titles and offices of `lang` that grouping reads a name without
    (`reader/names/offices.json`: генерал, генералом, president), as written there."""
    with _OFFICES.open(encoding="utf-8") as fh:
        words = json.load(fh).get(lang, [])
    return frozenset(w for w in words if " " not in w and "." not in w)


def titles(w: WordLists, lang: str) -> frozenset[str]:
    """The words an extractor of `lang` ends a name's run at: the offices grouping reads
    (`offices`, as written and capitalized: President, Генералом), one list for both, and
    the extractor's own words that are no office (`names.json` "titles": глава, Activist,
    which grouping leaves in a name: глава Бишкека). Not an office the extractor reads as
    another title's modifier (General, of Prosecutor General)."""
    found = w.sets.get("titles+offices")
    if found is None:
        modifiers = w["title_modifiers"] - w["titles"]
        spelled = {form for o in offices(lang) for form in (o, o.capitalize(), o.title())}
        found = w["titles"] | (spelled - modifiers)
        w.sets["titles+offices"] = found
    return found


def titles_lower(w: WordLists, lang: str) -> frozenset[str]:
    """`titles`, lower case."""
    found = w.sets.get("titles+offices:lower")
    if found is None:
        found = frozenset(t.lower() for t in titles(w, lang))
        w.sets["titles+offices:lower"] = found
    return found


# The apostrophes Uzbek Latin writes its oʻ, gʻ with, read as one (koʻli, ko'li, oʻgʻli).
APOSTROPHES = str.maketrans("ʻ‘’ʼ", "''''")
_PLACE_WORDS = Path(__file__).parents[1] / "names" / "place_words.json"
_PATRONYMICS = Path(__file__).parent / "patronymics.json"


@lru_cache(maxsize=1)
def place_word_lists() -> dict[str, Any]:
    """A place name's generic words by kind and the case endings a Turkic one takes
    (`reader/names/place_words.json`, grouping's data, which the extractors keep after a
    name: Ысык-Көл облусунда, Naryn region)."""
    with _PLACE_WORDS.open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def generic_place_words() -> dict[str, str]:
    """Each generic place word or phrase as `place_word_lists` writes it -> its kind."""
    raw = place_word_lists()
    return {word: kind for kind, words in raw.items() if isinstance(words, list) for word in words}


@lru_cache(maxsize=1)
def trailing_place_words() -> dict[str, str]:
    """Each generic place word read so only as a name's last word (Toktogul Reservoir, Naryn
    Darya; not Sea Launch, Дарья Иванова) -> its kind."""
    raw = place_word_lists()["trailing"]
    return {word: kind for kind, words in raw.items() if isinstance(words, list) for word in words}


@lru_cache(maxsize=8)  # one per set of columns asked for
def particles(*columns: str) -> dict[str, str]:
    """The Turkic patronymic particles (`patronymics.json`): each spelling -> "uulu" (son of)
    or "kyzy" (daughter of); only those of the given columns ("ky", "latin"...) when any are
    given. One list for grouping, which reads them all, and the extractors, which keep them
    after a name (Tursunbek kyzy, Турсунбек кызынын)."""
    with _PATRONYMICS.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return {
        spelling: particle
        for particle, by_column in raw.items()
        if isinstance(by_column, dict)
        for column, spellings in by_column.items()
        if not columns or column in columns
        for spelling in spellings
    }


@lru_cache(maxsize=1)
def joined_particles() -> dict[str, str]:
    """The endings of a Kazakh surname made of the father's name and a joined particle
    (`patronymics.json` "joined": Сәрсенбайұлы) -> "uulu" or "kyzy"."""
    with _PATRONYMICS.open(encoding="utf-8") as fh:
        return dict(json.load(fh)["joined"])


@lru_cache(maxsize=1)
def genitive_endings() -> tuple[str, ...]:
    """The endings of a Mongolian father's name in the genitive (`patronymics.json`
    "genitive": Ухнаагийн, Tsakhiagiin), longest first."""
    with _PATRONYMICS.open(encoding="utf-8") as fh:
        return tuple(sorted(json.load(fh)["genitive"], key=len, reverse=True))


@lru_cache(maxsize=1)
def consonant_genitive() -> tuple[tuple[str, ...], frozenset[str], int]:
    """A Mongolian father's name's genitive after a consonant (`patronymics.json`
    "genitive_after_consonant": Сүхбаатарын): its endings, the consonants it follows, and
    the shortest stem read so."""
    with _PATRONYMICS.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    endings = tuple(raw["genitive_after_consonant"])
    return endings, frozenset(raw["genitive_consonants"]), raw["genitive_min_stem"]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# Unicode's invisible format characters (category Cf: a soft hyphen, zero-width spaces and
# joiners, direction marks, a byte order mark...), which web pages and Word files put inside
# and between words; tests/test_names_extract.py checks the class is exactly Cf.
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
_ZERO_WIDTH_SPACE = "\u200b"


def visible(text: str) -> str:
    """The text without invisible format characters, a zero-width space as the word break it
    stands for: what a reader sees, so names match however the text was pasted."""
    if text.isascii():
        return text
    return _INVISIBLE.sub(_shown, text)


def _shown(found: re.Match[str]) -> str:
    return " " if found.group() == _ZERO_WIDTH_SPACE else ""


def read_through(
    extract: Callable[[list[str]], list[list[NameMention]]], texts: list[str]
) -> list[list[NameMention]]:
    """`extract` on the `visible` texts, its mentions mapped back to spans of `texts`: a name
    is not cut at a soft hyphen or a zero-width space ("Bish\u00adkek", "Sadyr\u200bJaparov"), its
    text keeps them (`text == source[start:end]`) and its lemma does not."""
    shown = [visible(t) for t in texts]
    out = []
    for text, seen, mentions in zip(texts, shown, extract(shown), strict=True):
        if seen != text:
            positions = _positions(text)
            mentions = [_spanned(m, text, positions) for m in mentions]
        out.append(mentions)
    return out


def _positions(text: str) -> list[int]:
    """For each character of `visible(text)`, its index in `text`."""
    return [i for i, c in enumerate(text) if c == _ZERO_WIDTH_SPACE or not _INVISIBLE.match(c)]


def _spanned(mention: NameMention, text: str, positions: list[int]) -> NameMention:
    start, end = positions[mention.start], positions[mention.end - 1] + 1
    return NameMention(start, end, text[start:end], mention.kind, mention.lemma)
