"""Hand-in to a shared folder: new files are accepted, one student's submission never replaces another's."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import medialit
from medialit.exercises import answerlog


def sub(name: str, n: int = 1) -> str:
    """The hand-in file name of ``name`` (the answer file's name: slug plus a short hash)."""
    stem = "submission-" + answerlog.student_file_name(name)[:-len(".jsonl")]
    return f"{stem}.json" if n == 1 else f"{stem}-{n}.json"


@pytest.fixture
def course(monkeypatch):
    monkeypatch.setenv("MEDIALIT_COURSE", str(Path(__file__).resolve().parents[2]))
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)


def hand_in_as(monkeypatch, login: str, student: str | None = None) -> Path:
    monkeypatch.setenv("JUPYTERHUB_USER", login)
    answerlog.set_student(student)
    try:
        medialit.check("00-3-named-voices", 3)
        return medialit.export_submission()
    finally:
        answerlog.set_student(None)


def test_each_student_hands_in_a_file_of_their_own(course, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_HANDIN", str(tmp_path))
    paths = [hand_in_as(monkeypatch, login) for login in ("ada", "bo", "cy")]
    assert [p.name for p in paths] == [sub("ada"), sub("bo"), sub("cy")]
    assert [json.loads(p.read_text())["hub_user"] for p in paths] == ["ada", "bo", "cy"]
    assert not list(tmp_path.glob(".handin-*")), "no temporary file is left behind"


def test_a_hand_in_is_readable_by_its_student_and_the_folders_group_only(course, tmp_path, monkeypatch):
    """Issue 16: in the class's shared folder other students can neither read nor list a submission
    (the folder: setgid, group = the instructors, mode 3773, as INSTRUCTORS.md sets it up)."""
    import stat

    monkeypatch.setenv("MEDIALIT_HANDIN", str(tmp_path))
    path = hand_in_as(monkeypatch, "ada")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_taken_name_is_never_overwritten(course, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_HANDIN", str(tmp_path))
    first = hand_in_as(monkeypatch, "ada")
    before = first.read_bytes()
    # another login whose name is also "ada" inside (set_student) cannot replace Ada's file
    other = hand_in_as(monkeypatch, "mallory", student="ada")
    assert other.name == sub("mallory")
    (tmp_path / sub("eve")).write_text(json.dumps({"student": "someone else"}))
    eve = hand_in_as(monkeypatch, "eve")
    assert eve.name == sub("eve", 2)
    assert json.loads((tmp_path / sub("eve")).read_text()) == {"student": "someone else"}
    assert first.read_bytes() == before


def test_the_same_student_again_replaces_their_own(course, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_HANDIN", str(tmp_path))
    first = hand_in_as(monkeypatch, "ada")
    medialit.check("00-1-dateline", "a")
    again = medialit.export_submission()
    assert again == first and len(json.loads(again.read_text())["answers"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [sub("ada")]


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make a file owned by another user")
def test_a_file_owned_by_another_user_is_left_alone(course, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_HANDIN", str(tmp_path))
    first = hand_in_as(monkeypatch, "ada")
    os.chown(first, 65534, 65534)
    again = hand_in_as(monkeypatch, "ada")
    assert again.name == sub("ada", 2)


def test_a_missing_handin_folder_says_what_to_do(course, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_HANDIN", str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match=r"hand-in folder .*nowhere \(\$MEDIALIT_HANDIN\) does not exist"):
        hand_in_as(monkeypatch, "ada")


def test_the_progress_chart_shows_a_finished_lesson_as_finished(tmp_path, monkeypatch):
    # trial (issue 15): bars "attempted / correct / exercises" made a finished lesson 00 look unfinished
    from medialit.exercises.grading import key_labels
    from medialit.exercises.progress import Progress, progress
    from medialit.exercises.workbook import Workbook

    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_STUDENT", "finisher")
    wb = Workbook()
    for eid in wb.ids():
        if eid.startswith("00-"):
            ex, key = wb.exercise(eid), wb.key(eid)
            answer = ("A long enough answer about bylines dates and sources that nobody can check."
                      if ex.type == "short_text" else key.answer)
            if ex.type == "label":
                answer = {p: labels[0] for p, labels in key_labels(ex, key).items()}
            assert wb.check(eid, answer).status in ("correct", "saved"), eid
    parts = progress().chart_data().query("lesson == '00'").set_index("part")["count"]
    assert parts["not done yet"] == 0 and parts["done, not fully right"] == 0
    assert parts["short answer saved (your teacher scores it)"] == 1 and parts["fully right"] == 5
    assert parts.sum() == 6
    later = progress().chart_data().query("lesson == '01'").set_index("part")["count"]
    assert later["not done yet"] == later.sum()
    assert set(Progress.PARTS) == set(progress().chart().to_dict()["encoding"]["color"]["scale"]["domain"])


def test_hand_in_names_the_lessons_with_no_answers_yet(tmp_path, monkeypatch, capsys):
    # trial (issue 15): handing in from lesson 05 before answering it said nothing about lesson 05
    from medialit.exercises.progress import export_submission
    from medialit.exercises.workbook import Workbook

    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_STUDENT", "early")
    Workbook().check("00-1-dateline", "d")
    export_submission(tmp_path / "out.json")
    out = capsys.readouterr().out
    wb = Workbook()
    later = sorted({wb.exercise(e).lesson for e in wb.ids()} - {"00"})  # a teacher's own lesson 06 too
    assert {"01", "02", "03", "04", "05"} <= set(later)
    assert f"No answers yet for lessons {', '.join(later)}:" in out
