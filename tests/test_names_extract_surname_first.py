"""A name in the official Kyrgyz and Russian order, surname first (Жапаров Садыр Нургожоевич,
Жапаров С. Н.), is one name when extracted, groups with the name in the usual order
(Садыр Жапаров, Sadyr Japarov), and accepting the group never deprecates that order.
Made-up surnames; the Kyrgyz given name is one the Kyrgyz word lists know, which is what
used to cut the name."""

from __future__ import annotations

import pytest

from reader.names.decisions import default_status, preferred_options
from reader.names.extract import extract_names
from reader.names.grouping import group_names
from reader.names.variants import VariantForm, VariantGroup


@pytest.mark.parametrize(
    ("lang", "text", "lemma"),
    [
        ("ky", "Жарлыкка Бекташев Садыр Усенович кол койду.", "Бекташев Садыр Усенович"),
        ("ky", "Бекташев Садыр Усенович жарлыкка кол койду.", "Бекташев Садыр Усенович"),
        ("ru", "Указ подписал Бекташев Асан Усенович в среду.", "Бекташев Асан Усенович"),
        ("ky", "Жарлыкка Бекташев С. У. кол койду.", "Бекташев С. У."),
        ("ru", "Указ подписал Бекташев А. У. в среду.", "Бекташев А. У."),
    ],
)
def test_a_surname_first_name_is_one_mention(lang: str, text: str, lemma: str) -> None:
    found = extract_names(text, lang)
    assert [m.lemma for m in found] == [lemma]
    assert found[0].kind in ("person", "name")
    assert text[found[0].start : found[0].end] == found[0].text


def test_a_known_given_name_after_a_whole_kyrgyz_name_still_starts_another() -> None:
    found = extract_names("Садыр Бекташев Алмаз Усенов менен жолукту.", "ky")
    assert [m.lemma for m in found] == ["Садыр Бекташев", "Алмаз Усенов"]


@pytest.mark.parametrize(
    "surname_first", ["Бекташев Асан Усенович", "Бекташев А. У.", "Бекташев А."]
)
def test_surname_first_groups_with_the_usual_order(surname_first: str) -> None:
    names = [surname_first, "Асан Бекташев", "Asan Bektashev", "Нурлан Бекташев"]
    groups = [set(g) for g in group_names(names, places=False)]
    assert {surname_first, "Асан Бекташев", "Asan Bektashev"} in groups


@pytest.mark.parametrize(
    ("form", "preferred", "status"),
    [
        ("Садыр Бекташев", "Бекташев Садыр Усенович", "admitted"),
        ("Бекташев Садыр Усенович", "Садыр Бекташев", "deprecated"),
        ("Бельсарай (Китай)", "Бельсарай", "admitted"),
        ("Джапаров", "Садыр Жапаров", "deprecated"),
    ],
)
def test_accepting_a_group_admits_the_preferred_form_s_own_words(
    form: str, preferred: str, status: str
) -> None:
    assert default_status("ru", form, preferred) == status


def test_a_place_alone_is_offered_before_the_place_with_its_country() -> None:
    forms = [VariantForm("Бельсарай (Китай)", "ru", 5), VariantForm("Бельсарай", "ru", 1)]
    group = VariantGroup("k", "Belsaray", forms, [])
    assert preferred_options(group, "ru")[0] == "Бельсарай"


@pytest.mark.parametrize(
    ("forms", "differ"),
    [
        (["Бекташев Асан Усенович", "Асан Бекташев"], False),
        (["Бекташев А. У.", "Асан Бекташев"], False),
        (["Асан Усенович Бекташев", "Асан Бекташев"], False),
        (["Бекташов Асан Усенович", "Асан Бекташев"], True),
    ],
)
def test_the_official_order_is_no_second_spelling(forms: list[str], differ: bool) -> None:
    group = VariantGroup("k", "x", [VariantForm(f, "ru", 1) for f in forms], [])
    assert group.inconsistent is differ
