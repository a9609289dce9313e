"""A name written with initials (A. Akayev) joins the one person it may be, and never links
two people of one surname whose given names share the initial."""

import pytest

from reader.names.grouping import group, group_names
from reader.names.initials import first_sounds, initials_meet


def _groups(names: list[str]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each name -> its group's names and the labels it is ambiguous between."""
    return {n: (g.names, g.ambiguous) for g in group(names, places=False) for n in g.names}


def test_initials_beside_two_relatives_of_one_initial_join_neither() -> None:
    names = ["Askar Akayev", "Аскар Акаев", "Aidar Akayev", "Айдар Акаев", "A. Akayev", "А. Акаев"]
    grouped = _groups(names)
    assert grouped["Askar Akayev"][0] == ("Askar Akayev", "Аскар Акаев")
    assert grouped["Aidar Akayev"][0] == ("Aidar Akayev", "Айдар Акаев")
    assert grouped["A. Akayev"] == (("A. Akayev", "А. Акаев"), ("Aidar Akayev", "Askar Akayev"))


def test_a_bare_surname_beside_them_is_ambiguous_between_the_people_not_the_initials() -> None:
    names = ["Askar Akayev", "Aidar Akayev", "A. Akayev", "Akayev"]
    assert _groups(names)["Akayev"][1] == ("Aidar Akayev", "Askar Akayev")


def test_initials_join_the_one_person_they_fit_in_either_order_and_script() -> None:
    names = ["Askar Akayev", "Аскар Акаев", "Bermet Akayeva", "A. Akayev", "Акаев А.", "Akayev"]
    assert group_names(names, places=False) == [
        ["Askar Akayev", "Аскар Акаев", "A. Akayev", "Акаев А.", "Akayev"],
        ["Bermet Akayeva"],
    ]


def test_a_woman_of_the_initial_is_no_man_of_it() -> None:
    names = ["Adylbek Kasymaliev", "Адылбек Касымалиев", "Aida Kasymalieva", "А. Касымалиев"]
    assert group_names(names, places=False)[0] == [
        "Adylbek Kasymaliev",
        "Адылбек Касымалиев",
        "А. Касымалиев",
    ]


def test_a_womans_initials_that_joined_her_leave_a_mans_bare_surname_to_him() -> None:
    """Б. Тургалиева may be a man's genitive until it joins Bermet Turgalieva: then it is
    hers, and the bare Turgaliev, a man's form, fits only Askar Turgaliev."""
    names = ["Askar Turgaliev", "Bermet Turgalieva", "Б. Тургалиева", "Turgaliev"]
    assert _groups(names)["Turgaliev"] == (("Askar Turgaliev", "Turgaliev"), ())
    assert _groups(names)["Б. Тургалиева"][0] == ("Bermet Turgalieva", "Б. Тургалиева")


def test_two_names_whose_written_words_meet_only_initials_do_not_match() -> None:
    """Each word of B. Mambetkulov meets only an initial of M. Bobyleva, crossed."""
    assert len(group_names(["B. Mambetkulov", "M. Bobyleva"], places=False)) == 2
    assert len(group_names(["B. Mambetkulov", "Bakyt M."], places=False)) == 2
    assert group_names(["Japarov S.", "S. Japarov"], places=False) == [["Japarov S.", "S. Japarov"]]


@pytest.mark.parametrize(
    ("initial", "name"),
    [("Ж.", "Zhanysh"), ("Ж.", "Jazbike"), ("Ж.", "Z."), ("Х.", "Khanyman"), ("Х.", "K."),
     ("Ю.", "Iuvenalii"), ("Ю.", "Y."), ("Є.", "Yevhen"), ("Г.", "Hennadii"), ("Я.", "Yakov"),
     ("Zh.", "Ж.")],
)  # fmt: skip
def test_an_initial_meets_the_letters_another_script_writes_it_with(
    initial: str, name: str
) -> None:
    assert initials_meet(first_sounds(initial, True), first_sounds(name, name.endswith(".")))


@pytest.mark.parametrize(
    ("initial", "name"),
    [("Ж.", "Zarina"), ("Х.", "Kanat"), ("Е.", "Я."), ("Е.", "Yakov"), ("С.", "Shamil"),
     ("Zh.", "З."), ("A.", "Bakyt")],
)  # fmt: skip
def test_an_initial_does_not_meet_other_letters(initial: str, name: str) -> None:
    assert not initials_meet(first_sounds(initial, True), first_sounds(name, name.endswith(".")))


def test_a_latin_initial_across_scripts_joins_its_person() -> None:
    names = ["Жаныш Бакиев", "Zhanysh Bakiyev", "Z. Bakiyev", "Ж. Бакиев", "Максим Бакиев"]
    assert group_names(names, places=False) == [
        ["Жаныш Бакиев", "Zhanysh Bakiyev", "Z. Bakiyev", "Ж. Бакиев"],
        ["Максим Бакиев"],
    ]


def test_a_sons_initials_are_not_his_fathers_initial_run_together() -> None:
    """Е. О. Турдакунов, the son of Олжас, run together is no spelling of О. Турдакунов."""
    assert group_names(["Е. О. Турдакунов", "О. Турдакунов"], places=False) == [
        ["Е. О. Турдакунов"],
        ["О. Турдакунов"],
    ]


def test_a_latin_initial_joins_the_cyrillic_initial_it_fits_not_both() -> None:
    """Latin E. and I. may both stand for Є. (Ievhen), so they meet; beside Э. and И., a
    father and his son, each joins its own and links nothing."""
    names = ["Эмиль Турдакунов", "Э. Турдакунов", "E. Turdakunov"]
    names += ["Ильяс Эмильевич Турдакунов", "И. Э. Турдакунов", "И. Турдакунов", "I. Turdakunov"]
    assert group_names(names, places=False) == [names[:3], names[3:]]


def test_a_latin_initial_keyed_as_a_cyrillic_one_links_no_brothers_of_one_patronymic() -> None:
    """S. may write С. or Ш. (Sh.): beside С. and Ш. of two brothers of one patronymic it
    joins neither and links neither to the other; beside С. alone it joins it."""
    sheralgel = ["Шералгел Нуржамалкан уулу", "Sheralgel Nurzhamalkan uulu", "Ш. Нуржамалкан уулу"]
    suluutai = ["Сулуутай Нуржамалкан уулу", "Suluutai Nurzhamalkan uulu", "С. Нуржамалкан уулу"]
    groups = group_names([*sheralgel, *suluutai, "S. Nurzhamalkan uulu"], places=False)
    assert groups == [sheralgel, suluutai, ["S. Nurzhamalkan uulu"]]
    names = ["С. Петров", "S. Petrov", "Сергей Петров"]
    assert group_names(names, places=False) == [names]


def test_latin_initials_of_one_letter_still_link_without_cyrillic_ones() -> None:
    names = ["Emil Turdakunov", "E. Turdakunov", "E. Tourdakounov"]
    assert group_names(names, places=False) == [names]
