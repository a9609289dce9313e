"""The translation is not in its column's language: English left untranslated, Russian or
Kazakh in the Kyrgyz column, Kyrgyz in the Russian one.

Names and numbers say nothing of a sentence's language (Жапаров is the same in Russian and
Kyrgyz; "Kanat Altynbayev" may stay in Latin letters), so they are taken out first: the
glossary's forms found in the translation, capitalised words, the first too (names in every
language here) unless the source language's dictionary knows them ("Show Hidden Files" is
English left in Title Case, "Kanat Altynbayev" names) or they are days of the week, abbreviated
too ("2 Wed. ago"), words in capitals and anything with a
digit. What is left must have `MIN_WORDS` words, or the check stays quiet, but for the source
language left untranslated beside a name or a number ("Parliament of Kyrgyzstan", "5 light
years", "Vorbis OGG stream": `_source_left`). Then `reader.lang.identify` names the language;
a text the column's language may write just as well is not reported (Kazakh "Асты оң" in the
Kyrgyz column: nothing in it is Kazakh's alone, `Identification.alike`). Names joined by "and"
or a particle are names alone though a dictionary word starts one ("Tom and Jerry", "Saint
Kitts and Nevis", "Arnold van Dam": `_names_alone`).
The findings depend on the translation's text alone, not on the glossary beyond the names it
takes out. Not fixable: it needs a translator.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from reader.checks.base import Check, Finding, TranslatedSentence, register
from reader.lang import get, source
from reader.lang.extraction import word_lists
from reader.lang.identify import OTHER, Identification, fingerprint, identify, language_name

# Words left once names and numbers are out: on fewer, identification is too unsure to bother
# a reviewer (a two-word Kyrgyz phrase can read as Kazakh).
MIN_WORDS = 3
# Below this confidence the identification is not reported.
MIN_CONFIDENCE = 0.6
# Words left that do when the translation is written wholly in the source language's letters,
# has `MIN_WORDS` words with its names and numbers, and they have a word of the source's
# dictionary and one in lower case (no name is) that is not a particle between two names
# (bin, van, de): two English words identify well, where two Kyrgyz ones may read as
# Kazakh.
MIN_SOURCE_WORDS = 2
# One word does when it is a lower-case dictionary word this long: shorter ones are the
# particles of names (bin, van, and) or words other languages in the same letters share (con,
# per, son, die, pro).
MIN_LONE_WORD = 4
# A lone word the dictionary lacks still does when it is two of its words written as one
# (codestream, fullscreen), each this long: shorter parts split other languages' words by
# chance.
MIN_COMPOUND_PART = 4

# Between two tokens of one name: spaces alone (a comma or a slash parts two names).
_SAME_NAME = re.compile(r"\s+")
_READS_AS = re.compile(r" column reads as (.+?) \(confidence ")  # as `run` writes the message
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S*\d\S*")
# A number joined by a hyphen to a word: "105-key", "64-bit", Kyrgyz 2024-жылы; words
# shorter than 3 letters are ordinals' endings (2-й, 2-го).
_NUMBER_JOINED = re.compile(r"\S*\d-([^\W\d_]{3,})[^\w\s]*")
# What a reader counts as words: each part of a compound (built-in, system-monitor) and of a
# contraction (don't: do not), each number.
_COUNTED = re.compile(r"[^\W_]+")
_JOINS = re.compile(r"[-'’]")


def words_left(sentence: TranslatedSentence) -> list[str]:
    """The words of the translation that are neither names nor numbers."""
    named = {i for _, matches in sentence.matched() for m in matches for i in range(m.start, m.end)}
    return [word for start, word in _plain_words(sentence.translation) if start not in named]


@lru_cache(maxsize=1024)
def _plain_words(text: str) -> tuple[tuple[int, str], ...]:
    """The words of `text` that hold no digit and do not look like a name, each with where it
    starts. Cached: a glossary edit takes the names of the old glossary and the new out of
    the same text."""
    knows, found = source().morphology.knows, []
    own_script = _in_script(text, source().alphabet)
    for start, word in _tokens(text):
        if not word.isalpha() and any(ch.isdigit() for ch in word):  # no letter is a digit
            continue
        if len(word) > 1 and word.isupper():
            continue
        # a capital marks a name, even first in the sentence (Джапаровка: a village, or
        # Kyrgyz "to Japarov"); English words in Title Case still count, and so do the
        # days of the week, abbreviated too (`weekdays`: "2 Wed. ago"), which are no names
        if word[:1].isupper() and not (
            _known(knows, word)
            or word in _name_words("weekdays")
            or _day_letters(text, start, word)
            or (own_script and _people_word(word, text[start + len(word) :]))
        ):
            continue
        found.append((start, word))
    return tuple(found)


def _tokens(text: str) -> list[tuple[int, str]]:
    """The words and numbers of `text`, each with where it starts; a number joined to a
    lower-case word of the source's dictionary is the number and the word ("Generic 105-key
    PC" has an English word beside its names: Russian writes "105-клавишная"). Not a word of
    another language: Kyrgyz 2024-жылы, Russian 5-летний are dates and numbers."""
    knows, found = source().morphology.knows, []
    for match in _WORD.finditer(text):
        joined = _NUMBER_JOINED.fullmatch(match.group())
        if joined and joined.group(1).islower() and knows(joined.group(1)):
            found.append((match.start(), match.group()[: joined.start(1) - 1]))
            found.append((match.start() + joined.start(1), joined.group(1)))
        else:
            found.append((match.start(), match.group()))
    return found


def _day_letters(text: str, start: int, word: str) -> bool:
    """Whether `word` is a day of the week in two letters (`weekday_letters`: Su, Th) right
    after a number, as a relative date writes it ("0 Su ago", "in 1 Th"): elsewhere the
    same letters abbreviate names and titles (Su Tseng, Sa. for Saint)."""
    return text[:start].rstrip()[-1:].isdigit() and word in _name_words("weekday_letters")


def _people_word(word: str, after: str) -> bool:
    """Whether `word` is the source's adjective of a people or a language (its `names.json`
    `demonyms`: English, Kazakh), which the source capitalises though it is no name, unless a
    capitalised word follows, as the first part of a name ("German Gref", "Kyrgyz
    Republic"): "English (US, intl.)" is a keyboard's name left in English, Russian writes
    "Английская (США, междунар.)". Asked only of a text wholly in the source's script: in
    "Русский / English" a language's name stays as a choice offered in its own letters."""
    following = after.lstrip()[:1]
    return word in _name_words("demonyms") and not (following.isalpha() and following.isupper())


def _known(knows: Callable[[str], bool], word: str) -> bool:
    """Whether the dictionary knows `word`, or each part of a compound: "Built-in",
    "Multi-line" are English words in Title Case, "Hewlett-Packard" a name."""
    parts = [part for part in _JOINS.split(word) if part]
    return knows(word) or (len(parts) > 1 and all(map(knows, parts)))


def _closed_compound(knows: Callable[[str], bool], word: str) -> bool:
    """Whether `word` is two dictionary words written as one, as English writes many a
    technical compound the dictionary lacks ("JPEG-2000 codestream": code, stream)."""
    least = MIN_COMPOUND_PART
    return any(knows(word[:i]) and knows(word[i:]) for i in range(least, len(word) - least + 1))


def _source_left(text: str, words: list[str]) -> bool:
    """Whether `words`, fewer than `MIN_WORDS`, are the source language left untranslated
    beside names and numbers (`MIN_SOURCE_WORDS`, or one word: `_lone_source_word`):
    "Japarov and Tashiev" leaves one short word, "Режим dead keys" has a letter of another
    script, "Grant Young" may be a name, and "Mohammed bin Salman bin Abdulaziz" has only
    the particles of names. The words left must be in the source's letters, the names only
    in its script ("Battle of Boyacá": English beside a Spanish name), but the word after a
    people's adjective, a currency's or a language's own name ("Icelandic krónur")."""
    language = source()
    left = {ch for word in _outside_heads(words) for ch in word.casefold() if ch.isalpha()}
    tokens = [token for _, token in _tokens(text)]
    if (
        len(_COUNTED.findall(text)) < MIN_WORDS
        or not left <= set(language.alphabet)
        or not _in_script(text, language.alphabet)
    ):
        return False
    if len(words) < MIN_SOURCE_WORDS:
        return _lone_source_word(text, words)
    people = _name_words("demonyms")
    if not any(language.morphology.knows(word) or word in people for word in words):
        return False
    return any(_unlike_a_name(text, word) for word in _outside_names(tokens, words)) or any(
        _lone_source_word(text, [word]) for word in words if word.islower()
    )


def _outside_heads(words: list[str]) -> list[str]:
    """`words` but each in lower case right after a people's adjective (`demonyms`), which
    names what the adjective's people call it, in their letters: "Icelandic krónur"."""
    people = _name_words("demonyms")
    return [
        word
        for i, word in enumerate(words)
        if not (i and word.islower() and words[i - 1] in people)
    ]


def _unlike_a_name(text: str, word: str) -> bool:
    """Whether `word`, left in `text`, has a shape no name has: lower case; a compound in
    Title Case each of whose parts the dictionary knows ("Two-finger Scrolling",
    "Right-to-Left": "Hewlett-Packard", "Rolls-Royce", "Jean-Pierre" have a part it lacks);
    a people's adjective no capitalised word follows (`_people_word`: "German (Neo 2)" is a
    keyboard's name left in English, Russian writes "Немецкая (Neo 2)")."""
    if word.islower():
        return True
    parts = word.split("-")
    if len(parts) > 1 and all(map(source().morphology.knows, parts)):
        return True
    at = text.find(word)
    return at >= 0 and _people_word(word, text[at + len(word) :])


def _in_script(text: str, alphabet: str) -> bool:
    """Whether every letter of `text` is of the script of `alphabet` (for English's, Latin:
    é and ū are, я is not)."""
    script = unicodedata.name(alphabet[0]).split()[0]
    return all(unicodedata.name(ch, "").startswith(script) for ch in text if ch.isalpha())


def _lone_source_word(text: str, words: list[str]) -> bool:
    """Whether the one word left, beside names in the source's letters only, is the source
    language left untranslated: a product's name with a common noun ("Vorbis OGG stream",
    which Russian would write "поток Vorbis OGG"). The word must be the source dictionary's,
    in lower case (no name is) and `MIN_LONE_WORD` letters long (the particles of names, bin,
    van, and, are shorter), and identification must not confidently read the whole text as
    another language. Or the word offers a choice (`alternatives` of its `names.json`: or,
    nor), which joins no name's parts nor a list of names, as "and" does in a byline or a
    brand ("Procter and Gamble"): "IPv4 or IPv6" is English left, Russian writes "или"."""
    word = words[0] if words else ""
    if word in _name_words("alternatives"):
        return True
    knows = source().morphology.knows
    if (
        len(word) < MIN_LONE_WORD
        or not _unlike_a_name(text, word)
        or not (
            _known(knows, word) or _closed_compound(knows, word) or word in _name_words("demonyms")
        )
    ):
        return False
    found = identify(text)
    return found.code == source().code or found.confidence < MIN_CONFIDENCE


def _outside_names(tokens: list[str], words: list[str]) -> list[str]:
    """`words` (in the order of `tokens`) but those between two capitalised tokens taken out
    as names: the particles of names (bin, van, de), and "and" between two of them. Not the
    source's connectors (`_connectors`: "Saint Catherine of Aragon" is English left, Russian
    writes "Святая Екатерина Арагонская"), nor its conjunction (`conjunctions`: and) when a
    word in Title Case is left beside the names, which then stand in a phrase of the source
    rather than in a list of names ("Castile and Aragon Day"; "Japarov and Tashiev" stays a
    list); nor a particle a whole name parts from such a word (`_name_between`)."""
    at, positions = 0, []
    for word in words:
        at = tokens.index(word, at)
        positions.append(at)
        at += 1
    kept = set(positions)

    def name(i: int) -> bool:
        return 0 <= i < len(tokens) and i not in kept and tokens[i][:1].isupper()

    connectors = _connectors()
    titled = [i for i in positions if tokens[i][:1].isupper()]
    if titled:
        connectors |= _name_words("conjunctions")
    return [
        tokens[i]
        for i in positions
        if tokens[i] in connectors
        or not (name(i - 1) and name(i + 1))
        or any(_name_between(name, i, j) for j in titled)
    ]


def _name_between(name: Callable[[int], bool], particle: int, word: int) -> bool:
    """Whether a whole name stands between the particle at `particle` and the word in Title
    Case at `word`: the particle is then inside another language's name, and the word beside
    that name is the source's, the name standing in a phrase of the source ("Rio Grande do
    Norte Day", Russian "День Риу-Гранди-ду-Норти"). A word right after the particle may be
    the name's last part ("Arnold van Dam")."""
    low, high = sorted((particle, word))
    return high - low > 1 and all(name(k) for k in range(low + 1, high))


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """The one-word connectors of the source language's names (its `names.json`: of, for),
    which join the parts of a name in that language alone: no other language's name has
    them, as other languages' have their particles (bin, van, de)."""
    return frozenset(c for c in _name_words("connectors") if " " not in c)


def _name_words(key: str) -> frozenset[str]:
    """One list of the source language's `names.json` (empty when it has no such file or
    list), read once by `word_lists`."""
    return word_lists(source().name_rules)[key]


def _names_alone(text: str) -> bool:
    """Whether `text`, in the source's script, is names joined by "and" or the particles of
    names (van, de, bin) alone, a dictionary word a name's first word or a whole name ("Tom
    and Jerry", "Saint Kitts and Nevis", "Arnold van Dam", "Procter and Gamble"): every word
    is capitalised but the joiners, and none is one of the source's common words in Title
    Case (`function_words`, `common`: The, Says, Back), which no name is. "of" is no joiner
    here: it joins English's own names ("Saint Catherine of Aragon" is English left)."""
    if not _in_script(text, source().alphabet):
        return False
    tokens = [(start, word) for start, word in _tokens(text) if not _has_digit(word)]
    words = [word for _, word in tokens]
    joiners = _name_words("particles") | _name_words("conjunctions")
    joined = [i for i, word in enumerate(words) if word in joiners]
    ordinary = _name_words("function_words") | _name_words("common")
    if not joined or any(word in ordinary for word in words):
        return False
    if any(not word[:1].isupper() for i, word in enumerate(words) if i not in joined):
        return False
    known = _dictionary_words(words, joined)
    return _joins_names(words, joined, known) and all(
        _starts_a_name(text, tokens, i, joined) for i in known
    )


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _dictionary_words(words: list[str], joined: list[int]) -> list[int]:
    """Where the capitalised words the dictionary knows, or the peoples' adjectives, are:
    the words that may be English in Title Case rather than names."""
    knows, people = source().morphology.knows, _name_words("demonyms")
    return [
        i
        for i, word in enumerate(words)
        if i not in joined and (_known(knows, word) or word in people)
    ]


def _joins_names(words: list[str], joined: list[int], known: list[int]) -> bool:
    """Whether each joiner stands between two capitalised words, one of them a name the
    dictionary lacks ("Search and Replace", "Uzbek and Tajik" are English), and there are
    no more dictionary words than such names."""
    if 2 * len(known) > len(words) - len(joined):
        return False
    return all(
        0 < i < len(words) - 1
        and not {i - 1, i + 1} & set(joined)
        and not {i - 1, i + 1} <= set(known)
        for i in joined
    )


def _starts_a_name(text: str, tokens: list[tuple[int, str]], i: int, joined: list[int]) -> bool:
    """Whether the word at `i` is a name's first word: first in the text, after a joiner, or
    after punctuation that parts two names. After a name's first word a dictionary word is
    English in Title Case ("Tom and Jerry Show", "Central Asians Back Moscow Voters")."""
    if i == 0 or i - 1 in joined:
        return True
    start, word = tokens[i - 1]
    return not _SAME_NAME.fullmatch(text[start + len(word) : tokens[i][0]])


def _beside_names(text: str, found: Identification) -> Identification:
    """What a word or two of the source left beside names are: identification of so few
    words may say "other" or be unsure ("plebiscite" reads as "other") where the whole text,
    names and all, reads as the source ("1920 Carinthian plebiscite")."""
    if found.code != OTHER and found.confidence >= MIN_CONFIDENCE:
        return found
    whole = identify(text)
    return whole if whole.code == source().code else found


def _source_mixed(found: Identification, words: list[str], column: str) -> bool:
    """Whether the words left, read as the source, have a word in the column's script:
    English left untranslated is in English's letters, and a word of the column's script
    beside English ones is a translation that kept a key's or a product's name in Latin
    letters (Ukrainian "Поведінка Alt і Win": its first word, capitalised, went out as a
    name, leaving "Alt і Win"), so the whole text, that word too, is read instead. A letter
    of a third script is a symbol (π in "multiples of π")."""
    alphabet = _own_script(column)
    if found.code != source().code or not alphabet:
        return False
    return any(_in_script(word, alphabet) for word in words)


@lru_cache(maxsize=8)  # one per column's language
def _own_script(column: str) -> str:
    """The alphabet of the column's language when its script is not the source's (Kyrgyz's,
    Cyrillic), else none: a Latin-script column's words are English's letters too."""
    alphabet = get(column).alphabet
    return "" if _in_script(source().alphabet, alphabet) else alphabet


@register
class WrongLanguage(Check):
    id = "wrong-language"
    name = "Translation not in its column's language"
    description = (
        "The translation reads as another language: English left untranslated, Russian or "
        "Kazakh in the Kyrgyz column. Names and numbers alone never count; needs a translator."
    )
    severity = "error"

    def fingerprint(self) -> str:
        """Its rules (this module and what it imports: identification, the glossary matching)
        and the identifier's, with the versions of the models behind it."""
        return f"{super().fingerprint()}@{fingerprint()}"

    def marker(self, finding: Finding) -> str:
        """The language it reads as, from the message (the one place a finding keeps it)."""
        read_as = _READS_AS.search(finding.message)
        return f"wrong language: {read_as.group(1)}" if read_as else "wrong language"

    def glossary_input(self, sentence: TranslatedSentence) -> tuple[str, ...]:
        """The words left: the glossary only takes names out, most of them capitalised and
        out anyway, so most glossary edits leave the findings as they were."""
        return tuple(words_left(sentence))

    def run(self, sentence: TranslatedSentence) -> list[Finding]:
        words = words_left(sentence)
        if len(words) < MIN_WORDS and not _source_left(sentence.translation, words):
            return []
        if _names_alone(sentence.translation):
            return []
        found = identify(" ".join(words))
        if len(words) < MIN_WORDS:
            found = _beside_names(sentence.translation, found)
        if _source_mixed(found, words, sentence.lang):
            found = identify(sentence.translation)
        if (
            found.code in (sentence.lang, OTHER)
            or sentence.lang in found.alike
            or found.confidence < MIN_CONFIDENCE
        ):
            return []
        message = (
            f"The {sentence.label} column reads as {language_name(found.code)} "
            f"(confidence {found.confidence:.2f}): translate it into {sentence.label}."
        )
        return [sentence.text_finding(self, "language", message)]
