"""A place name's qualifier: the country or region newsrooms add in parentheses or after a
comma (Horgos (China), Khorgos, Kazakhstan, Карабулак (Ингушетия)).

The qualifier is no part of the name: the name is matched without it, and the qualifier
tells two places of one spelling apart (`conflict`). A qualifier is read as one only when it
names a country (the gazetteer's ISO 3166-1 names in every language it has: China, Китай,
Қазақстан) or a subdivision of one of the gazetteer's countries or their neighbours (ISO
3166-2 through pycountry, in the languages iso-codes translates them to: Ingushetia,
Xinjiang, Сіньцзян), after a name that is no country's (Kyrgyzstan, Kazakhstan is a list);
else the text is a name as written (Serdar (town)). Kept apart from the grouping that reads
names by it.
"""

from __future__ import annotations

import gettext
import itertools
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from reader.names import gazetteer
from reader.names.place_words import without_generic
from reader.names.translit import name_keys

# Codes of the country and the subdivision a qualifier names: {"CN"}, {"RU", "RU-IN"}; a
# subdivision's code holds its country's before the hyphen.
Regions = frozenset[str]

_PARENTHESES = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<qualifier>[^()]+)\)$")
_COMMA = re.compile(r"^(?P<name>[^,]+?)\s*,\s*(?P<qualifier>[^,]+)$")
_MAX_WORDS = 3  # Kabardino-Balkar Republic, Республика Северная Осетия
# The languages iso-codes translates ISO 3166-2 names to that the region's press writes in
_SUBDIVISION_LANGUAGES = ("ru", "uk", "be", "ky")
_MAX_READINGS = 16


def split(text: str, bases: Callable[[str], list[str]]) -> tuple[str, Regions]:
    """The name without its qualifier, and the regions the qualifier names; the text as it
    is and none when it has no qualifier a gazetteer or ISO 3166-2 knows. `bases`: a word's
    base forms (Китае: Китай), the grouper's reading of words."""
    for pattern in (_PARENTHESES, _COMMA):
        found = pattern.match(text.strip())
        if not found:
            continue
        qualifier = found["qualifier"].strip()
        if not qualifier[:1].isupper() or len(qualifier.split()) > _MAX_WORDS:
            continue
        name = found["name"].strip()
        regions = qualifier_regions(qualifier, bases) if not is_country(name) else frozenset()
        if regions:
            return name, regions
    return text, frozenset()


def without(text: str) -> str:
    """The name without its qualifier (Almaty of Almaty (Kazakhstan)), its words as written:
    what a listing's form is of the name it spells."""
    if "(" not in text and "," not in text:
        return text
    return split(text, lambda word: [])[0]


def qualifier_regions(qualifier: str, bases: Callable[[str], list[str]]) -> Regions:
    """The country or subdivisions a qualifier names, as written or with its words in a
    base form."""
    words = qualifier.split()
    forms = [[w, *bases(w)] for w in words]
    regions: set[str] = set()
    for combo in itertools.islice(itertools.product(*forms), _MAX_READINGS):
        spelling = " ".join(combo)
        entity = gazetteer.load().entity(spelling)
        if entity and entity.startswith("iso3166:"):
            regions.add(entity.split(":", 1)[1])
        regions.update(_subdivisions(spelling))
    return frozenset(regions)


def is_country(name: str) -> bool:
    """Whether a name is a country's: two countries in a row are a list (Kyrgyzstan,
    Kazakhstan), not a place and its qualifier."""
    entity = gazetteer.load().entity(name)
    return bool(entity and entity.startswith("iso3166:"))


def countries(regions: Regions) -> frozenset[str]:
    return frozenset(code.split("-", 1)[0] for code in regions)


def conflict(a: Regions, b: Regions) -> bool:
    """Whether two qualifiers name different places: no country in common, or subdivisions
    of their country that differ (Karabulak (Ingushetia), Karabulak (Chechnya)). A country
    and a subdivision of it agree (Horgos (China), Horgos, Xinjiang)."""
    if not a or not b:
        return False
    shared = countries(a) & countries(b)
    if not shared:
        return True
    subdivisions_a = {code for code in a if "-" in code and code.split("-", 1)[0] in shared}
    subdivisions_b = {code for code in b if "-" in code and code.split("-", 1)[0] in shared}
    return bool(subdivisions_a and subdivisions_b and not subdivisions_a & subdivisions_b)


def _subdivisions(spelling: str) -> set[str]:
    keys = _keys(spelling)
    index = _subdivision_index()
    return {code for key in keys for code in index.get(key, ())}


def _keys(spelling: str) -> set[str]:
    """Keys of a qualifier as written: its words joined, and its first word's first part
    (Xinjiang of Xinjiang Uygur Zizhiqu, Сіньцзян of Сіньцзян-Уйгурський)."""
    words, _ = without_generic(spelling.split(), lambda word: False)
    if not words:
        return set()
    first = words[0].split("-")[0]
    return name_keys(" ".join(words), loose=False) | name_keys(first, loose=False)


@lru_cache(maxsize=1)
def _subdivision_index() -> dict[str, frozenset[str]]:
    """Keys of every ISO 3166-2 subdivision's names (English, and its translations) ->
    the codes of the subdivisions of that name, each with its country's."""
    import pycountry

    wanted = gazetteer.COUNTRIES | set(gazetteer.ABROAD)
    catalogs = [_catalog(code) for code in _SUBDIVISION_LANGUAGES]
    index: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code not in wanted:
            continue
        codes = {subdivision.code, subdivision.country_code}
        for name in _names(subdivision.name, catalogs):
            for key in _keys(name.split(",")[0]):  # Ingushetiya, Respublika
                index.setdefault(key, set()).update(codes)
    return {key: frozenset(codes) for key, codes in index.items()}


def _names(name: str, catalogs: Iterable[gettext.NullTranslations]) -> set[str]:
    return {name, *(catalog.gettext(name) for catalog in catalogs)}


def _catalog(code: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return gettext.NullTranslations()
