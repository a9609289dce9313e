"""Parallel evidence: names that translate each other in aligned sentences.

Spelling rules cannot link Moscow and Москва, Kremlin and Кремль, Russia and Орусия, but a
translation says so sentence after sentence: the English name and its translation occur in
the same aligned sentence pairs, and seldom apart. Over the sentence pairs of one target
language, each (English lemma, target lemma) pair is counted and scored with Dice
(2·both / (English + target)) and Dunning's log-likelihood G2; a pair links when it occurs
together in at least `MIN_SUPPORT` distinct sentences, its Dice reaches `MIN_DICE`, and each
is the other's only best partner, so one sentence (however many articles repeat it) never
links two names and a frequent name never collects every name it happens to stand beside.
The thresholds are measured on the bundled corpus and a synthetic archive
(`tests/data/name_evidence.json`, benchmarks/NAMES.md).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from reader.lang import source_code
from reader.names.extract import ArticleMention

MIN_SUPPORT = 2  # distinct aligned sentences with both names
MIN_DICE = 0.5

_SOURCE = source_code()


@dataclass(frozen=True)
class Link:
    """An English name and a name of one target language, counted over aligned sentences."""

    source: str  # the English lemma ("Moscow")
    target: str  # the target lemma ("Москва")
    lang: str  # the target's language
    together: int  # aligned sentence pairs with both
    source_count: int  # aligned sentence pairs with the English name
    target_count: int  # aligned sentence pairs with the target name
    dice: float
    g2: float

    @property
    def strong(self) -> bool:
        return self.together >= MIN_SUPPORT and self.dice >= MIN_DICE

    def describe(self) -> str:
        return (
            f"linked to {self.source} in {self.together} aligned sentences "
            f"(Dice {self.dice:.2f}, G2 {self.g2:.1f})"
        )

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "target": self.target,
            "lang": self.lang,
            "sentences": self.together,
            "dice": round(self.dice, 3),
            "g2": round(self.g2, 1),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Link:
        """A link as listed (`as_dict`): what a page shows of it. The counts of each name
        alone are not listed, so they come back as 0."""
        return cls(
            data["source"],
            data["target"],
            data["lang"],
            data["sentences"],
            0,
            0,
            data["dice"],
            data["g2"],
        )


# {sentence id: {language: the lemmas it names}}
SentenceLemmas = Mapping[str, Mapping[str, Collection[str]]]


def sentence_lemmas(mentions: Iterable[ArticleMention]) -> dict[str, dict[str, set[str]]]:
    """The lemmas each sentence names per language. Sentences are told apart by id, a hash
    of their text: wire copy repeated in many articles counts once."""
    lemmas: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        lemmas[m.sentence_id][m.lang].add(m.mention.lemma)
    return lemmas


def cooccurrences(mentions: Iterable[ArticleMention]) -> list[Link]:
    """Every (English lemma, target lemma) pair seen in one aligned sentence pair, scored."""
    return scored_pairs(sentence_lemmas(mentions))


def scored_pairs(lemmas: SentenceLemmas) -> list[Link]:
    """`cooccurrences` of the lemmas each sentence names."""
    return [
        Link(s, t, lang, k, a, b, 2 * k / (a + b), _g2(k, a, b, n))
        for lang, n, pairs in _counted(lemmas)
        for (s, t), (k, a, b) in pairs.items()
    ]


def _counted(lemmas: SentenceLemmas) -> Iterator[tuple[str, int, dict[tuple[str, str], tuple]]]:
    """Per target language: how many aligned sentence pairs, and for each (English lemma,
    target lemma) seen together the pairs with both, with the English, with the target.

    An aligned pair is a sentence with names in English and in the target's text: a sentence
    whose translation names nobody says nothing of which name translates which.
    """
    for lang in sorted({lang for by_lang in lemmas.values() for lang in by_lang} - {_SOURCE}):
        pairs = [
            (by_lang[_SOURCE], by_lang[lang])
            for by_lang in lemmas.values()
            if by_lang.get(_SOURCE) and by_lang.get(lang)
        ]
        sources = Counter(s for english, _ in pairs for s in english)
        targets = Counter(t for _, translated in pairs for t in translated)
        both = Counter((s, t) for english, translated in pairs for s in english for t in translated)
        yield lang, len(pairs), {(s, t): (k, sources[s], targets[t]) for (s, t), k in both.items()}


def links(mentions: Iterable[ArticleMention]) -> list[Link]:
    """The strong pairs that are each other's only best partner in their language."""
    return best_links(sentence_lemmas(mentions))


def best_links(lemmas: SentenceLemmas) -> list[Link]:
    """`links` of the lemmas each sentence names. A tie is no evidence: names that always
    stand in the same sentences (Mirbek Kasymov and the Moscow City Duma he comments on)
    cannot tell which translation is which. Only the links kept are scored in full (G2):
    an archive pairs a hundred thousand names."""
    return best_of_counted(_counted(lemmas))


def best_of_counted(counted: Iterable[tuple[str, int, dict[tuple[str, str], tuple]]]) -> list[Link]:
    """`best_links` of pairs already counted: per target language, the aligned sentence
    pairs and (both, English, target) of each pair of names seen together."""
    out: list[Link] = []
    for lang, n, pairs in counted:
        best_target: dict[str, tuple[tuple[float, int], str | None]] = {}
        best_source: dict[str, tuple[tuple[float, int], str | None]] = {}
        for (s, t), (k, a, b) in pairs.items():
            rank = (2 * k / (a + b), k)
            _rival(best_target, s, rank, t)
            _rival(best_source, t, rank, s)
        for (s, t), (k, a, b) in pairs.items():
            dice = 2 * k / (a + b)
            if (
                k >= MIN_SUPPORT
                and dice >= MIN_DICE
                and best_target[s][1] == t
                and best_source[t][1] == s
            ):
                out.append(Link(s, t, lang, k, a, b, dice, _g2(k, a, b, n)))
    return out


def _rival(
    best: dict[str, tuple[tuple[float, int], str | None]],
    name: str,
    rank: tuple[float, int],
    partner: str,
) -> None:
    """Count `partner` at `rank` among the candidates of `name`: the best so far, or a tie
    with it (then no partner is best)."""
    held = best.get(name)
    if held is None or rank > held[0]:
        best[name] = (rank, partner)
    elif rank == held[0]:
        best[name] = (rank, None)


def _g2(k: int, a: int, b: int, n: int) -> float:
    """Dunning's log-likelihood ratio of the 2x2 table: both, one without the other, neither."""
    cells = ((k, a, b), (a - k, a, n - b), (b - k, n - a, b), (n - a - b + k, n - a, n - b))
    return 2 * sum(o * math.log(o * n / (row * col)) for o, row, col in cells if o > 0)
