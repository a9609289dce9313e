"""Glossary interchange formats: exact round trips, TBX structure, other tools' TBX, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from lxml import etree

from reader import lang
from reader.glossary.entries import GlossaryEntry, GlossaryError, Variant
from reader.glossary.formats import (
    FORMATS,
    csv_format,
    export_entries,
    format_for_filename,
    import_entries,
    json_format,
    tbx,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ALL_FORMATS = sorted(FORMATS)


def japarov() -> GlossaryEntry:
    return GlossaryEntry(
        variants=[
            Variant("en", "Sadyr Japarov", "preferred"),
            Variant("en", "Sadyr Zhaparov", "admitted"),
            Variant("ru", "Садыр Жапаров", "preferred"),
            Variant("ru", "Садыр Джапаров", "deprecated"),
            Variant("ky", "Садыр Жапаров", "preferred"),
        ],
        note="President of Kyrgyzstan since 2021; AKIpress uses «Жапаров».",
        id=12,
        created_by="aigul",
        created_at="2024-05-01T09:30:00+06:00",
        updated_by="ivan.petrov",
        updated_at="2024-06-11T14:05:00+06:00",
    )


def special() -> GlossaryEntry:
    """XML-special characters, quotes, line breaks and spreadsheet-formula lookalikes."""
    return GlossaryEntry(
        variants=[
            Variant("en", 'Kumtor Gold Co. <"KGC"> & Partners', "preferred"),
            Variant("en", "=Kumtor", "deprecated"),
            Variant("ru", "«Кумтор Голд Компани» & Co", "preferred"),
            Variant("ky", "'Кумтөр' <ЖАК>", "admitted"),
        ],
        note="-Disputed: <b>not</b> bold & \"quoted\" 'single'\nsecond line\r\nthird\ttab",
        id=3,
        created_by="@editor",
        created_at="2023-01-02T03:04:05Z",
        extra={"source": "+996 312 000000", "слово": "значение & <тег>"},
    )


def unsaved() -> GlossaryEntry:
    """Not stored yet: no id, no note, no reviewer or times."""
    return GlossaryEntry(variants=[Variant("en", "Bishkek"), Variant("ky", "Бишкек", "preferred")])


ENTRIES = [japarov(), special(), unsaved()]


# --- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_round_trip_is_byte_for_byte(fmt: str) -> None:
    module = FORMATS[fmt]
    written = module.write(ENTRIES)
    assert module.write(module.read(written)) == written


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_round_trip_keeps_every_field(fmt: str) -> None:
    assert import_entries(export_entries(ENTRIES, fmt), fmt) == ENTRIES


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_empty_glossary_round_trips(fmt: str) -> None:
    assert FORMATS[fmt].read(FORMATS[fmt].write([])) == []


def test_tbx_groups_variants_by_language_then_stays_stable() -> None:
    mixed = GlossaryEntry(
        variants=[Variant("ru", "Ош"), Variant("en", "Osh", "preferred"), Variant("ky", "Ош")]
    )
    written = tbx.write([mixed])
    (back,) = tbx.read(written)
    assert [v.lang for v in back.variants] == ["en", "ru", "ky"]
    assert tbx.write([back]) == written


# --- file shapes --------------------------------------------------------------------------------


def test_csv_is_excel_friendly_one_row_per_variant() -> None:
    data = csv_format.write([japarov()])
    assert data.startswith(b"\xef\xbb\xbf")  # BOM so Excel reads Cyrillic as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == list(csv_format.COLUMNS)
    assert [(r["lang"], r["term"], r["status"]) for r in rows] == [
        ("en", "Sadyr Japarov", "preferred"),
        ("en", "Sadyr Zhaparov", "admitted"),
        ("ru", "Садыр Жапаров", "preferred"),
        ("ru", "Садыр Джапаров", "deprecated"),
        ("ky", "Садыр Жапаров", "preferred"),
    ]
    assert {r["entry_id"] for r in rows} == {"12"}
    assert {r["english"] for r in rows} == {"Sadyr Japarov"}
    assert {r["updated_by"] for r in rows} == {"ivan.petrov"}


def test_csv_defuses_formula_cells() -> None:
    rows = list(csv.reader(io.StringIO(csv_format.write([special()]).decode("utf-8-sig"))))
    cells = {cell for row in rows for cell in row}
    assert "'=Kumtor" in cells and "'@editor" in cells and "''Кумтөр' <ЖАК>" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_json_shape() -> None:
    doc = json.loads(json_format.write([japarov(), unsaved()]))
    assert doc["format"] == "reader-glossary" and doc["version"] == 2 and doc["store"] is None
    first, second = doc["entries"]
    assert first["id"] == 12 and first["rev"] == 0 and first["updated_by"] == "ivan.petrov"
    assert first["variants"][3] == {"lang": "ru", "term": "Садыр Джапаров", "status": "deprecated"}
    assert second["id"] is None and second["extra"] == {}
    assert "Садыр" in json_format.write([japarov()]).decode("utf-8")  # not \u-escaped


def test_tbx_structure() -> None:
    data = tbx.write(ENTRIES)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = etree.fromstring(data)
    assert root.tag == "martif" and root.get("type") == "TBX-Basic" and root.get(XML_LANG) == "en"
    assert root.xpath("martifHeader/fileDesc/sourceDesc/p/text()")
    assert root.xpath("martifHeader/encodingDesc/p[@type='XCSURI']/text()") == [
        "TBXBasicXCSV02.xcs"
    ]
    assert len(root.xpath("text/body/termEntry")) == 3
    (entry,) = root.xpath("text/body/termEntry[@id='entry-12']")
    assert [ls.get(XML_LANG) for ls in entry.xpath("langSet")] == ["en", "ru", "ky"]
    assert entry.xpath("langSet[@xml:lang='ru']/tig/term/text()") == [
        "Садыр Жапаров",
        "Садыр Джапаров",
    ]
    assert entry.xpath("langSet/tig/termNote[@type='administrativeStatus']/text()") == [
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
        "preferredTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "preferredTerm-admn-sts",
    ]
    assert entry.xpath("note/text()") == [japarov().note]
    origination = entry.xpath("transacGrp[transac[@type='transactionType']='origination']")[0]
    assert origination.xpath("date/text()") == ["2024-05-01T09:30:00+06:00"]
    assert origination.xpath("transacNote[@type='responsibility']/text()") == ["aigul"]
    modification = entry.xpath("transacGrp[transac='modification']")[0]
    assert modification.xpath("transacNote/text()") == ["ivan.petrov"]
    # The unsaved entry has no id and no empty note or transaction elements.
    last = root.xpath("text/body/termEntry")[-1]
    assert last.get("id") is None and not last.xpath("note | transacGrp")


def test_tbx_escapes_special_characters() -> None:
    data = tbx.write([special()])
    assert b"&lt;&quot;KGC&quot;&gt;" in data or b'&lt;"KGC"&gt; &amp; Partners' in data
    terms = etree.fromstring(data).xpath("//term/text()")
    assert 'Kumtor Gold Co. <"KGC"> & Partners' in terms


# --- TBX written by other tools -----------------------------------------------------------------

OTHER_TOOL_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>Exported from SomeCAT 9</p></sourceDesc></fileDesc>
  </martifHeader>
  <text><body>
    <!-- a comment a tool left behind -->
    <termEntry id="c1">
      <descrip type="definition">Kyrgyz politician &amp; president</descrip>
      <transacGrp><transac type="transactionType">origination</transac>
        <date>2022-03-04</date>
        <transacNote type="responsibility">CAT user</transacNote></transacGrp>
      <langSet xml:lang="en-US">
        <ntig><termGrp><term>Sadyr Japarov</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
        </termGrp></ntig>
      </langSet>
      <langSet xml:lang="ru-RU">
        <ntig><termGrp><term>Садыр Жапаров</term></termGrp></ntig>
        <tig><term>Садыр Джапаров</term>
          <termNote type="normativeAuthorization">deprecatedTerm</termNote></tig>
      </langSet>
      <langSet xml:lang="ky-KG"><tig><term>Садыр Жапаров</term></tig></langSet>
      <langSet xml:lang="de-DE"><tig><term>Sadyr Dschaparow</term></tig></langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="EN"><tig><term>Issyk-Kul</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_reads_other_tools_tbx() -> None:
    first, second = tbx.read(OTHER_TOOL_TBX.encode("utf-8"))
    assert first.variants == [
        Variant("en", "Sadyr Japarov", "preferred"),
        Variant("ru", "Садыр Жапаров", "admitted"),  # no administrativeStatus
        Variant("ru", "Садыр Джапаров", "deprecated"),
        Variant("ky", "Садыр Жапаров", "admitted"),
    ]  # the German langSet is ignored
    assert first.note == "Kyrgyz politician & president"
    assert (first.created_by, first.created_at) == ("CAT user", "2022-03-04")
    assert first.id is None and second.id is None  # foreign ids name no stored entry
    assert second.variants == [Variant("en", "Issyk-Kul", "admitted")]


def test_reads_tbx_in_a_declared_legacy_encoding() -> None:
    text = OTHER_TOOL_TBX.replace('encoding="UTF-8"', 'encoding="windows-1251"')
    entries = tbx.read(text.encode("cp1251", errors="replace"))
    assert entries[0].variants[1].term == "Садыр Жапаров"


# --- errors: nothing partial, every bad row or entry named ---------------------------------------


def _csv(*rows: str) -> bytes:
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def test_csv_reports_every_bad_row_and_imports_nothing() -> None:
    data = _csv(
        "entry_id,english,lang,term,status,note",
        "1,Osh,en,Osh,preferred,",
        "1,Osh,xx,Ош,preferred,",  # row 3: unknown language
        "one,Osh,ru,Ош,,",  # row 4: entry_id not a number
        "1,Osh,ru,Ош,favourite,",  # row 5: unknown status
        "2,Naryn,ru,Нарын,preferred,",  # rows 6-7: no English form
        "2,Naryn,ky,Нарын,preferred,",
        "3,Talas,en,Talas,preferred,a note",  # rows 8, 10: disagreeing notes
        "4,Chui,en,Chui,preferred,",
        "3,Talas,ru,Талас,preferred,another note",
        ",,ru,Ыссык-Көл,,",  # row 11: no entry_id or english
    )
    with pytest.raises(GlossaryError) as caught:
        csv_format.read(data)
    message = str(caught.value)
    assert "nothing was done" in message
    assert "row 3: unknown language 'xx'" in message
    assert "row 5: unknown status 'favourite'" in message
    for expected in ("row 4:", "rows 6, 7:", "rows 8, 10: rows disagree on note", "row 11:"):
        assert expected in message
    assert "row 9" not in message
    assert message.count("\n- ") == 6


def test_csv_header_and_encoding_errors() -> None:
    with pytest.raises(GlossaryError, match="unknown column 'colour'"):
        csv_format.read(_csv("english,lang,term,colour", "Osh,en,Osh,red"))
    with pytest.raises(GlossaryError, match="missing column 'term'"):
        csv_format.read(_csv("english,lang", "Osh,en"))
    with pytest.raises(GlossaryError, match="empty"):
        csv_format.read(b"")
    with pytest.raises(GlossaryError, match=r"not UTF-8.*line 2.*CSV UTF-8"):
        csv_format.read("english,lang,term\r\nOsh,ru,Ош\r\n".encode("cp1251"))
    with pytest.raises(GlossaryError, match="row 2: 5 cells but the header has 3"):
        csv_format.read(_csv("english,lang,term", "Osh,en,Osh,x,y"))


def test_csv_tolerates_spreadsheet_habits() -> None:
    """Sorted rows, blank repeats, regional tags, blank status, trailing empty rows."""
    data = _csv(
        "english,lang,term,status,note",
        "Osh,ru-RU,Ош,,",
        "Naryn,en,Naryn,Preferred,river and town",
        "Osh,en,Osh,preferred,second city",
        "Naryn,ky,Нарын,,",
        ",,,,",
    )
    osh, naryn = csv_format.read(data)
    assert osh.variants == [Variant("ru", "Ош", "admitted"), Variant("en", "Osh", "preferred")]
    assert osh.note == "second city" and naryn.note == "river and town"
    assert naryn.preferred("en") == "Naryn" and naryn.id is None


def test_readers_mark_the_forms_whose_status_the_file_does_not_state() -> None:
    """Read as admitted either way; an import keeps the local status of the unstated ones."""
    first, second = tbx.read(OTHER_TOOL_TBX.encode("utf-8"))
    assert [v.status_given for v in first.variants] == [True, False, True, False]
    assert [v.status_given for v in second.variants] == [False]
    (blank,) = csv_format.read(
        _csv("english,lang,term,status", "Osh,en,Osh,", "Osh,ru,Ош,admitted")
    )
    (no_column,) = csv_format.read(_csv("english,lang,term", "Osh,en,Osh"))
    assert [v.status_given for v in [*blank.variants, *no_column.variants]] == [False, True, False]
    doc = {
        "format": "reader-glossary",
        "version": 2,
        "entries": [
            {
                "variants": [
                    {"lang": "en", "term": "Osh"},
                    {"lang": "ru", "term": "Ош", "status": "admitted"},
                ]
            }
        ],
    }
    (entry,) = json_format.read(json.dumps(doc).encode("utf-8"))
    assert [v.status_given for v in entry.variants] == [False, True]
    for fmt in ALL_FORMATS:  # this program's own files always state every status
        back = import_entries(export_entries(ENTRIES, fmt), fmt)
        assert all(v.status_given for e in back for v in e.variants)


def test_json_errors() -> None:
    with pytest.raises(GlossaryError, match="not a JSON file"):
        json_format.read(b"{not json")
    with pytest.raises(GlossaryError, match="not a glossary file"):
        json_format.read(b'{"entries": []}')
    with pytest.raises(GlossaryError, match="version 3 is not supported"):
        json_format.read(b'{"format": "reader-glossary", "version": 3, "entries": []}')
    with pytest.raises(GlossaryError, match="not UTF-8"):
        json_format.read('{"format": "Жапаров"}'.encode("cp1251"))
    good = {"variants": [{"lang": "en", "term": "Osh", "status": "preferred"}], "id": 5}
    doc = {
        "format": "reader-glossary",
        "version": 1,
        "entries": [
            good,
            {"variants": [{"lang": "ru", "term": "Ош"}]},
            {**good, "colour": "red"},
            {"variants": [{"lang": "en", "term": "Naryn"}], "id": "7"},
            {"variants": [{"lang": "en", "term": "Talas"}], "id": 5},
        ],
    }
    with pytest.raises(GlossaryError) as caught:
        json_format.read(json.dumps(doc).encode())
    message = str(caught.value)
    assert "- entry 1 " not in message and message.count("\n- ") == 4
    assert "entry 2: an entry needs its English name" in message
    assert "entry 3 (Osh): unknown key(s): colour" in message
    assert "entry 4 (Naryn)" in message
    assert "entry 5 (Talas): id 5 is already used by entry 1 (Osh)" in message


def test_tbx_reports_every_bad_entry_and_imports_nothing() -> None:
    data = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
  <termEntry id="ok"><langSet xml:lang="en"><tig><term>Osh</term></tig></langSet></termEntry>
  <termEntry id="noEnglish"><langSet xml:lang="ru"><tig><term>Ош</term></tig></langSet>
  </termEntry>
  <termEntry><langSet xml:lang="en"><tig><term>Naryn</term>
    <termNote type="administrativeStatus">mostlyTerm-admn-sts</termNote></tig></langSet>
  </termEntry>
  <termEntry id="c4"><langSet><tig><term>Talas</term></tig></langSet></termEntry>
  <termEntry id="c5"><langSet xml:lang="en"><tig><term> </term></tig></langSet></termEntry>
</body></text></martif>""".encode()
    with pytest.raises(GlossaryError) as caught:
        tbx.read(data)
    message = str(caught.value)
    assert "termEntry 1" not in message
    assert 'termEntry 2 id="noEnglish" (line 4): no English term' in message
    assert "termEntry 3 (line 6): unknown term status 'mostlyTerm-admn-sts'" in message
    assert 'termEntry 4 id="c4" (line 9): the <langSet> on line 9 has no xml:lang' in message
    assert 'termEntry 5 id="c5"' in message
    assert message.count("\n- ") == 4


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "malformed"),
        (b"term,lang\nOsh,en\n", "malformed"),
        (b"<martif><text><body><termEntry></body></text></martif>", "malformed"),
        ("<martif><p>Жапаров</p></martif>".encode("cp1251"), r"not UTF-8 text \(byte 0xC6"),
        (b"<glossary/>", "root element is <glossary>, not <martif>"),
        (b'<tbx xmlns="urn:iso:std:iso:30042:ed-2"/>', "TBX v3 is not supported"),
        (b"<martif type='TBX-Basic'/>", "no <text><body>"),
    ],
)
def test_tbx_file_level_errors(data: bytes, expected: str) -> None:
    with pytest.raises(GlossaryError, match=expected):
        tbx.read(data)


def test_tbx_never_expands_entities() -> None:
    external = b"""<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig>
</langSet></termEntry></body></text></martif>"""
    with pytest.raises(GlossaryError, match=r"unexpanded entities: &xxe; \(line 3\)"):
        tbx.read(external)
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&b;</term></tig>
</langSet></termEntry></body></text></martif>"""
    with pytest.raises(GlossaryError, match="unexpanded entities"):
        tbx.read(laughs)


# --- export refusals and the registry ----------------------------------------------------------


def test_export_refuses_files_that_could_not_be_read_back() -> None:
    control = GlossaryEntry(variants=[Variant("en", "Bell\x07")])
    with pytest.raises(GlossaryError, match=r"entry 1: en term .* control character U\+0007"):
        tbx.write([control])
    twins = [japarov(), japarov()]
    for fmt in ALL_FORMATS:
        with pytest.raises(GlossaryError, match=r"entry 2 .*id 12 is already used by entry 1"):
            export_entries(twins, fmt)
    with pytest.raises(GlossaryError, match="could not be told apart"):
        csv_format.write([unsaved(), unsaved()])
    broken = japarov()
    broken.variants.append(Variant("en", "S. Japarov", "preferred"))
    with pytest.raises(GlossaryError, match="more than one preferred en form"):
        json_format.write([broken])


def test_registry() -> None:
    assert dict(FORMATS) == {"csv": csv_format, "json": json_format, "tbx": tbx}
    assert format_for_filename("glossary-2024.TBX") == "tbx"
    assert format_for_filename("/tmp/export/names.csv") == "csv"
    assert format_for_filename("backup.json") == "json"
    for name in ("terms.xlsx", "glossary", "tbx"):
        with pytest.raises(GlossaryError, match=r"use a \.csv, \.json, \.tbx file"):
            format_for_filename(name)
    with pytest.raises(GlossaryError, match="unknown glossary format 'xlsx'"):
        export_entries(ENTRIES, "xlsx")
    with pytest.raises(GlossaryError, match="unknown glossary format"):
        import_entries(b"", "docx")
    assert import_entries(export_entries(ENTRIES, "TBX"), "tbx") == ENTRIES


def test_tbx_description_names_the_registered_languages() -> None:
    """A language registered later is named in the header, not a fixed list."""
    lang.register(lang.load_folder(Path(__file__).parent / "fixtures" / "lang" / "kk"))
    try:
        root = etree.fromstring(tbx.write(ENTRIES))
    finally:
        lang.unregister("kk")
    (description,) = root.xpath("martifHeader/fileDesc/sourceDesc/p[not(@type)]/text()")
    assert description.endswith("(en, ru, ky, kk)")
