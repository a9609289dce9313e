"""Read articles from the corpus folder, and add new ones, rejecting bad files clearly."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.corpus.article import Article, Paragraph, Sentence
from reader.corpus.furniture import furniture_flags
from reader.corpus.ids import sentence_ids
from reader.corpus.metadata import Metadata, SidecarError, parse_byline, read_sidecar
from reader.files import create_file
from reader.segment import segment

MAX_ARTICLE_BYTES = 1024 * 1024
MAX_NAME_CHARS = 100
ARTICLE_SUFFIX = ".txt"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")
# Control characters other than tab, line and page breaks: a binary or a terminal capture.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class CorpusError(ValueError):
    """A file that cannot become an article; the message says why and what to do."""


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        known = ", ".join(a.id for a in self.articles) or "none"
        raise CorpusError(f"no article {article_id!r} in the corpus (known: {known})")


def decode_article_bytes(data: bytes, name: str) -> str:
    """The text of an article file, or a CorpusError that says what is wrong with it."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise CorpusError(
            f"{name}: {len(data) / 1024 / 1024:.1f} MiB is over the limit of "
            f"{MAX_ARTICLE_BYTES // 1024 // 1024} MiB per article; split it into several files"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CorpusError(f"{name}: UTF-16 text, not UTF-8; re-save the file as UTF-8")
    if (nul := data.find(b"\x00")) >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise CorpusError(
            f"{name}: not a text file in UTF-8 (a NUL byte at line {line}: UTF-16 without a "
            "byte-order mark, or a binary file); re-save it as UTF-8 text"
        )
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"{name}: not UTF-8 (byte 0x{data[exc.start]:02x} at line {line}); "
            "re-save the file as UTF-8 and try again"
        ) from exc
    if not text.strip():
        raise CorpusError(f"{name}: the file is empty")
    return text


def load_article(path: Path, meta: Metadata | None = None) -> Article:
    """The article in `path`, with `meta` or else its sidecar's (CorpusError if that is bad)."""
    text = decode_article_bytes(path.read_bytes(), path.name)
    if meta is None:
        try:
            meta = read_sidecar(path)
        except SidecarError as exc:
            raise CorpusError(str(exc)) from exc
    return build_article(path.stem, text, meta)


def build_article(article_id: str, text: str, meta: Metadata) -> Article:
    raw = _paragraph_offsets(text)
    flags = furniture_flags(
        [t for _, _, t in raw], meta.furniture, meta.furniture_from, meta.not_furniture
    )
    article = Article(id=article_id, text=text, lang=meta.lang, title=meta.title or "")
    kinds = _paragraph_kinds([t for _, _, t in raw], flags, article, meta)
    article.paragraphs = [
        Paragraph(i, start, end, ptext, kind)
        for i, ((start, end, ptext), kind) in enumerate(zip(raw, kinds, strict=True))
    ]
    article.sentences = _sentences(article)
    return article


def _paragraph_offsets(text: str) -> list[tuple[int, int, str]]:
    """Each non-blank line is a paragraph: (start, end, stripped text)."""
    out = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            out.append((start, start + len(stripped), stripped))
        offset += len(line)
    return out


def _paragraph_kinds(
    texts: list[str], flags: list[bool], article: Article, meta: Metadata
) -> list[str]:
    kinds = ["furniture" if f else "text" for f in flags]
    content = [i for i, f in enumerate(flags) if not f]
    title_index = next((i for i in content if texts[i] == meta.title), None)
    if title_index is None and content and not meta.title:
        title_index = content[0]
    if title_index is not None:
        kinds[title_index] = "title"
        article.title = texts[title_index]
    for i in content[:4]:
        byline = parse_byline(texts[i])
        if byline and kinds[i] == "text":
            kinds[i] = "byline"
            article.byline = meta.byline or byline[0]
            article.date = meta.date or byline[1]
            break
    article.byline = article.byline or meta.byline
    article.outlet = meta.outlet
    article.date = article.date or meta.date
    article.title = article.title or "(untitled)"
    return kinds


def _sentences(article: Article) -> list[Sentence]:
    found: list[tuple[Paragraph, int, int, str]] = []
    for para in article.paragraphs:
        for span in segment(para.text, article.lang):
            found.append((para, para.start + span.start, para.start + span.end, span.text))
    ids = sentence_ids([text for *_, text in found])
    return [
        Sentence(sid, para.index, start, end, text, para.furniture)
        for sid, (para, start, end, text) in zip(ids, found, strict=True)
    ]


def load_corpus(corpus_dir: Path) -> Corpus:
    """All readable articles; unreadable files are reported in `problems`, not raised."""
    files, problems = read_article_files(corpus_dir)
    corpus = Corpus(problems=problems)
    for path, text, meta in files:
        corpus.articles.append(build_article(path.stem, text, meta))
    return corpus


def read_article_files(corpus_dir: Path) -> tuple[list[tuple[Path, str, Metadata]], list[str]]:
    """(path, text, metadata) of each readable article file, and what was wrong with the
    others; nothing is split yet."""
    problems: list[str] = []
    files = [
        (path, *read)
        for path in article_paths(corpus_dir, problems)
        if (read := read_article_file(path, problems)) is not None
    ]
    return files, problems


def article_paths(corpus_dir: Path, problems: list[str]) -> list[Path]:
    """The article files of the folder in order; a missing folder is added to `problems`."""
    if not corpus_dir.is_dir():
        what = "is not a folder" if corpus_dir.exists() else "does not exist"
        problems.append(f"corpus folder {corpus_dir} {what}")
        return []
    return sorted(corpus_dir.glob(f"*{ARTICLE_SUFFIX}"))


def read_article_file(path: Path, problems: list[str]) -> tuple[str, Metadata] | None:
    """The text and metadata of one article file; None if it cannot be read, and what is
    wrong added to `problems` (a bad sidecar too, the article then read without it)."""
    if not path.is_file():  # a folder, a pipe (reading it would hang), a broken link
        problems.append(f"{path.name}: not a regular file; skipped")
        return None
    meta = sidecar_or_problem(path, problems)
    try:
        return decode_article_bytes(path.read_bytes(), path.name), meta
    except CorpusError as exc:
        problems.append(str(exc))
        return None


def sidecar_or_problem(path: Path, problems: list[str]) -> Metadata:
    """A bad sidecar must not hide its article: report it and infer the metadata instead."""
    try:
        return read_sidecar(path)
    except SidecarError as exc:
        problems.append(
            f"{exc}; {path.stem} is shown without its metadata and furniture marks "
            "until the sidecar is fixed"
        )
        return Metadata()


def safe_article_name(filename: str) -> str:
    stem = Path(filename).name
    if stem.lower().endswith(ARTICLE_SUFFIX):
        stem = stem[: -len(ARTICLE_SUFFIX)]
    stem = _SAFE_NAME.sub("-", stem).strip("-")
    if not stem:
        raise CorpusError(f"{filename!r} gives no usable article name")
    if len(stem) > MAX_NAME_CHARS:
        raise CorpusError(
            f"{filename[:40]}…: the name is too long ({len(stem)} characters, at most "
            f"{MAX_NAME_CHARS}); rename the file"
        )
    return stem


def prepare_article(corpus_dir: Path, filename: str, data: bytes) -> tuple[Path, Article]:
    """Check and parse an upload without writing anything: the path it would be stored at and
    the article, or a CorpusError saying why it cannot be added."""
    name = safe_article_name(filename)
    text = decode_article_bytes(data, filename)
    _refuse_control_characters(text, filename)
    target = corpus_dir / f"{name}{ARTICLE_SUFFIX}"
    if target.exists():
        raise CorpusError(
            f"an article named {name!r} already exists; rename the file to add it as a new one"
        )
    try:
        meta = read_sidecar(target)  # a sidecar left behind by an earlier article of this name
    except SidecarError as exc:
        raise CorpusError(f"{exc}; fix or remove it before adding {name}") from exc
    return target, build_article(name, text, meta)


def _refuse_control_characters(text: str, name: str) -> None:
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise CorpusError(
            f"{name}: not a text file (control character U+{ord(match[0]):04X} at line {line}); "
            "save it as plain text"
        )


class NotSourceLanguage(CorpusError):
    """An upload that does not read as English: added only when the person confirms it."""

    def __init__(self, message: str, code: str, confidence: float) -> None:
        super().__init__(message)
        self.code = code
        self.confidence = confidence


def add_article(
    corpus_dir: Path, filename: str, data: bytes, *, other_language: bool = False
) -> Article:
    """Check, parse and only then store an upload, atomically; never replaces an article.

    An upload that reads as another language than English is refused with NotSourceLanguage
    unless `other_language` says the person saw the warning and wants it added.
    """
    # here: identifying a language loads its models, which only an upload needs
    from reader.corpus.language import article_language

    target, article = prepare_article(corpus_dir, filename, data)
    if not other_language:
        language = article_language(article)
        if not language.is_source:
            raise NotSourceLanguage(language.warning(filename), language.code, language.confidence)
    try:
        corpus_dir.mkdir(parents=True, exist_ok=True)
        create_file(target, article.text.encode("utf-8"))
    except FileExistsError as exc:
        raise CorpusError(
            f"an article named {article.id!r} was added meanwhile; rename the file to add it "
            "as a new one"
        ) from exc
    except OSError as exc:
        raise CorpusError(f"could not write {target.name} in {corpus_dir}: {exc.strerror}") from exc
    return article
