"""Kazakhstan's names of towns that drop a Russian place suffix (issue 10): Лисаков for
Лисаковск, Успен for Успенка; Kazakh ш for a Russian name's ч (Шу for Чу); Bashkir names
of villages without Russian's -ово, -ево. Made-up towns; the gazetteer is off: spelling
alone."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader.names.grouping import group_names
from reader.names.kazakh_towns import (
    russian_stems,
    shcha_swaps,
    sibilant_swaps,
    written_locally,
)


@pytest.mark.parametrize(
    "names",
    [
        # -ск, -ка, -ское, -о after -ин off, beside a Kazakh case form of the stem
        ["Krasnopolyansk", "Краснополян", "Краснополянның"],
        ["Краснополянск", "Краснополян", "Краснополянға"],
        ["Belogorka", "Белогор", "Белогорға"],
        ["Тихореченское", "Тихоречен", "Тихореченнің"],
        ["Olgino", "Ольгин", "Ольгинде"],
        # -овка off a Latin spelling written with akanye's a
        ["Zhelturanavka", "Желтуран", "Желтуранның"],
        # a letter only Kazakh has marks the stem's side
        ["Karasuskoye", "Қарасу"],
        # the suffix on the Kazakh side, the stem on the other
        ["Grigorov", "Григоровка", "Григоровкаға"],
        # Kazakh ш for a Russian word-initial ч, either side; with the suffix off too
        ["Shubar", "Чубар", "Чубарға"],
        ["Chalkar", "Шалкар", "Шалкарға"],
        ["Shaltyr", "Чалтырск", "Чалтырсктың"],
        # a Bashkir village's name without Russian's -ово, -ево (a Bashkir letter marks it)
        ["Kuzgunovo", "Кузгуново", "Ҡуҙғун"],
        ["Ilmashevo", "Илмашево", "Илмәш", "в Илмашеве"],
    ],
)
def test_a_kazakh_town_name_without_the_russian_suffix_groups(names: list[str]) -> None:
    assert together(names)


@pytest.mark.parametrize(
    "names",
    [
        # nothing Kazakh: two towns, as Kirov and Kirovsk; two surnames
        ["Pokrovsk", "Покров"],
        ["Краснополянск", "Краснополян"],
        ["Shubin", "Чубин"],
        ["Кузгуново", "Кузгун"],
    ],
)
def test_a_stem_not_written_locally_stays_apart(names: list[str]) -> None:
    assert apart(names)


def test_case_forms_of_a_two_letter_name_group() -> None:
    # -дың, -ға, -дан, -мен no Russian name ends with make the group Kazakh; then -ды, -да
    assert together(["Жу", "Жудың", "Жуға", "Жуды", "Жуда", "Жудан", "Жумен"])
    assert together(["Ек", "Ектің", "Екке", "Екті", "Екте", "Ектен", "Екпен"])
    # and Kazakh ш for ч meets it
    assert together(["Cho", "Шо", "Шоның", "Шоға"])


@pytest.mark.parametrize(
    "names",
    [
        # a Russian name's case forms, or a name of its own, beside a two-letter name
        ["Ви", "Вида", "Виды", "Виде"],
        ["Ин", "Инге"],
        ["Ло", "Лоды"],
    ],
)
def test_russian_forms_of_a_two_letter_stem_stay_apart(names: list[str]) -> None:
    groups = group_names(names, places=False)
    assert [names[0]] in groups


@pytest.mark.parametrize(
    "names",
    [
        # Kazakh щ within a word for a Russian name's ч, either side
        ["Ачитам", "Ачитамға", "Ashchytam"],
        ["Ащытам", "Ащытамға", "Ачитам"],
    ],
)
def test_kazakh_shcha_for_a_russian_ch_groups(names: list[str]) -> None:
    assert together(names)


def test_kazakh_sha_within_a_word_is_not_read_as_ch() -> None:
    assert not together(["Ачитам", "Ачитамға", "Ashytam"])
    assert not together(["Кушар", "Кушарға", "Kuchar"])


def test_a_womans_a_is_no_suffix() -> None:
    assert not together(["Bulatova", "Булатов", "Булатовтың"])


def test_names_the_gazetteer_knows_are_left_to_it() -> None:
    # Kirovsk and Kirov are two towns it has: no Kazakh case form makes them one
    groups = group_names(["Kirovsk", "Киров", "Кировтың"], places=True)
    assert groups == [["Kirovsk"], ["Киров", "Кировтың"]]


def test_a_regions_name_is_no_towns() -> None:
    # Ukrainian і is no Kazakh letter, and a region is no town of its stem
    assert not together(["Voronez", "Воронізька область"])


def test_the_suffixes_and_the_least_stem() -> None:
    assert russian_stems("lisakovsk") == {"lisakov"}
    assert russian_stems("temirlanovka") == {"temirlan", "temirlanov"}
    assert russian_stems("bulaevo") == {"bulaev", "bula"}
    assert russian_stems("kuzgunovo") == {"kuzgun", "kuzgunov"}
    assert russian_stems("bulaeva") == frozenset()
    assert russian_stems("orsk") == frozenset()
    assert russian_stems("çarsk") == {"çar"}


def test_only_the_first_sibilant() -> None:
    assert sibilant_swaps("şuçi") == {"çuçi"}
    assert sibilant_swaps("kurşim") == frozenset()


def test_shcha_only_where_written() -> None:
    assert shcha_swaps("Ащытам", "aşitam") == {"açitam"}
    assert shcha_swaps("Ashchytam", "aşitam") == {"açitam"}
    assert shcha_swaps("Ашытам", "aşitam") == frozenset()


def test_kazakh_writing_is_a_letter_or_a_case_form_of_a_name_beside_it() -> None:
    assert written_locally(["Қарасу"])
    assert written_locally(["Ҡуҙғун"])
    assert not written_locally(["Воронізька"])
    assert written_locally(["Лисаков", "Лисаковта"])
    assert not written_locally(["Лисаковта"])
    assert not written_locally(["Лисаков", "Lisakov"])
