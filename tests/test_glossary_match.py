"""One glossary matcher: highlighting, the QA checks and their fixes find the same forms."""

from __future__ import annotations

from reader.checks import check_sentence, fix_text
from reader.glossary.entries import GlossaryEntry, Variant
from reader.names.grouping import group_names
from reader.review.highlight import TermFinder

OSH = GlossaryEntry(
    [
        Variant("en", "Osh", "preferred"),
        Variant("ru", "Ош", "deprecated"),
        Variant("ky", "Ош", "preferred"),
    ],
    id=1,
)
ISSYK_KUL = GlossaryEntry(
    [
        Variant("en", "Issyk-Kul", "preferred"),
        Variant("ru", "Иссык-Куль", "preferred"),
        Variant("ky", "Ысык-Көл", "preferred"),
        Variant("ky", "Иссык-Куль", "deprecated"),
    ],
    id=2,
)


def marked(text: str, lang: str, entries: list[GlossaryEntry]) -> list[str]:
    return [text[m.start : m.end] for m in TermFinder(entries, lang).find(text)]


def test_a_longer_word_that_starts_like_a_name_is_not_that_name() -> None:
    text = "Ошибка в Оше."
    assert marked(text, "ru", [OSH]) == ["Оше"]
    [finding] = check_sentence("A mistake in Osh.", text, "ru", [OSH])
    assert finding.found == "Оше"


def test_a_kyrgyz_form_of_a_name_whose_soft_sign_drops_is_found() -> None:
    text = "Иссык-Кулдун жээгинде."
    assert marked(text, "ky", [ISSYK_KUL]) == ["Иссык-Кулдун"]
    [finding] = check_sentence("On the shore of Issyk-Kul.", text, "ky", [ISSYK_KUL])
    assert finding.found == "Иссык-Кулдун" and finding.suggestion == "Ысык-Көлдүн"
    assert fix_text(text, [finding], [ISSYK_KUL]) == "Ысык-Көлдүн жээгинде."


def test_grouping_reads_the_same_forms() -> None:
    groups = group_names(["Иссык-Куль", "Иссык-Кулдун", "Ош", "Ошибка"])
    assert ["Иссык-Куль", "Иссык-Кулдун"] in groups
    assert ["Ош"] in groups and ["Ошибка"] in groups
