"""Articles, paragraphs and sentences: plain data with offsets into the source text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A source sentence. `id` depends only on its text, so edits elsewhere never move it."""

    id: str
    paragraph: int
    start: int
    end: int
    text: str
    furniture: bool


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    kind: str  # "title", "byline", "text" or "furniture"

    @property
    def furniture(self) -> bool:
        return self.kind == "furniture"


@dataclass
class Article:
    id: str
    text: str
    lang: str
    title: str
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # the article index's hash of what it was built from ("" when not built by the index)
    content_hash: str = field(default="", compare=False)

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(f"article {self.id!r} has no sentence {sentence_id!r}")

    def content_sentences(self) -> list[Sentence]:
        """Sentences to translate and review: everything but page furniture."""
        return [s for s in self.sentences if not s.furniture]
