"""The rules hashes that stored results are kept under cover what computes them, and only that.

Each test edits a copy of `reader/` in a temporary folder (the hashes read it as the
repository), never the repository's own files.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader import stamps
from reader.checks.base import all_checks
from reader.config import REPO_ROOT
from reader.index import articles, versions
from reader.lang import identify
from reader.names import variants


def _clear_caches() -> None:
    """Forget every rules hash computed so far (they are read once per process)."""
    stamps.clear_cache()
    for module in (versions, articles, variants, identify, sys.modules["reader.checks.base"]):
        for value in vars(module).values():
            if (
                callable(getattr(value, "cache_clear", None))
                and getattr(value, "__module__", None) == module.__name__
            ):
                value.cache_clear()


@pytest.fixture(scope="module")
def copied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of `reader/`, made once: each test puts back what it edited."""
    folder = tmp_path_factory.mktemp("repo")
    shutil.copytree(
        REPO_ROOT / "reader", folder / "reader", ignore=shutil.ignore_patterns("__pycache__")
    )
    return folder


@pytest.fixture
def root(copied: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The copy of `reader/`, which every rules hash reads as the repository."""
    originals = {p: p.read_bytes() for p in (copied / "reader").rglob("*") if p.is_file()}
    for name, module in list(sys.modules.items()):
        if name.startswith("reader") and hasattr(module, "REPO_ROOT"):
            monkeypatch.setattr(module, "REPO_ROOT", copied)
    _clear_caches()
    yield copied
    for path, data in originals.items():
        if path.read_bytes() != data:
            path.write_bytes(data)
    monkeypatch.undo()
    _clear_caches()


def _changes(root: Path, path: str, stamp: Callable[[], object], line: str = "") -> bool:
    """Whether editing `path` (a line appended) changes what `stamp()` gives."""
    before = stamp()
    with (root / path).open("a", encoding="utf-8") as f:
        f.write(line or "\n# edited\n")
    _clear_caches()
    return stamp() != before


def _checks() -> dict[str, str]:
    return {check.id: check.fingerprint() for check in all_checks()}


def _names_found() -> dict[str, str]:
    return {lang: versions.rules_hash(lang) for lang in ("ru", "ky")}


@pytest.mark.parametrize("path", ["reader/lang/identify.py", "reader/lang/ky/markers.json"])
def test_language_identification_is_no_rule_of_the_names_found(root: Path, path: str):
    assert not _changes(root, path, _names_found)


@pytest.mark.parametrize(
    "path",
    [
        "reader/names/extract.py",
        "reader/lang/extraction.py",
        "reader/lang/ru/names.py",
        "reader/lang/ru/vocab.py",  # imported inside a function
        "reader/lang/ky/names.json",  # Kyrgyz places in a Russian text
    ],
)
def test_the_extractors_and_their_word_lists_are_rules_of_the_names_found(root: Path, path: str):
    assert _changes(root, path, lambda: versions.rules_hash("ru"))


def test_the_patronymic_particles_are_a_rule_of_the_kyrgyz_names_found(root: Path):
    assert _changes(root, "reader/lang/patronymics.json", lambda: versions.rules_hash("ky"))


def test_another_languages_extractor_is_no_rule_of_the_names_found(root: Path):
    assert not _changes(root, "reader/lang/ky/names.py", lambda: versions.rules_hash("ru"))
    assert _changes(root, "reader/lang/ky/morphology.py", lambda: versions.rules_hash("ky"))


def test_identification_reruns_the_wrong_language_check_alone(root: Path):
    before = _checks()
    assert _changes(root, "reader/lang/identify.py", _checks)
    after = _checks()
    assert after["wrong-language"] != before["wrong-language"]
    assert {i: h for i, h in after.items() if i != "wrong-language"} == {
        i: h for i, h in before.items() if i != "wrong-language"
    }


def test_a_check_reruns_alone_when_its_own_code_changes(root: Path):
    before = _checks()
    _changes(root, "reader/checks/deprecated_name.py", _checks)
    changed = {i for i, h in _checks().items() if h != before[i]}
    assert changed == {"deprecated-name"}


def test_the_glossary_matching_is_a_rule_of_every_check(root: Path):
    before = _checks()
    _changes(root, "reader/glossary/match.py", _checks)
    assert all(h != before[i] for i, h in _checks().items())


# What each kept result's stamp must follow (True) and must not (False).
_STAMPS = {
    "grouping": (
        variants.grouping_rules,
        {
            "reader/names/translit.py": True,
            "reader/names/place_words.json": True,
            "reader/lang/patronymics.json": True,
            "reader/lang/ru/morphology.py": True,
            "reader/lang/ky/suffixes.json": True,
            "reader/lang/identify.py": False,
            "reader/lang/ky/markers.json": False,
            "reader/names/evidence.py": False,
            "reader/checks/deprecated_name.py": False,
        },
    ),
    "listing": (
        variants.listing_rules,
        {
            "reader/names/evidence.py": True,
            "reader/names/translit.py": True,
            "reader/lang/identify.py": False,
            "reader/checks/base.py": False,
        },
    ),
    "article index": (
        articles.rules_version,
        {
            "reader/segment/splitter.py": True,
            "reader/lang/ru/segment.json": True,
            "reader/corpus/furniture.json": True,
            "reader/names/extract.py": True,
            "reader/lang/en/names.py": True,
            "reader/names/place_words.json": True,  # English generic place words
            "reader/lang/patronymics.json": True,  # English patronymic particles
            "reader/lang/identify.py": False,
            "reader/lang/ky/markers.json": False,
            "reader/names/translit.py": False,
            "reader/store/migrations.py": False,
        },
    ),
}


@pytest.mark.parametrize(
    ("stamp", "path", "changes"),
    [
        pytest.param(stamp, path, changes, id=f"{name}: {path}")
        for name, (stamp, paths) in _STAMPS.items()
        for path, changes in paths.items()
    ],
)
def test_a_stamp_follows_what_computes_its_result(
    root: Path, stamp: Callable[[], str], path: str, changes: bool
):
    assert _changes(root, path, stamp) is changes


def test_a_new_import_is_a_new_rule(root: Path):
    """Code that splits articles starts using a module: its edits re-index the articles."""
    _changes(
        root, "reader/corpus/loader.py", articles.rules_version, "\nimport reader.names.translit\n"
    )
    assert _changes(root, "reader/names/translit.py", articles.rules_version)


def _parsed_imports(module: str) -> frozenset[str]:
    """`stamps.imports(module)` the slow way: every import node of the parsed module but
    those under `if TYPE_CHECKING`."""
    path = stamps.module_path(module)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    todo: list[ast.stmt] = list(ast.parse(path.read_text(encoding="utf-8")).body)
    while todo:  # statements only: an import is one, and expressions are most of the tree
        node = todo.pop()
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if stamps.module_path(sub) else base)
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            todo.extend(n for n in getattr(node, field, ()) if isinstance(n, ast.AST))
    return frozenset(m for m in found if m.split(".")[0] == "reader" and stamps.module_path(m))


def test_the_imports_read_with_patterns_are_those_python_parses():
    for path in sorted((REPO_ROOT / "reader").rglob("*.py")):
        module = ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        assert stamps.imports(module) == _parsed_imports(module), module


def _data_files() -> list[Path]:
    """Every file in reader/ that code may read as rules: all but the code and the licence
    notes, so that a data file of a new kind is not missed."""
    return sorted(
        p
        for p in (REPO_ROOT / "reader").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc", ".COPYRIGHT")
    )


def _declaring(path: Path) -> set[str]:
    """The modules whose DATA_FILES list `path`."""
    return {
        module
        for module, patterns in stamps.DATA_FILES.items()
        for pattern in patterns
        if path in REPO_ROOT.glob(pattern)
    }


def test_every_data_file_is_declared_by_the_module_reading_it():
    declared = {
        p for patterns in stamps.DATA_FILES.values() for g in patterns for p in REPO_ROOT.glob(g)
    }
    assert not {str(p.relative_to(REPO_ROOT)) for p in _data_files()} - {
        str(p.relative_to(REPO_ROOT)) for p in declared
    }
    for module, patterns in stamps.DATA_FILES.items():
        assert stamps.module_path(module), module
        assert all(list(REPO_ROOT.glob(g)) for g in patterns), module


def test_a_module_naming_a_data_file_is_tied_to_a_module_declaring_it():
    """A module that names a data file (or its folder) declares it, or imports or is imported
    by a module that does: whoever computes with that module reads the file."""
    files = _data_files()
    folders = {p.parent.name for p in files if not any(p.parent.glob("*.py"))}
    names = {p.name for p in files} | folders
    for path in sorted((REPO_ROOT / "reader").rglob("*.py")):
        module = ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        source = path.read_text(encoding="utf-8")
        if not any(f'"{name}"' in source for name in names):  # parse only what may name one
            continue
        literals = {
            n.value
            for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value in names
        }
        for literal in literals:
            named = [p for p in files if literal in (p.name, p.parent.name)]
            declaring = set().union(*(_declaring(p) for p in named))
            tied = {
                d
                for d in declaring
                if module in stamps.modules((d,)) or d in stamps.modules((module,))
            }
            assert tied, f"{module} names {literal!r}: add it to stamps.DATA_FILES"


def test_the_unreached_imports_stay_inside_a_function():
    for module, unreached in stamps.UNREACHED.items():
        tree = ast.parse(stamps.module_path(module).read_text(encoding="utf-8"))
        top = {n.module for n in tree.body if isinstance(n, ast.ImportFrom)}
        top |= {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}
        assert not unreached & top


_COMPUTE = """
import json, sys
from pathlib import Path
from reader.checks.base import TranslatedSentence, all_checks
from reader.corpus.metadata import Metadata
from reader.glossary.entries import GlossaryEntry, Variant
from reader.index import articles
from reader.names.extract import extract_names_many

def new(before):
    return sorted(m for m in sys.modules if m.startswith("reader") and m not in before)

imported, loaded = {}, set(sys.modules)
text = "Sadyr Japarov met Akylbek Japarov in Bishkek.\\nThe talks in Moscow lasted an hour."
source = articles.Source("001_a", articles.content_hash(text, Metadata()), Path("a.txt"),
                         (text, Metadata()))
assert articles.compute(source).mentions
imported["index"], loaded = new(loaded), set(sys.modules)
assert extract_names_many(["Садыр Жапаров Бишкекте Путин менен жолукту."], "ky")
imported["ky"] = new(loaded)
entry = GlossaryEntry([Variant("en", "Sadyr Japarov", "preferred"),
                       Variant("ky", "Садыр Жапаров", "preferred"),
                       Variant("ky", "Джапаров", "deprecated")])
sentence = TranslatedSentence("Sadyr Japarov met Putin.",
                              "Джапаров Путин менен жолукту, бирок бул жакшы эмес.", "ky", [entry])
for check in all_checks():
    loaded = set(sys.modules)
    check.run(sentence)
    imported[type(check).__module__] = new(loaded)
print(json.dumps(imported))
"""


def test_every_module_a_computation_imports_as_it_runs_is_one_of_its_rules():
    """What indexing an article, extracting Kyrgyz names and running each check import as
    they run (inside functions) is covered by their rules; the unreached imports are not
    made."""
    out = subprocess.run(
        [sys.executable, "-c", _COMPUTE], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    imported = {key: set(modules) for key, modules in json.loads(out.stdout).items()}
    others = frozenset({"reader.lang.en", "reader.lang.ru"})
    rules = {
        "index": stamps.modules(articles.COMPUTED_BY),
        "ky": stamps.modules(versions.EXTRACTED_BY, others),
    }
    for key, modules in imported.items():
        covered = rules.get(key) or stamps.modules((key,))
        assert not {m for m in modules if not m.startswith(stamps.NOT_RULES)} - covered, key
    assert not imported["index"] & set().union(*stamps.UNREACHED.values())
