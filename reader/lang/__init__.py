"""The languages `reader` knows, one folder each; ask here rather than test a language code.

Adding a language: a folder beside `en/` whose `__init__.py` builds a `Language`, and one
line in `_BUILT_IN`. English is the source language; the others are translation targets.
`register` adds a language from elsewhere (a folder outside the package, as the tests do).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from reader.lang import en, ky, ru
from reader.lang.base import CYRILLIC, LATIN, Language

__all__ = ["CYRILLIC", "LATIN", "Language", "all", "get", "source", "targets"]

_BUILT_IN = (en.LANGUAGE, ru.LANGUAGE, ky.LANGUAGE)
_SOURCE = "en"
_REGISTRY: dict[str, Language] = {language.code: language for language in _BUILT_IN}
_revision = 0  # counts register/unregister calls


def revision() -> int:
    """Changes whenever a language is registered or removed: a key for caches of what the
    registered languages bring (their romanization schemes)."""
    return _revision


def get(code: str) -> Language:
    """The language with this code; ValueError (naming the known codes) for any other."""
    try:
        return _REGISTRY[code]
    except KeyError:
        raise ValueError(f"unknown language {code!r}; expected one of {codes()}") from None


def all() -> tuple[Language, ...]:
    """Every registered language, the source first."""
    return (source(), *targets())


def source() -> Language:
    return _REGISTRY[_SOURCE]


def source_code() -> str:
    return _SOURCE


def targets() -> tuple[Language, ...]:
    """The languages texts are translated into, in registration order."""
    return tuple(language for code, language in _REGISTRY.items() if code != _SOURCE)


def codes() -> tuple[str, ...]:
    return tuple(language.code for language in all())


def target_codes() -> tuple[str, ...]:
    return tuple(language.code for language in targets())


def canonical_code(code: str) -> str:
    """The registry's code for `code` or one of its aliases ("kir" -> "ky"); others as given."""
    for language in all():
        if code in language.aliases:
            return language.code
    return code


def display_name(code: str) -> str:
    """English name of a language for people ("Kyrgyz"); an unknown code is shown as is."""
    language = _REGISTRY.get(code)
    return language.name if language else code


def scheme_files() -> tuple[Path, ...]:
    """Romanization schemes: those of the whole script (`schemes/` here), then each language's."""
    shared = sorted((Path(__file__).parent / "schemes").glob("*.json"))
    return (*shared, *(path for language in all() for path in language.schemes))


def register(language: Language) -> None:
    """Add a target language (replacing one with the same code)."""
    global _revision
    _REGISTRY[language.code] = language
    _revision += 1


def unregister(code: str) -> None:
    """Remove a language added with `register`; the built-in ones stay."""
    if code in {language.code for language in _BUILT_IN}:
        raise ValueError(f"{code!r} is built in")
    global _revision
    _REGISTRY.pop(code, None)
    _revision += 1


def load_folder(folder: Path) -> Language:
    """The `LANGUAGE` a language folder outside the package defines in its `__init__.py`."""
    init = folder / "__init__.py"
    spec = importlib.util.spec_from_file_location(f"reader_lang_{folder.name}", init)
    if spec is None or spec.loader is None:
        raise ValueError(f"{folder} has no __init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LANGUAGE
