"""Carrying a case ending from a deprecated name form to the preferred one, or refusing.

The language's morphology moves the ending (`reader.lang.LANG.morphology`); this module
handles names of several words. None means "not safe": the check then reports the finding
for a person instead of fixing it, since an automatic fix never guesses.
"""

from __future__ import annotations

import re

from reader import lang as languages


def transfer_ending(old_word: str, old_base: str, new_base: str, lang: str) -> str | None:
    """`new_base` in the form `old_word` has of `old_base`; None when that is not safe.

    Джапарова (of Джапаров) -> Жапарова; Kyrgyz Иссык-Кулдун -> Ысык-Көлдүн, the suffix in the
    new base's harmony. Capitalisation follows `old_word`.
    """
    return languages.get(lang).morphology.transfer(old_word, old_base, new_base)


def transfer_phrase(found: str, old_form: str, new_form: str, lang: str) -> str | None:
    """`transfer_ending` word by word for names of several words (Садыра Джапарова).

    The spaces of `found` are kept. When the new form has more words than the old one, the
    extra leading words are added as written, which is right where only the last word takes
    endings (Kyrgyz, English) and in Russian only for an uninflected name; fewer words: None.
    """
    morphology = languages.get(lang).morphology
    parts = re.split(r"(\s+)", found.strip())
    words, spaces = parts[0::2], parts[1::2]
    old_words, new_words = old_form.split(), new_form.split()
    if len(words) != len(old_words) or len(new_words) < len(old_words):
        return None
    extra = new_words[: len(new_words) - len(old_words)]
    tail = new_words[len(extra) :]
    if extra and morphology.every_word_inflects:
        splits = [morphology.split_ending(w, b) for w, b in zip(words, old_words, strict=True)]
        if any(s != ("", "") for s in splits):
            return None
    out = []
    for word, old, new in zip(words, old_words, tail, strict=True):
        moved = morphology.transfer(word, old, new)
        if moved is None:
            return None
        out.append(moved)
    text = out[0]
    for space, word in zip(spaces, out[1:], strict=True):
        text += space + word
    return " ".join([*extra, text])
