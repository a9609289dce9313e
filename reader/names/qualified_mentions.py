"""A place's qualifier kept with the place in a text's mentions (Horgos (China), в Хоргосе,
Казахстан), so that grouping reads it as one (`reader.names.qualifiers`) rather than as a
place and a country side by side. Run on an article's mentions when the listing summarizes
it (`reader.names.summary`), not by extraction, so that the mentions stored do not depend on
the gazetteer.

The extractors find the place and the country as two names; this joins them when the second
names a country or region the place can be in. In parentheses that is enough (the
parenthesis says so: Хоргос (Китай) is not the Kazakh town the gazetteer has). After a comma,
which lists use too, the text must say more: no list on either side (Bishkek, Almaty and
Tashkent), a qualifier the extractor reads as a place and that is no town's name too
(Karaganda, Almaty), and a place the gazetteer has in that country (Khorgos, Kazakhstan,
not Bishkek, Kazakhstan) or one the extractor reads as a place before the clause ends (not
the Oyan, Qazaqstan movement). A person's or an organisation's name is never qualified.
The ISO 3166-2 names (a second to index) are read only when a country is not named.
"""

from __future__ import annotations

import re

from reader.lang.extraction import NameMention
from reader.names import gazetteer, qualifiers

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_COMMA = re.compile(r"\s*,\s*")
# What joins two names of a list, between them (", ", " and ", " жана ", " & ").
_LIST_GAP = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|or|и|или|а также|жана|же|менен|&)\s+)?", re.IGNORECASE
)
# A clause's end after the qualifier: punctuation or the text's end, not a word of a name.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?…)»\"”—–-]|$)")
_PLACE_KINDS = ("place", "name")


def attach(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """`mentions` of `text`, each place followed by its qualifier joined with it into one
    mention whose lemma is the place's and the qualifier's (Хоргос (Китай))."""
    out: list[NameMention] = []
    i = 0
    while i < len(mentions):
        joined = _joined(text, mentions, i) if i + 1 < len(mentions) else None
        out.append(joined or mentions[i])
        i += 2 if joined else 1
    return out


def _joined(text: str, mentions: list[NameMention], i: int) -> NameMention | None:
    place, qualifier = mentions[i], mentions[i + 1]
    if place.kind not in _PLACE_KINDS or qualifier.kind not in _PLACE_KINDS:
        return None
    gap = text[place.end : qualifier.start]
    if _OPEN.fullmatch(gap):
        close = _CLOSE.match(text, qualifier.end)
        if close is None or not _regions(place, qualifier, towns=True):
            return None
        return _mention(text, place, close.end(), f"{place.lemma} ({qualifier.lemma})")
    if _COMMA.fullmatch(gap) and _comma_qualifier(text, mentions, i):
        return _mention(text, place, qualifier.end, f"{place.lemma}, {qualifier.lemma}")
    return None


def _comma_qualifier(text: str, mentions: list[NameMention], i: int) -> bool:
    """Whether the name after a comma qualifies the place before it, rather than being the
    next of a list."""
    place, qualifier = mentions[i], mentions[i + 1]
    if qualifier.kind != "place" or _in_list(text, mentions, i):
        return False
    table = gazetteer.load()
    entity = table.entity(place.lemma)
    country = table.country(entity) if entity else None
    if not country and (place.kind != "place" or not _CLAUSE_END.match(text, qualifier.end)):
        return False
    regions = _regions(place, qualifier, towns=False)
    return bool(regions) and not (country and qualifiers.conflict(regions, frozenset({country})))


def _in_list(text: str, mentions: list[NameMention], i: int) -> bool:
    """Whether the place is joined to the name before it, or the qualifier to the name after
    it, as names of a list are."""
    before = mentions[i - 1] if i > 0 else None
    after = mentions[i + 2] if i + 2 < len(mentions) else None
    return any(
        a is not None and b is not None and _LIST_GAP.fullmatch(text[a.end : b.start])
        for a, b in ((before, mentions[i]), (mentions[i + 1], after))
    )


def _regions(place: NameMention, qualifier: NameMention, towns: bool) -> qualifiers.Regions:
    """The regions the qualifier names, none after a country's name (Kyrgyzstan, Kazakhstan
    is a list), nor, unless `towns`, when the gazetteer has it as a town (Karaganda, Almaty:
    a region named as a town is a town of a list). A country is read from the gazetteer,
    which is cheap; the ISO 3166-2 names, which take a second to index, only when needed."""
    table = gazetteer.load()
    if qualifiers.is_country(place.lemma):
        return frozenset()
    entity = table.entity(qualifier.lemma)
    if entity and entity.startswith("iso3166:"):
        return frozenset({entity.split(":", 1)[1]})
    if entity and not towns:
        return frozenset()
    return qualifiers.qualifier_regions(qualifier.lemma, lambda word: [])


def _mention(text: str, place: NameMention, end: int, lemma: str) -> NameMention:
    return NameMention(place.start, end, text[place.start : end], "place", lemma)
