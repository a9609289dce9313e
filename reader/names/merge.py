"""The counts the `names` listing is made of, kept between listings so that a listing after
one article changed adds that article's summary and subtracts its old one instead of
merging a thousand summaries again.

What the merge counts is kept by name and by article: each name's part of each article
(counts, spellings, examples kept), each sentence's names per language with how many
articles name them (wire copy repeats a sentence in many articles), and the aligned-sentence
pair counts per target language. What depends on the whole archive (the order of first
mention, each name's kind, the spellings' order, the examples) is derived from these counts
at every listing, so a listing from kept counts and one from all summaries are made by the
same code from the same counts. The best links of a language (Dice and G2 depend on all
its pairs) are kept with them until an edit changes that language's pair counts.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass, field

from reader.lang import source_code
from reader.names.evidence import Link, best_of_counted
from reader.names.summary import ArticleSummary

_SOURCE = source_code()

# One name's part of one article: [its position among the article's names, kind, forms,
# refs], forms and refs as its summary has them (`reader.names.summary.Name`).
Part = list
# Per target language: [aligned sentence pairs, {English lemma: pairs}, {target lemma:
# pairs}, {English lemma: {target lemma: pairs with both}}].
PairCounts = list
# (sentence id, language, form as written): an example kept of a name's part.
ExampleRef = tuple[str, str, str]
# (article id, sentence id, lang) -> the sentence, for the examples shown.
TextLookup = Callable[[str, str, str], str]
# A group as last listed: [label, names, forms as (lemma, lang, count, spellings), examples
# as (article id, sentence id, lang, form), its listing line ("" if it had links)].
KeptGroup = list


class StaleCounts(Exception):
    """Kept counts that cannot give the listing of the current articles."""


@dataclass
class MergeCounts:
    """The merge's counts of the articles `articles` ({id: summary key}, in merge order)."""

    articles: dict[str, str] = field(default_factory=dict)
    # article id: [its sentence ids (summary positions), its summary's sentence rows], or
    # as kept (`marshal`'s bytes) until first asked for (`rows`): a listing after an edit
    # reads those of the articles changed and of the examples it makes again, not all
    sentence_rows: dict[str, list | bytes] = field(default_factory=dict)
    names: dict[str, dict[str, Part]] = field(default_factory=dict)  # lemma: {article: part}
    # sentence id: {lang: {lemma: articles naming it there}}
    sentences: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    pairs: dict[str, PairCounts] = field(default_factory=dict)
    # the texts of the examples last shown: {article id: {"sentence id\tlang": text}}
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    # {lang: the best links of its pair counts (`Link` fields)}, of the languages whose
    # counts did not change since they were scored
    links: dict[str, list[tuple]] = field(default_factory=dict)
    # the groups last listed from these counts that a listing can take again while none of
    # their names changed: {group key: `KeptGroup`}
    groups: dict[str, list] = field(default_factory=dict)
    # not kept: the names whose parts `update` subtracted or added since the counts were read
    touched: set[str] = field(default_factory=set)

    @classmethod
    def of(
        cls, summaries: Iterable[ArticleSummary], keys: dict[str, str] | None = None
    ) -> MergeCounts:
        """The counts of these summaries, in order (`keys` their summary keys)."""
        counts = cls()
        keys = keys or {}
        for summary in summaries:
            counts._add(summary, keys.get(summary.article_id, ""), None)
        for by_lang in counts.sentences.values():
            counts._count_pairs(_named(by_lang), 1)
        return counts

    def update(
        self, gone: Iterable[str], made: Sequence[ArticleSummary], keys: dict[str, str]
    ) -> None:
        """Subtract the articles `gone` (removed, or changed: then among `made` too), add the
        summaries `made`, and take the order of `keys` (every article's summary key)."""
        before: dict[str, dict[str, frozenset[str]]] = {}
        touched: set[str] = set()
        for article_id in gone:
            touched.update(self._remove(article_id, before))
        if list(self.articles) != [i for i in keys if i in self.articles]:
            raise StaleCounts("the articles counted are in another order")
        for summary in made:
            touched.update(self._add(summary, keys[summary.article_id], before))
        self.touched |= touched
        for sentence_id, old in before.items():
            new = _named(self.sentences.get(sentence_id, {}))
            if new != old:
                self._count_pairs(old, -1)
                self._count_pairs(new, 1)
                for lang in old.keys() | new.keys():  # its links to be scored again
                    self.links.pop(lang, None)
        self._reorder(keys, touched)

    def _reorder(self, keys: dict[str, str], touched: set[str]) -> None:
        """Articles in the order of `keys`, and the touched names' parts in that order (an
        untouched name's parts keep their order: articles only come and go around them)."""
        if set(keys) != set(self.articles) or any(keys[i] != k for i, k in self.articles.items()):
            raise StaleCounts("the counts are not of the current articles")
        self.articles = dict(keys)
        at = {article_id: n for n, article_id in enumerate(keys)}
        for lemma in touched:
            if parts := self.names.get(lemma):
                self.names[lemma] = dict(sorted(parts.items(), key=lambda item: at[item[0]]))

    def _add(
        self,
        summary: ArticleSummary,
        key: str,
        before: dict[str, dict[str, frozenset[str]]] | None,
    ) -> list[str]:
        article_id = summary.article_id
        if article_id in self.articles:
            raise StaleCounts(f"{article_id} counted twice")
        self.articles[article_id] = key
        self.sentence_rows[article_id] = [summary.sentence_ids, summary.sentences]
        lemmas = []
        for pos, (lemma, kind, forms, refs) in enumerate(summary.names):
            self.names.setdefault(lemma, {})[article_id] = [pos, kind, forms, refs]
            lemmas.append(lemma)
        for sentence_id, lang, named in summary.sentence_lemmas():
            by_lang = self.sentences.setdefault(sentence_id, {})
            if before is not None and sentence_id not in before:
                before[sentence_id] = _named(by_lang)
            counted = by_lang.setdefault(lang, {})
            for lemma in named:
                counted[lemma] = counted.get(lemma, 0) + 1
        return lemmas

    def _remove(self, article_id: str, before: dict[str, dict[str, frozenset[str]]]) -> list[str]:
        if article_id not in self.articles:
            raise StaleCounts(f"{article_id} not counted")
        del self.articles[article_id]
        self.texts.pop(article_id, None)
        sentence_ids, rows = self.rows(article_id)
        del self.sentence_rows[article_id]
        for i in range(0, len(rows), 3):
            sentence_id, lang = sentence_ids[rows[i]], rows[i + 1]
            by_lang = self.sentences[sentence_id]
            before.setdefault(sentence_id, _named(by_lang))
            counted = by_lang[lang]
            for lemma in rows[i + 2]:
                if counted[lemma] == 1:
                    del counted[lemma]
                else:
                    counted[lemma] -= 1
            if not counted:
                del by_lang[lang]
            if not by_lang:
                del self.sentences[sentence_id]
        lemmas = []
        for lemma, parts in list(self.names.items()):
            if parts.pop(article_id, None) is not None:
                lemmas.append(lemma)
                if not parts:
                    del self.names[lemma]
        return lemmas

    def _count_pairs(self, by_lang: dict[str, frozenset[str]], step: int) -> None:
        """Count (or uncount, `step` -1) one sentence's aligned pairs: the English names
        against each target language's, where both name someone."""
        english = by_lang.get(_SOURCE)
        if not english:
            return
        for lang, targets in by_lang.items():
            if lang == _SOURCE or not targets:
                continue
            counts = self.pairs.setdefault(lang, [0, {}, {}, {}])
            counts[0] += step
            _step(counts[1], english, step)
            _step(counts[2], targets, step)
            both = counts[3]
            for s in english:
                _step(both.setdefault(s, {}), targets, step)
                if not both[s]:
                    del both[s]

    def counted_pairs(
        self, langs: Iterable[str] | None = None
    ) -> Iterator[tuple[str, int, dict[tuple[str, str], tuple]]]:
        """Per target language (of `langs`, all by default), as `reader.names.evidence`
        scores them: the aligned pairs, and (both, English, target) of each (English lemma,
        target lemma) seen together."""
        for lang in sorted(self.pairs) if langs is None else langs:
            n, sources, targets, both = self.pairs[lang]
            yield (
                lang,
                n,
                {
                    (s, t): (k, sources[s], targets[t])
                    for s, partners in both.items()
                    for t, k in partners.items()
                },
            )

    def best_links(self) -> list[Link]:
        """`best_of_counted` of the pair counts, per target language: scored again only for
        a language whose counts changed since its links were (an article without
        translations, or with wire copy's, changes none), as scoring every pair an
        archive's aligned sentences hold takes half a second."""
        langs = sorted(self.pairs)
        for counted in self.counted_pairs([lang for lang in langs if lang not in self.links]):
            self.links[counted[0]] = [astuple(link) for link in best_of_counted([counted])]
        return [Link(*fields) for lang in langs for fields in self.links[lang]]

    def first_mentions(self) -> list[str]:
        """The names in order of first mention: by article, then within it."""
        at = {article_id: n for n, article_id in enumerate(self.articles)}

        def first(lemma: str) -> tuple[int, int]:
            article_id, part = next(iter(self.names[lemma].items()))
            return at[article_id], part[0]

        return sorted(self.names, key=first)

    def kind(self, lemma: str) -> str:
        """The kind of the name's last mention (its last article's)."""
        return next(reversed(self.names[lemma].values()))[1]

    def rows(self, article_id: str) -> list:
        """An article's [sentence ids, sentence rows], read from its kept bytes once."""
        found = self.sentence_rows[article_id]
        if isinstance(found, bytes):
            found = self.sentence_rows[article_id] = marshal.loads(found)
        return found

    def article_names(self, article_id: str) -> set[str]:
        """The names an article names (each in some sentence of it)."""
        rows = self.rows(article_id)[1]
        return {lemma for i in range(2, len(rows), 3) for lemma in rows[i]}

    def examples(self, article_id: str, part: Part) -> Iterator[ExampleRef]:
        """(sentence id, lang, form as written) of the examples kept of one name's part."""
        sentence_ids = self.rows(article_id)[0]
        spellings = [(form[0], written) for form in part[2] for written in form[2:]]
        refs = part[3]
        for i in range(0, len(refs), 2):
            lang, written = spellings[refs[i + 1]]
            yield sentence_ids[refs[i]], lang, written

    def to_bytes(self) -> bytes:
        """The counts as kept: in `marshal`'s format, read back in two thirds of the time
        JSON took and written in a quarter (27 MB at 1,000 articles, read at every listing
        after an edit); only ever read by this code, under a hash of it (`from_bytes` of
        another Python's may fail, and the counts are then made anew)."""
        fields = [
            self.articles,
            {
                i: r if isinstance(r, bytes) else marshal.dumps(r)
                for i, r in self.sentence_rows.items()
            },
            self.names,
            self.sentences,
            self.pairs,
            self.texts,
            self.links,
            self.groups,
        ]
        return marshal.dumps(fields)

    @classmethod
    def from_bytes(cls, data: bytes) -> MergeCounts:
        """The counts `to_bytes` kept (TypeError, ValueError or EOFError if not such)."""
        articles, sentence_rows, names, sentences, pairs, texts, links, groups = marshal.loads(data)
        return cls(articles, sentence_rows, names, sentences, pairs, texts, links, groups)


def _named(by_lang: dict[str, dict[str, int]]) -> dict[str, frozenset[str]]:
    """The names a sentence names per language (those some article counts there)."""
    return {lang: frozenset(counted) for lang, counted in by_lang.items() if counted}


def _step(counts: dict[str, int], keys: Iterable[str], step: int) -> None:
    for key in keys:
        n = counts.get(key, 0) + step
        if n:
            counts[key] = n
        else:
            del counts[key]
