"""The capstone report (medialit/report.py): escaped, self-contained, built from the student's answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit.exercises.student import student_file_name

from medialit.exercises import answerlog
from medialit.classroom.capstone import article_measures, capstone_answers, report_html, save_report
from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parents[2]
PAYLOAD = "<script>alert('x')</script>"


@pytest.fixture
def hostile_article(tmp_path) -> Path:
    """An article whose metadata and text both try to inject markup."""
    path = tmp_path / "hostile-report.md"
    path.write_text(
        "---\n"
        "id: hostile-report\n"
        f"label: \"Hostile {PAYLOAD}\"\n"
        "kind: other\n"
        f"headline: \"<img src=x onerror=alert(1)>\"\n"
        "byline: unknown\n"
        "date: unknown\n"
        "---\n"
        f"In the historic city of Springfield, a festival began. {PAYLOAD} The mayor said it went well.\n\n"
        "The council thanked the volunteers, and the festival will return next year, organisers say.\n",
        encoding="utf-8")
    return path


def test_article_text_with_a_script_appears_as_text_never_as_markup(hostile_article):
    html = report_html(hostile_article, answers={"05-1-structure": PAYLOAD}, student="Ada <b>", charts=True)
    assert "<script" not in html.lower(), "the report must contain no script at all"
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html  # the student's answer, as text
    assert "Hostile &lt;script&gt;" in html                           # the article's label, as text
    assert "Ada &lt;b&gt;" in html


def test_report_is_self_contained_with_offline_svg_charts():
    html = report_html("practice-tabriz-festival", answers={}, student="Ada")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<svg") == 2, "seam profile and similarity chart, drawn as SVG"
    assert not re.search(r"""(src|href)=["']?https?://""", html), "nothing loads from the internet"


def test_report_uses_the_students_latest_saved_answers():
    wb = Workbook(KIT)
    answerlog.set_student("report-test")
    try:
        wb.check("05-1-structure", "A first draft about the byline.")
        wb.check("05-1-structure", "The final answer: no byline names a person, and no date.")
        wb.check("05-2-named-voices", 1)
        found = capstone_answers()
        assert found["05-1-structure"]["answer"].startswith("The final answer")
        html = report_html("practice-tabriz-festival", charts=False)
    finally:
        answerlog.set_student(None)
    assert "The final answer: no byline names a person" in html and "A first draft" not in html
    assert "scored automatically: 100%, worth 1 point)" in html
    assert "Not answered yet" in html  # the exercises left blank say so


def test_save_report_writes_next_to_the_submission_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_COURSE", str(KIT))
    monkeypatch.chdir(tmp_path)
    path = save_report("practice-tabriz-festival", answers={}, student="Ada Lovelace", charts=False)
    assert path == tmp_path / ("capstone-report-" + student_file_name("Ada Lovelace")[:-6] + ".html")
    assert "Capstone report" in path.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.tmp"))


def test_measures_of_the_practice_article_and_the_control():
    practice = article_measures("practice-tabriz-festival").set_index("measure")
    assert practice.loc["Named people quoted", "value"] == "1"
    assert practice.loc["Flagged seams (paragraphs)", "value"] == "7, 8"
    assert practice.loc["Self-describing persuasion", "value"] == "1"
    control = article_measures("control-school-roof").set_index("measure")
    assert control.loc["Flagged seams (paragraphs)", "value"] == "none"
    assert control.loc["Self-describing persuasion", "value"] == "0"


def test_measures_accept_a_path_to_an_article_outside_the_kit(hostile_article):
    m = article_measures(hostile_article)
    assert set(m.columns) == {"lesson", "measure", "value", "detail"}
    assert (m.lesson.str[:2].isin(["01", "02", "03", "04"])).all()


def test_report_shows_choice_text_and_picked_sentences():
    """Issue 15: choices as their text, not letters; picks as the sentences, not raw ids."""
    from medialit.classroom.capstone import report_html
    from medialit.exercises.workbook import workbook

    ex = workbook().exercise("05-3-vague-sources")
    first = next(iter(ex.choices))
    sid = workbook().index().sentences["practice-tabriz-festival"][0]
    html = report_html("practice-tabriz-festival", charts=False,
                       answers={"05-3-vague-sources": {"answer": [first], "type": "multi_choice"},
                                "05-4-pick-inserted": {"answer": [sid], "type": "pick"}})
    from medialit._html import esc

    assert esc(f"{first}) {ex.choices[first]}") in html
    assert "Paragraph 1, sentence 1: “" in html and sid not in html.split("My findings")[1]


def test_a_picked_sentence_with_its_own_quotation_marks_is_quoted_once():
    """A picked sentence that is a quote keeps its own marks; the report adds no second pair (““…””)."""
    from medialit._html import esc
    from medialit.classroom.capstone import report_html

    html = report_html("practice-tabriz-festival", charts=False,
                       answers={"05-4-pick-inserted": {"answer": ["basra-forum:p3:s2"], "type": "pick"}})
    assert esc("““") not in html and "““" not in html
    assert esc("“Through interactions and joint initiatives") in html or "“Through interactions and joint initiatives" in html
