"""The shape of reader/'s imports: no cycles between modules or between its packages, and no
Streamlit (the app displays; reader/ is the core the app and the CLI call). The app's pages
in turn neither open files nor SQLite: they go through the Workspace and the core.

Imports are read from the source (ast), including those inside functions and those under
`if TYPE_CHECKING:`: a module that names another's types still depends on it.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

from reader.config import REPO_ROOT

READER = REPO_ROOT / "reader"


def _modules() -> dict[str, Path]:
    found = {}
    for path in READER.rglob("*.py"):
        parts = path.relative_to(REPO_ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _imported(tree: ast.AST) -> Iterator[str]:
    """Every module name imported, wherever in the file, for types only too: a cycle of
    type hints is still two modules that cannot be read one without the other."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                yield full if full in MODULES else node.module
        yield from _imported(node)


def _imports() -> dict[str, set[str]]:
    return {
        module: set(_imported(ast.parse(path.read_text(encoding="utf-8"))))
        for module, path in MODULES.items()
    }


def _package(module: str) -> str:
    """reader.store.db -> reader.store; reader.workspace is a package of its own here."""
    return ".".join(module.split(".")[:2])


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as exc:
        return exc.args[1]
    return []


def test_no_import_cycle_between_modules():
    graph = {m: {n for n in names if n in MODULES and n != m} for m, names in _imports().items()}
    assert _cycle(graph) == []


def test_no_import_cycle_between_readers_packages():
    graph: dict[str, set[str]] = defaultdict(set)
    for module, names in _imports().items():
        for name in names:
            if name in MODULES and name != "reader" and _package(name) != _package(module):
                graph[_package(module)].add(_package(name))
    assert _cycle(graph) == []


def test_reader_never_imports_streamlit():
    users = {
        m for m, names in _imports().items() if any(n.split(".")[0] == "streamlit" for n in names)
    }
    assert users == set()


FILE_AND_SQL_CALLS = {
    "open", "glob", "rglob", "iterdir", "stat", "read_bytes", "read_text", "write_bytes",
    "write_text", "unlink", "mkdir", "connect", "open_db",
}  # fmt: skip


def _file_and_sql_use(tree: ast.AST) -> set[str]:
    """Imports of sqlite3 or of the store's connections, and calls that touch files or SQLite."""
    found = {
        f"import {name}"
        for name in _imported(tree)
        if name.split(".")[0] == "sqlite3" or name.startswith("reader.store.db")
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in FILE_AND_SQL_CALLS:
                found.add(f"{name}() at line {node.lineno}")
    return found


def test_app_pages_neither_open_files_nor_sqlite():
    pages = [REPO_ROOT / "streamlit_app.py", *sorted((REPO_ROOT / "app").glob("*.py"))]
    used = {
        path.name: _file_and_sql_use(ast.parse(path.read_text(encoding="utf-8"))) for path in pages
    }
    assert {name: found for name, found in used.items() if found} == {}


def test_the_checks_see_what_they_look_for():
    """A cycle, an import inside a function and a type-only import are found."""
    assert set(_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}})) == {"a", "b", "c"}
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import x\n"
        "def f():\n    import streamlit\n"
    )
    assert set(_imported(ast.parse(source))) == {"typing", "x", "streamlit"}
    page = "import sqlite3\nfrom pathlib import Path\nPath('x').read_text()\n"
    assert _file_and_sql_use(ast.parse(page)) == {"import sqlite3", "read_text() at line 3"}
