"""English names by rules, no model; the word lists are `names.json` beside this file.

Runs of capitalised words (hyphens, apostrophes and particles such as *bin*, *van der*, *al-*
inside), then leading titles (*President*, *Prime Minister*, *Mr*), articles and demonyms
(*Russian President ...*) are dropped, and a sentence-initial or headline word counts only when
it is not a common word. A possessive *'s* is **outside** the span (so highlighting "Putin" in
"Putin's" works) and therefore never in the lemma; an adjective tail is cut too
(*Kremlin-backed* gives "Kremlin"). A generic place word first or last makes a place (*Lake
Issyk-Kul*, *Issyk-Kul Region*), and a lowercase one after a place or an unknown name is part
of it (*Naryn region*); a Turkic patronymic particle after a name makes a person (*Tursunbek
kyzy*). The generic words are `reader/names/place_words.json`, the particles
`reader/lang/patronymics.json`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reader.lang.extraction import (
    APOSTROPHES,
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
    titles,
    trailing_place_words,
)

# An apostrophe inside a word may be any of ' ’ ‘ (Uzbek o‘g‘li; ʻ and ʼ are letters already).
_EN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’‘\-][^\W\d_]+)*(?:-\d+)?")
_POSSESSIVE = re.compile(r"['’‘][sS]$")
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


def _en_token(text: str, m: re.Match[str], w: WordLists) -> Token:
    s, e = m.span()
    word = m.group(0)
    tok = Token(s, e, s, e, word)
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


def _en_is_cap(tok: Token, w: WordLists) -> bool:
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


def _en_looks_common(tok: Token, w: WordLists) -> bool:
    """Could this capitalised word be an ordinary word written at the start of a sentence?"""
    core = tok.core
    if _en_name_shaped(core, w) or tok.acronym:
        return False
    if core in w["common"] or core in w["generic"] or core in w["demonyms"]:
        return True
    if core in titles(w, "en") or core in w["articles"]:
        return True
    low = core.lower()
    if "-" in low and all(p.capitalize() in w["demonyms"] for p in core.split("-")):
        return True
    if any(low.endswith(s) for s in w["common_suffixes_initial"]) and len(low) > 4:
        return True
    return bool(
        low.endswith("s") and len(low) > 3 and not any(low.endswith(s) for s in w["name_s_endings"])
    )


def _en_name_shaped(core: str, w: WordLists) -> bool:
    if core in w["places"] or core in w["first_names"] or core in w["known_names"]:
        return True
    low = core.lower()
    if len(low) >= 5 and any(low.endswith(s) for s in w["surname_suffixes"]):
        return core not in w["common"]
    return _en_place_suffix(core, w)


def _en_place_suffix(core: str, w: WordLists) -> bool:
    low = core.lower()
    if len(low) < int(w.raw.get("place_suffix_min_len", 5)):
        return False
    if "-" in low and low.rsplit("-", 1)[1] in {"kul", "köl", "kol", "abad", "ata", "suu"}:
        return True
    return any(low.endswith(s) for s in w["place_suffixes"])


def _en_is_demonym(tok: Token, w: WordLists) -> bool:
    core = tok.core
    if core in w["demonyms"]:
        return True
    return "-" in core and all(p.capitalize() in w["demonyms"] for p in core.split("-"))


def _en_gazetteer_len(text: str, tokens: list[Token], w: WordLists) -> int:
    """Length of the longest known place or name at the start of `tokens` (0 if none)."""
    best = 0
    for k in range(1, min(len(tokens), 6) + 1):
        key = collapse(text[tokens[0].start : tokens[k - 1].end])
        if key in w["places"] or key in w["known_names"]:
            best = k
    if not best and tokens and tokens[0].acronym:
        best = 1
    return best


class EnglishNames(NameExtractor):
    def extract(self, text: str, context: NameContext) -> list[NameMention]:
        return _english(text, context.own)


def _english(text: str, w: WordLists) -> list[NameMention]:
    abbreviations = w["abbreviations"]
    toks = [_en_token(text, m, w) for m in _EN_TOKEN.finditer(text)]
    for t in toks:
        t.initial = at_sentence_start(text, t.raw_start, abbreviations)
    headline = _en_is_headline(toks)
    runs = _en_runs(text, toks, w)
    runs = _en_merge_connectors(text, runs, w)
    position = {t.raw_start: i for i, t in enumerate(toks)}
    mentions: list[NameMention] = []
    for run in runs:
        for seg, had_title in _en_split_titles(text, run, w, headline):
            mention = _en_clean(text, seg, had_title, headline, w)
            if mention is not None and mention.end == run[-1].end:
                mention = _en_with_tail(
                    text, mention, run[-1], toks[position[run[-1].raw_start] + 1 :]
                )
            if mention is not None:
                mentions.append(mention)
    return mentions


_MAX_TAIL_WORDS = 2  # "autonomous region"


def _en_with_tail(text: str, mention: NameMention, last: Token, after: list[Token]) -> NameMention:
    """`mention` with a lowercase patronymic particle (Tursunbek kyzy: a person) or generic
    place word (Naryn region, Xinjiang autonomous region: a place) right after it, as the
    Kyrgyz extractor keeps them; a person or an organisation takes no place word (Japarov
    pass)."""
    if last.possessive or last.attributive:
        return mention
    for size in range(min(_MAX_TAIL_WORDS, len(after)), 0, -1):
        words = after[:size]
        phrase = " ".join(t.core for t in words)
        if size == 1 and _en_particle(phrase):
            kind = "person"
        elif mention.kind in ("place", "name") and _en_generic(phrase, last=True):
            kind = "place"
        else:
            continue
        if not _en_tail_words(text, last, words):
            continue
        end = words[-1].end
        span = text[mention.start : end]
        return NameMention(mention.start, end, span, kind, collapse(span))
    return mention


def _en_tail_words(text: str, last: Token, words: list[Token]) -> bool:
    """Are `words` whole lowercase words after `last`, spaces apart, only the last one
    ending in a possessive or an adjective tail?"""
    chain = [last, *words]
    return (
        all(t.core.islower() and t.start == t.raw_start for t in words)
        and not any(t.possessive or t.attributive for t in words[:-1])
        and all(_plain_gap(text, a.raw_end, b.raw_start) for a, b in pairwise(chain))
    )


def _en_particle(word: str) -> bool:
    """A Turkic patronymic particle in Latin letters (kyzy, uulu, qizi, oʻgʻli)."""
    return word.lower().translate(APOSTROPHES) in particles("latin")


def _en_is_headline(toks: list[Token]) -> bool:
    """Title Case ("Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos"): every word but
    the small ones is capitalised, so capitals say nothing about names."""
    words = [t for t in toks if t.core.lower() not in _MINOR and t.core[:1].isalpha()]
    return len(words) >= 4 and all(t.core[:1].isupper() for t in words)


def _en_runs(text: str, toks: list[Token], w: WordLists) -> list[list[Token]]:
    particles = w["particles"]
    runs: list[list[Token]] = []
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
            between: list[Token] = []
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
    return bool(gap) and SPACES.fullmatch(gap) is not None


def _en_joinable(text: str, a: Token, b: Token, abbreviations: frozenset[str]) -> bool:
    gap = text[a.raw_end : b.raw_start]
    if SPACES.fullmatch(gap or "x"):
        return True
    if gap.startswith(".") and (a.core in abbreviations or (len(a.core) == 1 and a.core.isupper())):
        rest = gap[1:]
        return rest == "" or SPACES.fullmatch(rest) is not None
    return False


def _en_merge_connectors(text: str, runs: list[list[Token]], w: WordLists) -> list[list[Token]]:
    """Join "Ministry" + "of" + "Internal Affairs" when the left run ends in a heading word."""
    heads = w["connector_heads"]
    connectors = w["connectors"]
    on_heads = w["on_heads"]
    out: list[list[Token]] = []
    for run in runs:
        if out:
            prev = out[-1]
            last = prev[-1]
            gap = text[last.raw_end : run[0].raw_start]
            words = collapse(gap)
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
                    Token(m.start() + last.raw_end, m.end() + last.raw_end, 0, 0, m.group(0))
                    for m in re.finditer(r"\S+", gap)
                ]
                for g in glue:
                    g.raw_start, g.raw_end, g.particle = g.start, g.end, True
                prev.extend(glue)
                prev.extend(run)
                continue
        out.append(list(run))
    return out


def _en_title_span(run: list[Token], i: int, w: WordLists) -> int:
    """Length of a title sequence ("Prime Minister", "Prosecutor General") starting at i, or 0."""
    words, mods = titles(w, "en"), w["title_modifiers"]
    k = i
    seen_core = False
    while k < len(run) and not run[k].particle:
        core = run[k].core
        if core in words:
            seen_core = True
        elif core not in mods:
            break
        k += 1
        if run[k - 1].possessive:
            break
    if not seen_core:
        return 0
    # trailing modifiers after the last core title belong to it only if they follow it directly
    while k > i and run[k - 1].core not in words and run[k - 1].core in mods:
        # "Prosecutor General" keeps General; "President State" would not occur
        if k - 2 >= i and run[k - 2].core in words and run[k - 1].core in {"General"}:
            break
        k -= 1
    return k - i


def _en_split_titles(
    text: str, run: list[Token], w: WordLists, headline: bool
) -> list[tuple[list[Token], bool]]:
    """Cut a run at title sequences (and, in headlines, at common words)."""
    segments: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
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


def _en_headline_break(tok: Token, w: WordLists) -> bool:
    """In a title-case headline, ordinary words ("Resigns", "During") end a name."""
    if tok.particle or _en_is_demonym(tok, w):
        return False
    if tok.core in w["generic"] or tok.core in w["org_heads"] or tok.core in w["connector_heads"]:
        return False
    return _en_looks_common(tok, w)


def _en_clean(
    text: str, seg: list[Token], had_title: bool, headline: bool, w: WordLists
) -> NameMention | None:
    tokens, check = _en_trim_front(text, seg, headline, w)
    while tokens and (tokens[-1].particle or tokens[-1].core in w["articles"]):
        tokens.pop()
    if not tokens or all(len(t.core) == 1 for t in tokens if not t.particle):
        return None
    known = _en_gazetteer_len(text, tokens, w) == len(tokens)
    if not known and _en_not_a_name(tokens, check, w):
        return None
    return _en_mention(text, tokens, had_title, w)


def _en_trim_front(
    text: str, seg: list[Token], headline: bool, w: WordLists
) -> tuple[list[Token], bool]:
    """The segment without leading words that are no part of a name, and whether its first
    word may still be an ordinary capitalised word."""
    tokens = list(seg)
    check = headline or tokens[0].initial
    while tokens and tokens[0].core in w["function_words"] and len(tokens) > 1:
        tokens, check = tokens[1:], True  # "Our Home", "On Mass Media": never a name's first word
    while tokens:
        if _en_gazetteer_len(text, tokens, w):
            return tokens, False
        if not _en_drops_first(tokens, seg[0], headline, w):
            break
        tokens, check = tokens[1:], True
    return tokens, check


def _en_drops_first(tokens: list[Token], seg_first: Token, headline: bool, w: WordLists) -> bool:
    """Is the first word a particle, an article, a demonym before no organisation, or a
    common word starting the sentence?"""
    first, rest = tokens[0], tokens[1:]
    if first.particle or first.core in w["articles"]:
        return True
    if _en_is_demonym(first, w):
        heads = w["org_heads"] | w["state_heads"]
        keeps = any(t.core in heads for t in rest) or (
            rest and rest[0].core in w["demonym_keep_before"]
        )
        if not keeps:
            return True
    return (
        first is seg_first
        and (headline or first.initial)
        and bool(rest)
        and (first.core in w["common"] or first.core in w["generic"])
        and not _en_name_shaped(first.core, w)
    )


def _en_not_a_name(tokens: list[Token], check: bool, w: WordLists) -> bool:
    """Only generic words ("Ministry"), or one common word or title."""
    generic = w["generic"] | w["org_heads"] | w["state_heads"]
    if len(tokens) == 1:
        generic = generic | w["demonyms"]
    if all(t.particle or t.core in generic for t in tokens):
        return True
    if len(tokens) != 1:
        return False
    tok = tokens[0]
    if (check or tok.core in w["common"]) and _en_looks_common(tok, w):
        return True
    return tok.core in titles(w, "en")


def _en_mention(text: str, tokens: list[Token], had_title: bool, w: WordLists) -> NameMention:
    start, end = tokens[0].start, tokens[-1].end
    span = text[start:end]
    kind = _en_kind(text, tokens, had_title, w)
    lemma = collapse(span)
    if (
        len(tokens) == 1
        and tokens[0].acronym == "place"
        and span.isupper()
        and span not in w.mapping("acronyms")
    ):
        lemma = span.capitalize()  # "ALMATY" in a dateline
    return NameMention(start, end, span, kind, lemma)


def _en_kind(text: str, tokens: list[Token], had_title: bool, w: WordLists) -> str:
    key = collapse(text[tokens[0].start : tokens[-1].end])
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
    if any(_en_particle(c) for c in cores[1:]):
        return "person"  # Aigerim Tursunbek Kyzy
    if _en_place_word(tokens, cores):
        return "place"
    if had_title or _en_person_cue(text, tokens[0].raw_start, w) or cores[0] in w["first_names"]:
        return "person"
    if len(cores) == 1 and _en_place_suffix(cores[0], w):
        return "place"
    last = cores[-1].lower()
    if len(last) >= 5 and any(last.endswith(s) for s in w["surname_suffixes"]):
        return "person"
    return "name"


def _en_place_word(tokens: list[Token], cores: list[str]) -> bool:
    """Does a generic place word start or end the name (Lake Issyk-Kul, Issyk-Kul Region,
    Naryn River)? One joined by "of" only as its head (Republic of Korea, not Criminal Code
    of the Kyrgyz Republic)."""
    if any(t.particle for t in tokens):
        return len(cores) > 1 and _en_generic(cores[0])
    return any(
        _en_generic(" ".join(cores[:size])) or _en_generic(" ".join(cores[-size:]), last=True)
        for size in range(1, min(_MAX_TAIL_WORDS, len(cores) - 1) + 1)
    )


def _en_generic(phrase: str, last: bool = False) -> bool:
    """A generic place word or phrase (region, Lake, autonomous region; place_words.json),
    a name's `last` words also one read only there (Reservoir, Glacier, mine)."""
    word = phrase.lower().translate(APOSTROPHES)
    return word in generic_place_words() or (last and word in trailing_place_words())


def _en_person_cue(text: str, start: int, w: WordLists) -> bool:
    before = text[max(0, start - 40) : start]
    m = re.search(r"([A-Za-z]+)[ \t]+$", before)
    return bool(m) and m.group(1) in w["person_cues"]
