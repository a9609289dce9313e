"""Russian names with natasha (Segmenter + NewsEmbedding + NewsNERTagger, models in its wheel).

Loaded once, lazily, behind a lock. PER/LOC/ORG become person/place/org. Lemmas: LOC through
natasha's normaliser; PER through pymorphy3 (natasha's MorphVocab on pymorphy3's dictionary,
`vocab.py` beside this file) using the gender of the first name or of the tagger (so
"Жапарова" of a man gives "Жапаров" and "Захарова" of a woman stays); ORG inflects only the
words up to the head noun ("Министерства внутренних дел" gives "Министерство внутренних дел").
Leading titles, sentence-initial dictionary words ("Протесты") and bracketed acronyms are
trimmed (the acronym becomes its own mention), and capitalised words natasha missed are added
when they are a known place (of Russian's word lists or of another language in Cyrillic, such
as Kyrgyz) or a Russian-style surname ("Жапарова", "Джапаров"). Without natasha a rule-based
fallback (capitalised runs, lemma = text, kind "name") keeps things working and logs a warning.
Either way a Turkic patronymic particle after a name is part of it (Турсунбек кызы).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reader.lang.base import CYRILLIC
from reader.lang.extraction import (
    SPACES,
    NameContext,
    NameExtractor,
    NameMention,
    WordLists,
    at_sentence_start,
    collapse,
    generic_place_words,
    particles,
    titles_lower,
)

_LOG = logging.getLogger(__name__)


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


class RussianNames(NameExtractor):
    """natasha on a batch (about 5x faster than sentence by sentence), or rules without it."""

    def backend(self) -> str:
        return "natasha" if _natasha() is not None else "rules"

    def preload(self) -> None:
        _natasha()

    def extract_many(self, texts: Sequence[str], context: NameContext) -> list[list[NameMention]]:
        found = _russian_many(list(texts), context)
        return [
            [
                _ru_with_feature_word(text, _ru_with_initials_dot(text, _ru_with_particle(text, m)))
                for m in _ru_surname_first(text, mentions)
            ]
            for text, mentions in zip(texts, found, strict=True)
        ]


_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")


def _ru_surname_first(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """A surname and, a space after it, a given name and patronymic as one name: the official
    order (Жапаров Садыр Нургожоевич), which natasha may read as two people."""
    out: list[NameMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and _ru_surname_then_forenames(text, before, mention):
            lemma = f"{before.lemma} {mention.lemma}"
            span = text[before.start : mention.end]
            out[-1] = NameMention(before.start, mention.end, span, "person", lemma)
            continue
        out.append(mention)
    return out


def _ru_surname_then_forenames(text: str, a: NameMention, b: NameMention) -> bool:
    words = b.text.split()
    return (
        a.kind == b.kind == "person"
        and len(a.text.split()) == 1
        and len(words) == 2
        and SPACES.fullmatch(text[a.end : b.start]) is not None
        and _RU_PATRONYMIC.search(words[1]) is not None
    )


_RU_LAST_INITIAL = re.compile(r"(?:^|[\s.])[А-ЯЁ]$")


def _ru_with_initials_dot(text: str, mention: NameMention) -> NameMention:
    """A person's name that ends in an initial with the initial's dot, which natasha leaves
    out (Жапаров С. Н.): an initial is read as one by its dot."""
    if mention.kind != "person" or text[mention.end : mention.end + 1] != ".":
        return mention
    if not _RU_LAST_INITIAL.search(mention.text) or len(mention.text.split()) < 2:
        return mention
    end = mention.end + 1
    return NameMention(mention.start, end, text[mention.start : end], "person", mention.lemma + ".")


_RU_NEXT_WORD = re.compile(r"[ \t\u00a0\u202f]+([^\W\d_]+)\b")


def _ru_with_particle(text: str, mention: NameMention) -> NameMention:
    """`mention` with the Turkic patronymic particle after it (Турсунбек кызы, Нурлан улы),
    which natasha leaves out: without it a son and a daughter of one father read as one
    name. Particles: `reader/lang/patronymics.json`, in Cyrillic."""
    if mention.kind not in ("person", "name"):
        return mention
    found = _RU_NEXT_WORD.match(text, mention.end)
    if not found or found.group(1).isascii() or found.group(1) not in particles():
        return mention
    end = found.end()
    lemma = f"{mention.lemma} {found.group(1)}"
    return NameMention(mention.start, end, text[mention.start : end], "person", lemma)


# The kinds of place whose generic word (река, перевал, месторождение) natasha leaves out of
# the name beside it; a town's, a region's, a republic's it keeps or the name is the place.
_NOT_FEATURES = frozenset(("settlement", "region", "district", "republic"))
# The one or two lowercase words just before a name, and just after it.
_RU_WORDS_BEFORE = re.compile(r"\b(?:([а-яё]+) +)?([а-яёА-ЯЁ][а-яё]*) +$")
_RU_WORDS_AFTER = re.compile(r" +([а-яё]+)\b(?: +([а-яё]+)\b)?")
# A Russian place adjective (Кумторское, Токтогульского): -ск- or -цк- and an adjective's ending.
_RU_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ая|ой|ую|ое|ого|ому|ом|им|ий|ие|их|ими)$")


@lru_cache(maxsize=1)
def _feature_words() -> dict[str, str]:
    """Russian generic words of a natural feature or a facility, as written -> their
    nominative (реке: река, национальном парке: национальный парк; place_words.json)."""
    from reader.lang.ru.dictionary import analyzer

    morph = analyzer()
    out: dict[str, str] = {}
    for phrase, kind in generic_place_words().items():
        if kind in _NOT_FEATURES or not re.fullmatch(r"[а-яё]+(?: [а-яё]+)?", phrase):
            continue
        *adjectives, noun = phrase.split()
        genders = {p.tag.gender for a in adjectives for p in _ru_parses(morph, a, "ADJF")}
        nouns = _ru_parses(morph, noun, "NOUN", genders)
        found = nouns[0].inflect({"nomn"}) if nouns else None
        if found is None:
            continue
        grams = {"nomn", found.tag.gender or "masc", found.tag.number or "sing"}
        before = [_ru_parses(morph, a, "ADJF") for a in adjectives]
        inflected = [p[0].inflect(grams) for p in before if p]
        if len(inflected) == len(adjectives) and all(inflected):
            out[phrase] = " ".join([*(a.word for a in inflected if a), found.word])
    return out


def _ru_parses(morph: Any, word: str, pos: str, genders: set[str] | None = None) -> list[Any]:
    """pymorphy3's readings of a word that pymorphy3 knows as this part of speech, a thing
    (кони, horses, is no Uzbek mine), singular first (горы: гора), of the `genders` an
    adjective before it has where any is (парке: парк, not парка); none for a word it does
    not know (a Kyrgyz or Tajik generic word)."""
    if not morph.word_is_known(word):
        return []
    parses = [
        p for p in morph.parse(word) if pos == p.tag.POS and (pos != "NOUN" or "inan" in p.tag)
    ]
    if genders:
        parses = [p for p in parses if p.tag.gender in genders] or parses
    return sorted(parses, key=lambda p: p.tag.number != "sing")


def _ru_with_feature_word(text: str, mention: NameMention) -> NameMention:
    """A place `mention` with the generic word of a river, a lake, a pass, a deposit...
    that natasha leaves out: before the name (на реке Нарын, в национальном парке Ала-Арча)
    or after its adjective (Кумторское месторождение). Without it the name reads as bare,
    which is the town's (Нарын) or an adjective alone (Кумторское)."""
    if mention.kind not in ("place", "name", "org"):
        return mention
    words = _feature_words()
    before = _RU_WORDS_BEFORE.search(text, 0, mention.start)
    for group in (1, 2) if before else ():
        phrase = text[before.start(group) : before.end(2)].lower()
        if before.group(group) and phrase in words:
            start = before.start(group)
            lemma = f"{words[phrase]} {mention.lemma}"
            return NameMention(start, mention.end, text[start : mention.end], "place", lemma)
    after = _RU_WORDS_AFTER.match(text, mention.end)
    if not after or not _RU_PLACE_ADJECTIVE.search(mention.text):
        return mention
    for group in (2, 1):
        phrase = text[after.start(1) : after.end(group)]
        if after.group(group) and phrase in words:
            end = after.end(group)
            lemma = f"{mention.lemma} {words[phrase]}"
            return NameMention(mention.start, end, text[mention.start : end], "place", lemma)
    return mention


def _places(context: NameContext) -> frozenset[str]:
    """Known places, lower case: Russian's and those of the other languages in Cyrillic."""
    found = context.own.lower("places")
    for other in context.same_script:
        found = found | other.lower("places")
    return found


def _place_names(context: NameContext) -> dict[str, str]:
    """`_places` mapped to their spelling in the word lists."""
    names = list(context.own["places"])
    for other in context.same_script:
        names += list(other["places"])
    return {p.lower(): p for p in names}


def _russian_many(texts: list[str], context: NameContext) -> list[list[NameMention]]:
    models = _natasha()
    if models is None:
        return [_russian_rules(t, context.own) for t in texts]
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
            extra = _ru_missed(doc, models, context)
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
            found = [m for span in doc.spans for m in _ru_mention(doc.text, span, models, context)]
            found += [m for tok in extra if (m := _ru_missed_mention(tok, models, context))]
            out[i] = sorted(found, key=lambda m: (m.start, m.end))
    return out


_RU_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|е|ой|ою)?$")
# A capitalised word in -ов/-ев the dictionary does not know is a surname its guesser did not
# tag as one ("Жапаров" at a sentence's start, where "Джапаров" is a known given name's plural).
_RU_OV_SURNAME = re.compile(r"...(ов|ев|ёв)(а|у|ым|е|ой|ою)?$")


def _ru_missed(doc: Any, models: _NatashaModels, context: NameContext) -> list[Any]:
    """Capitalised words natasha left out that are surely names: a known place ("Кыргызстану")
    or a Russian-style surname ("Жапарова", "Джапаров" at the start of a sentence), tagged so by
    the dictionary or, in -ов/-ев, unknown to it ("Жапаров")."""
    covered = [(s.start, s.stop) for s in doc.spans]
    w = context.own
    places = _places(context)
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
        if word in w.lower("common") or not forms:
            continue
        if _surname_like(word, forms):
            found.append(tok)
    return found


def _surname_like(word: str, forms: Sequence[Any]) -> bool:
    """Tagged a surname or name by the dictionary, or in -ов/-ев and unknown to it."""
    tagged = any("Surn" in f.tag or "Name" in f.tag for f in forms[:3])
    if _RU_SURNAME.search(word) and forms[0].tag.POS == "NOUN" and tagged:
        return True
    return bool(_RU_OV_SURNAME.search(word)) and not any(f.is_known for f in forms)


def _ru_missed_mention(
    tok: Any, models: _NatashaModels, context: NameContext
) -> NameMention | None:
    places = _place_names(context)
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


def _ru_mention(
    text: str, span: Any, models: _NatashaModels, context: NameContext
) -> list[NameMention]:
    kind = _RU_KINDS.get(span.type, "name")
    tokens = _ru_trim_front(text, list(span.tokens), titles_lower(context.own, "ru"))
    tokens, extra = _ru_split_bracket(tokens, kind)
    while tokens and not any(c.isalnum() for c in tokens[-1].text):
        tokens = tokens[:-1]
    if not tokens or not any(c.isupper() for t in tokens for c in t.text):
        return extra
    if len(tokens) == 1 and _ru_common_word(text, tokens[0], models, context):
        return extra
    start, end = tokens[0].start, tokens[-1].stop
    # keep quotes balanced: «Ата-Журт Кыргызстан» gets its closing quote
    inner_text = text[start:end]
    opened = sum(inner_text.count(q) for q in "«„") - inner_text.count("»")
    if opened > 0 and end < len(text) and text[end] in _QUOTES_CLOSE:
        end += 1
    try:
        lemma = _ru_lemma(kind, tokens, models)
    except Exception:  # a lemma is a convenience; a morphology hiccup must not lose the name
        lemma = " ".join(t.text for t in tokens)
    lemma = collapse(lemma + text[tokens[-1].stop : end])
    if lemma.lower() in _places(context):
        kind = "place"  # natasha sometimes calls "Кыргызстан" a person
        if lemma.isupper() and len(lemma) > 4:
            lemma = lemma.capitalize()  # "АЛМАТЫ" in a dateline
    return [NameMention(start, end, text[start:end], kind, lemma), *extra]


def _ru_trim_front(text: str, tokens: list[Any], titles: frozenset[str]) -> list[Any]:
    """Without leading titles ("Президент"), punctuation and capitalised non-name words at
    the start of a sentence ("Созданная Кремлем")."""
    while tokens and (
        tokens[0].text.lower() in titles
        or not any(c.isalnum() for c in tokens[0].text)
        or (
            tokens[0].pos in _RU_NOT_NAME_POS
            and len(tokens) > 1
            and at_sentence_start(text, tokens[0].start, frozenset(), quotes=False)
        )
    ):
        tokens = tokens[1:]
    return tokens


def _ru_split_bracket(tokens: list[Any], kind: str) -> tuple[list[Any], list[NameMention]]:
    """ "Организация ... (ОДКБ": the words before the bracket, and the acronym as a mention."""
    for k, tok in enumerate(tokens):
        if tok.text == "(":
            inner = [t for t in tokens[k + 1 :] if any(c.isalnum() for c in t.text)]
            if len(inner) == 1 and inner[0].text[:1].isupper():
                acr = inner[0]
                return tokens[:k], [NameMention(acr.start, acr.stop, acr.text, kind, acr.text)]
            return tokens[:k], []
    return tokens, []


def _ru_common_word(text: str, tok: Any, models: _NatashaModels, context: NameContext) -> bool:
    """A lone capitalised dictionary word at the start of a sentence ("Протесты", "Рудники")."""
    word = tok.text.lower()
    if word in context.own.lower("common"):
        return True
    if not at_sentence_start(text, tok.start, frozenset(), quotes=False):
        return False
    if word in _places(context):
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


def _russian_rules(text: str, w: WordLists) -> list[NameMention]:
    """Fallback without natasha: capitalised runs, minus titles and sentence-initial words."""
    common, titles, months = w.lower("common"), titles_lower(w, "ru"), w.lower("months")
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
            and SPACES.fullmatch(text[run[-1].end() : toks[i + 1].start()] or "x")
        ):
            i += 1
            run.append(toks[i])
        i += 1
        initial = at_sentence_start(text, run[0].start(), frozenset())
        while run and (
            run[0].group(0).lower() in titles or (initial and run[0].group(0).lower() in common)
        ):
            run = run[1:]
        if not run or (initial and len(run) == 1 and run[0].start() == m.start()):
            continue
        start, end = run[0].start(), run[-1].end()
        out.append(NameMention(start, end, text[start:end], "name", collapse(text[start:end])))
    return out
