"""What a check is, what it finds, and the registry that lists every check.

As in translate-toolkit's filters and Weblate's checks, each check is a small class with a
stable id (used by `check --only/--skip`, stored in dismissals: never rename one), a name,
a description and a severity, and `run()` over one translated sentence; a check that can
repair what it finds also has `fix()`. The checks are the modules named in CHECK_MODULES;
each registers its class with `@register`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import InitVar, dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

from reader import stamps
from reader.glossary.entries import FormIndex, GlossaryEntry, form_index
from reader.glossary.match import FormMatch, GlossaryMatcher, glossary_matcher
from reader.lang import display_name

if TYPE_CHECKING:
    from reader.corpus.article import Article
    from reader.corpus.loader import Corpus
    from reader.store.article_index import Outline
    from reader.store.dismissals import DismissalStore
    from reader.store.glossary import GlossaryStore
    from reader.store.translations import TranslationStore


class ReviewData(Protocol):
    """What the checks read and write: a Workspace's corpus and stores. A protocol rather than
    the Workspace itself, which imports this package to apply the glossary to new drafts."""

    translations: TranslationStore
    glossary: GlossaryStore
    dismissals: DismissalStore

    def corpus(self) -> Corpus: ...

    def outlines(self) -> tuple[list[Outline], list[str]]: ...

    def article(self, article_id: str) -> Article: ...


# One module per check in this package, in the order findings are reported.
CHECK_MODULES = ("deprecated_name", "missing_name", "wrong_language")
SEVERITIES = ("error", "warning")
_REGISTRY: dict[str, type[Check]] = {}


class UnknownCheck(ValueError):
    """A check id that no registered check has."""


@dataclass(frozen=True)
class Finding:
    check: str  # the id of the check that found it
    article_id: str
    sentence_id: str
    lang: str
    kind: str  # "deprecated", "missing" or "language"
    entry_id: int  # 0 when the finding concerns no glossary entry
    english: str
    found: str | None  # the words in the translation ("Джапарова"); None when missing
    start: int | None  # span of `found` in the translation text
    end: int | None
    suggestion: str | None  # the fixed words ("Жапарова"), or the preferred form when missing
    version_id: int | None  # the head version that was checked
    message: str

    @property
    def id(self) -> str:
        """A short id that stays the same while the same form stays in the same sentence.

        It leaves out the version and the span, so a dismissal outlives edits elsewhere in
        the sentence; a form repeated in one sentence is one finding id.
        """
        parts = (
            self.check,
            self.article_id,
            self.sentence_id,
            self.lang,
            str(self.entry_id),
            self.found or self.suggestion or "",
        )
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=6).hexdigest()

    @property
    def fixable(self) -> bool:
        """Whether its check can change the text without a person."""
        return self.suggestion is not None and get(self.check).can_fix


class Glossary:
    """Entries as the checks use them, compiled once for every sentence of a run: the form
    index that finds contradictions and the one-pass matcher (shared while the forms stay)."""

    def __init__(self, entries: Iterable[GlossaryEntry]) -> None:
        self.entries = list(entries)
        self.index = form_index(self.entries)
        self.matcher: GlossaryMatcher = glossary_matcher(self.entries)
        self._position = {id(e): i for i, e in enumerate(self.entries)}

    def position(self, entry: GlossaryEntry) -> int:
        return self._position[id(entry)]


_COMPILED: OrderedDict[tuple[str, tuple[int, int]], Glossary] = OrderedDict()
_COMPILED_KEPT = 4  # stores (or revisions of one) whose compiled glossary is kept
_COMPILED_LOCK = threading.Lock()


def stored_glossary(store: GlossaryStore) -> Glossary:
    """The store's glossary compiled, read and compiled once per glossary version (one small
    query): a save checks one sentence, which costs far less than reading and compiling
    hundreds of entries again. The store logs every change, so its version names its
    content; a change between reading the version and the entries only costs a reread.
    Its entries are shared: read them, never change them."""
    key = (str(store.db.path), store.version())
    with _COMPILED_LOCK:
        if (found := _COMPILED.get(key)) is not None:
            _COMPILED.move_to_end(key)
            return found
    compiled = Glossary(store.list())
    with _COMPILED_LOCK:
        _COMPILED[key] = compiled
        while len(_COMPILED) > _COMPILED_KEPT:
            _COMPILED.popitem(last=False)
    return compiled


@dataclass
class TranslatedSentence:
    """One translated sentence as the checks see it, with the glossary matches they share.

    `glossary`: the entries compiled, to share between sentences (built from `entries` if
    not given).
    """

    source_en: str
    translation: str
    lang: str
    entries: Sequence[GlossaryEntry]
    article_id: str = ""
    sentence_id: str = ""
    version_id: int | None = None
    glossary: InitVar[Glossary | None] = None
    compiled: Glossary = field(init=False)
    index: FormIndex = field(init=False)
    _matches: dict[int, list[FormMatch]] | None = field(init=False, default=None)
    _named: dict[int, str] | None = field(init=False, default=None)

    def __post_init__(self, glossary: Glossary | None) -> None:
        self.compiled = Glossary(self.entries) if glossary is None else glossary
        self.index = self.compiled.index

    @property
    def label(self) -> str:
        return display_name(self.lang)

    def _found(self) -> dict[int, list[FormMatch]]:
        if self._matches is None:
            self._matches = self.compiled.matcher.forms(self.translation, self.lang)
        return self._matches

    def matches(self, entry: GlossaryEntry) -> list[FormMatch]:
        """The entry's forms in this language found in the translation (one pass for all)."""
        return self._found().get(self.compiled.position(entry), [])

    def matched(self) -> list[tuple[GlossaryEntry, list[FormMatch]]]:
        """The entries with forms in the translation, in glossary order, with those forms."""
        found = self._found()
        return [(self.compiled.entries[i], found[i]) for i in sorted(found)]

    def named(self) -> list[tuple[GlossaryEntry, str]]:
        """The entries the English sentence names, in glossary order, each with its English
        form as written there (one pass for all)."""
        if self._named is None:
            self._named = self.compiled.matcher.mentions(self.source_en)
        return [(self.compiled.entries[i], self._named[i]) for i in sorted(self._named)]

    def finding(self, check: Check, **fields) -> Finding:
        return Finding(
            check=check.id,
            article_id=self.article_id,
            sentence_id=self.sentence_id,
            lang=self.lang,
            version_id=self.version_id,
            **fields,
        )

    def text_finding(self, check: Check, kind: str, message: str) -> Finding:
        """A finding about the text as a whole: no glossary entry, span or suggestion."""
        return self.finding(
            check,
            kind=kind,
            entry_id=0,
            english="",
            found=None,
            start=None,
            end=None,
            suggestion=None,
            message=message,
        )


class Check(ABC):
    """A check: subclasses set the class attributes and `run`, and `fix` if they can."""

    id: ClassVar[str]
    name: ClassVar[str]
    description: ClassVar[str]
    severity: ClassVar[str]
    can_fix: ClassVar[bool] = False

    def fingerprint(self) -> str:
        """Changes when what the check finds may change, so stored findings are redone: its
        id and the version of the rules its module runs (its code and what it imports: the
        glossary matching, the languages' morphology), plus whatever else it depends on
        besides the texts and the glossary."""
        return f"{self.id}@{rules_version(type(self).__module__)}"

    def marker(self, finding: Finding) -> str:
        """A few words for a finding beside its sentence (the Review page's marker)."""
        return self.name

    def glossary_input(self, sentence: TranslatedSentence) -> Hashable | None:
        """What `run` reads of the glossary in this sentence, for a check that reads less than
        all of it: its findings on a sentence must be the same under any two glossaries that
        give the same value, so a glossary edit leaves them stored where the value stays.
        None (the default): every edit whose forms may be in the sentence runs it again."""
        return None

    @abstractmethod
    def run(self, sentence: TranslatedSentence) -> list[Finding]:
        """The findings in one sentence."""

    def fix(
        self, translation: str, findings: Iterable[Finding], entries: Iterable[GlossaryEntry]
    ) -> tuple[str, list[Finding], list[Finding]]:
        """(new text, findings applied, findings not applied); checks with `can_fix` have it.

        It must apply only findings that still hold for `translation` under `entries`.
        """
        raise NotImplementedError(f"check {self.id} cannot fix what it finds")


@functools.lru_cache(maxsize=256)
def rules_version(module: str) -> str:
    """A hash of the code and data files a check's `module` runs, read once per process."""
    return stamps.digest((module,))[:16]


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: add a check to the registry under its id."""
    if cls.severity not in SEVERITIES:
        raise ValueError(f"check {cls.id}: severity must be one of {SEVERITIES}")
    if cls.id in _REGISTRY and _REGISTRY[cls.id] is not cls:
        raise ValueError(f"two checks have the id {cls.id!r}")
    _REGISTRY[cls.id] = cls
    return cls


def _load() -> dict[str, type[Check]]:
    for module in CHECK_MODULES:
        importlib.import_module(f"reader.checks.{module}")
    return _REGISTRY


def all_checks() -> list[Check]:
    """Every registered check, in CHECK_MODULES order (whatever order they were imported in)."""
    order = {f"reader.checks.{m}": i for i, m in enumerate(CHECK_MODULES)}
    classes = sorted(_load().values(), key=lambda cls: order.get(cls.__module__, len(order)))
    return [cls() for cls in classes]


def get(check_id: str) -> Check:
    """The check with this id; UnknownCheck names the known ids."""
    cls = _load().get(check_id)
    if cls is None:
        raise UnknownCheck(f"unknown check {check_id!r}; known checks: {', '.join(ids())}")
    return cls()


def ids() -> list[str]:
    return [c.id for c in all_checks()]


def select(only: Iterable[str] = (), skip: Iterable[str] = ()) -> list[Check]:
    """The checks to run: those in `only` (all when empty) minus those in `skip`."""
    only, skip = list(only), list(skip)
    for check_id in only + skip:
        get(check_id)
    return [c for c in all_checks() if (not only or c.id in only) and c.id not in skip]
