"""The check "translation not in its column's language" (reader/checks/wrong_language.py),
on real identifiers and a real glossary entry."""

from __future__ import annotations

import pytest

from reader.checks import TranslatedSentence, all_checks, check_sentence
from reader.checks.wrong_language import WrongLanguage, words_left
from reader.glossary import GlossaryEntry, Variant

ENGLISH = "Russian social workers controlled the voting process and falsified elections."
KYRGYZ = "Россиялык социалдык кызматкерлер добуш берүү процессин көзөмөлдөп, шайлоону бурмалашкан."
RUSSIAN = "Российские соцработники контролировали процесс голосования и фальсифицировали выборы."
KAZAKH = "Ресейлік әлеуметтік қызметкерлер дауыс беру процесін бақылап, сайлауды бұрмалаған."


def wrong_language(translation: str, lang: str, entries=()) -> list:
    found = check_sentence(ENGLISH, translation, lang, list(entries))
    return [f for f in found if f.check == "wrong-language"]


def test_it_is_registered():
    assert "wrong-language" in [c.id for c in all_checks()]


@pytest.mark.parametrize(
    ("translation", "lang", "read_as"),
    [
        (ENGLISH, "ky", "English"),
        (ENGLISH, "ru", "English"),
        (RUSSIAN, "ky", "Russian"),
        (KAZAKH, "ky", "Kazakh"),
        (KYRGYZ, "ru", "Kyrgyz"),
    ],
)
def test_a_translation_in_another_language_is_found(translation, lang, read_as):
    [finding] = wrong_language(translation, lang)
    assert finding.kind == "language" and not finding.fixable
    assert f"reads as {read_as}" in finding.message


@pytest.mark.parametrize(("translation", "lang"), [(KYRGYZ, "ky"), (RUSSIAN, "ru")])
def test_a_translation_in_its_language_is_not(translation, lang):
    assert wrong_language(translation, lang) == []


@pytest.mark.parametrize(
    "translation",
    [
        "Sadyr Japarov, Kamchybek Tashiev and Akylbek Japarov",
        "Садыр Жапаров, Камчыбек Ташиев, Акылбек Жапаров",
        "By Kanat Altynbayev / TASS, 12 000 (2024)",
        "Москва, 8-сентябрь 2019-ж.",
    ],
)
def test_names_and_numbers_alone_never_trigger_it(translation):
    assert wrong_language(translation, "ky") == []
    assert wrong_language(translation, "ru") == []


@pytest.mark.parametrize(
    "translation",
    ["Show Hidden Files", "Logitech Cordless Desktop Keyboard", "Use Default Printer"],
)
def test_english_in_title_case_is_found(translation):
    """Capitalised English dictionary words are words, not names: a UI string left in English."""
    [finding] = wrong_language(translation, "ky")
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation", ["Kanat Altynbayev", "Sadyr Japarov Talant Mamytov", "Abylai Saralayev / TASS"]
)
def test_names_in_latin_letters_alone_stay_quiet(translation):
    assert wrong_language(translation, "ky") == []


def test_names_are_taken_out_even_first_in_the_sentence():
    entry = GlossaryEntry(
        [Variant("en", "Japarov", "preferred"), Variant("ky", "Жапаров", "preferred")]
    )
    text = "Жапаровдун Бишкекке келгени 2024-жылы"
    without = TranslatedSentence("Japarov came to Bishkek", text, "ky", [])
    assert words_left(without) == ["келгени"]
    named = TranslatedSentence("Japarov came to Bishkek", text, "ky", [entry])
    assert words_left(named) == ["келгени"]


def test_a_russian_sentence_opening_with_a_name_is_not_called_kyrgyz():
    """Джапаровка (a village) reads as Kyrgyz "to Japarov": first in the sentence, it
    decided the language of the whole Russian sentence."""
    text = "Джапаровка и Жапаровка — сёла; Джапаровщина — слово."
    assert check_sentence("", text, "ru", [], checks=[WrongLanguage()]) == []


ARTICLE = "004_5eb83673b1bc0057"


def test_the_checks_page_and_check_show_english_left_in_the_kyrgyz_column(data_dir, corpus_dir):
    """Through the registry: `check` finds it and the Checks page lists it under the check."""
    from streamlit.testing.v1 import AppTest

    from reader.checks import check
    from reader.config import REPO_ROOT, resolve_paths
    from reader.workspace import Workspace

    for path in corpus_dir.glob("*.txt"):  # one article keeps the page quick
        if not path.name.startswith(ARTICLE):
            path.unlink()
    ws = Workspace(resolve_paths(data=data_dir, corpus=corpus_dir))
    article = ws.corpus().get(ARTICLE)
    ws.sync_translation_files(article)
    ws.glossary.create(
        GlossaryEntry(
            [Variant("en", "Japarov", "preferred"), Variant("ky", "Жапаров", "preferred")]
        ),
        "Aida",
    )
    sentence = next(s for s in article.content_sentences() if len(s.text.split()) > 8)
    head = ws.translations.head(ARTICLE, sentence.id, "ky")
    ws.translations.save(ARTICLE, sentence.id, "ky", sentence.text, author="Aida", base_id=head.id)
    [finding] = [f for f in check(ws, [ARTICLE]) if f.check == "wrong-language"]
    assert (finding.sentence_id, finding.lang) == (sentence.id, "ky")

    at = AppTest.from_file(str(REPO_ROOT / "app" / "checks.py"), default_timeout=120).run()
    assert not at.exception
    assert [m.value for m in at.metric if m.label == "Wrong language"] == ["1"]
    assert any(e.label.startswith("Translation not in its column") for e in at.expander)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_english_words_the_identifiers_call_other_are_found_as_english(lang):
    """What a reviewer would otherwise never see: "other" is no finding."""
    [finding] = wrong_language("Trowel Balance Orbitals", lang)
    assert "reads as English" in finding.message


def test_a_russian_text_with_a_few_english_words_is_not_called_english():
    """Three of its five words left are English dictionary words (Macintosh, a raincoat)."""
    assert wrong_language("Немецкая (Macintosh, без спецклавиш (dead keys))", "ru") == []


@pytest.mark.parametrize(
    "translation",
    ["Parliament of Kyrgyzstan", "Welcome to Bishkek", "5 light years", "ACME fax image"],
)
def test_english_left_beside_a_name_or_number_is_found(translation):
    """Two English words of a sentence of three, one in lower case: no name alone."""
    [finding] = wrong_language(translation, "ky")
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation",
    [
        "Режим dead keys",
        "Japarov and Tashiev",
        "Grant Young Bishkek",
        "Mohammed bin Salman bin Abdulaziz",
        "Johann von Goethe and Schiller",
    ],
)
def test_two_english_words_in_a_cyrillic_text_or_among_names_stay_quiet(translation):
    assert wrong_language(translation, "ru") == []


@pytest.mark.parametrize(
    "translation",
    [
        "Kazakh (Latin, extended)",
        "Mozilla Thunderbird extension",
        "Vorbis OGG stream",
        "Xiaomi Redmi tablet Lite",  # between two names, yet too long for a name's particle
    ],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_one_english_word_left_beside_names_in_latin_letters_is_found(translation, lang):
    """A product's or a keyboard's name with one lower-case English word: Russian would
    write "поток Vorbis OGG", so the English is left untranslated."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    ("translation", "lang"),
    [
        ("Откройте отчёт в Microsoft Office", "ru"),
        ("Apple iPhone 15 Pro телефону", "ky"),
        ("Nokia Lumia son", "ru"),  # a short word other Latin-script languages share
        ("Nokia Lumia Dateien", "ru"),  # nothing English left
        ("Kanat Altynbayev / TASS", "ru"),
    ],
)
def test_one_word_left_beside_names_stays_quiet_unless_english(translation, lang):
    assert wrong_language(translation, lang) == []


@pytest.mark.parametrize(
    "translation",
    ["Read-only mirror", "Self-signed certificate", "Auto-save drafts"],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_compound_in_title_case_is_english_words_not_a_name(translation, lang):
    """Each part of "Read-only" is a dictionary word; its parts count as words, as a reader
    counts them, so two tokens make a phrase of three words."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["Don't overwrite", "Can't save", "Won't reboot"])
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_contraction_is_english_words(translation, lang):
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation", ["Jean-Pierre Dupont", "Ak-Jol and Ata-Meken", "Hewlett-Packard ZX-800"]
)
def test_names_with_a_hyphen_alone_stay_quiet(translation):
    assert wrong_language(translation, "ru") == []


@pytest.mark.parametrize(
    "translation",
    ["Fujitsu Lifebook laptop", "Cisco AnyConnect authentication", "Nokia Lumia downloads"],
)
def test_a_lone_everyday_english_word_beside_names_is_found(translation):
    """Words of SCOWL's size-50 list that the size-35 one lacks."""
    [finding] = wrong_language(translation, "ru")
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["in 3 Mondays", "4 Saturdays ago", "12 kilowatt-hours"])
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_english_beside_a_number_with_a_day_or_a_compound_is_found(translation, lang):
    """A day of the week is a word English capitalises, not a name; a compound of
    dictionary words (kilowatt-hours) is an English word."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["Monday, 15 March 2024", "Sunday Times"])
def test_a_day_or_a_date_alone_stays_quiet(translation):
    assert wrong_language(translation, "ru") == []


@pytest.mark.parametrize(
    "translation",
    [
        # English beside a name with accented Latin letters.
        "Treaty of Kraków",
        "Sony Ōkubo headphones",
        "Museum of São Paulo",
        # A lone closed compound of dictionary words.
        "MPEG-4 bytestream",
        "Lenovo ThinkPad fullscreen",
    ],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_english_beside_accented_names_or_in_a_closed_compound_is_found(translation, lang):
    """Neither a name's accented Latin letters (Kraków, Ōkubo) nor a compound the dictionary
    lacks ("bytestream": byte and stream it knows, each 4+ letters) hides the English."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["José Martí and Fidel", "Режим dead keys"])
def test_names_with_accents_and_english_in_a_cyrillic_text_stay_quiet(translation):
    assert wrong_language(translation, "ru") == []


@pytest.mark.parametrize("translation", ["беттер саны аз", "жазба саны аз"])
def test_a_text_kyrgyz_writes_as_kazakh_does_is_not_reported_as_kazakh(translation):
    """Identification leans to Kazakh (above the confidence reported), but nothing in the
    text is Kazakh's alone: Kyrgyz writes it just as well."""
    from reader.lang.identify import identify

    found = identify(translation)
    assert found.code == "kk" and found.confidence >= 0.6
    assert wrong_language(translation, "ky") == []


@pytest.mark.parametrize("translation", ["Saint Catherine of Aragon", "Isabella of Castile Avenue"])
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_an_english_connector_between_names_is_english_left(translation, lang):
    """ "of" joins the parts of English names alone (Russian: Екатерина Арагонская), unlike the
    particles of other languages' names (bin, van, de), which stay quiet."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation", ["TCP or UDP", "Ubuntu or Debian (Linux)", "Nokia nor Sony"]
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_choice_between_names_is_english_left(translation, lang):
    """ "or" offers a choice: it joins no name's parts nor a list of names (Russian: "TCP или
    UDP"), unlike "and" in a byline or a brand, which stays quiet."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation",
    ["Estonian (Dvorak, nodeadkeys)", "Swedish (Dvorak, svdvorak)", "Uzbek and Tajik"],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_language_or_peoples_adjective_is_an_english_word(translation, lang):
    """English capitalises "Estonian" as it does a day of the week, yet it is no name: a
    keyboard's name left so is English (Russian: "Эстонская (Dvorak, nodeadkeys)")."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation",
    ["German Gref and Anatoly Chubais", "Kazakh Khanate and Dzungaria"],
)
def test_a_peoples_adjective_before_a_name_stays_quiet(translation):
    """ "German Gref": the adjective is a name's first part when a capitalised word follows."""
    assert wrong_language(translation, "ru") == []
    assert wrong_language(translation, "ky") == []


@pytest.mark.parametrize("translation", ["Aragon and Navarre Day", "Tashiev and Japarov Street"])
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_and_between_names_beside_a_word_in_title_case_is_english_left(translation, lang):
    """The names stand in an English phrase ("Day", a word, is left too), not in a list of
    names: Russian writes "День Арагона и Наварры". "Japarov and Tashiev" stays quiet."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_lone_word_read_as_other_is_english_when_the_whole_text_is(lang):
    """Identification calls "plebiscite" alone "other"; the whole text reads as English."""
    [finding] = wrong_language("1935 Saar plebiscite", lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation", ["Standard 101-key (Intl) PC", "Compact 87-key Mac", "Native 64-bit (x64) App"]
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_word_joined_to_a_number_is_a_word(translation, lang):
    """ "101-key": the word after a number's hyphen is English (Russian "101-клавишная"), so
    the capitalised word beside it is not alone."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    ("translation", "lang"),
    [("2019-жылы шайлоо өттү", "ky"), ("5-летний план выполнен", "ru"), ("Дом 2-го типа", "ru")],
)
def test_a_word_joined_to_a_number_in_its_column_stays_quiet(translation, lang):
    assert wrong_language(translation, lang) == []


@pytest.mark.parametrize(
    "translation", ["Vasco da Gama Bridge", "Charles de Gaulle Airport", "Rio de Janeiro Day"]
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_word_in_title_case_beside_a_name_with_a_particle_is_english_left(translation, lang):
    """The particle is inside another language's name; the dictionary word beyond that name
    is English (Russian: "мост Васко да Гама")."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation", ["Ludwig van Beethoven", "Banco do Brasil", "Mohammed bin Salman bin Abdulaziz"]
)
def test_a_name_with_a_particle_alone_stays_quiet(translation):
    assert wrong_language(translation, "ru") == []
    assert wrong_language(translation, "ky") == []


@pytest.mark.parametrize(
    "translation",
    ["Tom and Jerry", "Arnold van Dam", "Procter and Gamble", "Saint Kitts and Nevis"],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_names_joined_by_and_or_a_particle_alone_stay_quiet(translation, lang):
    """A dictionary word may be a name's first word or a whole name (Tom, Saint, Gamble, Dam)
    when "and" or a particle joins it to a name the dictionary lacks: a brand or a person's
    name a translation may keep in Latin letters."""
    assert wrong_language(translation, lang) == []


@pytest.mark.parametrize(
    "translation",
    [
        "Central Asians Back Moscow Voters Saying No",
        "Search and Replace",
        "Tom and Jerry Show",
        "The Procter and Gamble",
        "Putin Meets Procter and Gamble",
    ],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_english_in_title_case_beside_names_joined_by_and_is_found(translation, lang):
    """A dictionary word after a name's first word (Show, Meets), a function word (The), or
    "and" between two dictionary words (Search and Replace) is English in Title Case."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation",
    ["Three-finger Swipe", "Long-Term Storage", "Left-to-Right", "Spanish (Qwerty 3)"],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_compound_of_english_words_or_a_peoples_adjective_in_title_case_is_english_left(
    translation, lang
):
    """No name is a compound in Title Case each of whose parts the dictionary knows, nor a
    people's adjective no capitalised word follows: Russian writes "Прокрутка тремя
    пальцами", "Испанская (Qwerty 3)"."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize(
    "translation",
    [
        "Rolls-Royce Silver Ghost",  # Royce: a compound with a part the dictionary lacks
        "Stoke-on-Trent City",
        "Nur-Sultan Alma-Ata",
        "German Gref (Sberbank)",  # a capitalised word after the adjective: a name
        "Coca-Cola Zero Sugar",
    ],
)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_names_with_a_hyphen_or_a_first_name_like_an_adjective_stay_quiet(translation, lang):
    assert wrong_language(translation, lang) == []


@pytest.mark.parametrize("translation", ["5 Tues. ago", "in 4 Thurs."])
@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_an_abbreviated_day_of_the_week_is_an_english_word(translation, lang):
    """Tues., Thurs.: the days' abbreviations are no names (`weekdays`), so the English
    word beside them is not left alone, too short to report."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["Thu Nguyen", "Mon Khmer", "Нгуен Thu"])
def test_a_name_spelt_as_a_days_abbreviation_alone_stays_quiet(translation):
    assert wrong_language(translation, "ru") == []
    assert wrong_language(translation, "ky") == []


@pytest.mark.parametrize("translation", ["5 Su ago", "in 3 Sa", "7 Tu ago", "in 2 Th"])
@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_a_two_letter_day_after_a_number_is_an_english_word(translation, lang):
    """Su, Sa, Tu, Th right after a number are a relative date's day (`weekday_letters`), so
    the English word beside them is not left alone."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["Su Tseng", "Sa Pa", "Su Tseng 3", "Th Nguyen"])
@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_two_letters_of_a_day_elsewhere_stay_a_name(translation, lang):
    assert wrong_language(translation, lang) == []


@pytest.mark.parametrize(
    "translation", ["Brazilian reais (1950)", "Malaysian sen 4", "Sudanese piastres (1950)"]
)
@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_a_countrys_adjective_before_a_word_is_english_left(translation, lang):
    """A country's adjective (`demonyms`) before a lower-case word is English's word order
    for a people's thing ("Sudanese piastres"; Russian "суданские пиастры")."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["Peruvian Airlines", "Kenyan Airways 2024"])
def test_a_countrys_adjective_in_a_name_stays_quiet(translation):
    assert wrong_language(translation, "ky") == []


@pytest.mark.parametrize("translation", ["Перемикання Alt і Shift", "Налады Ctrl і Shift"])
def test_latin_keys_beside_a_word_of_the_columns_script_are_not_english(translation):
    """Once a capitalised Cyrillic first word goes out as a name, the keys left beside a
    Cyrillic word may read as English: English left untranslated has no Cyrillic word
    (Ukrainian "Перемикання Alt і Shift" left "Alt і Shift")."""
    assert all("reads as English" not in f.message for f in wrong_language(translation, "ky"))
    assert all("reads as English" not in f.message for f in wrong_language(translation, "ru"))


def test_a_symbol_of_a_third_script_leaves_english_english():
    """π is neither English's letters nor the column's: English around it is still English."""
    [finding] = wrong_language("The sine is zero at every multiple of π (180°)", "ky")
    assert "reads as English" in finding.message


def test_russian_with_latin_keys_in_the_kyrgyz_column_reads_as_russian():
    """The words left mix scripts, so the whole text is read: Russian, not English."""
    [finding] = wrong_language("Числовое (Integer или Float)", "ky")
    assert "reads as Russian" in finding.message
    assert wrong_language("Числовое (Integer или Float)", "ru") == []


@pytest.mark.parametrize(
    "translation", ["Paraguayan guaraníes (1943)", "Equatorial Guinean bipkwele", "0 cubic feet"]
)
@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_a_currencys_name_after_a_peoples_adjective_or_two_dictionary_words_are_english_left(
    translation, lang
):
    """The head after a people's adjective keeps its own letters (í) and its words the
    dictionary lacks; "cubic feet" beside a number is English's two words."""
    [finding] = wrong_language(translation, lang)
    assert "reads as English" in finding.message


@pytest.mark.parametrize("translation", ["Paraguayan Airlines (1943)", "Icelandic Krónur Bank"])
def test_a_peoples_adjective_before_a_capitalised_word_stays_quiet(translation):
    """A capitalised word after the adjective makes it a name's first part, its letters too."""
    assert wrong_language(translation, "ky") == []
