"""Cities beyond the former USSR in the gazetteer: the region's press names them in Cyrillic
(Пекин, Мюнхен), which no spelling rule links to their Latin names."""

from __future__ import annotations

import pytest

from reader.names import gazetteer
from reader.names.grouping import group_names


@pytest.mark.parametrize(
    "names",
    [
        ["Beijing", "Peking", "Пекин"],
        ["Munich", "München", "Мюнхен"],
        ["Tehran", "Teheran", "Тегеран"],
        ["Istanbul", "Стамбул", "Стамбуле"],
        ["Lahore", "Лахор"],
        # the dictionary reads Афины also as a case of the given name Афина: no given name
        ["Athens", "Афины"],
        ["Rome", "Рим"],
    ],
)
def test_a_foreign_citys_latin_and_cyrillic_names_group(names: list[str]) -> None:
    assert group_names(names) == [names]
    assert len(group_names(names, places=False)) > 1  # the gazetteer links them, no rule


def test_another_languages_exonym_is_left_out() -> None:
    """Italian Pechino and Portuguese Pequim spell neither Beijing nor Пекин."""
    table = gazetteer.load()
    assert table.entity("Beijing")
    assert table.entity("Pechino") is None and table.entity("Pequim") is None


def test_a_foreign_towns_name_a_dictionary_knows_as_a_word_is_left_out() -> None:
    """Батман, a Turkish town, is also a Russian measure of weight; Виктория a given name."""
    table = gazetteer.load()
    assert table.entity("Batman")
    assert gazetteer.fold("Батман") not in table.lookup
    assert table.entity("Батман") is None  # nor read as romanized
    assert table.entity("Victoria") and table.entity("Виктория") is None


def test_the_former_ussrs_spellings_are_unchanged() -> None:
    """The foreign cities come after every spelling of the former USSR and take none of
    them: Alexandria is still Oleksandriya's, Sakai still Saki's."""
    region = gazetteer.build(abroad=False)
    table = gazetteer.load()
    assert {k: table.lookup[k] for k in region.lookup} == region.lookup
    assert {k: table.forms[k] for k in region.forms} == region.forms
    assert table.heads == region.heads
    assert len(table.lookup) > len(region.lookup)
    assert table.entity("Alexandria") == region.entity("Alexandria")
