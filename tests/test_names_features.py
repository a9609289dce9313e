"""Natural features and facilities: rivers, lakes, seas, reservoirs, ranges, passes, glaciers,
parks, mines and dams, by their generic words in each language (place_words.json)."""

from __future__ import annotations

import pytest

from reader.names.extract import extract_names
from reader.names.grouping import group, group_names
from reader.names.place_words import without_generic


def _groups(names: list[str]) -> list[set[str]]:
    return [set(g) for g in group_names(names)]


@pytest.mark.parametrize(
    "names",
    [
        # a Russian adjective and its noun, a Turkic possessive, an English word last
        ["Kapchagay Reservoir", "Капшагайское водохранилище", "Қапшағай су қоймасы"],
        ["Charvak Reservoir", "Чарвакское водохранилище", "Chorvoq suv ombori"],
        ["Kara Sea", "Карское море"],
        ["Baltic Sea", "Балтийское море"],
        ["Inylchek Glacier", "ледник Иныльчек", "Иныльчек мөңгүсү"],
        ["Sary-Chelek Nature Reserve", "Сары-Челекский заповедник", "Сары-Челек коругу"],
        ["Jerooy gold mine", "месторождение Джеруй", "Жеруй кени"],
        ["Rogun Dam", "Рогунская ГЭС"],
        # a Turkic river's darya apart reads as its river word
        ["Kafirnigan River", "Kafirnigan Darya", "река Кафирниган"],
    ],
)
def test_a_features_names_across_languages_group(names: list[str]) -> None:
    assert _groups(names) == [set(names)]


@pytest.mark.parametrize(
    "names",
    [
        ["Sary-Chelek", "Sary-Chelek Nature Reserve", "Сары-Челек коругу"],
        ["Kyzyl-Art", "Kyzyl-Art Pass", "перевал Кызыл-Арт", "Кызыл-Арт ашуусу"],
        ["Jerooy", "Jerooy gold mine", "Жеруй кени"],
        ["Inylchek", "Inylchek Glacier", "Иныльчек мөңгүсү"],
        # a range's English plural and its Russian name alone
        ["Urals", "Ural Mountains", "Урал", "Уральские горы"],
    ],
)
def test_a_bare_name_stands_for_the_one_feature_in_play(names: list[str]) -> None:
    assert _groups(names) == [set(names)]


def test_a_bare_name_beside_two_features_is_ambiguous() -> None:
    out = group(["Alai", "Alai Valley", "Alai Range", "Алайская долина"])
    bare = next(g for g in out if g.names == ("Alai",))
    assert set(bare.ambiguous) == {"Alai Valley", "Alai Range"}
    assert {"Alai Valley", "Алайская долина"} in [set(g.names) for g in out]


@pytest.mark.parametrize(
    ("town", "feature"),
    [
        # a town written so in play keeps its bare name from the river or lake of its name
        (["Talas city", "Talas", "Талас"], ["Talas River", "река Талас"]),
        (["город Каракуль", "Каракуль", "Karakul"], ["Lake Karakul", "озеро Каракуль"]),
        # a town the gazetteer has keeps it from a dam or a reservoir
        (["Nurek"], ["Nurek Dam", "Нурекская ГЭС"]),
    ],
)
def test_a_town_and_the_feature_of_its_name_stay_apart(town: list[str], feature: list[str]) -> None:
    assert sorted(_groups(town + feature), key=len) == sorted([set(town), set(feature)], key=len)


def test_a_womans_name_darya_is_no_river_word() -> None:
    groups = _groups(["Дарья Иванова", "Darya Ivanova", "Kafirnigan Darya", "Дарья"])
    assert {"Kafirnigan Darya"} in groups
    assert {"Дарья Иванова", "Darya Ivanova"} in groups


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Aral", "Sea"], (["Aral"], "sea")),
        (["Sea", "Launch"], (["Sea", "Launch"], None)),
        (["Deposit", "Insurance", "Agency"], (["Deposit", "Insurance", "Agency"], None)),
        (["Naryn", "Darya"], (["Naryn"], "river")),
        (["Darya", "Ivanova"], (["Darya", "Ivanova"], None)),
        (["Кени", "Асанов"], (["Кени", "Асанов"], None)),
        (["Жеруй", "кенинде"], (["Жеруй"], "mine")),
    ],
)
def test_english_feature_words_and_darya_end_a_name_only(
    words: list[str], expected: tuple[list[str], str | None]
) -> None:
    assert without_generic(words, lambda _: False) == expected


def test_russian_keeps_the_generic_word_natasha_leaves_out() -> None:
    found = extract_names("Фермеры на реке Чу и у озера Сон-Куль жалуются.", "ru")
    assert [(m.text, m.lemma) for m in found] == [
        ("реке Чу", "река Чу"),
        ("озера Сон-Куль", "озеро Сон-Куль"),
    ]
    found = extract_names("Работы на Джеруйском месторождении идут.", "ru")
    assert [m.lemma for m in found] == ["Джеруйское месторождение"]


def test_kyrgyz_keeps_a_sentences_first_word_before_a_generic_word() -> None:
    found = extract_names("Иныльчек мөңгүсү эрип жатат.", "ky")
    assert [m.text for m in found] == ["Иныльчек мөңгүсү"]


def test_english_keeps_a_features_lowercase_word_after_a_name() -> None:
    found = extract_names("Water in the Kambarata reservoir fell near the Kaspi deposit.", "en")
    assert [m.text for m in found] == ["Kambarata reservoir", "Kaspi"]


def test_a_sea_named_with_of_is_one_name() -> None:
    found = extract_names("Ships in the Sea of Marmara were hit.", "en")
    assert [m.text for m in found] == ["Sea of Marmara"]
    assert _groups(["Sea of Azov", "Азовское море", "Азов деңизи"]) == [
        {"Sea of Azov", "Азовское море", "Азов деңизи"}
    ]


def test_a_bare_name_beside_a_lake_and_a_field_of_its_name_is_ambiguous() -> None:
    """A lake is named alone, but beside an oil field named after it the bare name may be
    either: it joins neither, as beside a lake and a river."""
    assert group_names(["Lake Ulykol", "Ulykol", "Ulykol oil field"]) == [
        ["Lake Ulykol"],
        ["Ulykol"],
        ["Ulykol oil field"],
    ]
    assert group_names(["Lake Ulykol", "Ulykol"]) == [["Lake Ulykol", "Ulykol"]]
