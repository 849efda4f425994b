"""The lesson-facing API: check, hint, solution, list_exercises, answers, progress, export_submission."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.exercises.student import student_file_name

import medialit
from medialit.exercises.workbook import SolutionUnavailable, Workbook

KIT = Path(__file__).resolve().parents[2]
API = ["check", "show", "hint", "solution", "list_exercises", "answers", "progress", "export_submission",
       "set_student", "current_student", "validate_exercises", "Feedback", "ExerciseNotFound",
       "ExerciseError", "SolutionUnavailable"]


def test_api_is_exported_at_top_level():
    for name in API:
        assert name in medialit.__all__
        assert getattr(medialit, name) is not None
    assert callable(medialit.check) and callable(medialit.progress)


def test_check_path_imports_no_heavy_library():
    code = ("import sys, time; t = time.perf_counter(); from medialit import check; "
            "d = time.perf_counter() - t; "
            "print(sorted(m for m in ('pandas', 'altair', 'ipywidgets', 'numpy') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_hints_are_staged():
    wb = Workbook()
    h1, h2, h3, h4 = (wb.hint("00-4-israel-passage") for _ in range(4))
    assert (h1.n, h2.n, h3.n, h4.n) == (1, 2, 3, 3) and h1.total == 3
    assert h1.text != h2.text
    assert str(h1).startswith("Hint 1 of 3 for 00-4-israel-passage: ")


def test_hints_seen_are_saved_with_the_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_STUDENT", "hanna")
    wb = Workbook()
    wb.hint("00-3-named-voices")
    wb.check("00-3-named-voices", 3)
    assert json.loads((tmp_path / student_file_name("hanna")).read_text())["hints_seen"] == 1


def test_solution_shows_key_and_why():
    sol = Workbook().solution("00-4-israel-passage")
    text = str(sol)
    assert "mosul:p8:s1" in text and "subtly underscore the role that Israel plays" in text
    assert "&lt;" not in text and "<q>" not in sol._repr_html_()


def test_list_exercises_columns_and_dtypes():
    df = medialit.list_exercises()
    assert list(df.columns) == ["id", "lesson", "type", "points", "article", "title"]
    assert df.loc[df["id"] == "00-4-israel-passage", "article"].item() == "mosul"
    assert "00" in set(df["lesson"]) and all(df["id"].str.startswith(tuple(df["lesson"] + "-")))
    assert str(df["points"].dtype) == "float64"


def test_answers_progress_and_export(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path / "p"))
    monkeypatch.setenv("MEDIALIT_STUDENT", "lee")
    monkeypatch.setenv("MEDIALIT_COURSE", str(Path(__file__).resolve().parents[2]))
    monkeypatch.chdir(tmp_path)
    medialit.check("00-3-named-voices", 4)
    medialit.check("00-3-named-voices", 3)
    medialit.check("00-4-israel-passage", ["p8:s1", "p8:s2"])
    df = medialit.answers()
    assert len(df) == 3 and list(df["score"]) == [0.0, 1.0, 0.8]
    prog = medialit.progress()
    row = prog.table.iloc[0]
    n_00 = sum(1 for i in Workbook().ids() if i.startswith("00-"))
    assert (row["lesson"], row["exercises"], row["attempted"], row["correct"]) == ("00", n_00, 2, 1)
    assert row["points"] == pytest.approx(1 + 0.8 * 2)
    assert prog.chart().to_dict()["mark"]["type"] == "bar"
    path = medialit.export_submission()
    assert path == tmp_path / ("submission-" + student_file_name("lee")[:-6] + ".json")
    doc = json.loads(path.read_text())
    assert doc["student"] == "lee" and len(doc["answers"]) == 3


def test_student_copy_checks_shape_saves_and_defers_score(tmp_path, monkeypatch):
    import shutil

    for name in ("articles", "exercises"):
        shutil.copytree(KIT / name, tmp_path / name)
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path / "p"))
    wb = Workbook(tmp_path)
    assert wb.is_student_copy()
    fb = wb.check("00-3-named-voices", 3)
    assert fb.status == "saved" and not fb.scored and fb.saved
    assert "your instructor scores" in fb.message and "hint(" in str(fb)
    assert "hint(" not in fb.to_html(widget=True) and "Hint button" in fb.to_html(widget=True)
    assert wb.check("00-3-named-voices", "three").status == "invalid"
    fb = wb.check("00-6-what-is-missing", "No byline.")
    assert fb.status == "saved" and not fb.model_answer and not fb.rubric
    assert wb.hint("00-3-named-voices").n == 1
    with pytest.raises(SolutionUnavailable, match="student copy"):
        wb.solution("00-3-named-voices")
    assert wb.problems() == []  # no key problems reported in a student copy


def test_marker_file_makes_a_student_copy(tmp_path):
    import shutil

    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(KIT / name, tmp_path / name)
    assert not Workbook(tmp_path).is_student_copy()
    (tmp_path / "STUDENT_COPY.md").write_text("student copy")
    assert Workbook(tmp_path).is_student_copy()


def test_broken_exercise_file_raises_a_clear_error(tmp_path):
    import shutil

    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(KIT / name, tmp_path / name)
    (tmp_path / "exercises" / "00-3-named-voices.yaml").write_text("type: number\nprompt: x\npoints: 0\n")
    with pytest.raises(medialit.ExerciseError, match=r"00-3-named-voices.yaml:3: points: must be more than 0"):
        Workbook(tmp_path).check("00-3-named-voices", 3)


def test_edited_exercise_is_reread(tmp_path):
    import os
    import shutil

    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(KIT / name, tmp_path / name)
    wb = Workbook(tmp_path)
    assert wb.exercise("00-3-named-voices").points == 1
    path = tmp_path / "exercises" / "00-3-named-voices.yaml"
    path.write_text(path.read_text().replace("points: 1", "points: 4"))
    os.utime(path, ns=(1, 10**18))
    assert wb.exercise("00-3-named-voices").points == 4


def test_progress_of_finished_work_looks_finished(tmp_path, monkeypatch):
    """Issue 15: a fully right lesson reads as done; short answers are saved, not points missing."""
    import medialit
    from medialit.exercises.workbook import Workbook as _WB

    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_STUDENT", "done")
    wb = _WB()
    for eid in [i for i in wb.ids() if i.startswith("00-")]:
        ex = wb.exercise(eid)
        answer = "My own answer, long enough to count as a real attempt here." if ex.type == "short_text" \
            else wb.key(eid).answer
        if ex.type == "label":
            answer = {p: (v[0] if isinstance(v, list) else v) for p, v in answer.items()}
        medialit.check(eid, answer)
    medialit.check("01-4-vague-time", ["x"])  # a wrong shape: not "done"
    prog = medialit.progress()
    summary = prog.summary().set_index("Lesson")
    n = len([i for i in wb.ids() if i.startswith("00-")])
    texts = [i for i in wb.ids() if i.startswith("00-") and wb.exercise(i).type == "short_text"]
    possible = sum(wb.exercise(i).points for i in wb.ids() if i.startswith("00-") and i not in texts)
    assert summary.loc["00", "Exercises done"] == f"{n} of {n}"
    assert summary.loc["00", "Points"] == f"{possible:g} of {possible:g}"  # whole numbers without ".0"
    assert summary.loc["00", "Short answers"] == f"{len(texts)} of {len(texts)} saved, scored by your teacher"
    assert summary.loc["01", "Exercises done"].startswith("0 of")
    assert "8.333" not in repr(prog) and "scored by your teacher" in repr(prog)
