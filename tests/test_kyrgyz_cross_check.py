"""Kyrgyz case forms cross-checked against the independent `kyrgyz` package (PyPI, MIT).

The package derives the six plain cases from vowel harmony and consonant assimilation; our
suffix table (reader/lang/ky/suffixes.json) must agree with it wherever both apply. It has
no possessive declension, so only the plain cases are compared.
"""

from __future__ import annotations

import pytest

from reader.lang.ky.morphology import attach

kyrgyz = pytest.importorskip("kyrgyz")

NAMES = (
    "Жапаров", "Атамбаев", "Өмүрбеков", "Отунбаева", "Путин", "Ош", "Бишкек", "Ысык-Көл",
    "Нарын", "Талас", "Чүй", "Токмок", "Баткен", "Манас", "Кара-Балта", "Москва", "Алматы",
    "Тараз", "Жалал-Абад", "Кочкор", "Суу", "Кремль",
)  # fmt: skip
CASES = ("genitive", "dative", "accusative", "locative", "ablative")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("case", CASES)
def test_case_forms_agree_with_the_kyrgyz_package(name: str, case: str) -> None:
    assert attach(name, [case]) == kyrgyz.inflect(name, case=kyrgyz.Case(case))
