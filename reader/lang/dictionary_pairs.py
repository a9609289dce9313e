"""Which of a language and its look-alike writes a text's words, when both have a dictionary
(Russian's pymorphy3 and Ukrainian's): the voters often give a short Russian text to
Ukrainian ("Задний фон", "Архив TAR": Ukrainian writes задній, архів), or to
"other". A word one dictionary knows and the other does not speaks for the first; when the
text's words speak only for one of the two and the other knows at most half of them, the
other's score goes to it (`identify.Identifier` asks only when the votes leave it unsure).
For the look-alike only words in lower case speak: its dictionary knows names the
language's lacks (Теркс, Брайля). A capitalised word a dictionary has only as a name is none
of its words: the first word of a text is capitalised whatever it is (Корень).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.lang.base import Language, LookAlike, Morphology

# A word this short says little: an abbreviation, a preposition both write (на, за, до).
_MIN_LETTERS = 3


def has_dictionary(language: Language | LookAlike) -> bool:
    return type(language.morphology).knows is not Morphology.knows


def pairs(languages: Iterable[Language | LookAlike]) -> list[tuple[str, str]]:
    """The (language, look-alike) codes of `languages` whose both have a dictionary."""
    found = []
    for language in languages:
        for alike in getattr(language, "look_alikes", ()):
            if has_dictionary(language) and has_dictionary(alike):
                found.append((language.code, alike.code))
    return found


def weigh(
    pair: tuple[str, str],
    words: list[str],
    morphology: dict[str, Morphology],
    scores: dict[str, float],
    move: Callable[[dict[str, float], str, str], None],
) -> None:
    """Move the score of whichever of `pair` the words do not speak for to the one they do
    (`speaks_for`), if the latter does not lead already."""
    winner = speaks_for(pair, words, morphology)
    if winner is None:
        return
    loser = pair[1] if winner == pair[0] else pair[0]
    if scores[loser] > 0 and max(scores, key=scores.__getitem__) != winner:
        move(scores, loser, winner)


def speaks_for(
    pair: tuple[str, str], words: list[str], morphology: dict[str, Morphology]
) -> str | None:
    """The one of `pair` that the words speak for: some words only its dictionary knows (in
    any reading: that Russian's takes прокрутку after an unknown word for a Kyrgyz
    possessive says nothing of Ukrainian), none only the other's, it knows more than half
    of them and the other at most half. Compounds are left out (dictionaries have few:
    слайд-шоу)."""
    plain = [w for w in words if len(w) >= _MIN_LETTERS and "-" not in w]
    if not plain:
        return None
    known = {code: [_common_word(morphology[code], w) for w in plain] for code in pair}
    alike_may = [w.islower() for w in plain]
    only = {
        pair[0]: sum(a and not b for a, b in zip(known[pair[0]], known[pair[1]], strict=True)),
        pair[1]: sum(
            b and not a and may
            for a, b, may in zip(known[pair[0]], known[pair[1]], alike_may, strict=True)
        ),
    }
    for code, other in (pair, pair[::-1]):
        if (
            only[code]
            and not only[other]
            and sum(known[code]) * 2 > len(plain)
            and sum(known[other]) * 2 <= len(plain)
        ):
            return code
    return None


def _common_word(morphology: Morphology, word: str) -> bool:
    """Whether the dictionary knows `word`, a capitalised one as a word that may open a text
    (`knows_after` with nothing before it: not as a name alone, nor as Ukrainian's locative,
    which follows a preposition): Ukrainian's has Корень only as a surname, Russian's корень
    as a word ("Корень [Ctrl+R]" is Russian), while a surname both have only as names
    (Козлов) speaks for neither."""
    if word.islower():
        return morphology.knows(word)
    return morphology.knows(word) and morphology.knows_after("", word.casefold())
