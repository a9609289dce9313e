"""Variant groups across the corpus: every name in the English sources and in the current
Russian and Kyrgyz texts, grouped by referent, with counts per language and examples.

This is what reviewers look at to choose one preferred form per language. The mentions are
read from the index (the articles' and each translation version's), so only what is not
indexed yet is extracted.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Protocol

from reader.config import REPO_ROOT
from reader.corpus import Article
from reader.lang import codes, source_code, target_codes
from reader.names.extract import ArticleMention, NameMention
from reader.names.grouping import NameGroup, group
from reader.names.translit import name_keys

if TYPE_CHECKING:
    from reader.store.article_index import MentionRow
    from reader.store.name_groups import NameGroupStore
    from reader.store.translations import TranslationStore, Version

_SOURCE = source_code()  # the language texts are translated from

MAX_EXAMPLES = 5
# What grouping depends on besides the names: a change groups the names again.
GROUPING_RULE_FILES = ("reader/names/*.py", "reader/names/*.json", "reader/lang/**/*.py")
GROUPING_DATA = ("reader/lang/**/*.json",)


Progress = Callable[[int, int], None]
# {lang: {article id: {sentence id: head version}}}
Heads = dict[str, dict[str, dict[str, "Version"]]]
KeyedGroup = tuple[NameGroup, str]  # a group and its group_key


class NameSources(Protocol):
    """What the names read of a Workspace: its translations and the indexed mentions. A
    protocol rather than the Workspace itself, which imports the index, which finds names
    with this package."""

    translations: TranslationStore
    name_groups: NameGroupStore

    def source_mentions(self, articles: Sequence[Article]) -> dict[str, list[MentionRow]]:
        """{article id: the mentions in its content sentences}, as the article index has them."""
        ...

    def translation_mentions(
        self, versions: Iterable[Version], progress: Progress | None = None
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


def corpus_heads(ws: NameSources, articles: Sequence[Article]) -> Heads:
    """The current translation of every sentence of the articles, one query per language."""
    ids = [a.id for a in articles]
    return {lang: ws.translations.heads(lang, ids) for lang in target_codes()}


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
    (article, sentence, lang) to the sentence."""
    grouper = grouper or keyed_group
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
    langs: dict[str, list[str]] = defaultdict(list)  # lemma -> its languages
    for lemma, lang in counts:
        langs[lemma].append(lang)
    groups = []
    for found, key in [*grouper(others), *grouper(orgs)]:
        forms = [
            VariantForm(lemma, lang, counts[(lemma, lang)], written[(lemma, lang)])
            for lemma in dict.fromkeys(found.names)
            for lang in langs[lemma]
        ]
        forms.sort(key=lambda f: (codes().index(f.lang), -f.count, f.form))
        shown = spread_examples([e for name in found.names for e in examples[name]])
        groups.append(VariantGroup(key, found.label, forms, shown))
    groups.sort(key=lambda g: (-g.inconsistent, -g.total, g.label))
    return groups


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


def keyed_group(names: list[str]) -> list[KeyedGroup]:
    """`group(names)`, each group with its `group_key`."""
    return [(g, group_key(g.label)) for g in group(names)]


def stored_group(store: NameGroupStore, names: list[str]) -> list[KeyedGroup]:
    """`keyed_group(names)`, kept in the store: the same names under the same rules are
    not grouped again."""
    inputs = grouping_key(names)
    stored = store.get(inputs)
    if stored is not None:
        return [(NameGroup(tuple(members), label), key) for label, key, members in stored]
    groups = keyed_group(names)
    store.put(inputs, [(g.label, key, list(g.names)) for g, key in groups])
    return groups


def grouping_key(names: list[str]) -> str:
    """A hash of the names, in order, and of the grouping rules."""
    digest = hashlib.sha256(_grouping_rules().encode())
    digest.update(json.dumps(names, ensure_ascii=False).encode())
    return digest.hexdigest()


@functools.cache
def _grouping_rules() -> str:
    digest = hashlib.sha256()
    paths = {p for pattern in GROUPING_RULE_FILES + GROUPING_DATA for p in REPO_ROOT.glob(pattern)}
    for path in sorted(paths):
        digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


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
    if len(chosen) >= MAX_EXAMPLES:
        return chosen[:MAX_EXAMPLES]
    rest = (e for e in examples if e not in chosen)
    return chosen + list(islice(rest, MAX_EXAMPLES - len(chosen)))
