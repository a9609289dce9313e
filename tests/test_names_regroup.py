"""Grouping again after a few names were added or removed regroups only the components they
touch, and gives exactly what grouping all the names gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from benchmark_module import load_benchmark

from reader.names import regroup
from reader.names.grouping import group
from reader.names.regroup import group_all
from reader.names.variants import keyed_group, stored_group
from reader.workspace import Workspace

JAPAROVS = [
    "Sadyr Japarov",
    "Садыр Жапаров",
    "Akylbek Japarov",
    "Акылбек Жапаров",
    "Japarov",
    "Жапаров",
    "Жапаровдун",
    "Жапарова",
    "Japarova",
    "Садыра Жапарова",
    "S. Japarov",
    "Japarov Sadyr",
]
PLACES = [
    "Bishkek",
    "Бишкек",
    "Бишкеке",
    "Frunze",
    "Фрунзе",
    "Kyiv",
    "Киеве",
    "Issyk-Kul",
    "Иссык-Куль",
    "Кыргызстан",
    "Киргизия",
    "Kenesh",
    "Jogorku Kenesh",
    "Жогорку Кенеш",
    "Ош",
    "Каракол",
]
LOOSE = ["Vladimir Putin", "Путин", "Putin V."]  # a name ending with an initial meets every name


@pytest.fixture(scope="module")
def pool() -> list[str]:
    data = Path(__file__).parent / "data" / "name_variants.json"
    variants = [n for g in json.loads(data.read_text(encoding="utf-8"))["groups"] for n in g]
    made_up = load_benchmark("name_grouping").synthetic_names(120, seed=3)
    return list(dict.fromkeys([*JAPAROVS, *PLACES, *LOOSE, *variants[:80], *made_up]))


def _partition(state: dict[str, list]) -> set[frozenset[str]]:
    """The names of each component."""
    by_id: dict[int, set[str]] = {}
    for name, (component, *_) in state.items():
        by_id.setdefault(component, set()).add(name)
    return {frozenset(names) for names in by_id.values()}


@pytest.mark.parametrize("seed", [1, 2])
def test_regrouping_after_random_edits_is_grouping_all(pool: list[str], seed: int) -> None:
    rng = random.Random(seed)
    names = rng.sample(pool, len(pool) - 30)
    grouped = group_all(names)
    for _ in range(6):
        names = list(names)
        for _ in range(rng.randint(0, 2)):
            names.remove(rng.choice(names))
        for name in rng.sample([n for n in pool if n not in names], rng.randint(0, 2)):
            names.insert(rng.randrange(len(names) + 1), name)
        if rng.random() < 0.3:  # a name's first mention moves
            names.insert(rng.randrange(len(names)), names.pop(rng.randrange(len(names))))
        grouped = regroup.regroup(grouped, names)
        assert grouped.groups == group(names)
    assert _partition(grouped.names) == _partition(group_all(names).names)


def test_a_new_name_near_a_spelling_but_sharing_no_key_with_it_regroups_it() -> None:
    """Nizhnekamsk and Niznekamsk, Rustam Abdrakhmanov and Abdurakhmanov share no key: only
    the fuzzy match of long keys relates them."""
    others = ["Bishkek", "Osh", "Talas", "Naryn", "Karakol", "Tokmok"]
    previous = group_all(["Nizhnekamsk", *others, "Rustam Abdrakhmanov"])
    names = ["Nizhnekamsk", "Abdurakhmanov", *others, "Rustam Abdrakhmanov", "Niznekamsk"]
    grouped = regroup.regroup(previous, names)
    assert grouped.groups == group(names)
    assert len(grouped.groups) == 2 + len(others)
    assert grouped.regrouped == {
        "Nizhnekamsk",
        "Niznekamsk",
        "Rustam Abdrakhmanov",
        "Abdurakhmanov",
    }


@pytest.mark.parametrize(
    ("stored", "added"),
    [
        ("Sadyr Japarov", "J. Sadyr"),  # its last word, their first
        ("S. Japarov", "Japarov Sadyr"),  # its first word, their last
        ("Issyk-Kul", "Issyk Kul"),  # the words joined
        ("Vladimir V.", "Vladimir Vladimirovich"),  # a name ending with an initial meets all
    ],
)
def test_a_new_name_is_found_by_every_kind_of_block_token(stored: str, added: str) -> None:
    others = ["Bishkek", "Osh", "Talas", "Naryn", "Karakol", "Tokmok"]
    previous = group_all([stored, *others], places=False)
    names = [stored, *others, added]
    grouped = regroup.regroup(previous, names, places=False)
    assert grouped.groups == group(names, places=False)
    assert grouped.regrouped == {stored, added}
    assert len(grouped.groups) == 1 + len(others)


def test_names_given_twice_are_grouped_again() -> None:
    """A name without words, given twice, is two groups: neither is kept from the state."""
    previous = group_all(["«»", "Osh", "«»", "Bishkek"])
    names = ["«»", "Bishkek", "Бишкек", "Osh"]
    assert regroup.regroup(previous, names).groups == group(names)


def test_stored_group_regroups_only_what_a_name_added_or_removed_touches(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = workspace.name_groups
    names = [*JAPAROVS, *PLACES]
    assert stored_group(store, names) == keyed_group(names)
    orgs = ["Jogorku Kenesh", "Президенттин аппараты"]  # another set: not the nearest one
    assert stored_group(store, orgs) == keyed_group(orgs)
    grouped: list[list[str]] = []

    def recording(names: list[str], places: bool = True) -> list:
        grouped.append(names)
        return group(names, places)

    monkeypatch.setattr(regroup, "group", recording)
    edits = [
        [*names[:5], "Kamchybek Tashiev", *names[5:]],  # a new surname
        [*names[:5], "Kamchybek Tashiev", *names[5:], "Бишкекте"],  # a Cyrillic place
        [*names[:3], "Kamchybek Tashiev", *names[4:], "Бишкекте"],  # Акылбек Жапаров removed
    ]
    for edited in edits:
        assert stored_group(store, edited) == keyed_group(edited)
    bishkek = ["Bishkek", "Бишкек", "Бишкеке", "Frunze", "Фрунзе", "Бишкекте"]
    japarovs = [n for n in JAPAROVS if n != "Акылбек Жапаров"]
    assert grouped == [["Kamchybek Tashiev"], bishkek, japarovs]


def _regroups_both_ways(names: list[str], name: str, places: bool = True) -> list:
    """Regrouping after `name` is added to the others, and after it is removed, gives what
    grouping anew gives; the groups with it added."""
    before = [n for n in names if n != name]
    again = regroup.regroup(group_all(before, places=places), names, places=places)
    assert again.groups == group(names, places)
    removed = regroup.regroup(group_all(names, places=places), before, places=places)
    assert removed.groups == group(before, places)
    return again.groups


CARONS = ["Torzok", "Cajkin", "Kozuhov"]  # Latin that lost carons (Торжок, Чайкин, Кожухов)
CARON_MATES = ["Торжок", "Чайкин", "Кожухов", "Bezeck", "Бежецк"]


@pytest.mark.parametrize("name", [*CARONS, *CARON_MATES])
def test_a_name_a_lost_caron_links_regroups_its_mate(name: str) -> None:
    # Torzok joins Торжок only in grouping's last step, as a lost caron: adding either one
    # must regroup the other's component too.
    names = [*JAPAROVS[:4], *CARONS, *CARON_MATES, *PLACES[:4]]
    _regroups_both_ways(names, name)


PARTIAL = ["Садыр Нургожоевич Жапаров", "Kanykei Tursunbek kyzy", "Kamchybek Tashiev"]
PARTIAL_MATES = ["Садыр Нургожоевич", "Tursunbek kyzy", "Турсунбек кызынын", "Tashievge"]


@pytest.mark.parametrize("name", [*PARTIAL, *PARTIAL_MATES])
def test_a_name_a_patronymic_or_a_latin_ending_links_regroups_its_mate(name: str) -> None:
    # a given name and patronymic, a father's name with kyzy and a Latin case form stand for
    # a full name: adding or removing either one must regroup the other's component too
    names = [*JAPAROVS[:4], *PARTIAL, *PARTIAL_MATES, *PLACES[:4]]
    groups = _regroups_both_ways(names, name, places=False)
    assert len(next(g for g in groups if name in g.names).names) > 1


ACRONYMS = ["ОДКБ", "ШОС"]  # joined in grouping's last step, to the names they spell
ACRONYM_MATES = [
    "Организация Договора о коллективной безопасности",
    "Шанхайская организация сотрудничества",
    "Шанхайской организации сотрудничества",
]


@pytest.mark.parametrize("name", [*ACRONYMS, *ACRONYM_MATES])
def test_an_acronym_or_a_name_it_spells_regroups_its_mate(name: str) -> None:
    names = [*JAPAROVS[:4], *ACRONYMS, *ACRONYM_MATES, *PLACES[:4]]
    _regroups_both_ways(names, name)


SHORT_ACRONYMS = ["US", "U.S.", "EU"]  # read as their letters, two-word names' initials
SHORT_MATES = ["United States", "European Union", "Amnesty International", "AI"]


@pytest.mark.parametrize("name", [*SHORT_ACRONYMS, *SHORT_MATES, "Artificial Intelligence"])
def test_a_two_letter_or_dotted_acronym_regroups_its_mate(name: str) -> None:
    names = [*JAPAROVS[:4], *SHORT_ACRONYMS, *SHORT_MATES, "Artificial Intelligence", *PLACES[:4]]
    groups = _regroups_both_ways(names, name)
    assert ("US", "U.S.", "United States") in [g.names for g in groups]


BARE_PLACES = ["Chüy", "Чүй"]  # joined after the full matches, to the one region in play
REGION_MATES = ["Chuy Region", "Чуйская область", "Chüy District"]


@pytest.mark.parametrize("name", [*BARE_PLACES, *REGION_MATES])
def test_a_bare_place_or_its_region_regroups_its_mate(name: str) -> None:
    names = [*JAPAROVS[:4], *BARE_PLACES, *REGION_MATES, *PLACES[:4]]
    _regroups_both_ways(names, name)


FEATURES = ["Tien Shan", "Pamirs", "Naryn", "Naryn city"]  # a range's bare and plural names
FEATURE_MATES = ["Тянь-Шань тоолору", "Pamir Mountains", "Naryn River", "река Нарын"]


@pytest.mark.parametrize("name", [*FEATURES, *FEATURE_MATES])
def test_a_bare_feature_its_plural_or_its_town_regroups_its_mate(name: str) -> None:
    names = [*JAPAROVS[:4], *FEATURES, *FEATURE_MATES, *PLACES[:4]]
    _regroups_both_ways(names, name)


NUMBERED = ["Toktogul-1", "Токтогул-1"]  # joined after the full matches by a name without one
NUMBERED_MATES = ["Toktogul"]


@pytest.mark.parametrize("name", [*NUMBERED, *NUMBERED_MATES])
def test_a_name_without_its_number_or_the_numbered_one_regroups_its_mate(name: str) -> None:
    names = [*JAPAROVS, *NUMBERED, *NUMBERED_MATES, *PLACES]
    groups = _regroups_both_ways(names, name, places=False)
    assert len(next(g for g in groups if name in g.names).names) > 1


PLACED_ELSEWHERE = ["Chaek (Kazakhstan)", "Chaek", "Чаек"]  # the gazetteer's Chaek: Kyrgyz


@pytest.mark.parametrize("name", PLACED_ELSEWHERE)
def test_a_qualified_place_or_a_bare_one_placed_elsewhere_regroups_its_mate(name: str) -> None:
    # the bare name is marked ambiguous beside the qualified one: adding or removing either
    # must regroup the other's component too
    names = [*JAPAROVS[:4], *PLACED_ELSEWHERE, *PLACES[:4]]
    groups = _regroups_both_ways(names, name)
    assert any(g.ambiguous == ("Chaek (Kazakhstan)",) for g in groups)
