"""The command line: ``python -m medialit COMMAND``.

Commands (each is a stable contract that tests and other tools rely on):

``validate [ROOT]``
    Check every article (and, once they exist, every exercise and key) under the
    kit folder ROOT (default: this kit). Exit 0 when clean; else exit 1 and print
    one line per problem: ``path:line: message``.
``inspect PATH... [--json]``
    Load article files or folders and show what the kit sees in them: a readable
    table, or with ``--json`` exactly one JSON object
    ``{"articles": [...], "problems": [...]}``. Exit 0 when every path loaded,
    1 when there was any problem, 2 on a usage error.

Every command prints a clear message, never a traceback, for bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from .corpus import KIT_ROOT, Article, load_corpus
from .problems import CorpusError, Problem
from .source import DEFAULT_MAX_BYTES

def article_json(article: Article) -> dict:
    """The JSON object ``inspect --json`` prints for one article."""
    obj = {
        "id": article.id,
        "source": article.source,
        "paragraphs": [{"n": p.n, "text": p.text, "sentences": [s.text for s in p.sentences]}
                       for p in article.paragraphs],
    }
    return obj


def _load(paths: list[str], max_bytes: int):
    try:
        corpus = load_corpus(paths, max_bytes=max_bytes, warn=False)
        return list(corpus), corpus.problems
    except CorpusError as exc:
        return [], exc.problems


def cmd_inspect(args: argparse.Namespace) -> int:
    articles, problems = _load(args.paths, args.max_bytes)
    if args.json:
        print(json.dumps({"articles": [article_json(a) for a in articles],
                          "problems": [{"source": p.source, "message": p.message} for p in problems]},
                         ensure_ascii=False))
    else:
        for a in articles:
            print(f"{a.id}  ({a.source})  kind: {a.kind}  layout: {a.layout}")
            print(f"  {len(a.paragraphs)} paragraphs, {len(a.sentences)} sentences")
            for p in a.paragraphs:
                preview = textwrap.shorten(p.text, width=70, placeholder=" ...")
                print(f"  p{p.n:<3} {len(p.sentences):>2} sent.  {preview}")
            print()
        for p in problems:
            print(f"problem: {p}", file=sys.stderr)
    return 1 if problems else 0


def validate_root(root: Path) -> list[Problem]:
    """Every problem ``validate`` reports for the kit folder ``root``."""
    problems: list[Problem] = []
    articles = root / "articles"
    if not articles.is_dir():
        return [Problem(str(root), 1, "no articles/ folder here; run validate on the kit's folder "
                                      "(the one holding articles/ and exercises/)")]
    try:
        problems += load_corpus(articles, warn=False).problems
    except CorpusError as exc:
        problems += exc.problems or [Problem(str(articles), 1, "no articles; add .txt or .md files")]
    return problems


def cmd_validate(args: argparse.Namespace) -> int:
    root = Path(args.root) if args.root else KIT_ROOT
    problems = validate_root(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"OK: no problems in {root}.", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m medialit",
                                     description="Media Literacy Kit: check and inspect articles and exercises.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("validate", help="check articles, exercises and keys; one line per problem")
    p.add_argument("root", nargs="?", help="the kit folder (default: this kit)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("inspect", help="show paragraphs and sentences (and findings) of article files")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="size limit per file")
    p.set_defaults(func=cmd_inspect)

    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
