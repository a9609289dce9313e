"""Romanization of Russian and Kyrgyz Cyrillic, and phonetic keys that survive it.

One name reaches a reviewer in many spellings: Japarov, Zhaparov, Dzhaparov, Жапаров,
Джапаров. `romanize` writes Cyrillic in one of the systems in actual use (`reader/lang/*/schemes/`);
`name_keys` folds any spelling, Latin or Cyrillic, into a coarse skeleton (folding.json) so
that variants of one name share a key. Both tables are data: fix a spelling there, not here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from reader import lang as languages
from reader.lang import CYRILLIC

_HERE = Path(__file__).parent
_PARTS = re.compile(r"[\s\-‐‑–—_.]+")


@dataclass(frozen=True)
class _Rule:
    """A context rule: `match` (lowercase Cyrillic) becomes `to` where the context allows."""

    match: str
    to: str
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None


@dataclass(frozen=True)
class Scheme:
    """One romanization system, as loaded from a language's schemes/NAME.json."""

    name: str
    title: str
    letters: dict[str, str]
    rules: tuple[_Rule, ...]
    keys: bool  # whether name_keys romanizes with it

    @cached_property
    def rules_at(self) -> dict[str, tuple[_Rule, ...]]:
        """The rules by the letter they start with, in order: a letter tries only its own."""
        out: dict[str, list[_Rule]] = {}
        for rule in self.rules:
            out.setdefault(rule.match[:1], []).append(rule)
        return {letter: tuple(rules) for letter, rules in out.items()}


def _schemes() -> dict[str, Scheme]:
    """The schemes of the languages registered now."""
    return _load_schemes(languages.revision())


@lru_cache(maxsize=2)
def _load_schemes(registry_revision: int) -> dict[str, Scheme]:
    """Read once per state of the language registry: registering a language brings its own."""
    loaded: dict[str, Scheme] = {}
    for path in languages.scheme_files():
        raw = json.loads(path.read_text(encoding="utf-8"))
        rules = tuple(
            _Rule(
                match=r["match"],
                to=r["to"],
                after=re.compile(f"(?:{r['after']})$") if "after" in r else None,
                before=re.compile(f"^(?:{r['before']})") if "before" in r else None,
            )
            for r in raw.get("rules", [])
        )
        loaded[raw["name"]] = Scheme(
            raw["name"], raw["title"], raw["letters"], rules, raw.get("keys", True)
        )
    return loaded


def schemes() -> list[str]:
    """Names of the available romanization schemes, sorted."""
    return sorted(_schemes())


def _cased(out: str, source: str, word: str) -> str:
    """Carry the source letters' case over: Ж -> Zh, but ЖАПАРОВ -> ZHAPAROV."""
    if not source[:1].isupper():
        return out
    if len(word) > 1 and word.isupper():
        return out.upper()
    return out[:1].upper() + out[1:]


def _romanize_word(word: str, scheme: Scheme) -> str:
    low = word.lower()
    out: list[str] = []
    i = 0
    while i < len(word):
        for rule in scheme.rules_at.get(low[i : i + 1], ()):
            n = len(rule.match)
            if low.startswith(rule.match, i) and (
                (rule.after is None or rule.after.search(low[:i]))
                and (rule.before is None or rule.before.search(low[i + n :]))
            ):
                out.append(_cased(rule.to, word[i : i + n], word))
                i += n
                break
        else:
            ch = word[i]
            mapped = scheme.letters.get(ch.lower())
            out.append(ch if mapped is None else _cased(mapped, ch, word))
            i += 1
    return "".join(out)


def romanize(text: str, scheme: str) -> str:
    """`text` with its Cyrillic letters romanized under `scheme`; other characters are kept.

    Context rules (Е as ye at the start of a word) see one word at a time.
    """
    table = _schemes()[scheme]
    return re.sub(r"\w+", lambda m: _romanize_word(m.group(0), table), text)


def spellings(name: str) -> set[str]:
    """The name as written under every scheme (itself when it has no Cyrillic)."""
    if not CYRILLIC.search(name):
        return {name}
    return {romanize(name, s) for s in schemes()}


# --- folding -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Folding:
    pre: tuple[tuple[re.Pattern[str], str], ...]
    loose_pre: tuple[tuple[re.Pattern[str], str], ...]  # `pre` and, for matching only, more
    letters: dict[str, str]
    loose_letters: dict[str, str]  # `letters` and, for matching only, `matching_letters`
    rules: tuple[tuple[re.Pattern[str], str], ...]
    alternatives: tuple[tuple[re.Pattern[str], str], ...]  # a second reading of a Latin letter
    # further readings, for matching only: (pattern, replacement, unless the name matches
    # this, but still in a name another word of which is of this language: `neighbour_language`)
    matching: tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None, str], ...]
    stored: tuple[tuple[re.Pattern[str], str], ...]  # after `rules`, for stored keys only
    # a Cyrillic letter's other reading, for matching only, one occurrence at a time: (pattern,
    # replacement, only in a name that matches this mark of `cyrillic_marks`)
    cyrillic: tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...]
    # a Cyrillic letter's other reading in every occurrence at once, for matching only, made
    # after `cyrillic`: (pattern, replacement, only in a name with this mark)
    cyrillic_all: tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...]
    # a Latin letter's other reading, for matching only, one occurrence at a time, made after
    # `matching`, in a name with the mark: (pattern, replacement, mark)
    single: tuple[tuple[re.Pattern[str], str, re.Pattern[str]], ...]
    carons: dict[str, str]  # a Latin letter that may be a caron letter stripped (z: ž)
    carons_unless: re.Pattern[str]  # a spelling that writes them otherwise
    late: tuple[tuple[re.Pattern[str], str], ...]  # readings tried last (Turkish c as дж)
    german_mark: re.Pattern[str]  # a letter of German spellings (w, sch)
    german: tuple[tuple[re.Pattern[str], str], ...]  # their readings (ch as х, z as ц)
    belarusian_name: re.Pattern[str]  # a Belarusian word as no Russian name is spelled
    azerbaijani: re.Pattern[str]  # an Azerbaijani word in Latin letters (ə; q with ı)
    romanian: re.Pattern[str]  # a Romanian word (ă, î, ș, ț)
    tatar_bashkir: re.Pattern[str]  # a word Tatar or Bashkir letters mark
    # a language whose words make a name's other words its own (`neighbour_language`) -> the
    # mark of its readings and a word with none of the letters it lacks
    neighbours: dict[str, tuple[re.Pattern[str], re.Pattern[str]]]
    polish_mark: re.Pattern[str]  # a letter or digraph of Polish spellings (cz, rz, ż)
    polish: tuple[tuple[re.Pattern[str], str], ...]  # their readings (cz as ч, rz as ж)


@lru_cache(maxsize=1)
def _folding() -> _Folding:
    raw = json.loads((_HERE / "folding.json").read_text(encoding="utf-8"))
    marks = {k: re.compile(p, re.IGNORECASE) for k, p in raw.get("cyrillic_marks", {}).items()}
    return _Folding(
        pre=tuple((re.compile(p), r) for p, r in raw["pre"]),
        loose_pre=tuple((re.compile(p), r) for p, r in raw["pre"] + raw.get("matching_pre", [])),
        letters=raw["letters"],
        loose_letters=raw["letters"] | raw.get("matching_letters", {}),
        rules=tuple((re.compile(p), r) for p, r in raw["rules"]),
        alternatives=tuple((re.compile(p), r) for p, r in raw.get("alternatives", [])),
        matching=tuple(
            (re.compile(p), r, re.compile(unless[0]) if unless else None, "".join(unless[1:]))
            for p, r, *unless in raw.get("matching_alternatives", [])
        ),
        stored=tuple((re.compile(p), r) for p, r in raw.get("stored_rules", [])),
        cyrillic=tuple(
            (re.compile(p, re.IGNORECASE), r, marks[mark[0]] if mark else None)
            for p, r, *mark in raw.get("cyrillic_matching_alternatives", [])
        ),
        cyrillic_all=tuple(
            (re.compile(p, re.IGNORECASE), r, marks[mark[0]] if mark else None)
            for p, r, *mark in raw.get("cyrillic_all_alternatives", [])
        ),
        single=tuple(
            (re.compile(p), r, re.compile(mark))
            for p, r, mark in raw.get("matching_single_alternatives", [])
        ),
        carons=raw["lost_carons"]["letters"],
        carons_unless=re.compile(raw["lost_carons"]["unless"]),
        late=tuple((re.compile(p), r) for p, r in raw["late_alternatives"]),
        german_mark=re.compile(raw["german"]["mark"], re.IGNORECASE),
        german=tuple((re.compile(p), r) for p, r in raw["german"]["readings"]),
        belarusian_name=marks["belarusian_name"],
        azerbaijani=re.compile(raw["latin_marks"]["azerbaijani"]),
        romanian=re.compile(raw["latin_marks"]["romanian"]),
        tatar_bashkir=marks["tatar_bashkir"],
        neighbours={
            "belarusian": (marks["belarusian"], marks["belarusian_letters"]),
            "tatar_bashkir": (marks["tatar_bashkir"], marks["tatar_bashkir_letters"]),
        },
        polish_mark=re.compile(raw["polish"]["mark"], re.IGNORECASE),
        polish=tuple((re.compile(p), r) for p, r in raw["polish"]["readings"]),
    )


def _fold_part(part: str, table: _Folding, stored: bool) -> str:
    letters = table.letters if stored else table.loose_letters
    s = "".join(letters.get(c, c) for c in part)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z]", "", s)
    for pattern, repl in table.rules + (table.stored if stored else ()):
        s = pattern.sub(repl, s)
    return s


@lru_cache(maxsize=65536)
def skeleton(latin: str, stored: bool = False) -> str:
    """The phonetic skeleton of a Latin spelling: Zhaparov, Dzhaparov, Japarov -> japarov.

    Hyphens and spaces are dropped (Issyk-Kul = Issyk Kul). Cyrillic letters are ignored:
    romanize first, or use `name_keys`. `stored`: as a group's stored key is folded.
    """
    table = _folding()
    s = unicodedata.normalize("NFC", latin).lower().strip()
    for pattern, repl in table.pre if stored else table.loose_pre:
        s = pattern.sub(repl, s)
    return "".join(_fold_part(p, table, stored) for p in _PARTS.split(s) if p)


def german_spelling(text: str) -> bool:
    """Whether `text` has a letter of German spellings of Russian names (Gorbatschow)."""
    return bool(_folding().german_mark.search(text))


def neighbour_language(text: str) -> str:
    """The language whose own word `text` is, as its letters or spellings mark it, and which
    then marks the name's other words as its own: Belarusian, as no Russian name is spelled
    (Жэня, Чачэрск; not Бэла, a Russian spelling too), Tatar or Bashkir (Гәрәев, whose
    name's Мостафа is Tatar's о for Russian у), Azerbaijani in Latin letters (Qasımlı,
    whose name's Elcan is Эльджан) or Romanian (Bărbuță, whose name's Chiril is Кирил); ""
    for none."""
    table = _folding()
    if table.belarusian_name.search(text):
        return "belarusian"
    if table.azerbaijani.search(text.casefold()):
        return "azerbaijani"
    if table.romanian.search(text.casefold()):
        return "romanian"
    return "tatar_bashkir" if table.tatar_bashkir.search(text) else ""


def name_keys(name: str, loose: bool = True, german: bool = False, neighbour: str = "") -> set[str]:
    """Skeleton keys of a name in any script; spelling variants of one name share one.

    Cyrillic is romanized under every scheme marked for keys (BGN/PCGN Russian and Kyrgyz,
    passports, news) and each result folded: Жапаров and Джапаров both give `japarov`, as do
    Japarov and Zhaparov. Letters of other Cyrillic alphabets fold as Russian writes them
    (Әлихан = Алихан). A Latin letter read two ways gives a key per reading (Uzbek x = kh);
    when `loose`, each reading also gets further readings in any combination, a Latin o as a
    (Uzbek Latin and Belarusian for Russian о or а: Xolmatov = Халматов) and a word-initial J
    as Й (Jasenevo = Yasenevo), ë as yo (Semënov = Semyonov), a final d as t, French ou, tch,
    ch, gu as у, ч, ш, г (Khrouchtchev = Khrushchev); a Cyrillic
    name, a Kazakh or Kyrgyz vowel as Russian writes it (Ақсеңгір = Аксенгер, Төлеген =
    Тулеген, Өзгөн = Узген), a final д as Kazakh writes it, т (Сарканд = Сарқант), and a
    Belarusian word's а, я, ц as Russian о or е, е, т (Чачэрск = Чечерск), and in a word
    Uzbek or Tajik marks every о as а (Тошкент = Ташкент), Tatar, Bashkir, Chuvash and Sakha
    letters and vowels as Russian forms write them (Стәрлетамаҡ = Стерлитамак, Мирнэй =
    Мирный); a Latin name's letters of other orthographies as Russian writes them, some one at
    a time (Fargʻona = Фергана), and in a German spelling (`german`, or a German letter in the
    name) German's letters (Asarow = Азаров; Roisman in Jewgeni Roisman = Ройзман, told by the
    caller); a Cyrillic word with no letter Belarusian lacks in a name another word of which is
    Belarusian (`neighbour`, told by the caller: `neighbour_language`) as a Belarusian word
    (Пачкова in Жэня Пачкова = Почкова), and likewise Tatar and Bashkir (Мостафа in Мостафа
    Гәрәев = Мустафа). Stored
    keys are not loose, and folded with the stored rules too, so a rule added or changed later
    moves no stored decision. Inflected forms (Жапарова, Жапаровдун) are not reduced here:
    see `reader.names.inflection.base_form`.
    """
    return set(_name_keys(name, loose, languages.revision(), german, neighbour))


@lru_cache(maxsize=65536)
def _name_keys(
    name: str, loose: bool, registry_revision: int, german: bool, neighbour: str = ""
) -> frozenset[str]:
    """Keyed by the registry's revision too: a registered language's schemes add keys."""
    if not CYRILLIC.search(name):
        table = _folding()
        low = unicodedata.normalize("NFC", name).lower()  # e and U+0308 as ë, for the readings
        readings = {low, *(p.sub(r, low) for p, r in table.alternatives if p.search(low))}
        if loose and (german or table.german_mark.search(low)):  # before tsch reads as ch
            for pattern, repl in table.german:
                readings |= {pattern.sub(repl, r) for r in readings if pattern.search(r)}
        if loose and table.polish_mark.search(low):
            for pattern, repl in table.polish:
                readings |= {pattern.sub(repl, r) for r in readings if pattern.search(r)}
        for pattern, repl, unless, language in table.matching if loose else ():
            if unless is None or not unless.search(low) or (language and language == neighbour):
                readings |= {pattern.sub(repl, r) for r in readings if pattern.search(r)}
        for pattern, repl, mark in table.single if loose else ():
            if mark.search(low):
                readings |= {
                    r[: m.start()] + repl + r[m.end() :]
                    for r in readings
                    for m in pattern.finditer(r)
                }
        keys = {skeleton(r, not loose) for r in readings}
    else:
        texts = _cyrillic_readings(name, neighbour) if loose else (name,)
        romanized = (romanize(t, s.name) for t in texts for s in _schemes().values() if s.keys)
        keys = {skeleton(r, not loose) for r in romanized}
    return frozenset(k for k in keys if k)


# Longer names (no name's words joined run this long: pasted text) are read only as
# written: their readings, one per vowel read another way, grow past counting.
_MAX_READ_LETTERS = 64


def _cyrillic_readings(name: str, neighbour: str = "") -> set[str]:
    """The name, and the name with one Kazakh or Kyrgyz vowel read as Russian writes it in
    names (Ақсеңгір as Аксенгер, Төлеген as Тулеген, Өзгөн as Узген: ө as у or ё; Қарағанды
    as Караганда; Орусия without Kyrgyz's prothetic о) or a final д as Kazakh writes it
    (Сарканд as Саркант), per letter one occurrence at a time: Russian writes most ө as о,
    so Төрөбаев is never Турубаев. A reading that names a mark applies only to a name with it
    (a Belarusian word's а as о: Карэлічы as Кореличи); with `neighbour`, the language
    another word of the name is in, that language's mark's to a word with no letter it
    lacks."""
    readings = {name}
    if len(name) > _MAX_READ_LETTERS:
        return readings
    table = _folding()
    mark, letters = table.neighbours.get(neighbour, (None, None))
    if letters is None or not letters.search(name):
        mark = None
    for pattern, repl, only in table.cyrillic:
        if only is None or only.search(name) or (mark is not None and only is mark):
            readings |= {
                r[: m.start()] + m.expand(repl) + r[m.end() :]
                for r in readings
                for m in pattern.finditer(r)
            }
    for pattern, repl, only in table.cyrillic_all:
        if only is None or only.search(name):
            readings |= {pattern.sub(repl, r) for r in readings if pattern.search(r)}
    return readings


@lru_cache(maxsize=65536)
def lost_caron_keys(name: str) -> frozenset[str]:
    """Keys of a Latin name read with carons it may have lost (Torzok as Toržok = Торжок):
    each such letter alone, and all of them. Not keys of the name: different names too would
    share them (Peskov, Пешков), so grouping tries them only where nothing else matched."""
    table = _folding()
    low = name.lower()
    if CYRILLIC.search(name) or table.carons_unless.search(low):
        return frozenset()
    spots = [i for i, c in enumerate(low) if c in table.carons]
    readings = {low[:i] + table.carons[low[i]] + low[i + 1 :] for i in spots}
    readings.add("".join(table.carons.get(c, c) for c in low))
    keys = set().union(*(name_keys(r) for r in readings if r != low))
    return frozenset(keys - name_keys(name))


@lru_cache(maxsize=65536)
def late_keys(name: str) -> frozenset[str]:
    """Keys of a Latin name read as another orthography writes it (folding.json
    "late_alternatives": Turkish Recep as Реджеп), where that reading is another name in
    the usual ones (GOST Carev is Царёв): grouping tries them only where nothing else
    matched, as `lost_caron_keys`."""
    if CYRILLIC.search(name):
        return frozenset()
    low = name.lower()
    readings = {p.sub(r, low) for p, r in _folding().late if p.search(low)}
    keys = set().union(*(name_keys(r) for r in readings))
    return frozenset(keys - name_keys(name))


# --- reading a Latin spelling as a Cyrillic form -------------------------------------------


def reads_as(latin: str, cyrillic: str) -> bool:
    """Whether `latin` is `cyrillic` as one of the schemes writes it, compared from the last
    word on as far as the shorter goes (Japarov is Садыр Жапаров's surname as Kyrgyz writes
    it), ignoring case, accents and punctuation. Strict where `name_keys` is loose: Zhaparov
    is no scheme's Джапаров, though both fold to one key."""
    return _reads_as(latin, cyrillic, languages.revision())


@lru_cache(maxsize=65536)
def _reads_as(latin: str, cyrillic: str, registry_revision: int) -> bool:
    ours = _plain_words(latin)
    if not ours:
        return False
    for written in _written_words(cyrillic, registry_revision):
        k = min(len(ours), len(written))
        if k and ours[-k:] == written[-k:]:
            return True
    return False


@lru_cache(maxsize=8192)
def _written_words(cyrillic: str, registry_revision: int) -> frozenset[tuple[str, ...]]:
    """The words of the name as each scheme writes it (see `_plain_words`)."""
    return frozenset(_plain_words(s) for s in spellings(cyrillic))


_LETTERS = {"Ll", "Lu", "Lt", "Lo"}  # not Lm, the apostrophes ʼ ʹ; nor Mn, the accents


def _plain_words(text: str) -> tuple[str, ...]:
    """The words (split as `skeleton` splits them: Issyk-Kul = Issyk Kul), lowercased, with
    accents and apostrophes off (Ysyk-Köl = Ysyk-Kol, Issyk-Kulʼ = Issyk-Kul)."""
    words = []
    for part in _PARTS.split(unicodedata.normalize("NFKD", text).casefold()):
        plain = "".join(c for c in part if unicodedata.category(c) in _LETTERS)
        if plain:
            words.append(plain)
    return tuple(words)
