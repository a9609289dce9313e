"""Person, place and organisation names in English, Russian and Kyrgyz text, with exact spans.

`extract_names(text, lang)` returns `NameMention`s in text order; `mention.text` is always
`text[mention.start:mention.end]`, and `mention.lemma` is a citation form for grouping
(nominative, no case suffix, no possessive). Kinds: "person", "place", "org", or "name" when the
extractor cannot tell.

How each language is done:

- **English**: rules, no model. Runs of capitalised words (hyphens, apostrophes and particles such
  as *bin*, *van der*, *al-* inside), then leading titles (*President*, *Prime Minister*, *Mr*),
  articles and demonyms (*Russian President ...*) are dropped, and a sentence-initial or
  headline word counts only when it is not a common word. A possessive *'s* is **outside** the
  span (so highlighting "Putin" in "Putin's" works) and therefore never in the lemma; an
  adjective tail is cut too (*Kremlin-backed* gives "Kremlin"). Titles, demonyms, common words,
  gazetteers and cue words are data in `reader/lang/en/names.json`.
- **Russian**: natasha (Segmenter + NewsEmbedding + NewsNERTagger, models ship in its wheel),
  loaded once, lazily, behind a lock. PER/LOC/ORG become person/place/org. Lemmas: LOC through
  natasha's normaliser; PER through pymorphy3 (natasha's MorphVocab on pymorphy3's dictionary,
  `reader.lang.ru.vocab`) using the gender of the first name or of the tagger (so "Жапарова"
  of a man gives "Жапаров" and "Захарова" of a woman stays); ORG inflects only the words up
  to the head noun ("Министерства внутренних дел" gives "Министерство внутренних дел").
  Leading titles, sentence-initial dictionary words ("Протесты") and bracketed acronyms are
  trimmed (the acronym becomes its own mention), and capitalised words natasha missed are
  added when they are a known place or a Russian-style surname ("Жапарова", "Джапаров").
  Without natasha a rule-based fallback (capitalised runs, lemma = text, kind "name") keeps
  things working and logs a warning.
- **Kyrgyz**: rules, like English but for Cyrillic (ө ү ң) with Latin words allowed inside. The
  lemma of the last word drops one case ending (optionally after a plural), checked against
  Kyrgyz consonant assimilation and vowel harmony by `reader.lang.ky.morphology`, so
  "Жапаровдун" gives "Жапаров", "Ысык-Көлдө" "Ысык-Көл", "Кыргыз Республикасынын" "Кыргыз
  Республикасы" and "Алматы" or "Канада" are left alone. A sentence-initial single word counts
  only when it looks like a name (gazetteer, first name, surname or place ending). Word
  lists: `reader/lang/ky/names.json`.

`extract_names_many` batches (natasha is ~5x faster on a batch than sentence by sentence) and
`extract_article_mentions` collects mentions for every sentence of an article in the source and
the given translations. Results are cached per (lang, text).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from reader import lang as languages
from reader.corpus.article import Article
from reader.lang import CYRILLIC, LATIN
from reader.lang.ky import morphology as kyrgyz

Kind = Literal["person", "place", "org", "name"]
KINDS: tuple[str, ...] = ("person", "place", "org", "name")

_LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class NameMention:
    """A name in a text: `text == source[start:end]`; `lemma` is its citation form."""

    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    lemma: str


@dataclass(frozen=True)
class ArticleMention:
    """A mention in one sentence of an article, in the source ("en") or a translation."""

    article_id: str
    sentence_id: str
    lang: str
    mention: NameMention


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def extract_names(text: str, lang: str) -> list[NameMention]:
    """Names in `text` (a sentence or a short paragraph) in language `lang` ("en", "ru", "ky")."""
    return extract_names_many([text], lang)[0]


def extract_names_many(texts: Sequence[str], lang: str) -> list[list[NameMention]]:
    """`extract_names` for many texts of one language; Russian is run through natasha as a batch."""
    lang = _check_lang(lang)
    results: list[list[NameMention] | None] = []
    missing: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        hit = _cache_get(lang, text)
        results.append(None if hit is None else list(hit))
        if hit is None:
            missing.setdefault(text, []).append(i)
    if missing:
        todo = list(missing)
        found = _extract_uncached(todo, lang)
        for text, mentions in zip(todo, found, strict=True):
            _cache_put(lang, text, tuple(mentions))
            for i in missing[text]:
                results[i] = list(mentions)
    return [r if r is not None else [] for r in results]


def extract_article_mentions(
    article: Article,
    translations: Mapping[str, Mapping[str, str]],
    *,
    include_furniture: bool = False,
) -> list[ArticleMention]:
    """Mentions in every sentence of `article` and of its translations.

    `translations` maps a language ("ru", "ky") to {sentence_id: current text}; sentences with no
    text are skipped. Results are ordered by sentence, then source first, then the languages in
    the order given. Pure: no store access, nothing read but its arguments and the word lists.
    """
    sentences = list(article.sentences if include_furniture else article.content_sentences())
    source_lang = (article.lang or "en").lower()
    columns: list[tuple[str, dict[str, list[NameMention]]]] = []
    source_found = extract_names_many([s.text for s in sentences], source_lang)
    columns.append((source_lang, {s.id: m for s, m in zip(sentences, source_found, strict=True)}))
    for lang, by_sentence in translations.items():
        wanted = [s.id for s in sentences if (by_sentence.get(s.id) or "").strip()]
        found = extract_names_many([by_sentence[sid] for sid in wanted], lang)
        columns.append((lang, dict(zip(wanted, found, strict=True))))
    out: list[ArticleMention] = []
    for s in sentences:
        for lang, by_id in columns:
            out.extend(ArticleMention(article.id, s.id, lang, m) for m in by_id.get(s.id, ()))
    return out


def russian_backend() -> str:
    """Which Russian extractor is in use: "natasha", or "rules" when natasha cannot load."""
    return "natasha" if _natasha() is not None else "rules"


def preload(lang: str = "ru") -> None:
    """Load the models for `lang` now (natasha takes about a second) instead of on first use."""
    if _EXTRACTORS[_check_lang(lang)] is _russian_many:
        _natasha()


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()


# --------------------------------------------------------------------------------------------
# Shared plumbing
# --------------------------------------------------------------------------------------------

_CACHE_SIZE = 20_000
_CACHE: OrderedDict[tuple[str, str], tuple[NameMention, ...]] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def _cache_get(lang: str, text: str) -> tuple[NameMention, ...] | None:
    with _CACHE_LOCK:
        hit = _CACHE.get((lang, text))
        if hit is not None:
            _CACHE.move_to_end((lang, text))
        return hit


def _cache_put(lang: str, text: str, mentions: tuple[NameMention, ...]) -> None:
    with _CACHE_LOCK:
        _CACHE[(lang, text)] = mentions
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)


def _check_lang(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in _EXTRACTORS:
        raise ValueError(f"name extraction supports {', '.join(_EXTRACTORS)}, not {lang!r}")
    return code


def _extract_uncached(texts: list[str], lang: str) -> list[list[NameMention]]:
    return _EXTRACTORS[lang](texts)


@cache
def _words(lang: str) -> dict[str, Any]:
    with languages.get(lang).name_rules.open(encoding="utf-8") as fh:
        return json.load(fh)


@dataclass
class _Lists:
    """Word lists of one language as sets, prepared once."""

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


@cache
def _lists(lang: str) -> _Lists:
    return _Lists(_words(lang))


_OPENERS = "\"'“”‘’«»„([{)]}*•·–—-‒―"
_SENTENCE_END = ".!?:;…"
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


def _at_sentence_start(
    text: str, start: int, abbreviations: frozenset[str], quotes: bool = True
) -> bool:
    """Is the word at `start` the first of a sentence (or of a quotation or bracket)?"""
    before = text[:start].rstrip()
    if (
        quotes
        and before
        and (
            before[-1] in "“«„‘(["
            or (before[-1] in "\"'" and (len(before) == 1 or before[-2].isspace()))
        )
    ):
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


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

_EN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:-\d+)?")
_POSSESSIVE = re.compile(r"['’][sS]$")
_MINOR = frozenset(  # small words that stay lowercase in a Title Case headline
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "into",
        "onto",
        "over",
        "after",
        "during",
        "per",
        "via",
        "vs",
        "than",
        "off",
        "up",
        "out",
    ]
)


@dataclass
class _Tok:
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
    lemma: str = ""  # Kyrgyz: the word without its case ending
    suffix: str = ""  # Kyrgyz: the case ending that was cut
    plural: bool = False
    latin: bool = False


def _en_token(text: str, m: re.Match[str], w: _Lists) -> _Tok:
    s, e = m.span()
    word = m.group(0)
    tok = _Tok(s, e, s, e, word)
    if _POSSESSIVE.search(word) and len(word) > 2:
        tok.end -= 2
        tok.possessive = True
    # hyphen parts: cut prefixes ("pro-", "Post-") and lowercase tails ("-backed", "-style")
    body = text[tok.start : tok.end]
    parts = [(p.start(), p.end()) for p in re.finditer(r"[^-]+", body)]
    prefixes = w.lower("hyphen_prefixes")
    particles = w.lower("hyphen_particles")
    while len(parts) > 1:
        first = body[parts[0][0] : parts[0][1]]
        nxt = body[parts[1][0] : parts[1][1]]
        if first.lower() in particles and first.islower() and nxt[:1].isupper():
            break
        if first.lower() in prefixes:
            parts.pop(0)
            continue
        break
    while len(parts) > 1 and body[parts[-1][0] : parts[-1][1]][:1].islower():
        parts.pop()
        tok.attributive = True
    tok.start, tok.end = tok.start + parts[0][0], tok.start + parts[-1][1]
    tok.core = text[tok.start : tok.end]
    if tok.attributive:
        tok.possessive = False
    tok.cap = _en_is_cap(tok, w)
    return tok


def _en_is_cap(tok: _Tok, w: _Lists) -> bool:
    core = tok.core
    if re.match(r"[a-z]+-[A-Z]", core) and core.split("-", 1)[0] in w["hyphen_particles"]:
        return True  # "al-Assad"
    if not core or not core[0].isupper():
        return False
    parts = core.split("-")
    if any(p in w["never"] or p in w["months"] or p in w["weekdays"] for p in parts):
        return False
    acronyms = w.mapping("acronyms")
    letters = core.replace(".", "")
    if "." in core or (len(letters) >= 2 and letters[1].isupper()):
        if core in acronyms:
            tok.acronym = acronyms[core]
            return True
        titled = core.capitalize()
        if core.isupper() and titled in w["places"]:
            tok.acronym = "place"
            return True
        return False
    return True


def _en_looks_common(tok: _Tok, w: _Lists) -> bool:
    """Could this capitalised word be an ordinary word written at the start of a sentence?"""
    core = tok.core
    if _en_name_shaped(core, w) or tok.acronym:
        return False
    if core in w["common"] or core in w["generic"] or core in w["demonyms"]:
        return True
    if core in w["titles"] or core in w["articles"]:
        return True
    low = core.lower()
    if "-" in low and all(p.capitalize() in w["demonyms"] for p in core.split("-")):
        return True
    if any(low.endswith(s) for s in w["common_suffixes_initial"]) and len(low) > 4:
        return True
    return bool(
        low.endswith("s") and len(low) > 3 and not any(low.endswith(s) for s in w["name_s_endings"])
    )


def _en_name_shaped(core: str, w: _Lists) -> bool:
    if core in w["places"] or core in w["first_names"] or core in w["known_names"]:
        return True
    low = core.lower()
    if len(low) >= 5 and any(low.endswith(s) for s in w["surname_suffixes"]):
        return core not in w["common"]
    return _en_place_suffix(core, w)


def _en_place_suffix(core: str, w: _Lists) -> bool:
    low = core.lower()
    if len(low) < int(w.raw.get("place_suffix_min_len", 5)):
        return False
    if "-" in low and low.rsplit("-", 1)[1] in {"kul", "köl", "kol", "abad", "ata", "suu"}:
        return True
    return any(low.endswith(s) for s in w["place_suffixes"])


def _en_is_demonym(tok: _Tok, w: _Lists) -> bool:
    core = tok.core
    if core in w["demonyms"]:
        return True
    return "-" in core and all(p.capitalize() in w["demonyms"] for p in core.split("-"))


def _en_gazetteer_len(text: str, tokens: list[_Tok], w: _Lists) -> int:
    """Length of the longest known place or name at the start of `tokens` (0 if none)."""
    best = 0
    for k in range(1, min(len(tokens), 6) + 1):
        key = _collapse(text[tokens[0].start : tokens[k - 1].end])
        if key in w["places"] or key in w["known_names"]:
            best = k
    if not best and tokens and tokens[0].acronym:
        best = 1
    return best


def _english(text: str) -> list[NameMention]:
    w = _lists("en")
    abbreviations = w["abbreviations"]
    toks = [_en_token(text, m, w) for m in _EN_TOKEN.finditer(text)]
    for t in toks:
        t.initial = _at_sentence_start(text, t.raw_start, abbreviations)
    headline = _en_is_headline(toks)
    runs = _en_runs(text, toks, w)
    runs = _en_merge_connectors(text, runs, w)
    mentions: list[NameMention] = []
    for run in runs:
        for seg, had_title in _en_split_titles(text, run, w, headline):
            mention = _en_clean(text, seg, had_title, headline, w)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _en_is_headline(toks: list[_Tok]) -> bool:
    """Title Case ("Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos"): every word but
    the small ones is capitalised, so capitals say nothing about names."""
    words = [t for t in toks if t.core.lower() not in _MINOR and t.core[:1].isalpha()]
    return len(words) >= 4 and all(t.core[:1].isupper() for t in words)


def _en_runs(text: str, toks: list[_Tok], w: _Lists) -> list[list[_Tok]]:
    particles = w["particles"]
    runs: list[list[_Tok]] = []
    i = 0
    while i < len(toks):
        if not toks[i].cap:
            i += 1
            continue
        run = [toks[i]]
        j = i
        while True:
            last = run[-1]
            if last.possessive or last.attributive or j + 1 >= len(toks):
                break
            # particles between two capitalised words: "bin", "van der"
            k = j + 1
            between: list[_Tok] = []
            while (
                k < len(toks)
                and toks[k].core in particles
                and _plain_gap(text, toks[k - 1].raw_end, toks[k].raw_start)
            ):
                between.append(toks[k])
                k += 1
            nxt = toks[k] if k < len(toks) else None
            if nxt is None or not nxt.cap or nxt.raw_start != nxt.start:
                break
            gap_from = between[-1].raw_end if between else last.raw_end
            if between and not _plain_gap(text, gap_from, nxt.raw_start):
                break
            if not between and not _en_joinable(text, last, nxt, abbreviations=w["abbreviations"]):
                break
            for b in between:
                b.particle = True
            run.extend(between)
            run.append(nxt)
            j = k
        runs.append(run)
        i = j + 1
    return runs


def _plain_gap(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return bool(gap) and _SPACES.fullmatch(gap) is not None


def _en_joinable(text: str, a: _Tok, b: _Tok, abbreviations: frozenset[str]) -> bool:
    gap = text[a.raw_end : b.raw_start]
    if _SPACES.fullmatch(gap or "x"):
        return True
    if gap.startswith(".") and (a.core in abbreviations or (len(a.core) == 1 and a.core.isupper())):
        rest = gap[1:]
        return rest == "" or _SPACES.fullmatch(rest) is not None
    return False


def _en_merge_connectors(text: str, runs: list[list[_Tok]], w: _Lists) -> list[list[_Tok]]:
    """Join "Ministry" + "of" + "Internal Affairs" when the left run ends in a heading word."""
    heads = w["connector_heads"]
    connectors = w["connectors"]
    on_heads = w["on_heads"]
    out: list[list[_Tok]] = []
    for run in runs:
        if out:
            prev = out[-1]
            last = prev[-1]
            gap = text[last.raw_end : run[0].raw_start]
            words = _collapse(gap)
            if (
                last.core in heads
                and not last.possessive
                and not last.attributive
                and gap.startswith(" ")
                and gap.endswith(" ")
                and (words in connectors or (words in ("on", "on the") and last.core in on_heads))
                and run[0].raw_start == run[0].start
                and not all(_en_is_demonym(t, w) for t in run)
            ):
                glue = [
                    _Tok(m.start() + last.raw_end, m.end() + last.raw_end, 0, 0, m.group(0))
                    for m in re.finditer(r"\S+", gap)
                ]
                for g in glue:
                    g.raw_start, g.raw_end, g.particle = g.start, g.end, True
                prev.extend(glue)
                prev.extend(run)
                continue
        out.append(list(run))
    return out


def _en_title_span(run: list[_Tok], i: int, w: _Lists) -> int:
    """Length of a title sequence ("Prime Minister", "Prosecutor General") starting at i, or 0."""
    titles, mods = w["titles"], w["title_modifiers"]
    k = i
    seen_core = False
    while k < len(run) and not run[k].particle:
        core = run[k].core
        if core in titles:
            seen_core = True
        elif core not in mods:
            break
        k += 1
        if run[k - 1].possessive:
            break
    if not seen_core:
        return 0
    # trailing modifiers after the last core title belong to it only if they follow it directly
    while k > i and run[k - 1].core not in titles and run[k - 1].core in mods:
        # "Prosecutor General" keeps General; "President State" would not occur
        if k - 2 >= i and run[k - 2].core in titles and run[k - 1].core in {"General"}:
            break
        k -= 1
    return k - i


def _en_split_titles(
    text: str, run: list[_Tok], w: _Lists, headline: bool
) -> list[tuple[list[_Tok], bool]]:
    """Cut a run at title sequences (and, in headlines, at common words)."""
    segments: list[tuple[list[_Tok], bool]] = []
    current: list[_Tok] = []
    had_title = False
    i = 0
    while i < len(run):
        n = _en_title_span(run, i, w)
        if n and not (i + n < len(run) and run[i + n - 1].possessive):
            # a title is not a name unless it heads an organisation ("President's Office")
            gaz = _en_gazetteer_len(text, run[i:], w)
            if gaz:
                current.extend(run[i : i + gaz])
                i += gaz
                continue
            if current:
                segments.append((current, had_title))
            current, had_title = [], True
            i += n
            continue
        tok = run[i]
        if headline and _en_headline_break(tok, w):
            gaz = _en_gazetteer_len(text, run[i:], w)
            if not gaz:
                if current:
                    segments.append((current, had_title))
                current, had_title = [], False
                i += 1
                continue
        current.append(tok)
        i += 1
    if current:
        segments.append((current, had_title))
    return segments


def _en_headline_break(tok: _Tok, w: _Lists) -> bool:
    """In a title-case headline, ordinary words ("Resigns", "During") end a name."""
    if tok.particle or _en_is_demonym(tok, w):
        return False
    if tok.core in w["generic"] or tok.core in w["org_heads"] or tok.core in w["connector_heads"]:
        return False
    return _en_looks_common(tok, w)


def _en_clean(
    text: str, seg: list[_Tok], had_title: bool, headline: bool, w: _Lists
) -> NameMention | None:
    tokens = list(seg)
    check = headline or tokens[0].initial  # first word may be an ordinary capitalised word
    heads = w["org_heads"] | w["state_heads"]
    while tokens and tokens[0].core in w["function_words"] and len(tokens) > 1:
        tokens, check = tokens[1:], True  # "Our Home", "On Mass Media": never a name's first word
    while tokens:
        if _en_gazetteer_len(text, tokens, w):
            check = False
            break
        first = tokens[0]
        rest = tokens[1:]
        if first.particle or first.core in w["articles"]:
            tokens, check = rest, True
            continue
        if _en_is_demonym(first, w):
            keeps = any(t.core in heads for t in rest) or (
                rest and rest[0].core in w["demonym_keep_before"]
            )
            if not keeps:
                tokens, check = rest, True
                continue
        if (
            first is seg[0]
            and (headline or first.initial)
            and rest
            and (first.core in w["common"] or first.core in w["generic"])
            and not _en_name_shaped(first.core, w)
        ):
            tokens, check = rest, True
            continue
        break
    while tokens and (tokens[-1].particle or tokens[-1].core in w["articles"]):
        tokens.pop()
    if not tokens:
        return None
    if all(len(t.core) == 1 for t in tokens if not t.particle):
        return None
    gaz = _en_gazetteer_len(text, tokens, w) == len(tokens)
    if not gaz:
        generic = w["generic"] | w["org_heads"] | w["state_heads"]
        if len(tokens) == 1:
            generic = generic | w["demonyms"]
        if all(t.particle or t.core in generic for t in tokens):
            return None
        if len(tokens) == 1:
            tok = tokens[0]
            if (check or tok.core in w["common"]) and _en_looks_common(tok, w):
                return None
            if tok.core in w["titles"]:
                return None
    start, end = tokens[0].start, tokens[-1].end
    span = text[start:end]
    kind = _en_kind(text, tokens, had_title, w)
    lemma = _collapse(span)
    if (
        len(tokens) == 1
        and tokens[0].acronym == "place"
        and span.isupper()
        and span not in w.mapping("acronyms")
    ):
        lemma = span.capitalize()  # "ALMATY" in a dateline
    return NameMention(start, end, span, kind, lemma)


def _en_kind(text: str, tokens: list[_Tok], had_title: bool, w: _Lists) -> str:
    key = _collapse(text[tokens[0].start : tokens[-1].end])
    if key in w["places"]:
        return "place"
    known = w.mapping("known_names")
    if key in known:
        return known[key]
    if len(tokens) == 1 and tokens[0].acronym:
        return tokens[0].acronym
    cores = [t.core for t in tokens if not t.particle]
    if any(c in w["org_heads"] for c in cores):
        return "org"
    if len(cores) == 2 and cores[0] in w["demonyms"] and cores[1] in w["state_heads"]:
        return "place"
    if had_title or _en_person_cue(text, tokens[0].raw_start, w) or cores[0] in w["first_names"]:
        return "person"
    if len(cores) == 1 and _en_place_suffix(cores[0], w):
        return "place"
    last = cores[-1].lower()
    if len(last) >= 5 and any(last.endswith(s) for s in w["surname_suffixes"]):
        return "person"
    return "name"


def _en_person_cue(text: str, start: int, w: _Lists) -> bool:
    before = text[max(0, start - 40) : start]
    m = re.search(r"([A-Za-z]+)[ \t]+$", before)
    return bool(m) and m.group(1) in w["person_cues"]


# --------------------------------------------------------------------------------------------
# Kyrgyz
# --------------------------------------------------------------------------------------------

_KY_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:-\d+)?")
def _ky_protected(word: str, w: _Lists) -> bool:
    low = word.lower()
    return (
        low in w.lower("places")
        or low in w.lower("first_names")
        or low in w.lower("known_names")
        or low in w.lower("common")
    )


def _ky_strip(word: str, w: _Lists) -> tuple[str, str, bool]:
    """(stem, cut ending, plural) for a Kyrgyz word; the word itself when nothing fits.

    The grammar is Kyrgyz morphology's (`reader.lang.ky.morphology.strip`); this adds what
    only extraction knows: its word lists protect names and words that merely end like a
    suffix, short stems must be known places, and an organisation's head noun (Кеңеши) ends
    in a possessive.
    """
    if _ky_protected(word, w):
        return word, "", False
    heads = frozenset(w.lower("org_heads") | w.lower("state_heads"))
    stem, chain = kyrgyz.strip(word, possessive=heads)
    short_ok = {p.lower() for p in w["places"] if len(p) <= 3}
    if not chain or not _ky_stem_ok(stem, short_ok):
        return word, "", False
    return _ky_restore(stem, w), word[len(stem) :], "plural" in chain


def _ky_stem_ok(stem: str, short_ok: set[str]) -> bool:
    letters = sum(1 for ch in stem if ch.isalpha())
    if letters >= 3:
        return stem[-1].isalpha()
    return stem.lower() in short_ok


def _ky_restore(stem: str, w: _Lists) -> str:
    """'Кремл' -> 'Кремль', 'Казан' stays: add a soft sign when that gives a known place."""
    if (stem + "ь").lower() in w.lower("places"):
        return stem + "ь"
    return stem


def _ky_token(text: str, m: re.Match[str], w: _Lists, en: _Lists) -> _Tok:
    s, e = m.span()
    word = m.group(0)
    tok = _Tok(s, e, s, e, word)
    if not word[0].isupper():
        return tok
    acronyms = {**en.mapping("acronyms"), **w.mapping("acronyms")}
    upper = re.match(r"[^\W\d_a-zа-яёөүң]+", word)
    upper_len = upper.end() if upper else 0
    if upper_len >= 2:
        head = word[:upper_len]
        if head in acronyms:
            tok.acronym = acronyms[head]
            tok.cap = True
            tok.lemma = head
            tok.suffix = word[upper_len:]
            return tok
        if upper_len == len(word) and word.capitalize().lower() in w.lower("places"):
            tok.acronym, tok.cap, tok.lemma = "place", True, word.capitalize()
            return tok
        if upper_len == len(word) and word.capitalize() in en["places"]:
            tok.acronym, tok.cap, tok.lemma = "place", True, word.capitalize()
            return tok
        return tok  # an unknown acronym ("КЭУлар", "ЛГБТ") is not a name
    if LATIN.match(word):
        latin = re.match(r"[A-Za-z'’\-]+", word)
        head = (latin.group(0) if latin else word).rstrip("'’-")
        tok.latin = True
        tok.lemma = head
        tok.suffix = word[len(head) :]
        tok.cap = head not in en["never"] and head not in en["months"]
        return tok
    low = word.lower()
    stem, suffix, plural = _ky_strip(word, w)
    tok.lemma, tok.suffix, tok.plural = stem, suffix, plural
    bare = stem.lower()
    if bare in w.lower("months") or bare in w.lower("weekdays") or low in w.lower("months"):
        return tok
    tok.cap = True
    return tok


def _kyrgyz(text: str) -> list[NameMention]:
    w, en = _lists("ky"), _lists("en")
    abbreviations = frozenset({"Ст", "ст", "Санкт"}) | en["abbreviations"]
    toks = [_ky_token(text, m, w, en) for m in _KY_TOKEN.finditer(text)]
    for t in toks:
        t.initial = _at_sentence_start(text, t.raw_start, abbreviations)
    runs: list[list[_Tok]] = []
    i = 0
    while i < len(toks):
        if not toks[i].cap:
            i += 1
            continue
        run = [toks[i]]
        while i + 1 < len(toks):
            a, b = toks[i], toks[i + 1]
            if not b.cap or a.suffix:
                break  # only the last word of a Kyrgyz name takes a case ending
            gap = text[a.end : b.start]
            if gap.strip() == "." and a.core in abbreviations:
                run.append(b)  # "Ст. Петербург"
                i += 1
                continue
            if not _SPACES.fullmatch(gap or "x") or _ky_new_name(run, b, w):
                break
            run.append(b)
            i += 1
        runs.append(run)
        i += 1
    mentions = []
    for run in runs:
        for seg, had_title in _ky_split_titles(run, w):
            mention = _ky_clean(text, seg, had_title, w, en)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _ky_new_name(run: list[_Tok], b: _Tok, w: _Lists) -> bool:
    """Does `b` start a new name rather than continue `run`? Kyrgyz puts names side by side
    ("Кыргызстан Исмаилова белгилеген", "Садыр Жапаров Алматыда")."""
    a = run[-1]
    if _ky_place_adjective(b, w):
        return True  # "Навалный Кремлчил": "pro-Kremlin" does not end a name
    words = [_ky_word(t) for t in run] + [_ky_word(b)]
    for k in range(len(words) - 1):
        prefix = " ".join(words[k:])
        if any(name.startswith(prefix) for name in _ky_multiword()):
            return False
    word_b = _ky_word(b)
    if word_b in w.lower("places") or word_b in w.lower("demonyms") or b.acronym:
        return True
    known_a = _ky_word(a) in w.lower("places") or bool(a.acronym)
    if known_a and (_ky_surname_like(b, w) or word_b in w.lower("first_names")):
        return True
    return _ky_surname_like(a, w) and word_b in w.lower("first_names")


@cache
def _ky_multiword() -> tuple[str, ...]:
    w = _lists("ky")
    names = list(w["places"]) + list(w.mapping("known_names"))
    return tuple(n.lower() for n in names if " " in n)


def _ky_surname_like(tok: _Tok, w: _Lists) -> bool:
    word = _ky_word(tok)
    return len(word) >= 5 and any(word.endswith(s) for s in w["surname_suffixes"])


def _ky_word(tok: _Tok) -> str:
    return (tok.lemma or tok.core).lower()


def _ky_split_titles(run: list[_Tok], w: _Lists) -> list[tuple[list[_Tok], bool]]:
    titles = w.lower("titles")
    segments: list[tuple[list[_Tok], bool]] = []
    current: list[_Tok] = []
    had_title = False
    for tok in run:
        if _ky_word(tok) in titles or tok.core.lower() in titles:
            if current:
                segments.append((current, had_title))
            current, had_title = [], True
            continue
        current.append(tok)
    if current:
        segments.append((current, had_title))
    return segments


def _ky_place_adjective(tok: _Tok, w: _Lists) -> bool:
    """ "Москвалык", "Кремлчил", "Казакстандык": an adjective made from a known place."""
    word = _ky_word(tok)
    places = w.lower("places")
    for suffix in w["adjective_suffixes"]:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and (stem in places or stem + "ь" in places):
            return True
    return False


def _ky_adjectival(tok: _Tok, w: _Lists) -> bool:
    word = _ky_word(tok)
    return any(word.endswith(s) for s in w["adjective_suffixes"]) and len(word) > 5


def _ky_name_shaped(tok: _Tok, w: _Lists, en: _Lists) -> bool:
    if tok.acronym:
        return True
    if tok.latin:
        return tok.lemma not in en["common"] and tok.lemma not in en["articles"]
    word = _ky_word(tok)
    if (
        word in w.lower("places")
        or word in w.lower("first_names")
        or word in w.lower("known_names")
    ):
        return True
    if word in w.lower("common"):
        return False
    if len(word) >= 5 and any(word.endswith(s) for s in w["surname_suffixes"]):
        return True
    return len(word) >= int(w.raw.get("place_suffix_min_len", 5)) and any(
        word.endswith(s) for s in w["place_suffixes"]
    )


def _ky_clean(
    text: str, seg: list[_Tok], had_title: bool, w: _Lists, en: _Lists
) -> NameMention | None:
    tokens = list(seg)
    check = tokens[0].initial
    keep_before = w.lower("demonym_keep_before")
    heads = w.lower("org_heads") | w.lower("state_heads")
    while tokens:
        if _ky_gazetteer_len(tokens, w):
            check = False
            break
        first, rest = tokens[0], tokens[1:]
        word = _ky_word(first)
        if first.latin and first.lemma in en["articles"]:
            tokens, check = rest, True
            continue
        if word in w.lower("demonyms") or first.core.lower() in w.lower("demonyms"):
            keeps = bool(rest) and (
                _ky_word(rest[0]) in keep_before or any(_ky_word(t) in heads for t in rest)
            )
            if not keeps:
                tokens, check = rest, True
                continue
        if (
            check
            and rest
            and not _ky_name_shaped(first, w, en)
            and (word in w.lower("common") or _ky_adjectival(first, w) or first.plural)
        ):
            tokens = rest
            continue
        break
    if not tokens:
        return None
    if len(tokens) == 1 and not _ky_gazetteer_len(tokens, w):
        tok = tokens[0]
        word = _ky_word(tok)
        if tok.plural or _ky_adjectival(tok, w):
            return None
        if word in w.lower("generic") or word in w.lower("common") or word in w.lower("demonyms"):
            return None
        if not tok.latin and (word in w.lower("org_heads") or word in w.lower("state_heads")):
            return None
        if tok.latin and (tok.lemma in en["common"] or tok.lemma in en["generic"]):
            return None
        if check and not _ky_name_shaped(tok, w, en):
            return None
    start, end = tokens[0].start, tokens[-1].end
    span = text[start:end]
    last = tokens[-1]
    lemma_text = text[start : last.start] + (last.lemma or last.core)
    lemma = _collapse(lemma_text)
    return NameMention(start, end, span, _ky_kind(text, tokens, had_title, lemma, w), lemma)


def _ky_gazetteer_len(tokens: list[_Tok], w: _Lists) -> int:
    best = 0
    for k in range(1, min(len(tokens), 5) + 1):
        words = [t.core for t in tokens[: k - 1]] + [tokens[k - 1].lemma or tokens[k - 1].core]
        key = " ".join(words).lower()
        if key in w.lower("places") or key in w.lower("known_names"):
            best = k
    if not best and tokens and tokens[0].acronym:
        best = 1
    return best


def _ky_kind(text: str, tokens: list[_Tok], had_title: bool, lemma: str, w: _Lists) -> str:
    low = lemma.lower()
    if low in w.lower("places"):
        return "place"
    for name, kind in w.mapping("known_names").items():
        if name.lower() == low:
            return kind
    if len(tokens) == 1 and tokens[0].acronym:
        return tokens[0].acronym
    words = [_ky_word(t) for t in tokens]
    if any(x in w.lower("org_heads") for x in words):
        return "org"
    if any(x in w.lower("state_heads") for x in words):
        return "place"
    if len(tokens) == 1 and tokens[0].latin:
        return "name"
    if had_title or words[0] in w.lower("first_names") or _ky_person_cue(text, tokens[0].start, w):
        return "person"
    if len(words) == 1 and any(words[0].endswith(s) for s in w["place_suffixes"]):
        return "place"
    if len(words[-1]) >= 5 and any(words[-1].endswith(s) for s in w["surname_suffixes"]):
        return "person"
    return "name"


def _ky_person_cue(text: str, start: int, w: _Lists) -> bool:
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 40) : start])
    return bool(m) and m.group(1).lower() in w.lower("person_cues")


# --------------------------------------------------------------------------------------------
# Russian
# --------------------------------------------------------------------------------------------


class _NatashaModels:
    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        from reader.lang.ru.vocab import MorphVocab

        self.segmenter = Segmenter()
        emb = NewsEmbedding()
        self.ner = NewsNERTagger(emb)
        self.morph = NewsMorphTagger(emb)
        self.vocab = MorphVocab()
        self.lock = threading.Lock()


_NATASHA: _NatashaModels | None = None
_NATASHA_FAILED = False
_NATASHA_LOCK = threading.Lock()


def _natasha() -> _NatashaModels | None:
    global _NATASHA, _NATASHA_FAILED
    if _NATASHA is not None or _NATASHA_FAILED:
        return _NATASHA
    with _NATASHA_LOCK:
        if _NATASHA is None and not _NATASHA_FAILED:
            try:
                _NATASHA = _NatashaModels()
            except ImportError as exc:
                _NATASHA_FAILED = True
                _LOG.warning("natasha unavailable (%s): Russian names use the rule fallback", exc)
    return _NATASHA


_RU_KINDS = {"PER": "person", "LOC": "place", "ORG": "org"}
_RU_CASES = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
}
_QUOTES_CLOSE = '»“”"'


def _russian_many(texts: list[str]) -> list[list[NameMention]]:
    models = _natasha()
    if models is None:
        return [_russian_rules(t) for t in texts]
    from natasha import Doc
    from natasha.doc import adapt_spans, inject_morph, sent_words

    out: list[list[NameMention]] = [[] for _ in texts]
    live = [i for i, t in enumerate(texts) if t.strip()]
    if not live:
        return out
    with models.lock:
        markups = list(models.ner.map([texts[i] for i in live]))
        docs = []
        for i, markup in zip(live, markups, strict=True):
            doc = Doc(texts[i])
            doc.segment(models.segmenter)
            doc.spans = list(adapt_spans(doc, markup.spans))
            doc.envelop_span_tokens()
            doc.envelop_sent_spans()
            extra = _ru_missed(doc, models)
            if doc.spans or extra:
                docs.append((i, doc, extra))
        wanted = {id(t) for _, _, extra in docs for t in extra}
        sents = [
            s
            for _, doc, _ in docs
            for s in doc.sents
            if s.spans or any(id(t) in wanted for t in s.tokens)
        ]
        if sents:
            tagged = models.morph.map([sent_words(s) for s in sents])
            for sent, markup in zip(sents, tagged, strict=True):
                inject_morph(sent.tokens, markup.tokens)
        for i, doc, extra in docs:
            found = [m for span in doc.spans for m in _ru_mention(doc.text, span, models)]
            found += [m for tok in extra if (m := _ru_missed_mention(tok, models))]
            out[i] = sorted(found, key=lambda m: (m.start, m.end))
    return out


_RU_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|е|ой|ою)?$")


def _ru_missed(doc: Any, models: _NatashaModels) -> list[Any]:
    """Capitalised words natasha left out that are surely names: a known place ("Кыргызстану")
    or a Russian-style surname ("Жапарова", "Джапаров" at the start of a sentence)."""
    covered = [(s.start, s.stop) for s in doc.spans]
    w = _lists("ru")
    places = w.lower("places") | _lists("ky").lower("places")
    found = []
    for tok in doc.tokens:
        text = tok.text
        if not text[:1].isupper() or text.isupper() or not CYRILLIC.match(text):
            continue
        if any(a <= tok.start < b for a, b in covered):
            continue
        word = text.lower()
        forms = models.vocab(word)
        if any(f.normal_form in places for f in forms if "Geox" in f.tag) or word in places:
            found.append(tok)
            continue
        if (
            _RU_SURNAME.search(word)
            and forms
            and forms[0].tag.POS == "NOUN"
            and any("Surn" in f.tag or "Name" in f.tag for f in forms[:3])
            and word not in w.lower("common")
        ):
            found.append(tok)
    return found


def _ru_missed_mention(tok: Any, models: _NatashaModels) -> NameMention | None:
    w = _lists("ru")
    places = {p.lower(): p for p in list(w["places"]) + list(_lists("ky")["places"])}
    word = tok.text.lower()
    for f in models.vocab(word):
        if "Geox" in f.tag and f.normal_form in places:
            return NameMention(tok.start, tok.stop, tok.text, "place", places[f.normal_form])
    if word in places:
        return NameMention(tok.start, tok.stop, tok.text, "place", places[word])
    feats = tok.feats or {}
    gender = {"Masc": "masc", "Fem": "femn"}.get(feats.get("Gender", ""))
    try:
        lemma = _ru_person_word(tok, gender, models.vocab, single=True)
    except Exception:  # keep the name even if morphology fails
        lemma = word
    from natasha.shape import recover_shape

    return NameMention(tok.start, tok.stop, tok.text, "person", recover_shape(lemma, tok.text))


_RU_NOT_NAME_POS = {"VERB", "AUX", "ADP", "ADV", "PRON", "SCONJ", "CCONJ", "PART", "DET", "NUM"}
_RU_NAME_GRAMS = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}


def _ru_mention(text: str, span: Any, models: _NatashaModels) -> list[NameMention]:
    w = _lists("ru")
    tokens = list(span.tokens)
    titles = w.lower("titles")
    # trim titles ("Президент"), punctuation and capitalised non-name words ("Созданная Кремлем")
    while tokens and (
        tokens[0].text.lower() in titles
        or not any(c.isalnum() for c in tokens[0].text)
        or (
            tokens[0].pos in _RU_NOT_NAME_POS
            and len(tokens) > 1
            and _at_sentence_start(text, tokens[0].start, frozenset(), quotes=False)
        )
    ):
        tokens = tokens[1:]
    extra: list[NameMention] = []
    # "Организация ... (ОДКБ": the bracket becomes its own mention
    for k, tok in enumerate(tokens):
        if tok.text == "(":
            inner = [t for t in tokens[k + 1 :] if any(c.isalnum() for c in t.text)]
            if len(inner) == 1 and inner[0].text[:1].isupper():
                acr = inner[0]
                kind = _RU_KINDS.get(span.type, "name")
                extra.append(NameMention(acr.start, acr.stop, acr.text, kind, acr.text))
            tokens = tokens[:k]
            break
    while tokens and not any(c.isalnum() for c in tokens[-1].text):
        tokens = tokens[:-1]
    if not tokens or not any(c.isupper() for t in tokens for c in t.text):
        return extra
    if len(tokens) == 1 and _ru_common_word(text, tokens[0], models, w):
        return extra
    start, end = tokens[0].start, tokens[-1].stop
    # keep quotes balanced: «Ата-Журт Кыргызстан» gets its closing quote
    inner_text = text[start:end]
    opened = sum(inner_text.count(q) for q in "«„") - inner_text.count("»")
    if opened > 0 and end < len(text) and text[end] in _QUOTES_CLOSE:
        end += 1
    kind = _RU_KINDS.get(span.type, "name")
    try:
        lemma = _ru_lemma(kind, tokens, models)
    except Exception:  # a lemma is a convenience; a morphology hiccup must not lose the name
        lemma = " ".join(t.text for t in tokens)
    if end > tokens[-1].stop:
        lemma += text[tokens[-1].stop : end]
    lemma = _collapse(lemma)
    places = w.lower("places") | _lists("ky").lower("places")
    if lemma.lower() in places:
        kind = "place"  # natasha sometimes calls "Кыргызстан" a person
        if lemma.isupper() and len(lemma) > 4:
            lemma = lemma.capitalize()  # "АЛМАТЫ" in a dateline
    return [NameMention(start, end, text[start:end], kind, lemma), *extra]


def _ru_common_word(text: str, tok: Any, models: _NatashaModels, w: _Lists) -> bool:
    """A lone capitalised dictionary word at the start of a sentence ("Протесты", "Рудники")."""
    word = tok.text.lower()
    if word in w.lower("common"):
        return True
    if not _at_sentence_start(text, tok.start, frozenset(), quotes=False):
        return False
    if word in w.lower("places") or word in _lists("ky").lower("places"):
        return False
    vocab = models.vocab
    if not vocab.word_is_known(word):
        return False
    return not any(_RU_NAME_GRAMS & set(f.tag.grammemes) for f in vocab(word))


def _ru_lemma(kind: str, tokens: list[Any], models: _NatashaModels) -> str:
    from natasha.norm import inflect_word, normalize, recover_shapes, recover_spaces

    vocab = models.vocab
    if kind == "person":
        gender = _ru_person_gender(tokens, vocab)
        words = [_ru_person_word(t, gender, vocab, len(tokens) == 1) for t in tokens]
        return recover_spaces(list(recover_shapes(words, tokens)), tokens)
    if kind == "org":
        words = []
        inflecting = True
        for t in tokens:
            if inflecting:
                words.append(inflect_word(vocab, t))
                if t.pos in ("NOUN", "PROPN"):
                    inflecting = False
            else:
                words.append(t.text)
        return recover_spaces(list(recover_shapes(words, tokens)), tokens)
    return normalize(vocab, tokens)


def _ru_person_gender(tokens: list[Any], vocab: Any) -> str | None:
    for tok in tokens:
        forms = [f for f in vocab(tok.text.lower()) if "Name" in f.tag]
        case = _RU_CASES.get((tok.feats or {}).get("Case", ""))
        in_case = [f for f in forms if f.tag.case == case] if case else forms
        genders = {f.tag.gender for f in in_case} & {"masc", "femn"}
        if len(genders) == 1:
            return genders.pop()
    tagged = {(t.feats or {}).get("Gender") for t in tokens} & {"Masc", "Fem"}
    if len(tagged) == 1:
        return "masc" if tagged.pop() == "Masc" else "femn"
    return None


def _ru_person_word(tok: Any, gender: str | None, vocab: Any, single: bool) -> str:
    word = tok.text.lower()
    case = _RU_CASES.get((tok.feats or {}).get("Case", ""))
    if case == "nomn" and not (
        single and gender == "masc" and re.search(r"[оеё]ва$|[иы]на$", word)
    ):
        # trust a nominative, except a lone "Жапарова" of a man (genitive, not a woman's name)
        return word.replace("ё", "е")
    # a person is one person: plural readings ("Жапаров" as genitive plural of "Жапар") are noise
    forms = [f for f in vocab(word) if f.tag.POS == "NOUN" and f.tag.number != "plur"]
    named = [f for f in forms if {"Name", "Surn", "Patr"} & set(f.tag.grammemes)]
    cands = named or forms
    if gender:
        cands = [f for f in cands if f.tag.gender in (gender, None) or "ms-f" in f.tag] or cands
    if not cands or any(f.tag.case == "nomn" for f in cands):
        return word.replace("ё", "е")
    cands.sort(key=lambda f: f.tag.case != case)
    for form in cands:
        grams = {"nomn", "sing"} if "Pltm" not in form.tag else {"nomn"}
        if gender and "Surn" in form.tag:
            grams.add(gender)
        inflected = _oc_inflect(form, grams)
        if inflected is not None:
            return inflected.word.replace("ё", "е")
    return word.replace("ё", "е")


def _oc_inflect(form: Any, grams: set[str]) -> Any:
    from pymorphy2.analyzer import Parse

    return Parse.inflect(form, grams)


_RU_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _russian_rules(text: str) -> list[NameMention]:
    """Fallback without natasha: capitalised runs, minus titles and sentence-initial words."""
    w = _lists("ru")
    common, titles, months = w.lower("common"), w.lower("titles"), w.lower("months")
    toks = list(_RU_TOKEN.finditer(text))
    out: list[NameMention] = []
    i = 0
    while i < len(toks):
        m = toks[i]
        word = m.group(0)
        if not word[0].isupper() or word.lower() in months or word.isupper():
            i += 1
            continue
        run = [m]
        while (
            i + 1 < len(toks)
            and toks[i + 1].group(0)[0].isupper()
            and _SPACES.fullmatch(text[run[-1].end() : toks[i + 1].start()] or "x")
        ):
            i += 1
            run.append(toks[i])
        i += 1
        initial = _at_sentence_start(text, run[0].start(), frozenset())
        while run and (
            run[0].group(0).lower() in titles or (initial and run[0].group(0).lower() in common)
        ):
            run = run[1:]
        if not run or (initial and len(run) == 1 and run[0].start() == m.start()):
            continue
        start, end = run[0].start(), run[-1].end()
        out.append(NameMention(start, end, text[start:end], "name", _collapse(text[start:end])))
    return out


# One extractor per language: texts in, mentions per text out.
_EXTRACTORS: dict[str, Callable[[list[str]], list[list[NameMention]]]] = {
    "en": lambda texts: [_english(t) for t in texts],
    "ru": _russian_many,
    "ky": lambda texts: [_kyrgyz(t) for t in texts],
}
