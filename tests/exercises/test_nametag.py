"""whoami() and name_box(): who is answering, at the top of every lesson; reopened lessons say "run this cell"."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from medialit.exercises import nametag, student
from medialit.exercises.nametag import RERUN_TEXT, name_box, whoami

KIT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.setattr(student, "_student", None)
    monkeypatch.setattr(student, "_student_id", None)
    for env in ("MEDIALIT_STUDENT", "JUPYTERHUB_USER"):
        monkeypatch.delenv(env, raising=False)
    for env in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(env, "jovyan")


def test_whoami_says_when_the_account_is_shared_and_who_answers_otherwise():
    line = whoami()
    assert line.generic and "'jovyan', a computer account many people share" in repr(line)
    assert "\n" not in repr(line)
    student.set_student("Лена <Смирнова>", student_id="s-7")
    html = whoami()._repr_html_()
    assert "Answering as <bdi>Лена &lt;Смирнова&gt;</bdi> (id s-7): 0 answers saved" in html
    assert "<Смирнова>" not in html


def test_name_box_saves_the_name_at_once_and_carries_answers_over():
    from medialit.exercises.workbook import Workbook

    Workbook().check("00-3-named-voices", 3)
    box = name_box()
    assert "a computer account many people share" in box.line.value
    # trial (issue 15): the box pointed at "lesson 00" and at code while the student looked at the box
    assert "Type your name in the box below" in box.widget.children[1].value
    assert "set_student" not in box.line.value and "lesson 00" not in box.line.value
    box.name.value = "  Priya Shah "
    box.button.click()
    assert student.current_student() == "Priya Shah"
    assert "Your 1 earlier answer saved under 'jovyan' was copied" in html.unescape(box.status.value)
    assert "Answering as <bdi>Priya Shah</bdi>: 1 answer saved" in box.line.value
    box.name.value = ""
    box.button.click()
    assert "cannot be empty" in box.status.value and student.current_student() == "Priya Shah"
    assert "set_student" not in box.status.value and "Ana López" in box.status.value


def test_every_lesson_shows_who_is_answering_in_its_first_code_cell():
    for path in sorted((KIT / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        first = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
        wanted = "name_box()" if path.name.startswith("00") else "whoami()"
        assert first.rstrip().endswith(wanted), path.name


def test_widgets_carry_a_friendly_line_for_when_they_cannot_be_drawn():
    from IPython.core.interactiveshell import InteractiveShell
    import ipywidgets as W

    shell = InteractiveShell.instance()
    try:
        assert nametag.install_reopen_fallback()
        data, _ = shell.display_formatter.format(W.VBox([W.Button(description="Check")]))
        assert "application/vnd.jupyter.widget-view+json" in data
        assert data["text/plain"] == RERUN_TEXT and RERUN_TEXT in data["text/html"]
        data = name_box()._repr_mimebundle_()
        assert data["text/plain"] == RERUN_TEXT and "application/vnd.jupyter.widget-view+json" in data
        assert "model not found" not in nametag._REOPEN_CSS and RERUN_TEXT in nametag._REOPEN_CSS
    finally:
        InteractiveShell.clear_instance()


def test_charts_drawn_as_widgets_carry_the_friendly_line_too():
    from IPython.core.interactiveshell import InteractiveShell

    from medialit.analysis.charts import paragraph_lengths

    shell = InteractiveShell.instance()
    try:
        nametag.install_reopen_fallback()
        data, _ = shell.display_formatter.format(paragraph_lengths())
        assert "application/vnd.jupyter.widget-view+json" in data
        # a chart carries a static picture of itself (medialit._altair), else the friendly line
        assert "image/svg+xml" in data or data["text/plain"] == RERUN_TEXT
    finally:
        InteractiveShell.clear_instance()


def test_a_right_to_left_name_is_isolated_so_the_count_stays_after_it():
    # trial (issue 15): "Answering as 0 :محمد علی answers saved" (bidi pulled ": 0" into the name's run)
    student.set_student("محمد علی")
    assert "Answering as <bdi>محمد علی</bdi>: 0 answers saved" in whoami()._repr_html_()
    box = name_box()
    assert "<bdi>محمد علی</bdi>" in box.line.value
