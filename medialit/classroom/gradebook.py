"""The gradebook: grade every submission with the keys (``python -m medialit grade``).

A submission is the file a student hands in: ``export_submission()`` writes one
(``submission-<name>.json``), and a raw progress file (``<name>.jsonl``) works too.
Every saved answer is checked again with the instructor's keys (answers from a
student copy were never scored), and each student's best attempt per exercise
counts (``attempt="last"`` takes the last one instead).

Results: a CSV of student x exercise points (blank: not attempted, or a
short_text answer to score by hand) and an HTML class report with the score
distribution per exercise, the most-missed items, and the short answers to read.
The report's charts are altair charts saved with their JavaScript inline, so the
file opens offline. A bad submission file is reported and skipped, never fatal.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .._html import esc
from ..exercises.schema import ExerciseError, ExerciseNotFound
from ..problems import KitError, Problem, display_path
from ..exercises.workbook import SUBMISSION_FORMAT, Workbook

ATTEMPTS = ("best", "last")


@dataclass
class Graded:
    """One student's result on one exercise."""

    student: str
    exercise: str
    type: str
    score: float | None  # None: not auto-scored (short_text)
    points: float | None
    max_points: float
    attempts: int
    answer: object = None
    items: tuple = ()


@dataclass
class Gradebook:
    """Every student's result on every exercise, plus the problems met on the way."""

    exercises: list[str]
    max_points: dict[str, float]
    types: dict[str, str]
    results: dict[tuple[str, str], Graded] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def students(self) -> list[str]:
        return sorted({s for s, _ in self.results}, key=str.lower)

    def rows(self) -> list[list]:
        """CSV rows: a header, then one row per student (points; blank when there is none)."""
        header = ["student"] + self.exercises + ["total", "max_total"]
        rows = [header]
        total_max = sum(self.max_points[e] for e in self.exercises if self.types[e] != "short_text")
        for s in self.students:
            row, total = [s], 0.0
            for e in self.exercises:
                g = self.results.get((s, e))
                if g is None or g.points is None:
                    row.append("")
                else:
                    row.append(f"{g.points:g}")
                    total += g.points
            rows.append(row + [f"{round(total, 4):g}", f"{total_max:g}"])
        return rows

    def write_csv(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(self.rows())
        return path

    def most_missed(self, n: int = 15) -> list[tuple[str, str, str, str, int]]:
        """``(exercise, item, what, text, students)``: the items most students missed or got wrong."""
        count: Counter = Counter()
        texts = {}
        for g in self.results.values():
            for item in g.items:
                if item.status in ("missed", "wrong", "mislabelled", "unlabelled"):
                    k = (g.exercise, item.id, item.status)
                    count[k] += 1
                    texts[k] = item.text
        return [(e, i, st, texts[(e, i, st)], c) for (e, i, st), c in count.most_common(n)]

    def write_report(self, path: str | Path) -> Path:
        """The HTML class report (offline: charts are inline SVG; no script at all)."""
        import pandas as pd

        from .._altair import PALETTE, alt, chart_svg

        a = alt()
        path = Path(path)
        rows = []
        for g in self.results.values():
            if g.score is None:
                continue
            band = "full marks" if g.score >= 1 else ("no marks" if g.score <= 0 else "partial")
            rows.append({"exercise": g.exercise, "score": g.score, "band": band})
        data = pd.DataFrame(rows, columns=["exercise", "score", "band"])
        dist = (a.Chart(data, title="Score distribution per exercise")
                .mark_bar()
                .encode(y=a.Y("exercise:N", title="Exercise", sort=self.exercises),
                        x=a.X("count():Q", title="Students"),
                        color=a.Color("band:N", title="Score", sort=["no marks", "partial", "full marks"],
                                      scale=a.Scale(domain=["no marks", "partial", "full marks"],
                                                    range=[PALETTE[5], PALETTE[1], PALETTE[0]])),
                        tooltip=["exercise", "band", a.Tooltip("count():Q", title="students")])
                .properties(width=480))
        missed = self.most_missed()
        mdata = pd.DataFrame([{"item": f"{e} {i} ({st})", "students": c} for e, i, st, _, c in missed],
                             columns=["item", "students"])
        miss_chart = (a.Chart(mdata, title="Most-missed items")
                      .mark_bar(color=PALETTE[5])
                      .encode(y=a.Y("item:N", sort="-x", title=""), x=a.X("students:Q", title="Students"),
                              tooltip=["item", "students"])
                      .properties(width=480))
        # inline SVG, not embedded JSON + JavaScript: item ids come from submissions, which anyone can write
        chart_html = f'<div id="medialit-report-charts">{chart_svg(a.vconcat(dist, miss_chart))}</div>'
        table = "".join(
            f"<tr><td>{esc(e)}</td><td><code>{esc(i)}</code></td><td>{esc(st)}</td><td>{c}</td>"
            f"<td>{esc(t)}</td></tr>" for e, i, st, t, c in missed)
        grade_rows = self.rows()
        grades = ("<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in grade_rows[0]) + "</tr></thead><tbody>"
                  + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in grade_rows[1:])
                  + "</tbody></table>")
        texts = "".join(
            f"<h3>{esc(g.exercise)}: {esc(g.student)}</h3><blockquote>{esc(g.answer)}</blockquote>"
            for g in sorted(self.results.values(), key=lambda g: (g.exercise, g.student.lower()))
            if g.score is None and isinstance(g.answer, str))
        problems = "".join(f"<li>{esc(p)}</li>" for p in self.problems)
        from ..exercises.feedback import plural

        head = (f"<h1>Class report</h1><p>{plural(len(self.students), 'students')}, "
                f"{plural(self.files, 'submission files')}, {plural(len(self.exercises), 'exercises')}.</p>"
                + (f"<h2>Skipped or partly read</h2><ul>{problems}</ul>" if problems else ""))
        tail = ("<h2>Points</h2>" + grades
                + "<h2>Most-missed items</h2><table><thead><tr><th>exercise</th><th>item</th><th>what</th>"
                  "<th>students</th><th>text</th></tr></thead><tbody>" + table + "</tbody></table>"
                + ("<h2>Short answers to score by hand</h2>" + texts if texts else ""))
        style = ("<style>body{font-family:system-ui,sans-serif;max-width:60em;margin:1em auto}"
                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
                 "svg{max-width:100%;height:auto}"
                 "</style>")
        html = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Class report</title>'
                + style + "</head><body>" + head + chart_html + tail + "</body></html>\n")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        return path


def read_submission(path: Path) -> tuple[str | None, list[dict], list[Problem]]:
    """``(student, records, problems)`` from one submission file (.json or .jsonl).

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.json"
    >>> _ = p.write_text("{}")
    >>> print(read_submission(p)[2][0].message)
    skipped: not a medialit submission (made by export_submission())
    """
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [], [Problem(shown, 1, f"skipped: cannot be read as UTF-8 text ({exc})")]
    if path.suffix == ".jsonl":
        records, problems = [], []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                problems.append(Problem(shown, n, "line skipped: not valid JSON (a torn or edited line)"))
                continue
            if isinstance(rec, dict):
                records.append(rec)
        student = next((r["student"] for r in records if isinstance(r.get("student"), str)), path.stem)
        return student, records, problems
    try:
        doc = json.loads(text)
    except ValueError as exc:
        return None, [], [Problem(shown, getattr(exc, "lineno", 1), f"skipped: not valid JSON ({exc.msg}); ask "
                                                                    "the student to export it again")]
    if not isinstance(doc, dict) or doc.get("format") != SUBMISSION_FORMAT or not isinstance(doc.get("answers"), list):
        return None, [], [Problem(shown, 1, "skipped: not a medialit submission (made by export_submission())")]
    student = doc.get("student") if isinstance(doc.get("student"), str) and doc["student"].strip() else path.stem
    return student, [r for r in doc["answers"] if isinstance(r, dict)], []


def grade_submissions(folder: str | Path, root: str | Path | None = None, *, attempt: str = "best") -> Gradebook:
    """Grade every ``.json``/``.jsonl`` submission under ``folder`` with the keys of the kit at ``root``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "ada.jsonl").write_text('{"student": "ada", "exercise": "00-3-named-voices", "answer": 2}\\n')
    >>> book = grade_submissions(folder)
    >>> book.students, book.rows()[1][:2]
    (['ada'], ['ada', ''])
    """
    if attempt not in ATTEMPTS:
        raise ValueError(f"attempt must be one of {', '.join(ATTEMPTS)}; got {attempt!r}")
    folder = Path(folder)
    if not folder.is_dir():
        raise KitError(f"{folder} is not a folder; give the folder that holds the submission files")
    wb = Workbook(root)
    if wb.is_student_copy():
        raise KitError(f"{wb.root} is a student copy without keys; grade with the instructor's kit")
    ids, max_points, types = [], {}, {}
    for eid in wb.ids():
        try:
            ex = wb.exercise(eid)
        except ExerciseError:
            continue
        ids.append(eid)
        max_points[eid], types[eid] = ex.points, ex.type
    book = Gradebook(ids, max_points, types)
    attempts: dict[tuple[str, str], list] = defaultdict(list)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix not in (".json", ".jsonl"):
            book.problems.append(Problem(display_path(path), 1, "skipped: submissions are .json or .jsonl files"))
            continue
        student, records, problems = read_submission(path)
        book.problems += problems
        if student is None:
            continue
        if not records:
            book.problems.append(Problem(display_path(path), 1, "skipped: no answers in this file"))
            continue
        book.files += 1
        for rec in records:
            eid = rec.get("exercise")
            if eid not in types:
                book.problems.append(Problem(display_path(path), 1, f"answer to unknown exercise {eid!r} ignored"))
                continue
            try:
                fb = wb.check(eid, rec.get("answer"), save=False)
            except (ExerciseError, ExerciseNotFound) as exc:
                book.problems.append(Problem(display_path(path), 1, f"{eid}: not graded ({exc})"))
                continue
            attempts[(student, eid)].append((str(rec.get("time", "")), fb, rec.get("answer")))
    for (student, eid), tries in attempts.items():
        tries.sort(key=lambda t: t[0])
        if types[eid] == "short_text":
            _, fb, answer = tries[-1]
            book.results[(student, eid)] = Graded(student, eid, types[eid], None, None, max_points[eid],
                                                  len(tries), answer, fb.items)
            continue
        chosen = tries[-1] if attempt == "last" else max(tries, key=lambda t: t[1].score)
        _, fb, answer = chosen
        book.results[(student, eid)] = Graded(student, eid, types[eid], fb.score, fb.points, max_points[eid],
                                              len(tries), answer, fb.items)
    return book
