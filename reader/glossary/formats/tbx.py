"""TBX-Basic (TBX v2, root <martif>): the termbase format CAT tools (Trados, memoQ, Phrase) import.

Written layout, one <termEntry> per entry::

    <termEntry id="entry-7">                        id only once the entry is stored
      <note>…</note>                                 the entry note, if any
      <admin type="x-extra:KEY">VALUE</admin>        each extra field (CAT tools ignore it)
      <admin type="x-revision">3</admin>             the entry's revision in its store
      <transacGrp>                                   "origination", then "modification"
        <transac type="transactionType">origination</transac>
        <date>…</date>
        <transacNote type="responsibility">reviewer</transacNote>
      </transacGrp>
      <langSet xml:lang="ru">                        one per language present, registry order
        <tig>
          <term>Садыр Жапаров</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
        </tig>

The exporting store's id is in the header: ``<sourceDesc><p type="x-store">ID</p>``.

Reading also takes other tools' TBX: <ntig><termGrp>, regional tags (ru-RU -> ru), a missing
status (read as admitted, marked as not stated), <descrip type="definition"> as note text, and
ignores languages not registered (reader.lang) and ids it did not write. Parsing never expands
entities or fetches anything.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence

from lxml import etree

from reader.glossary.entries import STATUSES, GlossaryEntry, GlossaryError, Variant
from reader.glossary.formats._common import (
    MAX_ID,
    GlossaryFile,
    check_id,
    check_store_id,
    check_writable,
    decode_utf8,
    duplicate_ids,
    fail_if,
    normalise_lang,
)
from reader.lang import codes, source_code

_SOURCE = source_code()  # the language texts are translated from

EXTENSION = ".tbx"
MEDIA_TYPE = "application/x-tbx+xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">'
_EXTRA = "x-extra:"
_REVISION = "x-revision"
_STORE = "x-store"
_ID = re.compile(r"entry-(\d+)")
_STATUS_OUT = {status: f"{status}Term-admn-sts" for status in STATUSES}
# administrativeStatus / normativeAuthorization values, lower-cased, as various tools write them.
_STATUS_IN = {
    **{form: s for s in STATUSES for form in (s, f"{s}term", f"{s}term-admn-sts")},
    "supersededterm": "deprecated",
    "supersededterm-admn-sts": "deprecated",
}
_STATUS_TYPES = ("administrativeStatus", "normativeAuthorization")
_DECLARED_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"']")


def write(entries: Sequence[GlossaryEntry], store_id: str = "") -> bytes:
    check_writable(entries, "TBX")
    root = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: _SOURCE})
    header = etree.SubElement(root, "martifHeader")
    source = etree.SubElement(etree.SubElement(header, "fileDesc"), "sourceDesc")
    _child(source, "p", f"Name-variant glossary exported by reader ({', '.join(codes())})")
    if store_id:
        _child(source, "p", store_id, type=_STORE)
    _child(etree.SubElement(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    problems = []
    for n, entry in enumerate(entries, 1):
        try:
            body.append(_entry_element(entry))
        except ValueError:  # lxml refuses control characters, which XML 1.0 cannot hold
            problems.append(f"entry {n} ({entry.english}): contains control characters")
    fail_if(problems, "cannot export TBX")
    return etree.tostring(
        root, encoding="UTF-8", xml_declaration=True, pretty_print=True, doctype=_DOCTYPE
    )


def read(data: bytes) -> GlossaryFile:
    root = _parse(data)
    store = root.find(f"martifHeader/fileDesc/sourceDesc/p[@type='{_STORE}']")
    store_id = check_store_id(_text(store)) if store is not None else ""
    body = root.find("text/body")
    if body is None:
        raise GlossaryError("the TBX file has no <text><body> holding term entries")
    labelled: list[tuple[str, GlossaryEntry]] = []
    problems = []
    for n, element in enumerate(body.iterfind("termEntry"), 1):
        tbx_id = element.get("id")
        label = f"termEntry {n}" + (f' id="{tbx_id}"' if tbx_id else "")
        label += f" (line {element.sourceline})"
        try:
            labelled.append((label, _read_entry(element)))
        except GlossaryError as err:
            problems.append(f"{label}: {err}")
    problems += duplicate_ids((label, e.id) for label, e in labelled)
    fail_if(problems, "cannot import TBX")
    return GlossaryFile((e for _, e in labelled), store_id)


def _child(parent: etree._Element, tag: str, text: str, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, tag, attrib)
    element.text = text
    return element


def _entry_element(entry: GlossaryEntry) -> etree._Element:
    element = etree.Element("termEntry")
    if entry.id is not None:
        element.set("id", f"entry-{entry.id}")
    if entry.note:
        _child(element, "note", entry.note)
    for key, value in entry.extra.items():
        _child(element, "admin", value, type=_EXTRA + key)
    if entry.rev:
        _child(element, "admin", str(entry.rev), type=_REVISION)
    for kind, who, when in (
        ("origination", entry.created_by, entry.created_at),
        ("modification", entry.updated_by, entry.updated_at),
    ):
        if who or when:
            group = etree.SubElement(element, "transacGrp")
            _child(group, "transac", kind, type="transactionType")
            if when:
                _child(group, "date", when)
            if who:
                _child(group, "transacNote", who, type="responsibility")
    for lang in codes():
        if forms := entry.forms(lang):
            lang_set = etree.SubElement(element, "langSet", {XML_LANG: lang})
            for v in forms:
                tig = etree.SubElement(lang_set, "tig")
                _child(tig, "term", v.term)
                _child(tig, "termNote", _STATUS_OUT[v.status], type="administrativeStatus")
    return element


def _parse(data: bytes) -> etree._Element:
    """Parse without entity expansion, DTD loading or network access (XXE, billion laughs)."""
    declared = _DECLARED_ENCODING.match(data.removeprefix(codecs.BOM_UTF8))
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and (declared is None or declared[1].lower() in (b"utf-8", b"utf8")):
        decode_utf8(data, "TBX")  # a clearer message than libxml2's for the common case
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise GlossaryError(f"not a TBX file: the XML is malformed ({err.msg})") from None
    if root.tag != "martif":
        found = etree.QName(root).localname
        hint = " (TBX v3 is not supported; export TBX v2 / TBX-Basic)" if found == "tbx" else ""
        raise GlossaryError(f"not a TBX v2 file: the root element is <{found}>, not <martif>{hint}")
    entities = [f"&{e.name}; (line {e.getparent().sourceline})" for e in root.iter(etree.Entity)]
    if entities:
        raise GlossaryError(f"the TBX file uses unexpanded entities: {', '.join(entities)}")
    return root


def _read_entry(element: etree._Element) -> GlossaryEntry:
    variants: list[Variant] = []
    for lang_set in element.iterfind("langSet"):
        code = lang_set.get(XML_LANG)
        if not code:
            raise GlossaryError(f"the <langSet> on line {lang_set.sourceline} has no xml:lang")
        lang = normalise_lang(code)
        if lang not in codes():
            continue
        for holder in lang_set:
            if holder.tag in ("tig", "ntig"):
                variants.append(_read_variant(lang, holder))
    if not any(v.lang == _SOURCE for v in variants):
        raise GlossaryError("no English term")
    notes = [*element.iterfind("note"), *element.iterfind("descrip[@type='definition']")]
    origination = _transactions(element, "origination")
    modification = _transactions(element, "modification")
    entry = GlossaryEntry(
        variants=variants,
        note="\n".join(_text(n) for n in notes),
        id=_stored_id(element.get("id")),
        rev=_revision(element),
        created_by=origination[0][0] if origination else "",
        created_at=origination[0][1] if origination else "",
        updated_by=modification[-1][0] if modification else "",
        updated_at=modification[-1][1] if modification else "",
        extra={
            a.get("type", "")[len(_EXTRA) :]: _text(a)
            for a in element.iterfind("admin")
            if a.get("type", "").startswith(_EXTRA)
        },
    )
    entry.validate()
    return entry


def _read_variant(lang: str, holder: etree._Element) -> Variant:
    """A <tig>, or an <ntig> whose <termGrp> holds the term and its notes."""
    group = holder.find("termGrp") if holder.tag == "ntig" else holder
    term = group.find("term") if group is not None else None
    if group is None or term is None:
        raise GlossaryError(f"the {lang} <{holder.tag}> on line {holder.sourceline} has no <term>")
    status = None
    for note in group.iterfind("termNote"):
        if note.get("type") in _STATUS_TYPES:
            value = _text(note).strip()
            if value.lower() not in _STATUS_IN:
                raise GlossaryError(f"unknown term status {value!r} on line {note.sourceline}")
            status = _STATUS_IN[value.lower()]
    return Variant(lang, _text(term), status or "admitted", status_given=status is not None)


def _transactions(element: etree._Element, kind: str) -> list[tuple[str, str]]:
    """(reviewer, date) of each entry-level transaction of one kind, in document order."""
    found = []
    for group in element.iterfind("transacGrp"):
        if (group.findtext("transac") or "").strip() == kind:
            who = group.find("transacNote[@type='responsibility']")
            found.append((_text(who) if who is not None else "", group.findtext("date") or ""))
    return found


def _stored_id(tbx_id: str | None) -> int | None:
    """Only ids this module wrote name a stored entry; other tools' ids mean nothing here."""
    match = _ID.fullmatch(tbx_id or "")
    if match is None:
        return None
    if len(match[1]) > len(str(MAX_ID)):
        raise GlossaryError(f"id {match[1][:20]}… is out of range (1 to {MAX_ID})")
    return check_id(int(match[1]))


def _revision(element: etree._Element) -> int:
    revision = element.find(f"admin[@type='{_REVISION}']")
    if revision is None:
        return 0
    value = _text(revision).strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 19:
        line = revision.sourceline
        raise GlossaryError(f"revision {value[:40]!r} on line {line} is not a whole number")
    return int(value)


def _text(element: etree._Element) -> str:
    """All text inside, so inline markup such as <hi> in other tools' terms is kept as text."""
    return "".join(element.itertext())
