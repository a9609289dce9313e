"""Group the spellings of one name across scripts, transliterations and case forms.

Two names group when their words match one by one, each word compared by the phonetic keys
of its base form (`name_keys` after `base_form`): a shared key, or skeletons within a small
edit distance (rapidfuzz) made only of edits spellings differ by (a vowel, not a
consonant). Multi-word names need every word to match, so "Sadyr Japarov" and
"Akylbek Japarov" stay apart; a patronymic or an initial in the middle may be missing
("Vladimir Putin" = "Vladimir Vladimirovich Putin"), another given name not (a son's name may
be his father's less one); "Issyk Kul" = "Issyk-Kul" by the joined words. Two names
also match as written, before any word is reduced to a base form (Калач на Дону =
Калач-на-Дону, though Дону alone is of Дон). A place name is read without a generic word
first or last (`reader.names.place_words`): a settlement's is the place itself (Балыкчы шаары =
Балыкчы, город Ош = Ош); a region's or a district's names another place, which matches only
a name with a word of that kind (Ош облусу = Osh Region, not Ош), as do a valley's, a range's,
a gorge's and a pass's (Fergana Valley is not Fergana); a lake or a river is named alone too
(Lake Issyk-Kul = Иссык-Куль). Before such a word a Russian place adjective reads as its town
(Иссык-Кульская область = Issyk-Kul Region).

Rules for what cannot be decided from one pair:

* A bare surname ("Japarov", "Жапаровдун") joins a full name only when exactly one full-name
  group in the input has that surname; with both Sadyr and Akylbek Japarov present it stays
  a group of its own, marked ambiguous between them (`NameGroup.ambiguous`). The same holds
  for a one-word place (Kenesh -> Jogorku Kenesh), and for a given name and patronymic
  without the surname (Садыр Нургожоевич -> Садыр Нургожоевич Жапаров), which joins only a
  full name with that patronymic: a given name alone, or beside a full name without a
  patronymic, names too many people.
* A bare place name (Chüy) joins the one region or district of that name in play (Chuy
  Region, Чуйская область), or range, reservoir, mine... (Tien Shan, Тянь-Шань тоолору), and
  is marked ambiguous beside several; never where it names a
  town: one written so in the input (город Нарын), or one the gazetteer has by that name
  (Naryn), which spelling alone cannot tell from its region, so without the gazetteer none
  joins. A river or a lake it names alone, unless a town of its name is written so in play,
  or is in play by another of its names (Luhansk beside Voroshilovgrad); a town the
  gazetteer has by that name now joins neither, shown ambiguous (Hrazdan beside Hrazdan
  River), unless the name ends in its water's own word (Syrdarya, Karakul: the water's).
* A bare name never links places of different kinds: beside a lake and a river of its name
  (Lake Sarez, Sarez River), or a lake and a mine, a field or a dam named after it, it stays
  apart, ambiguous between them, and no two groups of
  places with generic words of different kinds join, whatever else links them. A place
  named with its generic word (город Ангрен, Lake Son-Kul), or a town the gazetteer has,
  is no last word of a longer name without that kind of word (урочище Ангрен, Нижний
  Новгород), though still of a phrase (в Ангрене); beside the one person of its name the
  gazetteer's town joins neither, shown ambiguous (Kirov, Sergei Kirov: the town named
  after him, or his namesake), and without the gazetteer the bare name is his surname.
* A country or region in parentheses or after a comma (Horgos (China), Khorgos, Kazakhstan;
  `reader.names.qualifiers`) is no part of a place's name, and tells places of one spelling
  apart: two whose qualifiers, or a qualifier and the country the gazetteer has the town
  in, name different countries or regions never join; an unqualified spelling joins the one
  qualified place in play, and is shown ambiguous beside two, as is a name of several
  readings that fits both (Бархава, Belarusian for Борхово). A qualified name is a place's,
  never a person's surname (Kirov (Russia) is not Sergei Kirov).
* A title or office before a name (генерал Панфилов, President Sadyr Japarov;
  `reader.names.offices`) is no part of it and makes it a person's: a title's surname alone
  joins the one full name of that surname, never a bare name (which may be the town named
  after the person), and is shown ambiguous beside two.
* A Turkic patronymic, the father's name and a word for son or daughter of (Kyrgyz
  Турсунбек уулу, Tursunbek kyzy; Kazakh улы, қызы; Uzbek oʻgʻli, qizi), is one word in
  the surname's place, marked with the particle: Tursunbek kyzy alone (or Турсунбек
  кызынын) joins Kanykei Tursunbek kyzy, never Almaz Tursunbek uulu, her namesake's son.
* A word with several possible base forms (Russian Каримова: of Karimov, or Karimova) joins
  only a group that exactly one of its readings fits, and never links two groups together,
  unless one reading alone fits them all (Жітіқара); a word no reading of which is a
  person's name form joins the one group with its spelling as written (Актобе = Aktobe, not
  of Актоба); one that is a person's name form only as inflected joins the group of its base
  with its own spellings as written (Отеген Батыра, Otegen Batyra: Өтеген Батыр).
* Gendered forms of one surname (Karimov / Karimova) are different people: keys differ in
  the final -a, and the fuzzy match never bridges a final -a.
* A Latin z, s or c may be ž, š, č with the caron lost (Torzok = Торжок) or may not (Peskov
  is not Пешков); a Latin word may be a romanized Kyrgyz case form (Japarovdun, Tashievge,
  Bishkekte) or may not (Florida): those readings are tried last, for a group nothing else
  matched, joining the one group they fit or whose last word they are.
* A town's Kazakh name may drop the Russian place suffix (Лисаков for Лисаковск) and say ш for
  its ч (Шу for Чу); Kirov and Kirovsk are two towns all the same. So a bare name the
  gazetteer does not know meets another so only where that one's group is written in Kazakh
  (a Kazakh letter, a Kazakh case form of its name: Лисаковтың), joining the one such group.

Places and countries that spelling cannot link (Bishkek ~ Frunze, Kyiv ~ Киев, Киргизия ~
Кыргызстан) group when the gazetteer (`reader.names.gazetteer`) has both as names of one
entity; `suggestion` gives that entity's form per language. Two names it has as two
entities join by no spelling rule, only as written (Neftekamsk is not Neftekumsk), and two
towns written alike only as the keys fold them (Aksu, Ak-Suu) only where the data give one's
spelling to the other's town too (Murgab: Turkmen Murgap's and Tajik Murghob's).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from reader import lang as languages
from reader.lang import CYRILLIC
from reader.lang.extraction import (
    consonant_genitive,
    genitive_endings,
    joined_particles,
    particles,
    visible,
    word_lists,
)
from reader.names import (
    azerbaijani,
    belarusian,
    gazetteer,
    qualifiers,
    tajik,
    tatar,
    ukrainian,
    uzbek,
)
from reader.names.acronyms import acronym_keys, is_acronym, letter_keys
from reader.names.descriptive import translated_keys
from reader.names.initials import cyrillic_letter, first_sounds, initials_meet
from reader.names.kazakh import case_stems, short_case_stems
from reader.names.kazakh_towns import (
    russian_stems,
    shcha_swaps,
    sibilant_swaps,
    written_locally,
)
from reader.names.offices import without_title
from reader.names.place_words import (
    APOSTROPHES,
    FACILITIES,
    REPUBLIC,
    RIVERS_AND_LAKES,
    SETTLEMENT,
    capitalized_settlement_word,
    english_adjective_nouns,
    kinds_agree,
    land_nouns,
    named_after,
    other_land_names,
    part_of_name,
    place_adjective_nouns,
    water_fused,
    without_generic,
)
from reader.names.translit import (
    german_spelling,
    late_keys,
    lost_caron_keys,
    name_keys,
    neighbour_language,
    spellings,
)

# Skeletons of at least this many letters may differ by a few edits of the kinds spellings
# differ by (`_spelling_edit`): one in 9 letters passes (Nizhnekamsk / Niznekamsk), Karimov /
# Kerimov (one in 7) does not. Shorter skeletons must share a key exactly (Osh, Talas, Taraz).
FUZZY_MIN_SIMILARITY = 0.88
FUZZY_MIN_LENGTH = 6
# Longer skeletons must share a key exactly: no name's words joined run this long, and the
# block tokens of a key grow with the square of its length (a word of 300 letters, pasted
# text, took a gigabyte).
FUZZY_MAX_LENGTH = 64
_MAX_READINGS = 32
# Block tokens of a long key: the key with up to this many letters deleted. The fuzzy match
# allows more edits only to keys of 23 letters or more (joined names): for those, blocking
# finds partners within 2 edits, as 3 would take thousands of tokens a key.
_MAX_DELETIONS = 2

_INITIAL = re.compile(r"^\w{1,2}\.$")
_EDGE_PUNCT = "\"'“”«»„()[],;:!?"

Keys = frozenset[str]
Reading = tuple[Keys, ...]


@dataclass(frozen=True)
class _Base:
    keys: Keys
    gender: str | None  # "m", "f" of a given name or surname form (Russian); None: unknown


@dataclass(frozen=True)
class _Word:
    bases: tuple[_Base, ...]  # alternative base forms of the word
    initial: bool = False
    written: Keys = frozenset()  # keys of the word as written, not reduced to a base form
    # keys of a Latin word read with carons it may have lost, or another late reading
    carons: Keys = frozenset()
    ending: Keys = frozenset()  # keys of a Latin word read with a case ending off (Japarovdun)
    # keys of a word's bases tried only for a name its spelling linked to nothing (Russian
    # Гарме: Гарм, Гарма; not Восе, a town so named, beside its Vose)
    lone: Keys = frozenset()
    patronymic: bool = False  # a Russian patronymic (Нургожоевич, Ivanovna)
    # a Turkic patronymic: the father's name with its particle (Tursunbek uulu), or joined
    # to it (Кемелұлы, Kemeluly)
    fathers: bool = False
    # the sounds its first letter may stand for, which an initial is compared by (`initials`)
    first: frozenset[str] = frozenset()
    # written in Latin letters: the nominative, as English writes names, never a case form
    # (a final e of a Latin Apostolove is no prepositional of Apostolov, `_spelling_edit`)
    latin: bool = False
    # a Cyrillic word ending in a consonant, й or ь, as Russian declines a man's given name
    # and not a woman's (Бахытжана of him; Бахытжан, Жанар of her in every case)
    consonant: bool = False


def _agree(combo: tuple[_Base, ...], words: tuple[_Word, ...]) -> bool:
    """Розы Отунбаевой: a feminine given name takes the feminine reading of the surname. A
    later word read as itself, a man's by its consonant ending but no -ов, -ев, -ин surname,
    tells no gender: a woman's such surname is not declined (Анны Гречаник, Ларисы Витер);
    nor does one in -о, which Russian declines for no one (Вероники Цепкало, Анны Дурново),
    whatever gender the dictionary guesses for it. Nor does a man's reading of a case form
    agree with a man's given name in a consonant as written (`_case_disagrees`)."""
    genders = {
        b.gender
        for i, (b, w) in enumerate(zip(combo, words, strict=True))
        if b.gender and not (i and _undeclined(b, w))
    }
    return len(genders) <= 1 and not _case_disagrees(combo, words)


def _case_disagrees(combo: tuple[_Base, ...], words: tuple[_Word, ...]) -> bool:
    """Whether a man's given name in a consonant as written comes before a man's reading of
    a woman's surname as his case form (Бахытжан Торегожина as of Торегожин): Russian would
    have declined the given name too (Бахытжана Торегожина), so the name is a woman's, whose
    given name in a consonant Russian does not decline, whatever gender the dictionary gives
    it (Бахытжан, Жанар: men's and women's names)."""
    if len(words) < 2:
        return False
    first, word = combo[0], words[0]
    return (
        word.consonant
        and first.gender == "m"
        and first.keys == word.written
        and any(
            b.gender == "m" and not w.latin and b.keys != w.written and _womans_surname(w)
            for b, w in zip(combo[1:], words[1:], strict=True)
        )
    )


def _womans_surname(word: _Word) -> bool:
    """Whether a word as written is a woman's -ова, -ева, -ина surname, not another man's
    case form (Отеген Батыра, a town named in the genitive after Өтеген Батыр)."""
    return any(k.endswith(_WOMENS_ENDINGS) for k in word.written)


# A woman's surname's endings (-ова, -ева, -ина, -ына), as the keys fold them
_WOMENS_ENDINGS = ("ova", "eva", "ina")


def _undeclined(base: _Base, word: _Word) -> bool:
    return (
        base.gender == "m"
        and bool(base.keys)
        and base.keys == word.written
        and not any(k.endswith(_GENDERED_ENDINGS) or k[-1] in "aeiuy" for k in base.keys)
    )


# The endings of surnames whose women's form differs (-ова, -ева, -ина), as keys fold them
_GENDERED_ENDINGS = ("ov", "ev", "in", "yn", "ski", "skii", "skiy", "skij")


@dataclass(frozen=True)
class _Name:
    index: int
    text: str
    words: tuple[_Word, ...]
    readings: tuple[Reading, ...]  # whole-name readings, those whose genders agree
    entities: Keys = frozenset()  # gazetteer entities it is a name of
    # keys of the whole name as written, no word reduced to a base form: a name meets its
    # spellings however its words are read (Калач на Дону = Калач-на-Дону, though Дону
    # alone is of Дон; Лесной = Lesnoy, though Лесной alone may be of Лесная)
    written: Keys = frozenset()
    kind: str = ""  # the kind of the generic word it was read without (Ош облусу: region)
    # `written` with the last word's Russian suffix -ov, -ev taken off, for a full name
    # (Emomali Rahmonov: Emomali Rahmon); empty for others
    unsuffixed: Keys = frozenset()
    # a name of three words or more whose second is a patronymic: its first two words joined,
    # which a given name and patronymic alone meet (Садыр Нургожоевич); empty for others
    forenames: Keys = frozenset()
    # a bare name the gazetteer has as a town's own name (Naryn; not Issyk-Kul, an old name
    # of Balykchy): the town, not the region of that name
    town: bool = False
    # the numbers written in it, which the keys drop (Kambarata-1, Kambarata-2)
    numbers: tuple[str, ...] = ()
    # the country and region its qualifier names (Horgos (China): CN), which the name is
    # read without (`reader.names.qualifiers`)
    regions: qualifiers.Regions = frozenset()
    # read without a title or office before it (генерал Панфилов): a person's name
    titled: bool = False
    # the countries the gazetteer has its places in (Хоргос: KZ), if it has each's
    located: qualifiers.Regions = frozenset()

    @property
    def definite(self) -> bool:
        return len(self.readings) == 1

    @property
    def initialed(self) -> bool:
        """One full word, the rest initials (A. Akayev, Akayev A. A.): it may be of any
        person of that surname whose given name has the initial."""
        return len(self.words) > 1 and sum(not w.initial for w in self.words) == 1

    @property
    def forename_only(self) -> bool:
        """A given name and a patronymic without the surname, as Russian names a person
        formally (Садыр Нургожоевич)."""
        first, *rest = self.words or (None,)
        return len(rest) == 1 and rest[0].patronymic and not first.initial


# --- words -------------------------------------------------------------------------------------


def _readings(word: str) -> list[tuple[str, str | None]]:
    """(base, gender) readings of a word in whichever language it likeliest is
    (`_own_readings`), and then as a case form of a language the targets' texts meet
    (`related_readings`: Ukrainian Ірині as Ірина)."""
    own = _own_readings(word)
    related = (r for t in languages.targets() for r in t.morphology.related_readings(word))
    return own + [r for r in dict.fromkeys(related) if r not in own]


def _own_readings(word: str) -> list[tuple[str, str | None]]:
    """(base, gender) readings of a word in whichever language it likeliest is: the grouper
    is not told. A letter only one language has decides (Kyrgyz ө); else an ending only one
    language has, on a word no language's dictionary knows (Жапаровдун); else the first target
    language writing the word (Russian Жапарова). A word no target writes is the source's."""
    writers = [t for t in languages.targets() if t.writes(word)] or [languages.source()]
    own = [language for language in writers if language.own_letters(word)]
    if own:
        return own[0].morphology.readings(word)
    if not any(language.morphology.knows(word) for language in writers):
        for language in writers:
            marked = language.morphology.marked_base(word)
            if marked is not None and _TOWN_LOCATIVE.search(word):
                return [(marked, None), *writers[0].morphology.readings(word)]
            if marked is not None:
                return [(marked, None)]
    return writers[0].morphology.readings(word)


# The locative of a town in -ск, -цк (в Щучинске), which also reads as a Kyrgyz dative of a
# stem in -с, -ц after a consonant (Щучинс-ке): a stem Kyrgyz never ends a word with, and the
# Russian place suffix, so the Kyrgyz reading does not decide alone.
_TOWN_LOCATIVE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ][сц])ке$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _word(
    text: str,
    german: bool = False,
    neighbour: str = "",
    belarusian_cases: bool = False,
    ukrainian_cases: bool = False,
) -> _Word:
    """`german`: another word of the name is spelled as German writes Russian names;
    `neighbour`: the language another word of it is in (Belarusian, Tatar or Bashkir);
    `belarusian_cases`: the word is read as written or as a Belarusian case form, not as
    Russian's dictionary guesses it (`_words`); `ukrainian_cases`: the word is also read by
    Ukrainian's endings where no dictionary reads it as a case form (`ukrainian.marked`)."""
    if _INITIAL.match(text):
        keys = frozenset(name_keys(text[:-1], german=german, neighbour=neighbour))
        return _Word(
            (_Base(keys, None),), initial=True, written=keys, first=first_sounds(text, True)
        )
    bases: list[_Base] = []
    readings = _readings(text)
    if belarusian_cases:  # as written, or a Belarusian case form: no Russian one
        readings = [r for r in readings if r[0] == text] or [(text, None)]
        readings += belarusian.readings(text)
    elif ukrainian_cases and all(base == text for base, _ in readings):
        readings += [(base, None) for base in ukrainian.ending_bases(text)]
    for base, base_gender in readings:
        keys = frozenset(name_keys(base, german=german, neighbour=neighbour))
        if not keys:
            continue
        same = next((i for i, b in enumerate(bases) if b.keys & keys), None)
        if same is None:
            bases.append(_Base(keys, base_gender))
        else:  # two bases with a key in common are one reading (Жапаров as ru and ky)
            old = bases[same]
            gender = old.gender if old.gender == base_gender else None
            bases[same] = _Base(old.keys | keys, gender)
    reduced = any(base != text for base, _ in readings)
    as_written = frozenset(name_keys(text, german=german, neighbour=neighbour))
    written = as_written if reduced or not bases else bases[0].keys
    carons = frozenset().union(*(lost_caron_keys(b) | late_keys(b) for b, _ in readings))
    related = _related_keys(text) | translated_keys(text)
    if related and bases:  # the reading as written also reads as those names
        at = next((i for i, b in enumerate(bases) if b.keys & as_written), 0)
        bases[at] = _Base(bases[at].keys | related, bases[at].gender)
    return _Word(
        tuple(bases) or (_Base(frozenset(), None),),
        written=written,
        carons=carons,
        ending=_ending_keys(text),
        lone=frozenset(
            k
            for t in languages.targets()
            for s in t.morphology.late_bases(text)
            for k in name_keys(s)
        ),
        patronymic=any(k.endswith(_PATRONYMIC) for b in bases for k in b.keys),
        fathers=bool(_russian_surnames(text)),
        first=first_sounds(text, False),
        latin=not CYRILLIC.search(text),
        consonant=bool(_DECLINED_CONSONANT.search(text)),
    )


# A Cyrillic word's last letter by which Russian declines a man's given name, not a woman's
_DECLINED_CONSONANT = re.compile(r"[бвгджзйклмнпрстфхцчшщь]$", re.IGNORECASE)


# A Russian patronymic's endings, as the keys fold them (-ович, -евич, -ич; -овна, -евна,
# -ична, -инична: Нургожоевич, Ивановна, Ильинична, Sergeyevich).
_PATRONYMIC = ("iç", "vna", "içna")


def _ending_keys(text: str) -> Keys:
    """Keys of the stems a target language reads `text` as, written in Latin letters with
    one of its case endings (Kyrgyz Japarovdun, Tashievge), or `text` read as a Kazakh case
    form (Тоқаевтың, Назарбаеваға), an Uzbek one (Umarovning, Chustda), an Azerbaijani one
    (Qasımlının) or a Tatar one (Кашаповның), or Tajik's object case (Хуҷандро): tried last
    (`_late`)."""
    stems = {s for t in languages.targets() for s in t.morphology.romanized_bases(text)}
    stems.update(case_stems(text), uzbek.case_stems(text), azerbaijani.case_stems(text))
    stems.update(tatar.case_stems(text), tajik.case_stems(text))
    return frozenset(k for s in stems for k in name_keys(s))


# The Turkic patronymic: the father's name and a word for son or daughter (Kyrgyz уулу,
# кызы; Kazakh улы, қызы; Uzbek ўғли, қизи; Azerbaijani оглы, гызы, and their Latin
# spellings), which together play a surname's role (Каныкей Турсунбек кызы; Tursunbek kyzy
# alone); in a case form too, by a language's ending (Турсунбек кызынын). Spellings:
# patronymics.json.
_PARTICLES = particles()
_PARTICLE_STEMS = tuple(_PARTICLES)  # a case form begins with its particle


@lru_cache(maxsize=65536)
def _particle(text: str) -> str | None:
    """ "uulu" (son of) or "kyzy" (daughter of) when `text` is a patronymic particle, in any
    case form."""
    low = text.casefold().translate(APOSTROPHES)
    if low in _PARTICLES or not low.startswith(_PARTICLE_STEMS):
        return _PARTICLES.get(low)
    marked = (t.morphology.marked_base(text) for t in languages.targets())
    return next((_PARTICLES[m] for m in marked if m and m in _PARTICLES), None)


def _fathers(word: _Word, particle: str) -> _Word:
    """The father's name and its particle read as one word, a surname of that gender: its
    keys marked with the particle, which no spelling edit bridges (uulu, kyzy)."""
    gender = "m" if particle == "uulu" else "f"

    def marked(keys: Keys) -> Keys:
        return frozenset(f"{k} {particle}" for k in keys)

    bases = tuple(_Base(marked(b.keys), gender) for b in word.bases)
    return _Word(bases, written=marked(word.written), fathers=True)


def _words(stripped: list[str]) -> list[_Word]:
    """The words of a name, a father's name and its particle as one (`_fathers`); each read
    as German spells Russian names when one is (Roisman in Jewgeni Roisman), and as a
    Belarusian, Tatar or Bashkir word when another is (Пачкова in Жэня Пачкова, Мостафа in
    Мостафа Гәрәев)."""
    german = any(german_spelling(text) for text in stripped)
    languages_ = (neighbour_language(text) for text in stripped) if len(stripped) > 1 else ()
    neighbour = next((language for language in languages_ if language), "")
    if not neighbour and len(stripped) > 1 and any(map(_akanne_name, stripped)):
        neighbour = _BELARUSIAN
    tajik = any(_TAJIK.search(text) for text in stripped)
    cases = _belarusian_cases(stripped, neighbour)
    endings = not cases and ukrainian.marked(stripped)
    words: list[_Word] = []
    for i, text in enumerate(stripped):
        particle = _particle(text) if i else None
        if particle and not words[-1].initial:
            words[-1] = _fathers(words[-1], particle)
        elif tajik and i < len(stripped) - 1:
            words.append(_izofat(_word(text, german, neighbour, cases, endings), text))
        else:
            words.append(_word(text, german, neighbour, cases, endings))
    return words


def _belarusian_cases(stripped: list[str], neighbour: str) -> bool:
    """Whether the name's words are read as Belarusian case forms (Паўла Шаўца: Павал
    Шавец), not Russian ones: one of its words is Belarusian by its letters
    (`neighbour`, or `belarusian.marked`), and every Cyrillic word is of letters Belarusian
    writes (not Горішні Плавні, whose р is soft: Ukrainian)."""
    if not all(belarusian.writes(t) for t in stripped if CYRILLIC.search(t)):
        return False
    in_name = len(stripped) > 1
    return neighbour == _BELARUSIAN or any(belarusian.marked(t, in_name) for t in stripped)


_BELARUSIAN = "belarusian"


@lru_cache(maxsize=65536)
def _akanne_name(text: str) -> bool:
    """Whether a Cyrillic word is a Russian given name or surname only as Belarusian writes
    it, with а for an unstressed о (Вераніка: Вероника; Алег: Олег), which neither Russian
    nor Ukrainian does: a Belarusian word, which the name's other words then are too."""
    if not CYRILLIC.search(text):
        return False
    low = text.casefold()
    return any(
        _akanne(low, name.casefold())
        for t in languages.targets()
        for name in t.morphology.related_names(text)
    )


def _akanne(word: str, russian: str) -> bool:
    """Whether `word` has а somewhere `russian`, a word of its length, has о."""
    return len(word) == len(russian) and ("а", "о") in zip(word, russian, strict=True)


# Letters only Tajik's Cyrillic has (Uzbek shares ҳ, қ, ғ)
_TAJIK = re.compile("[ӣӯҷ]", re.IGNORECASE)
_IZOFAT = "и"
_MIN_IZOFAT_STEM = 3


def _izofat(word: _Word, text: str) -> _Word:
    """A Tajik name's word before another, read also without the izofat -и that links them
    (Шариф Ҷамоли Саидӣ: Ҷамол), which names written in other languages leave out (Sharif
    Jamol Saidi)."""
    stem = text[: -len(_IZOFAT)]
    if not text.lower().endswith(_IZOFAT) or len(stem) < _MIN_IZOFAT_STEM:
        return word
    keys = frozenset(name_keys(stem))
    first, *rest = word.bases
    return replace(word, bases=(_Base(first.keys | keys, first.gender), *rest))


def _related_keys(word: str) -> Keys:
    """Keys of the names a target language reads `word` as, a spelling of the name in a
    related language (Siarhei, Сяргей, Сергій: Сергей; Sannikau: Санников), of a people's
    land named the other way (Туркменистан: Туркмения), of the Russian surname a Kazakh
    one of the father's name stands for (Тоқайұлы: Тоқаев), and of a Mongolian father's
    name in the genitive (Ухнаагийн: Ухнаа)."""
    names = {n for t in languages.targets() for n in t.morphology.related_names(word)}
    names.update(other_land_names(word), _russian_surnames(word), _fathers_name(word))
    return frozenset(k for n in names for k in name_keys(n))


_GENITIVE = genitive_endings()
_CONSONANT_GENITIVE = consonant_genitive()


def _fathers_name(word: str) -> set[str]:
    """A Mongolian father's name in the genitive, as the name itself (Ухнаагийн: Ухнаа,
    Tsakhiagiin: Tsakhia; after a consonant, Сүхбаатарын: Сүхбаатар), which Western order
    gives alone (Khurelsukh Ukhnaa, Sukhbaatar Batbold)."""
    low = word.casefold()
    ending = next((e for e in _GENITIVE if low.endswith(e)), None)
    if ending is not None and len(low) - len(ending) >= _MIN_FATHERS_NAME:
        return {word[: len(word) - len(ending)]}
    endings, consonants, min_stem = _CONSONANT_GENITIVE
    ending = next((e for e in endings if low.endswith(e)), None)
    stem = len(low) - len(ending or low)
    if ending is None or stem < min_stem or low[stem - 1] not in consonants:
        return set()
    return {word[:stem]}


_JOINED = joined_particles()
_MIN_FATHERS_NAME = 3
_SOFT_END = re.compile(r"(?:[aeiouyаеёиоуыэюяәөүұіжшчщц]|[йi]|zh|sh|ch)$", re.IGNORECASE)


def _russian_surnames(word: str) -> set[str]:
    """The Russian -ов, -ев surname (-ова, -ева for a daughter) of a Kazakh surname made of
    the father's name and a joined particle (Сәрсенбайұлы: Сәрсенбаев, Ахметқызы: Ахметова;
    -ев after a vowel, й or a hushing sound, as Russian writes it), in the word's script."""
    low = word.casefold().translate(APOSTROPHES)
    for ending, particle in _JOINED.items():
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_FATHERS_NAME:
            stem = word[: len(word) - len(ending)].rstrip("-")
            cyrillic = bool(CYRILLIC.search(stem))
            soft = bool(_SOFT_END.search(stem))
            suffix = ("ев" if soft else "ов") if cyrillic else ("ev" if soft else "ov")
            daughter = ("а" if cyrillic else "a") if particle == "kyzy" else ""
            return {stem + suffix + daughter}
    return set()


_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁІЇЄЎҚҒҢҮҰӨҺӘ]")


def _persons_name(word: str) -> bool:
    """A capitalized Cyrillic word that some reading makes a person's name form."""
    return bool(_CYRILLIC_CAPITAL.match(word)) and any(gender for _, gender in _readings(word))


@lru_cache(maxsize=65536)
def _place_word(text: str, kind: str) -> _Word:
    """A name's word next to a generic word, read also as the place a Russian adjective is
    of (Иссык-Кульская область = Issyk-Kul Region), and a people's name or adjective before
    a republic's word as their land (Kyrgyz Republic, Кыргызская Республика = Kyrgyzstan):
    keys for matching only."""
    word = _word(text)
    nouns = place_adjective_nouns(text) + english_adjective_nouns(text)
    nouns += land_nouns(text) if kind == REPUBLIC else []
    keys = frozenset(k for noun in nouns for k in name_keys(noun))
    if not keys:
        return word
    return replace(word, bases=tuple(_Base(b.keys | keys, b.gender) for b in word.bases))


def _given_name_first(words: tuple[_Word, ...], texts: list[str]) -> tuple[_Word, ...]:
    """The official Russian order, surname first and patronymic last (Путин Владимир
    Владимирович), read as the name is written elsewhere: given name, patronymic, surname. A
    name whose second word is the patronymic (Роман Аркадьевич Абрамович) is so already. The
    first word must have a surname's ending or a patronymic's (Абрамович Роман Аркадьевич),
    or be no known given name before one (Щербак Макар Демидович, Жадан Ростислав
    Гаврилович): a surname may look like a patronymic (Маргарита Анна Бабич is two given
    names and a surname). A surname and initials (Жапаров С. Н.) are read as the initials
    and the surname."""
    if 1 < len(words) <= 3 and not words[0].initial and all(w.initial for w in words[1:]):
        return (*words[1:], words[0])
    if (
        len(words) == 3
        and len(texts) == 3
        and words[2].patronymic
        and not words[1].patronymic
        and (
            _surname_shaped(words[0])
            or words[0].patronymic
            or (not _known_given_name(texts[0]) and _name_like(texts[1]))
        )
    ):
        return (words[1], words[2], words[0])
    return words


def _known_given_name(word: str) -> bool:
    """A given name by a word list or a dictionary that knows the word, not by a guess of
    its paradigm (pymorphy3 guesses Жадан, Ніколюк as men's names)."""
    return any(
        word in word_lists(t.name_rules)["first_names"]
        or (t.morphology.knows(word) and t.morphology.given_name_gender(word))
        for t in (*languages.targets(), languages.source())
        if t.writes(word)
    )


def _name_like(word: str) -> bool:
    """A given name, or a word a target language reads as one's other form (Григорій:
    Григорий, Надія: Надежда)."""
    return _given_name(word) or any(
        _given_name(n) for t in languages.targets() for n in t.morphology.related_names(word)
    )


# The endings of East Slavic and Central Asian surnames as the keys fold them: -ов/-ев, -ин,
# their feminine forms, -ский/-ская, -енко
_SURNAME_ENDINGS = ("ov", "ev", "in", "ova", "eva", "ina", "ski", "ska", "enko")


def _surname_shaped(word: _Word) -> bool:
    return bool(word.written) and all(k.endswith(_SURNAME_ENDINGS) for k in word.written)


def _parse(index: int, text: str, places: bool = False) -> _Name:
    shown, text = text, visible(text)
    text, regions = qualifiers.split(text, _bases)
    numbers = tuple(_NUMBER.findall(text))
    stripped = [w for w in (w.strip(_EDGE_PUNCT) for w in text.split()) if w]
    stripped, titled = _without_title(stripped)
    if titled:
        text = " ".join(stripped)
    stripped = _generic_unnumbered(stripped)
    whole = stripped
    stripped, kind = without_generic(stripped, _persons_name)
    if places and kind is None and _town_with_capital_word(stripped):  # Bishkek City
        stripped, kind = stripped[:-1], SETTLEMENT
        text = " ".join(stripped)
    words = _given_name_first(tuple(_words(stripped)), stripped)
    if kind not in (None, SETTLEMENT) and words:  # a region's...: Иссык-Кульская область
        words = (*words[:-1], _place_word(stripped[-1], kind if len(words) == 1 else ""))
    combos = list(itertools.islice(itertools.product(*(w.bases for w in words)), _MAX_READINGS))
    # none agree: those whose cases agree (Бахытжан Торегожина: a woman), else a typo, all
    agreeing = (
        [c for c in combos if _agree(c, words)]
        or [c for c in combos if not _case_disagrees(c, words)]
        or combos
    )
    readings = tuple(tuple(b.keys for b in c) for c in agreeing) if words else ()
    entities = place_entities(text) if places and not titled else frozenset()
    if regions:  # Хоргос (Китай) is not the Kazakh town the gazetteer has
        entities = frozenset(e for e in entities if not qualifiers.conflict(regions, _located({e})))
    written = _joined(tuple(w.written for w in words)) if words else frozenset()
    if kind and part_of_name(whole[-1]):  # Amu Darya: Амударья too
        written |= _joined(tuple(w.written for w in _words(whole)))
    unsuffixed = _unsuffixed(words)
    forenames = (
        frozenset().union(*(_joined(r[:2]) for r in readings))
        if len(words) > 2 and words[1].patronymic
        else frozenset()
    )
    town = (
        not kind and bool(entities) and _towns_name(entities, written | _joined_readings(readings))
    )
    return _Name(
        index,
        shown,
        words,
        readings,
        entities,
        written,
        kind or "",
        unsuffixed,
        forenames,
        town,
        numbers,
        regions,
        titled,
        _located(entities),
    )


def _located(entities: Keys) -> qualifiers.Regions:
    """The countries the gazetteer has the places of these entities in, if it has each's."""
    table = gazetteer.load()
    found = [table.country(e) for e in entities]
    return frozenset(c for c in found if c) if found and all(found) else frozenset()


def _bases(word: str) -> list[str]:
    return [base for base, _ in _readings(word)]


def _without_title(words: list[str]) -> tuple[list[str], bool]:
    """The words without a title or office before them (`reader.names.offices`), unless
    what follows is a case form of a place and no person's name (президент России, аким
    Бишкека: the office of that place; not генерала Панфилова)."""
    rest, titled = without_title(words)
    if (
        titled
        and len(rest) == 1
        and not _persons_name(rest[0])
        and gazetteer.load().entity(rest[0]) is None
        and place_entities(rest[0])
    ):
        return words, False
    return rest, titled


_NUMBER = re.compile(r"\d+")
_NUMBERED = re.compile(r"^(.+?)-\d+$")


def _generic_unnumbered(words: list[str]) -> list[str]:
    """A facility's number on its generic word taken off, so that the word reads as one
    (Камбаратинская ГЭС-1 as Камбаратинская ГЭС; the name keeps the number, `numbers`)."""
    found = _NUMBERED.match(words[-1]) if len(words) > 1 else None
    if found is None:
        return words
    unnumbered = [*words[:-1], found.group(1)]
    return unnumbered if without_generic(unnumbered, _persons_name)[1] else words


def _numbers_differ(a: _Name, b: _Name) -> bool:
    """Two names that both carry numbers, not the same ones, name two things (Kambarata-1 and
    Kambarata-2, Су-27 and Су-30), however alike their words: the keys have no digits."""
    return bool(a.numbers and b.numbers) and a.numbers != b.numbers


def _town_with_capital_word(words: list[str]) -> bool:
    """Bishkek City, Osh Town: a town the gazetteer has by its name now, and a settlement's
    word capitalized, which after any other name is the name's own (Mexico City)."""
    if len(words) < 2 or not capitalized_settlement_word(words[-1]):
        return False
    return _parse(-1, " ".join(words[:-1]), places=True).town


def _joined_readings(readings: tuple[Reading, ...]) -> Keys:
    return frozenset().union(*(_joined(r) for r in readings))


def _towns_name(entities: Keys, keys: Keys) -> bool:
    """Whether a name of these gazetteer `entities` and these keys is a town's as the town
    is called now (Naryn, Нарын, Нарына), in any language (Fargʻona, Termiz: near Fergana,
    Tirmiz), not one of its old names, which are other words (Issyk-Kul, once Balykchy's;
    Akmola, Astana's)."""
    return any(
        Levenshtein.normalized_similarity(key, town) >= _TOWN_SIMILARITY
        for entity in entities
        if entity.startswith("geonames:") and " " not in entity
        for town in _town_keys(entity)
        for key in keys
    )


# A town's name in another language is near its form in English or Russian (Fargʻona and
# Fergana: 0.71); an old name is another word (Issyk-Kul and Balykchy, Akmola and Astana:
# 0.33).
_TOWN_SIMILARITY = 0.6


@lru_cache(maxsize=4096)
def _town_keys(entity: str) -> Keys:
    """The keys of a gazetteer town's forms, those it is called by now in each language."""
    forms = gazetteer.load().forms.get(entity, {}).values()
    return frozenset().union(*(_parse(-1, form).written for form in forms))


# A man's surname with the Russian possessive suffix, folded (Rahmonov, Aliev), and the
# least that must be left of it.
_RUSSIAN_SUFFIX = ("ov", "ev")
_MIN_UNSUFFIXED = 4


def _unsuffixed(words: tuple[_Word, ...]) -> Keys:
    """Keys of a full name as written with its last word's -ov, -ev taken off: a Central
    Asian surname is a name with Russian's possessive suffix, which Tajik names have dropped
    since 2007, as others may (Emomali Rahmonov = Emomali Rahmon). A full name only, so that
    a bare word never meets a surname (Ivan is not Ivanov's); a woman's -ova keeps it."""
    if len(words) < 2 or words[-1].initial:
        return frozenset()
    stems = frozenset(
        k[:-2]
        for k in words[-1].written
        if k.endswith(_RUSSIAN_SUFFIX) and len(k) - 2 >= _MIN_UNSUFFIXED
    )
    return _joined((*(w.written for w in words[:-1]), stems)) if stems else frozenset()


@lru_cache(maxsize=65536)
def place_entities(text: str) -> Keys:
    """The gazetteer entities a name is a spelling of, as written or with its words in a base
    form (Бишкеке, Москвы). A name with a region's, a river's... word is also the entity its
    other words name, marked with that kind ("geonames:524901 region": Moscow Oblast,
    Московская область), which is not the entity itself (Москва)."""
    table = gazetteer.load()
    words = _generic_unnumbered([w for w in (w.strip(_EDGE_PUNCT) for w in text.split()) if w])
    core, kind = without_generic(words, _persons_name)
    if kind == SETTLEMENT and not table.entity(text):  # the place itself
        words = core
    found = {table.entity(text), *_lookups(table, words)}
    if kind not in (None, SETTLEMENT):
        adjective = place_adjective_nouns(core[-1])
        found |= {f"{e} {kind}" for e in _lookups(table, core, adjective) if e}
    if kind == REPUBLIC and len(core) == 1:  # Кыргызская Республика: the country itself
        lands = (table.entity(land) for land in land_nouns(core[0]))
        found |= {e for e in lands if e and e.startswith("iso3166:")}
    return frozenset(e for e in found if e)


def _lookups(
    table: gazetteer.Gazetteer, words: list[str], last: list[str] | None = None
) -> set[str | None]:
    """The entities of the words read in their base forms, the last word also as `last`."""
    bases = [[base for base, _ in _readings(w)] or [w] for w in words]
    if last:
        bases[-1] = [*bases[-1], *last]
    combos = itertools.islice(itertools.product(*bases), _MAX_READINGS)
    return {table.entity(" ".join(c)) for c in combos}


@dataclass(frozen=True)
class Suggestion:
    """A gazetteer entity and its preferred form per language ({"en": "Bishkek", ...})."""

    entity: str  # "geonames:1528675", "iso3166:KG"
    forms: dict[str, str]

    @property
    def source(self) -> str:
        return gazetteer.source(self.entity)


def suggestion(names: Iterable[str]) -> Suggestion | None:
    """The gazetteer entity most of `names` are spellings of, if any is. A form in a
    language's script only: pycountry gives the English name where it has no translation
    (Kyrgyz Syria)."""
    forms = gazetteer.load().forms  # a kind's mark ("... region") has none
    counts = Counter(e for n in names for e in place_entities(n) if e in forms)
    if not counts:
        return None
    entity = counts.most_common(1)[0][0]
    known = set(languages.codes())
    forms = {
        lang: form
        for lang, form in gazetteer.load().forms[entity].items()
        if lang not in known or languages.get(lang).writes(form)
    }
    return Suggestion(entity, forms)


@lru_cache(maxsize=65536)
def _fuzzy_keys(keys: Keys) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys long enough for the fuzzy match, those ending in -a and the others: the
    fuzzy match never bridges a final -a, so only keys of one kind are compared."""
    long_ = [k for k in keys if FUZZY_MIN_LENGTH <= len(k) <= FUZZY_MAX_LENGTH]
    return tuple(k for k in long_ if k.endswith("a")), tuple(k for k in long_ if k[-1] != "a")


def _similar(a: str, b: str, latin: tuple[bool, bool]) -> bool:
    """Two keys of one kind of `_fuzzy_keys` within the edits spellings differ by; `latin`:
    whether each is of a word in Latin letters."""
    if Levenshtein.normalized_similarity(a, b) < FUZZY_MIN_SIMILARITY:
        return False
    edits = Levenshtein.editops(a, b)
    return all(_spelling_edit(e.tag, a, e.src_pos, b, e.dest_pos, latin) for e in edits)


# The edits one name's spellings differ by, once the keys have folded the rest: a vowel for
# another (Belagorsk / Belogorsk, Aleksandr / Aliksandr), a vowel or a glide j more or less
# (Makhiyanov / Makhijanov) but not a final i, nor an a after i, which makes и я (Galimshin /
# Galyamshin, Berezniki / Berezniaky are other names), an adjective's ending (Dzerzhinsk /
# Dzerzhinskiy are two towns), a t before ц (Belomyttseva / Belomytseva), ж written z
# (Niznekamsk), х for Turkic к (Kazakhstan / Qazaqstan), a final consonant devoiced
# (Turkmenabad / Turkmenabat). Not another consonant more, less or changed: Kostenkov /
# Kotenkov, Kotlyakova / Kotlyarova are other surnames. Not a final o after a possessive
# suffix (-ов, -ев, -ин, -ын): Russian -ово, -ино make a place of the surname (Pushkino), as
# -ова makes a woman of it; a final e may be a case form (в Николаеве, Ukrainian Миколаєві),
# so it still passes in a Cyrillic word, but not in a Latin one (English does not decline
# names: Apostolove is a Ukrainian town, not of Apostolov), nor after a place's -sk, -ck in
# any (Shakhtarske, Шахтарське are Ukrainian towns in -ське, not Shakhtarsk: a Russian
# locative в Шахтарске is read back by the dictionary, a Ukrainian one is у Шахтарську).
_FUZZY_VOWELS = frozenset("aeiou")
_FUZZY_GAPS = _FUZZY_VOWELS | {"j"}
_ADJECTIVE_ENDS = frozenset(("i", "j"))
_POSSESSIVE_ENDS = ("ov", "ev", "av", "in")
_PLACE_SUFFIXES = ("sk", "ck")
_FUZZY_SWAPS = {frozenset("zj"), frozenset("dt"), frozenset("xk")}


def _spelling_edit(
    tag: str, a: str, i: int, b: str, j: int, latin: tuple[bool, bool] = (False, False)
) -> bool:
    """Whether one edit of `a` (at i) towards `b` (at j) is of a kind spellings differ by;
    `latin`: whether `a` and `b` are of words in Latin letters."""
    if tag == "insert":
        return _spelling_edit("delete", b, j, a, i, latin[::-1])
    if tag == "delete":
        if a[i:] == "o" and a.endswith(_POSSESSIVE_ENDS, 0, i):
            return False
        if a[i:] == "e" and (
            a.endswith(_PLACE_SUFFIXES, 0, i) or (latin[0] and a.endswith(_POSSESSIVE_ENDS, 0, i))
        ):
            return False
        if a[i] == "a" and a[i - 1 : i] == "i":
            return False
        return (a[i] in _FUZZY_GAPS and a[i:] not in _ADJECTIVE_ENDS) or a[i : i + 2] == "tc"
    pair = frozenset((a[i], b[j]))
    return pair <= _FUZZY_VOWELS or pair in _FUZZY_SWAPS


@lru_cache(maxsize=65536)
def _keys_match(a: Keys, b: Keys, latin: tuple[bool, bool] = (False, False)) -> bool:
    """Whether two words' keys meet: `latin`, whether each word is in Latin letters."""
    if a & b:
        return True
    for xs, ys in zip(_fuzzy_keys(a), _fuzzy_keys(b), strict=True):
        for x in xs:  # loops, not any(): this runs millions of times at 16,000 names
            for y in ys:
                if _similar(x, y, latin):
                    return True
    return False


def _words_match(a: Keys, b: Keys, word_a: _Word, word_b: _Word) -> bool:
    """Two words of a reading; an initial meets a word its first letter may stand for."""
    if word_a.initial or word_b.initial:
        if word_a.first and word_b.first:
            return initials_meet(word_a.first, word_b.first)
        short, long_ = (a, b) if word_a.initial else (b, a)
        return any(y.startswith(x) for x in short for y in long_)
    return _keys_match(a, b, (word_a.latin, word_b.latin))


# --- names -------------------------------------------------------------------------------------


def _joined(reading: Reading) -> Keys:
    combos = itertools.islice(itertools.product(*reading), _MAX_READINGS)
    return frozenset("".join(c) for c in combos)


def _readings_match(a: _Name, ra: Reading, b: _Name, rb: Reading) -> bool:
    """Full match: the same name, word for word (or joined, or without a middle name)."""

    wa, wb = a.words, b.words

    def match(i: int, j: int) -> bool:
        if wa[i].initial or wb[j].initial:
            return _words_match(ra[i], rb[j], wa[i], wb[j])
        return _keys_match(ra[i], rb[j], (wa[i].latin, wb[j].latin))

    if len(ra) == len(rb):
        for i in range(len(ra)):  # a loop, not all(): this runs hundreds of thousands of times
            if not match(i, i):
                break
        else:
            if _full_words_meet(wa, wb, ((i, i) for i in range(len(ra)))):
                return True
        crossed = len(ra) == 2 and match(0, 1) and match(1, 0)  # Japarov Sadyr
        return crossed and _full_words_meet(wa, wb, ((0, 1), (1, 0)))
    latin = (wa[-1].latin, wb[-1].latin)  # whose last word ends the joined words
    if _run_together(wa, wb) and _keys_match(_joined(ra), _joined(rb), latin):  # Issyk Kul
        return True
    if min(len(ra), len(rb)) < 2:
        return False
    if len(ra) > len(rb):
        return _readings_match(b, rb, a, ra)
    return _in_order(match, len(ra), len(rb), lambda j: _droppable(wb[j]))


def _run_together(wa: tuple[_Word, ...], wb: tuple[_Word, ...]) -> bool:
    """Whether two names of different lengths may be one name's words written apart and
    run together (Issyk Kul, Issyk-Kul): not where one has an initial, which stands for a
    word of its own (Е. А. Комаров run together is not А. Комаров with a vowel more)."""
    return not any(w.initial for w in (*wa, *wb))


def _droppable(word: _Word) -> bool:
    """Whether a middle word may be missing from a shorter form of the name: a patronymic,
    Russian or Turkic, or an initial (Vladimir Putin = Vladimir Vladimirovich Putin). Not a
    given name's other word: a son may bear his father's name less one (Karim Nazari,
    Karim Shah Nazari's son)."""
    return word.patronymic or word.fathers or word.initial


def _full_words_meet(
    wa: tuple[_Word, ...], wb: tuple[_Word, ...], pairs: Iterable[tuple[int, int]]
) -> bool:
    """Some word written out in one name meets one written out in the other: B. Mambetkulov
    is not M. Bobyleva, each word of each meeting only an initial of the other."""
    return any(not wa[i].initial and not wb[j].initial for i, j in pairs)


def _in_order(
    match: Callable[[int, int], bool],
    short: int,
    long_: int,
    droppable: Callable[[int], bool],
) -> bool:
    """The shorter name's first and last words match the longer's, the rest in order; each
    of the longer's words left out is `droppable` (a patronymic missing)."""
    if not (match(0, 0) and match(short - 1, long_ - 1)):
        return False
    j = 1
    for i in range(1, short - 1):
        while j < long_ - 1 and not match(i, j):
            if not droppable(j):
                return False
            j += 1
        if j >= long_ - 1:
            return False
        j += 1
    return all(droppable(k) for k in range(j, long_ - 1))


def _full_match(a: _Name, b: _Name) -> bool:
    if a.numbers != b.numbers:  # a name without a number joins a numbered one later
        return False
    if (a.regions or b.regions) and _apart(a, b):  # Horgos (China), Khorgos (Kazakhstan)
        return False
    if a.titled != b.titled and len(a.words) == len(b.words) == 1:
        return False  # генерал Панфилов is a person; Panfilov may be the town (`_join_titled`)
    if a.entities & b.entities:
        return True
    if not kinds_agree(a.kind, b.kind):  # Ош облусу, a region, is not Ош
        return False
    if a.written & b.written and not _each_its_own(a, b):
        return True
    if (a.unsuffixed and not a.unsuffixed.isdisjoint(b.written)) or (
        b.unsuffixed and not b.unsuffixed.isdisjoint(a.written)
    ):
        return True
    if a.entities and b.entities:  # two places the gazetteer tells apart: Orsk is not Arsk
        return False
    for ra in a.readings:
        for rb in b.readings:
            if _readings_match(a, ra, b, rb):
                return True
    return False


def _each_its_own(a: _Name, b: _Name) -> bool:
    """Whether two names the gazetteer has as two towns, written alike as the keys fold
    them, are each only its own town's: neither spelled as the other, under some
    romanization, nor as a spelling the data give the other's town too (Aksu, a Kazakh
    town, and Ak-Suu, a Kyrgyz one: one name, 'white water', in two languages, whose long
    vowel and hyphen the keys fold). A spelling of both still joins: Tokmak, a Ukrainian
    town, and Токмак, the Russian form of Kyrgyz Tokmok; Murgab, which the lookup gives
    Turkmen Murgap and GeoNames Tajik Murghob too, and Murghab."""
    if not (a.entities and b.entities) or a.entities & b.entities:
        return False
    if not all(_TOWN.match(e) for e in a.entities | b.entities):  # a country, a region...
        return False
    own_a, own_b = _lookup_spellings(_core(a.text)), _lookup_spellings(_core(b.text))
    return not (own_a & own_b or _claimed(own_a) & b.entities or _claimed(own_b) & a.entities)


# A GeoNames city's entity, without a kind's mark (a region, a river named after it)
_TOWN = re.compile(r"geonames:\d+$")


def _core(text: str) -> str:
    """A name's words without a settlement's or another place's generic word."""
    words = [w for w in (w.strip(_EDGE_PUNCT) for w in text.split()) if w]
    return " ".join(without_generic(words, _persons_name)[0])


@lru_cache(maxsize=65536)
def _lookup_spellings(text: str) -> frozenset[str]:
    """A spelling as the gazetteer looks it up, and a Cyrillic one's romanizations."""
    romanized = spellings(text) if CYRILLIC.search(text) else ()
    return frozenset(gazetteer.fold(s) for s in (text, *romanized))


def _claimed(folded: frozenset[str]) -> frozenset[str]:
    """Every town the data give one of the folded spellings."""
    table = gazetteer.load()
    return frozenset().union(*(table.claimed(s) for s in folded))


def _apart(a: _Name, b: _Name) -> bool:
    """Whether two names' qualifiers, or a qualifier and the country the gazetteer has the
    other's place in, name different countries or regions."""
    return qualifiers.conflict(a.regions or a.located, b.regions or b.located)


def _partial_match(bare: _Name, full: _Name) -> bool:
    """A one-word name that is the last word of a longer one: Japarov of Sadyr Japarov; a
    given name and patronymic that are the first two words of a longer name: Садыр
    Нургожоевич of Садыр Нургожоевич Жапаров. A name with a generic word of another place
    than a settlement names that place in full, never part of another name (Kyrgyz
    Republic is not of Criminal Code of the Kyrgyz Republic)."""
    if bare.forename_only and full.forenames:
        first, second = ((bare.words[i].latin, full.words[i].latin) for i in (0, 1))
        return any(
            _keys_match(r[0], s[0], first) and _keys_match(r[1], s[1], second)
            for r in bare.readings
            for s in full.readings
        )
    if len(bare.words) != 1 or bare.kind not in ("", SETTLEMENT):
        return False
    if len(full.words) < 2 and not full.titled:  # генерал Панфилов: a person's surname
        return False
    if _numbers_differ(bare, full):
        return False
    if not kinds_agree(bare.kind, full.kind):
        return False
    words = bare.words[0], full.words[-1]
    return any(_words_match(r[0], s[-1], *words) for r in bare.readings for s in full.readings)


def bare_place_match(bare: _Name, full: _Name) -> bool:
    """Whether `bare`, a place name without a generic word, is spelled as `full`, a place's
    named after another (`named_after`: a region's, a district's, a valley's, a range's, a
    reservoir's...; Chüy, Чүй облусу; Gorno-Badakhshan, Горно-Бадахшанская автономная
    область; Tien Shan, Тянь-Шань тоолору), or as a range's in the English plural (the
    Pamirs, Pamir Mountains): it may stand for it, which grouping decides from the other
    names in play."""
    if bare.kind or not named_after(full.kind) or not bare.words:
        return False
    as_full = replace(
        bare, kind=full.kind, entities=frozenset(), numbers=bare.numbers or full.numbers
    )
    return _full_match(as_full, full) or (
        full.kind == _RANGE and _full_match(_singular(as_full), full)
    )


_RANGE = "mountain"
_ENGLISH_PLURAL = re.compile(r"^[A-Z][a-z]+[^s]s$")


def _singular(name: _Name) -> _Name:
    """A one-word English name in the plural read as its singular (Pamirs: Pamir), as
    English names a range (the Pamirs, the Urals); the name itself otherwise."""
    if len(name.words) != 1 or not _ENGLISH_PLURAL.match(name.text):
        return name
    return replace(_parse(name.index, name.text[:-1]), kind=name.kind)


def names_match(a: str, b: str, places: bool = True) -> bool:
    """Whether two names are spellings of one name, judged as a pair (no bare-surname rule);
    `places=False` leaves the gazetteer out."""
    return _full_match(_parse(0, a, places), _parse(1, b, places))


# --- union-find --------------------------------------------------------------------------------


class _Groups:
    """Union-find over input positions. With `kinds` (each name's generic-word kind, "" for
    none), two groups of places of different kinds never join, whatever links them (Naryn
    city and Naryn River through a bare Naryn; a town and a lake through a late reading).
    With `regions` (each name's qualifier), two groups whose qualifiers name different
    countries or regions never join (Horgos (China), Khorgos (Kazakhstan))."""

    def __init__(
        self, n: int, kinds: Sequence[str] = (), regions: Sequence[qualifiers.Regions] = ()
    ) -> None:
        self.parent = list(range(n))
        self.kinds = [frozenset({k} - {""}) for k in kinds] or [frozenset()] * n
        self.regions = list(regions) or [frozenset()] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        a, b = self.kinds[ri], self.kinds[rj]
        if ri == rj or (a and b and not a & b) or self.apart(ri, rj):
            return
        self.parent[max(ri, rj)] = min(ri, rj)
        self.kinds[min(ri, rj)] = a | b
        self.regions[min(ri, rj)] = self.regions[ri] | self.regions[rj]

    def apart(self, i: int, j: int) -> bool:
        """Whether the groups of `i` and `j` hold places their qualifiers tell apart."""
        return qualifiers.conflict(self.regions[self.find(i)], self.regions[self.find(j)])

    def members(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _only(name: _Name, *readings: Reading) -> _Name:
    """The name with these readings alone, and not as written: what its readings match."""
    return replace(name, readings=readings, written=frozenset())


# --- blocking ----------------------------------------------------------------------------------
#
# Every match pairs up anchor words: the last words, or for two-word names in either order the
# first of one with the last of the other ("Japarov Sadyr"); a bare name's word with a full
# name's last word; or the joined words. Two full words that match share a block token: a key,
# or for a long key the key with as many edited letters deleted as the fuzzy match allows, up to
# _MAX_DELETIONS (two keys within d edits share such a deletion). Only names sharing a token
# are compared. A match needs two written-out words to meet (`_full_words_meet`), so an
# initial needs no token of its own; a name ending in an initial ("Putin V.", "V.") is
# compared with every name.


# The letters a spelling edit (`_spelling_edit`) may delete, insert or change: a key that
# matches another within d edits shares with it the key with up to d of these deleted.
_FUZZY_EDITED = frozenset(_FUZZY_GAPS | {"t"}).union(*_FUZZY_SWAPS)


def _deletions(key: str, depth: int) -> set[str]:
    """The key with up to `depth` of its edited letters deleted: other letters never
    differ between two keys that match, so deleting them would only add tokens (a
    quarter as many at depth 2)."""
    out = frontier = {key}
    for _ in range(depth):
        frontier = {
            w[:i] + w[i + 1 :] for w in frontier for i in range(len(w)) if w[i] in _FUZZY_EDITED
        }
        out = out | frontier
    return out


@lru_cache(maxsize=65536)
def _tokens(keys: Keys) -> Keys:
    """Block tokens of a word's keys: any two key sets that `_keys_match` share one."""
    out = set(keys)
    for key in keys:
        if FUZZY_MIN_LENGTH <= len(key) <= FUZZY_MAX_LENGTH:
            s = FUZZY_MIN_SIMILARITY
            depth = min(int((1 - s) * len(key) / s + 1e-9), _MAX_DELETIONS)
            tail = "~a" if key.endswith("a") else "~"  # the fuzzy match never bridges a final -a
            out |= {tail + d for d in _deletions(key, depth)}
    return frozenset(out)


def _word_tokens(word: _Word) -> Keys:
    if word.initial:
        return frozenset()
    return frozenset().union(*(_tokens(b.keys) for b in word.bases))


def _letters(word: _Word) -> set[str]:
    return {k[0] for b in word.bases for k in b.keys if k}


@dataclass(frozen=True)
class _Signature:
    last: Keys  # tokens of the last word
    first: Keys  # tokens of the first word of a two-word name
    joined: Keys  # tokens of the words joined
    entities: Keys  # gazetteer entities
    two: bool  # a two-word name: its last word may meet another's first ("Japarov Sadyr")
    loose: bool  # the last word is an initial: compare with every name


def _plural_tokens(name: _Name) -> Keys:
    """Block tokens of a one-word English plural's singular (Pamirs: Pamir), which may
    stand for a range (`bare_place_match`): a name it stands for must find it."""
    singular = _singular(name)
    return _word_tokens(singular.words[0]) if singular is not name else frozenset()


@lru_cache(maxsize=65536)
def _signature(name: _Name) -> _Signature:
    """Cached: every comparison step indexes and looks up the same names again."""
    if not name.words:
        empty = frozenset()
        return _Signature(empty, empty, empty, name.entities, False, False)
    first, last = name.words[0], name.words[-1]
    two = len(name.words) == 2
    return _Signature(
        last=_word_tokens(last) | _plural_tokens(name),
        first=_word_tokens(first) if two else frozenset(),
        joined=frozenset().union(*(_tokens(_joined(r)) for r in name.readings))
        | name.written
        | name.unsuffixed
        | _tokens(name.forenames),
        entities=name.entities,
        two=two,
        loose=last.initial,
    )


class _Blocks:
    """The names of one comparison step, indexed by block token.

    A token maps to a name's position while only one name has it, to a list once several do:
    most deletion tokens are one name's, and a list each would be a million objects for the
    garbage collector to scan at 16,000 names.
    """

    _KINDS = ("last", "first", "joined", "entities")

    def __init__(self, names: Iterable[_Name], kinds: tuple[str, ...] = _KINDS) -> None:
        """`kinds`: the tokens to index; a name is then found only by those (and if loose)."""
        self.names = list(names)
        self.index: dict[str, dict[str, int | list[int]]] = {k: {} for k in self._KINDS}
        self.loose: list[int] = []
        self.signatures = [_signature(name) for name in self.names]
        for position, sig in enumerate(self.signatures):
            if sig.loose:
                self.loose.append(position)
            for kind in kinds:
                postings = self.index[kind]
                for token in getattr(sig, kind):
                    have = postings.get(token)
                    if have is None:
                        postings[token] = position
                    elif isinstance(have, int):
                        postings[token] = [have, position]
                    else:
                        have.append(position)

    def candidates(self, name: _Name) -> list[_Name]:
        """The indexed names that may match `name`, in the order indexed, each once."""
        return self._lookup(_signature(name))

    def _lookup(self, sig: _Signature) -> list[_Name]:
        if sig.loose:
            return self.names
        lookups = (
            ("last", sig.last | sig.first),
            ("first", sig.last if sig.two else frozenset()),
            ("joined", sig.joined),
            ("entities", sig.entities),
        )
        found = set(self.loose)
        for kind, tokens in lookups:
            postings = self.index[kind]
            if not postings:
                continue
            for token in tokens:
                have = postings.get(token)
                if isinstance(have, int):
                    found.add(have)
                elif have is not None:
                    found.update(have)
        return [self.names[p] for p in sorted(found)]

    def pairs(self) -> Iterator[tuple[_Name, _Name]]:
        """Each pair of indexed names that may match, once (`candidates` is symmetric)."""
        for a, sig in zip(self.names, self.signatures, strict=True):
            yield from ((a, b) for b in self._lookup(sig) if b.index > a.index)


# --- grouping ----------------------------------------------------------------------------------


def _cluster(parsed: list[_Name], places: bool) -> tuple[_Groups, dict[int, set[int]]]:
    """The groups, and for each group of one-word names that fits several multi-word
    groups, a member of each of those (Japarov: Sadyr Japarov, Akylbek Japarov); likewise
    a bare place name that fits several regions or districts."""
    _read_towns_in_play(parsed)
    groups = _Groups(len(parsed), [p.kind for p in parsed], [p.regions for p in parsed])
    definite = _Blocks(p for p in parsed if p.definite and not p.initialed)
    # 1. names with one reading each: every full match links, but a bare name joins the
    # places with a generic word it matches only when they are of one kind, and an
    # unqualified name the qualified ones only when their qualifiers agree
    _link_matching(groups, definite, deferred := [], qualified := [])
    bridges = _join_bare_to_kinds(groups, parsed, deferred)
    bridges |= _join_unqualified(groups, qualified)
    # 2. names with several readings join the one group their readings fit, if only one
    torn: set[int] = set()
    unplaced = _Blocks(_place_ambiguous(groups, parsed, definite, torn, dict(bridges)))
    _link_matching(groups, unplaced)
    # 2a. names of initials join the one group of full names they fit (A. Akayev beside
    # Askar Akayev and Aidar Akayev: neither)
    initials = _join_initialed(groups, parsed)
    bridges |= initials
    # 2b. a group of names without a number joins the one group of numbered names they spell
    numbered = _join_numbered(groups, parsed)
    # 3. a group of one-word names joins the one multi-word group whose last word it is,
    # unless a name in it fitted several groups (Жапарова beside Japarov and Japarova)
    ambiguous = _join_short_names(groups, parsed, torn, set(initials)) | numbered | bridges
    # 4. a group whose every name may have lost its carons, or be a Latin case form, joins the
    # one group that fits them
    narrowed = _join_late_readings(groups, parsed, ambiguous, (definite, unplaced))
    # 4a. a group of one-word names joins the one group written in Kazakh whose names are its
    # names with a Russian place suffix off, or on (Lisakovsk: Лисаков, Лисаковтың)
    _join_kazakh_renamed(groups, parsed, ambiguous)
    # 5. a bare name whose full names the late readings joined into one group joins it, or
    # the one group it still fits once they are read as they joined
    ambiguous = _settle_ambiguous(groups, ambiguous, parsed, narrowed)
    # 5a. a title's surname joins the one person of that surname (генерал Панфилов)
    ambiguous |= _join_titled(groups, parsed)
    # 6. a group of bare place names, no town's, joins the one region or district it spells
    if places:
        ambiguous |= _join_bare_places(groups, parsed, ambiguous)
    # 7. a group of acronyms joins the one group of names whose initials spell them
    _join_acronyms(groups, parsed)
    # 8. a bare place the gazetteer has in another country than a qualified spelling of it
    # is shown as maybe that place, never joined
    if places:
        ambiguous |= _placed_elsewhere(groups, parsed, ambiguous)
    return groups, ambiguous


def _placed_elsewhere(
    groups: _Groups, parsed: list[_Name], ambiguous: dict[int, set[int]]
) -> dict[int, set[int]]:
    """The groups of bare names the gazetteer has in another country than a qualified
    spelling of them in play (Karabulak, the Ingush town, beside Karabulak (Kazakhstan)), and
    the qualified names they may stand for: the text may mean the qualified place, which
    the gazetteer's town of that name is not, so they stay apart, shown ambiguous; not a
    group that a spelling qualified as the gazetteer places it joined (Chaek, Kyrgyzstan)."""
    qualified = [p for p in parsed if p.regions]
    if not qualified:
        return {}
    bare = _Blocks(p for p in parsed if p.located and not p.regions)
    found: dict[int, set[int]] = {}
    for name in qualified:
        for other in bare.candidates(name):
            root = groups.find(other.index)
            if root in ambiguous or groups.regions[root]:  # one with a qualifier: settled
                continue
            if placed_elsewhere_match(name, other):
                found.setdefault(root, set()).add(name.index)
    return found


def placed_elsewhere_match(qualified: _Name, bare: _Name) -> bool:
    """Whether an unqualified name the gazetteer has in a country would match a qualified
    one but for that country (Karabulak, Karabulak (Kazakhstan))."""
    return (
        bool(qualified.regions)
        and not bare.regions
        and bool(bare.located)
        and _full_match(qualified, replace(bare, located=frozenset(), entities=frozenset()))
    )


def _read_towns_in_play(parsed: list[_Name]) -> None:
    """A bare name spelled as a town written so in play (Naryn beside Naryn city, город
    Нарын) is that town's, never a river's or a lake's of its name (Naryn River), which a
    bare name is named alone otherwise: the town and the river stay apart. So is a town's
    own name beside the town's other name (Luhansk beside Voroshilovgrad: `_renamed_towns`),
    as a surname beside a town's other name is the town (`_other_name`)."""
    if not any(p.kind in RIVERS_AND_LAKES for p in parsed):
        return
    towns = _Blocks(p for p in parsed if p.kind == SETTLEMENT)
    renamed = _renamed_towns(parsed)
    for name in parsed:
        if not name.kind and (
            name.index in renamed or any(_full_match(name, t) for t in towns.candidates(name))
        ):
            parsed[name.index] = replace(name, kind=SETTLEMENT)


def _renamed_towns(parsed: list[_Name]) -> set[int]:
    """The bare names in play that the gazetteer has as a town's own name, beside a name of
    that town spelled like none of them, its other name (Luhansk, Луганськ beside
    Voroshilovgrad)."""
    by_entity: dict[str, list[_Name]] = {}
    for name in parsed:
        for entity in name.entities:
            by_entity.setdefault(entity, []).append(name)
    found: set[int] = set()
    for names in by_entity.values():
        towns = [n for n in names if n.town]
        if towns and any(_other_name(n, towns) for n in names):
            found.update(n.index for n in towns)
    return found


def _link_matching(
    groups: _Groups,
    blocks: _Blocks,
    deferred: list[tuple[_Name, _Name]] | None = None,
    qualified: list[tuple[_Name, _Name]] | None = None,
) -> None:
    """Link every pair of the names that fully match; a pair already in one group is not
    compared (a popular name's spellings would be, thousands of times). With `deferred`, a
    pair of a name without a generic word and one with (Naryn, Naryn River) is put there
    instead, bare name first, for `_join_bare_to_kinds`; with `qualified`, a pair of an
    unqualified name and a qualified one of one kind (Хоргос, Хоргос (Китай)), unqualified
    first, for `_join_unqualified`."""
    for a, b in blocks.pairs():
        if groups.find(a.index) != groups.find(b.index) and _full_match(a, b):
            if qualified is not None and _one_qualified(a, b):
                qualified.append((a, b) if b.regions else (b, a))
            elif deferred is not None and bool(a.kind) != bool(b.kind):
                deferred.append((a, b) if b.kind else (b, a))
            else:
                groups.union(a.index, b.index)


def _one_qualified(a: _Name, b: _Name) -> bool:
    """One of two names is qualified and the other not, and they are of one kind or one is
    a settlement's (Хоргос (Казахстан), село Хоргос): a river of the name is left to the
    kinds' rule."""
    return bool(a.regions) != bool(b.regions) and (
        a.kind == b.kind or SETTLEMENT in (a.kind, b.kind)
    )


def _join_unqualified(groups: _Groups, pairs: list[tuple[_Name, _Name]]) -> dict[int, set[int]]:
    """A group of unqualified names joins the qualified groups it matches (`pairs`:
    Horgos, Horgos (China)) when their qualifiers agree, as a surname joins the one full
    name; beside two places its spelling names in different countries or regions (Horgos
    (China), Khorgos (Kazakhstan)) it joins neither, shown ambiguous between them. Returns
    those groups and the groups they fit."""
    targets: dict[int, set[int]] = {}
    for bare, full in pairs:
        targets.setdefault(groups.find(bare.index), set()).add(groups.find(full.index))
    left: dict[int, set[int]] = {}
    for root, fits in targets.items():
        roots = sorted({groups.find(t) for t in fits} - {groups.find(root)})
        if any(groups.apart(a, b) for a, b in itertools.combinations(roots, 2)):
            left[groups.find(root)] = fits
            continue
        for target in roots:
            groups.union(root, target)
    return left


def _join_bare_to_kinds(
    groups: _Groups, parsed: list[_Name], deferred: list[tuple[_Name, _Name]]
) -> dict[int, set[int]]:
    """A group of bare names joins the groups of places with a generic word it matches
    (`deferred`: Naryn, Naryn River) when they are all of one kind; beside a town written so
    (город Нарын) and a river or a lake, the town (`_read_towns_in_play`); beside other kinds
    (Lake Karakol and Karakol River), a facility named after the name among them (Lake
    Ulykol and Ulykol oil field: `FACILITIES`, `bare_place_match`), none, shown ambiguous
    between them: a bare name never links two places of different kinds. Returns those
    groups and the groups they fit."""
    targets: dict[int, set[int]] = {}
    for bare, full in deferred:
        targets.setdefault(groups.find(bare.index), set()).add(groups.find(full.index))
    members = groups.members()
    named = _Blocks(p for p in parsed if p.kind in FACILITIES) if targets else None
    left: dict[int, set[int]] = {}
    for root, fits in targets.items():
        by_kind: dict[str, set[int]] = {}
        for target in fits:
            for kind in {parsed[i].kind for i in members[target]} - {""}:
                by_kind.setdefault(kind, set()).add(target)
        if len(by_kind) > 1 and SETTLEMENT in by_kind:
            by_kind = {SETTLEMENT: by_kind[SETTLEMENT]}
        if SETTLEMENT not in by_kind and named is not None:
            for name in (parsed[i] for i in members[root]):
                for place in named.candidates(name):
                    if bare_place_match(name, place):
                        by_kind.setdefault(place.kind, set()).add(groups.find(place.index))
            fits = fits | set().union(*by_kind.values())
        if len(by_kind) == 1 and not _town_beside_water(
            [parsed[i] for i in members[root]], next(iter(by_kind))
        ):
            for target in by_kind.popitem()[1]:
                groups.union(root, target)
        else:
            left[root] = fits
    return left


def _town_or_water(parsed: list[_Name], names: list[int], water: list[int]) -> bool:
    """Whether a group of bare names is a town the gazetteer has, beside the one river or
    lake of its name (`_town_beside_water`), which stays apart from it, shown ambiguous."""
    kinds = {parsed[i].kind for i in water} & RIVERS_AND_LAKES
    return len(kinds) == 1 and _town_beside_water([parsed[i] for i in names], kinds.pop())


def _town_beside_water(bare: list[_Name], kind: str) -> bool:
    """Whether a group of bare names beside a river or a lake of its name (`kind`) holds a
    town the gazetteer has by that name now (Hrazdan, Khotan beside Hrazdan River): the
    town, or the water it was named after, which the strings do not tell apart, so it joins
    neither, shown ambiguous, as a surname two people share. Not a name ending in the
    water's own fused word (Syrdarya, Karakul beside Lake Karakul), which is the water's."""
    return (
        kind in RIVERS_AND_LAKES
        and any(name.town for name in bare)
        and not any(water_fused(name.text, kind) for name in bare)
    )


def _place_ambiguous(
    groups: _Groups,
    parsed: list[_Name],
    blocks: _Blocks,
    torn: set[int],
    bridges: Mapping[int, set[int]] | None = None,
) -> list[_Name]:
    """Join each name of several readings to the one group of the `blocks` (the names of one
    reading) its readings fit; those that fit none are returned, to be matched among
    themselves (Садыра, Садыру ...); those that fit several go into `torn`, unless
    `_untorn` settles them. A name with a generic word does not count the groups of bare
    names left between places of several kinds (`bridges`: Sarez, beside Lake Sarez and
    Sarez River), which it would join to its own (озеро Сарез)."""
    bridges = bridges or {}
    unplaced: list[_Name] = []
    for name in (p for p in parsed if not p.definite and not p.initialed):
        matched = [
            d
            for d in blocks.candidates(name)
            if not (name.kind and groups.find(d.index) in bridges) and _full_match(name, d)
        ]
        fits = {
            groups.find(d.index): [r for r in name.readings if _full_match(_only(name, r), d)]
            for d in matched
        }
        if len(fits) > 1 and (fits := _as_ambiguous(groups, name, fits, bridges)) is None:
            torn.add(name.index)
            continue
        if len(fits) > 1 and (fits := _of_one_kind(groups, fits)) is None:
            torn.add(name.index)
            continue
        if len(fits) > 1:
            spelled = {groups.find(d.index) for d in matched if name.written & d.written}
            own = _entity_as_written(name)
            named = {groups.find(d.index) for d in matched if own & d.entities}
            fits = _untorn(groups, name, fits, spelled, named)
        if len(fits) == 1:
            root, readings = fits.popitem()
            groups.union(name.index, root)
            # from now on it is what it matched: Дарига Назарбаева is no longer "of Дариг"
            parsed[name.index] = _only(name, *(readings or name.readings))
        elif not fits:
            unplaced.append(name)
        else:
            torn.add(name.index)
    return unplaced


def _join_initialed(groups: _Groups, parsed: list[_Name]) -> dict[int, set[int]]:
    """Names of initials of one reading link among themselves, and a group of them joins
    the full names it fits when those are one group; beside two people of one surname and
    initial (Askar and Aidar Akayev) it joins neither, shown ambiguous between them: an
    initial never links two people. A name of initials of several readings (А. Касымалиева:
    a woman, or a man's genitive) then joins the one group it fits, and is from then on only
    the readings that fit it (`_fitting_readings`). Returns the groups left ambiguous and
    the groups they fit."""
    initialed = [p for p in parsed if p.initialed]
    if not initialed:
        return {}
    definite = [p for p in initialed if p.definite]
    for a, b in _Blocks(definite).pairs():
        apart = groups.find(a.index) != groups.find(b.index)
        if apart and _same_letters(a, b) and _full_match(a, b):
            groups.union(a.index, b.index)
    cyrillic = [p for p in definite if _cyrillic_initials(p)]
    latin = [p for p in definite if not _cyrillic_initials(p)]
    left = _join_fitting(groups, latin, _Blocks(cyrillic))
    full = _Blocks(p for p in parsed if len(p.words) > 1 and not p.initialed)
    left |= _join_fitting(groups, definite, full)
    either = _Blocks(p for p in parsed if len(p.words) > 1 and (p.definite or not p.initialed))
    for name in (p for p in initialed if not p.definite):
        left |= _join_fitting(groups, [name], either)
        parsed[name.index] = _fitting_readings(groups, name, either)
    return left


def _fitting_readings(groups: _Groups, name: _Name, blocks: _Blocks) -> _Name:
    """A name of several readings that joined a group of full names, with only the readings
    that fit one of them: Н. Садыкова beside Natalya Sadykova is hers, no longer also "of
    Н. Садыков", a man a bare Sadykov might be."""
    root = groups.find(name.index)
    full = [
        f for f in blocks.candidates(name) if f.index != name.index and groups.find(f.index) == root
    ]
    readings = tuple(r for r in name.readings if any(_full_match(_only(name, r), f) for f in full))
    return _only(name, *readings) if readings else name


def _cyrillic_initials(name: _Name) -> bool:
    """Whether every initial of `name` is a Cyrillic letter, which tells one given name's
    initial from another's (Э. is not И.); a Latin one may stand for several (E. for Э. or,
    as Ukrainian Ie-, for Є.; I. for И. or Є.)."""
    return all(cyrillic_letter(w.first) for w in name.words if w.initial)


def _same_letters(a: _Name, b: _Name) -> bool:
    """Whether two names of initials may link directly: both of Cyrillic initials, compared
    as letters, or both of the same Latin letters. A Latin initial of other letters joins
    through the Cyrillic initials it fits (`_join_initialed`): E. and I. Khokhlov beside Э.
    and И. Хохлов, a father and son, are one each's, not a link between them. So is a Latin
    initial whose key is a Cyrillic one's: S. (С. or Ш., Sh.) beside С. and Ш. Нуржамалкан
    uulu, brothers of one patronymic, joins neither."""
    cyrillic = _cyrillic_initials(a), _cyrillic_initials(b)
    if all(cyrillic):
        return True
    if any(cyrillic):
        return False
    letters = [[w.written for w in n.words if w.initial] for n in (a, b)]
    return letters[0] == letters[1]


def _join_fitting(groups: _Groups, names: list[_Name], blocks: _Blocks) -> dict[int, set[int]]:
    """Each group of `names` joins the one group of `blocks` its names fit; those that fit
    several, and the groups they fit."""
    targets: dict[int, set[int]] = {}
    for name in names:
        fits = {
            groups.find(f.index)
            for f in blocks.candidates(name)
            if f.index != name.index and _full_match(name, f)
        }
        targets.setdefault(groups.find(name.index), set()).update(fits)
    left: dict[int, set[int]] = {}
    for root, fits in targets.items():
        roots = {groups.find(t) for t in fits} - {groups.find(root)}
        if len(roots) == 1:
            groups.union(root, roots.pop())
        elif roots:
            left[groups.find(root)] = fits
    return left


def _as_ambiguous(
    groups: _Groups, name: _Name, fits: dict[int, list[Reading]], bridges: Mapping[int, set[int]]
) -> dict[int, list[Reading]] | None:
    """The groups a name fits, less the groups of bare names left ambiguous (`bridges`: each
    such group and the groups it fits) if the name is qualified (Кастрама (Россия) is no
    bare name); None where they hold places their qualifiers tell apart or such a group:
    the name is torn between them, however one reading may fit them all; but a name that
    fits one such group and only groups it fits is as ambiguous, and joins it (Кастрама
    beside a bare Kostroma left between Kostroma (Russia) and Kostroma (Ukraine))."""
    left = {groups.find(b): {groups.find(t) for t in f} for b, f in bridges.items()}
    if name.regions:
        fits = {root: readings for root, readings in fits.items() if root not in left}
    held = set(fits) & set(left)
    if not held and not any(groups.apart(a, b) for a, b in itertools.combinations(fits, 2)):
        return fits
    if len(held) == 1 and set(fits) - held <= left[next(iter(held))]:
        return {root: fits[root] for root in held}
    return None


def _of_one_kind(
    groups: _Groups, fits: dict[int, list[Reading]]
) -> dict[int, list[Reading]] | None:
    """The groups a name fits, if their places are of one kind, or a town written so among
    rivers and lakes (`_join_bare_to_kinds`), narrowed to it; None otherwise: the name is
    torn between them (Сарез beside Lake Sarez and Sarez River), however one reading may
    fit them all."""
    kinds = frozenset().union(*(groups.kinds[root] for root in fits))
    if len(kinds) < 2:
        return fits
    if SETTLEMENT in kinds:
        return {r: v for r, v in fits.items() if not groups.kinds[r] - {SETTLEMENT}}
    return None


def _untorn(
    groups: _Groups,
    name: _Name,
    fits: dict[int, list[Reading]],
    spelled: set[int],
    named: set[int] = frozenset(),
) -> dict[int, list[Reading]]:
    """Settle a name that fits several groups (`fits`: the readings that fit each), if it can
    be: where one reading alone fits them all and the others none, it is that reading, like
    a name of one reading, and links them (Жітіқара, not a Kazakh dative of Жітіқар: both
    Zhitikara and Zhetiqara spell it); where no reading is a person's name form, or the
    gazetteer has the name as written (Бакиханова: a town's other name, though also "of
    Бакиханов"), it is first the name as written, and joins the one group (of `spelled`)
    with a name spelled so
    (Актобе = Aktobe, not of Актоба = Tatar Актөбә; Орски = Orski, not of Орск), and with it
    the groups the gazetteer names by the name as written (`named`: Мæскуы, spelled as
    Maskuy, is Moscow's Ossetian name, not a case form of Мæскуа); where a
    person's name form is read only as inflected, and the other groups it fits it fits only
    as written, those are its own form's spellings and it is that reading, linking them all
    (Отеген Батыра, of Өтеген Батыр, and Otegen Batyra). A surname of either gender stays
    torn (Каримова: of Karimov, or Karimova, a reading each). Returns the fits left: one
    group if settled."""
    used = {r for readings in fits.values() for r in readings}
    if len(used) == 1 and all(fits.values()):
        first, *rest = fits
        for root in rest:
            groups.union(first, root)
        return {groups.find(first): [*used]}
    persons = any(b.gender for w in name.words for b in w.bases) and not named
    if len(spelled) == 1 and not persons:
        root = spelled.pop()
        for other in named - {root}:
            groups.union(root, other)
        return {groups.find(root): fits[root]}
    read = [root for root, readings in fits.items() if readings]
    if persons and len(read) == 1 and set(fits) - set(read) <= spelled:
        first = read[0]
        for root in fits:
            groups.union(first, root)
        return {groups.find(first): fits[first]}
    return fits


def _entity_as_written(name: _Name) -> Keys:
    """The gazetteer entity of a name as written, not of a base form of its words: a group
    of that place is spelled so as surely as one with a name of its letters."""
    found = gazetteer.load().entity(name.text) if name.entities else None
    return frozenset({found} & name.entities)


def _numbered_match(bare: _Name, numbered: _Name) -> bool:
    """Whether a name without a number fully matches a numbered one but for its number
    (Kambarata: Kambarata-1)."""
    return not bare.numbers and _full_match(replace(bare, numbers=numbered.numbers), numbered)


def _join_numbered(groups: _Groups, parsed: list[_Name]) -> dict[int, set[int]]:
    """A group of names without a number stands for the one group of numbered names they
    spell (Kambarata beside Kambarata-1, Камбар-Ата-1), as a surname for the one full name;
    beside two (Kambarata-1, Kambarata-2) it stays apart, ambiguous between them, so that
    it links neither to the other. Returns those groups and the groups they fit."""
    numbered = [p for p in parsed if p.numbers]
    if not numbered:
        return {}
    blocks = _Blocks(numbered)
    left: dict[int, set[int]] = {}
    for root, idx in groups.members().items():
        names = [parsed[i] for i in idx]
        if any(n.numbers for n in names):
            continue
        targets = {
            groups.find(f.index)
            for n in names
            for f in blocks.candidates(n)
            if _numbered_match(n, f)
        }
        if len(targets) == 1:
            groups.union(root, targets.pop())
        elif targets:
            left[groups.find(root)] = targets
    return left


def _join_short_names(
    groups: _Groups, parsed: list[_Name], torn: set[int], aside: set[int]
) -> dict[int, set[int]]:
    """`aside`: groups of initials left ambiguous between people, which no bare name joins."""
    members = groups.members()
    root_of = {i: root for root, idx in members.items() for i in idx}
    aside = {groups.find(a) for a in aside}
    multi = {
        root
        for root, idx in members.items()
        if root not in aside and any(len(parsed[i].words) > 1 or parsed[i].titled for i in idx)
    }
    # a bare name's word meets a full name's last word by a shared token (or an initial), a
    # given name and patronymic a full name's first two words joined
    blocks = _Blocks(
        (parsed[j] for root in sorted(multi) for j in members[root]), ("last", "joined")
    )
    ambiguous: dict[int, set[int]] = {}
    for root, idx in members.items():
        if torn.intersection(idx) or not all(_short(parsed[i]) for i in idx):
            continue
        fits = {
            i: {
                root_of[f.index]
                for f in blocks.candidates(parsed[i])
                if _partial_match(parsed[i], f)
            }
            for i in idx
        }
        targets = _same_kind(groups, members, parsed, root, set().union(*fits.values()) - {root})
        if any(parsed[i].entities or parsed[i].kind for i in idx):  # a place: no title's
            targets = {t for t in targets if not all(parsed[j].titled for j in members[t])}
        fitting = [parsed[i] for i in idx if fits[i]]
        if any(parsed[i].regions or (not fits[i] and _other_name(parsed[i], fitting)) for i in idx):
            # a town (its country after it, or its other name), not the person it is named after
            targets = {t for t in targets if not any(_personal(parsed[j]) for j in members[t])}
        if len(targets) == 1 and not _town_or_person(parsed, idx, members[next(iter(targets))]):
            groups.union(root, targets.pop())
        elif targets:
            ambiguous[groups.find(root)] = targets
    return ambiguous


def _town_or_person(parsed: list[_Name], names: list[int], person: list[int]) -> bool:
    """Whether a group of bare names holds a town the gazetteer has by its own name, and the
    one full name it fits is a person's: the town named after the person (Kirov, Sergei
    Kirov), which the strings do not tell apart, is left ambiguous between them."""
    return any(parsed[i].town for i in names) and any(
        parsed[j].text[:1].isupper() and _personal(parsed[j]) for j in person
    )


def _same_kind(
    groups: _Groups,
    members: dict[int, list[int]],
    parsed: list[_Name],
    root: int,
    targets: set[int],
) -> set[int]:
    """The `targets` a group of one-word names may be the last word of: a group with a place's
    generic word (город Ош, Lake Son-Kul), or of a town the gazetteer has (Baikonur), names
    that place in full, and is no part of a longer name without that kind of word (урочище
    Сон-Куль, Nizhny Novgorod); a town's name may still be a person's surname (Kirov, Sergei
    Kirov: the gazetteer's town alone; `_other_name` settles it)."""
    own = groups.kinds[groups.find(root)]
    town = any(parsed[i].town for i in members[root])
    if not own and not town:
        return targets
    wanted = own or frozenset({SETTLEMENT})
    return {
        t
        for t in targets
        if groups.kinds[groups.find(t)] & wanted
        or any(_in_a_phrase(parsed[j]) for j in members[t])
        or (not own and any(_personal(parsed[j]) for j in members[t]))
    }


# A lowercase word this short before a name is a preposition (в Термезе, на Нарыне), not a
# generic word of another place (урочище, плато).
_PREPOSITION_LENGTH = 3


def _in_a_phrase(name: _Name) -> bool:
    """Whether a name's words before its last are prepositions: the name itself in a phrase
    (в Термезе), as an extractor may leave it."""
    words = name.text.split()[:-1]
    return bool(words) and all(w.islower() and len(w) <= _PREPOSITION_LENGTH for w in words)


def _other_name(name: _Name, names: list[_Name]) -> bool:
    """Whether `name` is a place's other name, in the gazetteer, beside `names` and spelled
    like none of them (Vyatka beside Kirov, not Kirova beside Kirov): it makes them that
    place, not a surname."""
    if not name.entities:
        return False
    own = replace(name, entities=frozenset())
    return not any(_full_match(own, replace(n, entities=frozenset())) for n in names)


def _join_bare_places(
    groups: _Groups, parsed: list[_Name], ambiguous: dict[int, set[int]]
) -> dict[int, set[int]]:
    """Chüy beside Chuy Region, Чуйская область: a bare place name stands for the region,
    district, valley, range, reservoir... of that name (`named_after`), as a surname for the
    one full name, when it is the only one in play; beside several (Naryn Region, Naryn
    District; Alai Valley, Alai Range) it is shown ambiguous between them.
    Never where a name of the group of more words fits none of them (`_longer_unfitting`):
    Khan Tengri, which a bare Тенгри joined as its last word, is a mountain, not Tengri
    District.
    Never where the bare name is a town's: a town written so is in play (город Нарын, Naryn
    city; its group is no longer one of bare names), or the gazetteer has a town of that
    name, which a bare name names first (Naryn, Talas; not Issyk-Kul, once Balykchy's
    name). Spelling alone cannot tell a town from its region, so this asks the gazetteer.
    Returns the bare names' groups that fit several."""
    members = groups.members()
    regional = [p for p in parsed if named_after(p.kind)]
    if not regional:
        return {}
    blocks = _Blocks(regional)
    left: dict[int, set[int]] = {}
    for root, idx in members.items():
        names = [parsed[i] for i in idx]
        if root in ambiguous or any(n.kind or n.town for n in names):
            continue
        fitting = {
            n.index: {groups.find(r.index) for r in blocks.candidates(n) if bare_place_match(n, r)}
            for n in names
        }
        targets = set().union(*fitting.values()) - {root}
        if not targets or any(_personal(n) for n in names) or _longer_unfitting(names, fitting):
            continue
        if len(targets) == 1:
            groups.union(root, targets.pop())
        else:
            left[root] = targets
    return left


def _longer_unfitting(names: list[_Name], fitting: Mapping[int, set[int]]) -> bool:
    """Whether a name of the group fits no region or district and is of more words than
    every name that does: another place's name, of which the bare one is a word (Khan
    Tengri, a mountain, beside Тенгри and Tengri District); a one-word case form that fits
    none (Uzbek Baliqchida beside Baliqchi) is still the bare name's."""
    widest = max((len(n.words) for n in names if fitting[n.index]), default=0)
    return any(not fitting[n.index] and len(n.words) > widest for n in names)


def _settle_ambiguous(
    groups: _Groups, ambiguous: dict[int, set[int]], parsed: list[_Name], narrowed: set[int]
) -> dict[int, set[int]]:
    """Join a bare name to the one group its full names are now in (Bayramov, beside Ceyhun
    Bayramov and Jeyhun Bayramov, which only Turkish c as дж joined), unless it is a town
    and that group a person (`_town_or_person`) or the river or lake of its name
    (`_town_or_water`); the bare names left that still fit several. A group it fitted
    through a name the late readings then joined as another reading (`narrowed`: Усена
    Сыдыкова, a woman or a man's genitive, joined to Усен Сыдыков) counts only if it still
    fits it: Сыдыковой is then Замира Сыдыкова's alone."""
    members = groups.members()
    left: dict[int, set[int]] = {}
    for root, targets in ambiguous.items():
        own = members.get(groups.find(root), [])
        roots = {
            groups.find(t)
            for t in targets
            if _still_fits(parsed, own, members.get(groups.find(t), []), narrowed)
        }
        other = members.get(next(iter(roots)), []) if len(roots) == 1 else []
        if (
            other
            and not _town_or_person(parsed, own, other)
            and not _town_or_water(parsed, own, other)
        ):
            groups.union(root, roots.pop())
        else:
            left[groups.find(root)] = targets
    return left


def _still_fits(parsed: list[_Name], own: list[int], target: list[int], narrowed: set[int]) -> bool:
    """Whether a group of bare names still fits a group it fitted, where the late readings
    narrowed a name of that group (`_join_late_readings`); always where they narrowed none."""
    if narrowed.isdisjoint(target) or not all(len(parsed[i].words) == 1 for i in own):
        return True
    return any(_partial_match(parsed[i], parsed[j]) for i in own for j in target)


def _join_acronyms(groups: _Groups, parsed: list[_Name]) -> None:
    """ГБАО, GBAO, U.S.: a group all of whose names are acronyms joins the one group with a
    name of several words whose initials spell one of them (Горно-Бадахшанская автономная
    область, United States); where several groups' names do, it joins none, nor a person's
    (Sadyr Japarov is no SJ)."""
    members = groups.members()
    root_of = {i: root for root, idx in members.items() for i in idx}
    spelling: dict[str, set[int]] = {}
    for name in parsed:
        for key in acronym_keys(name.text):
            spelling.setdefault(key, set()).add(name.index)
    if not spelling:
        return
    for root, idx in members.items():
        if not all(is_acronym(parsed[i].text) for i in idx):
            continue
        own = groups.find(root)
        found = {j for i in idx for k in letter_keys(parsed[i].text) for j in spelling.get(k, ())}
        targets = {groups.find(j) for j in found} - {own}
        if len(targets) == 1 and not any(
            _personal(parsed[m]) for m in members[root_of[found.pop()]]
        ):
            groups.union(own, targets.pop())


def _personal(name: _Name) -> bool:
    """Whether a name reads as a person's: its first word is a given name, a word is an
    initial or a Turkic patronymic, or its second of two or three a Russian patronymic."""
    words = name.text.split()
    return (
        name.titled
        or (len(words) > 1 and _given_name(words[0].strip(_EDGE_PUNCT)))
        or (len(name.words) in (2, 3) and name.words[1].patronymic)
        or any(w.initial or any(" " in k for b in w.bases for k in b.keys) for w in name.words)
    )


@lru_cache(maxsize=65536)
def _given_name(word: str) -> bool:
    """A given name by a language writing it: its word list's or its dictionary's."""
    return any(
        word in word_lists(t.name_rules)["first_names"] or t.morphology.given_name_gender(word)
        for t in (*languages.targets(), languages.source())
        if t.writes(word)
    )


def _short(name: _Name) -> bool:
    """A bare name or a given name and patronymic: it may stand for a full name. Not a
    title's surname, which joins a person later (`_join_titled`)."""
    return (len(name.words) == 1 and not name.titled) or name.forename_only


def _join_titled(groups: _Groups, parsed: list[_Name]) -> dict[int, set[int]]:
    """A group of a title's surname (генерал Панфилов, генерала Панфилова) joins the one
    person's full name of that surname (Ivan Panfilov), never a place's: it is read after
    the bare names, which it leaves as they were (a bare Panfilov beside it and Ivan
    Panfilov may be the town named after him, and stays apart); beside two full names it is
    shown ambiguous between them. Returns those groups and the groups they fit."""
    members = groups.members()
    titled = [r for r, idx in members.items() if all(_short_titled(parsed[i]) for i in idx)]
    if not titled:
        return {}
    full = _Blocks(p for p in parsed if len(p.words) > 1 and not p.kind and not p.entities)
    left: dict[int, set[int]] = {}
    for root in titled:
        fits = {
            groups.find(f.index)
            for i in members[root]
            for f in full.candidates(parsed[i])
            if _partial_match(parsed[i], f)
        } - {root}
        if len(fits) == 1:
            groups.union(root, fits.pop())
        elif fits:
            left[root] = fits
    return left


def _short_titled(name: _Name) -> bool:
    return name.titled and len(name.words) == 1


def _has_late(name: _Name, alone: bool = True) -> bool:
    """Whether a name has readings tried last (`_late`), or is a phrase of place read
    without its preposition last (`_placed_phrase`)."""
    late = any(w.carons or w.ending or (alone and w.lone) for w in name.words)
    return late or _placed_phrase(name)


def _late(name: _Name, alone: bool = True) -> _Name:
    """The name read also with the carons its Latin words may have lost (Torzok as Toržok),
    with a case ending off a Latin word (Japarovdun as Japarov) and, `alone` in its group,
    with its words' other bases (Гарме as Гарм)."""
    words = tuple(
        replace(w, bases=tuple(replace(b, keys=b.keys | _late_keys(w, alone)) for b in w.bases))
        for w in name.words
    )
    combos = itertools.islice(itertools.product(*(w.bases for w in words)), _MAX_READINGS)
    return replace(name, words=words, readings=tuple(tuple(b.keys for b in c) for c in combos))


def _late_keys(word: _Word, alone: bool) -> Keys:
    return word.carons | word.ending | (word.lone if alone else frozenset())


def _late_fits(read: _Name, b: _Name, bare: bool) -> bool:
    """Whether a name read with its late readings (`_late`) fully matches `b`, is its last
    word, is `b` after a preposition of place (в Вахдате: Vahdat, as an extractor may leave
    the phrase whole; в Малом Баткене: Малый Баткен, `_placed_phrase`), or, a man's name or
    one of no gender, ends in `b`, of a group of bare names and initials only (`bare`:
    Володимира Артюха, read as Ukrainian's genitive of Артюх, joins a bare Artiukh; not a
    group with a full name, nor with a place's, as Сәтбаев қаласы, the town named after
    Қаныш Сәтбаевтың)."""
    return (
        _full_match(read, b)
        or _partial_match(read, b)
        or (_at_a_place(read) and _partial_match(b, read))
        or (_placed_phrase(read) and _full_match(_after_preposition(read), b))
        or (bare and _personal(read) and _no_womans(read) and _partial_match(b, read))
    )


# The prepositions of being in or at a place that Russian, Ukrainian and Belarusian put before
# a town's locative (в Вахдате, у Житомирі, на Нарыне); not о, об, при, which as often take a
# person's (об Иванове).
_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "у"))


def _at_a_place(name: _Name) -> bool:
    """Whether a name is one word after a preposition of place (в Вахдате)."""
    words = name.text.split()
    return len(words) == 2 and words[0] in _PLACE_PREPOSITIONS


def _placed_phrase(name: _Name) -> bool:
    """Whether a name is a place's name of two words or more after a preposition of place
    (в Малом Баткене, на Верхнем Нарыне), as an extractor may leave the phrase whole."""
    words = name.text.split()
    return len(words) > 2 and words[0] in _PLACE_PREPOSITIONS and len(name.words) == len(words)


def _after_preposition(name: _Name) -> _Name:
    """A name of `_placed_phrase` read without its preposition (в Малом Баткене: Малом
    Баткене, which meets Малый Баткен by its words' bases); only its words' readings, as
    its keys as written hold the preposition."""
    text = name.text.split(maxsplit=1)[1]
    readings = tuple(dict.fromkeys(r[1:] for r in name.readings))
    none: Keys = frozenset()
    parts = {"written": none, "unsuffixed": none, "forenames": none}
    return replace(name, text=text, words=name.words[1:], readings=readings, **parts)


def _no_womans(name: _Name) -> bool:
    """Whether some reading of a name whose words' genders agree is no woman's: a bare
    surname meets a woman's full name only in her form (Рамильда Солдатова is no Soldatov)."""
    combos = itertools.islice(itertools.product(*(w.bases for w in name.words)), _MAX_READINGS)
    return any(_agree(c, name.words) and all(b.gender != "f" for b in c) for c in combos)


def _full_or_placed(parsed: list[_Name], groups: _Groups) -> set[int]:
    """The groups holding a full name (two words or more, not initials) or a place's."""
    return {
        groups.find(p.index)
        for p in parsed
        if p.kind or p.entities or (len(p.words) > 1 and not p.initialed)
    }


def _join_late_readings(
    groups: _Groups,
    parsed: list[_Name],
    ambiguous: dict[int, set[int]],
    blocks: tuple[_Blocks, ...],
) -> set[int]:
    """Torzok, Bezeck: a lone z, s or c may be ž, š, č with the caron lost, or may not (Peskov,
    Пешков); Japarovga, Bishkekte: a Latin word may be a Kyrgyz case form, or may not
    (Florida). Read so only where the spellings as they stand matched nothing else: a group
    all of whose names have such a reading joins the one other group those readings fit,
    or whose last word they are, or, a person's, the one of bare names and initials only
    that ends it (found among the names of `blocks`: `_late_fits`). A word's other bases
    (Russian Гарме: Гарм, Гарма) are read so only for a name alone in its group, or in a
    group of such names only (two case forms of one name, Ukrainian Катерині, Катерини): one
    that ends so as written (Восе, Мазари-Шарифе) keeps the group its spelling joined. A name
    that so fully matched a name of the group it joined is from then on only the readings
    that match it (Усена Сыдыкова beside Усен Сыдыков: his genitive, no woman); returns those
    names."""
    narrowed: set[int] = set()
    lost = [
        (idx, _all_lone(parsed, idx))
        for root, idx in groups.members().items()
        if root not in ambiguous
    ]
    claimed = _full_or_placed(parsed, groups)
    for idx, alone in lost:
        if not all(_has_late(parsed[i], alone) for i in idx):
            continue
        own = groups.find(idx[0])
        targets = set()
        matched: dict[int, list[_Name]] = {}
        for i in idx:
            loose = _late(parsed[i], alone)
            for other in (o for b in blocks for o in b.candidates(loose)):
                root = groups.find(other.index)
                bare = root not in claimed
                if root != own and root not in ambiguous and _late_fits(loose, other, bare):
                    targets.add(root)
                    matched.setdefault(i, []).append(other)
        if len(targets) == 1:
            target = targets.pop()
            groups.union(own, target)
            if {own, target} & claimed:
                claimed.add(groups.find(own))
            for i, others in matched.items():
                if _narrow_late(parsed, i, others, alone):
                    narrowed.add(i)
    return narrowed


def _narrow_late(parsed: list[_Name], i: int, others: list[_Name], alone: bool) -> bool:
    """Whether name `i`, read late, fully matched some of `others` by some of its readings
    only: it is then those readings alone (`_only`)."""
    loose = _late(parsed[i], alone)
    fitting = tuple(
        r for r in loose.readings if any(_full_match(_only(loose, r), o) for o in others)
    )
    if not fitting or len(fitting) == len(loose.readings):
        return False
    parsed[i] = _only(loose, *fitting)
    return True


def _all_lone(parsed: list[_Name], idx: list[int]) -> bool:
    """Whether a group is one name, or names each with a word of other bases (`lone`)."""
    return len(idx) == 1 or all(any(w.lone for w in parsed[i].words) for i in idx)


def _join_kazakh_renamed(
    groups: _Groups, parsed: list[_Name], ambiguous: dict[int, set[int]]
) -> None:
    """Lisakovsk, Лисаковск beside Лисаков, Лисаковтың; Shar beside Чарск, Чарсктың: Kazakhstan's
    name of a town drops the Russian place suffix, and Kazakh says ш for a Russian name's ч
    (`reader.names.kazakh_towns`); a Bashkir name drops Russian's -ово, -ево, -ино (Стәрлебаш
    for Аскарово). A group of one-word names not written in Kazakh or Bashkir joins the
    one group written so that one of its names meets with a suffix off either side, or
    one ш or ч read as the other (within a word only where one writes щ: Ashchysay, Ачисай),
    or whose name is a case form of its two-letter name (Чуды, Чуда beside Чу, Чудың; beside
    Ли alone, Лиды is Russian); two towns X and X-ск elsewhere stay apart (Kirov, Kirovsk).
    Only bare names the gazetteer does not know (and such a name after в, на, у): of those
    it knows, it has said which are one; a region's or a river's name is no town's."""
    members = {
        root: bare
        for root, idx in groups.members().items()
        if root not in ambiguous and (bare := _bare_names(parsed, idx))
    }
    kazakh = {r for r, idx in members.items() if written_locally(parsed[i].text for i in idx)}
    as_written, swapped, stemmed = _kazakh_index(parsed, {r: members[r] for r in kazakh})
    for root, idx in members.items():
        if root in kazakh:
            continue
        keys = {k for i in idx for k in parsed[i].words[0].written}
        stems = {s for k in keys for s in russian_stems(k)}
        short = {k for i in idx for s in short_case_stems(parsed[i].text) for k in name_keys(s)}
        shcha = {
            o
            for i in idx
            for k in parsed[i].words[0].written
            for o in shcha_swaps(parsed[i].text, k)
        }
        targets = set().union(
            *(stemmed.get(k, ()) for k in keys),
            *(swapped.get(k, ()) for k in keys | stems),
            *(as_written.get(s, ()) for s in stems | short | shcha),
        )
        if len(targets) == 1:
            groups.union(root, targets.pop())


def _kazakh_index(
    parsed: list[_Name], kazakh: dict[int, list[int]]
) -> tuple[dict[str, set[int]], dict[str, set[int]], dict[str, set[int]]]:
    """The groups written in Kazakh by their names' keys as written, with ш and ч swapped,
    and with a Russian place suffix off (either as written or swapped)."""
    as_written: dict[str, set[int]] = {}
    swapped: dict[str, set[int]] = {}
    stemmed: dict[str, set[int]] = {}
    for root, idx in kazakh.items():
        for i, key in ((j, k) for j in idx for k in parsed[j].words[0].written):
            as_written.setdefault(key, set()).add(root)
            swaps = sibilant_swaps(key) | shcha_swaps(parsed[i].text, key)
            for other in swaps:
                swapped.setdefault(other, set()).add(root)
            for stem in (s for k in {key} | swaps for s in russian_stems(k)):
                stemmed.setdefault(stem, set()).add(root)
    return as_written, swapped, stemmed


def _bare_names(parsed: list[_Name], idx: list[int]) -> list[int]:
    """A group's bare names the gazetteer does not know (`_bare_unknown`), where its other
    names are such a name after a preposition of place (в Аскарове); none where a name
    is neither."""
    if not all(_bare_unknown(parsed[i]) or _at_a_place(parsed[i]) for i in idx):
        return []
    return [i for i in idx if _bare_unknown(parsed[i])]


def _bare_unknown(name: _Name) -> bool:
    """One word, read without a generic word (not Воронізька область), that the gazetteer
    does not know."""
    return len(name.words) == 1 and not name.kind and not name.entities and not name.titled


@dataclass(frozen=True)
class NameGroup:
    """The spellings of one name found in the input, in input order, and a label for it."""

    names: tuple[str, ...]
    label: str  # the member with the most words (`_label_rank`), first in input order
    # a bare surname that fits several full names: their labels, never merged with any
    ambiguous: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"label": self.label, "names": list(self.names), "ambiguous": list(self.ambiguous)}


def group(names: list[str], places: bool = True) -> list[NameGroup]:
    """Groups of the input names, ordered by first appearance; each input in exactly one.
    `places=False` leaves the gazetteer out (to measure the spelling rules alone)."""
    parsed = [_parse(i, n, places) for i, n in enumerate(names)]
    clusters, ambiguous = _cluster(parsed, places)
    members = sorted(clusters.members().items())
    labels = {
        root: names[max(idx, key=lambda i: _label_rank(names[i], parsed[i].regions))]
        for root, idx in members
    }
    out = []
    for root, idx in members:
        fits = {labels[clusters.find(i)] for i in ambiguous.get(root, ())}
        out.append(NameGroup(tuple(names[i] for i in idx), labels[root], tuple(sorted(fits))))
    return out


def _label_rank(name: str, regions: qualifiers.Regions) -> tuple[int, bool]:
    """A group's label is its name with the most words, its qualifier not counted, and an
    unqualified one before a qualified one: a qualified spelling joining a group (Almaty
    (Kazakhstan)) leaves its label, and so the key its decisions are filed under, as it was."""
    if not regions:
        return len(name.split()), True
    core, _ = qualifiers.split(name, _bases)
    return len(core.split()), False


def group_key(label: str) -> str:
    """The same for every spelling of the label's name (Japarov and Жапаров alike): what
    remembers a group's decisions."""
    keys = sorted(name_keys(label, loose=False))
    return keys[0] if keys else label.casefold()


def group_names(names: list[str], places: bool = True) -> list[list[str]]:
    """The input names grouped by referent: [["Japarov", "Жапаров", ...], ["Bishkek", ...]].

    Stable: groups in order of their first member, members in input order, each input once.
    """
    return [list(g.names) for g in group(names, places)]
