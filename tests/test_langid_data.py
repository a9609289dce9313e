"""The labelled set of the language identification benchmark (benchmarks/langid_data.py)."""

from __future__ import annotations

import json
import struct

from benchmark_module import BENCHMARKS, load_benchmark

data = load_benchmark("langid_data")


def test_numbers_and_abbreviations_alone_are_left_out(tmp_path):
    """ "1 ГБ" is what a Kyrgyz, Russian or Kazakh catalogue writes alike: it has no word of
    any language, so no label can be right. A heading in capitals has words; it stays."""
    declarations = tmp_path / "package" / "declaration"
    declarations.mkdir(parents=True)
    paragraphs = ["1 ГБ", "ТЧ/ТК", "БАС АССАМБЛЕЯ", "Бош документ", "5 күн"]
    (declarations / "kir.html").write_text(
        "".join(f"<p>{p}</p>" for p in paragraphs), encoding="utf-8"
    )
    kept = [text for _, source, text in data.build(tmp_path) if source == "udhr-kir"]
    assert kept == ["БАС АССАМБЛЕЯ", "Бош документ", "5 күн"]


def write_mo(path, messages: dict[str, str]) -> None:
    """A gettext catalogue in the GNU .mo format (what `gettext.GNUTranslations` reads)."""
    messages = {"": "Content-Type: text/plain; charset=UTF-8\n", **messages}
    ids = sorted(messages)
    originals = [m.encode() for m in ids]
    translations = [messages[m].encode() for m in ids]
    start = 28 + 16 * len(ids)
    table, blob = [], b""
    for text in (*originals, *translations):
        table.append((len(text), start + len(blob)))
        blob += text + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, len(ids), 28, 28 + 8 * len(ids), 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + b"".join(struct.pack("<2I", *t) for t in table) + blob)


def test_fresh_part_leaves_out_what_the_other_parts_have(tmp_path):
    """A text already in a source of the tuning or held-out parts (GTK 3's Kyrgyz "Файлды
    ачуу") is not fresh; the rest is labelled by its catalogue's language, Mongolian "other"."""
    locale = tmp_path / "debs" / "usr" / "share" / "locale"
    write_mo(locale / "ky/LC_MESSAGES/gtk30.mo", {"Open a file": "Файлды ачуу"})
    write_mo(
        locale / "ky/LC_MESSAGES/pluma.mo",
        {"Open the file": "Файлды ачуу", "Open a new document": "Жаңы документ ачуу"},
    )
    write_mo(locale / "mn/LC_MESSAGES/pluma.mo", {"Open a new document": "Шинэ баримт нээх"})
    rows = data.build_fresh(tmp_path)
    assert sorted(rows) == [
        ("en", "fresh-msgid", "Open a new document"),
        ("en", "fresh-msgid", "Open the file"),
        ("ky", "fresh-pluma", "Жаңы документ ачуу"),
        ("other", "fresh-pluma", "Шинэ баримт нээх"),
    ]
    assert {data.part(source) for _, source, _ in rows} == {"fresh"}


def test_second_fresh_part_leaves_out_what_the_first_has(tmp_path):
    """The second fresh part (built after the first had been looked at) has none of the first
    part's texts (pluma's "Жаңы документ ачуу" again in mate-utils), only its own."""
    locale = tmp_path / "debs" / "usr" / "share" / "locale"
    write_mo(locale / "ky/LC_MESSAGES/pluma.mo", {"Open a new document": "Жаңы документ ачуу"})
    write_mo(
        locale / "ky/LC_MESSAGES/mate-utils.mo",
        {"New document": "Жаңы документ ачуу", "Take a screenshot": "Экранды сүрөткө тартуу"},
    )
    rows = data.build_fresh2(tmp_path)
    assert sorted(rows) == [
        ("en", "fresh2-msgid", "New document"),
        ("en", "fresh2-msgid", "Take a screenshot"),
        ("ky", "fresh2-mate-utils", "Экранды сүрөткө тартуу"),
    ]
    assert {data.part(source) for _, source, _ in rows} == {"fresh2"}


def test_russian_left_untranslated_in_a_kyrgyz_catalogue_is_reported_as_mislabelled(monkeypatch):
    """One rule for every set: 5+ words labelled ky or kk that Russian's dictionary knows
    (all but one in ten) are Russian; a Kyrgyz sentence full of loanwords is not."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # langid.py imports langid_data from there
    langid = load_benchmark("langid")
    assert langid.mislabelled("ky", "Если этот ключ установлен, панель будет скрыта.")
    assert not langid.mislabelled(
        "ky", "Бул файлдын форматы программа тарабынан колдоого алынбайт."
    )
    assert not langid.mislabelled("ru", "Если этот ключ установлен, панель будет скрыта.")
    assert not langid.mislabelled("ky", "Панель будет скрыта")


def test_third_fresh_part_leaves_out_what_the_other_three_have(tmp_path):
    """The third fresh part has none of the second's texts (mate-utils' "Экранды сүрөткө
    тартуу" again in gdm), only its own."""
    locale = tmp_path / "debs" / "usr" / "share" / "locale"
    write_mo(locale / "ky/LC_MESSAGES/mate-utils.mo", {"Screenshot": "Экранды сүрөткө тартуу"})
    write_mo(
        locale / "ky/LC_MESSAGES/gdm.mo",
        {
            "Take a screenshot": "Экранды сүрөткө тартуу",
            "Log in as another user": "Башка колдонуучу",
        },
    )
    rows = data.build_fresh3(tmp_path)
    assert sorted(rows) == [
        ("en", "fresh3-msgid", "Log in as another user"),
        ("en", "fresh3-msgid", "Take a screenshot"),
        ("ky", "fresh3-gdm", "Башка колдонуучу"),
    ]
    assert {data.part(source) for _, source, _ in rows} == {"fresh3"}


def test_a_text_the_other_language_writes_alike_is_undecidable(monkeypatch, tmp_path):
    """One rule for every set: a text labelled ky that a Kazakh catalogue of any package
    writes the same (case, spacing and a closing stop aside) is left out of the decidable
    figures for kk vs ky, not for ky vs ru; one Kazakh writes otherwise stays."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    langid = load_benchmark("langid")
    locale = tmp_path / "debs" / "usr" / "share" / "locale"
    write_mo(locale / "kk/LC_MESSAGES/gnome-calculator.mo", {"Algerian Dinar": "Алжир динары"})
    labelled = tmp_path / "set.tsv"
    labelled.write_text("ky\tfresh2-mate-calc\tАлжир динары.\n", encoding="utf-8")
    writes = langid.alike(tmp_path, labelled)
    assert langid.undecidable("ky", "Алжир динары.", "kk", writes)
    assert not langid.undecidable("ky", "Алжир динары.", "ru", writes)
    assert not langid.undecidable("ky", "Мисир фунту", "kk", writes)


def test_cldr_part_leaves_out_what_the_catalogues_have(tmp_path):
    """The CLDR part, read from babel: a name a catalogue already has ("Түндүк Америка" in a
    Kyrgyz one) is left out; the rest is labelled by its locale's language, no text under two
    labels, no Latin text under a Cyrillic label."""
    write_mo(
        tmp_path / "debs/usr/share/locale/ky/LC_MESSAGES/gtk30.mo",
        {"North America": "Түндүк Америка"},
    )
    rows = data.build_cldr(tmp_path)
    texts = [text for _, _, text in rows]
    assert "Түндүк Америка" not in texts
    assert ("ky", "cldr-territories", "Түштүк Америка") in rows
    assert len(texts) == len(set(texts))
    assert {data.part(source) for _, source, _ in rows} == {"cldr"}
    assert all(data.mostly_cyrillic(text) for label, _, text in rows if label != "en")


def test_fifth_fresh_part_reads_help_paragraphs_as_sentences(tmp_path):
    """The fifth fresh part: a debconf template's descriptions and a translated package
    description, sentence by sentence (verbatim lines, commands, left out; English only for a
    package translated), and allauth's messages without their interpolated names; a text an
    earlier part has (GTK 3's "Кирүү коду жөнөтүлдү.") is left out."""
    write_mo(
        tmp_path / "debs/usr/share/locale/ky/LC_MESSAGES/gtk30.mo",
        {"Code sent.": "Кирүү коду жөнөтүлдү."},
    )
    write_mo(
        tmp_path / "pypi5/allauth/locale/ky/LC_MESSAGES/django.mo",
        {
            "A code has been sent to %(recipient)s.": "Код %(recipient)s дарегине жөнөтүлдү.",
            "The code was sent.": "Кирүү коду жөнөтүлдү.",
        },
    )
    templates = tmp_path / "debconf/grub-pc/templates"
    templates.parent.mkdir(parents=True)
    templates.write_text(
        "Template: grub-pc/install_devices\nType: multiselect\n"
        "Description: GRUB install devices:\n"
        " The package is being upgraded. This menu selects\n devices.\n .\n   /dev/sda\n"
        "Description-kk.UTF-8: GRUB орнату құрылғылары:\n"
        " Дестесі жаңартылуда. Бұл мәзір құрылғыларды таңдайды.\n",
        encoding="utf-8",
    )
    (tmp_path / "ddtp").mkdir()
    (tmp_path / "ddtp/Translation-ru").write_text(
        "Package: zip\nDescription-md5: aa\nDescription-ru: архиватор файлов\n"
        " Программа упаковывает файлы.\n",
        encoding="utf-8",
    )
    (tmp_path / "ddtp/Translation-en").write_text(
        "Package: zip\nDescription-md5: aa\nDescription-en: file archiver\n"
        " The program packs files.\n\n"
        "Package: unzip\nDescription-md5: bb\nDescription-en: file extractor\n",
        encoding="utf-8",
    )
    rows = data.build_fresh5(tmp_path)
    assert sorted(rows) == [
        ("en", "fresh5-allauth", "A code has been sent to ."),
        ("en", "fresh5-allauth", "The code was sent."),
        ("en", "fresh5-ddtp", "The program packs files."),
        ("en", "fresh5-ddtp", "file archiver"),
        ("en", "fresh5-debconf", "GRUB install devices:"),
        ("en", "fresh5-debconf", "The package is being upgraded."),
        ("en", "fresh5-debconf", "This menu selects devices."),
        ("kk", "fresh5-debconf", "GRUB орнату құрылғылары:"),
        ("kk", "fresh5-debconf", "Бұл мәзір құрылғыларды таңдайды."),
        ("kk", "fresh5-debconf", "Дестесі жаңартылуда."),
        ("ky", "fresh5-allauth", "Код дарегине жөнөтүлдү."),
        ("ru", "fresh5-ddtp", "Программа упаковывает файлы."),
        ("ru", "fresh5-ddtp", "архиватор файлов"),
    ]
    assert {data.part(source) for _, source, _ in rows} == {"fresh5"}


def test_sixth_fresh_part_reads_web_libraries_message_files(tmp_path):
    """The sixth fresh part: TinyMCE's language packs (JavaScript, read pair by pair), SurveyJS's
    dictionaries and OOUI's messages, sentence by sentence, placeholders taken out; a message
    left as its key or empty, or marked machine-translated, is no translation (nor is its
    English taken); a sentence of an earlier part's text (GTK 3's) is left out."""
    write_mo(
        tmp_path / "debs/usr/share/locale/ky/LC_MESSAGES/gtk30.mo",
        {"Add a picture. Choose a file.": "Сүрөт кошуу. Файлды тандаңыз."},
    )
    packs = tmp_path / "npm6/tinymce-i18n/package/langs7"
    packs.mkdir(parents=True)
    (packs / "ky.js").write_text(
        'tinymce.addI18n("ky", {\n    "Insert image": "Сүрөт кыстаруу",\n'
        '    "Choose a file": "Файлды тандаңыз.",\n    "Source code": "Source code",\n'
        '    "More help": "\\u041a\\u04e9\\u0431\\u04af\\u0440\\u04e9\\u04e9\\u043a жардам",\n'
        '    "{0} words": "{0} сөз бар"\n});\n',
        encoding="utf-8",
    )
    (packs / "kk.js").write_text(
        'tinymce.addI18n("kk", {\n    "Insert image": "",\n'
        '    "Find and replace": "Табу және ауыстыру"\n});\n',
        encoding="utf-8",
    )
    survey = tmp_path / "npm6/survey-core/package/fesm/i18n"
    survey.mkdir(parents=True)
    (survey / "kazakh.mjs").write_text(
        'var kazakhStrings = {\n  // "Start"\n  startSurveyText: "Сауалнаманы бастау",\n'
        '  // [Auto-translated] "Please leave a comment"\n'
        '  commentText: "Түсініктемені қалдыруыңызды сұраймын",\n'
        '  // cancelText: "Cancel",\n};\n',
        encoding="utf-8",
    )
    (survey / "english.mjs").write_text(
        'var englishStrings = {\n  startSurveyText: "Start the survey",\n'
        '  commentText: "Please leave a comment",\n  cancelText: "Cancel",\n};\n',
        encoding="utf-8",
    )
    ooui = tmp_path / "npm6/oojs-ui/package/dist/i18n"
    ooui.mkdir(parents=True)
    (ooui / "ky.json").write_text(
        '{"@metadata": {"authors": ["A"]}, "ooui-selected": "$1 файл тандалды"}', encoding="utf-8"
    )
    (ooui / "en.json").write_text('{"ooui-selected": "$1 files selected"}', encoding="utf-8")
    rows = data.build_fresh6(tmp_path)
    assert sorted(rows) == [
        ("en", "fresh6-ooui", "files selected"),
        ("en", "fresh6-survey", "Start the survey"),
        ("en", "fresh6-tinymce", "Choose a file"),
        ("en", "fresh6-tinymce", "Find and replace"),
        ("en", "fresh6-tinymce", "Insert image"),
        ("en", "fresh6-tinymce", "More help"),
        ("kk", "fresh6-survey", "Сауалнаманы бастау"),
        ("kk", "fresh6-tinymce", "Табу және ауыстыру"),
        ("ky", "fresh6-ooui", "файл тандалды"),
        ("ky", "fresh6-tinymce", "Көбүрөөк жардам"),
        ("ky", "fresh6-tinymce", "Сүрөт кыстаруу"),
        ("ky", "fresh6-tinymce", "сөз бар"),
    ]
    assert {data.part(source) for _, source, _ in rows} == {"fresh6"}


def test_seventh_fresh_part_reads_libraries_example_sentences(tmp_path):
    """The seventh fresh part: spaCy's example sentences and tokenizer test texts (not their
    token lists, nor token cases under 3 words), mimesis' texts, kyrgyz-normalizer's README
    examples and abbreviations, qaznltk's sample texts; a stop before a lower-case word ends no
    sentence; a test's variants of one sentence count once; words under two labels, and an
    earlier part's text (GTK 3's "Кирүү коду жөнөтүлдү."), are left out."""
    write_mo(
        tmp_path / "debs/usr/share/locale/ky/LC_MESSAGES/gtk30.mo",
        {"Code sent.": "Кирүү коду жөнөтүлдү."},
    )
    spacy = tmp_path / "pypi7/spacy"
    (spacy / "lang/ky").mkdir(parents=True)
    (spacy / "lang/ky/examples.py").write_text(
        '"""\nExample sentences to test spaCy.\n"""\n\nsentences = [\n'
        '    "Лондон - Улуу Британияда жайгашкан ири шаар.",\n'
        '    "Кирүү коду жөнөтүлдү.",\n    "Мен мектепке бардым.",\n]\n',
        encoding="utf-8",
    )
    (spacy / "lang/en").mkdir(parents=True)
    (spacy / "lang/en/examples.py").write_text(
        'sentences = ["Apple is looking at buying U.K. startup for $1 billion"]\n',
        encoding="utf-8",
    )
    (spacy / "tests/lang/ky").mkdir(parents=True)
    (spacy / "tests/lang/ky/test_tokenizer.py").write_text(
        "TESTS = [\n"
        '    ("Ахунбаев көч. турат. Эртең келет.", "Ахунбаев көч. турат .".split()),\n'
        '    ("М.Жумаш", "М.Жумаш".split()),\n'
        '    ("«3-жылда , туулган", "« 3 - жылда , туулган".split()),\n'
        '    ("«3-жылда,туулган", "« 3 - жылда , туулган".split()),\n'
        "]\n",
        encoding="utf-8",
    )
    datasets = tmp_path / "pypi7/mimesis/datasets"
    for lang, texts in {
        "uk": {"text": ["Haskell - чиста функціональна мова."], "quotes": ["Світ ловив мене"]},
        "kk": {"text": ["Test"], "quotes": ["Test"]},
    }.items():
        (datasets / lang).mkdir(parents=True)
        (datasets / lang / "text.json").write_text(json.dumps(texts), encoding="utf-8")
    normalizer = tmp_path / "pypi7/kyrgyz_normalizer"
    normalizer.mkdir(parents=True)
    (normalizer / "normalizer.py").write_text(
        "class Normalizer:\n    def __init__(self):\n"
        "        self.units = {'км': 'километр саатына'}\n"
        "        self.kyrgyz_abbr = {'БУУ': 'бириккен улуттар уюму', 'КР': 'Кыргызстан'}\n",
        encoding="utf-8",
    )
    metadata = tmp_path / "pypi7/kyrgyz_normalizer-0.3.0.dist-info/METADATA"
    metadata.parent.mkdir(parents=True)
    metadata.write_text(
        'normalize("Баасы 1500 сом")\n# → "Баасы бир миң беш жүз сом"\n', encoding="utf-8"
    )
    qaznltk = tmp_path / "pypi7/qaznltk"
    qaznltk.mkdir(parents=True)
    (qaznltk / "tfidf_vectorizer.py").write_text(
        'CORPUS = ["Білім арзан, білу қымбат.", "Мен мектепке бардым"]\n', encoding="utf-8"
    )
    rows = data.build_fresh7(tmp_path)
    assert sorted(rows) == [
        ("en", "fresh7-spacy", "Apple is looking at buying U.K. startup for $1 billion"),
        ("kk", "fresh7-qaznltk", "Білім арзан, білу қымбат."),
        ("ky", "fresh7-kyrgyz-normalizer", "Баасы 1500 сом"),
        ("ky", "fresh7-kyrgyz-normalizer", "Баасы бир миң беш жүз сом"),
        ("ky", "fresh7-kyrgyz-normalizer", "бириккен улуттар уюму"),
        ("ky", "fresh7-spacy", "«3-жылда , туулган"),
        ("ky", "fresh7-spacy", "Ахунбаев көч. турат."),
        ("ky", "fresh7-spacy", "Лондон - Улуу Британияда жайгашкан ири шаар."),
        ("ky", "fresh7-spacy", "Эртең келет."),
        ("uk", "fresh7-mimesis", "Haskell - чиста функціональна мова."),
        ("uk", "fresh7-mimesis", "Світ ловив мене"),
    ]
    assert {data.part(source) for _, source, _ in rows} == {"fresh7"}
