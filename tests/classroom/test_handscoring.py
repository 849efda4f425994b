"""Hand scores: grade reads them every run, adds new answers, and never loses what the instructor typed."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.classroom.feedback_pages import page_name
from medialit.classroom.gradebook import grade_submissions
from medialit.classroom.handscoring import (HandScore, add_to_score, read_hand_scores, save_hand_score,
                                            score_key)
from medialit.problems import KitError

KIT = Path(__file__).resolve().parents[2]
SHORT = "00-6-what-is-missing"  # 2 points


def sub(folder: Path, name: str, answers) -> Path:
    recs = [{"time": f"2026-12-01T10:{i:02d}:00.000Z", "student": name, "exercise": e, "answer": a}
            for i, (e, a) in enumerate(answers)]
    path = folder / f"submission-{name}.json"
    path.write_text(json.dumps({"format": "medialit-submission", "version": 1, "student": name, "answers": recs}),
                    encoding="utf-8")
    return path


def grade(folder: Path, out: Path, *extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medialit", "grade", str(folder), "--out", str(out), *extra],
                          capture_output=True, text=True, cwd=KIT)


def rows(path: Path) -> dict:
    with path.open(encoding="utf-8-sig", newline="") as f:
        r = list(csv.reader(f))
    return {row[0]: dict(zip(r[0], row)) for row in r[1:]}


@pytest.fixture
def folder(tmp_path) -> Path:
    f = tmp_path / "in"
    f.mkdir()
    sub(f, "ana", [("00-1-dateline", "d"), (SHORT, "No byline and no date. I would search for the forum.")])
    sub(f, "ben", [("00-1-dateline", "a"), (SHORT, "   ")])  # a blank short answer is not an attempt
    return f


def test_grade_adds_answers_to_score_then_counts_scores_typed_in_the_file(folder, tmp_path):
    out = tmp_path / "grading" / "gradebook.csv"
    run = grade(folder, out)
    assert run.returncode == 0, run.stderr
    hand = out.parent / "hand-scores.csv"
    assert "1 short answer still to score" in run.stdout
    g = rows(out)
    assert g["ana"][SHORT] == "to score" and g["ben"][SHORT] == "" and g["ana"]["total"] == "1"
    table = rows(hand)
    assert table["ana"]["points"] == "" and "No byline and no date" in table["ana"]["answer"] and "ben" not in table
    # the instructor scores in a spreadsheet, which saves with its own quoting and line ends
    head = list(table["ana"])
    table["ana"].update(points="1,5", rubric="1;3", comment="Name a second\nmissing thing.")
    with hand.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(head)
        w.writerow([table["ana"][h] for h in head])
    edited = hand.read_bytes()
    run = grade(folder, out)
    assert run.returncode == 0, run.stderr
    g = rows(out)
    assert g["ana"][SHORT] == "1.5" and g["ana"]["total"] == "2.5" and g["ana"]["to_score"] == "0"
    assert hand.read_bytes() == edited  # nothing to add: the file is not touched
    page = (out.parent / "feedback" / page_name("ana")).read_text(encoding="utf-8")
    assert "Name a second\nmissing thing." in page and "1.5 of 2 points" in page


def test_a_new_answer_is_added_and_the_hand_edited_version_is_kept_aside(folder, tmp_path):
    out = tmp_path / "gradebook.csv"
    grade(folder, out)
    hand = tmp_path / "hand-scores.csv"
    lines = hand.read_text(encoding="utf-8").splitlines()
    cells = next(csv.reader([lines[1]]))
    cells[3] = "2"
    edited = lines[0] + "\n" + ",".join(f'"{c}"' for c in cells) + "\n"
    hand.write_text(edited, encoding="utf-8")
    sub(folder, "cai", [(SHORT, "The article has no author and no date; search the university's own site.")])
    assert grade(folder, out).returncode == 0
    scores, _ = read_hand_scores(hand)
    assert scores[score_key("ana", "", SHORT)].points == 2 and score_key("cai", "", SHORT) in scores
    asides = list(tmp_path.glob("hand-scores.csv.~edited-*~"))
    assert len(asides) == 1 and asides[0].read_text(encoding="utf-8") == edited  # the version typed is kept


@pytest.mark.parametrize("content", ["name;score\nana;1\n".encode(), "student,exercise,points\nZo\xeb,x,1\n".encode("latin-1")])
def test_a_broken_hand_scores_file_stops_grade_and_is_never_written_over(folder, tmp_path, content):
    out = tmp_path / "gradebook.csv"
    hand = tmp_path / "hand-scores.csv"
    hand.write_bytes(content)
    before = hand.read_bytes()
    run = grade(folder, out)
    assert run.returncode == 2 and "hand-scores.csv" in run.stderr and "Traceback" not in run.stderr
    assert "missing: student, exercise, points" in run.stderr or "CSV UTF-8" in run.stderr
    with pytest.raises(KitError, match="nothing was saved"):
        save_hand_score(hand, HandScore("ana", "", SHORT, 1.0))
    assert hand.read_bytes() == before


def test_out_of_range_points_and_changed_answers_are_reported(folder, tmp_path):
    hand = tmp_path / "hand-scores.csv"
    save_hand_score(hand, HandScore("ana", "", SHORT, 5.0))
    book = grade_submissions(folder, hand_scores=hand)
    assert book.results[("ana", SHORT)].points is None
    assert any("outside 0 to 2" in p.message for p in book.problems)
    save_hand_score(hand, HandScore("ana", "", SHORT, 1.0, fingerprint="0123456789ab"))
    book = grade_submissions(folder, hand_scores=hand)
    assert book.results[("ana", SHORT)].points == 1.0
    assert any("answer changed after you scored it" in p.message for p in book.problems)
    save_hand_score(hand, HandScore("Nobody", "", SHORT, 1.0))
    book = grade_submissions(folder, hand_scores=hand)
    assert any("Nobody" in p.message and "kept, not counted" in p.message for p in book.problems)


def test_add_to_score_never_changes_an_entry_typed_into(tmp_path):
    hand = tmp_path / "h.csv"
    save_hand_score(hand, HandScore("ana", "", SHORT, None, comment="Read again", answer="old", fingerprint="a"))
    assert add_to_score(hand, [HandScore("ana", "", SHORT, answer="new", fingerprint="b"),
                               HandScore("ben", "", SHORT, answer="x", fingerprint="c")]) == 1
    scores, _ = read_hand_scores(hand)
    assert scores[score_key("ana", "", SHORT)].comment == "Read again"
    assert scores[score_key("ana", "", SHORT)].answer == "old"


def test_two_writers_never_lose_an_entry(tmp_path):
    import threading

    hand = tmp_path / "h.csv"
    errors = []

    def writer(k):
        try:
            for i in range(15):
                save_hand_score(hand, HandScore(f"s{k}-{i}", "", SHORT, 1.0))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(read_hand_scores(hand)[0]) == 45
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.csv"]  # no lock file left behind


def test_writers_in_separate_processes_never_lose_a_score_and_leave_no_lock_file(folder, tmp_path):
    """Newcomer trial: hand-scores.csv.lock was left in the grading folder after scoring."""
    hand = tmp_path / "hand-scores.csv"
    code = ("import sys; from medialit.classroom.handscoring import HandScore, save_hand_score as s\n"
            "for i in range(10): s(sys.argv[1], HandScore(f'p{sys.argv[2]}-{i}', '', '%s', 1.0, (), 'ok'))" % SHORT)
    procs = [subprocess.Popen([sys.executable, "-c", code, str(hand), str(k)], cwd=KIT) for k in range(3)]
    assert all(p.wait(timeout=300) == 0 for p in procs)
    assert len(read_hand_scores(hand)[0]) == 30
    run = grade(folder, tmp_path / "gradebook.csv")
    assert run.returncode == 0, run.stderr
    assert not list(tmp_path.glob("*.lock")) and len(read_hand_scores(hand)[0]) >= 30


def test_formula_text_round_trips_and_bad_cells_are_reported(tmp_path):
    hand = tmp_path / "h.csv"
    save_hand_score(hand, HandScore("=cmd|' /C calc'!A0", "", SHORT, 1.0, (1,), "-1 for spelling", "@SUM(1)"))
    text = hand.read_text(encoding="utf-8")
    assert "'=cmd" in text and "'-1 for" in text and "'@SUM" in text  # safe in a spreadsheet
    (e,), _ = read_hand_scores(hand)[0].values(), None
    assert (e.student, e.comment, e.answer) == ("=cmd|' /C calc'!A0", "-1 for spelling", "@SUM(1)")
    hand.write_text("student,exercise,points,rubric\nana,x,lots,1 b\n", encoding="utf-8")
    scores, problems = read_hand_scores(hand)
    assert scores[score_key("ana", "", "x")].points is None
    assert [p.line for p in problems] == [2, 2] and "'lots' is not a number" in problems[0].message
