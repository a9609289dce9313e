"""The Names page, driven through Streamlit's AppTest as a reviewer would use it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT, resolve_paths
from reader.corpus import add_article
from reader.lang import target_codes
from reader.names.decisions import MERGE_CHOICES, NameDecisions, split_key
from reader.workspace import Workspace

APP = str(REPO_ROOT / "streamlit_app.py")
ARTICLES = ("001_a6ffd922c2656101", "003_3eaa36a4e0c2b786")  # Japarov and Zhaparov both
JAPAROV = "sadirjaparov"
RUSSIA = "rusianfederation"  # group_key of "Russian Federation", with Russia in its group


@pytest.fixture
def corpus_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles of the bundled corpus: names are found in a second, not in five."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for article in ARTICLES:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(REPO_ROOT / "corpus" / f"{article}{suffix}", folder)
    monkeypatch.setenv("READER_CORPUS", str(folder))
    return folder


@pytest.fixture
def env(indexed_data_dir: Path, corpus_dir: Path) -> Workspace:
    return Workspace(resolve_paths(data=indexed_data_dir, corpus=corpus_dir))


def _page(reviewer: str | None = "Aida", query: str = "Japarov") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app/names.py").run()
    if reviewer:
        at.sidebar.text_input(key="reviewer").input(reviewer).run()
    if query:
        at.text_input(key="names:q").input(query).run()
    assert not at.exception
    return at


def _groups(at: AppTest) -> list[str]:
    """Labels of the groups shown (the dismissed and decisions expanders left out)."""
    return [e.label for e in at.expander if e.label.startswith("**")]


def _html(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _open_all(at: AppTest) -> AppTest:
    """Open every group shown: a group's contents are drawn once it is opened (or when it
    is the only one shown)."""
    for key in [k for k in at.session_state if str(k).startswith("open:")]:
        at.session_state[key] = True
    return at.run()


def _forms(at: AppTest, index: int = 0) -> set[tuple[str, str]]:
    table = at.dataframe[index].value
    return set(zip(table["language"], table["form"], strict=True))


def test_page_lists_the_japarov_group_with_both_spellings(env):
    at = _page(reviewer=None, query="")
    assert at.title[0].value == "Names"
    labels = _groups(at)
    japarov = next(label for label in labels if label.startswith("**Sadyr Zhaparov**"))
    assert "en 16 · ru 16 · ky 16" in japarov and "spellings differ" in japarov
    # spelled in more than one way: listed before every group spelled one way
    first_consistent = next(i for i, label in enumerate(labels) if "spellings differ" not in label)
    assert labels.index(japarov) < first_consistent

    at.text_input(key="names:q").input("Japarov").run()
    assert len(_groups(at)) == 1
    forms = _forms(at)
    assert {("English", "Japarov"), ("English", "Zhaparov")} <= forms
    assert {("Russian", "Жапаров"), ("Russian", "Джапаров")} <= forms
    assert {("Kyrgyz", "Жапаров"), ("Kyrgyz", "Джапаров")} <= forms
    page = _html(at)
    assert "<mark>Zhaparov</mark>" in page  # examples, the name marked
    assert "English · “At the request of the Russian Federation" in page  # with the article title
    assert [m.value for m in at.metric] == ["16", "16", "16"]
    assert at.button(key=f"acc:{JAPAROV}:submit").disabled  # no reviewer name yet
    assert at.button(key=f"dismiss:{JAPAROV}").disabled


def test_filters_narrow_the_listing(env):
    at = _page(query="")
    everything = len(_groups(at))
    assert not at.dataframe and not at.tabs  # the groups' contents wait until opened
    at.session_state[f"open:{JAPAROV}"] = True  # as opening it in the browser does, with
    at.session_state["names:open"] = {JAPAROV}  # what its callback then records
    at.run()
    assert len(at.dataframe) == 1 and at.button(key=f"dismiss:{JAPAROV}")
    # accepting it adds "✓ in glossary" to its title, a new expander, which starts open
    at.button(key=f"acc:{JAPAROV}:submit").click().run()
    assert any(
        label.startswith("**Sadyr Zhaparov**") and "in glossary" in label for label in _groups(at)
    )
    assert at.button(key=f"dismiss:{JAPAROV}")
    at.toggle(key="names:inconsistent").set_value(True).run()
    assert 1 <= len(_groups(at)) < everything
    assert all("spellings differ" in label for label in _groups(at))
    at.toggle(key="names:inconsistent").set_value(False).run()
    assert everything == 10  # the first page of names
    first = _groups(at)
    at.sidebar.number_input(key="names:page").set_value(3).run()
    assert len(_groups(at)) == 10 and not set(_groups(at)) & set(first)
    at.selectbox(key="names:lang").set_value("en").run()
    assert not any(label.startswith("**Министерство внутренних дел**") for label in _groups(at))
    at.text_input(key="names:q").input("Japarov").run()  # one page now: shown from its start
    assert len(_groups(at)) == 1


def test_the_search_and_filters_are_kept_across_pages(env):
    at = _page(query="Japarov")
    at.selectbox(key="names:lang").set_value("ru").run()
    at.toggle(key="names:inconsistent").set_value(True).run()
    shown = _groups(at)
    at.switch_page("app/glossary.py").run()
    at.switch_page("app/names.py").run()
    assert at.text_input(key="names:q").value == "Japarov"
    assert at.selectbox(key="names:lang").value == "ru"
    assert at.toggle(key="names:inconsistent").value is True
    assert _groups(at) == shown and len(shown) == 1
    at.selectbox(key="names:lang").set_value("").run()  # "any", chosen again
    at.switch_page("app/review.py").run()
    at.switch_page("app/names.py").run()
    assert at.selectbox(key="names:lang").index == 0  # "any" shown, not an empty box


def test_accepting_a_group_saves_preferred_forms_and_deprecated_variants(env):
    at = _page()
    form = f"acc:{JAPAROV}"
    assert not any(c.value.startswith("Suggested by") for c in at.caption)  # no place
    assert _status(at, form, "ru", "Садыр Жапаров (4)").value == "preferred"
    at.selectbox(key=f"{form}:pref:ru").set_value("Садыр Джапаров").run()
    # the status boxes follow the choice: the chosen form is preferred, and only that
    chosen = _status(at, form, "ru", "Садыр Джапаров (3)")
    assert (chosen.value, chosen.disabled) == ("preferred", True)
    assert _status(at, form, "ru", "Садыр Жапаров (4)").value == "deprecated"
    at.text_input(key=f"{form}:en").input("Sadyr Japarov")
    at.selectbox(key=f"{form}:pref:ru").set_value("Садыр Жапаров")
    at.selectbox(key=f"{form}:pref:ky").set_value("Садыр Жапаров")
    at.text_input(key=f"{form}:note").input("official spelling")
    at.button(key=f"{form}:submit").click().run()
    assert not at.exception
    assert any("Added “Sadyr Japarov”" in s.value for s in at.success)

    [entry] = env.glossary.list()
    status = {(v.lang, v.term): v.status for v in entry.variants}
    assert entry.english == "Sadyr Japarov" and entry.created_by == "Aida"
    assert entry.preferred("ru") == entry.preferred("ky") == "Садыр Жапаров"
    assert status[("ru", "Садыр Джапаров")] == status[("ru", "Джапаров")] == "deprecated"
    assert status[("ky", "Джапаров")] == "deprecated"
    assert status[("ky", "Жапаров")] == "admitted"  # the surname of the preferred full name
    assert status[("en", "Zhaparov")] == "admitted"
    assert entry.note == "official spelling"

    [label] = _groups(at)
    assert "in glossary" in label
    assert any("In the glossary: Sadyr Japarov" in i.value for i in at.info)
    # accepting again updates that entry, starting from its stored choices
    assert at.selectbox(key=f"{form}:pref:ru").value == "Садыр Жапаров"
    # the forms the entry now deprecates are offered as preferred only labelled so, and last
    options = at.selectbox(key=f"{form}:pref:ru").options
    assert options[0] == "Садыр Жапаров"
    assert "Садыр Джапаров (deprecated in the glossary)" in options[1:]
    assert "Садыр Джапаров" not in options
    _status(at, form, "ru", "Жапаров (7)").set_value("admitted")
    at.button(key=f"{form}:submit").click().run()
    assert any("Updated “Sadyr Japarov”" in s.value for s in at.success)
    [entry] = env.glossary.list()
    assert entry.rev == 2
    assert ("ru", "Жапаров", "admitted") in {(v.lang, v.term, v.status) for v in entry.variants}


def _status(at: AppTest, form: str, lang: str, label: str):
    """The status selectbox of one spelling in one language."""
    prefix = f"{form}:status:{lang}:"
    return next(b for b in at.selectbox if b.key.startswith(prefix) and b.label == label)


def test_dismissed_group_stays_hidden_in_a_new_session_until_undone(env):
    at = _page()
    at.button(key=f"dismiss:{JAPAROV}").click().run()
    assert _groups(at) == []
    assert "Dismissed groups (1)" in [e.label for e in at.expander]
    [decision] = NameDecisions(env.paths.database).list()
    assert (decision.kind, decision.author) == ("dismiss", "Aida")

    fresh = _page(reviewer="Bakyt")
    assert _groups(fresh) == []
    fresh.text_input(key="names:q").input("").run()
    assert not any("Sadyr" in label for label in _groups(fresh))
    fresh.button(key=f"undo:{decision.id}:dismissed").click().run()
    assert any(label.startswith("**Sadyr Zhaparov**") for label in _groups(fresh))
    assert NameDecisions(env.paths.database).list() == []


def _names(at: AppTest) -> list[str]:
    return [label.split(" · ")[0].strip("*") for label in _groups(at)]


def test_a_group_is_titled_in_english_and_dismissed_under_its_old_key(env):
    """Titled United States, not by its Kyrgyz label Америка Кошмо Штаттары, whose key
    the dismissal is still filed under."""
    us = "amerikakoşmoştatari"  # group_key of Америка Кошмо Штаттары
    at = _page(query="АКШ")
    assert _names(at) == ["United States"]
    at.button(key=f"dismiss:{us}").click().run()
    [decision] = NameDecisions(env.paths.database).list()
    assert decision.payload == {"key": us, "label": "United States"}
    assert "Dismissed groups (1)" in [e.label for e in at.expander]
    fresh = _page(reviewer="Bakyt", query="United States")
    assert _groups(fresh) == []
    assert "Dismissed groups (1)" in [e.label for e in fresh.expander]


def test_merge_and_split_change_the_listing(env):
    # no spelling rule, gazetteer entry or aligned evidence links these two: a reviewer merges
    ministry, key = "Russian Interior Ministry", "rusianinteriorministri"
    at = _page(query="Interior")
    assert _forms(at, _names(at).index(ministry)) == {("English", ministry)}
    # the acronym МВД is in the group of the name it spells
    mvd = "Министерство внутренних дел (ru 3)"
    # offered: the groups of the likeliest labels, among which the МВД's comes late if at all
    offered = at.selectbox(key=f"merge:{key}").options
    assert mvd not in offered[: MERGE_CHOICES // 2]
    at.text_input(key=f"merge:{key}:q").input("МВД").run()
    assert at.selectbox(key=f"merge:{key}").options == [mvd]
    at.selectbox(key=f"merge:{key}").set_value("ministerstvovnutrenixdel")
    at.button(key=f"merge:{key}:go").click().run()
    assert not at.exception
    assert {("English", ministry), ("Russian", "МВД")} <= _forms(at, _names(at).index(ministry))
    at.text_input(key="names:q").input("МВД").run()
    assert ministry in _names(at) and "Министерство внутренних дел" not in _names(at)

    at.text_input(key="names:q").input("Japarov").run()
    at.selectbox(key=f"split:{JAPAROV}").set_value("*|Zhaparov")
    at.button(key=f"split:{JAPAROV}:go").click().run()
    assert not at.exception
    _open_all(at)
    assert ("English", "Zhaparov") not in _forms(at, _names(at).index("Sadyr Zhaparov"))
    at.text_input(key="names:q").input("Zhaparov").run()
    assert _forms(at, _names(at).index("Zhaparov")) == {("English", "Zhaparov")}
    merge, split = NameDecisions(env.paths.database).list()
    assert (merge.kind, split.kind) == ("merge", "split")

    # the split is listed with the groups it shaped and can be undone there
    at.button(key=f"undo:{split.id}:{split_key('Zhaparov')}").click().run()
    assert "Zhaparov" not in _names(at)
    assert NameDecisions(env.paths.database).list() == [merge]


def test_markup_in_example_sentences_is_shown_as_text(env, corpus_dir):
    add_article(
        corpus_dir, "xss.txt", b"Kanybek Osmonaliev <script>alert('x')</script> spoke in Bishkek.\n"
    )
    at = _page(query="Osmonaliev")
    assert _groups(at)[0].startswith("**Kanybek Osmonaliev**")
    page = _html(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>" not in page.replace("<style>", "")
    assert "<mark>Kanybek Osmonaliev</mark>" in page


def test_evidence_and_an_ambiguous_surname_are_shown(env, corpus_dir):
    add_article(
        corpus_dir,
        "two-japarovs.txt",
        b"Sadyr Japarov met Akylbek Japarov in Bishkek.\nJaparov spoke first.\n",
    )
    at = _open_all(_page(reviewer=None, query="Russia"))
    # a place: the gazetteer's forms are the defaults, one no text wrote among them
    form = f"acc:{RUSSIA}"
    assert at.text_input(key=f"{form}:en").value == "Russia"
    russian = at.selectbox(key=f"{form}:pref:ru")
    assert russian.value == "Российская Федерация"
    assert "Российская Федерация" in russian.options  # the texts wrote it: not "(suggested)"
    kyrgyz = at.selectbox(key=f"{form}:pref:ky")
    assert kyrgyz.value == "Орус Федерациясы"
    assert kyrgyz.options[0] == "Орус Федерациясы (suggested)"
    assert "Россия Федерациясы" in kyrgyz.options
    assert any("ISO 3166 (through pycountry)" in c.value for c in at.caption)

    _open_all(at.text_input(key="names:q").input("Moscow").run())
    moscow = _forms(at, _names(at).index("Moscow"))
    assert {("English", "Moscow"), ("Russian", "Москва"), ("Kyrgyz", "Москва")} <= moscow
    table = at.dataframe[_names(at).index("Moscow")].value
    evidence = dict(zip(table["language"], table["evidence"], strict=True))
    assert evidence["Russian"].startswith("linked to Moscow in ")
    assert "aligned sentences (Dice " in evidence["Russian"]

    _open_all(at.text_input(key="names:q").input("Japarov").run())
    labels = _groups(at)
    bare = next(label for label in labels if "ambiguous" in label)
    # the new article's Japarov alone, titled as written (its key's label is Zhaparov)
    assert bare.startswith("**Japarov** · en 1 · ")
    assert bare.endswith("⚠ ambiguous: Akylbek Japarov, Sadyr Zhaparov")
    warning = "alone may stand for any of Akylbek Japarov, Sadyr Zhaparov"
    assert any(warning in w.value for w in at.warning), [w.value for w in at.warning]
    sadyr = next(label for label in labels if label.startswith("**Sadyr Zhaparov**"))
    assert "ambiguous" not in sadyr  # the bare Japarov of the corpus articles is his


def test_the_first_run_reads_each_languages_translations_once(env, sql_statements):
    """The page read every head of the archive twice: for the groups, and again for the
    sentence texts that only a group made by a split needs."""
    statements = sql_statements
    at = AppTest.from_file(str(REPO_ROOT / "app" / "names.py"), default_timeout=120).run()
    assert not at.exception
    assert _groups(at)
    heads = [s for s in statements if "GROUP BY article_id, sentence_id) h ON v.id = h.id" in s]
    assert len(heads) == len(target_codes())


def test_a_first_run_after_the_listing_is_stored_reads_no_mention(env, sql_statements):
    """With the names listed (as `names` does), the page shows the stored listing: it
    neither reads the names found in each sentence nor groups them again."""
    from reader.names.variants import corpus_listing

    with Workspace(resolve_paths()) as ws:
        listed = corpus_listing(ws)
    sql_statements.clear()
    at = AppTest.from_file(str(REPO_ROOT / "app" / "names.py"), default_timeout=120).run()
    assert not at.exception
    assert not [s for s in sql_statements if "mentions" in s and "SELECT" in s]
    assert _groups(at)
    assert at.caption[0].value.startswith(f"{len(json.loads(listed))} names in 2 articles")


def _edit_japarov(spelling: str = "Жапарофф") -> None:
    """A reviewer's edit on the Review page: one Russian sentence spells Japarov anew."""
    with Workspace(resolve_paths()) as ws:
        head = next(
            h
            for h in ws.translations.heads("ru", [ARTICLES[0]])[ARTICLES[0]].values()
            if "Жапаров" in h.text
        )
        text = head.text.replace("Жапаров", spelling)
        ws.translations.save(ARTICLES[0], head.sentence_id, "ru", text, author="t", base_id=head.id)


def _at(statement: str, statements: list[str]) -> list[int]:
    """Where in `statements` the statement starting so was run."""
    return [i for i, s in enumerate(statements) if s.lstrip().startswith(statement)]


def _stale(at: AppTest) -> bool:
    return any("Names as listed at" in i.value for i in at.info)


def test_a_page_opened_after_an_edit_lists_again_before_it_is_drawn(env, sql_statements):
    """Listing again after an edit makes only the edited article's summary and merges, a
    few seconds for an archive, less than reading and drawing the last listing and then
    drawing the page anew: the page lists again first (with a spinner), never reading the
    last listing, and shows the new one."""
    from reader.names.variants import corpus_listing

    with Workspace(resolve_paths()) as ws:
        corpus_listing(ws)
    _edit_japarov()
    sql_statements.clear()
    at = AppTest.from_file(str(REPO_ROOT / "app" / "names.py"), default_timeout=120).run()
    assert not at.exception
    assert not _stale(at)
    assert not _at("SELECT listing, computed_at FROM index_name_listings", sql_statements)
    assert len(_at("INSERT INTO index_name_listings", sql_statements)) == 1
    sql_statements.clear()
    at.run()  # listed once: the next run shows the new listing as it is
    assert not _at("INSERT INTO index_name_listings", sql_statements)
    at.text_input(key="names:q").input("Жапарофф").run()
    assert _groups(at)


def test_with_a_group_box_drawn_the_last_listing_stays_until_listed_again(env):
    """Listing again may change the group whose boxes the reviewer is filling in: then the
    page keeps the last listing with its time, the typed text kept, and lists again when
    asked."""
    at = _page()  # the Japarov group alone, its accept, merge and split boxes drawn
    at.text_input(key=f"acc:{JAPAROV}:en").input("Sadyr Japarov").run()
    _edit_japarov()
    at.run()
    assert not at.exception
    [note] = [i.value for i in at.info if "Names as listed at" in i.value]
    assert "while a group's boxes are open" in note
    assert at.text_input(key=f"acc:{JAPAROV}:en").value == "Sadyr Japarov"
    assert ("Russian", "Жапарофф") not in _forms(at)
    at.button(key="names:relist").click().run()
    assert not at.exception
    assert not _stale(at)
    at.text_input(key="names:q").input("Жапарофф").run()
    assert _groups(at)


def test_natasha_loads_in_the_background_and_a_page_after_an_edit_lists_it(env):
    """The app starts loading the Russian name models after a page is drawn, in a thread of
    its own, once per process (the Names page after an edit reads the edited sentence for
    names, and waited for the load); a Names page opened after an edit, while or after
    that thread runs, lists the edit."""
    from app.preload import name_models
    from reader.names.variants import corpus_listing

    with Workspace(resolve_paths()) as ws:
        corpus_listing(ws)
    name_models.clear()  # as in a new server
    at = AppTest.from_file(APP, default_timeout=120).run()  # the Review page
    assert not at.exception
    loading = name_models()  # the thread the page's run started
    assert loading.name == "name-models-preload"
    _edit_japarov()
    at.switch_page("app/names.py").run()
    loading.join(timeout=120)
    assert not loading.is_alive()
    assert not at.exception
    assert not _stale(at)
    at.text_input(key="names:q").input("Жапарофф").run()
    assert _groups(at)


def test_a_qualified_place_and_a_bare_one_the_gazetteer_puts_elsewhere_are_shown(env, corpus_dir):
    add_article(
        corpus_dir, "qualified.txt", b"Trucks <b>crossed</b> at Chaek (Kazakhstan) on Monday.\n"
    )
    add_article(corpus_dir, "bare.txt", b"Farmers in Chaek sold hay.\n")
    at = _open_all(_page(reviewer=None, query="Chaek"))
    labels = _groups(at)
    qualified = next(label for label in labels if label.startswith("**Chaek (Kazakhstan)**"))
    assert "ambiguous" not in qualified
    bare = next(label for label in labels if label.startswith("**Chaek** "))
    assert bare.endswith("⚠ ambiguous: Chaek (Kazakhstan)")
    warning = "may stand for Chaek (Kazakhstan), and is kept apart from it"
    assert any(warning in w.value for w in at.warning), [w.value for w in at.warning]
    page = _html(at)
    assert "&lt;b&gt;crossed&lt;/b&gt;" in page
    assert "<mark>Chaek (Kazakhstan)</mark>" in page
