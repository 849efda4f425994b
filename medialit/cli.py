"""The command line: ``python -m medialit COMMAND``.

Commands (each is a stable contract that tests and other tools rely on):

``validate [ROOT]``
    Check every article, exercise and key under the
    kit folder ROOT (default: this kit). Exit 0 when clean; else exit 1 and print
    one line per problem: ``path:line: message``.
``release OUTDIR [--force]``
    Write a student copy of the kit (lessons with outputs stripped, articles,
    exercises, package, README, requirements; no ``solutions/``). Exit 0 when
    written, 1 when refused (the reason is printed).
``grade SUBMISSIONS_DIR --out gradebook.csv [--report report.html] [--attempt best|last]``
    Grade every submission with the keys: a CSV of student x exercise points and an
    offline HTML class report. Bad files are reported on stderr and skipped; exit 0
    when the gradebook was written, 2 when it could not be (e.g. no such folder).
``solutions [--root ROOT] [--check]``
    Write the worked-solution notebooks ``solutions/<lesson>-solutions.ipynb``
    from each lesson that presents exercises and the answer keys (never edit them
    by hand). With ``--check``, write nothing: exit 1 and name every missing or
    stale file. Exit 0 when written (or up to date), 2 when they cannot be made.
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

from .corpus.tables import KIT_ROOT, Article
from .corpus.loader import load_corpus
from .problems import CorpusError, Problem
from .corpus.source import DEFAULT_MAX_BYTES

def article_json(article: Article) -> dict:
    """The JSON object ``inspect --json`` prints for one article."""
    obj = {
        "id": article.id,
        "source": article.source,
        "paragraphs": [{"n": p.n, "text": p.text, "sentences": [s.text for s in p.sentences]}
                       for p in article.paragraphs],
    }
    obj.update(analysis_json(article))
    return obj


def analysis_json(article: Article) -> dict:
    """The analysis keys of ``inspect --json`` (issue 4): ``quotes``, ``attributions``, ``drift``.

    ``quotes``: ``[{"paragraph": n, "text": str, "speaker": str or null}]``;
    ``attributions``: ``[{"paragraph": n, "text": str, "kind": "named" | "institution" | "vague"}]``
    (``text`` is the sentence that attributes); ``drift``: one
    ``{"paragraph": n, "score": float, "flagged": bool}`` per paragraph (the seam score).
    """
    from .analysis.attribution import find_attributions
    from .analysis.quotes import find_quotes
    from .analysis.seams import find_seams

    quotes = find_quotes(article)
    attributions = find_attributions(article)
    seams = find_seams(article)
    return {
        "quotes": [{"paragraph": int(q.paragraph), "text": str(q.text),
                    "speaker": None if _missing(q.speaker) else str(q.speaker)} for q in quotes.itertuples()],
        "attributions": [{"paragraph": int(a.paragraph), "text": str(a.text), "kind": str(a.kind)}
                         for a in attributions.itertuples()],
        "drift": [{"paragraph": int(d.paragraph), "score": float(d.score), "flagged": bool(d.flagged)}
                  for d in seams.itertuples()],
    }


def _missing(value) -> bool:
    """True for None and pandas' missing values (<NA>, NaN)."""
    return value is None or value != value or type(value).__name__ == "NAType"


def _print_findings(article: Article) -> None:
    """The analysis findings of one article, for the table output of ``inspect``."""
    from .analysis.attribution import find_attributions
    from .analysis.quotes import find_quotes
    from .analysis.seams import SEAM_THRESHOLD, find_seams

    quotes = find_quotes(article)
    print(f"  quotes: {len(quotes)}")
    for q in quotes.itertuples():
        who = "no speaker named" if _missing(q.speaker) else q.speaker
        verb = "" if _missing(q.verb) else f" ({q.verb})"
        print(f"    p{q.paragraph:<3} {who}{verb}: “{textwrap.shorten(q.text, width=60, placeholder=' ...')}”")
    att = find_attributions(article)
    counts = att.kind.value_counts().to_dict()
    print(f"  attributions: {counts.get('named', 0)} named, {counts.get('institution', 0)} institution, "
          f"{counts.get('vague', 0)} vague")
    for a in att[att.kind == "vague"].itertuples():
        print(f"    p{a.paragraph:<3} vague: “{a.cue}”")
    seams = find_seams(article)
    flagged = seams[seams.flagged]
    print(f"  drift (seam score per paragraph; flagged at {SEAM_THRESHOLD} or more): "
          + " ".join(f"p{d.paragraph}={d.score:.2f}" for d in seams.itertuples()))
    for d in flagged.itertuples():
        print(f"    p{d.paragraph:<3} flagged: {d.reason}")


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
            n_p, n_s = len(a.paragraphs), len(a.sentences)
            print(f"  {n_p} paragraph{'s' * (n_p != 1)}, {n_s} sentence{'s' * (n_s != 1)}")
            for p in a.paragraphs:
                preview = textwrap.shorten(p.text, width=70, placeholder=" ...")
                print(f"  p{p.n:<3} {len(p.sentences):>2} sent.  {preview}")
            _print_findings(a)
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
    from .exercises.workbook import Workbook  # exercises and keys (issue 3)

    problems += Workbook(root, articles=articles).problems()
    return problems


def cmd_release(args: argparse.Namespace) -> int:
    from .classroom.release import ReleaseError, make_release

    try:
        release = make_release(args.outdir, args.root or None, force=args.force)
    except ReleaseError as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    print(release)
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    from .classroom.gradebook import grade_submissions
    from .problems import KitError

    try:
        book = grade_submissions(args.submissions, args.root or None, attempt=args.attempt)
    except KitError as exc:
        print(f"grade: {exc}", file=sys.stderr)
        return 2
    for p in book.problems:
        print(p, file=sys.stderr)
    out = book.write_csv(args.out)
    from .exercises.feedback import plural

    print(f"Gradebook: {out} ({plural(len(book.students), 'students')} x {plural(len(book.exercises), 'exercises')})")
    if args.report:
        print(f"Class report: {book.write_report(args.report)}")
    if book.problems:
        print(f"{len(book.problems)} problem(s) above: those files or lines were skipped.", file=sys.stderr)
    return 0


def cmd_solutions(args: argparse.Namespace) -> int:
    from .problems import KitError
    from .classroom.worked import stale_worked_solutions, write_worked_solutions

    root = Path(args.root) if args.root else KIT_ROOT
    try:
        if args.check:
            stale = stale_worked_solutions(root)
            for line in stale:
                print(line)
            return 1 if stale else 0
        written = write_worked_solutions(root)
    except KitError as exc:
        print(f"solutions: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"Worked solutions: {path}")
    if not written:
        print("No lesson in notebooks/ presents an exercise (show(\"...\")); nothing to write.", file=sys.stderr)
    return 0


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

    p = sub.add_parser("release", help="write a student copy of the kit (no solutions/) into OUTDIR")
    p.add_argument("outdir", metavar="OUTDIR", help="a new or empty folder outside the kit")
    p.add_argument("--root", help="the instructor's kit folder (default: this kit)")
    p.add_argument("--force", action="store_true", help="replace a non-empty OUTDIR; release despite problems")
    p.set_defaults(func=cmd_release)

    p = sub.add_parser("grade", help="grade submissions with the keys: a CSV and an HTML class report")
    p.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="folder of .json/.jsonl submission files")
    p.add_argument("--out", default="gradebook.csv", help="CSV of student x exercise points")
    p.add_argument("--report", help="HTML class report to write (opens offline)")
    p.add_argument("--attempt", choices=["best", "last"], default="best",
                   help="which attempt of each exercise counts (default: best)")
    p.add_argument("--root", help="the instructor's kit folder (default: this kit)")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("solutions", help="write the worked-solution notebooks from the lessons and the keys")
    p.add_argument("--root", help="the instructor's kit folder (default: this kit)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file is missing or stale")
    p.set_defaults(func=cmd_solutions)

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
