"""Command-line interface over the same core as the app. Errors go to stderr, no tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from reader import TARGET_LANGS
from reader.config import resolve_paths
from reader.corpus import CorpusError
from reader.corpus.loader import decode_article_bytes
from reader.glossary import GlossaryError
from reader.review.progress import article_progress
from reader.segment import segment, supported_languages
from reader.store import StoreError
from reader.workspace import Workspace

EXPECTED_ERRORS = (CorpusError, GlossaryError, StoreError, sqlite3.Error, OSError, ValueError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reader", description=__doc__)
    parser.add_argument("--data", metavar="DIR", help="review data folder (env READER_DATA)")
    parser.add_argument("--corpus", metavar="DIR", help="corpus folder (env READER_CORPUS)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("corpus", help="articles with sentence counts and review progress")

    seg = sub.add_parser("segment", help="split text into sentences (JSON lines)")
    seg.add_argument("--lang", required=True, choices=supported_languages())
    seg.add_argument("file", nargs="?", help="UTF-8 text file; stdin when absent")

    show = sub.add_parser("show", help="an article's sentences and their translations")
    show.add_argument("article")
    show.add_argument("--lang", choices=TARGET_LANGS, help="only this language")

    glossary = sub.add_parser("glossary", help="the name-variant glossary")
    gsub = glossary.add_subparsers(dest="glossary_command", required=True)
    export = gsub.add_parser("export", help="write the glossary as CSV, JSON or TBX")
    export.add_argument("--format", required=True, choices=("csv", "json", "tbx"))
    export.add_argument("-o", "--output", help="file to write; stdout when absent")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        # Whoever read our output (`| head`) stopped early: not an error. Point stdout at
        # /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except EXPECTED_ERRORS as exc:
        print(f"reader: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130


def _workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(resolve_paths(data=args.data, corpus=args.corpus))


def cmd_corpus(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    corpus = ws.corpus()
    for problem in corpus.problems:
        print(f"reader: warning: {problem}", file=sys.stderr)
    header = ["article", "sentences", "content"] + [
        f"{lang} approved/edited/draft" for lang in TARGET_LANGS
    ]
    rows = [header]
    for article in corpus.articles:
        ws.sync_translation_files(article)
        progress = article_progress(ws.translations, article)
        row = [article.id, str(len(article.sentences)), str(len(article.content_sentences()))]
        for lang in TARGET_LANGS:
            c = progress[lang].counts
            row.append(f"{c['approved']}/{c['edited']}/{c['draft']} of {progress[lang].total}")
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    for article in corpus.articles:
        print(f"{article.id}: {article.title}")
    return 0


def cmd_segment(args: argparse.Namespace) -> int:
    if args.file:
        path = Path(args.file)
        text = decode_article_bytes(path.read_bytes(), path.name)
    else:
        text = decode_article_bytes(sys.stdin.buffer.read(), "standard input")
    for span in segment(text, args.lang):
        print(
            json.dumps(
                {"start": span.start, "end": span.end, "text": span.text}, ensure_ascii=False
            )
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    article = ws.corpus().get(args.article)
    ws.sync_translation_files(article)
    langs = [args.lang] if args.lang else list(TARGET_LANGS)
    states = {lang: ws.translations.article_states(article.id, lang) for lang in langs}
    for sentence in article.sentences:
        record = {
            "id": sentence.id,
            "paragraph": sentence.paragraph,
            "furniture": sentence.furniture,
            "source": sentence.text,
            "translations": {},
        }
        for lang in langs:
            state = states[lang].get(sentence.id)
            head = state.head if state else None
            record["translations"][lang] = {
                "text": head.text if head else None,
                "status": head.status if head else "missing",
                "provenance": _provenance(head) if head else None,
                "versions": state.version_count if state else 0,
            }
        print(json.dumps(record, ensure_ascii=False))
    return 0


def _provenance(version) -> dict:
    return {
        "origin": version.origin,
        **version.origin_detail,
        "author": version.author,
        "at": version.created_at,
    }


def cmd_glossary(args: argparse.Namespace) -> int:
    from reader.glossary.formats import export_entries

    ws = _workspace(args)
    data = export_entries(ws.glossary.list(), args.format)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {len(ws.glossary.list())} entries to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


COMMANDS = {
    "corpus": cmd_corpus,
    "segment": cmd_segment,
    "show": cmd_show,
    "glossary": cmd_glossary,
}
