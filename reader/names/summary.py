"""What the `names` listing needs of one article, so the listing of an archive is a merge of
per-article parts and an edited article costs its own part only.

A summary holds, for one article's content sentences and their current translations: each
name (lemma) in order of first appearance with the kind of its last mention, the count and
written forms of each (lemma, language), the examples a listing could show of each lemma,
the texts of those examples' sentences, and the lemmas each sentence names per language
(what the aligned-sentence evidence counts). Examples are kept up to what choosing a group's
examples can use (`MAX_EXAMPLES`): the first of each spelling, and the first few others.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reader.names.extract import ArticleMention

MAX_EXAMPLES = 5  # examples a group shows

# (sentence id, language, form as written)
ExampleRef = tuple[str, str, str]


@dataclass(frozen=True)
class ArticleSummary:
    article_id: str
    lemmas: list[tuple[str, str]]  # (lemma, kind of its last mention), first appearance first
    forms: list[tuple[str, str, int, list[str]]]  # (lemma, lang, count, written forms in order)
    examples: list[tuple[str, list[ExampleRef]]]  # (lemma, its examples kept, in text order)
    texts: list[tuple[str, str, str]]  # (sentence id, lang, text) of the examples kept
    sentences: list[tuple[str, list[tuple[str, list[str]]]]]  # (sentence id, [(lang, lemmas)])

    def to_json(self) -> str:
        return json.dumps(
            [self.article_id, self.lemmas, self.forms, self.examples, self.texts, self.sentences],
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ArticleSummary:
        return cls(*json.loads(text))


def summarize(
    article_id: str, mentions: Sequence[ArticleMention], texts: dict[tuple[str, str, str], str]
) -> ArticleSummary:
    """The summary of one article's mentions (in text order); `texts` maps (article,
    sentence, lang) to the sentence, as `group_mentions` takes it."""
    kinds: dict[str, str] = {}
    counts: Counter[tuple[str, str]] = Counter()
    written: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    examples: dict[str, list[ExampleRef]] = defaultdict(list)
    sentences: dict[str, dict[str, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
    for m in mentions:
        lemma, lang = m.mention.lemma, m.lang
        kinds[lemma] = m.mention.kind
        counts[(lemma, lang)] += 1
        written[(lemma, lang)][m.mention.text] = None
        examples[lemma].append((m.sentence_id, lang, m.mention.text))
        sentences[m.sentence_id][lang][lemma] = None
    kept = [(lemma, _kept(refs)) for lemma, refs in examples.items()]
    shown = {(sid, lang) for _, refs in kept for sid, lang, _ in refs}
    return ArticleSummary(
        article_id,
        [(lemma, kinds[lemma]) for lemma in examples],
        [(lemma, lang, n, list(written[(lemma, lang)])) for (lemma, lang), n in counts.items()],
        kept,
        [(sid, lang, texts.get((article_id, sid, lang), "")) for sid, lang in sorted(shown)],
        [(sid, [(lang, list(lemmas)) for lang, lemmas in by_lang.items()])
         for sid, by_lang in sentences.items()],
    )


def _kept(refs: list[ExampleRef]) -> list[ExampleRef]:
    """The examples choosing can use, in order: the first of each (language, spelling), and
    every one up to the MAX_EXAMPLES-th that is none of those (the ones added when there are
    fewer spellings than examples shown)."""
    firsts: dict[tuple[str, str], int] = {}
    for i, (_, lang, form) in enumerate(refs):
        firsts.setdefault((lang, form), i)
    first_at = set(firsts.values())
    first_refs = {refs[i] for i in first_at}
    out: list[ExampleRef] = []
    others = 0
    for i, ref in enumerate(refs):
        if others < MAX_EXAMPLES:
            out.append(ref)
            others += ref not in first_refs
        elif i in first_at:
            out.append(ref)
    return out
