"""The class report: one offline HTML page about a graded class (``grade --report``).

What it shows: who handed in (roster students with no submission, files matching no
one, names shared by two students), the problems met, the capstone reports found,
the score distribution per exercise and the most-missed items (charts as inline
SVG, no script), the points table, and the short answers grouped by exercise with
the prompt, the rubric and the model answer (blank answers left out; hand scores and
comments shown). Charts are drawn from counts aggregated first (at most three rows
per exercise), so a class of any size draws (altair's 5,000-row limit never applies).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .._html import esc
from ..exercises.feedback import number, plural

BANDS = ["no marks", "partial", "full marks", "to score"]


def band_counts(book) -> list[dict]:
    """``[{"exercise", "band", "students"}]``: how many students are in each score band per exercise.

    >>> from medialit.classroom.gradebook import Gradebook, Graded
    >>> book = Gradebook(["e"], {"e": 1.0}, {"e": "number"})
    >>> book.results = {(s, "e"): Graded(s, "e", "number", sc, sc, 1.0, 1) for s, sc in [("a", 1.0), ("b", 0.0), ("c", 1.0)]}
    >>> band_counts(book)
    [{'exercise': 'e', 'band': 'full marks', 'students': 2}, {'exercise': 'e', 'band': 'no marks', 'students': 1}]
    """
    count: Counter = Counter()
    for g in book.results.values():
        if g.score is None:
            band = "to score"
        else:
            band = "full marks" if g.score >= 1 else ("no marks" if g.score <= 0 else "partial")
        count[(g.exercise, band)] += 1
    return [{"exercise": e, "band": b, "students": n} for (e, b), n in count.items()]


def _charts(book) -> str:
    import pandas as pd

    from .._altair import PALETTE, alt, chart_svg

    a = alt()
    data = pd.DataFrame(band_counts(book), columns=["exercise", "band", "students"])
    dist = (a.Chart(data, title="Score distribution per exercise")
            .mark_bar()
            .encode(y=a.Y("exercise:N", title="Exercise", sort=book.exercises),
                    x=a.X("sum(students):Q", title="Students", axis=a.Axis(format="d", tickMinStep=1)),
                    color=a.Color("band:N", title="Score", sort=BANDS,
                                  scale=a.Scale(domain=BANDS, range=[PALETTE[5], PALETTE[1], PALETTE[0], "#999999"])),
                    order=a.Order("band_order:Q"),
                    tooltip=["exercise", "band", a.Tooltip("students:Q", title="students")])
            .transform_calculate(band_order=f"indexof({BANDS!r}, datum.band)")
            .properties(width=480))
    missed = book.most_missed()
    mdata = pd.DataFrame([{"item": f"{e} {i} ({st})", "students": c} for e, i, st, _, c in missed],
                         columns=["item", "students"])
    miss_chart = (a.Chart(mdata, title="Most-missed items")
                  .mark_bar(color=PALETTE[5])
                  .encode(y=a.Y("item:N", sort="-x", title=""), x=a.X("students:Q", title="Students", axis=a.Axis(format="d", tickMinStep=1)),
                          tooltip=[a.Tooltip("item:N"), a.Tooltip("students:Q")])
                  .properties(width=480))
    # inline SVG, not embedded JSON + JavaScript: item ids come from submissions, which anyone can write
    return f'<div id="medialit-report-charts">{chart_svg(a.vconcat(dist, miss_chart))}</div>'


def exercise_info(book, eid: str) -> tuple[str, str, tuple, str]:
    """``(title, prompt, rubric, model answer)`` of an exercise (blank when the kit has none)."""
    from ..exercises.schema import ExerciseError

    wb = book.workbook
    if wb is None:
        return eid, "", (), ""
    try:
        ex = wb.exercise(eid)
        key = wb.key(eid, ex)
    except (ExerciseError, LookupError):
        return eid, "", (), ""
    model = key.answer if key is not None and isinstance(key.answer, str) else ""
    return ex.title or eid, ex.prompt, tuple(key.rubric) if key is not None else (), model


def _short_answers(book) -> str:
    from ..exercises.quiz import markdown_html

    out = []
    for eid in book.exercises:
        if book.types[eid] != "short_text":
            continue
        answers = sorted((g for g in book.results.values() if g.exercise == eid
                          and isinstance(g.answer, str) and g.answer.strip()), key=lambda g: g.student.lower())
        if not answers:
            continue
        title, prompt, rubric, model = exercise_info(book, eid)
        left = sum(1 for g in answers if g.points is None)
        out.append(f'<section class="short"><h3>{esc(eid)}: {esc(title)}</h3>'
                   f"<p>{len(answers)} answers, {left} still to score (of {number(book.max_points[eid])} points).</p>"
                   f"<details open><summary>Prompt, rubric and model answer</summary>{markdown_html(prompt)}"
                   + ("<p><strong>Rubric</strong></p><ol>" + "".join(f"<li>{esc(r)}</li>" for r in rubric) + "</ol>"
                      if rubric else "")
                   + (f"<p><strong>Model answer:</strong> {esc(model)}</p>" if model else "") + "</details>")
        for g in answers:
            score = "to score" if g.points is None else f"{number(g.points)} of {number(g.max_points)}"
            out.append(f"<h4>{esc(g.student)} <small>({esc(score)})</small></h4><blockquote>{esc(g.answer)}</blockquote>"
                       + (f"<p><em>Comment:</em> {esc(g.comment)}</p>" if g.comment else ""))
        out.append("</section>")
    return "".join(out)


def _who(book) -> str:
    parts = []
    if book.missing:
        parts.append("<h3>On the roster, no submission</h3><ul>" + "".join(
            f"<li>{esc(s.name)}{' (' + esc(s.student_id) + ')' if s.student_id else ''}</li>" for s in book.missing)
            + "</ul>")
    if book.unmatched:
        parts.append("<h3>Submissions matching no one on the roster</h3><ul>" + "".join(
            f"<li><code>{esc(f)}</code>: {esc(n)} ({esc(why)})</li>" for f, n, why in book.unmatched) + "</ul>")
    if book.shared_names:
        parts.append("<h3>Names two students share (the student id decides)</h3><ul>"
                     + "".join(f"<li>{esc(n)}</li>" for n in book.shared_names) + "</ul>")
    if book.capstones:
        parts.append("<h3>Capstone reports in the folder</h3><p>Open them next to this report:</p><ul>"
                     + "".join(f"<li><code>{esc(c)}</code></li>" for c in book.capstones) + "</ul>")
    return ("<h2>Who handed in</h2>" + "".join(parts)) if parts else ""


def report_html(book) -> str:
    """The whole report page (escaped text, inline SVG, no script)."""
    missed = book.most_missed()
    table = "".join(f"<tr><td>{esc(e)}</td><td><code>{esc(i)}</code></td><td>{esc(st)}</td><td>{c}</td>"
                    f"<td>{esc(t)}</td></tr>" for e, i, st, t, c in missed)
    grade_rows = book.rows()
    grades = ("<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in grade_rows[0]) + "</tr></thead><tbody>"
              + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in grade_rows[1:])
              + "</tbody></table>")
    problems = "".join(f"<li>{esc(p)}</li>" for p in book.problems)
    left = len(book.to_score())
    head = (f"<h1>Class report</h1><p>{plural(len(book.students), 'students')}, "
            f"{plural(book.files, 'submission files')}, {plural(len(book.exercises), 'exercises')} "
            f"({plural(book.max_total, 'points')})"
            + (f"; {plural(left, 'short answers')} still to score by hand" if left else "") + ".</p>"
            + _who(book)
            + (f"<h2>Skipped or partly read ({len(book.problems)})</h2><ul>{problems}</ul>" if problems else ""))
    shorts = _short_answers(book)
    tail = ("<h2>Points</h2><p>A blank cell: not attempted; <q>to score</q>: a short answer to score by hand.</p>"
            + grades
            + "<h2>Most-missed items</h2><table><thead><tr><th>exercise</th><th>item</th><th>what</th>"
              "<th>students</th><th>text</th></tr></thead><tbody>" + table + "</tbody></table>"
            + ("<h2>Short answers</h2>" + shorts if shorts else ""))
    style = ("<style>body{font-family:system-ui,sans-serif;max-width:60em;margin:1em auto;padding:0 1em}"
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
             "svg{max-width:100%;height:auto}blockquote{border-left:3px solid #ccc;margin:.3em 0 .3em 1em;"
             "padding-left:.6em;white-space:pre-wrap}</style>")
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Class report</title>'
            + style + "</head><body><main>" + head + _charts(book) + tail + "</main></body></html>\n")


def write_report(book, path: str | Path) -> Path:
    """Write :func:`report_html` to ``path``; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_html(book), encoding="utf-8")
    return path
