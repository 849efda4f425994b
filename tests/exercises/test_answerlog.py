"""Durable progress: fsynced JSON Lines, locking, crashes, torn lines and corrupt files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from medialit.exercises import answerlog
from medialit.exercises.answerlog import AnswerLog, CorruptProgressWarning, TornLineWarning
from medialit.exercises.workbook import Workbook
from medialit.exercises.progress import answers

KIT = Path(__file__).resolve().parents[2]


def test_progress_dir_and_student(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path / "p"))
    assert answerlog.progress_dir() == tmp_path / "p"
    monkeypatch.delenv("MEDIALIT_PROGRESS")
    assert answerlog.progress_dir() == KIT / "progress"
    monkeypatch.setenv("MEDIALIT_STUDENT", "sam")
    assert answerlog.current_student() == "sam"
    try:
        answerlog.set_student("Ada L.")
        assert answerlog.current_student() == "Ada L."
        assert answerlog.student_log().path.name == answerlog.student_file_name("ada l.")
    finally:
        answerlog.set_student(None)
    with pytest.raises(ValueError, match="cannot be empty"):
        answerlog.set_student("  ")


def test_kit_progress_folder_is_ignored_by_git():
    assert "progress/" in (KIT / ".gitignore").read_text().split()


def test_check_saves_a_readable_line_before_returning(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_STUDENT", "kim")
    wb = Workbook()
    fb = wb.check("00-4-israel-passage", ["p8:s1"])
    assert fb.saved
    lines = (tmp_path / answerlog.student_file_name("kim")).read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[-1])
    assert rec["exercise"] == "00-4-israel-passage" and rec["answer"] == ["mosul:p8:s1"]
    assert rec["student"] == "kim" and rec["status"] == "partial" and rec["valid"] is True
    wb.check("00-3-named-voices", "many")
    df = answers()
    assert list(df["exercise"]) == ["00-4-israel-passage", "00-3-named-voices"]
    assert list(df["valid"]) == [True, False]


def test_failed_save_is_reported_not_raised(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(blocker / "sub"))  # a folder cannot be made under a file
    fb = Workbook().check("00-3-named-voices", 3)
    assert fb.correct and not fb.saved
    assert "NOT saved" in str(fb) and "NOT saved" in fb._repr_html_()


def test_torn_last_line_is_skipped_with_warning_and_kept_aside(tmp_path):
    log = AnswerLog(tmp_path / "ann.jsonl")
    log.append({"exercise": "a", "n": 1})
    with open(log.path, "ab") as f:
        f.write(b'{"exercise": "b", "n"')  # a crash mid-write
    with pytest.warns(TornLineWarning, match="kept in ann.jsonl.torn-"):
        records = log.read()
    assert records == [{"exercise": "a", "n": 1}]
    torn = list(tmp_path.glob("ann.jsonl.torn-*"))
    assert len(torn) == 1 and torn[0].read_bytes() == b'{"exercise": "b", "n"'
    log.append({"exercise": "c", "n": 3})
    assert [r["n"] for r in log.read()] == [1, 3]


def test_append_after_a_torn_line_never_merges_lines(tmp_path):
    log = AnswerLog(tmp_path / "ann.jsonl")
    log.append({"n": 1})
    with open(log.path, "ab") as f:
        f.write(b'{"n": 2, "x": "cut')
    with pytest.warns(TornLineWarning):
        log.append({"n": 3})
    assert [json.loads(l)["n"] for l in log.path.read_text().splitlines()] == [1, 3]


def test_complete_last_line_without_newline_is_kept(tmp_path):
    log = AnswerLog(tmp_path / "ann.jsonl")
    log.path.write_bytes(b'{"n": 1}\n{"n": 2}')
    log.append({"n": 3})
    assert [r["n"] for r in log.read()] == [1, 2, 3]


def test_corrupt_file_is_moved_aside_never_overwritten(tmp_path):
    log = AnswerLog(tmp_path / "bo.jsonl")
    original = b'{"n": 1}\nGARBAGE \xff\xfe\n{"n": 3}\n'
    log.path.write_bytes(original)
    with pytest.warns(CorruptProgressWarning, match="moved aside to bo.jsonl.corrupt-"):
        records = log.read()
    assert [r["n"] for r in records] == [1, 3]
    aside = list(tmp_path.glob("bo.jsonl.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert [r["n"] for r in log.read()] == [1, 3]  # no second warning: the file is clean now
    log.path.write_bytes(log.path.read_bytes() + b"[1, 2]\n")
    with pytest.warns(CorruptProgressWarning):
        log.read()
    assert len(list(tmp_path.glob("bo.jsonl.corrupt-*"))) == 2  # the first copy was not overwritten


CHILD = textwrap.dedent("""
    import sys
    from medialit.exercises.workbook import Workbook
    wb = Workbook()
    i = 0
    while True:
        fb = wb.check("00-6-what-is-missing", f"answer number {i} " + "x" * (i % 50))
        assert fb.saved
        print(i, flush=True)   # acknowledged: check() has returned
        i += 1
""")


def test_sigkill_loses_no_acknowledged_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    env = {**os.environ, "MEDIALIT_PROGRESS": str(tmp_path), "MEDIALIT_STUDENT": "crash"}
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, env=env, text=True)
    acknowledged = []
    deadline = time.monotonic() + 60
    while len(acknowledged) < 300 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        acknowledged.append(int(line))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert len(acknowledged) >= 300
    answerlog.set_student("crash")
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TornLineWarning)  # the kill may cut the last line
            saved = answers()
    finally:
        answerlog.set_student(None)
    texts = set(saved["answer"])
    missing = [i for i in acknowledged if (f"answer number {i} " + "x" * (i % 50)).strip() not in texts]
    assert missing == []


WRITER = textwrap.dedent("""
    import sys
    from medialit.exercises.answerlog import AnswerLog
    log = AnswerLog(sys.argv[1])
    for i in range(500):
        log.append({"writer": sys.argv[2], "i": i, "pad": "y" * (i * 7 % 3000)})
""")


def test_two_processes_500_checks_each_never_interleave(tmp_path):
    path = tmp_path / "shared.jsonl"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), w]) for w in ("A", "B")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    records = [json.loads(l) for l in lines[:-1]]  # every line parses
    assert len(records) == 1000
    for w in ("A", "B"):
        assert [r["i"] for r in records if r["writer"] == w] == list(range(500))
