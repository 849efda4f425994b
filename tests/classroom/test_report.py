"""The class report: draws at any class size, shows short answers with their rubric, lists capstones."""

from __future__ import annotations

import json

from medialit.classroom.gradebook import Gradebook, Graded, grade_submissions
from medialit.classroom.report import band_counts, report_html
from medialit.exercises.workbook import Workbook

SHORT = "00-6-what-is-missing"


def test_500_students_by_43_exercises_draw_without_a_row_limit():
    wb = Workbook()
    ids = wb.ids()
    types = {e: wb.exercise(e).type for e in ids}
    points = {e: wb.exercise(e).points for e in ids}
    book = Gradebook(ids, points, types, workbook=wb)
    for n in range(500):
        s = f"student {n:03d}"
        from medialit.classroom.roster import Student

        book.identities[s] = Student(s)
        for k, e in enumerate(ids):
            score = None if types[e] == "short_text" else ((n + k) % 3) / 2
            book.results[(s, e)] = Graded(s, e, types[e], score, None if score is None else score * points[e],
                                          points[e], 1, "An answer." if score is None else "a")
    assert len(ids) * 500 > 5000 and len(band_counts(book)) <= 4 * len(ids)
    html = report_html(book)
    assert "<svg" in html and "MaxRowsError" not in html and "could not be drawn" not in html
    assert "<script" not in html.lower()


def test_short_answers_with_prompt_rubric_model_answer_blanks_left_out_and_capstones_listed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in [("ana", "No <b>byline</b>; I would search the forum."), ("ben", "  "), ("cai", "")]:
        doc = {"format": "medialit-submission", "version": 1, "student": name,
               "answers": [{"time": "1", "exercise": SHORT, "answer": text},
                           {"time": "2", "exercise": "00-1-dateline", "answer": "d"}]}
        (folder / f"submission-{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    (folder / "capstone-report-ana.html").write_text("<!DOCTYPE html><p>report</p>", encoding="utf-8")
    (folder / "capstone-report-ben.html").write_text("<!DOCTYPE html><p>report</p>", encoding="utf-8")
    book = grade_submissions(folder)
    assert not book.problems and len(book.capstones) == 2
    html = report_html(book)
    key = Workbook().key(SHORT)
    assert "Capstone reports in the folder" in html and "capstone-report-ben.html" in html
    assert "Skipped or partly read" not in html
    assert "Rubric" in html and "Names at least two missing things" in html  # rubric line
    assert "Model answer" in html and "lateral" in key.answer and "no independent trace found" in html
    assert "before you trust a news article" in html.lower()  # the prompt
    assert "No &lt;b&gt;byline&lt;/b&gt;" in html and "<b>byline" not in html
    section = html[html.index("<h2>Short answers"):]
    assert "ana" in section and "ben" not in section and "cai" not in section  # blanks left out
    assert "1 answers, 1 still to score" in section
