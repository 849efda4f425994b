"""show(): the right widget per type, labelled inputs, escaped text, Check saves, Hint is staged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import ipywidgets as W
import pytest

from medialit.exercises.student import student_file_name

from medialit.exercises.quiz import exercise_widget, markdown_html, show
from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parents[2]
EVIL = '<img src=x onerror="alert(1)">'


def inputs(widget):
    """Every input widget inside ``widget``."""
    out, todo = [], [widget]
    while todo:
        w = todo.pop()
        if isinstance(w, W.Box):
            todo += list(w.children)
        elif isinstance(w, (W.Checkbox, W.RadioButtons, W.Dropdown, W.Text, W.Textarea)):
            out.append(w)
    return out


@pytest.mark.parametrize("eid,kind,count", [
    ("00-1-dateline", W.RadioButtons, 1),
    ("00-2-vague-attributions", W.Checkbox, 5),
    ("00-3-named-voices", W.Text, 1),
    ("00-4-israel-passage", W.Checkbox, 22),   # one per sentence of the Mosul article
    ("00-5-article-parts", W.Dropdown, 10),    # one menu per paragraph of the Qom article
    ("00-6-what-is-missing", W.Textarea, 1),
])
def test_each_type_gets_its_input_and_every_input_has_a_label(eid, kind, count):
    w = exercise_widget(eid)
    found = inputs(w)
    assert len(found) == count and all(isinstance(i, kind) for i in found)
    assert all(i.description.strip() for i in found)  # what a screen reader reads
    assert w.check_button.description == "Check" and w.hint_button.description == "Hint"
    assert 'aria-live="polite"' in w.feedback.value


def test_sentence_picker_describes_each_sentence():
    w = exercise_widget("00-4-israel-passage")
    boxes = w.answer_input.checkboxes
    assert boxes["mosul:p8:s1"].description.startswith("p8 s1: This initiative also serves to subtly underscore")


def test_check_button_saves_and_shows_feedback(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_STUDENT", "wid")
    w = exercise_widget("00-4-israel-passage", wb=Workbook())
    w.answer_input.checkboxes["mosul:p8:s1"].value = True
    w.answer_input.checkboxes["mosul:p4:s1"].value = True
    w.check_button.click()
    assert "Partly right" in w.feedback.value and "missed" in w.feedback.value
    rec = json.loads((tmp_path / student_file_name("wid")).read_text().splitlines()[-1])
    assert rec["answer"] == ["mosul:p4:s1", "mosul:p8:s1"]
    # the next time the exercise is shown, the last answer is filled in
    again = exercise_widget("00-4-israel-passage", wb=Workbook())
    assert again.answer_input.checkboxes["mosul:p8:s1"].value is True


def test_labeler_and_empty_check(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    w = exercise_widget("00-5-article-parts", wb=Workbook())
    w.answer_input.menus["qom:p10"].value = "conclusion"
    w.check_button.click()
    assert "1 of 10 paragraphs" in w.feedback.value
    r = exercise_widget("00-1-dateline", wb=Workbook())
    r.check_button.click()  # nothing chosen: explained, not an error
    assert "Expected" in r.feedback.value


def test_hint_button_reveals_hints_one_by_one():
    w = exercise_widget("00-4-israel-passage", wb=Workbook())
    w.hint_button.click()
    assert "Hint 1 of 3" in w.hints.value and "Hint 2" not in w.hints.value
    w.hint_button.click()
    w.hint_button.click()
    w.hint_button.click()
    assert w.hints.value.count("<li>") == 3 and "last hint" in w.hints.value


def test_after_the_last_hint_the_feedback_stops_pointing_at_the_hint_button(tmp_path, monkeypatch):
    # trial (issue 15): "Stuck? The Hint button gives a hint." after every hint had been shown
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    w = exercise_widget("00-1-dateline", wb=Workbook())
    w.answer_input.value = "a"
    w.check_button.click()
    assert "Hint button gives a hint" in w.feedback.value
    for _ in range(3):
        w.hint_button.click()
    w.check_button.click()
    assert "Not quite" in w.feedback.value and "Hint button" not in w.feedback.value
    assert "every hint" in w.hint_button.tooltip


def test_article_and_prompt_text_are_escaped(tmp_path):
    for name in ("exercises", "solutions"):
        (tmp_path / name).mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "evil.txt").write_text(f"First {EVIL} paragraph.\nSecond paragraph here.\n")
    (tmp_path / "exercises" / "00-1-evil.yaml").write_text(
        f"type: label\nprompt: 'Label {EVIL} **this**'\narticle: evil\nlabels:\n  a: 'one {EVIL}'\n  b: two\n")
    (tmp_path / "exercises" / "00-2-evil.yaml").write_text(
        "type: pick\nprompt: Pick.\narticle: evil\npick: paragraphs\n")
    wb = Workbook(tmp_path)
    w = exercise_widget("00-1-evil", wb=wb)
    html = "".join(c.value for c in w.children[0:1]) + "".join(
        c.value for c in w.answer_input.children if isinstance(c, W.HTML))
    assert "<img" not in html and "&lt;img" in html and "<strong>this</strong>" in html
    p = exercise_widget("00-2-evil", wb=wb)
    box = p.answer_input.checkboxes["evil:p1"]
    assert box.description_allow_html is False and EVIL in box.description  # shown as text, never as HTML


def test_markdown_never_passes_html_or_script_links():
    html = markdown_html(f"{EVIL}\n\n[x](javascript:alert(1))")
    assert "<img" not in html and "javascript:" not in html


def test_show_outside_jupyter_prints_how_to_answer(capsys):
    show("00-3-named-voices")
    assert "check('00-3-named-voices', 12)" in capsys.readouterr().out


# --------------------------------------------------------------------------- issue 15: what the student sees

CODE_SHAPES = ("check(", "hint(", "<code>", "mosul:p", "qom:p", "00-4-israel-passage:")


def test_widget_feedback_has_no_code_but_check_in_code_does(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    wb = Workbook()
    w = exercise_widget("00-4-israel-passage", wb=wb)
    w.answer_input.checkboxes["mosul:p8:s1"].value = True
    w.answer_input.checkboxes["mosul:p1:s1"].value = True
    w.check_button.click()
    html = w.feedback.value
    assert not [c for c in CODE_SHAPES if c in html], html
    assert "Paragraph 1, sentence 1" in html and "Hint button" in html
    n = exercise_widget("00-3-named-voices", wb=wb)
    n.answer_input.value = "three"
    n.check_button.click()
    assert "Expected:</strong> a number" in n.feedback.value and "check(" not in n.feedback.value
    text = str(wb.check("00-4-israel-passage", ["mosul:p1:s1"]))  # called in code: code-shaped
    assert "hint('00-4-israel-passage')" in text and "mosul:p1:s1" in text


def test_hints_seen_stay_visible_when_the_cell_runs_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    wb = Workbook()
    w = exercise_widget("00-4-israel-passage", wb=wb)
    w.hint_button.click()
    again = exercise_widget("00-4-israel-passage", wb=wb)  # the cell is run again
    assert "Hint 1 of 3" in again.hints.value
    again.hint_button.click()
    assert "Hint 1 of 3" in again.hints.value and "Hint 2 of 3" in again.hints.value


def test_a_prefilled_answer_shows_its_status(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_STUDENT", "pre")
    Workbook().check("00-1-dateline", "d")
    w = exercise_widget("00-1-dateline", wb=Workbook())  # reopened: a new kernel
    assert w.answer_input.value == "d"
    assert "saved answer" in w.feedback.value and "Correct" in w.feedback.value
    lines = (tmp_path / student_file_name("pre")).read_text().splitlines()
    assert len(lines) == 1  # showing the status saves nothing new


def test_an_error_in_the_check_button_is_explained_and_the_answer_kept(tmp_path, monkeypatch):
    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(KIT / name, tmp_path / name)
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path / "p"))
    monkeypatch.setenv("MEDIALIT_STUDENT", "oops")
    wb = Workbook(tmp_path)
    w = exercise_widget("00-3-named-voices", wb=wb)
    # the teacher saves the exercise file with a typo while the lesson is open
    path = tmp_path / "exercises" / "00-3-named-voices.yaml"
    path.write_text(path.read_text().replace("type: number", "type: numbr"))
    import os
    os.utime(path, ns=(1, 1))  # a new modification time, however fast the test runs
    w.answer_input.value = "4"
    w.check_button.click()
    html = w.feedback.value
    assert "could not be checked" in html and "exercise file has a mistake" in html
    assert "saved as you wrote it" in html
    rec = json.loads((tmp_path / "p" / student_file_name("oops")).read_text().splitlines()[-1])
    assert rec["answer"] == "4" and rec["status"] == "error" and rec["valid"] is False


def test_short_answer_shows_the_model_answer_only_after_a_real_attempt(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_PROGRESS", str(tmp_path))
    wb = Workbook()
    first = wb.check("00-6-what-is-missing", "idk")
    assert not first.model_answer and "check again" in first.message
    second = wb.check("00-6-what-is-missing", "idk")
    assert second.model_answer  # a second Check shows it
    monkeypatch.setenv("MEDIALIT_STUDENT", "writer")
    words = " ".join(["The article gives no date, byline or document I could check"] * 4)
    long = Workbook().check("00-6-what-is-missing", words)  # long enough on the first check
    assert long.model_answer
