"""Variant groups across the corpus: every name in the English sources and in the current
Russian and Kyrgyz texts, grouped by referent, with counts per language and examples.

This is what reviewers look at to choose one preferred form per language.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from reader.corpus import Article
from reader.lang import codes, source_code, target_codes
from reader.names.evidence import Link, links
from reader.names.extract import ArticleMention, extract_article_mentions
from reader.names.grouping import NameGroup, group
from reader.names.translit import name_keys

if TYPE_CHECKING:
    from reader.store.translations import TranslationStore

_SOURCE = source_code()  # the language texts are translated from

MAX_EXAMPLES = 5


class HasTranslations(Protocol):
    """What the names read of a Workspace: its translations. A protocol rather than the
    Workspace itself, which imports the article index, which finds names with this package."""

    translations: TranslationStore


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


@dataclass
class VariantGroup:
    key: str  # stable while the group's label keeps its spelling: remembers decisions
    label: str
    forms: list[VariantForm]
    examples: list[Example]

    @property
    def counts(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for f in self.forms:
            totals[f.lang] += f.count
        return dict(totals)

    @property
    def total(self) -> int:
        return sum(f.count for f in self.forms)

    def spellings(self, lang: str) -> list[str]:
        return [f.form for f in self.forms if f.lang == lang]

    @property
    def ambiguous(self) -> list[str]:
        """The full names this bare name may stand for (Sadyr Japarov, Akylbek Japarov)."""
        return sorted({name for f in self.forms for name in f.ambiguous})

    @property
    def inconsistent(self) -> bool:
        """Two spellings of the name's last word in one language (Japarov and Zhaparov):
        the work this tool exists for. A surname beside the full name is no inconsistency."""
        return any(
            len({form.split()[-1].casefold() for form in self.spellings(lang)}) > 1
            for lang in codes()
        )

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "label": self.label,
            "counts": self.counts,
            "inconsistent": self.inconsistent,
            "ambiguous": self.ambiguous,
            "forms": [f.as_dict() for f in self.forms],
            "examples": [e.__dict__ for e in self.examples],
        }


def article_mentions(ws: HasTranslations, article: Article) -> list[ArticleMention]:
    """Names in the article's English sentences and in their current translations."""
    translations = {}
    for lang in target_codes():
        states = ws.translations.article_states(article.id, lang)
        translations[lang] = {sid: s.head.text for sid, s in states.items() if s.head}
    return extract_article_mentions(article, translations)


def group_mentions(
    mentions: Iterable[ArticleMention], texts: dict[tuple[str, str, str], str]
) -> list[VariantGroup]:
    """Group mentions by referent; `texts` maps (article, sentence, lang) to the sentence."""
    mentions_list = list(mentions)
    kinds = {m.mention.lemma: m.mention.kind for m in mentions_list}
    langs: dict[str, set[str]] = defaultdict(set)
    for m in mentions_list:
        langs[m.mention.lemma].add(m.lang)
    # Organisations ("Офис Джинбекова") contain people's names: grouped apart, they cannot
    # make a surname look shared by two people.
    orgs = [lemma for lemma in langs if kinds[lemma] == "org"]
    others = [lemma for lemma in langs if kinds[lemma] != "org"]
    found, evidence = join_by_evidence([*group(others), *group(orgs)], links(mentions_list), langs)
    counts: dict[int, Counter[tuple[str, str]]] = defaultdict(Counter)
    written: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    examples: dict[tuple[int, str], list[Example]] = defaultdict(list)
    order: dict[int, list[str]] = {i: list(g.names) for i, g in enumerate(found)}
    for m, i in zip(mentions_list, _places(found, mentions_list), strict=True):
        lemma, lang = m.mention.lemma, m.lang
        counts[i][(lemma, lang)] += 1
        if m.mention.text not in written[(i, lemma, lang)]:
            written[(i, lemma, lang)].append(m.mention.text)
        if lemma not in order[i]:
            order[i].append(lemma)
        text = texts.get((m.article_id, m.sentence_id, lang), "")
        examples[(i, lemma)].append(
            Example(m.article_id, m.sentence_id, lang, m.mention.text, text)
        )
    groups = []
    for i, g in enumerate(found):
        if not counts[i]:  # a bare name whose every mention went to its article's full name
            continue
        forms = [
            VariantForm(
                lemma,
                lang,
                n,
                written[(i, lemma, lang)],
                evidence.get((lemma, lang), []),
                list(g.ambiguous),
            )
            for (lemma, lang), n in counts[i].items()
        ]
        forms.sort(key=lambda f: (codes().index(f.lang), -f.count, f.form))
        shown = spread_examples([e for name in order[i] for e in examples[(i, name)]])
        groups.append(VariantGroup(group_key(g.label), g.label, forms, shown))
    groups.sort(key=lambda g: (-g.inconsistent, -g.total, g.label))
    return groups


def _places(found: list[NameGroup], mentions: list[ArticleMention]) -> list[int]:
    """The group of each mention: its name's, except that a bare name ambiguous between full
    names (Japarov: Sadyr and Akylbek Japarov) goes to the one of them its article names, if
    its article names only one."""
    owner = {name: i for i, g in enumerate(found) for name in g.names}
    by_label = {g.label: i for i, g in enumerate(found)}
    named = {(m.article_id, owner[m.mention.lemma]) for m in mentions}
    out = []
    for m in mentions:
        i = owner[m.mention.lemma]
        fits = [
            by_label[label]
            for label in found[i].ambiguous
            if (m.article_id, by_label.get(label)) in named
        ]
        out.append(fits[0] if len(fits) == 1 else i)
    return out


def join_by_evidence(
    found: list[NameGroup], evidence: list[Link], langs: dict[str, set[str]]
) -> tuple[list[NameGroup], dict[tuple[str, str], list[Link]]]:
    """Join an English name's group and its translation's when aligned sentences link them
    (Moscow ~ Москва), strongest link first. Only a group with no English name joins one, so
    a link never chains two English names together, and a bare name ambiguous between full
    names joins nothing. Returns the groups and, per (target form, language), the links that
    hold within its group: the evidence shown beside it."""
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
    return joined, dict(held)


def corpus_groups(ws: HasTranslations, articles: Iterable[Article]) -> list[VariantGroup]:
    mentions: list[ArticleMention] = []
    texts: dict[tuple[str, str, str], str] = {}
    for article in articles:
        mentions.extend(article_mentions(ws, article))
        for s in article.content_sentences():
            texts[(article.id, s.id, _SOURCE)] = s.text
        for lang in target_codes():
            for sid, state in ws.translations.article_states(article.id, lang).items():
                if state.head:
                    texts[(article.id, sid, lang)] = state.head.text
    return group_mentions(mentions, texts)


def group_key(label: str) -> str:
    """The same for every spelling of the label's name (Japarov and Жапаров alike)."""
    keys = sorted(name_keys(label))
    return keys[0] if keys else label.casefold()


def spread_examples(examples: list[Example]) -> list[Example]:
    """A few examples, one per language and spelling first, so the variation is visible."""
    chosen: list[Example] = []
    seen: set[tuple[str, str]] = set()
    for e in examples:
        if (e.lang, e.form) not in seen:
            seen.add((e.lang, e.form))
            chosen.append(e)
    rest = [e for e in examples if e not in chosen]
    return (chosen + rest)[:MAX_EXAMPLES]
