"""The shape of reader/'s imports: no cycles between modules or between its packages, and no
Streamlit (the app displays; reader/ is the core the app and the CLI call).

Imports are read from the source (ast), including those inside functions. Imports under
`if TYPE_CHECKING:` are left out: they only name types for annotations and never run.
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


def _type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and ast.unparse(test).endswith("TYPE_CHECKING")


def _imported(tree: ast.AST) -> Iterator[str]:
    """Every module name imported at run time, wherever in the file."""
    for node in ast.iter_child_nodes(tree):
        if _type_checking(node):
            continue
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


def test_the_checks_see_what_they_look_for():
    """A cycle and an import inside a function are found, a type-only import is not."""
    assert set(_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}})) == {"a", "b", "c"}
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import x\n"
        "def f():\n    import streamlit\n"
    )
    assert set(_imported(ast.parse(source))) == {"typing", "streamlit"}
