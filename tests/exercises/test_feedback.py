"""Feedback renders as escaped HTML in Jupyter and as plain text elsewhere."""

from __future__ import annotations

from medialit.exercises.feedback import Feedback, Hint, Item

EVIL = '<img src=x onerror="alert(1)">'


def test_html_escapes_every_text():
    fb = Feedback(EVIL, "pick", "partial", 0.5, 2, EVIL, (Item(EVIL, "missed", EVIL, EVIL),),
                  expected=EVIL, example=EVIL, model_answer=EVIL, rubric=(EVIL,), save_error=EVIL)
    html = fb._repr_html_()
    assert "<img" not in html and "&lt;img" in html
    assert 'role="status"' in html
    assert "<img" not in Hint(EVIL, 1, 1, EVIL)._repr_html_()


def test_plain_text_and_points():
    fb = Feedback("00-9-x", "pick", "partial", 0.4, 2.0, "Half.", (Item("mosul:p4:s2", "missed", "Notably."),))
    assert fb.points == 0.8 and not fb.correct
    text = str(fb)
    assert text.splitlines()[0] == "00-9-x: partly right (0.8 of 2 points)"
    assert "- missed: mosul:p4:s2 “Notably.”" in text
    assert "<" not in text
    saved = Feedback("00-9-x", "short_text", "saved", 0.0, 2.0, "Saved.", scored=False)
    assert saved.points == 0.0 and str(saved).splitlines()[0] == "00-9-x: saved"
