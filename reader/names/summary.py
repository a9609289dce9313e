"""What the `names` listing needs of one article, so the listing of an archive is a merge of
per-article parts and an edited article costs its own part only.

A summary holds, for one article's content sentences and their current translations: each
name (lemma) in order of first appearance with the kind of its last mention, its count and
written forms per language, the examples a listing could show of it, the texts of those
examples' sentences, and the lemmas each sentence names per language (what the
aligned-sentence evidence counts). Examples are kept up to what choosing a group's examples
can use (`MAX_EXAMPLES`): the first of each spelling, and the first few others.

A thousand summaries are read for every listing, so they are plain JSON lists with
sentences and names referred to by position: far fewer objects to decode than a mention each.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby, islice

from reader.names.extract import ArticleMention
from reader.names.qualified_mentions import attach

MAX_EXAMPLES = 5  # examples a group shows

# One name of an article: [lemma, kind, forms, refs]. forms: a list per language,
# [lang, count, written form, written form...] (written forms in order of first appearance);
# refs: the examples kept, in text order, as flat pairs (sentence position, spelling
# position), a spelling position counting the forms' written forms in order.
Name = list


@dataclass(frozen=True)
class ArticleSummary:
    article_id: str
    sentence_ids: list[str]  # the sentences referred to by position
    names: list[Name]  # in order of first appearance
    sentences: list  # flat: sentence position, lang, [the lemmas it names]...
    texts: list  # flat: sentence position, lang, text... of the examples kept

    def to_json(self) -> str:
        fields = [self.article_id, self.sentence_ids, self.names, self.sentences, self.texts]
        return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, strings: dict[str, str] | None = None) -> ArticleSummary:
        """The summary `to_json` wrote; with `strings`, its names, languages, kinds and
        spellings taken from there (and added), one object per distinct string across
        the summaries read with it: JSON makes one per mention, and a listing holds the
        names of a thousand summaries through grouping (twice the memory)."""
        summary = cls(*json.loads(text))
        if strings is not None:
            summary._share(strings)
        return summary

    def _share(self, strings: dict[str, str]) -> None:
        one = strings.setdefault
        for name in self.names:
            name[0], name[1] = one(name[0], name[0]), one(name[1], name[1])
            for form in name[2]:
                form[0] = one(form[0], form[0])
                form[2:] = [one(w, w) for w in islice(form, 2, None)]
        flat = self.sentences
        for i in range(1, len(flat), 3):
            flat[i] = one(flat[i], flat[i])
            flat[i + 1] = [one(lemma, lemma) for lemma in flat[i + 1]]

    def sentence_lemmas(self) -> Iterator[tuple[str, str, list[str]]]:
        """(sentence id, lang, the lemmas it names) of each sentence naming any."""
        ids, flat = self.sentence_ids, self.sentences
        for i in range(0, len(flat), 3):
            yield ids[flat[i]], flat[i + 1], flat[i + 2]

    @functools.cached_property
    def _texts(self) -> dict[tuple[str, str], str]:
        flat = self.texts
        return {
            (self.sentence_ids[flat[i]], flat[i + 1]): flat[i + 2] for i in range(0, len(flat), 3)
        }

    def text(self, sentence_id: str, lang: str) -> str:
        """The text of a sentence of an example kept ("" if none)."""
        return self._texts.get((sentence_id, lang), "")


def summarize(
    article_id: str, mentions: Sequence[ArticleMention], texts: dict[tuple[str, str, str], str]
) -> ArticleSummary:
    """The summary of one article's mentions (in text order); `texts` maps (article,
    sentence, lang) to the sentence, as `group_mentions` takes it."""
    mentions = _qualified(article_id, mentions, texts)
    sentence_at: dict[str, int] = {}
    name_at: dict[str, int] = {}
    kinds: dict[str, str] = {}
    forms: dict[str, dict[str, list]] = defaultdict(dict)  # lemma: {lang: [lang, n, written...]}
    refs: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    named: dict[tuple[int, str], dict[str, None]] = {}
    for m in mentions:
        lemma, lang, written = m.mention.lemma, m.lang, m.mention.text
        s = sentence_at.setdefault(m.sentence_id, len(sentence_at))
        name_at.setdefault(lemma, len(name_at))
        kinds[lemma] = m.mention.kind
        form = forms[lemma].setdefault(lang, [lang, 0])
        form[1] += 1
        if written not in form[2:]:
            form.append(written)
        refs[lemma].append((s, lang, written))
        named.setdefault((s, lang), {})[lemma] = None
    names: list[Name] = []
    shown: dict[tuple[int, str], None] = {}
    for lemma in name_at:
        by_lang = list(forms[lemma].values())
        spelling = {(f[0], w): i for i, (f, w) in enumerate((f, w) for f in by_lang for w in f[2:])}
        kept = _kept(refs[lemma])
        shown.update(((s, lang), None) for s, lang, _ in kept)
        flat = [x for s, lang, w in kept for x in (s, spelling[(lang, w)])]
        names.append([lemma, kinds[lemma], by_lang, flat])
    sentence_ids = list(sentence_at)
    sentences = [x for (s, lang), lemmas in named.items() for x in (s, lang, list(lemmas))]
    text_rows = [
        x
        for s, lang in shown
        for x in (s, lang, texts.get((article_id, sentence_ids[s], lang), ""))
    ]
    return ArticleSummary(article_id, sentence_ids, names, sentences, text_rows)


def _qualified(
    article_id: str, mentions: Sequence[ArticleMention], texts: dict[tuple[str, str, str], str]
) -> list[ArticleMention]:
    """The mentions, each place's joined with the country or region that follows it in its
    sentence (`qualified_mentions`: Хоргосе (Китай) is one name, Хоргос (Китай)). Done here,
    where the listing's rules are, not in extraction, whose stored mentions an edit of the
    gazetteer or the romanization would otherwise have every archive extract again."""
    out: list[ArticleMention] = []
    for (sentence_id, lang), same in groupby(mentions, key=lambda m: (m.sentence_id, m.lang)):
        run = list(same)
        text = texts.get((article_id, sentence_id, lang))
        if text is None or len(run) < 2:
            out.extend(run)
            continue
        joined = attach(text, [m.mention for m in run])
        out.extend(ArticleMention(article_id, sentence_id, lang, m) for m in joined)
    return out


def _kept(refs: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The examples choosing can use, in order: the first of each (language, spelling), and
    every one up to the MAX_EXAMPLES-th that is none of those (the ones added when there are
    fewer spellings than examples shown)."""
    firsts: dict[tuple[str, str], int] = {}
    for i, (_, lang, written) in enumerate(refs):
        firsts.setdefault((lang, written), i)
    first_at = set(firsts.values())
    first_refs = {refs[i] for i in first_at}
    out = []
    others = 0
    for i, ref in enumerate(refs):
        if others < MAX_EXAMPLES:
            out.append(ref)
            others += ref not in first_refs
        elif i in first_at:
            out.append(ref)
    return out
