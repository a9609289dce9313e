"""Parallel evidence: names that translate each other in aligned sentences are linked,
scored and grouped; a bare surname between two full names is marked ambiguous."""

from __future__ import annotations

import json
from pathlib import Path

from reader.lang.extraction import NameMention
from reader.names import evidence
from reader.names.evidence import Link, cooccurrences, links
from reader.names.extract import ArticleMention
from reader.names.variants import Example, group_mentions, spread_examples

_JUDGED = Path(__file__).parent / "data" / "name_evidence.json"


def _sentence(article: str, sid: str, **names: list[str]) -> list[ArticleMention]:
    """Mentions of one aligned sentence: names per language, each its own lemma."""
    return [
        ArticleMention(article, sid, lang, NameMention(0, len(n), n, "place", n))
        for lang, found in names.items()
        for n in found
    ]


def _corpus(moscow_sentences: int) -> list[ArticleMention]:
    out: list[ArticleMention] = []
    for i in range(moscow_sentences):
        others = ["Bishkek"] if i % 2 else ["Almaty"]
        cyrillic = ["Бишкек"] if i % 2 else ["Алматы"]
        out += _sentence(
            "a", f"s{i}", en=["Moscow", *others], ru=["Москва", *cyrillic], ky=["Москва", *cyrillic]
        )
    return out


def _link(found: list[Link], source: str, lang: str) -> Link | None:
    return next((x for x in found if x.source == source and x.lang == lang), None)


def test_names_that_translate_each_other_sentence_after_sentence_are_linked() -> None:
    found = links(_corpus(4))
    moscow = _link(found, "Moscow", "ru")
    assert moscow is not None and moscow.target == "Москва"
    assert (moscow.together, moscow.source_count, moscow.target_count) == (4, 4, 4)
    assert moscow.dice == 1.0
    bishkek = _link(found, "Bishkek", "ru")
    assert bishkek is not None and bishkek.g2 > 0  # Moscow, in every sentence, tells less
    assert _link(found, "Moscow", "ky").target == "Москва"
    assert {(x.source, x.target) for x in found if x.lang == "ru"} == {
        ("Moscow", "Москва"),
        ("Bishkek", "Бишкек"),
        ("Almaty", "Алматы"),
    }


def test_one_sentence_never_links_two_names() -> None:
    assert links(_sentence("a", "s1", en=["Kremlin"], ru=["Кремль"])) == []
    assert cooccurrences(_sentence("a", "s1", en=["Kremlin"], ru=["Кремль"]))[0].together == 1


def test_a_repeated_sentence_counts_once() -> None:
    """The same sentence in many articles (wire copy) is one piece of evidence, not many."""
    copies = [m for a in "abcde" for m in _sentence(a, "same", en=["Kremlin"], ru=["Кремль"])]
    assert links(copies) == []


def test_names_always_side_by_side_are_not_linked() -> None:
    """Kasymov and the Moscow City Duma always in one sentence: which is Мирбек Касымов?"""
    mentions = [
        m
        for i in range(3)
        for m in _sentence(
            "a", f"s{i}", en=["Moscow City Duma", "Mirbek Kasymov"], ky=["Мирбек Касымов"]
        )
    ]
    assert links(mentions) == []


def test_evidence_groups_an_exonym_and_is_kept_per_form() -> None:
    groups = group_mentions(_corpus(3), {})
    moscow = next(g for g in groups if "Moscow" in g.spellings("en"))
    assert moscow.spellings("ru") == ["Москва"] and moscow.spellings("ky") == ["Москва"]
    ru = next(f for f in moscow.forms if f.lang == "ru")
    assert [(x.source, x.together) for x in ru.evidence] == [("Moscow", 3)]
    shown = moscow.as_dict()["forms"][1]["evidence"][0]
    assert shown == {
        "source": "Moscow",
        "target": "Москва",
        "lang": "ru",
        "sentences": 3,
        "dice": 1.0,
        "g2": round(ru.evidence[0].g2, 1),
    }
    assert "in 3 aligned sentences" in ru.evidence[0].describe()


def test_evidence_never_chains_two_english_names() -> None:
    """Russia ~ Россия is spelled; a translator writing Россия for Moscow too links nothing."""
    mentions = _corpus(3)
    for i in range(3):
        mentions += _sentence("b", f"r{i}", en=["Russia"], ru=["Россия"])
        mentions += _sentence("b", f"m{i}", en=["Moscow"], ru=["Россия"])
    groups = group_mentions(mentions, {})
    english = [sorted(g.spellings("en")) for g in groups if g.spellings("en")]
    assert ["Moscow"] in english and ["Russia"] in english


def _japarovs(*articles: tuple[str, list[str]]) -> list[ArticleMention]:
    return [
        ArticleMention(article, f"s{i}", "en", NameMention(0, len(n), n, "person", n))
        for article, names in articles
        for i, n in enumerate(names)
    ]


def test_a_bare_surname_between_two_full_names_is_shown_ambiguous() -> None:
    mentions = _japarovs(("a", ["Sadyr Japarov", "Akylbek Japarov", "Japarov"]))
    groups = group_mentions(mentions, {})
    bare = next(g for g in groups if g.label == "Japarov")
    assert bare.ambiguous == ["Akylbek Japarov", "Sadyr Japarov"]
    assert bare.as_dict()["ambiguous"] == ["Akylbek Japarov", "Sadyr Japarov"]
    assert bare.as_dict()["forms"][0]["ambiguous"] == ["Akylbek Japarov", "Sadyr Japarov"]
    assert all(not g.ambiguous for g in groups if g is not bare)


def test_a_bare_surname_joins_the_one_full_name_its_article_names() -> None:
    mentions = _japarovs(
        ("a", ["Sadyr Japarov", "Japarov"]),
        ("b", ["Akylbek Japarov", "Japarov", "Japarov"]),
        ("c", ["Japarov"]),  # no full name in play: stays ambiguous
    )
    groups = {g.label: g for g in group_mentions(mentions, {})}
    assert groups["Sadyr Japarov"].counts == {"en": 2}
    assert groups["Akylbek Japarov"].counts == {"en": 3}
    assert groups["Japarov"].counts == {"en": 1}
    assert groups["Japarov"].ambiguous == ["Akylbek Japarov", "Sadyr Japarov"]


def test_every_judged_link_above_the_threshold_is_correct() -> None:
    """The corpus's candidate links, judged by hand: the thresholds keep only correct ones
    and still link most of them."""
    judged = json.loads(_JUDGED.read_text(encoding="utf-8"))["links"]
    kept = [
        j
        for j in judged
        if j["sentences"] >= evidence.MIN_SUPPORT and j["dice"] >= evidence.MIN_DICE
    ]
    assert all(j["correct"] for j in kept), [j for j in kept if not j["correct"]]
    assert len(kept) >= 0.5 * len(judged)
    assert not all(j["correct"] for j in judged)  # the list has wrong links to keep out


def test_examples_are_the_spread_of_every_mention_with_its_sentence() -> None:
    """Examples are picked from mentions before any is built: the same pick as spreading
    them all, a mention repeated in one sentence shown once, each with its sentence's text."""
    mentions = [
        *_sentence("a", "s1", en=["Moscow", "Moscow"]),
        *_sentence("a", "s2", en=["Moscow"]),
        *_sentence("b", "s3", en=["Moscow"], ru=["Москва"]),
        *_sentence("b", "s4", en=["Moscow"]),
    ]
    texts = {(m.article_id, m.sentence_id, m.lang): f"{m.sentence_id} {m.lang}" for m in mentions}
    (moscow,) = [g for g in group_mentions(mentions, texts) if g.label == "Moscow"]
    every = [
        Example(
            m.article_id,
            m.sentence_id,
            m.lang,
            m.mention.text,
            texts[m.article_id, m.sentence_id, m.lang],
        )
        for m in mentions
        if m.mention.lemma == "Moscow"
    ] + [Example("b", "s3", "ru", "Москва", "s3 ru")]
    assert moscow.examples == spread_examples(every)
    assert [e.sentence_id for e in moscow.examples] == ["s1", "s3", "s2", "s3", "s4"]
