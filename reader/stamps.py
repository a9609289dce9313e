"""What derived data depends on in this code, read from the code itself.

Stored results (the article index, the names in translation versions, check findings, name
groups and listings) are kept under a hash of the rules they were computed with. That hash
covers the modules the computing code imports, followed import by import from the modules
that compute it (`digest(roots)`), and the data files those modules read (`DATA_FILES`), so
it changes with what can change the result and with nothing else: a new import is covered
the day it is written, and editing language identification leaves the names found alone.

A module depends on the modules it imports, at the top or inside a function (imports only
for type checking aside); importing `reader.a.b` also runs the package `reader.a`, but only
an import that takes names from `reader.a` itself (`from reader.a import f`, `from reader
import a`) makes the package's own code, and its imports, a dependency.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from importlib.util import resolve_name
from pathlib import Path

from reader.config import REPO_ROOT

# The data files each module reads (globs from the repository's root), under the module that
# opens them: a file not listed here is no rule of anything (tests/test_stamps.py checks that
# every data file in reader/ is listed, and that a module naming one lists it, or imports or
# is imported by a module that does).
DATA_FILES: dict[str, tuple[str, ...]] = {
    "reader.corpus.furniture": ("reader/corpus/furniture.json",),
    "reader.segment.rules": ("reader/lang/*/segment.json",),
    "reader.lang.extraction": (
        "reader/lang/*/names.json",
        "reader/lang/patronymics.json",
        "reader/names/place_words.json",
        "reader/names/offices.json",
    ),
    "reader.lang.en.morphology": ("reader/lang/en/words.txt.gz", "reader/lang/en/calendar.json"),
    "reader.lang.ru.morphology": ("reader/lang/ru/surnames.json",),
    "reader.lang.ru.east_slavic": ("reader/lang/ru/east_slavic.json",),
    "reader.lang.ru.given_name_forms": (
        "reader/lang/ru/english_names.json",
        "reader/lang/ru/ukrainian_names.json",
    ),
    "reader.lang.ky.morphology": ("reader/lang/ky/suffixes.json",),
    "reader.lang.identify": ("reader/lang/*/markers.json", "reader/lang/*/words.txt.gz"),
    "reader.lang.lexicon": ("reader/lang/*/lexicon.txt.xz",),
    "reader.names.translit": (
        "reader/names/folding.json",
        "reader/lang/schemes/*.json",
        "reader/lang/*/schemes/*.json",
    ),
    "reader.names.gazetteer": ("reader/names/folding.json",),
    "reader.names.kazakh": ("reader/names/kazakh_endings.json",),
    "reader.names.belarusian": ("reader/names/belarusian_endings.json",),
    "reader.names.initials": ("reader/names/initials.json",),
    "reader.names.descriptive": ("reader/names/descriptive.json",),
    "reader.names.offices": ("reader/names/offices.json",),
}

# Where results are kept, not how they are computed: the store's SQL (a change of what is
# stored comes with a migration), crash-safe file writes, the folders' paths, these hashes.
# A bound for the caches keyed by a module, a file or a pattern: well above the code's size.
_MODULES = 4096

NOT_RULES = ("reader.store", "reader.files", "reader.config", "reader.stamps")
# Imports inside a function that no stored result is computed by, by importing module: only
# an upload (`add_article`) identifies a language (tests/test_stamps.py checks that they stay
# inside a function and that indexing an article imports none of them).
UNREACHED: dict[str, frozenset[str]] = {
    "reader.corpus.loader": frozenset({"reader.corpus.language"}),
}

# Import statements at the start of a line (maybe indented; the names maybe in parentheses
# over several lines), and a block only type checkers read.
_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.M)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n]*)", re.M)
_COMMENT = re.compile(r"#[^\n]*")
_TYPE_CHECKING = re.compile(
    r"^([ \t]*)if TYPE_CHECKING:[^\n]*\n((?:\1[ \t]+[^\n]*\n|[ \t]*\n)*)", re.M
)


def module_path(module: str) -> Path | None:
    """The source file of a `reader` module or package, None for anything else."""
    return _module_paths().get(module)


@functools.cache
def _module_paths() -> dict[str, Path]:
    """{module name: source file} of every module in `reader/`, found in one walk (asking the
    file system module by module takes most of a stamp's time)."""
    paths = {}
    for folder, subfolders, names in os.walk(REPO_ROOT / "reader"):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        parts = Path(folder).relative_to(REPO_ROOT).parts
        for name in names:
            if name.endswith(".py"):
                stem = name.removesuffix(".py")
                module = ".".join(parts if stem == "__init__" else (*parts, stem))
                paths[module] = Path(folder, name)
    return paths


@functools.lru_cache(maxsize=_MODULES)
def imports(module: str) -> frozenset[str]:
    """The `reader` modules `module` uses: those it imports (anywhere but under `if
    TYPE_CHECKING`), as the module whose names it takes. Reads its import statements with
    patterns, not a parser (parsing the modules would cost a tenth of a second per process;
    tests/test_stamps.py checks both agree on every module)."""
    path = module_path(module)
    if path is None:
        return frozenset()
    source = _TYPE_CHECKING.sub("", path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = {name for match in _IMPORT.finditer(source) for name in _names(match.group(1))}
    for match in _FROM.finditer(source):
        base = resolve_name(match.group(1), package)  # a relative import (".x") from `package`
        for name in _names(match.group(2)):  # a submodule, else a name of `base` itself
            found.add(f"{base}.{name}" if module_path(f"{base}.{name}") else base)
    return frozenset(m for m in found if module_path(m) and m.split(".")[0] == "reader")


def _names(listed: str) -> list[str]:
    """The names an import statement lists ("a.b as c, d" -> a.b, d)."""
    listed = _COMMENT.sub("", listed).replace("(", " ").replace(")", " ")
    return [words[0] for part in listed.split(",") if (words := part.split())]


@functools.lru_cache(maxsize=_MODULES)
def modules(roots: tuple[str, ...], shallow: frozenset[str] = frozenset()) -> frozenset[str]:
    """`roots` and every `reader` module they use, directly or through each other, but for
    the storage modules (`NOT_RULES`) and the imports of `UNREACHED`; a module in `shallow`
    counts, its imports do not (what a computation reads of it is only its own code)."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        module = todo.pop()
        if module in seen or _storage(module) or not module_path(module):
            continue
        seen.add(module)
        if module not in shallow:
            todo.extend(imports(module) - UNREACHED.get(module, frozenset()))
    return frozenset(seen)


def files(roots: tuple[str, ...], shallow: frozenset[str] = frozenset()) -> list[Path]:
    """The source files of `modules(roots, shallow)` and the data files they read, sorted."""
    used = modules(roots, shallow)
    paths = {module_path(m) for m in used}
    for module in used:
        paths |= {p for pattern in DATA_FILES.get(module, ()) for p in _glob(pattern)}
    return sorted(p for p in paths if p is not None)


@functools.lru_cache(maxsize=_MODULES)
def _glob(pattern: str) -> tuple[Path, ...]:
    """The files a `DATA_FILES` pattern matches, looked for once per process."""
    return tuple(REPO_ROOT.glob(pattern))


def digest(
    roots: tuple[str, ...],
    packages: tuple[str, ...] = (),
    shallow: frozenset[str] = frozenset(),
) -> str:
    """A hash of the files of `roots` (`files`) and of the installed versions of `packages`:
    what a result computed by `roots` with them depends on besides its input."""
    hasher = hashlib.sha256()
    for package in packages:
        hasher.update(f"{package}=={_version(package)}\0".encode())
    for path in files(roots, shallow):
        hasher.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0")
        hasher.update(_file_hash(path))
    return hasher.hexdigest()


@functools.lru_cache(maxsize=_MODULES)
def _version(package: str) -> str:
    """An installed distribution's version, "missing" if it is not installed."""
    from importlib.metadata import PackageNotFoundError, version  # here: slow to import

    try:
        return version(package)
    except PackageNotFoundError:
        return "missing"


@functools.lru_cache(maxsize=_MODULES)
def _file_hash(path: Path) -> bytes:
    """A file's sha256, read once per process (several stamps share most files)."""
    return hashlib.sha256(path.read_bytes()).digest()


def _storage(module: str) -> bool:
    """Whether `module` is one of `NOT_RULES` or inside one."""
    return any(module == m or module.startswith(m + ".") for m in NOT_RULES)


def clear_cache() -> None:
    """Read the files again (after the files changed within one process: tests)."""
    for cached in (imports, modules, _module_paths, _glob, _version, _file_hash):
        cached.cache_clear()
