"""Feedback pages: one per student, escaped, no script, with the kit's feedback and the teacher's comment."""

from __future__ import annotations

import json
import re

from medialit.classroom.feedback_pages import page_name, write_feedback_pages
from medialit.classroom.gradebook import grade_submissions
from medialit.classroom.handscoring import HandScore, save_hand_score

SHORT = "00-6-what-is-missing"


def test_pages_show_answer_score_feedback_comment_and_escape_everything(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    evil = '<img src=x onerror="alert(1)">'
    for name in ["Zoë Müller", evil]:
        doc = {"format": "medialit-submission", "version": 1, "student": name,
               "answers": [{"time": "1", "exercise": "00-4-israel-passage", "answer": ["p8:s1"]},
                           {"time": "2", "exercise": SHORT, "answer": f"No byline {evil}"}]}
        (folder / f"{page_name(name)}.json").write_text(json.dumps(doc), encoding="utf-8")
    hand = tmp_path / "hand-scores.csv"
    save_hand_score(hand, HandScore("Zoë Müller", "", SHORT, 1.5, (1, 3), f"Good start {evil}"))
    book = grade_submissions(folder, hand_scores=hand)
    pages = write_feedback_pages(book, tmp_path / "feedback")
    assert sorted(p.name for p in pages) == sorted(page_name(n) for n in ["Zoë Müller", evil])
    for p in pages:
        html = p.read_text(encoding="utf-8")
        assert "<script" not in html.lower() and "<img" not in html and "onerror=\"" not in html
        assert not re.search(r"(src|href)=\"?https?:", html)  # nothing loads from the network
    zoe = (tmp_path / "feedback" / page_name("Zoë Müller")).read_text(encoding="utf-8")
    assert "Feedback for Zoë Müller" in zoe and "1.5 of 2 points" in zoe
    assert "Your teacher:</strong> Good start &lt;img" in zoe
    assert "Names at least two missing things" in zoe  # a ticked rubric line
    assert "missed" in zoe and "mosul:p4:s2" in zoe  # the kit's feedback on the pick exercise
    assert "Not attempted" in zoe and "00-1-dateline" in zoe
    other = next(p for p in pages if "img" in p.name).read_text(encoding="utf-8")
    assert "Still to be scored by your teacher" in other and "Good start" not in other


def test_feedback_pages_and_submissions_share_one_naming_scheme(tmp_path):
    """Newcomer trial: 李雷's page was feedback-student-<hash>.html while the submission was lilei-<hash>."""
    from medialit.exercises.student import student_file_name

    for name in ["李雷", "Ахмед Иванов", "مریم احمدی", "Zoë Müller"]:
        stem = student_file_name(name)[:-len(".jsonl")]
        assert page_name(name) == f"feedback-{stem}.html"
        assert "student-" not in page_name(name)


def test_a_graded_page_is_final_no_retry_wording(tmp_path):
    """Newcomer trial: graded feedback pages said "Try again."."""
    folder = tmp_path / "in"
    folder.mkdir()
    doc = {"format": "medialit-submission", "version": 1, "student": "Ana",
           "answers": [{"time": "1", "exercise": "00-1-dateline", "answer": "zzz"},
                       {"time": "2", "exercise": "00-4-israel-passage", "answer": ["p1:s1"]},
                       {"time": "3", "exercise": "00-3-named-voices", "answer": 99}]}
    (folder / "ana.json").write_text(json.dumps(doc), encoding="utf-8")
    book = grade_submissions(folder)
    html = write_feedback_pages(book, tmp_path / "feedback")[0].read_text(encoding="utf-8")
    assert book.results[("Ana", "00-3-named-voices")].feedback.message.endswith("Try again.")  # the live wording
    for retry in ("try again", "check again", "press check", "hint button", "saved anyway"):
        assert retry not in html.lower()
