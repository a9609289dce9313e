"""Sentence splitting: pysbd corrected by the rules in reader/lang/LANG/segment.json."""

from __future__ import annotations

import pytest

from reader.segment import Span, segment, supported_languages
from reader.segment.rules import load_rules


def sentences(text: str, lang: str) -> list[str]:
    return [span.text for span in segment(text, lang)]


def assert_rebuilds(text: str, spans: list[Span]) -> None:
    """Each span is its slice of the source, and only whitespace lies between spans."""
    pos = 0
    for span in spans:
        assert span.text == text[span.start : span.end]
        assert span.text and span.text == span.text.strip()
        assert pos <= span.start
        assert text[pos : span.start].strip() == ""
        pos = span.end
    assert text[pos:].strip() == ""


# --- Russian: pysbd splits wrongly after these abbreviations -------------------------

RU_NO_BREAK = [
    (
        "Встреча министров состоялась 15 янв. 2025 года в Бишкеке. Стороны подписали соглашение.",
        "Встреча министров состоялась 15 янв. 2025 года в Бишкеке.",
    ),
    (
        "Переговоры продолжатся 12 дек. в Москве. Дата пока не утверждена.",
        "Переговоры продолжатся 12 дек. в Москве.",
    ),
    (
        "Делегация посетила МГУ им. Ломоносова. Визит продлился два дня.",
        "Делегация посетила МГУ им. Ломоносова.",
    ),
    (
        "Министр прилетел в столицу, т.е. в Бишкек. Его встретил премьер.",
        "Министр прилетел в столицу, т.е. в Бишкек.",
    ),
    (
        "Министр прилетел в столицу, т. е. в Бишкек. Его встретил премьер.",
        "Министр прилетел в столицу, т. е. в Бишкек.",
    ),
    (
        "На форум приехали министры, депутаты и др. представители власти. Форум открылся утром.",
        "На форум приехали министры, депутаты и др. представители власти.",
    ),
    (
        "Подсудимого обвиняют по ч. 2 ст. 282.1 УК РФ. Ему грозит до шести лет.",
        "Подсудимого обвиняют по ч. 2 ст. 282.1 УК РФ.",
    ),
    (
        "Выступил ген. директор компании. Он рассказал о планах.",
        "Выступил ген. директор компании.",
    ),
    (
        "Ст. 5 закона о СМИ нарушена. Редакция обратилась в суд.",
        "Ст. 5 закона о СМИ нарушена.",
    ),
    (
        "Бюджет получит 3 млрд. руб. в следующем году. Об этом сообщил Минфин.",
        "Бюджет получит 3 млрд. руб. в следующем году.",
    ),
    (
        "В городе живёт 1 млн. человек. Население растёт.",
        "В городе живёт 1 млн. человек.",
    ),
]


@pytest.mark.parametrize(("text", "first"), RU_NO_BREAK)
def test_ru_abbreviation_does_not_end_sentence(text: str, first: str) -> None:
    result = sentences(text, "ru")
    assert result[0] == first
    assert len(result) == 2


# --- Russian: pysbd misses a sentence end after these ----------------------------------

RU_BREAK = [
    (
        "Средняя цена выросла до 500 руб. Эксперты ожидают дальнейшего роста.",
        ["Средняя цена выросла до 500 руб.", "Эксперты ожидают дальнейшего роста."],
    ),
    (
        "Стоимость билета составит 5 тыс. руб. Продажи начнутся в понедельник.",
        ["Стоимость билета составит 5 тыс. руб.", "Продажи начнутся в понедельник."],
    ),
    (
        "Закон был принят в 2025 г. Новые правила вступят в силу летом.",
        ["Закон был принят в 2025 г.", "Новые правила вступят в силу летом."],
    ),
    (
        "Кризис начался в 1990-х гг. Тогда закрылись многие заводы.",
        ["Кризис начался в 1990-х гг.", "Тогда закрылись многие заводы."],
    ),
    (
        "Переговоры прошли 5 сент. 2024 г. Делегации обсудили торговлю.",
        ["Переговоры прошли 5 сент. 2024 г.", "Делегации обсудили торговлю."],
    ),
    (
        "Зарплата учителя составляет 500 долл. Этого не хватает на жизнь.",
        ["Зарплата учителя составляет 500 долл.", "Этого не хватает на жизнь."],
    ),
    (
        "Долг вырос до 5 млрд. Правительство ищет деньги.",
        ["Долг вырос до 5 млрд.", "Правительство ищет деньги."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RU_BREAK)
def test_ru_abbreviation_ends_sentence_before_capital(text: str, expected: list[str]) -> None:
    assert sentences(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На встрече были министры, депутаты и др. Заседание длилось три часа.",
            ["На встрече были министры, депутаты и др.", "Заседание длилось три часа."],
        ),
        (
            "На рынке продают овощи, фрукты и т.д. Торговля идёт бойко.",
            ["На рынке продают овощи, фрукты и т.д.", "Торговля идёт бойко."],
        ),
        (
            "На рынке продают овощи, фрукты и т. д. Торговля идёт бойко.",
            ["На рынке продают овощи, фрукты и т. д.", "Торговля идёт бойко."],
        ),
        (
            "Подорожали продукты, одежда и пр. Всё это ударило по семьям.",
            ["Подорожали продукты, одежда и пр.", "Всё это ударило по семьям."],
        ),
    ],
)
def test_ru_list_ending_ends_sentence_only_before_capital(text: str, expected: list[str]) -> None:
    assert sentences(text, "ru") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Закон был принят в 2025 г. в первом чтении.",
        "Митинг прошёл в г. Бишкек при поддержке мэрии.",
        "Цена составила 10 долл. США за баррель.",
        "Офис находится на пр. Мира, д. 5.",
        "Курс составил 89 руб. за доллар.",
    ],
)
def test_ru_single_sentence_stays_whole(text: str) -> None:
    assert sentences(text, "ru") == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("В 1991 г. СССР распался. Появились новые государства.", "В 1991 г. СССР распался."),
        (
            "С 1 января 2025 г. Кыргызстан переходит на новые тарифы. Это решение правительства.",
            "С 1 января 2025 г. Кыргызстан переходит на новые тарифы.",
        ),
    ],
)
def test_ru_leading_date_is_not_a_sentence(text: str, first: str) -> None:
    assert sentences(text, "ru")[0] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Доклад подготовил А. А. Иванов. Он работает в институте экономики.",
            "Доклад подготовил А. А. Иванов.",
        ),
        (
            "Доклад подготовил проф. А.А. Иванов. Он работает в институте экономики.",
            "Доклад подготовил проф. А.А. Иванов.",
        ),
        (
            "Премию вручил акад. Ю. С. Осипов. Церемония прошла в Москве.",
            "Премию вручил акад. Ю. С. Осипов.",
        ),
    ],
)
def test_ru_initials_never_end_sentence(text: str, first: str) -> None:
    assert sentences(text, "ru")[0] == first


# --- Kyrgyz: pysbd's Russian rules plus Kyrgyz abbreviations ----------------------------

KY_CASES = [
    (
        "Мыйзам 2024-ж. кабыл алынган. Ал 1-январдан тарта күчүнө кирди.",
        ["Мыйзам 2024-ж. кабыл алынган.", "Ал 1-январдан тарта күчүнө кирди."],
    ),
    (
        "Президент С. Жапаров 2025-ж. 1-январда жарлыкка кол койду. Жарлык күчүнө кирди.",
        [
            "Президент С. Жапаров 2025-ж. 1-январда жарлыкка кол койду.",
            "Жарлык күчүнө кирди.",
        ],
    ),
    (
        "Министр 2024-ж. Бишкекке келген. Ал жыйынга катышты.",
        ["Министр 2024-ж. Бишкекке келген.", "Ал жыйынга катышты."],
    ),
    (
        "Ж. Баласагын XI к. жашаган. Ал «Кутадгу билиг» дастанын жазган.",
        ["Ж. Баласагын XI к. жашаган.", "Ал «Кутадгу билиг» дастанын жазган."],
    ),
    (
        "Өкмөт, б.а. министрлер кабинети, чечим кабыл алды. Чечим жарыяланды.",
        ["Өкмөт, б.а. министрлер кабинети, чечим кабыл алды.", "Чечим жарыяланды."],
    ),
    (
        "Бишкек ш. Чүй көч. 100-үйдө кеңсе ачылды. Аны мэр ачты.",
        ["Бишкек ш. Чүй көч. 100-үйдө кеңсе ачылды.", "Аны мэр ачты."],
    ),
    (
        "Чүй обл. Ысык-Ата районунда суу ташкыны болду. Куткаруучулар иштеп жатат.",
        ["Чүй обл. Ысык-Ата районунда суу ташкыны болду.", "Куткаруучулар иштеп жатат."],
    ),
    (
        "Ө. Текебаев сүйлөдү. Ү. Асанова жооп берди.",
        ["Ө. Текебаев сүйлөдү.", "Ү. Асанова жооп берди."],
    ),
    (
        "Жыйынга министрлер, депутаттар ж.б. катышты. Жыйын эки саатка созулду.",
        ["Жыйынга министрлер, депутаттар ж.б. катышты.", "Жыйын эки саатка созулду."],
    ),
    (
        "Жыйынга министрлер, депутаттар ж.б. Өкмөт өкүлдөрү катышты.",
        ["Жыйынга министрлер, депутаттар ж.б.", "Өкмөт өкүлдөрү катышты."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KY_CASES)
def test_ky_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text, "ky") == expected


def test_ky_starts_from_pysbd_russian() -> None:
    assert load_rules("ky").pysbd_language == "ru"


# --- English must keep pysbd's behaviour (translations are aligned to its ids) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Putin met Kyrgyz President Sadyr Japarov in Moscow. They discussed trade.",
            ["Mr. Putin met Kyrgyz President Sadyr Japarov in Moscow.", "They discussed trade."],
        ),
        (
            "The U.S. embassy in Bishkek issued a statement. It urged calm.",
            ["The U.S. embassy in Bishkek issued a statement.", "It urged calm."],
        ),
        (
            "Japarov was serving an 11.5-year sentence when protesters freed him. "
            "He became president.",
            [
                "Japarov was serving an 11.5-year sentence when protesters freed him.",
                "He became president.",
            ],
        ),
        (
            "The loan is worth $2.5 million. Officials disagreed.",
            ["The loan is worth $2.5 million.", "Officials disagreed."],
        ),
    ],
)
def test_en_tricky_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


def test_en_has_no_correction_rules() -> None:
    assert load_rules("en").rules == ()


# --- Invariants -------------------------------------------------------------------------

NEWS = {
    "ru": (
        "Бишкек, 15 янв. 2025 г.\n\n"
        "Президент С. Н. Жапаров подписал закон  о бюджете на 3 млрд. руб. "
        "Документ опубликован, т.е. вступил в силу.\n"
        "Депутаты, министры и др. представители власти поддержали его. "
        "Экономисты, банкиры и т.д. Все ждут роста цен.\r\n"
        "   \n"
        "Подробнее см. на стр. 5.   Редакция\n"
    ),
    "ky": (
        "Бишкек, 2025-ж. 15-январь\n\n"
        "Президент С. Жапаров 2024-ж. мыйзамга кол койгон. Мыйзам, б.а. бюджет, кабыл алынды.\n"
        "\tЖ. Баласагын атындагы университетте жыйын өттү.  Ага министрлер ж.б. катышты.\n"
    ),
    "en": (
        "BISHKEK, Jan. 15, 2025\n\n"
        "Mr. Japarov signed the law. The U.S. embassy declined to comment.\n"
        "The budget grew by 11.5%. Analysts expect more.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_spans_rebuild_text(lang: str) -> None:
    text = NEWS[lang]
    spans = segment(text, lang)
    assert_rebuilds(text, spans)
    assert all("\n" not in span.text and "\r" not in span.text for span in spans)


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_line_break_always_ends_sentence(lang: str) -> None:
    text = "Бишкек, 15 января\nМэрия сообщила о ремонте дорог\n\n  Фото: пресс-служба"
    spans = segment(text, lang)
    assert [s.text for s in spans] == [
        "Бишкек, 15 января",
        "Мэрия сообщила о ремонте дорог",
        "Фото: пресс-служба",
    ]
    assert_rebuilds(text, spans)


def test_abbreviation_at_line_end_does_not_join_lines() -> None:
    text = "Встреча назначена на 15 янв.\n2025 года будет трудным."
    assert sentences(text, "ru") == ["Встреча назначена на 15 янв.", "2025 года будет трудным."]


def test_offsets_are_in_the_whole_text() -> None:
    text = "Заголовок\n\nВ 2025 г. цены выросли на 500 руб. Эксперты удивлены."
    spans = segment(text, "ru")
    second = text.index("В 2025")
    third = text.index("Эксперты")
    assert [(s.start, s.end) for s in spans] == [
        (0, len("Заголовок")),
        (second, third - 1),
        (third, len(text)),
    ]
    assert_rebuilds(text, spans)


def test_text_pysbd_drops_is_kept() -> None:
    text = "Он сказал:\n ?!\nИ ушёл."
    spans = segment(text, "ru")
    assert [s.text for s in spans] == ["Он сказал:", "?!", "И ушёл."]
    assert_rebuilds(text, spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t\n"])
@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_blank_text_has_no_sentences(text: str, lang: str) -> None:
    assert segment(text, lang) == []


def test_supported_languages() -> None:
    assert set(supported_languages()) == {"en", "ru", "ky"}


@pytest.mark.parametrize("lang", ["de", "kk", "", "RU"])
def test_unknown_language_raises(lang: str) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        segment("Текст.", lang)
