"""A place's qualifier (Horgos (China), Khorgos, Kazakhstan) and a person's title (генерал
Панфилов): no part of the name. A qualifier tells two places of one spelling apart; a title
makes the name a person's, never a town's. Made-up names throughout."""

from __future__ import annotations

import pytest

from reader.names import qualifiers
from reader.names.grouping import group, group_names


def _groups(names: list[str], places: bool = False) -> list[set[str]]:
    return [set(g) for g in group_names(names, places=places)]


def _bases(word: str) -> list[str]:
    return []


@pytest.mark.parametrize(
    ("text", "name", "countries"),
    [
        ("Belsaray (China)", "Belsaray", {"CN"}),
        ("Бельсарай (Китай)", "Бельсарай", {"CN"}),
        ("Belsaray, Kazakhstan", "Belsaray", {"KZ"}),
        ("Бельсарай, Қазақстан", "Бельсарай", {"KZ"}),
        ("Belsaray (Ingushetia)", "Belsaray", {"RU"}),
        ("Бельсарай (Синьцзян)", "Бельсарай", {"CN"}),
    ],
)
def test_a_country_or_region_in_parentheses_or_after_a_comma_is_read_apart(
    text: str, name: str, countries: set[str]
) -> None:
    core, regions = qualifiers.split(text, _bases)
    assert core == name
    assert qualifiers.countries(regions) == countries


@pytest.mark.parametrize(
    "text", ["Belsaray (town)", "Belsaray (film)", "Belsaray, Ivan", "Kyrgyzstan, Kazakhstan"]
)
def test_what_names_no_country_or_region_stays_part_of_the_name(text: str) -> None:
    assert qualifiers.split(text, _bases) == (text, frozenset())


def test_a_region_agrees_with_its_country_and_differs_from_another_region() -> None:
    china, xinjiang = ({"CN"}, {"CN", "CN-XJ"})
    ingushetia, dagestan = ({"RU", "RU-IN"}, {"RU", "RU-DA"})
    assert not qualifiers.conflict(frozenset(china), frozenset(xinjiang))
    assert qualifiers.conflict(frozenset(ingushetia), frozenset(dagestan))
    assert qualifiers.conflict(frozenset(china), frozenset({"KZ"}))


QUALIFIED = [
    "Belsaray (China)",
    "Бельсарай (Китай)",
    "Belsaray, Xinjiang",
    "Belsaray, Kazakhstan",
    "Бельсарай (Казахстан)",
]


@pytest.mark.parametrize("places", [False, True])
def test_two_places_of_one_spelling_in_different_countries_stay_apart(places: bool) -> None:
    assert _groups(QUALIFIED, places) == [
        {"Belsaray (China)", "Бельсарай (Китай)", "Belsaray, Xinjiang"},
        {"Belsaray, Kazakhstan", "Бельсарай (Казахстан)"},
    ]


@pytest.mark.parametrize("places", [False, True])
def test_the_bare_name_between_two_qualified_places_is_shown_ambiguous(places: bool) -> None:
    found = group([*QUALIFIED, "Belsaray", "Бельсарай", "посёлок Бельсарай"], places)
    assert [set(g.names) for g in found] == [
        {"Belsaray (China)", "Бельсарай (Китай)", "Belsaray, Xinjiang"},
        {"Belsaray, Kazakhstan", "Бельсарай (Казахстан)"},
        {"Belsaray", "Бельсарай", "посёлок Бельсарай"},
    ]
    assert found[2].ambiguous == ("Belsaray (China)", "Belsaray, Kazakhstan")
    assert found[0].ambiguous == found[1].ambiguous == ()


@pytest.mark.parametrize("places", [False, True])
def test_a_name_of_several_readings_keeps_the_bare_name_between_two_places(places: bool) -> None:
    # Бархава reads as itself or, with Belarusian а for о, as Борхово: it fits both towns'
    # groups and the bare names' group; it never carries those into one town's group
    russia = ["Borkhovo (Russia)", "Борхово (Россия)", "Бархава (Россия)"]
    ukraine = ["Borkhovo (Ukraine)", "Борхово (Украина)"]
    found = group([*russia, *ukraine, "Borkhovo", "Борхово", "Бархава"], places)
    assert [set(g.names) for g in found] == [
        set(russia),
        set(ukraine),
        {"Borkhovo", "Борхово", "Бархава"},
    ]
    assert found[2].ambiguous == ("Borkhovo (Russia)", "Borkhovo (Ukraine)")


@pytest.mark.parametrize("places", [False, True])
def test_one_qualified_place_joins_its_unqualified_spellings(places: bool) -> None:
    names = ["Belsaray (Kyrgyzstan)", "Бельсарай, Кыргызстан", "Belsaray", "посёлок Бельсарай"]
    found = group(names, places)
    assert [set(g.names) for g in found] == [set(names)]
    assert found[0].ambiguous == ()


@pytest.mark.parametrize("places", [False, True])
def test_a_qualified_place_never_joins_the_person_of_its_name(places: bool) -> None:
    # a town named after a man: its country after it marks the place, as a town's word does
    names = ["Ivan Tarbakov", "Иван Тарбаков", "Tarbakov (Russia)", "Тарбаков, Россия"]
    assert _groups([*names, "Tarbakov"], places) == [
        {"Ivan Tarbakov", "Иван Тарбаков"},
        {"Tarbakov (Russia)", "Тарбаков, Россия", "Tarbakov"},
    ]
    assert _groups(names, places) == [
        {"Ivan Tarbakov", "Иван Тарбаков"},
        {"Tarbakov (Russia)", "Тарбаков, Россия"},
    ]


def test_two_regions_of_one_country_keep_a_spelling_apart() -> None:
    names = ["Belsaray (Ingushetia)", "Belsaray (Dagestan)", "Бельсарай (Ингушетия)"]
    assert _groups(names) == [
        {"Belsaray (Ingushetia)", "Бельсарай (Ингушетия)"},
        {"Belsaray (Dagestan)"},
    ]


@pytest.mark.parametrize("places", [False, True])
def test_a_title_before_a_surname_joins_the_one_person_of_that_surname(places: bool) -> None:
    names = ["Ivan Tarbakov", "Иван Тарбаков", "генерал Тарбаков", "генерала Тарбакова"]
    assert _groups(names, places) == [set(names)]


@pytest.mark.parametrize("places", [False, True])
def test_a_title_before_a_full_name_is_no_part_of_it(places: bool) -> None:
    names = [
        "President Kenjebek Tursalov",
        "Kenjebek Tursalov",
        "президент Кенжебек Турсалов",
        "Deputy Prime Minister Kenjebek Tursalov",
        "экс-президент генерал Кенжебек Турсалов",
    ]
    assert _groups(names, places) == [set(names)]


@pytest.mark.parametrize("places", [False, True])
def test_a_title_never_joins_a_person_to_a_town(places: bool) -> None:
    names = ["Ivan Tarbakov", "генерал Тарбаков", "город Тарбаков", "Tarbakov city"]
    assert _groups(names, places) == [
        {"Ivan Tarbakov", "генерал Тарбаков"},
        {"город Тарбаков", "Tarbakov city"},
    ]
    assert _groups(["генерал Тарбаков", "город Тарбаков"], places) == [
        {"генерал Тарбаков"},
        {"город Тарбаков"},
    ]


def test_a_title_between_two_full_names_is_shown_ambiguous() -> None:
    found = group(["Ivan Tarbakov", "Oleg Tarbakov", "генерал Тарбаков"], places=False)
    assert [set(g.names) for g in found] == [
        {"Ivan Tarbakov"},
        {"Oleg Tarbakov"},
        {"генерал Тарбаков"},
    ]
    assert found[2].ambiguous == ("Ivan Tarbakov", "Oleg Tarbakov")


def test_a_title_alone_is_a_name_and_an_office_of_a_place_no_person() -> None:
    assert _groups(["Аким", "Akim"]) == [{"Аким", "Akim"}]
    # the office of a place is read as before: the place's case form, no person's surname
    assert _groups(["аким Бишкека", "Бишкек"], places=True) == [{"аким Бишкека", "Бишкек"}]


def test_a_qualifier_that_contradicts_the_gazetteers_country_keeps_the_town_apart() -> None:
    # the gazetteer has Chaek, Чаек in Kyrgyzstan
    found = group(["Chaek (China)", "Chaek, Kyrgyzstan", "село Чаек", "Чаек"], places=True)
    assert [set(g.names) for g in found] == [
        {"Chaek (China)"},
        {"Chaek, Kyrgyzstan", "село Чаек", "Чаек"},
    ]
    assert [g.ambiguous for g in found] == [(), ()]
    assert _groups(["Chaek (China)", "Чаек"], places=True) == [{"Chaek (China)"}, {"Чаек"}]
