"""Every cache in reader/ on a function with arguments is bounded: at a newsroom's scale an
unbounded cache keyed by words or texts only grows. A cache of a function without arguments
(a table read once) is one value and may stay `functools.cache`.

Read from the source (ast), so nothing is imported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from reader.config import REPO_ROOT


def _unbounded(decorator: ast.expr) -> bool:
    """`cache`, `functools.cache`, bare `lru_cache` or `lru_cache(maxsize=None)`."""
    call = decorator if isinstance(decorator, ast.Call) else None
    target = call.func if call else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    if name == "cache":
        return True
    if name != "lru_cache":
        return False
    if call is None:
        return False  # bare @lru_cache: maxsize 128
    sizes = [*call.args[:1], *(k.value for k in call.keywords if k.arg == "maxsize")]
    return any(isinstance(s, ast.Constant) and s.value is None for s in sizes)


def _unbounded_caches() -> Iterator[str]:
    for path in sorted((REPO_ROOT / "reader").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            a = node.args
            if not (a.posonlyargs or a.args or a.kwonlyargs or a.vararg or a.kwarg):
                continue
            if any(_unbounded(d) for d in node.decorator_list):
                yield f"{path.relative_to(REPO_ROOT)}:{node.lineno} {node.name}"


def test_every_cache_with_arguments_is_bounded() -> None:
    assert list(_unbounded_caches()) == []
