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
    assert rows[0][:5] == ["student", "student_id", "email", "section", "name_as_typed"]
    assert rows[0][-3:] == ["total", "max_total", "to_score"]
    assert rows[0][5:-3] == Workbook().ids()
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


def _sub(folder, fname, name, answers, sid="", key=None):
    recs = [{"time": f"t{i}", "exercise": e, "answer": a, **({"student_key": key} if key else {})}
            for i, (e, a) in enumerate(answers)]
    doc = {"format": "medialit-submission", "version": 1, "student": name, "answers": recs}
    if sid:
        doc["student_id"] = sid
    (folder / fname).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_roster_name_is_official_and_the_typed_name_stays_visible(tmp_path):
    """Newcomer trial: the roster's spelling replaced the typed name, and a trailing space leaked into Canvas."""
    from medialit.classroom.feedback_pages import write_feedback_pages
    from medialit.classroom.lms import lms_rows

    folder = tmp_path / "in"
    folder.mkdir()
    _sub(folder, "a.json", "zoe  MULLER ", [("00-1-dateline", "d")], sid="z1")
    _sub(folder, "b.json", "Ana Souza ", [("00-1-dateline", "d")])
    roster = tmp_path / "roster.csv"
    roster.write_text("name,student_id,email\nZoë Müller,z1,zoe@example.org\n", encoding="utf-8")
    book = grade_submissions(folder, roster=roster)
    rows = {r[0]: r for r in book.rows()[1:]}
    header = book.rows()[0]
    assert rows["Zoë Müller"][header.index("name_as_typed")] == "zoe MULLER"
    assert rows["Ana Souza"][header.index("name_as_typed")] == ""  # no roster row: the typed name is the name
    canvas = lms_rows(book, "canvas")
    assert ["Souza, Ana", "Müller, Zoë"] == sorted((r[0] for r in canvas[2:]), reverse=True)
    assert not any(c != c.strip() for r in lms_rows(book, "google-classroom") for c in r if isinstance(c, str))
    pages = {p.name: p.read_text(encoding="utf-8") for p in write_feedback_pages(book, tmp_path / "fb")}
    assert any("Feedback for Zoë Müller" in t and "name as you typed it: “zoe MULLER”" in t for t in pages.values())


def test_files_are_grouped_by_the_student_key_and_id_not_the_display_name(tmp_path):
    """A display name edited in the file does not split a student; one name for two ids never merges."""
    folder = tmp_path / "in"
    folder.mkdir()
    _sub(folder, "1.json", "Lena", [("00-1-dateline", "d")], key="лена смирнова")
    _sub(folder, "2.json", "Лена Смирнова", [("00-1-dateline", "d"), ("00-3-named-voices", 2)],
         key="лена смирнова")  # a later export of the same log, its display name edited
    _sub(folder, "3.json", "Sam Lee", [("00-1-dateline", "d")], sid="s1")
    _sub(folder, "4.json", "Sam Lee", [("00-1-dateline", "a")], sid="s2")
    _sub(folder, "5.json", "Kim Ode", [("00-1-dateline", "d")], sid="k1")
    _sub(folder, "6.json", "Kim Ode-Park", [("00-3-named-voices", 2)], sid="k1")  # renamed, same id
    book = grade_submissions(folder)
    assert len(book.students) == 4
    lena = next(s for s in book.students if book.identities[s].name in ("Lena", "Лена Смирнова"))
    assert {g.exercise for g in book.of(lena)} == {"00-1-dateline", "00-3-named-voices"}
    assert sorted(book.identities[s].student_id for s in book.students if "Sam Lee" in s) == ["s1", "s2"]
    kim = next(s for s in book.students if s.startswith("Kim"))
    assert len(book.of(kim)) == 2
