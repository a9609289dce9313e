"""The corpus: seed articles, metadata, page furniture, offsets, file validation, stable ids."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.config import REPO_ROOT
from reader.corpus import (
    MAX_ARTICLE_BYTES,
    Article,
    CorpusError,
    add_article,
    decode_article_bytes,
    load_corpus,
)
from reader.corpus.furniture import furniture_flags
from reader.corpus.ids import sentence_ids, text_key
from reader.corpus.loader import build_article, load_article
from reader.corpus.metadata import Metadata, set_furniture

SEED = REPO_ROOT / "corpus"
A000 = "000_5e72744402d0f544"
A003 = "003_3eaa36a4e0c2b786"
A004 = "004_5eb83673b1bc0057"
HEADLINE_004 = (
    "Critics warn clock ticking on efforts to stop Putin-style crackdown on civil society "
    "in Kyrgyzstan"
)


@pytest.fixture(scope="module")
def seed():
    return load_corpus(SEED)


def paragraph(article: Article, text: str):
    return next(p for p in article.paragraphs if p.text == text)


# --- the seed corpus ---------------------------------------------------------------------------


def test_seed_corpus_loads_five_articles_without_problems(seed):
    assert seed.problems == []
    assert [a.id for a in seed.articles] == sorted(p.stem for p in SEED.glob("*.txt"))
    assert len(seed.articles) == 5
    assert all(a.sentences for a in seed.articles)


def test_seed_titles(seed):
    titles = {a.id: a.title for a in seed.articles}
    assert titles == {
        A000: "Central Asians back Moscow voters saying 'no' to ruling Kremlin party",
        "001_a6ffd922c2656101": (
            "“At the request of the Russian Federation, everyone will be deported.” "
            "Why the authorities of Kyrgyzstan began to hunt for Russian emigrants"
        ),
        "002_53b66d5e05b30e36": (
            "For a Social and Democratic Coalition in the Moscow City Parliament: Russian "
            "Socialist Movement on the Outcome of the Regional Elections of September 2019"
        ),
        A003: "Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos",
        A004: HEADLINE_004,
    }


def test_byline_of_000(seed):
    article = seed.get(A000)
    assert article.byline == "Kanat Altynbayev"
    assert paragraph(article, "By Kanat Altynbayev").kind == "byline"


def test_outlet_of_003(seed):
    assert seed.get(A003).outlet == "The Moscow Times"


def test_byline_and_date_of_004(seed):
    article = seed.get(A004)
    assert article.byline == "bne IntelliNews"
    assert article.date == "February 22, 2024"
    assert paragraph(article, "By bne IntelliNews February 22, 2024").kind == "byline"


def test_unknown_article_id_is_a_corpus_error_listing_known_ids(seed):
    with pytest.raises(CorpusError, match=A000):
        seed.get("no-such-article")


# --- page furniture ----------------------------------------------------------------------------


def test_000_reader_comments_are_furniture_and_the_body_is_not(seed):
    article = seed.get(A000)
    start = paragraph(article, "Do you like this article?").index
    before, after = article.paragraphs[:start], article.paragraphs[start:]
    assert len(after) > 3  # the question, the comment count, the policy and the comments
    assert all(p.furniture for p in after)
    assert not any(p.furniture for p in before)
    assert paragraph(article, "Oh-oh, lies").furniture


def test_003_donation_banner_and_links_are_furniture(seed):
    article = seed.get(A003)
    for text in (
        "Support The Moscow Times!",
        "… we have a small favor to ask.",
        "Continue",
        "Read more",
    ):
        assert paragraph(article, text).furniture, text
    appeal = [p for p in article.paragraphs if p.text.startswith("We, the journalists")]
    assert appeal and appeal[0].furniture
    assert not paragraph(article, "Mines targeted").furniture
    assert paragraph(article, "Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos").kind == (
        "title"
    )


def test_004_only_the_second_copy_of_the_headline_is_furniture(seed):
    article = seed.get(A004)
    copies = [p for p in article.paragraphs if p.text == HEADLINE_004]
    assert len(copies) == 2
    assert copies[0].kind == "title"
    assert copies[1].furniture


def test_content_sentences_exclude_furniture(seed):
    for article in seed.articles:
        content = article.content_sentences()
        assert content == [s for s in article.sentences if not s.furniture]
        assert len(content) < len(article.sentences)  # every seed article has some furniture
    article = seed.get(A000)
    assert "Oh-oh, lies" not in {s.text for s in article.content_sentences()}


def test_sentence_starting_with_support_is_not_furniture():
    # Bug: the "support (the )?[\w .'-]+!?" rule in furniture.json fullmatches any short
    # paragraph that begins with "Support ", so article text is hidden and never translated.
    assert furniture_flags(["Support for the ruling party fell sharply in Moscow."]) == [False]


# --- nothing is deleted ------------------------------------------------------------------------


def test_paragraphs_are_the_non_blank_lines_stripped(seed):
    for article in seed.articles:
        lines = [line.strip() for line in article.text.splitlines() if line.strip()]
        assert [p.text for p in article.paragraphs] == lines, article.id


def test_paragraph_and_sentence_offsets_point_into_the_text(seed):
    for article in seed.articles:
        for p in article.paragraphs:
            assert article.text[p.start : p.end] == p.text
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text, (article.id, s.id)
            para = article.paragraphs[s.paragraph]
            assert para.start <= s.start <= s.end <= para.end


def test_article_text_is_the_file_unchanged(seed):
    for article in seed.articles:
        assert article.text == (SEED / f"{article.id}.txt").read_text(encoding="utf-8")


# --- rejecting bad files -----------------------------------------------------------------------


def test_nul_bytes_are_not_a_text_file():
    with pytest.raises(CorpusError, match="not a text file"):
        decode_article_bytes(b"Title\n\x00\x01\x02", "photo.txt")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Title\nТекст\n".encode("utf-16"), "UTF-16 text, not UTF-8"),
        ("Title\nТекст\n".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    ],
)
def test_utf16_is_named_as_such(data: bytes, message: str):
    with pytest.raises(CorpusError, match=message):
        decode_article_bytes(data, "utf16.txt")


@pytest.mark.parametrize(
    ("data", "line"),
    [
        ("Title\n\nThe café opened.\n".encode("latin-1"), 3),
        ("Заголовок\n\nТекст статьи.\n".encode("cp1251"), 1),
    ],
    ids=["latin-1", "cp1251"],
)
def test_non_utf8_bytes_name_utf8_and_the_line(data: bytes, line: int):
    with pytest.raises(CorpusError) as info:
        decode_article_bytes(data, "old.txt")
    message = str(info.value)
    assert "UTF-8" in message
    assert f"line {line}" in message
    assert message.startswith("old.txt")


def test_non_utf8_after_a_byte_order_mark_reports_the_right_byte_and_line():
    data = b"\xef\xbb\xbfTitle\n\xe9t\xe9\n"
    with pytest.raises(CorpusError) as info:
        decode_article_bytes(data, "bom.txt")
    assert "byte 0xe9 at line 2" in str(info.value)


def test_byte_order_mark_is_dropped():
    assert decode_article_bytes(b"\xef\xbb\xbfTitle\n", "bom.txt") == "Title\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n\r\n", b"\xef\xbb\xbf"])
def test_empty_or_whitespace_only_file_is_refused(data):
    with pytest.raises(CorpusError, match="empty"):
        decode_article_bytes(data, "blank.txt")


def test_file_over_the_size_limit_is_refused():
    with pytest.raises(CorpusError, match="over the limit"):
        decode_article_bytes(b"a" * (MAX_ARTICLE_BYTES + 1), "huge.txt")


def test_file_at_the_size_limit_is_accepted():
    assert len(decode_article_bytes(b"a" * MAX_ARTICLE_BYTES, "big.txt")) == MAX_ARTICLE_BYTES


# --- adding articles ---------------------------------------------------------------------------

NEW_ARTICLE = b"New headline\n\nBy Aida Sultanova\n\nFirst sentence. Second sentence.\n"


def test_add_article_stores_and_returns_a_loaded_article(corpus_dir: Path):
    article = add_article(corpus_dir, "new article.txt", NEW_ARTICLE)
    assert isinstance(article, Article)
    assert article.id == "new-article"
    assert article.title == "New headline"
    assert article.byline == "Aida Sultanova"
    assert [s.text for s in article.content_sentences()][-2:] == [
        "First sentence.",
        "Second sentence.",
    ]
    assert (corpus_dir / "new-article.txt").read_bytes() == NEW_ARTICLE
    assert "new-article" in [a.id for a in load_corpus(corpus_dir).articles]


def test_add_article_refuses_an_existing_name_and_keeps_the_file(corpus_dir: Path):
    target = corpus_dir / f"{A000}.txt"
    before = target.read_bytes()
    with pytest.raises(CorpusError, match="already exists"):
        add_article(corpus_dir, f"{A000}.txt", NEW_ARTICLE)
    assert target.read_bytes() == before
    assert not list(corpus_dir.glob("*.tmp"))


def test_add_article_keeps_a_path_like_name_inside_the_corpus(corpus_dir: Path, tmp_path: Path):
    before = set(tmp_path.rglob("*"))
    article = add_article(corpus_dir, "../../evil.txt", NEW_ARTICLE)
    created = set(tmp_path.rglob("*")) - before
    assert article.id == "evil"
    assert created == {corpus_dir / "evil.txt"}


@pytest.mark.parametrize(
    "data", [b"\x00\x01", "caf\xe9".encode("latin-1"), b"  \n", b"a" * (MAX_ARTICLE_BYTES + 1)]
)
def test_add_article_writes_nothing_for_a_bad_file(corpus_dir: Path, data: bytes):
    before = sorted(corpus_dir.iterdir())
    with pytest.raises(CorpusError):
        add_article(corpus_dir, "bad.txt", data)
    assert sorted(corpus_dir.iterdir()) == before


def test_load_corpus_reports_a_bad_file_and_loads_the_others(corpus_dir: Path):
    (corpus_dir / "broken.txt").write_bytes("Заголовок\n".encode("cp1251"))
    corpus = load_corpus(corpus_dir)
    assert len(corpus.articles) == 5
    assert "broken" not in [a.id for a in corpus.articles]
    assert len(corpus.problems) == 1
    assert corpus.problems[0].startswith("broken.txt")


def test_missing_corpus_folder_is_a_problem_not_an_exception(tmp_path: Path):
    corpus = load_corpus(tmp_path / "nowhere")
    assert corpus.articles == []
    assert "does not exist" in corpus.problems[0]


# --- metadata inference ------------------------------------------------------------------------


def test_byline_is_inferred_from_a_by_line_without_a_sidecar():
    article = build_article("x", "Headline\n\nBy Aida Sultanova March 3, 2024\n\nText.", Metadata())
    assert (article.title, article.byline, article.date) == (
        "Headline",
        "Aida Sultanova",
        "March 3, 2024",
    )


def test_sentence_starting_with_by_is_not_a_byline():
    # Bug: metadata.BYLINE accepts any paragraph that starts with "By ", so an opening
    # sentence like this one becomes the article's byline.
    text = "Kyrgyz vote\n\nBy 2025, the government plans to register every NGO.\n\nMore text."
    article = build_article("x", text, Metadata())
    assert article.byline is None
    assert [p.kind for p in article.paragraphs] == ["title", "text", "text"]


# --- stable sentence ids -----------------------------------------------------------------------


def test_sentence_ids_number_repeated_texts():
    ids = sentence_ids(["Yes.", "No.", "Yes.", "Yes."])
    assert ids == [
        text_key("Yes."),
        text_key("No."),
        f"{text_key('Yes.')}-2",
        f"{text_key('Yes.')}-3",
    ]


def test_sentence_id_ignores_whitespace_differences():
    assert text_key("Sadyr  Japarov\nspoke.") == text_key("Sadyr Japarov spoke.")
    assert sentence_ids(["A b.", "A  b."])[1] == f"{text_key('A b.')}-2"


def test_editing_one_paragraph_keeps_the_ids_of_the_others():
    text = (SEED / f"{A004}.txt").read_text(encoding="utf-8")
    old_line = "Officials say there are presently around 18,000 NGOs registered in Kyrgyzstan."
    assert text.count(old_line) == 1
    edited_text = text.replace(old_line, old_line.replace("presently", "currently"))

    before = build_article(A004, text, Metadata())
    after = build_article(A004, edited_text, Metadata())
    edited = paragraph(before, old_line).index

    def ids_by_paragraph(article: Article) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for s in article.sentences:
            out.setdefault(s.paragraph, []).append(s.id)
        return out

    old_ids, new_ids = ids_by_paragraph(before), ids_by_paragraph(after)
    assert old_ids[edited] != new_ids[edited]
    del old_ids[edited], new_ids[edited]
    assert old_ids == new_ids


def test_furniture_marks_from_the_app_live_in_the_sidecar_not_the_text(corpus_dir: Path):
    path = corpus_dir / "004_5eb83673b1bc0057.txt"
    before = path.read_bytes()
    caption = next(line for line in before.decode().splitlines() if line.endswith("21. /"))
    set_furniture(path, caption, True)
    article = load_article(path)
    assert next(p for p in article.paragraphs if p.text == caption).furniture
    assert path.read_bytes() == before

    set_furniture(path, caption, False)
    article = load_article(path)
    assert not next(p for p in article.paragraphs if p.text == caption).furniture
    sidecar = json.loads((corpus_dir / "004_5eb83673b1bc0057.meta.json").read_text("utf-8"))
    assert sidecar["not_furniture"] == [caption] and "furniture" not in sidecar
    assert sidecar["outlet"] == "bne IntelliNews"  # other metadata kept


def test_comment_section_paragraph_can_be_unmarked(corpus_dir: Path):
    path = corpus_dir / "000_5e72744402d0f544.txt"
    set_furniture(path, "Oh-oh, lies", False)
    article = load_article(path)
    flags = {p.text: p.furniture for p in article.paragraphs}
    assert flags["Oh-oh, lies"] is False
    assert flags["4 Comment(s)"] is True


def test_folders_pipes_and_broken_links_named_txt_are_skipped_and_reported(corpus_dir: Path):
    (corpus_dir / "folder.txt").mkdir()
    os.mkfifo(corpus_dir / "pipe.txt")  # reading it would wait for a writer forever
    (corpus_dir / "dangling.txt").symlink_to(corpus_dir / "nowhere.txt")
    corpus = load_corpus(corpus_dir)
    assert len(corpus.articles) == len(load_corpus(SEED).articles)
    for name in ("folder.txt", "pipe.txt", "dangling.txt"):
        assert f"{name}: not a regular file; skipped" in corpus.problems
