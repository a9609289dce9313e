"""Command-line interface over the same core as the app. Errors go to stderr, no tracebacks."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from reader.config import resolve_paths
from reader.corpus import Article, CorpusError
from reader.corpus.loader import decode_article_bytes
from reader.files import replace_file
from reader.glossary import GlossaryError
from reader.lang import source_code, target_codes
from reader.review.progress import corpus_progress
from reader.segment import segment, supported_languages
from reader.store import StoreError
from reader.translation.engine import EngineError
from reader.workspace import Workspace

_SOURCE = source_code()  # the language texts are translated from

if TYPE_CHECKING:
    from reader.checks import Finding
    from reader.names.grouping import NameGroup

EXPECTED_ERRORS = (
    CorpusError,
    GlossaryError,
    StoreError,
    EngineError,
    sqlite3.Error,
    OSError,
    ValueError,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reader", description=__doc__)
    parser.add_argument("--data", metavar="DIR", help="review data folder (env READER_DATA)")
    parser.add_argument("--corpus", metavar="DIR", help="corpus folder (env READER_CORPUS)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("corpus", help="articles with sentence counts and review progress")
    sub.add_parser(
        "index",
        help="bring the index of articles and translation names up to date (only what changed)",
    )

    seg = sub.add_parser("segment", help="split text into sentences (JSON lines)")
    seg.add_argument("--lang", required=True, choices=supported_languages())
    seg.add_argument("file", nargs="?", help="UTF-8 text file; stdin when absent")

    langid = sub.add_parser(
        "langid", help="the language of a text (en, ru, ky, kk, uk or other) and a confidence"
    )
    langid.add_argument("text", nargs="?", help="the text; stdin when absent")
    langid.add_argument(
        "--lines", action="store_true", help="one text per line: one line out per line in"
    )

    show = sub.add_parser("show", help="an article's sentences and their translations")
    show.add_argument("article")
    show.add_argument("--lang", choices=target_codes(), help="only this language")

    glossary = sub.add_parser("glossary", help="the name-variant glossary")
    gsub = glossary.add_subparsers(dest="glossary_command", required=True)
    export = gsub.add_parser("export", help="write the glossary as CSV, JSON or TBX")
    export.add_argument("--format", required=True, choices=("csv", "json", "tbx"))
    export.add_argument("-o", "--output", help="file to write; stdout when absent")
    imp = gsub.add_parser("import", help="add or update entries from CSV, JSON or TBX")
    imp.add_argument("file", help="a .csv, .json or .tbx file; - reads standard input")
    imp.add_argument("--format", choices=("csv", "json", "tbx"), help="default: by extension")
    imp.add_argument("--reviewer", default=getpass.getuser(), help="recorded in the history")
    imp.add_argument(
        "--overwrite",
        action="store_true",
        help="replace entries changed (or deleted) since the file was exported",
    )

    models = sub.add_parser(
        "models", help="Argos translation models (folder: env READER_MODELS, else Argos's)"
    )
    msub = models.add_subparsers(dest="models_command", required=True)
    msub.add_parser("list", help="installed models, then those the Argos index offers")
    install = msub.add_parser("install", help="install models from the Argos index or a file")
    install.add_argument("langs", nargs="*", metavar="LANG", help="target languages, e.g. ru ky")
    install.add_argument("--from", dest="from_code", default=_SOURCE, help="source language")
    install.add_argument("--file", metavar="PATH", help="a downloaded .argosmodel (offline)")
    remove = msub.add_parser("remove", help="uninstall a model package")
    remove.add_argument("code", help="package code, e.g. translate-en_ru")

    names = sub.add_parser("names", help="name variant groups across scripts, as JSON")
    names.add_argument("articles", nargs="*", metavar="ARTICLE", help="default: all")
    names.add_argument(
        "--group",
        action="store_true",
        help="group the names read from stdin, one per line; prints a group a line, "
        "its spellings tab-separated, a bare surname two full names share marked ambiguous",
    )
    names.add_argument(
        "--json", action="store_true", help="with --group: the groups as JSON (names is JSON)"
    )

    check = sub.add_parser(
        "check", help="checks on translations (exit 1 while any finding is not dismissed)"
    )
    check.add_argument("articles", nargs="*", metavar="ARTICLE", help="default: all")
    check.add_argument("--lang", type=_lang_list, default=list(target_codes()), help="e.g. ru,ky")
    check.add_argument("--json", action="store_true", help="one JSON object per finding")
    check.add_argument(
        "--only", action="append", type=_id_list, default=[], metavar="ID", help="run only these"
    )
    check.add_argument(
        "--skip", action="append", type=_id_list, default=[], metavar="ID", help="leave these out"
    )
    action = check.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="the checks: id, name, severity")
    action.add_argument("--fix", action="store_true", help="fix what can be fixed safely")
    action.add_argument(
        "--dismiss", action="append", type=_id_list, metavar="FINDING", help="dismiss findings"
    )
    action.add_argument(
        "--undismiss", action="append", type=_id_list, metavar="FINDING", help="undo dismissals"
    )
    check.add_argument(
        "--reviewer", help="who fixes or dismisses (needed with --fix, --dismiss, --undismiss)"
    )

    translate = sub.add_parser(
        "translate", help="machine-translate articles into draft versions (resumable)"
    )
    translate.add_argument("articles", nargs="*", metavar="ARTICLE", help="default: all")
    translate.add_argument(
        "--to", type=_lang_list, default=list(target_codes()), help="e.g. ru,ky (default)"
    )

    backup = sub.add_parser(
        "backup", help="snapshot the review store and the corpus sidecars into one zip file"
    )
    backup.add_argument("-o", "--output", required=True, help="the zip to write")
    restore = sub.add_parser("restore", help="restore a backup into an empty data folder")
    restore.add_argument("file", help="a zip written by `backup`")
    return parser


def _lang_list(value: str) -> list[str]:
    langs = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [lang for lang in langs if lang not in target_codes()]
    if unknown or not langs:
        raise argparse.ArgumentTypeError(
            f"languages must be among {', '.join(target_codes())}, comma-separated"
        )
    return langs


def _id_list(value: str) -> list[str]:
    """Ids given comma-separated; the option may also be repeated."""
    return [v.strip() for v in value.split(",") if v.strip()]


def _flat(lists: list[list[str]] | None) -> list[str]:
    return [item for items in lists or [] for item in items]


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
        print("reader: interrupted; run the same command again to go on", file=sys.stderr)
        return 130


def _workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(resolve_paths(data=args.data, corpus=args.corpus))


def cmd_corpus(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    outlines, problems = ws.outlines()
    for problem in problems:
        print(f"reader: warning: {problem}", file=sys.stderr)
    header = ["article", "sentences", "content"] + [
        f"{lang} approved/edited/draft" for lang in target_codes()
    ]
    rows = [header]
    ws.sync_many_translation_files(o.article_id for o in outlines)
    every = corpus_progress(ws.translations, {o.article_id: o.content_ids for o in outlines})
    for outline in outlines:
        progress = every[outline.article_id]
        row = [outline.article_id, str(len(outline.sentences)), str(len(outline.content_ids))]
        for lang in target_codes():
            c = progress[lang].counts
            row.append(f"{c['approved']}/{c['edited']}/{c['draft']} of {progress[lang].total}")
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    for outline in outlines:
        print(f"{outline.article_id}: {outline.title}")
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from reader.checks import update_findings
    from reader.index.articles import WORKERS
    from reader.names.variants import first_listing, update_summaries

    ws = _workspace(args)
    with _progress_bar("indexing", "article") as progress:
        report = ws.index.update(progress)
    for problem in report.problems:
        print(f"reader: warning: {problem}", file=sys.stderr)
    hashes = ws.index.store.hashes()
    with _progress_bar("importing translation files", "article") as progress:
        imported = ws.sync_many_translation_files(sorted(hashes), progress)
    for problem in imported.problems:
        print(f"reader: warning: {problem}", file=sys.stderr)
    with _progress_bar("indexing translations", "version") as progress:
        versions = ws.version_mentions.update(progress)
    print(
        f"{len(report.computed)} indexed, {report.unchanged} unchanged, "
        f"{len(report.removed)} removed; {imported.files} translation files imported, "
        f"{versions.indexed} translation versions indexed"
    )
    with _progress_bar("checking", "version") as progress:
        checked = update_findings(ws, hashes, lambda ids: _articles(ws, ids), progress, WORKERS)
    print(f"reader: findings of {checked} translation version(s) checked", file=sys.stderr)
    with _progress_bar("summarizing names", "version") as progress:
        summarized = update_summaries(ws, report.hashes, progress)
    print(f"reader: names of {summarized} article(s) summarized", file=sys.stderr)
    with _progress_bar("listing names", "version") as progress:
        if first_listing(ws, progress):
            print("reader: names listed (the first listing)", file=sys.stderr)
    return 0


def _articles(ws: Workspace, ids: list[str] | None) -> list[Article]:
    """The articles with these ids (every readable one when None), from the index."""
    return ws.corpus().articles if ids is None else [ws.article(i) for i in ids]


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


def cmd_langid(args: argparse.Namespace) -> int:
    """`code confidence` (and `or CODE` for a look-alike that writes the text just as
    well, `Identification.alike`), or with --lines `code confidence text` for each line."""
    from reader.lang.identify import identify, identify_all

    if args.text is not None:
        if not args.text.strip():
            raise ValueError("the text is empty: give some words, or pipe text in")
        text = args.text
    else:
        text = decode_article_bytes(sys.stdin.buffer.read(), "standard input")
    if not args.lines:
        found = identify(text)
        alike = "".join(f"\tor {code}" for code in found.alike)
        print(f"{found.code}\t{found.confidence:.3f}{alike}")
        return 0
    lines = text.splitlines()
    for line, found in zip(lines, identify_all(lines), strict=True):
        print(f"{found.code}\t{found.confidence:.3f}\t{line}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    article = ws.article(args.article)
    ws.sync_translation_files(article)
    langs = [args.lang] if args.lang else list(target_codes())
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
    from reader.glossary.formats import export_entries, import_entries

    ws = _workspace(args)
    if args.glossary_command == "import":
        name, fmt, data = _glossary_input(args)
        entries = import_entries(data, fmt)
        report = ws.glossary.import_entries(
            entries, args.reviewer, store_id=entries.store_id, overwrite=args.overwrite
        )
        print(f"imported {name}: {report.summary()}", file=sys.stderr)
        _recheck_for_glossary(ws)
        return 0
    data = export_entries(ws.glossary.list(), args.format, ws.glossary.store_id)
    if args.output:
        replace_file(ws.paths.check_output(args.output), data)
        print(f"wrote {len(ws.glossary.list())} entries to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _recheck_for_glossary(ws: Workspace) -> None:
    """The stored findings an import touched are rechecked now, so `check` answers at once."""
    from reader.checks import update_for_glossary

    with _progress_bar("checking", "version") as progress:
        rechecked = update_for_glossary(ws, progress)
    print(f"reader: findings of {rechecked} translation version(s) checked", file=sys.stderr)


def _glossary_input(args: argparse.Namespace) -> tuple[str, str, bytes]:
    """Name, format and bytes of the file to import; `-` is standard input (a pipe)."""
    from reader.glossary.formats import format_for_filename, read_import_file, read_import_stream

    if args.file == "-":
        if not args.format:
            raise GlossaryError("reading standard input (-) needs --format csv, json or tbx")
        return "standard input", args.format, read_import_stream(sys.stdin.buffer)
    path = Path(args.file)
    fmt = args.format or format_for_filename(path.name)
    return path.name, fmt, read_import_file(path)


def cmd_models(args: argparse.Namespace) -> int:
    from reader.translation import packages

    folder = packages.models_dir()
    if args.models_command == "install":
        if bool(args.file) == bool(args.langs):
            raise ValueError('give either languages (e.g. "models install ru ky") or --file PATH')
        if args.file:
            info = packages.install_from_file(folder, Path(args.file), Path(args.file).name)
            print(f"installed {info.code} {info.version} ({info.name}) in {info.path}")
        else:
            packages.install_from_index(
                folder, args.langs, args.from_code, on_progress=lambda m: print(m, flush=True)
            )
        return 0
    if args.models_command == "remove":
        for path in packages.uninstall(folder, args.code):
            print(f"removed {path}")
        return 0

    print(f"Models folder: {folder} (set READER_MODELS to use another)")
    installed = packages.installed_models(folder)
    print("Installed:" if installed else "Installed: none")
    for m in installed:
        if m.problem:
            print(f"  {m.code}  BROKEN: {m.problem} ({m.path})")
        else:
            print(f"  {m.code}  {m.version}  {m.name}  {m.path}")
    usable = {(m.from_code, m.to_code) for m in installed if not m.problem}
    for lang in target_codes():
        if (_SOURCE, lang) not in usable:
            online, offline = packages.install_commands(lang)
            code = packages.package_code(_SOURCE, lang)
            print(f'Missing: {code}; install with "{online}" or, offline, "{offline}"')
    try:
        known = packages.known_models()
    except packages.ModelIndexError as exc:
        print(f"Argos index: {exc}")
        return 0
    versions = {m.code: m.version for m in installed if not m.problem}
    print(f"Argos index: {len(known)} packages")
    for m in known:
        mark = f"  (installed: {versions[m.code]})" if m.code in versions else ""
        print(f"  {m.code}  {m.version}  {m.name}{mark}")
    return 0


def _group_line(group: NameGroup) -> str:
    """The spellings tab-separated, then the full names a bare surname may stand for."""
    marker = [f"⚠ ambiguous: {', '.join(group.ambiguous)}"] if group.ambiguous else []
    return "\t".join([*group.names, *marker])


def cmd_names(args: argparse.Namespace) -> int:
    from reader.names.grouping import group

    if args.group:
        text = decode_article_bytes(sys.stdin.buffer.read(), "standard input")
        groups = group([line.strip() for line in text.splitlines() if line.strip()])
        if args.json:
            print(json.dumps([g.as_dict() for g in groups], ensure_ascii=False))
        else:
            for g in groups:
                print(_group_line(g))
        return 0
    from reader.names.variants import corpus_listing

    ws = _workspace(args)
    ids = None
    if args.articles:
        corpus = ws.corpus()
        ids = [corpus.get(a).id for a in args.articles]  # an unknown id: the corpus says which
    print(corpus_listing(ws, ids))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from reader import checks

    if args.list:
        return _list_checks()
    selected = checks.select(_flat(args.only), _flat(args.skip))
    if (args.fix or args.dismiss or args.undismiss) and not (args.reviewer or "").strip():
        raise ValueError(
            "--fix, --dismiss and --undismiss need --reviewer NAME: every change records who"
        )
    ws = _workspace(args)
    if args.undismiss:
        for finding_id in _flat(args.undismiss):
            ws.dismissals.undismiss(finding_id, args.reviewer)
            print(f"reader: {finding_id} is no longer dismissed", file=sys.stderr)
        return 0
    if args.articles:
        corpus = ws.corpus()
        articles = [corpus.get(a) for a in args.articles]
        for article in articles:
            ws.sync_translation_files(article)
    else:  # the stored findings, without building the articles
        listed, _ = ws.outlines()
        ws.sync_many_translation_files(o.article_id for o in listed)

    def found() -> list:
        if args.articles:
            return checks.check(ws, articles, args.lang, checks=selected)
        return checks.check_indexed(ws, listed, args.lang, checks=selected)

    findings = found()
    if args.dismiss:
        return _dismiss(ws, findings, _flat(args.dismiss), args.reviewer)
    if args.fix:
        report = checks.apply_fixes(ws, findings, args.reviewer)
        print(f"reader: {report.summary()}", file=sys.stderr)
        findings = found()
    remaining, dismissed = checks.split_dismissed(ws, findings)
    for finding in remaining:
        if args.json:
            record = {"id": finding.id, **asdict(finding), "fixable": finding.fixable}
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(
                f"{finding.id} {finding.article_id} {finding.sentence_id} {finding.lang} "
                f"{finding.check}: {finding.message}"
            )
    if not args.json:
        print(f"{len(remaining)} finding(s), {len(dismissed)} dismissed", file=sys.stderr)
    return 1 if remaining else 0


def _list_checks() -> int:
    from reader.checks import all_checks

    rows = [(c.id, c.name, c.severity + (", fixable" if c.can_fix else "")) for c in all_checks()]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row, c in zip(rows, all_checks(), strict=True):
        cells = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        print(f"{cells}  {c.description}")
    return 0


def _dismiss(ws: Workspace, findings: list[Finding], finding_ids: list[str], reviewer: str) -> int:
    """Dismiss current findings by id; an id no current finding has is refused up front."""
    from reader.checks import dismiss

    by_id = {f.id: f for f in findings}
    unknown = [i for i in finding_ids if i not in by_id]
    if unknown:
        raise ValueError(
            f"no current finding has the id {', '.join(unknown)} (run `check` to see the ids)"
        )
    for finding_id in dict.fromkeys(finding_ids):
        dismiss(ws, by_id[finding_id], reviewer)
        print(f"reader: dismissed {finding_id} as {reviewer}", file=sys.stderr)
    return 0


def cmd_translate(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from reader.translation.packages import models_dir
    from reader.translation.service import EnginePool, translate_article

    ws = _workspace(args)
    corpus = ws.corpus()
    articles = [corpus.get(a) for a in args.articles] if args.articles else corpus.articles
    engines = EnginePool()
    for article in articles:
        bars: dict[str, tqdm] = {}

        def progress(lang: str, done: int, total: int, article=article, bars=bars) -> None:
            if lang not in bars:
                bars[lang] = tqdm(total=total, desc=f"{article.id} → {lang}", unit="sent")
            bars[lang].update(done - bars[lang].n)

        try:
            report = translate_article(
                ws, article, args.to, models_dir(), engines=engines, on_progress=progress
            )
        finally:
            for bar in bars.values():
                bar.close()
        for lang in args.to:
            print(
                f"{article.id} {lang}: {report.added[lang]} new drafts, "
                f"{report.kept_beside_edits[lang]} kept beside reviewers' edits, "
                f"{report.skipped[lang]} already done by this model",
                file=sys.stderr,
            )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from reader.store.backup import backup

    paths = resolve_paths(data=args.data, corpus=args.corpus)
    with _progress_bar("backup", "page") as progress:
        report = backup(paths, Path(args.output), on_progress=progress)
    rows = ", ".join(f"{n} {table}" for table, n in report.counts.items())
    print(
        f"wrote {report.path}: schema {report.schema_version}, {rows}; "
        f"{len(report.sidecars)} corpus sidecars",
        file=sys.stderr,
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from reader.store.backup import restore

    paths = resolve_paths(data=args.data, corpus=args.corpus)
    with _progress_bar("restore", "B") as progress:
        report = restore(paths, Path(args.file), on_progress=progress)
    rows = ", ".join(f"{n} {table}" for table, n in report.counts.items())
    print(f"restored {report.database}: schema {report.schema_version}, {rows}", file=sys.stderr)
    print(
        f"corpus sidecars: {len(report.restored)} restored, {len(report.unchanged)} already "
        f"identical, {len(report.kept)} differing and kept as they are",
        file=sys.stderr,
    )
    for name in report.kept:
        print(
            f"reader: warning: {paths.corpus / name} differs from the backup's copy; kept it "
            f"(the backup's copy is in {args.file}, under corpus/)",
            file=sys.stderr,
        )
    return 0


@contextmanager
def _progress_bar(desc: str, unit: str) -> Iterator[Callable[[int, int], None]]:
    """A tqdm bar on stderr, made at the first report (when the total is known)."""
    from tqdm import tqdm

    bars: list[tqdm] = []

    def progress(done: int, total: int) -> None:
        if not bars:
            bars.append(tqdm(total=total, desc=desc, unit=unit, unit_scale=unit == "B"))
        bars[0].update(done - bars[0].n)

    try:
        yield progress
    finally:
        for bar in bars:
            bar.close()


COMMANDS = {
    "corpus": cmd_corpus,
    "index": cmd_index,
    "segment": cmd_segment,
    "langid": cmd_langid,
    "show": cmd_show,
    "glossary": cmd_glossary,
    "models": cmd_models,
    "translate": cmd_translate,
    "check": cmd_check,
    "names": cmd_names,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
