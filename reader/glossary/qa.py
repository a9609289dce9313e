"""Glossary checks on translations: deprecated name forms, and names a translation lost.

Two kinds of finding, per sentence and language, over the current head of each sentence:

* "deprecated": the translation spells a name in a form the glossary deprecates, in any
  inflected form (Russian Джапарова, Джапаровым; Kyrgyz Джапаровдун, Джапаровго). The finding
  carries the exact words and their span, and the fix: the preferred form with the same case
  ending (Жапарова, Жапаровым, Жапаровдун), or None when the ending cannot be carried over
  safely and a person has to write it.
* "missing": the English sentence names the entry (any of its English forms) but the
  translation has none of its preferred or admitted forms in that language, inflected or not.
  When a deprecated form is there instead, only the "deprecated" finding is reported.

Fixes change only the spans of "deprecated" findings; "missing" findings always need a person.
`apply_fixes` saves one new version per changed sentence, based on the head the check read,
and skips (never overwrites) a sentence whose head moved meanwhile.

Endings: a form matches a word that starts with it and goes on with a known case ending (a
Russian declension ending, or a chain of Kyrgyz suffixes), and for Russian also a word whose
stem drops the form's last letter(s) (Отунбаева -> Отунбаевой, Сергей -> Сергея). This differs
from the highlighter's "any 8 letters": stricter about what an ending is ("Ошибка" is not a
form of "Ош", "Джапаровка" not one of "Джапаров"), and a Kyrgyz chain of up to four suffixes
may be longer (Джапаровдордундагы).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from reader import TARGET_LANGS
from reader.glossary.entries import FormIndex, GlossaryEntry, Variant, form_index, form_key

if TYPE_CHECKING:
    from reader.corpus import Article
    from reader.store.translations import Version
    from reader.workspace import Workspace

KINDS = ("deprecated", "missing")
LANG_NAMES = {"en": "English", "ru": "Russian", "ky": "Kyrgyz"}
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")

# --- endings -----------------------------------------------------------------------------------

# Russian case endings of nouns, surnames and adjectival names, space-separated.
_RU_ENDING_WORDS = (
    "а я у ю е и ы о ом ем ём ым им ой ей ёй ою ею ью ам ям ах ях ов ев ий ый ия ие ию ии ую "
    "юю ая яя ое ее ые ых их ого его ому ему ами ями ыми ими ием иям иях ией"
)
_RU_ENDINGS = frozenset(_RU_ENDING_WORDS.split())
# Final letters a Russian stem loses when declined: Отунбаева -> Отунбаев-ой,
# Сергей -> Серге-я, Игорь -> Игор-я, Достоевский -> Достоевск-ого. Longest first.
_RU_CUTS = ("ий", "ый", "ой", "ая", "яя", "а", "я", "й", "ь")

_A, _I = "[аеоө]", "[ыиуү]"  # Kyrgyz low and high suffix vowels, as harmony picks them
_KY_MORPHEMES = (
    f"[лдт]{_A}р",  # plural: -лар, -дор, -төр
    f"[нтд]{_I}н",  # genitive: -нын, -дун, -түн
    f"н?[дт]{_A}н",  # ablative: -дан, -тон, -ндан
    f"[дт]{_A}г{_I}",  # -дагы
    f"[дт]{_A}й",  # -дай
    f"н?[дт]{_A}",  # locative: -да, -то, -нда
    f"[гкн]?{_A}",  # dative: -га, -ко, -на, -а
    f"[нтд]{_I}",  # accusative: -ны, -ду, -тү
    f"{_I}?б{_I}з",  # our: -ыбыз
    f"{_I}?[мң](?:{_I}з)?",  # my, your: -ым, -ың, -ыңыз
    f"с?{_I}",  # his: -сы, -ы
    f"ч{_A}",  # -ча
    f"ч{_I}",  # -чы (Жапаровчулар)
    f"[лдт]{_I}к",  # -лык
    f"с{_I}з",  # -сыз
    "н",
)
_KY_ENDING = re.compile(f"(?:{'|'.join(_KY_MORPHEMES)}){{1,4}}", re.IGNORECASE)
_RU_ENDING_RE = "|".join(sorted(_RU_ENDINGS, key=len, reverse=True))
_KY_ENDING_RE = _KY_ENDING.pattern


def _valid_ending(ending: str, lang: str) -> bool:
    if not ending:
        return True
    if lang == "ru":
        return ending.casefold() in _RU_ENDINGS
    if lang == "ky":
        return _KY_ENDING.fullmatch(ending) is not None
    return False


def _cuts(base: str, lang: str) -> list[str]:
    """The final letters `base` may lose before an ending ("" first: keep the whole form)."""
    if lang != "ru" or not _CYRILLIC.search(base):
        return [""]
    folded = base.casefold()
    return ["", *(c for c in _RU_CUTS if folded.endswith(c) and len(folded) > len(c) + 1)]


def split_ending(word: str, base: str, lang: str) -> tuple[str, str] | None:
    """(cut, ending) with word == base minus `cut`, plus `ending`; None if not a form of base.

    `ending` keeps the word's own letters and case. Latin forms take no endings.
    """
    w, b = word.casefold(), base.casefold()
    if w == b:
        return "", ""
    if not _CYRILLIC.search(base) or lang not in ("ru", "ky"):
        return None
    for cut in _cuts(base, lang):
        stem = b[: len(b) - len(cut)]
        rest = w[len(stem) :]
        if w.startswith(stem) and rest and _valid_ending(rest, lang):
            return cut, word[len(stem) :]
    return None


# --- carrying an ending over to another base ---------------------------------------------------


def _ru_final(word: str) -> str:
    """Russian spelling class of a stem's last letter: endings differ between classes."""
    c = word[-1:].casefold()
    if c in "жшчщ":
        return "hushing"
    if c in "кгх":
        return "velar"
    if c in "аеёиоуыэюяйьц":
        return c
    return "consonant"


_KY_VOWELS = "аыоуяюёеэиөү"
_KY_LOW, _KY_HIGH = "аеоө", "ыиуү"
# Kyrgyz harmony: after this vowel, a low suffix vowel becomes [0], a high one [1].
_KY_HARMONY = {
    **dict.fromkeys("аыя", ("а", "ы")),
    **dict.fromkeys("ую", ("а", "у")),
    **dict.fromkeys("оё", ("о", "у")),
    **dict.fromkeys("еэи", ("е", "и")),
    **dict.fromkeys("өү", ("ө", "ү")),
}


def _ky_last_vowel(word: str) -> str | None:
    return next((c for c in reversed(word.casefold()) if c in _KY_VOWELS), None)


def _ky_final(word: str) -> str:
    """Kyrgyz class of a stem's last sound: it picks the suffix's first consonant."""
    c = word[-1:].casefold()
    if c in _KY_VOWELS:
        return "vowel"
    if c in "рй":
        return "r-y"
    if c in "лмнң":
        return "sonorant"
    if c in "бвгджз":
        return "voiced"
    return "voiceless"


def _ky_harmonize(ending: str, last_vowel: str) -> str:
    out, prev = [], last_vowel
    for ch in ending:
        low, high = ch.casefold() in _KY_LOW, ch.casefold() in _KY_HIGH
        if low or high:
            new = _KY_HARMONY[prev][0 if low else 1]
            prev = new
            ch = new.upper() if ch.isupper() else new
        out.append(ch)
    return "".join(out)


def _match_case(template: str, word: str) -> str:
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    if template[:1].islower():
        return word[:1].lower() + word[1:]
    return word


def transfer_ending(old_word: str, old_base: str, new_base: str, lang: str) -> str | None:
    """`new_base` in the form `old_word` has of `old_base`; None when that is not safe.

    Джапарова (of Джапаров) -> Жапарова; Kyrgyz Джапаровдун -> Жапаровдун, and with another
    last vowel the suffix follows vowel harmony (Жапаровдун -> Атамбаевдин). Refused (None): a
    word that is not a form of `old_base`, a stem whose last letter behaves differently (the
    ending would change: Бишкеком vs. Ошем), a lost final letter the new base does not have.
    Capitalisation follows `old_word`.
    """
    split = split_ending(old_word, old_base, lang)
    if split is None:
        return None
    cut, ending = split
    if not cut and not ending:
        return _match_case(old_word, new_base)
    if cut:
        if not new_base.casefold().endswith(cut) or len(new_base) <= len(cut):
            return None
        return _match_case(old_word, new_base[: len(new_base) - len(cut)] + ending)
    if lang == "ru":
        if _ru_final(old_base) != _ru_final(new_base):
            return None
        return _match_case(old_word, new_base + ending)
    # Kyrgyz: the suffix's consonants depend on the last sound, its vowels on the last vowel.
    if _ky_final(old_base) != _ky_final(new_base):
        return None
    old_vowel, new_vowel = _ky_last_vowel(old_base), _ky_last_vowel(new_base)
    if old_vowel is None or new_vowel is None:
        if old_vowel != new_vowel:
            return None
    elif _KY_HARMONY[old_vowel] != _KY_HARMONY[new_vowel]:
        ending = _ky_harmonize(ending, new_vowel)
    return _match_case(old_word, new_base + ending)


def transfer_phrase(found: str, old_form: str, new_form: str, lang: str) -> str | None:
    """`transfer_ending` word by word for names of several words (Садыра Джапарова).

    The spaces of `found` are kept. When the new form has more words than the old one, the
    extra leading words are added as written, which is right in Kyrgyz (only the last word
    takes suffixes) and in Russian only for an uninflected name; fewer words: None.
    """
    parts = re.split(r"(\s+)", found.strip())
    words, spaces = parts[0::2], parts[1::2]
    old_words, new_words = old_form.split(), new_form.split()
    if len(words) != len(old_words) or len(new_words) < len(old_words):
        return None
    extra = new_words[: len(new_words) - len(old_words)]
    tail = new_words[len(extra) :]
    if extra and lang != "ky":
        splits = [split_ending(w, b, lang) for w, b in zip(words, old_words, strict=True)]
        if any(s is None or s != ("", "") for s in splits):
            return None
    out = []
    for word, old, new in zip(words, old_words, tail, strict=True):
        moved = transfer_ending(word, old, new, lang)
        if moved is None:
            return None
        out.append(moved)
    text = out[0]
    for space, word in zip(spaces, out[1:], strict=True):
        text += space + word
    return " ".join([*extra, text])


# --- matching forms ------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _form_regex(term: str, lang: str) -> re.Pattern[str]:
    words = []
    for word in term.split():
        if not _CYRILLIC.search(word) or lang not in ("ru", "ky"):
            words.append(re.escape(word))
            continue
        ending = _RU_ENDING_RE if lang == "ru" else _KY_ENDING_RE
        options = [f"{re.escape(word)}(?:{ending})?"]
        for cut in _cuts(word, lang)[1:]:
            options.append(f"{re.escape(word[: len(word) - len(cut)])}(?:{ending})")
        words.append(f"(?:{'|'.join(options)})")
    joined = r"\s+".join(words)
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class FormMatch:
    """A glossary form found in a text: the words as written, and where."""

    start: int
    end: int
    text: str
    variant: Variant


def find_forms(text: str, variants: Iterable[Variant], lang: str) -> list[FormMatch]:
    """Non-overlapping matches of `variants` in `text`, leftmost, then longest, then exact.

    `lang` picks the ending rules (ru, ky; other languages match forms exactly).
    """
    found: list[tuple[int, int, int, FormMatch]] = []
    for v in variants:
        for m in _form_regex(v.term, lang).finditer(text):
            match = FormMatch(m.start(), m.end(), m.group(0), v)
            ending = len(m.group(0)) - len(v.term)  # prefer the form the word is closest to
            found.append((m.start(), -m.end(), abs(ending), match))
    found.sort(key=lambda t: t[:3])
    chosen, cursor = [], -1
    for start, _, _, match in found:
        if start >= cursor:
            chosen.append(match)
            cursor = match.end
    return chosen


@lru_cache(maxsize=4096)
def _english_regex(term: str) -> re.Pattern[str]:
    words = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", term.strip()))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def mentions(source_en: str, entry: GlossaryEntry) -> str | None:
    """The first of the entry's English forms the English sentence contains, as written."""
    best = None
    for v in entry.forms("en"):
        m = _english_regex(v.term).search(source_en)
        if m and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    return best.group(0) if best else None


# --- findings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    article_id: str
    sentence_id: str
    lang: str
    kind: str  # "deprecated" or "missing"
    entry_id: int
    english: str
    found: str | None  # the words in the translation ("Джапарова"); None when missing
    start: int | None  # span of `found` in the translation text
    end: int | None
    suggestion: str | None  # the fixed words ("Жапарова"), or the preferred form when missing
    version_id: int | None  # the head version that was checked
    message: str

    @property
    def fixable(self) -> bool:
        """Whether `fix_text`/`apply_fixes` can change it without a person."""
        return self.kind == "deprecated" and self.suggestion is not None


def check_sentence(
    source_en: str,
    translation: str,
    lang: str,
    entries: Iterable[GlossaryEntry],
    *,
    article_id: str = "",
    sentence_id: str = "",
    version_id: int | None = None,
) -> list[Finding]:
    """Findings for one translated sentence; deprecated ones in text order, then missing ones.

    The ids only label the findings (leave them out for text that is not stored yet).
    """
    label = LANG_NAMES.get(lang, lang)
    common = {"article_id": article_id, "sentence_id": sentence_id, "lang": lang}
    deprecated, missing = [], []
    entries = list(entries)
    index = form_index(entries)
    for entry in entries:
        forms = entry.forms(lang)
        if not forms:
            continue
        matches = find_forms(translation, forms, lang)
        preferred = entry.preferred(lang)
        bad = [m for m in matches if m.variant.status == "deprecated"]
        for m in bad:
            target = replacement_form(entry, lang, m.variant.term)
            clash = _contradiction(entry, m.variant, target, index)
            suggestion = (
                transfer_phrase(m.text, m.variant.term, target, lang)
                if target and clash is None
                else None
            )
            message = (
                _deprecated_message(m.text, entry, label, target, suggestion)
                if clash is None
                else _conflict_message(m.text, entry, label, clash)
            )
            deprecated.append(
                Finding(
                    **common,
                    kind="deprecated",
                    entry_id=entry.id or 0,
                    english=entry.english,
                    found=m.text,
                    start=m.start,
                    end=m.end,
                    suggestion=suggestion,
                    version_id=version_id,
                    message=message,
                )
            )
        good = [v for v in forms if v.status != "deprecated"]
        if bad or not good or any(m.variant.status != "deprecated" for m in matches):
            continue
        named = mentions(source_en, entry)
        if named is None:
            continue
        latin = find_forms(translation, entry.forms("en"), "en")
        shown = preferred or good[0].term
        message = (
            f"The English names {named}, but the {label} has no form of «{shown}»"
            + (f" (it keeps the English «{latin[0].text}»)" if latin else "")
            + "; check whether the name was dropped or spelt another way."
        )
        missing.append(
            Finding(
                **common,
                kind="missing",
                entry_id=entry.id or 0,
                english=entry.english,
                found=None,
                start=None,
                end=None,
                suggestion=shown,
                version_id=version_id,
                message=message,
            )
        )
    deprecated.sort(key=lambda f: (f.start, f.end, f.entry_id))
    return deprecated + missing


def replacement_form(entry: GlossaryEntry, lang: str, deprecated: str) -> str | None:
    """The accepted form to put in place of a deprecated one, word for word.

    The preferred form when it has as many words; else an accepted form of that length; else
    the preferred form's last words. A bare deprecated surname (Джапаров) becomes the bare
    surname (Жапаров), never the full name: the text around it may already hold the given
    name ("Садыр Джапаров" must not become "Садыр Садыр Жапаров"), and the case ending
    carries over only word for word.
    """
    preferred = entry.preferred(lang)
    words = len(deprecated.split())
    if preferred is None or len(preferred.split()) == words:
        return preferred
    same_length = [
        v.term
        for v in entry.forms(lang)
        if v.status != "deprecated" and len(v.term.split()) == words
    ]
    if same_length:
        return same_length[0]
    return " ".join(preferred.split()[-words:])


def _contradiction(
    entry: GlossaryEntry, deprecated: Variant, target: str | None, index: FormIndex
) -> GlossaryEntry | None:
    """Another entry that accepts the deprecated form, or deprecates the form it would become.

    Fixing such a form would only trade one entry's finding for the other's, back and forth
    on every run, so it is left to a person.
    """
    for other, v in index.get(form_key(deprecated), []):
        if other is not entry and v.status != "deprecated":
            return other
    if target:
        for other, v in index.get(form_key(Variant(deprecated.lang, target)), []):
            if other is not entry and v.status == "deprecated":
                return other
    return None


def _conflict_message(found: str, entry: GlossaryEntry, label: str, other: GlossaryEntry) -> str:
    return (
        f"«{found}» is a deprecated {label} spelling of {entry.english}, but entry "
        f"#{other.id} ({other.english}) disagrees about it; the glossary contradicts itself, "
        "so this is not fixed automatically: settle the two entries on the Glossary page."
    )


def _deprecated_message(
    found: str, entry: GlossaryEntry, label: str, preferred: str | None, suggestion: str | None
) -> str:
    head = f"«{found}» is a deprecated {label} spelling of {entry.english}"
    if preferred is None:
        return f"{head}, and the glossary has no preferred {label} form yet; decide it by hand."
    if suggestion is None:
        return (
            f"{head}; the glossary prefers «{preferred}», but its ending could not be carried "
            "over safely: write the right form by hand."
        )
    return f"{head}; the glossary prefers «{preferred}»: write «{suggestion}»."


def check(
    ws: Workspace,
    articles: Iterable[Article | str] | None = None,
    langs: Iterable[str] = TARGET_LANGS,
    *,
    entries: list[GlossaryEntry] | None = None,
) -> list[Finding]:
    """Findings over the current head of every content sentence of `articles` (all if None).

    `articles` holds Article objects or article ids; `entries` defaults to the whole glossary.
    Sentences without a translation are skipped (there is nothing to check yet).
    """
    entries = ws.glossary.list() if entries is None else entries
    langs = tuple(langs)
    if not entries:
        return []
    corpus = None
    if articles is None:
        corpus = ws.corpus()
        articles = corpus.articles
    findings: list[Finding] = []
    for item in articles:
        if isinstance(item, str):
            corpus = corpus or ws.corpus()
            item = corpus.get(item)
        for lang in langs:
            states = ws.translations.article_states(item.id, lang)
            for sentence in item.content_sentences():
                state = states.get(sentence.id)
                if state is None or state.head is None:
                    continue
                findings += check_sentence(
                    sentence.text,
                    state.head.text,
                    lang,
                    entries,
                    article_id=item.id,
                    sentence_id=sentence.id,
                    version_id=state.head.id,
                )
    return findings


# --- fixing --------------------------------------------------------------------------------


def fix_findings(
    translation: str, findings: Iterable[Finding], entries: Iterable[GlossaryEntry]
) -> tuple[str, list[Finding], list[Finding]]:
    """(new text, findings applied, findings not applied).

    A finding is applied only if checking `translation` against `entries` now gives the same
    deprecated words at the same place with the same fix; so a finding computed on other
    text, or before the glossary changed, never rewrites anything. Where findings of two
    entries overlap (a surname entry inside a full-name entry), the longer span is replaced,
    and the shorter counts as applied only if its deprecated form is gone from there.
    """
    wanted = [f for f in findings if f.fixable]
    if not wanted:
        return translation, [], []
    entries = list(entries)
    langs = sorted({f.lang for f in wanted})
    current = {
        (f.lang, f.entry_id, f.start, f.end): f
        for lang in langs
        for f in check_sentence("", translation, lang, entries)
    }
    valid, skipped = [], []
    for f in wanted:
        now = current.get((f.lang, f.entry_id, f.start, f.end))
        if now is None or now.found != f.found or now.suggestion != f.suggestion:
            skipped.append(f)
        elif f not in valid:
            valid.append(f)
    chosen, covered = [], []
    for f in sorted(valid, key=lambda f: (f.start - f.end, f.start)):
        (covered if any(_overlap(f, c.start, c.end) for c in chosen) else chosen).append(f)
    chosen.sort(key=lambda f: f.start)
    text, spans, after = _splice_stable(translation, chosen, langs, entries, skipped)
    applied = list(chosen)
    for f in covered:
        where = [span for c, span in zip(chosen, spans, strict=True) if _overlap(f, c.start, c.end)]
        left = not where or any(
            a.kind == "deprecated"
            and (a.lang, a.entry_id) == (f.lang, f.entry_id)
            and any(_overlap(a, *span) for span in where)
            for a in after
        )
        (skipped if left else applied).append(f)
    applied.sort(key=lambda f: (f.start, f.end))
    return text, applied, skipped


def _splice_stable(
    translation: str,
    chosen: list[Finding],
    langs: list[str],
    entries: list[GlossaryEntry],
    skipped: list[Finding],
) -> tuple[str, list[tuple[int, int]], list[Finding]]:
    """(text, new spans, findings in text) with every fix whose result is deprecated dropped.

    A replacement that itself contains a deprecated form (of any entry) would be replaced
    again by the next run; dropping it keeps a fix run idempotent. `chosen` is pruned in
    place and the dropped fixes go to `skipped`.
    """
    while True:
        parts, cursor, spans = [], 0, []
        for f in chosen:
            parts.append(translation[cursor : f.start])
            start = sum(map(len, parts))
            parts.append(f.suggestion)
            spans.append((start, start + len(f.suggestion)))
            cursor = f.end
        parts.append(translation[cursor:])
        text = "".join(parts)
        after = [a for lang in langs for a in check_sentence("", text, lang, entries)]
        unstable = [
            f
            for f, span in zip(chosen, spans, strict=True)
            if any(a.kind == "deprecated" and _overlap(a, *span) for a in after)
        ]
        if not unstable:
            return text, spans, after
        for f in unstable:
            chosen.remove(f)
            skipped.append(f)


def _overlap(f: Finding, start: int, end: int) -> bool:
    return f.start < end and start < f.end


def fix_text(
    translation: str, findings: Iterable[Finding], entries: Iterable[GlossaryEntry]
) -> str:
    """`translation` with each fixable "deprecated" finding's words replaced by its suggestion.

    "missing" findings and findings without a suggestion are left alone, and so is any
    finding that does not hold for this text under `entries` (see `fix_findings`).
    """
    return fix_findings(translation, findings, entries)[0]


def fix_all_text(translation: str, lang: str, entries: Iterable[GlossaryEntry]) -> str:
    """Every deprecated form in `translation` replaced where the ending carries over."""
    entries = list(entries)
    return fix_text(translation, check_sentence("", translation, lang, entries), entries)


@dataclass
class FixReport:
    saved: list[Version] = field(default_factory=list)  # one new version per changed sentence
    fixed: list[Finding] = field(default_factory=list)
    stale: list[Finding] = field(default_factory=list)  # text or glossary changed: check again
    needs_person: list[Finding] = field(default_factory=list)  # missing, or no safe fix

    def summary(self) -> str:
        parts = [f"fixed {len(self.fixed)} in {len(self.saved)} sentence(s)"]
        if self.stale:
            parts.append(f"{len(self.stale)} skipped: changed since the check, check again")
        if self.needs_person:
            parts.append(f"{len(self.needs_person)} need a person")
        return "; ".join(parts)


def apply_fixes(
    ws: Workspace,
    findings: Iterable[Finding],
    reviewer: str,
    *,
    entries: list[GlossaryEntry] | None = None,
) -> FixReport:
    """Save the fixes of "deprecated" findings: one version per changed sentence.

    Each new version is an edit by `reviewer` (status "edited", origin "human"), based on the
    head the findings were computed from. If that head has moved meanwhile, or the glossary no
    longer gives the same fix, the sentence is skipped and its findings reported as stale:
    nothing is overwritten and no conflict version is made. All saves share one transaction.
    "missing" findings and ones without a safe suggestion are reported as needing a person.
    """
    if not reviewer.strip():
        raise ValueError("every change needs the name of who made it")
    entries = ws.glossary.list() if entries is None else entries
    report = FixReport()
    groups: dict[tuple, list[Finding]] = defaultdict(list)
    for f in findings:
        if not f.fixable:
            report.needs_person.append(f)
            continue
        if not f.article_id or not f.sentence_id or f.version_id is None:
            raise ValueError(
                "this finding is not tied to a stored version (use fix_text for free text)"
            )
        groups[(f.article_id, f.sentence_id, f.lang, f.version_id)].append(f)
    edits, pending = [], []
    for (article_id, sentence_id, lang, version_id), group in groups.items():
        head = ws.translations.head(article_id, sentence_id, lang)
        if head is None or head.id != version_id:
            report.stale += group
            continue
        text, applied, stale = fix_findings(head.text, group, entries)
        report.stale += stale
        if not applied or text == head.text:
            continue
        edits.append(
            {
                "article_id": article_id,
                "sentence_id": sentence_id,
                "lang": lang,
                "base_id": head.id,
                "text": text,
                "status": "edited",
                "origin": "human",
                "origin_detail": {
                    "glossary": True,
                    "based_on": head.id,
                    "entries": sorted({f.entry_id for f in applied}),
                },
            }
        )
        pending.append(applied)
    for version, applied in zip(
        ws.translations.save_on_heads(edits, author=reviewer), pending, strict=True
    ):
        if version is None:
            report.stale += applied
        else:
            report.saved.append(version)
            report.fixed += applied
    return report


def apply_fix(ws: Workspace, finding: Finding, reviewer: str) -> FixReport:
    """Fix one finding (one new version for its sentence)."""
    return apply_fixes(ws, [finding], reviewer)


def apply_entry_fixes(
    ws: Workspace, findings: Iterable[Finding], entry_id: int, reviewer: str
) -> FixReport:
    """Fix every finding of one glossary entry; the others are left out of the report."""
    return apply_fixes(ws, [f for f in findings if f.entry_id == entry_id], reviewer)
