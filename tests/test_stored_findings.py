"""Stored findings: `check` reads them, brought up to date incrementally, and they are always
exactly what checking every head again gives, through glossary edits and new versions.
Real store, bundled corpus and translations; one workspace for the module (cheap)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from reader.checks import Check, Finding, TranslatedSentence, base, check, select
from reader.checks.base import register
from reader.checks.stored import source_hash
from reader.checks.wrong_language import WrongLanguage
from reader.config import REPO_ROOT, resolve_paths
from reader.glossary.entries import GlossaryEntry, Variant
from reader.glossary.match import GlossaryMatcher
from reader.store.findings import FindingStore
from reader.workspace import Workspace

LEAD = "lead"
SEED_CORPUS = REPO_ROOT / "corpus"
ARTICLE = "004_5eb83673b1bc0057"  # names Sadyr Japarov three times


def entry(*variants: tuple[str, str, str]) -> GlossaryEntry:
    return GlossaryEntry([Variant(*v) for v in variants])


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    data, corpus = tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("src") / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    with Workspace(resolve_paths(data=data, corpus=corpus)) as workspace:
        for article in workspace.corpus().articles:
            workspace.sync_translation_files(article)
        for e in (
            entry(
                ("en", "Sadyr Japarov", "preferred"),
                ("en", "Japarov", "admitted"),
                ("ru", "Садыр Жапаров", "preferred"),
                ("ru", "Жапаров", "admitted"),
                ("ru", "Джапаров", "deprecated"),
                ("ky", "Садыр Жапаров", "preferred"),
                ("ky", "Жапаров", "admitted"),
                ("ky", "Джапаров", "deprecated"),
            ),
            entry(("en", "Kyrgyzstan", "preferred"), ("ru", "Киргизия", "preferred")),
            entry(("en", "Bishkek", "preferred"), ("ru", "Бишкек", "preferred")),
        ):
            workspace.glossary.create(e, LEAD)
        yield workspace


def full(ws: Workspace, **kwargs) -> list:
    """What checking every head again against the whole glossary gives."""
    return check(ws, entries=ws.glossary.list(), **kwargs)


def same(ws: Workspace) -> list:
    stored = check(ws)
    assert stored == full(ws)
    return stored


def by_english(ws: Workspace, english: str) -> GlossaryEntry:
    return next(e for e in ws.glossary.list() if e.english == english)


def edit(ws: Workspace, english: str, variants: list[tuple[str, str, str]]) -> None:
    e = by_english(ws, english)
    e.variants = [Variant(*v) for v in variants]
    ws.glossary.update(e, LEAD)


def test_sifting_many_texts_keeps_every_text_with_a_form(ws: Workspace):
    matcher, corpus = GlossaryMatcher(ws.glossary.list()), ws.corpus()
    pairs = [
        (corpus.get(a).sentence(s).text, v.text)
        for a, heads in ws.translations.heads("ru").items()
        for s, v in heads.items()
    ]
    sources, texts = [p[0] for p in pairs], [p[1] for p in pairs]
    with_forms = {i for i, t in enumerate(texts) if matcher.forms(t, "ru")}
    named = {i for i, t in enumerate(sources) if matcher.mentions(t)}
    assert with_forms and named
    assert with_forms <= matcher.may_have_forms(texts, "ru")
    assert named <= matcher.may_mention(sources)
    assert len(matcher.may_have_forms(texts, "ru")) < len(texts)


def test_check_reads_findings_stored_for_the_glossary_it_holds_for(ws: Workspace):
    findings = same(ws)
    assert findings
    store = FindingStore(ws.db)
    stored = store.findings()
    assert {f.version_id for f in findings} <= set(stored)
    state = store.state()
    assert state.checks == ",".join(c.fingerprint() for c in base.all_checks())
    assert {i: rev for i, (rev, _) in state.entries.items()} == {
        e.id: e.rev for e in ws.glossary.list()
    }


def test_stored_findings_equal_a_full_recheck_through_glossary_edits_and_new_versions(
    ws: Workspace,
):
    same(ws)
    ws.glossary.create(
        entry(("en", "Issyk-Kul", "preferred"), ("ru", "Иссык-Куль", "preferred")), LEAD
    )
    same(ws)
    edit(  # a new deprecated form
        ws,
        "Bishkek",
        [
            ("en", "Bishkek", "preferred"),
            ("ru", "Бишкек", "preferred"),
            ("ky", "Бишкек", "deprecated"),
        ],
    )
    same(ws)
    edit(  # a form changed: Киргизия -> Кыргызстан
        ws, "Kyrgyzstan", [("en", "Kyrgyzstan", "preferred"), ("ru", "Кыргызстан", "preferred")]
    )
    same(ws)
    edit(  # the preferred form deprecated, another preferred
        ws,
        "Sadyr Japarov",
        [
            ("en", "Sadyr Japarov", "preferred"),
            ("ru", "Садыр Джапаров", "preferred"),
            ("ru", "Жапаров", "deprecated"),
            ("ky", "Садыр Жапаров", "preferred"),
        ],
    )
    japarov = same(ws)
    gone = by_english(ws, "Bishkek")
    ws.glossary.delete(gone.id, gone.rev, LEAD)
    assert all(f.entry_id != gone.id for f in same(ws))
    target = next(f for f in japarov if f.kind == "deprecated")
    saved = ws.translations.save(
        target.article_id,
        target.sentence_id,
        target.lang,
        "Садыр Жапаров и Киргизия.",
        author=LEAD,
        base_id=target.version_id,
    )
    assert saved.ok
    after = same(ws)
    assert target.version_id not in {f.version_id for f in after}
    assert target.version_id not in FindingStore(ws.db).checked()  # no longer a head
    path = ws.paths.corpus / f"{ARTICLE}.txt"  # the same sentence ids, other English
    path.write_text(path.read_text().replace("Sadyr Japarov", "Sadyr  Japarov"))
    assert "Sadyr  Japarov" in repr(same(ws))
    article = target.article_id
    only = select(only=["missing-name"])
    assert check(ws, [article], ["ru"], checks=only) == full(
        ws, articles=[article], langs=["ru"], checks=only
    )


def test_index_checks_new_versions(ws: Workspace, capsys: pytest.CaptureFixture):
    from reader.cli import main

    store = FindingStore(ws.db)
    store.save({}, forget=list(store.checked()), expect=store.state())
    index = ["--data", str(ws.paths.data), "--corpus", str(ws.paths.corpus), "index"]
    assert main(index) == 0
    assert "findings of" in capsys.readouterr().err
    heads = {
        v.id
        for lang in ("ru", "ky")
        for a in ws.translations.heads(lang).values()
        for v in a.values()
    }
    assert store.checked() and set(store.checked()) <= heads
    assert {f.version_id for f in full(ws)} <= set(store.checked())
    assert main(index) == 0
    assert "findings of 0 translation version(s)" in capsys.readouterr().err  # nothing new
    head = next(iter(next(iter(ws.translations.heads("ky").values())).values()))
    ws.translations.save(
        head.article_id, head.sentence_id, "ky", "Жаңы.", author=LEAD, base_id=head.id
    )
    assert main(index) == 0
    assert "findings of 1 translation version(s)" in capsys.readouterr().err
    before = {s.id: s.text for s in ws.article(ARTICLE).content_sentences()}
    path = ws.paths.corpus / f"{ARTICLE}.txt"  # one article's English, the same sentence ids
    path.write_text(path.read_text().replace("Japarov", "Japarov ", 1))
    assert main(index) == 0
    article = ws.article(ARTICLE)
    edited = {s.id for s in article.content_sentences() if before[s.id] != s.text}
    heads = {
        (lang, sentence_id): found
        for lang in ("ru", "ky")
        for sentence_id, found in store.heads(lang, [ARTICLE]).get(ARTICLE, {}).items()
    }
    rechecked = [found for (_, sentence_id), found in heads.items() if sentence_id in edited]
    assert 0 < len(rechecked) < len(heads)  # the others' English kept its text
    assert f"findings of {len(rechecked)} translation version(s)" in capsys.readouterr().err
    assert {checked_against for _, checked_against in heads.values()} == {source_hash(article)}
    assert check(ws, [ARTICLE]) == full(ws, articles=[ARTICLE])  # stored = a full recheck
    path.write_text(path.read_text().replace("Japarov ", "Japarov", 1))  # not indexed yet
    found = check(ws)  # read from the outlines: the article edited is checked again
    assert [f for f in found if f.article_id == ARTICLE] == full(ws, articles=[ARTICLE])


def test_a_glossary_import_brings_the_stored_findings_up_to_date(
    ws: Workspace, tmp_path, capsys: pytest.CaptureFixture
):
    from reader.cli import main
    from reader.glossary.formats import export_entries

    file = tmp_path / "more.json"
    moscow = entry(("en", "Moscow", "preferred"), ("ru", "Москва", "preferred"))
    file.write_bytes(export_entries([moscow], "json"))
    paths = ["--data", str(ws.paths.data), "--corpus", str(ws.paths.corpus)]
    assert main([*paths, "glossary", "import", str(file), "--reviewer", LEAD]) == 0
    assert "findings of" in capsys.readouterr().err
    imported = by_english(ws, "Moscow")
    assert FindingStore(ws.db).state().entries[imported.id][0] == imported.rev
    same(ws)


def test_a_glossary_edit_identifies_a_language_again_only_where_the_words_left_change(
    ws: Workspace, identified: list[str]
):
    check(ws)
    identified.clear()
    ws.glossary.create(  # forms in many translations, all capitalised: out of the words anyway
        entry(("en", "Russia", "preferred"), ("ru", "Россия", "preferred")), LEAD
    )
    assert "Россия" in repr(check(ws))
    assert identified == []
    ws.glossary.create(  # a lowercase form: fewer words left where it is
        entry(("en", "against", "preferred"), ("ru", "против", "preferred")), LEAD
    )
    check(ws)
    assert identified and all("против" not in text for text in identified)
    same(ws)


class _LongSentence(Check):
    """A check that reads only the texts, as a language check would."""

    id = "test-long-sentence"
    name = "Long sentence"
    description = "The translation is much longer than its English."
    severity = "warning"

    ratio = 1.3  # what it finds depends on it: part of its fingerprint

    def fingerprint(self) -> str:
        return f"{self.id}@{self.ratio}"

    def run(self, sentence: TranslatedSentence) -> list[Finding]:
        if len(sentence.translation) < self.ratio * len(sentence.source_en):
            return []
        return [sentence.text_finding(self, "long", "much longer than the English")]


def test_a_check_of_the_texts_alone_is_stored_and_outlives_the_glossary(ws: Workspace):
    register(_LongSentence)
    try:
        long = [f for f in same(ws) if f.check == _LongSentence.id]
        assert long
        for e in ws.glossary.list():
            ws.glossary.delete(e.id, e.rev, LEAD)
        assert same(ws) == long
    finally:
        base._REGISTRY.pop(_LongSentence.id)
    assert same(ws) == []


def test_a_check_whose_fingerprint_changes_is_redone(ws: Workspace):
    register(_LongSentence)
    try:
        before = [f for f in same(ws) if f.check == _LongSentence.id]
        _LongSentence.ratio = 1.1
        after = [f for f in same(ws) if f.check == _LongSentence.id]
        assert len(after) > len(before)
    finally:
        _LongSentence.ratio = 1.3
        base._REGISTRY.pop(_LongSentence.id)


def test_only_the_check_whose_fingerprint_changes_runs_again(ws: Workspace, identified: list[str]):
    """Its rules changed, not the others': they keep their stored findings (identifying the
    language of every translation again costs most)."""
    register(_LongSentence)
    try:
        before = check(ws)
        identified.clear()
        _LongSentence.ratio = 1.1
        after = check(ws)
        assert identified == []
        assert len(after) > len(before)
        assert [f for f in after if f.check != _LongSentence.id] == [
            f for f in before if f.check != _LongSentence.id
        ]
        assert after == full(ws)
    finally:
        _LongSentence.ratio = 1.3
        base._REGISTRY.pop(_LongSentence.id)
    identified.clear()  # `full` identified every language again
    assert check(ws) == [f for f in before if f.check != _LongSentence.id]
    assert identified == []  # a check gone: the others' findings stay


def test_the_wrong_language_check_reads_of_the_glossary_only_the_words_it_takes_out():
    text = "Россия и Кыргызстан подписали против договор."
    russia = entry(("en", "Russia", "preferred"), ("ru", "Россия", "preferred"))
    against = entry(("en", "against", "preferred"), ("ru", "против", "preferred"))
    check = WrongLanguage()

    def reads(*entries: GlossaryEntry) -> object:
        return check.glossary_input(TranslatedSentence("", text, "ru", list(entries)))

    assert reads() == reads(russia)
    assert reads() != reads(against)


def test_many_versions_checked_in_worker_processes_give_the_same_rows(monkeypatch):
    # A first `index` of an archive checks its hundred thousand versions in forked workers:
    # the rows must be those checked here, in the same order.
    from reader.checks import all_checks
    from reader.checks.base import Glossary
    from reader.checks.stored import _checked

    glossary = Glossary(
        [
            entry(
                ("en", "Japarov", "preferred"),
                ("ru", "Жапаров", "preferred"),
                ("ru", "Джапаров", "deprecated"),
            )
        ]
    )
    jobs = [
        ("Japarov spoke.", "Джапаров выступил.", "ru"),
        ("Japarov spoke.", "Жапаров выступил.", "ru"),
        ("Japarov spoke in Bishkek today.", "Japarov spoke in Bishkek today.", "ky"),
    ] * 4
    monkeypatch.setattr("reader.checks.stored.POOL_MIN", 2)
    monkeypatch.setattr("reader.checks.stored._CHUNK", 5)
    here = list(_checked(jobs, glossary, all_checks(), workers=1))
    pooled = list(_checked(jobs, glossary, all_checks(), workers=2))
    assert pooled == here
    assert any(rows for rows in here)  # something was found to compare
