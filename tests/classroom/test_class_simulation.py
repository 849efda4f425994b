"""A class of 25, the whole teacher's loop: live view, grade, hand scores, grade again, LMS file, feedback.

Names in several scripts, a student who renamed themself, two different "Sam Lee"s, a
truncated file, a torn answer log, a file that is not a submission, capstone reports,
a roster with a student who never handed in, and hand scores typed in the notebook and
in the file.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

from medialit.classroom.classview import ClassView
from medialit.classroom.handscoring import read_hand_scores
from medialit.classroom.scoring_widget import ScoringSession
from medialit.exercises.feedback import plural
from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parents[2]
NAMES = ["Ana Souza", "Zoë Müller", "Mehdi Rahimi", "مریم احمدی", "Ахмед Иванов", "李雷", "Νίκος Παππάς",
         "Fatima Al-Sayed", "João Pereira", "Chloé Dubois", "Kwame Mensah", "Priya Sharma", "Olu Adeyemi",
         "Hana Kim", "Lars Nilsson", "Sofia Rossi", "Yusuf Demir", "Aroha Ngata", "Emily Chen", "Tomás Silva",
         "Leila Haddad", "Noah Schmidt", "Sam Lee", "Sam Lee", "Ines García"]


def first(answer):
    if isinstance(answer, dict):
        return {k: v[0] if isinstance(v, list) else v for k, v in answer.items()}
    return answer


def test_a_class_of_25_through_the_whole_loop(tmp_path):
    wb = Workbook()
    auto = [e for e in wb.ids() if wb.exercise(e).type != "short_text"][:6]
    short = [e for e in wb.ids() if wb.exercise(e).type == "short_text"][:2]
    keys = {e: first(wb.solution(e).key.answer) for e in auto}
    roster_lines = ["name,student_id,email,section"]
    inbox, logs = tmp_path / "submissions", tmp_path / "shared-progress"
    inbox.mkdir()
    logs.mkdir()
    for n, name in enumerate(NAMES):
        sid = f"s{n:02d}"
        roster_lines.append(f"{name},{sid},student{n}@school.example,{'AB'[n % 2]}")
        recs = []
        for k, e in enumerate(auto):
            if (n + k) % 4 == 0:  # a wrong try first
                recs.append({"exercise": e, "answer": "zzz" if wb.exercise(e).type != "number" else 999})
            if (n + k) % 5:
                recs.append({"exercise": e, "answer": keys[e]})
        for e in short:
            recs.append({"exercise": e, "answer": f"{name} writes: there is no byline and no date; I would check "
                                                   "the forum on the university's own site." if n % 3 else ""})
        for i, r in enumerate(recs):
            r.update(time=f"2026-12-01T09:{i:02d}:{n:02d}.000Z", student=name)
        typed = name
        if n == 1:
            typed = unicodedata.normalize("NFD", "zoë  MÜLLER")  # typed differently: the roster still finds her
        doc = {"format": "medialit-submission", "version": 1, "student": typed, "answers": recs}
        if name == "Sam Lee" or n == 2:
            doc["student_id"] = sid
        if n in (7, 8):
            continue  # 7 never hands in; 8 hands in only a raw log (below)
        (inbox / f"submission-{sid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        (logs / f"{sid}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                                           encoding="utf-8")
    # 8 renamed themself half-way (two answer logs, same id)
    recs8 = [{"time": "2026-12-01T09:00:00Z", "student": "Joao Pereira", "student_id": "s08", "exercise": auto[0],
              "answer": keys[auto[0]]},
             {"time": "2026-12-01T09:05:00Z", "student": "João Pereira", "student_id": "s08", "exercise": auto[1],
              "answer": keys[auto[1]]}]
    (inbox / "joao-1.jsonl").write_text(json.dumps(recs8[0]) + "\n", encoding="utf-8")
    (inbox / "joao-2.jsonl").write_text(json.dumps(recs8[1], ensure_ascii=False) + "\n{\"torn", encoding="utf-8")
    cut = (inbox / "submission-s05.json").read_text(encoding="utf-8")
    (inbox / "submission-s05.json").write_text(cut[: len(cut) * 2 // 3], encoding="utf-8")  # truncated upload
    (inbox / "submission-s09.json").write_text('{"hello": "not a submission"}', encoding="utf-8")
    (inbox / "capstone-report-s00.html").write_text("<!DOCTYPE html><p>capstone</p>", encoding="utf-8")
    (inbox / "capstone-report-s01.html").write_text("<!DOCTYPE html><p>capstone</p>", encoding="utf-8")
    roster = tmp_path / "roster.csv"
    roster.write_text("\n".join(roster_lines) + "\n", encoding="utf-8-sig")

    # during the lesson: the live view over the shared answer logs
    view = ClassView(logs).refresh()
    tried = [n for n in range(25) if n not in (7, 8) and (n % 4 == 0 or n % 5)]
    assert view.loc[auto[0], "attempted"] == len(tried) and view.loc[auto[0], "right"] == len([n for n in tried if n % 5])

    # after the lesson: grade
    grading = tmp_path / "grading"
    out = grading / "gradebook.csv"
    cmd = [sys.executable, "-m", "medialit", "grade", str(inbox), "--out", str(out), "--roster", str(roster),
           "--report", str(grading / "class-report.html"), "--format", "canvas"]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=KIT)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert "submission-s05.json" in run.stderr and "truncated" in run.stderr
    assert "submission-s09.json:1: skipped: not a medialit submission" in run.stderr
    assert "on the roster, no submission: Fatima Al-Sayed (s07)" in run.stderr
    assert "capstone-report" not in run.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    by_id = {r[1]: dict(zip(header, r)) for r in body}
    # 25 on the roster: one never handed in, one handed in a file that is not a submission
    assert len(body) == 23 and "s07" not in by_id and "s09" not in by_id
    assert "on the roster, no submission: Chloé Dubois (s09)" in run.stderr
    assert by_id["s01"]["student"] == "Zoë Müller"  # the roster's spelling
    assert by_id["s22"]["student"] != by_id["s23"]["student"]  # two Sam Lees, two rows
    assert float(by_id["s08"]["total"]) == wb.exercise(auto[0]).points + wb.exercise(auto[1]).points  # renamed
    assert by_id["s03"]["student"] == "مریم احمدی" and by_id["s05"]["student"] == "李雷"
    assert float(by_id["s00"]["max_total"]) == sum(wb.exercise(e).points for e in wb.ids())
    pending = [r for r in body if "to score" in r]
    assert pending and all(r[header.index(short[0])] in ("to score", "") for r in body)

    # hand scores: two in the notebook, one in the file
    hand = grading / "hand-scores.csv"
    session = ScoringSession(inbox, hand, roster=roster)
    left = session.left
    session.save(wb.exercise(session.current.exercise).points, (1,), "Clear and calibrated.")
    session.move(1)
    session.save(0.5, (), "Say how you would check it.")
    with hand.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    row = next(r for r in table if r[0] == "Ахмед Иванов" and r[3] == "")
    row[3] = "1"  # scored in a spreadsheet
    with hand.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(table)
    assert len(read_hand_scores(hand)[0]) >= left

    run = subprocess.run(cmd, capture_output=True, text=True, cwd=KIT)
    assert run.returncode == 0, run.stderr
    assert f"{plural(left - 3, 'short answers')} still to score" in run.stdout
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows2 = list(csv.reader(f))
    by_id2 = {r[1]: dict(zip(rows2[0], r)) for r in rows2[1:]}
    assert float(by_id2["s04"]["total"]) == float(by_id["s04"]["total"]) + 1
    canvas = list(csv.reader((grading / "gradebook-canvas.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert canvas[1][0] == "Points Possible" and len(canvas) == 2 + 23
    pages = sorted(p.name for p in (grading / "feedback").iterdir())
    assert len(pages) == 23
    report = (grading / "class-report.html").read_text(encoding="utf-8")
    assert "Capstone reports in the folder" in report and "Fatima Al-Sayed" in report and "<svg" in report
