"""Letter correspondences found through spellings that independent transliterators write
(CLDR's Kazakh, Kyrgyz and Uzbek transforms, alifbo): see benchmarks/NAMES.md, "Seventh
pass". The gazetteer is off: spelling alone."""

from __future__ import annotations

import pytest

from reader.names.grouping import group_names


@pytest.mark.parametrize(
    "names",
    [
        # Latin ë is ё (BGN/PCGN), which other spellings write yo
        ["Dunyo Aminova", "Дунё Аминова", "Dūnë Aminowa"],
        ["Semyonov", "Semënov", "Семёнов"],
        ["Yozyovon", "Ëzëvon"],
        ["Semyonov", "Seme\u0308nov"],  # ë as e and a combining diaeresis, as CLDR writes it
        # Kazakh and Kyrgyz ө as Russian ё (Кёльн for Köln), most often written е
        ["Өзгөн", "Узген"],
        ["Özgön", "Өзгөн", "Узген", "Uzgen"],
        # Kazakh writes a word-final д of a Russian or Persian name as т
        ["Сарқант", "Сарканд", "Sarkand", "Sarqant"],
        ["Baghdad", "Бағдат", "Багдад"],
    ],
)
def test_spellings_of_one_name_group(names: list[str]) -> None:
    assert group_names(names, places=False) == [names]
