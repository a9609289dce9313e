"""Kyrgyz, Kazakh and Uzbek readings of names (issue 10): the Kyrgyz prothetic vowel, Russian
я for a Turkic or Arabic a after л, a place name's generic word, Kazakh final ы for Russian а.
The gazetteer is off: spelling alone."""

from __future__ import annotations

import pytest
from grouped import apart, together

from reader import stamps
from reader.config import REPO_ROOT
from reader.names.variants import GROUPED_BY


@pytest.mark.parametrize(
    "names",
    [
        # a Kyrgyz prothetic vowel before a loan's initial р
        ["Орусия", "Russia"],
        ["Ырысбек Ырысов", "Рысбек Рысов"],
        # Russian я after л for a Turkic or Arabic a before м (ghulām, salām)
        ["Гафур Гулям", "Gʻafur Gʻulom"],
        ["Gulyam", "Gʻulom"],
        ["Салям", "Salom"],
        # a settlement's generic word, first or last
        ["Балыкчы шаары", "Балыкчы", "Balykchy"],
        ["город Каракол", "Каракол шаары", "г. Каракол"],
        ["Ош облусу", "Osh Region", "Ош область"],
        # Kazakh final ы for Russian а; Kazakh Latin gh for ғ
        ["Қарағанды", "Караганда"],
        ["Qaraghandy", "Караганда"],
    ],
)
def test_turkic_readings_group(names: list[str]) -> None:
    assert together(names)


@pytest.mark.parametrize(
    "names",
    [
        ["Орал", "Рал"],  # no prothesis before р and another vowel
        ["Орозов", "Розов"],  # nor before a Russian surname's р
        ["Ляпин", "Лапин"],  # word-initial ля stays
        ["Lyapin", "Lapin"],
        ["Ош облусу", "Ош"],  # a region is not its city
        ["Ош району", "Ош облусу"],
        ["Mexico City", "Mexico"],  # English City is part of the name
        ["Балыкчы", "Балыкча"],  # final ы for а only in a word with a Kazakh letter
    ],
)
def test_turkic_readings_keep_apart(names: list[str]) -> None:
    assert apart(names)


def test_the_generic_place_words_are_a_grouping_rule() -> None:
    """Editing them groups the stored sets of names again."""
    grouping = {str(p.relative_to(REPO_ROOT)) for p in stamps.files(GROUPED_BY)}
    assert "reader/names/place_words.json" in grouping
