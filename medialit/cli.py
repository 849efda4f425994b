"""The command line: ``python -m medialit COMMAND``.

Commands (each is a stable contract that tests and other tools rely on):

``validate [ROOT]``
    Check every article, exercise and key under the
    kit folder ROOT (default: the course folder you are in, or $MEDIALIT_COURSE). Exit 0 when clean; else exit 1 and print
    one line per problem: ``path:line: message``.
``release OUTDIR [--mode practice|assessment] [--force]``
    Write a student copy of the kit (lessons with outputs stripped, articles,
    exercises, package, a student README, requirements; no ``solutions/``, no
    tests). ``practice`` (default): feedback from obfuscated keys; ``assessment``:
    answers saved for the instructor. ``--force`` updates an earlier copy or a git
    repository in place. Exit 0 when written, 1 when refused (the reason is printed).
``grade SUBMISSIONS_DIR --out gradebook.csv [--report report.html] [--attempt best|last] [--roster R.csv]
[--hand-scores H.csv] [--feedback DIR | --no-feedback] [--format canvas|moodle|google-classroom]``
    Grade every submission with the keys: a CSV of student x exercise points (UTF-8 with
    BOM, formula-safe), hand scores read from (and new short answers added to)
    ``hand-scores.csv`` next to the CSV, one feedback page per student, an optional
    offline HTML class report and LMS import file. Bad files are reported on stderr and
    skipped; exit 0 when the gradebook was written, 2 when it could not be (e.g. no
    such folder, an unreadable roster or hand-scores file).
``class FOLDER [--watch] [--every 3]``
    The live class view: per exercise how many students attempted it and got it right,
    and who is stuck, from the answer logs in FOLDER (read only). Exit 0.
``solutions [--root ROOT] [--check]``
    Write the worked-solution notebooks ``solutions/<lesson>-solutions.ipynb``
    from each lesson that presents exercises and the answer keys (never edit them
    by hand). With ``--check``, write nothing: exit 1 and name every missing or
    stale file. Exit 0 when written (or up to date), 2 when they cannot be made.
``add PATH_OR_FOLDER... [--articles DIR] [--dry-run] [--yes]``
    Convert saved web pages, Word files and text files (any common encoding,
    pasted text) into ``articles/ID.md`` with front matter, keep each original
    unchanged in ``articles/originals/`` with its SHA-256, and print what was
    taken, dropped and must be checked. Exit 0 when every file was added, 1 when
    any could not be (one line per problem on stderr).
``draft ARTICLE_ID [--root ROOT] [--out DIR] [--force]``
    Write draft exercises and keys (who is quoted, named voices, vague sources,
    parts, what is missing) into ``drafts/ARTICLE_ID/exercises`` and
    ``.../solutions``, validate them and print the result. Exit 0 when every draft
    passes validation, 1 when any does not, 2 when nothing could be drafted.
``charts prepare [COURSE_DIR] [--into DIR] [--lesson NN]... [--clean]`` / ``charts status``
    For a hub admin: run the course's lessons once and keep their chart pictures and the chart
    JavaScript in a folder of the installation that every kernel reads and never writes, so
    students' kernels do not start the drawing engine (issue 16). Exit 0 when every lesson ran,
    1 when a lesson failed, 2 when nothing could be prepared. ``status`` says what kernels find.
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

from .corpus.tables import Article
from .course import CourseNotFound, course_root
from .corpus.loader import load_corpus
from .problems import CorpusError, Problem
from .corpus.source import DEFAULT_MAX_BYTES
from .analysis.findings import article_json, findings_lines, meta_line


def _id_width(article: Article) -> int:
    return max((len(s.id) for s in article.sentences), default=0)


def _load(paths: list[str], max_bytes: int):
    try:
        corpus = load_corpus(paths, max_bytes=max_bytes, warn=False)
        return list(corpus), corpus.problems
    except CorpusError as exc:
        return [], exc.problems


def cmd_inspect(args: argparse.Namespace) -> int:
    yamls = [p for p in args.paths if str(p).lower().endswith((".yaml", ".yml"))]  # (an exercise or a key, never an article)
    articles, problems = _load([p for p in args.paths if p not in yamls], args.max_bytes) if len(yamls) < len(args.paths) \
        else ([], [])
    problems = [Problem(str(p), 1, "an exercise, key or catalogue file, not an article; check exercises and keys with "
                                   "`python -m medialit validate` (inspect reads article files: .txt, .md, .docx, .html)")
                for p in yamls] + list(problems)
    if args.json:
        print(json.dumps({"articles": [article_json(a) for a in articles],
                          "problems": [{"source": p.source, "message": p.message} for p in problems]},
                         ensure_ascii=False))
    else:
        for a in articles:
            print(f"{a.id}  ({a.source})  kind: {a.kind}  layout: {a.layout}")
            n_p, n_s = len(a.paragraphs), len(a.sentences)
            print(f"  {n_p} paragraph{'s' * (n_p != 1)}, {n_s} sentence{'s' * (n_s != 1)}")
            print(meta_line(a))
            print("".join(f"  note: {note}\n" for note in a.notes), end="")
            for p in a.paragraphs:
                print(f"  p{p.n:<3} {len(p.sentences):>2} sent.  {textwrap.shorten(p.text, width=70, placeholder=' ...')}")
                for s in p.sentences:  # the ids a teacher writes into pick keys
                    print(f"         {s.id:<{_id_width(a)}}  {textwrap.shorten(s.text, width=64, placeholder=' ...')}")
            for line in findings_lines(a):
                print(line)
            print()
        for p in problems:  # worded exactly as validate words them
            print(p, file=sys.stderr)
    return 1 if problems else 0


def validate_root(root: Path) -> list[Problem]:
    """Every problem ``validate`` reports for the kit folder ``root``."""
    problems: list[Problem] = []
    articles = root / "articles"
    if root.is_file():  # ("validate exercises/99-1-joint.yaml": a file, where the kit's folder is wanted)
        kit = next((d for d in root.resolve().parents if (d / "articles").is_dir()), None)
        return [Problem(str(root), 1, "validate checks a whole kit folder, not one file; run "
                                      f"`python -m medialit validate {kit or '<kit folder>'}` (the folder holding articles/ and exercises/)")]
    if not articles.is_dir():  # ("validate articles/": that folder itself, where the one holding it is wanted)
        inside = root.name == "articles"
        loose = not inside and any(root.glob("*.txt"))  # (article files straight in the folder: a teacher's own, newcomer adv77)
        return [Problem(str(root), 1, f"this is an articles/ folder itself; run `python -m medialit validate {root.resolve().parent}`, the folder that holds it" if inside else f"no articles/ folder here, only article files; to check them one by one run `python -m medialit inspect {root}/*.txt`, or move them into {root}/articles/ and run validate on {root}" if loose else "no articles/ folder here; run validate on the kit's folder, or on your own folder that holds articles/ (and exercises/, if you write any)")]
    try:
        corpus = load_corpus(articles, warn=False)
        problems += corpus.problems
        problems += [p for a in corpus for p in a.suspect_lines]  # byline/furniture lines left in a .txt
    except CorpusError as exc:
        problems += exc.problems or [Problem(str(articles), 1, "no articles; add .txt or .md files")]
    from .exercises.workbook import Workbook  # exercises and keys (issue 3)

    problems += Workbook(root, articles=articles).problems()
    drafts = root / "drafts"  # drafts the teacher is reviewing (python -m medialit draft)
    for folder in sorted(drafts.iterdir()) if drafts.is_dir() else []:
        if (folder / "exercises").is_dir():
            problems += Workbook(folder, articles=articles).problems()
    return problems


def cmd_release(args: argparse.Namespace) -> int:
    from .classroom.release import ReleaseError, make_release

    try:
        release = make_release(args.outdir, args.root or None, mode=args.mode, force=args.force)
    except ReleaseError as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    print(release)
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    from .classroom.feedback_pages import write_feedback_pages
    from .classroom.gradebook import grade_submissions
    from .classroom.handscoring import HAND_SCORES, add_to_score
    from .classroom.lms import write_lms
    from .problems import KitError

    out = Path(args.out)
    hand = Path(args.hand_scores) if args.hand_scores else out.parent / HAND_SCORES
    try:
        book = grade_submissions(args.submissions, args.root or None, attempt=args.attempt, roster=args.roster,
                                 hand_scores=hand, progress=True if args.progress else None)
        added = add_to_score(hand, book.pending_scores())
    except KitError as exc:
        print(f"grade: {exc}", file=sys.stderr)
        return 2
    for p in book.problems:
        print(p, file=sys.stderr)
    book.write_csv(out)
    from .exercises.feedback import number, plural

    print(f"Gradebook: {out} ({plural(len(book.students), 'students')} x {plural(len(book.exercises), 'exercises')}, "
          f"max_total {number(book.max_total)})")
    left = len(book.to_score())
    print(f"Hand scores: {hand} ({plural(left, 'short answers')} still to score"
          + (f"; {added} added" if added else "") + ")")
    if args.report:
        print(f"Class report: {book.write_report(args.report)}")
    feedback = Path(args.feedback) if args.feedback else out.parent / "feedback"
    if not args.no_feedback:
        pages = write_feedback_pages(book, feedback)
        print(f"Feedback pages: {feedback}/ ({len(pages)} students)")
    if args.format:
        target = Path(args.lms_out) if args.lms_out else out.with_name(f"{out.stem}-{args.format}.csv")
        print(f"{args.format} import file: {write_lms(book, target, args.format, args.assignment)}")
    for s in book.missing:
        print(f"on the roster, no submission: {s.name}" + (f" ({s.student_id})" if s.student_id else ""),
              file=sys.stderr)
    for f, name, why in book.unmatched:
        print(f"{f}: {name!r} matches no one on the roster ({why})", file=sys.stderr)
    if book.problems:
        print(f"{len(book.problems)} problem(s) above: those files or lines were skipped or need a look.",
              file=sys.stderr)
    return 0


def cmd_class(args: argparse.Namespace) -> int:
    from .classroom.classview import watch

    return watch(args.folder, root=args.root or None, every=args.every, once=not args.watch,
                 stuck_after=args.stuck_after)


def cmd_solutions(args: argparse.Namespace) -> int:
    from .problems import KitError
    from .classroom.worked import stale_worked_solutions, write_worked_solutions

    root = Path(args.root) if args.root else course_root()
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
    root = Path(args.root) if args.root else course_root()
    problems = validate_root(root)
    for p in problems:
        print(p)
    if problems:  # (the verdict on standard output with the problems: "validate > log" keeps it)
        print(f"{len(problems)} problem(s) found.")
        return 1
    print(f"OK: no problems in {root}.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Convert each file (or every file of a folder) into articles/, printing what was taken for the teacher."""
    from .corpus.importer import add_files, default_articles

    articles = Path(args.articles) if args.articles else default_articles()
    if not articles.is_dir() and not args.dry_run:  # (a dry run writes nothing: the folder need not exist yet)
        print(f"add: {articles} is not a folder; give the kit's articles/ folder with --articles", file=sys.stderr)
        return 2
    added, problems = add_files(args.paths, articles, dry_run=args.dry_run, ask=lambda name: _confirmed(args, name))
    for p in problems:
        print(p, file=sys.stderr)
    if added and not args.dry_run:
        from .course import kit_command

        run = kit_command()
        kit = articles.parent if articles.name == "articles" and (articles.parent / "exercises").is_dir() else None
        if kit:  # (another kit's articles/: validate that kit)
            where = "" if articles.resolve() == default_articles().resolve() else f" {kit}"
            print(f"{added} article(s) added. Next: {run} validate{where}, then {run} draft ID", file=sys.stderr)
        else:  # (validate checks a kit's articles/, not a folder of the teacher's elsewhere)
            print(f"{added} article(s) added to {articles}. Next: {run} inspect {articles} (its paragraphs, sentence ids and "
                  f"any problems); the kit's lessons read the kit's articles/ folder", file=sys.stderr)
    return 1 if problems else 0


def cmd_draft(args: argparse.Namespace) -> int:
    from .classroom.draft import draft_exercises
    from .problems import KitError

    try:
        drafts = draft_exercises(args.article_id, args.root or None, args.out or None, force=args.force)
    except (KitError, KeyError) as exc:
        print(f"draft: {exc}", file=sys.stderr)
        return 2
    print(drafts.report())
    return 1 if drafts.problems else 0


def cmd_charts(args: argparse.Namespace) -> int:
    from .classroom.prepare import PrepareError, prepare_charts, status_lines

    into = Path(args.into) if args.into else None
    if args.action == "status":
        print("\n".join(status_lines(into)))
        return 0
    course = (Path(args.course) if args.course else course_root()).resolve()
    print(f"Preparing chart copies of the lessons in {course} (each lesson runs once, in a scratch copy)")
    said: list[str] = []
    try:
        done = prepare_charts(course, into, args.lesson, clean=args.clean,
                              progress=lambda line: said.append(line) or print("  " + line, flush=True))
    except PrepareError as exc:
        print(f"charts prepare: {exc}", file=sys.stderr)
        return 2
    print("\n".join(line for line in done.lines if line not in said))
    for problem in done.problems:
        print(f"charts prepare: {problem}", file=sys.stderr)
    return 1 if done.problems else 0


def _confirmed(args: argparse.Namespace, name: str) -> bool:
    """Ask before writing when a person is at the terminal (never in scripts, tests or with --yes)."""
    if args.yes or not sys.stdin.isatty():
        return True
    try:
        return input(f"  Write {name}? [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        return False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m medialit",
                                     description="Media Literacy Kit: check and inspect articles and exercises.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("validate", help="check articles, exercises and keys; one line per problem")
    p.add_argument("root", nargs="?", help="the kit folder (default: the course folder you are in, or $MEDIALIT_COURSE)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("inspect", help="show paragraphs and sentences (and findings) of article files")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="size limit per file")
    p.set_defaults(func=cmd_inspect)

    from .classroom.student_copy import DEFAULT_MODE, MODES

    p = sub.add_parser(
        "release", help="write a student copy of the kit (no solutions/) into OUTDIR",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write a student copy of the kit: lessons without outputs, articles, exercises, the package "
                    "and a student README; never solutions/, tests or anyone's answers. Refuses a kit that "
                    "python -m medialit validate finds problems in.",
        epilog=textwrap.dedent(f"""\
            modes:
              practice    {MODES['practice']}.
                          Default: the lessons are written around immediate feedback,
                          and a teacher releasing lessons for class expects Check to work.
                          Practice keys are OBFUSCATED, NOT SECRET: a determined student
                          can try every choice until one matches.
              assessment  {MODES['assessment']}.
                          Use it for anything that counts towards a grade.

            update a published student repository: release again into its folder with
            --force (its .git is kept), then commit and push; students pull again."""))
    p.add_argument("outdir", metavar="OUTDIR", help="a new or empty folder outside the kit (or, with --force, an "
                                                    "earlier student copy or git repository to update)")
    p.add_argument("--root", help="the instructor's kit folder (default: the course folder you are in, or $MEDIALIT_COURSE)")
    p.add_argument("--mode", choices=tuple(MODES), default=DEFAULT_MODE,
                   help=f"practice (feedback from obfuscated keys) or assessment (answers only saved); "
                        f"default: {DEFAULT_MODE}")
    p.add_argument("--force", action="store_true",
                   help="update an earlier student copy or git repository in place (keeps its .git)")
    p.set_defaults(func=cmd_release)

    p = sub.add_parser("grade", help="grade submissions with the keys: a CSV and an HTML class report")
    p.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="folder of .json/.jsonl submission files")
    p.add_argument("--out", default="gradebook.csv", help="CSV of student x exercise points")
    p.add_argument("--report", help="HTML class report to write (opens offline)")
    p.add_argument("--attempt", choices=["best", "last"], default="best",
                   help="which attempt of each exercise counts (default: best)")
    p.add_argument("--root", help="the instructor's kit folder (default: the course folder you are in, or $MEDIALIT_COURSE)")
    p.add_argument("--roster", help="roster CSV (name, student_id, email, section) to match submissions")
    p.add_argument("--hand-scores", help="hand scores CSV (default: hand-scores.csv next to --out)")
    p.add_argument("--feedback", help="folder for one feedback page per student (default: feedback/ next to --out)")
    p.add_argument("--no-feedback", action="store_true", help="do not write feedback pages")
    p.add_argument("--format", choices=["canvas", "moodle", "google-classroom"],
                   help="also write the import file of this LMS")
    p.add_argument("--lms-out", help="path of the LMS import file (default: <out>-<format>.csv)")
    p.add_argument("--assignment", default="Media Literacy Kit", help="assignment name in the LMS file")
    p.add_argument("--progress", action="store_true", help="always show a progress bar")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("class", help="live class view: who attempted, who got it right, who is stuck")
    p.add_argument("folder", metavar="FOLDER", help="the shared folder of the students' answer logs (.jsonl)")
    p.add_argument("--watch", action="store_true", help="refresh every few seconds until Ctrl-C")
    p.add_argument("--every", type=float, default=3.0, help="seconds between refreshes (default 3)")
    p.add_argument("--stuck-after", type=int, default=3, help="wrong tries that make a student stuck (default 3)")
    p.add_argument("--root", help="the instructor's kit folder (default: the course folder you are in, or $MEDIALIT_COURSE)")
    p.set_defaults(func=cmd_class)

    p = sub.add_parser("solutions", help="write the worked-solution notebooks from the lessons and the keys")
    p.add_argument("--root", help="the instructor's kit folder (default: the course folder you are in, or $MEDIALIT_COURSE)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file is missing or stale")
    p.set_defaults(func=cmd_solutions)

    p = sub.add_parser("add", help="convert a web page, Word file or text file into articles/, keeping the original")
    p.add_argument("paths", nargs="+", metavar="PATH_OR_FOLDER", help=".html/.htm, .docx, .txt or .md files, or folders")
    p.add_argument("--articles", help="the articles folder to add to (default: this kit's articles/)")
    p.add_argument("--dry-run", action="store_true", help="show what would be taken; write nothing")
    p.add_argument("--yes", action="store_true", help="do not ask before writing each article")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("draft", help="write draft exercises and keys for one article into drafts/ARTICLE_ID")
    p.add_argument("article_id", metavar="ARTICLE_ID", help="the article's id (see: python -m medialit inspect articles)")
    p.add_argument("--root", help="the instructor's kit folder (default: the course folder you are in, or $MEDIALIT_COURSE)")
    p.add_argument("--out", help="the folder to write into (default: ROOT/drafts/ARTICLE_ID)")
    p.add_argument("--force", action="store_true", help="write over drafts that are already there")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser(
        "charts", help="prepare the lessons' chart pictures once per installation (hub admins)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Chart pictures prepared once per installation. Every lesson chart carries a static "
                    "picture (for exports and hand-ins) and needs the chart JavaScript; made in each "
                    "student's kernel they cost about 100 MB of memory per kernel and seconds of CPU per "
                    "student. 'prepare' runs every lesson once (in a scratch copy of the course; your course "
                    "folder is not changed) and keeps what they drew in a folder of the installation, "
                    "readable by all and writable only by you; kernels read it first and never write to it. "
                    "Charts it does not hold (a student's own article, their progress) are still drawn, "
                    "outside the kernel, and kept in the student's own cache.",
        epilog=textwrap.dedent("""\
            where it goes (INSTRUCTORS.md, "Run the course for a class"):
              TLJH         sudo /opt/tljh/user/bin/python -m medialit charts prepare /tmp/medialit-student
              Docker/z2jh  RUN python -m medialit charts prepare /tmp/kit   (in deploy/image/Dockerfile)
              elsewhere    --into DIR, and set MEDIALIT_PREPARED_CHARTS=DIR for every student's server

            security: never let students write to this folder (or share one writable chart cache):
            a picture or script put there would show in other students' notebooks. Kernels refuse
            a folder that others can write to; 'charts status' says whether they read it.

            run it again after updating the kit or the course: it is idempotent and reports
            what was new and what was already there."""))
    p.add_argument("action", choices=["prepare", "status"], help="prepare: run the lessons and keep their "
                   "charts; status: show what kernels will find")
    p.add_argument("course", nargs="?", metavar="COURSE_DIR",
                   help="the course folder with notebooks/ (default: the course folder you are in, or $MEDIALIT_COURSE)")
    p.add_argument("--into", metavar="DIR", help="the prepared folder (default: $MEDIALIT_PREPARED_CHARTS, else "
                                                 "<python environment>/share/medialit)")
    p.add_argument("--lesson", action="append", metavar="NN",
                   help="only lessons whose file name starts with NN (repeat for more; default: all)")
    p.add_argument("--clean", action="store_true", help="remove copies earlier runs left that no lesson drew now")
    p.set_defaults(func=cmd_charts)

    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CourseNotFound as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
