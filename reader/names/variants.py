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
from reader.names.extract import ArticleMention, extract_article_mentions
from reader.names.grouping import group
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
            "forms": [
                {"form": f.form, "lang": f.lang, "count": f.count, "written": f.written}
                for f in self.forms
            ],
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
    counts: Counter[tuple[str, str]] = Counter()
    written: dict[tuple[str, str], list[str]] = defaultdict(list)
    examples: dict[str, list[Example]] = defaultdict(list)
    for m in mentions_list:
        key = (m.mention.lemma, m.lang)
        counts[key] += 1
        if m.mention.text not in written[key]:
            written[key].append(m.mention.text)
        text = texts.get((m.article_id, m.sentence_id, m.lang), "")
        examples[m.mention.lemma].append(
            Example(m.article_id, m.sentence_id, m.lang, m.mention.text, text)
        )
    kinds = {m.mention.lemma: m.mention.kind for m in mentions_list}
    lemmas = list(dict.fromkeys(lemma for lemma, _ in counts))
    # Organisations ("Офис Джинбекова") contain people's names: grouped apart, they cannot
    # make a surname look shared by two people.
    orgs = [lemma for lemma in lemmas if kinds[lemma] == "org"]
    others = [lemma for lemma in lemmas if kinds[lemma] != "org"]
    groups = []
    for found in [*group(others), *group(orgs)]:
        forms = [
            VariantForm(lemma, lang, n, written[(lemma, lang)])
            for (lemma, lang), n in counts.items()
            if lemma in found.names
        ]
        forms.sort(key=lambda f: (codes().index(f.lang), -f.count, f.form))
        shown = spread_examples([e for name in found.names for e in examples[name]])
        groups.append(VariantGroup(group_key(found.label), found.label, forms, shown))
    groups.sort(key=lambda g: (-g.inconsistent, -g.total, g.label))
    return groups


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
