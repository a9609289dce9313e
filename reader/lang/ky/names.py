"""Kyrgyz names by rules, like English but for Cyrillic (ө ү ң) with Latin words allowed inside.

The lemma of the last word drops one case ending (optionally after a plural), checked against
Kyrgyz consonant assimilation and vowel harmony by `morphology.py` beside this file, so
"Жапаровдун" gives "Жапаров", "Ысык-Көлдө" "Ысык-Көл", "Кыргыз Республикасынын" "Кыргыз
Республикасы" and "Алматы" or "Канада" are left alone. A sentence-initial single word counts
only when it looks like a name (gazetteer, first name, surname or place ending). A lowercase
generic place word or patronymic particle after a name is part of it and takes its case ending
("Ысык-Көл облусунда" gives "Ысык-Көл облусу", "Турсунбек кызынын" "Турсунбек кызы"). Word
lists: `names.json` beside this file, the generic words and their endings
`reader/names/place_words.json`, the particles `reader/lang/patronymics.json`; Latin words
are judged by the source language's lists.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from reader.lang.base import LATIN
from reader.lang.extraction import (
    SPACES,
    NameContext,
    NameExtractor,
    NameMention,
    Token,
    WordLists,
    at_sentence_start,
    collapse,
    generic_place_words,
    particles,
    place_word_lists,
    titles_lower,
    trailing_place_words,
)
from reader.lang.ky import morphology as kyrgyz

_KY_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:-\d+)?")
# A Kyrgyz possessive (облус-у, шаар-ы, көл-ү) in Kyrgyz letters, one or two words (кырка тоосу).
_KY_POSSESSIVE = re.compile(r"[а-яёңөү-]+(?: [а-яёңөү-]+)?[ыиуү]")
_MAX_TAIL_WORDS = 2
# A Russian-style patronymic (Нургожоевич, Жумабековна), a name that runs on after a surname.
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична")
_Tail = tuple[int, int, str, str]  # a generic word's or particle's start, end, bare word, kind


def _ky_protected(word: str, w: WordLists) -> bool:
    low = word.lower()
    return (
        low in w.lower("places")
        or low in w.lower("first_names")
        or low in w.lower("known_names")
        or low in w.lower("common")
    )


def _ky_strip(word: str, w: WordLists) -> tuple[str, str, bool]:
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


def _ky_restore(stem: str, w: WordLists) -> str:
    """'Кремл' -> 'Кремль', 'Казан' stays: add a soft sign when that gives a known place."""
    if (stem + "ь").lower() in w.lower("places"):
        return stem + "ь"
    return stem


def _ky_token(text: str, m: re.Match[str], w: WordLists, en: WordLists) -> Token:
    s, e = m.span()
    word = m.group(0)
    tok = Token(s, e, s, e, word)
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


class KyrgyzNames(NameExtractor):
    def extract(self, text: str, context: NameContext) -> list[NameMention]:
        return _kyrgyz(text, context.own, context.source)


def _kyrgyz(text: str, w: WordLists, en: WordLists) -> list[NameMention]:
    abbreviations = frozenset({"Ст", "ст", "Санкт"}) | en["abbreviations"]
    toks = [_ky_token(text, m, w, en) for m in _KY_TOKEN.finditer(text)]
    for t in toks:
        t.initial = at_sentence_start(text, t.raw_start, abbreviations)
    index = {t.start: i for i, t in enumerate(toks)}
    mentions = []
    for run in _ky_runs(text, toks, w, abbreviations):
        tail = _ky_tail(text, toks[index[run[-1].start] + 1 :], run[-1])
        segments = _ky_split_titles(run, w)
        for n, (seg, had_title) in enumerate(segments, 1):
            placed = tail is not None and tail[3] == "place" and n == len(segments)
            mention = _ky_clean(text, seg, had_title, w, en, placed)
            if mention is not None and tail is not None and n == len(segments):
                mention = _ky_with_tail(text, mention, tail)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _ky_tail(text: str, after: list[Token], last: Token) -> _Tail | None:
    """The generic place word (Ысык-Көл облусунда) or patronymic particle (Турсунбек
    кызынын) right after a name's uninflected last word: (its start, end, the word without
    its case ending, the name's kind)."""
    if last.suffix or last.acronym or last.latin:
        return None
    tails = _ky_tails()
    for size in range(min(_MAX_TAIL_WORDS, len(after)), 0, -1):
        words = after[:size]
        gaps = (text[a.end : b.start] for a, b in pairwise([last, *words]))
        if any(not SPACES.fullmatch(gap or "x") for gap in gaps):
            continue
        found = tails.get(" ".join(t.core for t in words))
        if found is not None:
            return words[0].start, words[-1].end, *found
    return None


@lru_cache(maxsize=1)
def _ky_tails() -> dict[str, tuple[str, str]]:
    """Each Kyrgyz generic place word and patronymic particle, bare and with each Cyrillic case
    ending: the word as written -> (the bare word, the kind of name it ends)."""
    raw = place_word_lists()
    bare = {
        word: "place"
        for word in (*generic_place_words(), *trailing_place_words())
        if _KY_POSSESSIVE.fullmatch(word)
    } | dict.fromkeys(particles("ky"), "person")
    endings = [e for e in raw["case_endings"]["endings"] if not e.isascii()]
    return {word + ending: (word, kind) for word, kind in bare.items() for ending in ("", *endings)}


def _ky_with_tail(text: str, mention: NameMention, tail: _Tail) -> NameMention:
    """`mention` with the generic word or particle after it, whose case ending it takes."""
    start, end, bare, kind = tail
    lemma = collapse(text[mention.start : start] + bare)
    return NameMention(mention.start, end, text[mention.start : end], kind, lemma)


def _ky_runs(
    text: str, toks: list[Token], w: WordLists, abbreviations: frozenset[str]
) -> list[list[Token]]:
    """Capitalised words side by side, each run one name or several (cut by `_ky_new_name`)."""
    runs: list[list[Token]] = []
    i = 0
    while i < len(toks):
        if not toks[i].cap:
            i += 1
            continue
        run = [toks[i]]
        while i + 1 < len(toks) and _ky_continues(
            text, run, toks[i + 1], w, abbreviations, _ky_next(text, toks, i + 1)
        ):
            run.append(toks[i + 1])
            i += 1
        runs.append(run)
        i += 1
    return runs


def _ky_next(text: str, toks: list[Token], i: int) -> Token | None:
    """The word right after `toks[i]`, a space apart, if there is one."""
    if i + 1 >= len(toks) or not SPACES.fullmatch(text[toks[i].end : toks[i + 1].start] or "x"):
        return None
    return toks[i + 1]


def _ky_continues(
    text: str,
    run: list[Token],
    b: Token,
    w: WordLists,
    abbreviations: frozenset[str],
    after: Token | None = None,
) -> bool:
    """Whether `b` goes on with the name of `run`; `after`: the word after `b`."""
    a = run[-1]
    if not b.cap or a.suffix:
        return False  # only the last word of a Kyrgyz name takes a case ending
    gap = text[a.end : b.start]
    if gap.strip() == "." and (a.core in abbreviations or _ky_initial(a)):
        return True  # "Ст. Петербург", "А. У. Бекташев", "Бекташев А. У."
    return SPACES.fullmatch(gap or "x") is not None and not _ky_new_name(run, b, w, after)


def _ky_initial(tok: Token) -> bool:
    return len(tok.core) == 1 and tok.core.isupper()


def _ky_new_name(run: list[Token], b: Token, w: WordLists, after: Token | None = None) -> bool:
    """Does `b` start a new name rather than continue `run`? Kyrgyz puts names side by side
    ("Кыргызстан Исмаилова белгилеген", "Садыр Жапаров Алматыда"); a surname before a given
    name and a patronymic is the official order (Жапаров Садыр Нургожоевич)."""
    a = run[-1]
    if _ky_place_adjective(b, w):
        return True  # "Навалный Кремлчил": "pro-Kremlin" does not end a name
    words = [_ky_word(t) for t in run] + [_ky_word(b)]
    for k in range(len(words) - 1):
        prefix = " ".join(words[k:])
        if any(name.startswith(prefix) for name in _ky_multiword(w)):
            return False
    word_b = _ky_word(b)
    if word_b in w.lower("places") or word_b in w.lower("demonyms") or b.acronym:
        return True
    known_a = _ky_word(a) in w.lower("places") or bool(a.acronym)
    if known_a and (_ky_surname_like(b, w) or word_b in w.lower("first_names")):
        return True
    surname_first = len(run) == 1 and after is not None and _ky_patronymic(after)
    return _ky_surname_like(a, w) and (
        (word_b in w.lower("first_names") and not surname_first) or _ky_after_whole_name(run, b)
    )


def _ky_after_whole_name(run: list[Token], b: Token) -> bool:
    """A given name and a surname are a whole name: a capitalised word after them that is no
    patronymic starts another ("Садыр Жапаров Хоргоско барды": Khorgos is where he went),
    while "Садыр Нургожоевич Жапаров" runs on through its patronymic."""
    return len(run) >= 2 and not _ky_patronymic(run[-1]) and not _ky_patronymic(b)


def _ky_patronymic(tok: Token) -> bool:
    return _ky_word(tok).endswith(_PATRONYMIC_ENDINGS)


@lru_cache(maxsize=4)  # one per word-list file
def _ky_multiword(w: WordLists) -> tuple[str, ...]:
    names = list(w["places"]) + list(w.mapping("known_names"))
    return tuple(n.lower() for n in names if " " in n)


def _ky_surname_like(tok: Token, w: WordLists) -> bool:
    word = _ky_word(tok)
    return len(word) >= 5 and any(word.endswith(s) for s in w["surname_suffixes"])


def _ky_word(tok: Token) -> str:
    return (tok.lemma or tok.core).lower()


def _ky_split_titles(run: list[Token], w: WordLists) -> list[tuple[list[Token], bool]]:
    words = titles_lower(w, "ky")
    segments: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
    had_title = False
    for tok in run:
        if _ky_word(tok) in words or tok.core.lower() in words:
            if current:
                segments.append((current, had_title))
            current, had_title = [], True
            continue
        current.append(tok)
    if current:
        segments.append((current, had_title))
    return segments


def _ky_place_adjective(tok: Token, w: WordLists) -> bool:
    """ "Москвалык", "Кремлчил", "Казакстандык": an adjective made from a known place."""
    word = _ky_word(tok)
    places = w.lower("places")
    for suffix in w["adjective_suffixes"]:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and (stem in places or stem + "ь" in places):
            return True
    return False


def _ky_adjectival(tok: Token, w: WordLists) -> bool:
    """A word ending like an adjective (Кремлчил, Москвалык), not a case form of one: a
    Kyrgyz adjective takes no case ending before its noun, so a capitalised word with one
    in a sentence is a name that merely ends so (Бостандыкка, Сокулукта), unless it is made
    from a known place (Москвалыкка: to a Muscovite)."""
    if tok.suffix and not tok.plural and not tok.initial and not _ky_place_adjective(tok, w):
        return False
    word = _ky_word(tok)
    return any(word.endswith(s) for s in w["adjective_suffixes"]) and len(word) > 5


def _ky_name_shaped(tok: Token, w: WordLists, en: WordLists) -> bool:
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
    text: str,
    seg: list[Token],
    had_title: bool,
    w: WordLists,
    en: WordLists,
    placed: bool = False,
) -> NameMention | None:
    """The name in a run's segment, or None; `placed`: a generic place word follows it
    (Токтогул суу сактагычы), which makes a sentence's first word a place's name."""
    tokens, check = _ky_trim_front(seg, w, en)
    if not tokens:
        return None
    if (
        len(tokens) == 1
        and not _ky_gazetteer_len(tokens, w)
        and _ky_not_a_name(tokens[0], check and not placed, w, en)
    ):
        return None
    start, end = tokens[0].start, tokens[-1].end
    last = tokens[-1]
    dot = "." if _ky_initial(last) and text[end : end + 1] == "." else ""  # Бекташев С. У.
    end += len(dot)
    span = text[start:end]
    lemma_text = text[start : last.start] + (last.lemma or last.core) + dot
    lemma = collapse(lemma_text)
    return NameMention(start, end, span, _ky_kind(text, tokens, had_title, lemma, w), lemma)


def _ky_trim_front(seg: list[Token], w: WordLists, en: WordLists) -> tuple[list[Token], bool]:
    """The segment without leading words that are no part of a name, and whether its first
    word may still be an ordinary capitalised word: not once a sentence's first word has
    gone (Кечээ Жезказганга: the sentence's capital was the adverb's, so the next is the
    name's own)."""
    tokens = list(seg)
    check = tokens[0].initial
    while tokens:
        if _ky_gazetteer_len(tokens, w):
            return tokens, False
        if not _ky_drops_first(tokens, check, w, en):
            break
        started = tokens[0].initial
        tokens, check = tokens[1:], not started
    return tokens, check


def _ky_drops_first(tokens: list[Token], check: bool, w: WordLists, en: WordLists) -> bool:
    """Is the first word an English article, a demonym before no organisation, or (at the
    start of a sentence) a common word, an adjective or a plural?"""
    first, rest = tokens[0], tokens[1:]
    word = _ky_word(first)
    if first.latin and first.lemma in en["articles"]:
        return True
    if word in w.lower("demonyms") or first.core.lower() in w.lower("demonyms"):
        heads = w.lower("org_heads") | w.lower("state_heads")
        keeps = bool(rest) and (
            _ky_word(rest[0]) in w.lower("demonym_keep_before")
            or any(_ky_word(t) in heads for t in rest)
        )
        if not keeps:
            return True
    return (
        check
        and bool(rest)
        and not _ky_name_shaped(first, w, en)
        and (word in w.lower("common") or _ky_adjectival(first, w) or first.plural)
    )


def _ky_not_a_name(tok: Token, check: bool, w: WordLists, en: WordLists) -> bool:
    """A lone word that is a plural, an adjective, a common or generic word, or (at the
    start of a sentence) not shaped like a name."""
    word = _ky_word(tok)
    if tok.plural or _ky_adjectival(tok, w):
        return True
    if word in w.lower("generic") or word in w.lower("common") or word in w.lower("demonyms"):
        return True
    if not tok.latin and (word in w.lower("org_heads") or word in w.lower("state_heads")):
        return True
    if tok.latin and (tok.lemma in en["common"] or tok.lemma in en["generic"]):
        return True
    return check and not _ky_name_shaped(tok, w, en)


def _ky_gazetteer_len(tokens: list[Token], w: WordLists) -> int:
    best = 0
    for k in range(1, min(len(tokens), 5) + 1):
        words = [t.core for t in tokens[: k - 1]] + [tokens[k - 1].lemma or tokens[k - 1].core]
        key = " ".join(words).lower()
        if key in w.lower("places") or key in w.lower("known_names"):
            best = k
    if not best and tokens and tokens[0].acronym:
        best = 1
    return best


def _ky_kind(text: str, tokens: list[Token], had_title: bool, lemma: str, w: WordLists) -> str:
    known = _ky_known_kind(tokens, lemma, w)
    if known:
        return known
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


def _ky_known_kind(tokens: list[Token], lemma: str, w: WordLists) -> str | None:
    """The kind the word lists give: a place, a known name, a known acronym."""
    low = lemma.lower()
    if low in w.lower("places"):
        return "place"
    for name, kind in w.mapping("known_names").items():
        if name.lower() == low:
            return kind
    if len(tokens) == 1 and tokens[0].acronym:
        return tokens[0].acronym
    return None


def _ky_person_cue(text: str, start: int, w: WordLists) -> bool:
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 40) : start])
    return bool(m) and m.group(1).lower() in w.lower("person_cues")
