"""Grading submissions: a CSV of student x exercise points and an offline HTML class report."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.classroom.gradebook import grade_submissions
from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parents[2]


def submit(folder: Path, student: str, answers: list[tuple[str, object]], student_copy=True) -> Path:
    """Answer as a student would (in a student copy, nothing is scored) and export a submission."""
    import os

    from medialit.exercises import answerlog
    from medialit.exercises.progress import export_submission

    old = os.environ.get("MEDIALIT_PROGRESS")
    os.environ["MEDIALIT_PROGRESS"] = str(folder / "progress")
    answerlog.set_student(student)
    try:
        wb = Workbook()
        if student_copy:
            wb._student_copy = True
        for eid, answer in answers:
            wb.check(eid, answer)
        return export_submission(folder / "in" / f"submission-{student}.json")
    finally:
        answerlog.set_student(None)
        if old is None:
            del os.environ["MEDIALIT_PROGRESS"]
        else:
            os.environ["MEDIALIT_PROGRESS"] = old


@pytest.fixture
def submissions(tmp_path) -> Path:
    submit(tmp_path, "ana", [("00-1-dateline", "c"), ("00-1-dateline", "d"), ("00-3-named-voices", 4),
                             ("00-4-israel-passage", ["p8:s1", "p8:s2"]),
                             ("00-6-what-is-missing", "No byline, no date <script>alert(1)</script>")])
    submit(tmp_path, "ben", [("00-1-dateline", "a"), ("00-4-israel-passage", ["p8:s1"]),
                             ("00-2-vague-attributions", ["a", "c", "d"]), ("00-3-named-voices", "three")])
    folder = tmp_path / "in"
    (folder / "broken.json").write_text('{"format": "medialit-submission", "answers": [', encoding="utf-8")
    (folder / "other.json").write_text('{"hello": 1}', encoding="utf-8")
    (folder / "notes.txt").write_text("not a submission")
    (folder / "raw").mkdir()
    (folder / "raw" / "cai.jsonl").write_text(
        json.dumps({"student": "cai", "exercise": "00-3-named-voices", "answer": 3, "time": "1"}) + "\n"
        + "TORN {\n", encoding="utf-8")
    return folder


def test_grade_best_attempt_and_problems(submissions):
    book = grade_submissions(submissions)
    assert book.students == ["ana", "ben", "cai"]
    r = book.results
    assert r[("ana", "00-1-dateline")].points == 1.0 and r[("ana", "00-1-dateline")].attempts == 2
    assert r[("ana", "00-3-named-voices")].points == 0.0
    assert r[("ana", "00-4-israel-passage")].points == pytest.approx(1.6)
    assert r[("ana", "00-6-what-is-missing")].points is None  # scored by hand
    assert r[("ben", "00-2-vague-attributions")].points == 2.0
    assert r[("ben", "00-3-named-voices")].points == 0.0  # wrong shape
    assert r[("cai", "00-3-named-voices")].points == 1.0
    messages = [str(p) for p in book.problems]
    assert any("broken.json" in m and "not valid JSON" in m for m in messages)
    assert any("other.json:1: skipped: not a medialit submission" in m for m in messages)
    assert any("notes.txt" in m for m in messages)
    assert any("cai.jsonl:2: line skipped" in m for m in messages)
    assert ("00-4-israel-passage", "mosul:p4:s2", "missed") in {m[:3] for m in book.most_missed()}


def test_last_attempt_policy(submissions):
    book = grade_submissions(submissions, attempt="last")
    assert book.results[("ana", "00-1-dateline")].points == 1.0
    with pytest.raises(ValueError, match="best, last"):
        grade_submissions(submissions, attempt="first")


def test_cli_writes_csv_and_offline_report(submissions, tmp_path):
    out, report = tmp_path / "gradebook.csv", tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "medialit", "grade", str(submissions), "--out", str(out),
                          "--report", str(report)], capture_output=True, text=True, cwd=KIT)
    assert run.returncode == 0, run.stderr
    assert "broken.json" in run.stderr and "Traceback" not in run.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["student", "student_id", "email", "section"]
    assert rows[0][-3:] == ["total", "max_total", "to_score"]
    assert rows[0][4:-3] == Workbook().ids()
    ana = dict(zip(rows[0], rows[1]))
    assert ana["student"] == "ana" and ana["00-1-dateline"] == "1" and ana["00-5-article-parts"] == ""
    wb = Workbook()
    max_total = sum(wb.exercise(i).points for i in wb.ids())  # every exercise, short answers included
    assert ana["00-6-what-is-missing"] == "to score" and ana["to_score"] == "1"
    assert ana["total"] == "2.6" and float(ana["max_total"]) == max_total
    ben = dict(zip(rows[0], rows[2]))
    assert ben["00-6-what-is-missing"] == ""  # not attempted: blank, not "to score"
    html = report.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "<script" not in html.lower()  # charts are inline SVG
    assert "<svg" in html and "Most-missed items" in html and "Score distribution per exercise" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)" in html


def test_cli_grade_missing_folder_is_a_clear_error(tmp_path):
    run = subprocess.run([sys.executable, "-m", "medialit", "grade", str(tmp_path / "nope"), "--out",
                          str(tmp_path / "g.csv")], capture_output=True, text=True)
    assert run.returncode == 2 and "is not a folder" in run.stderr and "Traceback" not in run.stderr


def test_a_large_folder_shows_a_progress_bar(tmp_path, capsys):
    for n in range(3):
        (tmp_path / f"s{n}.jsonl").write_text(
            json.dumps({"student": f"s{n}", "exercise": "00-1-dateline", "answer": "d"}) + "\n", encoding="utf-8")
    grade_submissions(tmp_path, progress=True)
    assert "Reading submissions" in capsys.readouterr().err
    grade_submissions(tmp_path)  # a small folder: no bar
    assert "Reading submissions" not in capsys.readouterr().err
