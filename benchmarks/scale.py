"""Scale benchmark: the CLI, glossary QA and the Review page on a synthetic archive.

    .venv/bin/python benchmarks/scale.py [--sizes 100,1000] [--out DIR] [--timeout 600] [--distinct]

Builds an archive of N articles from corpus/ (person and place names swapped across scripts
consistently in the English text and its ru/ky sample translations, numbers varied, so
sentences differ), with translation files keyed by `source` (no `sid`). At each size it runs
every operation in a child process of its own (its wall time and peak RSS from `os.wait4`)
and prints a table: time at each size, time per article, ratio against the naive
alternative measured in the same run, and the issue's target at 1,000 articles. Run on
demand, never by the tests.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# (English, Cyrillic stem) of names in the corpus whose Cyrillic nominative is the stem, so a
# swapped stem keeps the translation's case endings.
SWAPS = [
    ("Putin", "Путин"),
    ("Japarov", "Жапаров"),
    ("Sadyr", "Садыр"),
    ("Boronov", "Боронов"),
    ("Bishkek", "Бишкек"),
    ("Almaty", "Алматы"),
]
# Names the archive keeps (not swapped): the first glossary entries, so the checks find them.
KEPT = [
    ("Kyrgyzstan", "Кыргызстан"),
    ("Kazakhstan", "Казахстан"),
    ("Uzbekistan", "Узбекистан"),
    ("Tajikistan", "Таджикистан"),
    ("Moscow", "Москва"),
]
GLOSSARY_SIZE = 500
GROUPING_NAMES = 1_000


# ---------------------------------------------------------------- building the archive


def _replacements(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """For each swap: (old English, new English, old Cyrillic, new Cyrillic)."""
    from name_grouping import _word

    from reader.names import translit

    out = []
    for en, cyr in SWAPS:
        new_cyr = _word(rng, rng.randint(2, 3), rng.choice(("ов", "ев", "бек", "")))
        out.append((en, translit.romanize(new_cyr, "news_ru"), cyr, new_cyr))
    return out


def _vary_numbers(text: str, shift: int) -> str:
    """Every number changed the same way in every language (digit count kept)."""

    def change(m: re.Match[str]) -> str:
        digits = m.group(0)
        value = (int(digits) + shift) % (10 ** len(digits))
        return str(value).zfill(len(digits))

    return re.sub(r"\d+", change, text)


def _vary(text: str, swaps: list[tuple[str, str, str, str]], shift: int) -> str:
    for en, new_en, cyr, new_cyr in swaps:
        text = text.replace(en, new_en).replace(en.upper(), new_en.upper())
        text = text.replace(cyr, new_cyr)
    return _vary_numbers(text, shift)


def _write_article(
    out: Path, seed_id: str, number: int, rng: random.Random, tags: _Tags | None = None
) -> str:
    swaps, shift = _replacements(rng), rng.randint(1, 97)
    text = _vary((ROOT / "corpus" / f"{seed_id}.txt").read_text(encoding="utf-8"), swaps, shift)
    article_id = f"{number:04d}_{seed_id.split('_')[1]}"
    docs = {}
    for path in sorted((ROOT / "translations").glob(f"{seed_id}.*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["article"] = article_id
        doc["sentences"] = [
            {"source": _vary(s["source"], swaps, shift), "text": _vary(s["text"], swaps, shift)}
            for s in doc["sentences"]
        ]
        docs[path.name.replace(seed_id, article_id)] = doc
    if tags is not None:
        text = tags.apply(text, list(docs.values()), number)
    (out / "corpus" / f"{article_id}.txt").write_text(text, encoding="utf-8")
    meta = json.loads((ROOT / "corpus" / f"{seed_id}.meta.json").read_text(encoding="utf-8"))
    meta = {k: _vary(v, swaps, shift) if isinstance(v, str) else v for k, v in meta.items()}
    (out / "corpus" / f"{article_id}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    for name, doc in docs.items():
        target = out / "translations" / name
        target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return article_id


_CLOSING = ".?!…\"'»”’ /|–—"  # a closing mark, or a separator after it ("29. /")


class _Tags:
    """Makes every translated sentence of a distinct archive a text no other article has: a
    place, a person and a number of its own in parentheses before its closing punctuation,
    the same in the source (romanized) and its translations (Cyrillic). Places and people come
    from faker's Russian lists (pools of `PLACES` and `PEOPLE`, so names recur as in an
    archive); the number is the article's number and the sentence's."""

    PLACES = 400
    PEOPLE = 3_000

    def __init__(self, rng: random.Random) -> None:
        from faker.providers.address.ru_RU import Provider as Address
        from faker.providers.person.ru_RU import Provider as Person

        towns = sorted({c for c in Address.city_names if re.fullmatch(r"[А-ЯЁ][а-яё-]+", c)})
        self.places = rng.sample(towns, min(self.PLACES, len(towns)))
        self.people = [
            f"{rng.choice(first)} {rng.choice(last)}"
            for first, last in rng.choices(
                [
                    (Person.first_names_male, Person.last_names_male),
                    (Person.first_names_female, Person.last_names_female),
                ],
                k=self.PEOPLE,
            )
        ]
        self.rng = rng

    def apply(self, text: str, docs: list[dict], number: int) -> str:
        """`text` with each translated sentence tagged; `docs`' sentences tagged in place."""
        from reader.names import translit

        tagged: dict[str, tuple[str, str]] = {}  # source: (tagged source, Cyrillic tag)
        for sentence in docs[0]["sentences"] if docs else []:
            place, person = self.rng.choice(self.places), self.rng.choice(self.people)
            tag = f"{place}, {person}, {number * 1000 + len(tagged) + 1}"
            roman = ", ".join(translit.romanize(part, "news_ru") for part in tag.split(", "))
            tagged[sentence["source"]] = (_tagged(sentence["source"], roman), tag)
        out, pos = [], 0
        for source, (new_source, _) in tagged.items():
            found = text.find(source, pos)
            if found >= 0:
                out += [text[pos:found], new_source]
                pos = found + len(source)
        for doc in docs:
            for sentence in doc["sentences"]:
                new_source, tag = tagged[sentence["source"]]
                sentence["source"] = new_source
                sentence["text"] = _tagged(sentence["text"], tag)
        return "".join([*out, text[pos:]])


def _tagged(sentence: str, tag: str) -> str:
    """`sentence` with `(tag)` before its closing punctuation and any separator after it."""
    body = sentence.rstrip(_CLOSING)
    return f"{body} ({tag}){sentence[len(body) :]}"


def build_archive(out: Path, count: int, distinct: bool = False) -> list[str]:
    """`count` varied copies of the corpus articles in out/corpus, out/translations; with
    `distinct`, no translated sentence repeats another article's (`_Tags`): this archive's
    copies share most of their sentences, which overstates what a per-text cache gains."""
    from tqdm import tqdm

    for sub in ("corpus", "translations", "data"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    seeds = sorted(p.stem for p in (ROOT / "corpus").glob("*.txt"))
    rng = random.Random(count)
    tags = _Tags(random.Random(f"distinct {count}")) if distinct else None
    return [
        _write_article(out, seeds[i % len(seeds)], i, rng, tags)
        for i in tqdm(range(count), desc=f"building {count} articles", unit="article")
    ]


# ---------------------------------------------------------------- running one measurement


@dataclass
class Result:
    seconds: float | None  # None: failed or timed out
    peak_mib: float
    detail: dict = field(default_factory=dict)  # what a child reported (in-process timings)
    note: str = ""  # why it has no time, or a CLI's standard output


def run_child(args: list[str], env: dict[str, str], timeout: float, stdin: str = "") -> Result:
    """One child process: wall time, its own peak RSS (wait4), its JSON result line if any."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args,
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    out_chunks: list[str] = []
    reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()))
    err_chunks: list[str] = []
    err_reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    reader.start()
    err_reader.start()
    proc.stdin.write(stdin)
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    timer.cancel()
    reader.join()
    err_reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss / 1024
    stdout = "".join(out_chunks)
    if proc.returncode < 0:
        return Result(None, peak, note=f"timed out after {timeout:.0f} s")
    stderr = "".join(err_chunks)
    if proc.returncode not in (0, 1) or "Traceback" in stderr:  # `check` exits 1 on findings
        tail = stderr.strip().splitlines()[-1:] or ["?"]
        return Result(None, peak, note=f"exit {proc.returncode}: {tail[0][:100]}")
    lines = [ln for ln in stdout.splitlines() if ln.startswith('{"bench"')]
    detail = json.loads(lines[-1]) if lines else {}
    return Result(seconds, peak, detail=detail, note="" if detail else stdout)


def _env(out: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        READER_DATA=str(out / "data"),
        READER_CORPUS=str(out / "corpus"),
        READER_TRANSLATIONS=str(out / "translations"),
        OPENBLAS_NUM_THREADS="1",
        PYTHONPATH=str(ROOT),
    )
    return env


# ---------------------------------------------------------------- in-process parts (children)


def _glossary(size: int) -> list:
    """`size` entries in en, ru and ky: the corpus's country names, then made-up surnames;
    each with a deprecated ru spelling."""
    from name_grouping import _word

    from reader.glossary.entries import GlossaryEntry, Variant
    from reader.names import translit

    rng = random.Random(size)
    entries = []
    for i in range(size):
        en, cyr = KEPT[i] if i < len(KEPT) else ("", _word(rng, 3, "ов"))
        en = en or translit.romanize(cyr, "news_ru")
        variants = [Variant("en", en, "preferred"), Variant("ru", cyr, "preferred")]
        variants += [
            Variant("ky", cyr, "preferred"),
            Variant("ru", "Д" + cyr.lower(), "deprecated"),
        ]
        entries.append(GlossaryEntry(variants=variants))
    return entries


def write_glossary(out: Path) -> Path:
    """The generated glossary as a JSON glossary file, for `glossary import`."""
    from reader.glossary.formats import json_format

    path = out / "glossary.json"
    path.write_bytes(json_format.write(_glossary(GLOSSARY_SIZE)))
    return path


def _pairs(out: Path) -> list[tuple[str, str, str]]:
    """(English source, translation, lang) of every sentence in the translation files."""
    pairs = []
    for path in sorted((out / "translations").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        pairs += [(s["source"], s["text"], doc["lang"]) for s in doc["sentences"]]
    return pairs


def child_qa(out: Path) -> dict:
    """Glossary QA through the check code against one regex of all forms, same texts."""
    from reader.checks.base import Glossary
    from reader.checks.run import check_sentence

    entries, pairs = _glossary(GLOSSARY_SIZE), _pairs(out)
    start = time.perf_counter()
    glossary = Glossary(entries)
    findings = sum(
        len(check_sentence(s, t, lang, entries, glossary=glossary)) for s, t, lang in pairs
    )
    ours = time.perf_counter() - start
    forms = sorted({v.term for e in entries for v in e.variants}, key=len, reverse=True)
    start = time.perf_counter()
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\w*", re.IGNORECASE)
    hits = sum(1 for s, t, _ in pairs for text in (s, t) for _ in pattern.finditer(text))
    naive = time.perf_counter() - start
    return {"ours": ours, "naive": naive, "texts": len(pairs), "findings": findings, "hits": hits}


def child_grouping(_: Path) -> dict:
    """`group_names` on 1,000 made-up names, blocked and all pairs (blocking turned off)."""
    from name_grouping import synthetic_names

    from reader.names import grouping

    names = synthetic_names(GROUPING_NAMES)
    start = time.perf_counter()
    grouping.group_names(names)
    ours = time.perf_counter() - start
    grouping._Blocks._lookup = lambda self, signature: self.names
    start = time.perf_counter()
    grouping.group_names(list(names))
    return {"ours": ours, "naive": time.perf_counter() - start}


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


PAGES = ("review", "glossary", "names", "checks", "models")  # app/NAME.py
REPEATS = 7  # clicks per action; the median is reported


def child_page(out: Path, name: str) -> dict:
    """A page's first run in a fresh process, as the first visitor after a start meets it,
    and the time until it entered its first spinner (the Names page lists a stale listing
    again under one before it is drawn when that takes seconds; else it draws the stale
    listing and offers to list again)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    spinners: list[float] = []
    spinner = st.spinner

    def timed_spinner(*args: object, **kwargs: object) -> object:
        spinners.append(time.perf_counter())
        return spinner(*args, **kwargs)

    st.spinner = timed_spinner
    at = AppTest.from_file(str(ROOT / "app" / f"{name}.py"), default_timeout=600)
    cpu, start = time.process_time(), time.perf_counter()
    first = _timed(at.run)
    cpu = time.process_time() - cpu  # less swayed than the wall time by a machine's load
    assert not at.exception, at.exception
    drawn = spinners[0] - start if spinners else None
    return {"first": first, "first_cpu": cpu, "before_spinner": drawn, "again": _timed(at.run)}


def _fragment(at: AppTest, key: str | list[str] | None) -> Callable[[], None]:
    """A run of the fragment(s) named `key` alone (all the page if None), as a server runs
    the fragment a widget is in; a callback's `st.rerun(scope=...)` replaces it, as there."""
    from streamlit.runtime.scriptrunner import RerunData
    from streamlit.testing.v1 import local_script_runner

    def run() -> None:
        ids = at._fragment_storage.resolve_target(key) if key else []
        local_script_runner.RerunData = lambda **kw: RerunData(**kw, fragment_id_queue=ids)
        try:
            at.run()
        finally:
            local_script_runner.RerunData = RerunData

    return run


def _as_a_server() -> Callable[[AppTest, str | list[str] | None], Callable[[], None]]:
    """AppTest runs the whole script on every click and compiles it again each time; a server
    keeps the bytecode and reruns only the fragment a widget is in. This makes AppTest do the
    same: one bytecode cache, and `fragment(at, key)` gives a run of that fragment alone."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test

    cache = ScriptCache()
    app_test.ScriptCache = lambda: cache
    return _fragment


def _median(times: list[float]) -> float:
    return sorted(times)[len(times) // 2]


def _trivial_page(out: Path, counts: dict[str, int], fragment: bool) -> Path:
    """A page with as many markdown blocks, text areas and buttons as the Review page; in a
    fragment, with its captions and column blocks too (the served rows' floor)."""
    page = out / ("trivial_fragment_page.py" if fragment else "trivial_page.py")
    body = (
        f"for i in range({counts['markdown']}):\n    st.markdown(f'row {{i}}')\n"
        f"for i in range({counts['text_area']}):\n    st.text_area(f't{{i}}', key=f't{{i}}')\n"
        f"for i in range({max(1, counts['button'])}):\n    st.button(f'b{{i}}', key=f'b{{i}}')\n"
    )
    if fragment:  # also the captions and the column blocks of the rows, four a row
        body += (
            f"for i in range({counts['caption']}):\n    st.caption(f'c{{i}}')\n"
            f"for i in range({-(-counts['column'] // 4)}):\n    st.columns(4)\n"
        )
        body = (
            "@st.fragment(key='rows')\ndef rows():\n"
            + "".join(f"    {line}\n" for line in body.splitlines())
            + "rows()\n"
        )
    page.write_text("import streamlit as st\n" + body, encoding="utf-8")
    return page


def child_review(out: Path) -> dict:
    """Review page: first run, ✎ and Save on the first article's first content sentence;
    then a trivial page with as many elements (buttons, text, markdown): its run and a click.
    Then the same as a server does them (`_as_a_server`), each action the median of
    REPEATS: ✎, Save, Approve, the next page of sentences, against a click on the trivial
    page with its elements in a fragment; with the SQL statements of each."""
    from streamlit.testing.v1 import AppTest

    from reader.config import resolve_paths
    from reader.store import db as db_module
    from reader.workspace import Workspace

    with Workspace(resolve_paths()) as ws:
        listed, _ = ws.outlines()
        sid = ws.article(listed[0].article_id).content_sentences()[0].id
    statements = [0]
    connect = db_module._connect

    def counted(path: Path) -> sqlite3.Connection:
        conn = connect(path)
        conn.set_trace_callback(lambda _: statements.__setitem__(0, statements[0] + 1))
        return conn

    db_module._connect = counted
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=600)
    first = _timed(at.run)
    reviewer = _timed(at.sidebar.text_input(key="reviewer").input("Bench").run)
    edit = _timed(at.button(key=f"edit:{sid}").click().run)
    # a text never saved before: a Save of unchanged text would measure nothing
    typing = _timed(at.text_area(key=f"text:{sid}:ru").input(f"Правка {time.time_ns()}.").run)
    save = _timed(at.button(key=f"save:{sid}:ru").click().run)
    # the elements of the progress and of all the rows (a Save reruns its row alone)
    _fragment(at, ["overview", "sentences"])()
    counts = {
        "button": len(at.button),
        "markdown": len(at.markdown),
        "text_area": len(at.text_area),
        "caption": len(at.caption),
        "column": len(at.columns),
    }
    # the first article's text again, under a name never used; after a whole run, as the
    # Save reran only the rows, which is all the test's page then holds
    name = f"added-{time.time_ns()}.txt"
    text = (out / "corpus" / f"{listed[0].article_id}.txt").read_bytes()
    at.run()
    at.sidebar.file_uploader(key="upload").set_value((name, text, "text/plain")).run()
    add = _timed(at.sidebar.button(key="add_article").click().run)
    assert any(name in s.value for s in at.success), [e.value for e in at.error]
    trivial = AppTest.from_file(str(_trivial_page(out, counts, False)), default_timeout=600)
    trivial_first = _timed(trivial.run)
    trivial_click = _timed(trivial.button(key="b0").click().run)
    assert not at.exception, at.exception

    fragment = _as_a_server()
    served: dict[str, list[float]] = defaultdict(list)
    queries: dict[str, int] = {}

    def act(name: str, run: Callable[[], None]) -> None:
        statements[0] = 0
        cpu = time.process_time()
        served[name].append(_timed(run))
        # CPU seconds too: on a loaded machine the wall time varies several times over
        served[f"{name}_cpu"].append(time.process_time() - cpu)
        queries[name] = statements[0]

    for _ in range(REPEATS):
        at.button(key=f"close:{sid}").click()
        fragment(at, "sentences")()
        at.button(key=f"edit:{sid}").click()
        act("served_edit", fragment(at, "sentences"))
        at.text_area(key=f"text:{sid}:ru").input(f"Правка {time.time_ns()}.")
        fragment(at, "sentences")()
        at.button(key=f"save:{sid}:ru").click()
        act("served_save", fragment(at, "sentences"))
        at.text_area(key=f"text:{sid}:ky").input(f"Түзөтүү {time.time_ns()}.")
        fragment(at, "sentences")()
        at.button(key=f"approve:{sid}:ky").click()
        act("served_approve", fragment(at, "sentences"))
        fragment(at, "sentences")()  # the page number box, not in the Approve's rerun
        at.sidebar.number_input(key="page").set_value(2)
        act("served_next_page", fragment(at, "sentences"))
        at.sidebar.number_input(key="page").set_value(1)
        fragment(at, "sentences")()
        assert not at.exception, at.exception
    trivial = AppTest.from_file(str(_trivial_page(out, counts, True)), default_timeout=600)
    trivial.run()
    for _ in range(REPEATS):
        trivial.button(key="b0").click()
        act("served_trivial_click", fragment(trivial, "rows"))
    return {
        "first": first,
        "reviewer": reviewer,
        "edit": edit,
        "typing": typing,
        "save": save,
        "add": add,
        "trivial_first": trivial_first,
        "trivial_click": trivial_click,
        **counts,
        **{name: _median(times) for name, times in served.items()},
        **{f"{name}_queries": n for name, n in queries.items() if "trivial" not in name},
    }


# Seconds between the app's first page drawn and the edit: less than a reviewer takes to open,
# type and save a sentence; what the server loads after the page meanwhile is loaded.
READING = 5


def child_names_served(_: Path) -> dict:
    """The Names page as a running server gives it after an edit: the app's first page
    (Review) drawn, READING seconds, a Russian sentence of the first article saved there,
    then the Names page, which lists again before it is drawn (its bytecode kept, as a
    server keeps it); the wall and CPU time of that run."""
    from streamlit.testing.v1 import AppTest

    from reader.config import resolve_paths
    from reader.workspace import Workspace

    with Workspace(resolve_paths()) as ws:
        listed, _ = ws.outlines()
        sid = ws.article(listed[0].article_id).content_sentences()[0].id
    _as_a_server()
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=600)
    at.run()
    time.sleep(READING)
    at.sidebar.text_input(key="reviewer").input("Bench").run()
    at.button(key=f"edit:{sid}").click().run()
    at.text_area(key=f"text:{sid}:ru").input(f"Правка {time.time_ns()}.").run()
    at.button(key=f"save:{sid}:ru").click().run()
    assert not at.exception, at.exception
    cpu, start = time.process_time(), time.perf_counter()
    at.switch_page("app/names.py").run()
    first, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert not at.exception, at.exception
    assert not [i for i in at.info if "Names as listed at" in i.value], "not listed again"
    return {"first": first, "first_cpu": cpu}


CHILDREN: dict[str, Callable[[Path], dict]] = {
    "qa": child_qa,
    "grouping": child_grouping,
    "review": child_review,
    **{f"page:{name}": functools.partial(child_page, name=name) for name in PAGES},
    "names-served": child_names_served,
}


# ---------------------------------------------------------------- the measurements, as data


@dataclass(frozen=True)
class Op:
    """One row of the table. `seconds` picks the time from a result (default: wall time);
    `naive` the alternative's; `target` in seconds at 1,000 articles (None: no target)."""

    name: str
    target: float | None = None
    target_text: str = ""
    seconds: Callable[[Result], float | None] = lambda r: r.seconds
    naive: Callable[[Result], float | None] = lambda r: None
    per_article: bool = True  # False: the work does not depend on the archive's size
    ratio_target: float | None = None  # at most this many times the naive alternative


def _key(name: str) -> Callable[[Result], float | None]:
    return lambda r: r.detail.get(name)


CLI = [sys.executable, "-m", "reader"]


def _names_found(stdout: str) -> str:
    """Every name in the `names` output, one a line (input for `names --group`)."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "written" and isinstance(value, list):
                    found.extend(v for v in value if isinstance(v, str))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    try:
        walk(json.loads(stdout))
    except ValueError:
        return ""
    return "\n".join(dict.fromkeys(found)) + "\n"


def _touch_one_article(out: Path, ids: list[str], paragraph: str = "One more paragraph.") -> None:
    """A paragraph inserted near the top of the last article: appended at the end it would
    follow the page's "Read more" or comments and count as furniture, its names unread."""
    path = out / "corpus" / f"{ids[-1]}.txt"
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs.insert(min(2, len(paragraphs)), paragraph)
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


# A name no article has: the names to group change, not only their counts.
NEW_NAME_PARAGRAPH = "Ulanbek Kydyrmyshev met the delegation."


def measure_size(out: Path, ids: list[str], timeout: float) -> tuple[dict[str, Result], int]:
    """Every operation on the archive in `out`; results by row name, and the names count."""
    env, results = _env(out), {}

    def cli(name: str, *args: str, stdin: str = "") -> Result:
        print(f"  {name} ...", end="", flush=True)
        result = run_child([*CLI, *args], env, timeout, stdin)
        print(f" {result.seconds if result.seconds is None else round(result.seconds, 2)} s")
        results[name] = result
        return result

    def child(name: str, kind: str) -> None:
        print(f"  {name} ...", end="", flush=True)
        results[name] = run_child(
            [sys.executable, __file__, "--child", kind, str(out)], env, timeout
        )
        print(
            f" {json.dumps(results[name].detail) if results[name].detail else results[name].note}"
        )

    cli("index (first)", "index")
    cli("index (nothing changed)", "index")
    _touch_one_article(out, ids)
    cli("index (one article changed)", "index")
    _touch_one_article(out, ids, NEW_NAME_PARAGRAPH)
    cli("index (one article changed, a new name)", "index")
    cli("corpus", "corpus")
    cli("corpus (again)", "corpus")
    cli("show ARTICLE", "show", ids[0])
    cli("glossary import (500 entries)", "glossary", "import", str(write_glossary(out)))
    cli("check --json", "check", "--json")
    cli("check --json (again)", "check", "--json")
    names = cli("names", "names")
    new_name = NEW_NAME_PARAGRAPH.split(" met")[0]
    print(f"  the edit's new name listed by `names`: {new_name in names.note}")
    cli("names (again)", "names")
    listed = _names_found(names.note)
    cli("names --group (names found)", "names", "--group", stdin=listed)
    child("glossary QA", "qa")
    child("grouping 1,000 names", "grouping")
    child("Review page", "review")
    for page in PAGES:
        child(f"{page} page", f"page:{page}")
    child("Names page after an edit (served)", "names-served")
    return results, listed.count("\n")


def measure_distinct(out: Path, size: int, timeout: float) -> dict[str, Result]:
    """The first index of an archive of `size` articles none of whose translated sentences
    another article has (`build_archive(distinct=True)`)."""
    build_archive(out, size, distinct=True)
    print(f"  {DISTINCT} ...", end="", flush=True)
    result = run_child([*CLI, "index"], _env(out), timeout)
    print(f" {result.seconds if result.seconds is None else round(result.seconds, 2)} s")
    return {DISTINCT: result}


DISTINCT = "index (first, distinct sentences)"
ROWS = [
    Op("index (first)", 120, "< 2 min"),
    Op(DISTINCT, 120, "< 2 min"),
    Op("index (nothing changed)", 1, "< 1 s"),
    Op("index (one article changed)", 1, "< 1 s"),
    Op("index (one article changed, a new name)", 1, "< 1 s"),
    Op("corpus", 1, "< 1 s"),
    Op("corpus (again)", 1, "< 1 s"),
    Op("show ARTICLE", 1, "< 1 s"),
    Op("glossary import (500 entries)"),
    Op("check --json", 2, "< 2 s"),
    Op("check --json (again)", 2, "< 2 s"),
    Op("names", 5, "< 5 s"),
    Op("names (again)", 5, "< 5 s"),
    Op("names --group (names found)"),
    Op(
        f"glossary QA, {GLOSSARY_SIZE} entries",
        None,
        "≤ regex scan",
        _key("ours"),
        _key("naive"),
        ratio_target=1,
    ),
    Op(
        f"grouping {GROUPING_NAMES:,} names",
        None,
        "vs all pairs",
        _key("ours"),
        _key("naive"),
        per_article=False,
    ),
    Op("Review first run", 2, "< 2 s", _key("first"), _key("trivial_first")),
    Op(
        "Review: reviewer name typed",
        None,
        "",
        _key("reviewer"),
        _key("trivial_click"),
        per_article=False,
    ),
    Op(
        "Review ✎",
        0.15,
        "< 150 ms, ≤ 2× trivial",
        _key("edit"),
        _key("trivial_click"),
        per_article=False,
        ratio_target=2,
    ),
    Op("Review: text typed", None, "", _key("typing"), _key("trivial_click"), per_article=False),
    Op(
        "Review Save",
        0.15,
        "< 150 ms, ≤ 2× trivial",
        _key("save"),
        _key("trivial_click"),
        per_article=False,
        ratio_target=2,
    ),
    *(
        Op(f"{page.capitalize()} page first run", 2, "< 2 s", _key("first"), per_article=False)
        for page in PAGES
    ),
    Op(
        "Names page, until listing again",
        2,
        "< 2 s",
        _key("before_spinner"),
        per_article=False,
    ),
    Op("Names page after an edit (served)", 2, "< 2 s", _key("first"), per_article=False),
    *(
        Op(
            f"Review {action} (served)",
            0.15,
            "< 150 ms, ≤ 2× trivial",
            _key(f"served_{key}"),
            _key("served_trivial_click"),
            per_article=False,
            ratio_target=2,
        )
        for action, key in (
            ("✎", "edit"),
            ("Save", "save"),
            ("Approve", "approve"),
            ("next page", "next_page"),
        )
    ),
    Op(
        "Review: article added",
        1,
        "< 1 s",
        _key("add"),
        _key("trivial_click"),
        per_article=False,
    ),
]
SOURCE = {  # the result a row reads, when its name differs from the measurement's
    f"glossary QA, {GLOSSARY_SIZE} entries": "glossary QA",
    f"grouping {GROUPING_NAMES:,} names": "grouping 1,000 names",
    "Review first run": "Review page",
    "Review ✎": "Review page",
    "Review: reviewer name typed": "Review page",
    "Review: text typed": "Review page",
    "Review Save": "Review page",
    **{f"Review {a} (served)": "Review page" for a in ("✎", "Save", "Approve", "next page")},
    **{f"{page.capitalize()} page first run": f"{page} page" for page in PAGES},
    "Names page, until listing again": "names page",
    "Review: article added": "Review page",
}


# ---------------------------------------------------------------- the table


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 0.01:
        return f"{seconds * 1000:.2f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _met(op: Op, seconds: float | None, naive: float | None) -> str:
    """Whether the largest size meets the row's target: its time and its ratio to naive."""
    if op.target is None and op.ratio_target is None:
        return "–"
    if seconds is None:
        return "not run"
    missed = []
    if op.target is not None and seconds >= op.target:
        missed.append("time")
    if op.ratio_target is not None and naive and seconds / naive > op.ratio_target:
        missed.append("ratio")
    return f"not met ({', '.join(missed)})" if missed else "met"


def table(by_size: dict[int, dict[str, Result]]) -> str:
    """Markdown: a row per operation, then the peak memory; targets judged at 1,000."""
    sizes = sorted(by_size)
    head = ["operation", *(f"{n:,}" for n in sizes), *(f"per article @{n:,}" for n in sizes)]
    head += [f"vs naive @{sizes[-1]:,}", f"peak @{sizes[-1]:,}", "target @1,000", "met"]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for op in ROWS:
        found = [by_size[n].get(SOURCE.get(op.name, op.name)) for n in sizes]
        times = [op.seconds(r) if r else None for r in found]
        per = [
            _fmt(t / n) if t is not None and op.per_article else "–"
            for t, n in zip(times, sizes, strict=True)
        ]
        last, naive = times[-1], op.naive(found[-1]) if found[-1] else None
        ratio = f"{last / naive:.2g}× ({_fmt(naive)})" if last and naive else "–"
        peak = f"{found[-1].peak_mib:.0f} MiB" if found[-1] else "–"
        met = _met(op, last, naive) if sizes[-1] == 1000 else "–"
        cells = [op.name, *map(_fmt, times), *per, ratio, peak, op.target_text or "–", met]
        if found[-1] and found[-1].seconds is None:
            cells[len(sizes)] = found[-1].note
        rows.append("| " + " | ".join(cells) + " |")
    peaks = [max((r.peak_mib for r in by_size[n].values()), default=0) for n in sizes]
    met = "met" if sizes[-1] == 1000 and peaks[-1] < 1024 else "–"
    cells = ["peak memory (largest child)", *(f"{p:.0f} MiB" for p in peaks)]
    cells += ["–"] * (len(sizes) + 2) + ["< 1 GiB", met]
    rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="article counts, comma-separated")
    parser.add_argument("--out", help="where to build (default: a temporary folder)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per operation")
    parser.add_argument(
        "--distinct",
        action="store_true",
        help="also the first index of an archive whose translated sentences never repeat",
    )
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, folder = args.child
        print(json.dumps({"bench": kind, **CHILDREN[kind](Path(folder))}))
        return 0
    base = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="reader-scale-"))
    by_size, names = {}, {}
    for size in (int(s) for s in args.sizes.split(",")):
        out = base / str(size)
        ids = build_archive(out, size)
        print(f"{size} articles in {out}; {_load()}")
        by_size[size], names[size] = measure_size(out, ids, args.timeout)
        if args.distinct:
            by_size[size].update(measure_distinct(base / f"{size}-distinct", size, args.timeout))
        print(table(by_size))
    print(f"\nnames found (input of names --group): {names}; {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
