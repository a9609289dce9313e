"""Kazakhstan's names of towns that drop a Russian place suffix (issue 10): Лисаков for
Лисаковск, Успен for Успенка. Made-up towns; the gazetteer is off: spelling alone."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader.names.kazakh_towns import russian_stems, written_in_kazakh


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
    ],
)
def test_a_kazakh_town_name_without_the_russian_suffix_groups(names: list[str]) -> None:
    assert together(names)


@pytest.mark.parametrize(
    "names",
    [
        # nothing Kazakh: two towns, as Kirov and Kirovsk
        ["Pokrovsk", "Покров"],
        ["Краснополянск", "Краснополян"],
        # a woman's -а is no suffix
        ["Bulatova", "Булатов", "Булатовтың"],
    ],
)
def test_a_stem_not_written_in_kazakh_stays_apart(names: list[str]) -> None:
    assert apart(names[:2]) if len(names) == 2 else not together(names)


def test_the_suffixes_and_the_least_stem() -> None:
    assert russian_stems("lisakovsk") == {"lisakov"}
    assert russian_stems("temirlanovka") == {"temirlan", "temirlanov"}
    assert russian_stems("bulaevo") == {"bulaev"}
    assert russian_stems("bulaeva") == frozenset()
    assert russian_stems("orsk") == frozenset()


def test_kazakh_writing_is_a_letter_or_a_case_form_of_a_name_beside_it() -> None:
    assert written_in_kazakh(["Қарасу"])
    assert written_in_kazakh(["Лисаков", "Лисаковта"])
    assert not written_in_kazakh(["Лисаковта"])
    assert not written_in_kazakh(["Лисаков", "Lisakov"])
