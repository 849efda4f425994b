"""The live class view: attempted, right, stuck; it only reads the students' files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.classroom.classview import ClassView, class_view
from medialit.problems import KitError

KIT = Path(__file__).resolve().parents[2]
DATELINE = "00-1-dateline"  # right answer: d


def line(student, exercise, answer):
    return json.dumps({"student": student, "exercise": exercise, "answer": answer,
                       "copy": "student", "scored": False}) + "\n"


def snapshot(folder: Path) -> dict:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_counts_stuck_students_and_reads_only(tmp_path):
    (tmp_path / "ana.jsonl").write_text(line("Ana", DATELINE, "a") + line("Ana", DATELINE, "d"), encoding="utf-8")
    (tmp_path / "ben.jsonl").write_text("".join(line("Ben", DATELINE, x) for x in "abc"), encoding="utf-8")
    (tmp_path / "cai.jsonl").write_text(line("Cai", DATELINE, "b") + '{"student": "Cai", "exerc', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a log")
    before = snapshot(tmp_path)
    view = ClassView(tmp_path)
    row = view.refresh().loc[DATELINE]
    assert (row.attempted, row.right, row.stuck, row.stuck_students) == (3, 1, 1, "Ben")
    assert snapshot(tmp_path) == before  # nothing written, repaired or moved (the torn line stays as it is)
    with open(tmp_path / "cai.jsonl", "a", encoding="utf-8") as f:  # Cai's kernel finishes the line
        f.write('ise": "00-1-dateline", "answer": "c"}\n' + line("Cai", DATELINE, "a"))
    row = view.refresh().loc[DATELINE]
    assert (row.attempted, row.right, row.stuck, row.stuck_students) == (3, 1, 2, "Ben, Cai")
    text = view.text()
    assert "Ben, Cai" in text and "3 students" in text


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(KitError, match="is not a folder"):
        ClassView(tmp_path / "nope").refresh()


def test_cli_class_once_and_widget(tmp_path):
    (tmp_path / "ana.jsonl").write_text(line("Ana", DATELINE, "d"), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "medialit", "class", str(tmp_path)], capture_output=True, text=True,
                         cwd=KIT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert DATELINE in run.stdout and "1 student\n" in run.stdout
    run = subprocess.run([sys.executable, "-m", "medialit", "class", str(tmp_path / "nope")], capture_output=True,
                         text=True, cwd=KIT, timeout=120)
    assert run.returncode == 2 and "is not a folder" in run.stderr and "Traceback" not in run.stderr
    box = class_view(tmp_path, every=3600)
    assert DATELINE in box.children[1].value and "<script" not in box.children[1].value


def test_short_answers_are_saved_for_the_teacher_and_shared_accounts_are_listed_apart(tmp_path):
    """Newcomer trial: `class FOLDER` showed short answers as "0 right" and counted a `root` log as a student."""
    short = "00-6-what-is-missing"
    (tmp_path / "ana.jsonl").write_text(line("Ana", short, "No byline, no date.") + line("Ana", DATELINE, "d"),
                                        encoding="utf-8")
    (tmp_path / "root-0123456789.jsonl").write_text(line("root", DATELINE, "a") + line("root", DATELINE, "b"),
                                                    encoding="utf-8")
    (tmp_path / "jovyan.jsonl").write_text(line("jovyan", short, "x"), encoding="utf-8")
    view = ClassView(tmp_path)
    table = view.refresh()
    assert view.students == 1 and view.accounts == {"root": 2, "jovyan": 1}
    assert table.loc[DATELINE, "attempted"] == 1 and table.loc[short, "attempted"] == 1
    assert table.loc[short, "right"] is __import__("pandas").NA  # not "0 right": the teacher scores it
    run = subprocess.run([sys.executable, "-m", "medialit", "class", str(tmp_path)], capture_output=True, text=True,
                         cwd=KIT, timeout=120)
    assert run.returncode == 0, run.stderr
    row = next(r for r in run.stdout.splitlines() if r.startswith(short))
    assert "saved: you score them" in row and " 0 " not in row
    assert "Not counted: answers saved under shared account names (jovyan (1 answer), root (2 answers))" in run.stdout
    assert ": 1 student\n" in run.stdout
    assert "shared account" in view.html()


def test_the_view_scores_every_answer_as_check_does(tmp_path):
    """Assessment-copy logs are scored in the view with the score-only path; it must agree with
    ``check()`` (the full feedback) on every exercise, for right, partial, wrong and invalid answers,
    and the table must count exactly the students that ``check()`` calls right and stuck."""
    sys.path.insert(0, str(KIT / "tests" / "exercises"))
    from practice_answers import answers_for

    from medialit.exercises.workbook import Workbook

    wb = Workbook(KIT)
    index = wb.index()
    odd = [None, 3, True, 1, 1.0, "", "zzz", [], {}, ["zzz"], {"x": "y"}, [["a"]], "mosul:p4:s2"]
    per_exercise = {}
    for eid in wb.ids():
        ex = wb.exercise(eid)
        answers = odd if ex.type == "short_text" else answers_for(ex, wb.key(eid, ex), index, n_random=30) + odd
        per_exercise[eid] = answers
    view = ClassView(tmp_path, KIT)
    statuses = set()
    for eid, answers in per_exercise.items():
        for answer in answers:
            fb = wb.check(eid, answer, save=False)
            statuses.add(fb.status)
            want = None if fb.type == "short_text" or not fb.scored else fb.score
            assert view._score({"exercise": eid, "answer": answer}) == want, (eid, answer, fb)
    assert statuses >= {"correct", "partial", "incorrect", "invalid", "saved"}
    # the same answers as logs: student n gives answer n of every exercise, three times (stuck when wrong)
    most = max(len(a) for a in per_exercise.values())
    right, stuck = dict.fromkeys(per_exercise, 0), dict.fromkeys(per_exercise, 0)
    for n in range(most):
        rows = [(eid, answers[n]) for eid, answers in per_exercise.items() if n < len(answers)]
        (tmp_path / f"s{n}.jsonl").write_text("".join(line(f"S{n}", eid, a) for eid, a in rows * 3),
                                              encoding="utf-8")
        for eid, a in rows:
            fb = wb.check(eid, a, save=False)
            if fb.type != "short_text" and fb.scored:
                right[eid] += fb.score >= 1
                stuck[eid] += fb.score < 1
    table = view.refresh()
    for eid in per_exercise:
        if eid not in view.short:
            assert (table.loc[eid, "right"], table.loc[eid, "stuck"]) == (right[eid], stuck[eid]), eid
