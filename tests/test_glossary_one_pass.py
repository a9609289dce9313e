"""The one-pass glossary matcher finds exactly what searching entry by entry finds.

The reference below is the search the checks ran before: every form of every entry tried on
every text. Glossaries and texts are generated from the bundled sample translations (their
names, varied and inflected, in sentences of the samples), with fixed seeds.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from reader.checks import check_sentence
from reader.glossary.entries import GlossaryEntry, Variant
from reader.glossary.match import (
    FormFinder,
    FormMatch,
    _candidates,
    _english_regex,
    find_forms,
    fold,
    glossary_matcher,
    is_form,
)
from reader.lang.ky.morphology import attach
from reader.review.highlight import TermFinder

ROOT = Path(__file__).resolve().parent.parent
RU_ENDINGS = ["", "а", "у", "ом", "ым", "ой", "е", "ы", "ов", "ая", "ого", "ка", "ович"]
KY_CHAINS = [(), ("genitive",), ("dative",), ("plural", "genitive"), ("locative",)]
ODD = ["ſ", "İ", "ı", "ς", "K", "ß", "_", "-", "'", "Ё"]


def reference_forms(text: str, variants: list[Variant], lang: str | None) -> list[FormMatch]:
    """The per-form search: each form's own pattern over the whole text."""
    found = []
    for v in variants:
        for m in _candidates(v.term, lang, v.lang).finditer(text):
            if is_form(m.group(0), v.term, lang, v.lang):
                match = FormMatch(m.start(), m.end(), m.group(0), v)
                found.append((m.start(), -m.end(), abs(len(m.group(0)) - len(v.term)), match))
    found.sort(key=lambda t: t[:3])
    chosen, cursor = [], -1
    for start, _, _, match in found:
        if start >= cursor:
            chosen.append(match)
            cursor = match.end
    return chosen


def reference_mention(source: str, entry: GlossaryEntry) -> str | None:
    best = None
    for v in entry.forms("en"):
        m = _english_regex(v.term).search(source)
        if m and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    return best.group(0) if best else None


def _samples() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {"ru": [], "ky": []}
    for path in sorted((ROOT / "translations").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[data["lang"]] += [(s["source"], s["text"]) for s in data["sentences"]]
    return out


SAMPLES = _samples()


def _names(lang: str) -> list[str]:
    words = {w for _, text in SAMPLES[lang] for w in re.findall(r"(?<=\s)[А-ЯЁӨҮҢ][\w-]{2,}", text)}
    return sorted(words)


def _english_names() -> list[str]:
    return sorted({w for s, _ in SAMPLES["ru"] for w in re.findall(r"(?<=\s)[A-Z][\w-]{2,}", s)})


def _vary(word: str, rng: random.Random) -> str:
    swaps = [("Ж", "Дж"), ("Дж", "Ж"), ("е", "э"), ("ы", "и"), ("ь", ""), ("о", "ө"), ("и", "ий")]
    old, new = rng.choice(swaps)
    varied = word.replace(old, new, 1)
    return varied if varied != word else word + rng.choice(["ов", "а", "ь", "ия"])


def _glossary(rng: random.Random, size: int) -> list[GlossaryEntry]:
    ru, ky, en = _names("ru"), _names("ky"), _english_names()
    entries, seen = [], set()
    for i in range(size):
        r = rng.choice(ru)
        k = rng.choice(ky)
        if rng.random() < 0.2:
            r = f"{rng.choice(ru)} {r}"
            k = f"{rng.choice(ky)} {k}"
        e = rng.choice(en) + ("" if rng.random() < 0.7 else f"-{rng.choice(en)}")
        forms = {
            ("en", e): "preferred",
            ("en", e + "ov"): "admitted",
            ("ru", r): "preferred",
            ("ru", _vary(r, rng)): "deprecated",
            ("ky", k): "preferred",
            ("ky", _vary(k, rng)): "deprecated",
        }
        variants = []
        for (lang, term), status in forms.items():
            if (lang, term.casefold()) not in seen and not any(
                v.lang == lang and v.term.casefold() == term.casefold() for v in variants
            ):
                variants.append(Variant(lang, term, status))
        if any(v.lang == "en" for v in variants):
            entries.append(GlossaryEntry(variants, id=i + 1))
            seen |= {(v.lang, v.term.casefold()) for v in variants if rng.random() < 0.5}
    return entries


def _inflect(term: str, lang: str, rng: random.Random) -> str:
    words = term.split()
    last = words[-1]
    if lang == "ky":
        last = attach(last, rng.choice(KY_CHAINS))
    else:
        last = last.rstrip("аяйь") if rng.random() < 0.3 else last
        last += rng.choice(RU_ENDINGS)
    if rng.random() < 0.1:
        last = last.upper()
    return " ".join([*words[:-1], last])


def _text(lang: str, entries: list[GlossaryEntry], rng: random.Random) -> tuple[str, str]:
    source, text = rng.choice(SAMPLES[lang])
    words = text.split(" ")
    for _ in range(rng.randint(1, 4)):
        entry = rng.choice(entries)
        forms = entry.forms(rng.choice([lang, lang, "en", "ru" if lang == "ky" else "ky"]))
        if not forms:
            continue
        form = _inflect(rng.choice(forms).term, lang, rng)
        if rng.random() < 0.15:
            form = rng.choice(ODD) + form if rng.random() < 0.5 else form + rng.choice(ODD)
        words.insert(rng.randrange(len(words) + 1), form)
    english = source.split(" ")
    for _ in range(rng.randint(0, 2)):
        english.insert(rng.randrange(len(english) + 1), rng.choice(entries).english)
    return " ".join(english), " ".join(words)


@pytest.mark.parametrize("seed", range(8))
def test_one_pass_finds_what_the_per_entry_search_finds(seed: int) -> None:
    rng = random.Random(seed)
    entries = _glossary(rng, rng.choice([5, 40, 150]))
    matcher = glossary_matcher(entries)
    for _ in range(40):
        lang = rng.choice(["ru", "ky"])
        source, text = _text(lang, entries, rng)
        found = matcher.forms(text, lang)
        for i, entry in enumerate(entries):
            expected = reference_forms(text, entry.forms(lang), lang)
            assert found.get(i, []) == expected, (text, entry.variants)
            assert find_forms(text, entry.forms(lang), lang) == expected
        named = matcher.mentions(source)
        for i, entry in enumerate(entries):
            assert named.get(i) == reference_mention(source, entry), (source, entry.variants)


@pytest.mark.parametrize("seed", range(4))
def test_highlighting_all_forms_at_once_matches_the_reference(seed: int) -> None:
    rng = random.Random(100 + seed)
    entries = _glossary(rng, 60)
    for lang in ("ru", "ky", None):
        variants = [v for e in entries for v in e.variants]
        variants.sort(key=lambda v: v.lang != lang)
        finder = FormFinder([variants], lang)
        terms = TermFinder(entries, lang)
        for _ in range(30):
            _, text = _text(rng.choice(["ru", "ky"]), entries, rng)
            expected = reference_forms(text, variants, lang)
            assert finder.find(text).get(0, []) == expected, text
            assert [(m.start, m.end) for m in terms.find(text)] == [
                (m.start, m.end) for m in expected
            ]


def test_the_bundled_samples_give_the_same_findings_with_a_shared_glossary() -> None:
    rng = random.Random(7)
    entries = _glossary(rng, 100)
    for lang in ("ru", "ky"):
        for source, text in SAMPLES[lang][:60]:
            alone = check_sentence(source, text, lang, list(entries))
            again = check_sentence(source, text, lang, entries)
            assert alone == again
            matcher = glossary_matcher(entries).forms(text, lang)
            for i, entry in enumerate(entries):
                assert matcher.get(i, []) == reference_forms(text, entry.forms(lang), lang)


def test_a_changed_glossary_is_matched_afresh() -> None:
    osh = GlossaryEntry([Variant("en", "Osh"), Variant("ru", "Ош", "deprecated")], id=1)
    [finding] = check_sentence("In Osh.", "В Оше.", "ru", [osh])
    assert finding.found == "Оше"
    renamed = GlossaryEntry([Variant("en", "Osh"), Variant("ru", "Баткен", "deprecated")], id=1)
    assert check_sentence("In Osh.", "В Оше.", "ru", [renamed]) == []


def test_case_folding_agrees_with_the_regex_engine() -> None:
    """Every pair of letters `re.IGNORECASE` equates folds alike, and folding keeps length."""
    import re._casefix as casefix  # the engine's own table of extra case equivalences

    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        assert len(fold(char)) == 1
        low = char.lower()
        extra = casefix._EXTRA_CASES.get(ord(low[0]), ()) if len(low) == 1 else ()
        for other in {low, char.upper(), char.title(), *map(chr, extra)}:
            if len(other) == 1 and re.fullmatch(re.escape(char), other, re.IGNORECASE):
                assert fold(char) == fold(other), (char, other)
