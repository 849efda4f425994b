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
