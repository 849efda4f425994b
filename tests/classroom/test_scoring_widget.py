"""Hand scoring in a notebook: one answer at a time, saved to the file on every press of Save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.classroom.handscoring import read_hand_scores, score_key
from medialit.classroom.scoring_widget import ScoringSession, hand_scoring

SHORT = "00-6-what-is-missing"
SHORT2 = "01-7-why-it-matters"


@pytest.fixture
def folder(tmp_path) -> Path:
    f = tmp_path / "in"
    f.mkdir()
    for name in ("ana", "ben"):
        doc = {"format": "medialit-submission", "version": 1, "student": name,
               "answers": [{"time": "1", "exercise": SHORT, "answer": f"{name}: no byline, no date <b>x</b>"},
                           {"time": "2", "exercise": SHORT2, "answer": f"{name}: it matters"}]}
        (f / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    return f


def test_session_steps_through_answers_and_saves_each(folder, tmp_path):
    hand = tmp_path / "hand-scores.csv"
    s = ScoringSession(folder, hand)
    assert s.left == 4 and (s.current.exercise, s.current.student) == (SHORT, "ana")
    with pytest.raises(ValueError, match="between 0 and 2"):
        s.save(3.0)
    s.save(2.0, (1, 2, 3), "Complete.")
    s.move(1)
    s.save(None, (), "Come and see me")  # a comment alone does not score it
    assert s.left == 3
    scores, _ = read_hand_scores(hand)
    assert scores[score_key("ana", "", SHORT)].points == 2.0
    assert scores[score_key("ben", "", SHORT)].comment == "Come and see me"
    again = ScoringSession(folder, hand)  # a new session starts with what is left
    assert again.left == 3 and (again.current.exercise, again.current.student) == (SHORT, "ben")


def test_widget_shows_prompt_answer_rubric_and_saves_on_click(folder, tmp_path):
    hand = tmp_path / "hand-scores.csv"
    box = hand_scoring(folder, hand)
    status, prompt, answer, rubric, model, score, comment, buttons, message = box.children
    assert "4 left to score" in status.value and "ana" in status.value
    assert "&lt;b&gt;x&lt;/b&gt;" in answer.value and "<b>x" not in answer.value
    assert "who is behind it" in prompt.value.lower() and "Model answer" in model.value
    ticks = rubric.children[1:]
    assert len(ticks) == 3
    ticks[0].value = True  # ticking proposes a score until one is typed
    assert score.value == 0.5
    ticks[1].value = True
    assert score.value == 1.5
    comment.value = "Good; add a calibrated phrase."
    buttons.children[1].click()  # Save and next
    assert "Saved" in message.value and "3 left to score" in status.value and "ben" in status.value
    scores, _ = read_hand_scores(hand)
    e = scores[score_key("ana", "", SHORT)]
    assert (e.points, e.rubric, e.comment) == (1.5, (1, 2), "Good; add a calibrated phrase.")
    buttons.children[0].click()  # Previous: the saved score is shown again
    assert score.value == 1.5 and comment.value.startswith("Good") and rubric.children[1].value


def test_a_broken_file_is_reported_in_the_widget_and_the_typing_stays(folder, tmp_path):
    hand = tmp_path / "hand-scores.csv"
    box = hand_scoring(folder, hand)
    hand.write_text("no header here\n", encoding="utf-8")
    status, prompt, answer, rubric, model, score, comment, buttons, message = box.children
    comment.value = "Typed before the file broke"
    buttons.children[1].click()
    assert "Not saved" in message.value and comment.value == "Typed before the file broke"
    assert hand.read_text(encoding="utf-8") == "no header here\n"
