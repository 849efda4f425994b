"""Issue 11: many students writing into one shared folder (a hub's shared volume) lose and mix nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from medialit.exercises import answerlog

STUDENTS = ["Лена Смирнова", "Олег Иванов", "Léa Martin", "Lía Martin", "Zoë Müller", "Zoe Muller", "Ana López",
            "محمد علی", "فاطمه رضایی", "علی محمد", "李小龙", "王芳", "O'Brien-Nasser", "Nguyễn Thị Minh Khai",
            "Σωκράτης Π.", "Åsa Öberg", "priya shah", "Priya Shaw", "jovyan-7", "Kim"]
CHECKS = 200

CHILD = textwrap.dedent("""
    import sys
    from medialit.exercises.workbook import Workbook
    wb = Workbook()
    tag, n = sys.argv[1], int(sys.argv[2])
    for i in range(n):
        assert wb.check("00-6-what-is-missing", f"{tag} answer {i}").saved
""")


def _run(children: list[tuple[str, str]], folder) -> None:
    procs = []
    for name, tag in children:
        env = {**os.environ, "MEDIALIT_PROGRESS": str(folder), "MEDIALIT_STUDENT": name}
        procs.append(subprocess.Popen([sys.executable, "-c", CHILD, tag, str(CHECKS)], env=env))
    assert [p.wait(timeout=600) for p in procs] == [0] * len(procs)


def test_twenty_students_two_hundred_checks_each_one_folder(tmp_path, monkeypatch):
    assert len(STUDENTS) == 20 and len({answerlog.name_key(s) for s in STUDENTS}) == 20
    _run([(name, f"s{i}") for i, name in enumerate(STUDENTS)], tmp_path)
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    files = sorted(p.name for p in tmp_path.glob("*.jsonl"))
    assert len(files) == 20
    for i, name in enumerate(STUDENTS):
        records = answerlog.student_log(name).read()
        assert [r["answer"] for r in records] == [f"s{i} answer {k}" for k in range(CHECKS)], name
        assert {(r["student"], r["student_key"]) for r in records} == {(name, answerlog.name_key(name))}


def test_two_kernels_of_one_student_lose_nothing(tmp_path, monkeypatch):
    _run([("Ana López", "lesson02"), ("ana lópez", "lesson03")], tmp_path)
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    answers = [r["answer"] for r in answerlog.student_log("Ana López").read()]
    assert len(answers) == 2 * CHECKS
    for tag in ("lesson02", "lesson03"):
        assert [a for a in answers if a.startswith(tag)] == [f"{tag} answer {k}" for k in range(CHECKS)]
