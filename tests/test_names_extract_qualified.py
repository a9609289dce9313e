"""A place's qualifier (Horgos (China), в Хоргосе, Казахстан) is joined with the place's
mention before the listing groups it (`reader.names.qualified_mentions`), so grouping reads
it (`reader.names.qualifiers`); lists of names (Bishkek, Almaty and Tashkent) and people
(Japarov, Tashiev) stay apart. Made-up places, but for towns the gazetteer has, which the
comma rule reads by their country."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reader.names import titles
from reader.names.extract import NameMention, extract_names
from reader.names.grouping import group, group_names
from reader.names.qualified_mentions import attach
from reader.names.variants import VariantForm, VariantGroup


def _found(text: str, lang: str) -> list[NameMention]:
    return attach(text, extract_names(text, lang))


def _lemmas(text: str, lang: str) -> list[str]:
    return [m.lemma for m in _found(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "lemma", "written"),
    [
        (
            "en",
            "Trucks wait at Belsaray (China) every day.",
            "Belsaray (China)",
            "Belsaray (China)",
        ),
        ("ru", "Грузовики ждут в Бельсарае (Китай) каждый день.", "Бельсарай (Китай)", None),
        ("ky", "Жүк ташуучулар Бельсарайда (Кытай) күтүшөт.", "Бельсарай (Кытай)", None),
        ("en", "Trucks wait at Belsaray (Xinjiang) every day.", "Belsaray (Xinjiang)", None),
        ("en", "The border post in Khorgos, Kazakhstan, is busy.", "Khorgos, Kazakhstan", None),
        ("ru", "Пограничный пост в Хоргосе, Казахстан, закрыт.", "Хоргос, Казахстан", None),
    ],
)
def test_a_qualifier_after_a_place_is_part_of_its_mention(
    lang: str, text: str, lemma: str, written: str | None
) -> None:
    found = _found(text, lang)
    qualified = [m for m in found if m.lemma == lemma]
    assert qualified, [m.lemma for m in found]
    mention = qualified[0]
    assert mention.kind == "place"
    assert text[mention.start : mention.end] == mention.text
    assert mention.text.endswith(")") == lemma.endswith(")")
    if written is not None:
        assert mention.text == written
    assert len(found) == 1, [m.lemma for m in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Protests were held in Bishkek, Almaty and Tashkent."),
        ("en", "Protests were held in Karaganda, Almaty, and Astana."),
        ("en", "Japarov, Tashiev and Kasymaliev met on Monday."),
        ("en", "The talks in Bishkek, Kazakhstan and Uzbekistan took part."),
        ("en", "Ministers of Kyrgyzstan, Kazakhstan met."),
        ("en", "Trade between Bishkek, Kazakhstan grew."),
        ("en", "Asan Belekov (Kazakhstan) won the race."),
        ("en", "He joined the Oyan, Qazaqstan youth movement."),
        ("ru", "Акции прошли в Бишкеке, Алматы и Ташкенте."),
        ("ru", "Жапаров, Ташиев и Касымалиев встретились."),
        ("ky", "Жыйындар Бишкекте, Алматыда жана Ташкентте өттү."),
    ],
)
def test_lists_and_people_are_not_qualified(lang: str, text: str) -> None:
    lemmas = _lemmas(text, lang)
    assert not any("," in lemma or "(" in lemma for lemma in lemmas), lemmas


def test_qualified_mentions_reach_grouping_apart() -> None:
    found = [
        *_lemmas("Trucks wait at Belsaray (China) every day.", "en"),
        *_lemmas("Trucks wait at Belsaray (Kazakhstan) every day.", "en"),
        *_lemmas("Грузовики ждут в Бельсарае (Китай).", "ru"),
    ]
    groups = [set(g) for g in group_names(found)]
    assert {"Belsaray (China)", "Бельсарай (Китай)"} in groups
    assert {"Belsaray (Kazakhstan)"} in groups


def test_a_qualified_spelling_leaves_the_label_and_the_title_as_they_were() -> None:
    found = group(["Belsaray", "Бельсарай", "Belsaray (China)"], places=False)
    assert [g.label for g in found] == ["Belsaray"]
    forms = [_Form("Belsaray (China)", "en", 5), _Form("Belsaray", "en", 1)]
    assert titles.title(forms, "Belsaray") == "Belsaray"
    assert titles.title([_Form("Belsaray (China)", "en", 5)], "x") == "Belsaray (China)"


@dataclass
class _Form:
    form: str
    lang: str
    count: int


def test_a_bare_place_the_gazetteer_puts_elsewhere_is_shown_ambiguous_beside_a_qualified_one() -> (
    None
):
    found = {g.label: g for g in group(["Chaek (Kazakhstan)", "Chaek", "Чаек"])}
    assert set(found) == {"Chaek (Kazakhstan)", "Chaek"}
    assert set(found["Chaek"].names) == {"Chaek", "Чаек"}
    assert found["Chaek"].ambiguous == ("Chaek (Kazakhstan)",)
    assert found["Chaek (Kazakhstan)"].ambiguous == ()


def test_a_bare_place_in_the_qualifier_s_country_joins_it_unmarked() -> None:
    found = group(["Chaek (Kyrgyzstan)", "Chaek", "Чаек"])
    assert [(set(g.names), g.ambiguous) for g in found] == [
        ({"Chaek (Kyrgyzstan)", "Chaek", "Чаек"}, ())
    ]


def test_a_place_beside_itself_with_its_country_is_no_second_spelling() -> None:
    def forms(*names: str) -> list[VariantForm]:
        return [VariantForm(name, "en", 1) for name in names]

    assert not VariantGroup("k", "Belsaray", forms("Belsaray", "Belsaray (China)"), []).inconsistent
    assert VariantGroup("k", "Belsaray", forms("Belsaray", "Belsarai (China)"), []).inconsistent
