"""XSS: markup inside an article is shown as text by every widget that shows article text, and never runs.

``ipywidgets.HTML`` and ``IPython.display.HTML`` do not sanitise: an
``<img src=x onerror=...>`` in an article would run in JupyterLab if any widget
put article text into HTML unescaped. A probe article holds a ``<script>`` and an
``<img onerror>`` payload (in its text, its metadata, and in the exercise files
that point at it); a notebook shows it through every *surface* listed in
:data:`SURFACES`; the payloads must stay visible text and ``window.__xss`` unset.

**Adding a widget that shows article text**: add one entry to :data:`SURFACES`
(the code that displays it, run after :data:`SETUP`). HTML files a person opens in
the browser go in :data:`HTML_REPORTS`.

A positive control (``control-unsafe-html``) puts the same payload into a raw
``ipywidgets.HTML``: it must set ``window.__xss_control``, which proves the
detector can see an XSS here at all.
"""

from __future__ import annotations

import json
import shutil
import textwrap

import nbformat
import pytest

from .labdriver import KIT, PANEL

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
PAYLOADS = (SCRIPT, IMG)
ARTICLE_ID = "xss-probe"

PROBE_ARTICLE = f"""---
id: {ARTICLE_ID}
label: 'Probe {IMG}'
kind: other
headline: '{SCRIPT}'
city: '{IMG}'
---
The first paragraph carries a script tag. Here it is: {SCRIPT} and that is all.
The second paragraph carries an image. Here it is: {IMG} and that is all.
The third paragraph is plain. It has two sentences.
"""

PICK_EXERCISE = f"""type: pick
title: 'Pick the sentences with markup {SCRIPT}'
prompt: Pick every sentence of the probe article that holds markup. {IMG}
article: {ARTICLE_ID}
pick: sentences
points: 1
hints:
  - 'First hint {SCRIPT}'
  - 'Second hint {IMG}'
feedback:
  {ARTICLE_ID}:p3:s1: 'No markup here {IMG}'
"""

LABEL_EXERCISE = f"""type: label
title: Label the probe paragraphs
prompt: Label each paragraph.
article: {ARTICLE_ID}
labels:
  markup: 'holds markup {IMG}'
  plain: holds none
points: 1
hints:
  - Look for angle brackets.
"""

#: Code run first in the probe notebook. ROOT and ARTICLES are filled in.
SETUP = """
import os
os.environ["MEDIALIT_ARTICLES"] = {articles!r}
from medialit import *
from medialit.exercises.quiz import exercise_widget
from medialit.exercises.workbook import Workbook
from IPython.display import display
corpus = load_corpus({articles!r})
wb = Workbook({root!r}, articles={articles!r})
assert {article_id!r} in corpus.ids, corpus.problems
"""

#: Every widget that shows article text: name -> code that displays it (after SETUP).
SURFACES = {
    "show-article": 'show_article("xss-probe", corpus=corpus)',
    "article-browser": 'browse_articles(corpus, start="xss-probe")',
    "sentence-picker": 'display(exercise_widget("90-1-xss-pick", wb=wb))',
    "labeler": 'display(exercise_widget("90-2-xss-label", wb=wb))',
    "feedback": textwrap.dedent("""
        w = exercise_widget("90-1-xss-pick", wb=wb)
        for box in w.answer_input.checkboxes.values():
            box.value = True
        w.check_button.click()
        display(w)
        """),
    "hints": textwrap.dedent("""
        w = exercise_widget("90-1-xss-pick", wb=wb)
        w.hint_button.click()
        w.hint_button.click()
        display(w)
        """),
}

#: A student-chosen name in a submission: the payloads, plus an <img> whose onerror needs no quotes
#: (a quoted one is defused by JSON escaping alone, which would hide an unescaped spot).
PROBE_STUDENT = f"Probe {SCRIPT}{IMG}<img src=x onerror=window.__xss=1>"

#: The class report: a probe submission (a student name and answers holding the payloads; the pick
#: answer's missed sentences quote the probe article) graded with the probe kit's keys by the CLI.
CLASS_REPORT = textwrap.dedent("""
    import json, pathlib, subprocess, sys
    subs = pathlib.Path(REPORT_PATH).with_suffix("")
    subs.mkdir(exist_ok=True)
    (subs / "probe.json").write_text(json.dumps({
        "format": "medialit-submission", "student": %r,
        "answers": [
            {"time": "2026-01-01T00:00:00Z", "exercise": "90-1-xss-pick", "answer": ["xss-probe:p3:s1"]},
            {"time": "2026-01-01T00:00:01Z", "exercise": "90-2-xss-label", "answer": {"xss-probe:p1": %r}},
            {"time": "2026-01-01T00:00:02Z", "exercise": %r, "answer": %r},
        ]}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "medialit", "grade", str(subs), "--out", str(subs) + ".csv",
                           "--report", REPORT_PATH, "--root", str(wb.root)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    """) % (PROBE_STUDENT, SCRIPT + IMG, IMG, SCRIPT)

#: HTML files written by the kit and opened in a browser: name -> code that writes the file at REPORT_PATH.
HTML_REPORTS = {
    "capstone-report": 'save_report("xss-probe", REPORT_PATH, answers={"05-1-structure": %r}, charts=True)'
                       % (SCRIPT + IMG),
    "class-report": CLASS_REPORT,
}

CONTROL = "control-unsafe-html"
CONTROL_CODE = ("import ipywidgets\n"
                "display(ipywidgets.HTML('<img src=x onerror=\"window.__xss_control=1\">'))")


@pytest.fixture(scope="module")
def probe(lab_server, new_lab_page):
    """The probe kit (articles + exercises + keys) and notebook, run once in the browser."""
    root = lab_server.root / "xss"
    articles = root / "articles"
    shutil.copytree(KIT / "articles", articles)
    (articles / f"{ARTICLE_ID}.txt").write_text(PROBE_ARTICLE, encoding="utf-8")
    (root / "exercises").mkdir()
    (root / "solutions").mkdir()
    (root / "exercises" / "90-1-xss-pick.yaml").write_text(PICK_EXERCISE, encoding="utf-8")
    (root / "exercises" / "90-2-xss-label.yaml").write_text(LABEL_EXERCISE, encoding="utf-8")
    (root / "solutions" / "90-1-xss-pick.yaml").write_text(
        f"answer: [{ARTICLE_ID}:p1:s2, {ARTICLE_ID}:p2:s2]\n"
        f"why:\n  {ARTICLE_ID}:p1:s2: 'Here it is'\n  {ARTICLE_ID}:p2:s2: 'Here it is'\n", encoding="utf-8")
    (root / "solutions" / "90-2-xss-label.yaml").write_text(
        f"answer:\n  {ARTICLE_ID}:p1: markup\n  {ARTICLE_ID}:p2: markup\n  {ARTICLE_ID}:p3: plain\n"
        f"why:\n  {ARTICLE_ID}:p1: 'a script tag'\n  {ARTICLE_ID}:p2: 'an image'\n  {ARTICLE_ID}:p3: 'is plain'\n",
        encoding="utf-8")
    from medialit.exercises.workbook import Workbook

    problems = Workbook(root, articles=articles).problems()
    assert not problems, f"the probe kit is invalid: {[str(p) for p in problems]}"
    reports = {name: str(root / f"{name}.html") for name in HTML_REPORTS}

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    cells = [("setup", SETUP.format(articles=str(articles), root=str(root), article_id=ARTICLE_ID))]
    cells += list(SURFACES.items())
    cells += [(name, f"REPORT_PATH = {reports[name]!r}\n" + code) for name, code in HTML_REPORTS.items()]
    cells += [(CONTROL, CONTROL_CODE)]
    nb.cells = [nbformat.v4.new_code_cell(code.strip(), metadata={"name": name}) for name, code in cells]
    relpath = "xss/xss-probe.ipynb"
    nbformat.write(nb, lab_server.root / relpath)

    lab = new_lab_page()
    try:
        lab.open(relpath)
        lab.run_all(len(cells))
        lab.wait_outputs_drawn()
        # The control sets its flag once its image fails to load: after that, every onerror has had its chance.
        lab.page.wait_for_function("() => window.__xss_control === 1", timeout=15_000)
        lab.screenshot("xss-probe")
    except BaseException:
        lab.close()
        raise
    index = {name: i for i, (name, _) in enumerate(cells)}
    yield lab, index, reports
    lab.close()


def _cell(lab, index, name):
    return lab.panel.locator(".jp-CodeCell").nth(index[name])


def test_probe_notebook_ran_without_error(probe):
    lab, _, _ = probe
    assert not lab.error_outputs(), lab.error_outputs()


def test_control_shows_the_detector_works(probe):
    lab, _, _ = probe
    assert lab.page.evaluate("() => window.__xss_control") == 1


@pytest.mark.parametrize("surface", list(SURFACES))
def test_markup_in_article_is_text_and_never_runs(probe, surface):
    lab, index, _ = probe
    assert lab.page.evaluate("() => typeof window.__xss") == "undefined", "an XSS payload ran"
    output = _cell(lab, index, surface).locator(".jp-OutputArea")
    text = output.evaluate("e => e.textContent")
    shown = [p for p in PAYLOADS if p in text]
    assert shown, f"{surface}: the payload is not visible as text; output text: {text[:500]!r}"
    injected = output.evaluate("""e => [...e.querySelectorAll('script, img[src="x"], [onerror]')]
                                        .map(n => n.outerHTML)""")
    assert not injected, f"{surface}: payload markup became elements: {injected}"


@pytest.mark.parametrize("report", list(HTML_REPORTS))
def test_html_report_shows_markup_as_text(probe, browser, report):
    """The report file, opened in the browser as a teacher would (file://, not through JupyterLab)."""
    _, _, reports = probe
    path = reports[report]
    context = browser.new_context()
    try:
        page = context.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(f"file://{path}")
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)
        assert page.evaluate("() => typeof window.__xss") == "undefined", f"an XSS payload ran in {report}"
        text = page.evaluate("() => document.body.innerText")
        assert any(p in text for p in PAYLOADS), f"{report}: payload not visible as text"
        assert not page.locator('img[src="x"], [onerror]').count()
        external = [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
        assert not external, f"{report} loads from the network: {json.dumps(external)}"
    finally:
        context.close()


def test_unlabelled_input_is_caught(probe):
    """The label and axe checks of test_browser_lessons can fail: an unlabelled text box is flagged by both."""
    lab, _, _ = probe
    lab.page.evaluate("""(panel) => {
        const box = document.createElement('input');
        box.type = 'text'; box.id = 'ml-unlabelled-probe';
        document.querySelector(panel).querySelector('.jp-OutputArea').appendChild(box);
    }""", PANEL)
    try:
        names = lab.accessible_names(f"{PANEL} #ml-unlabelled-probe")
        assert names and names[0]["name"] == ""
        results = lab.axe([f"{PANEL} #ml-unlabelled-probe"])
        assert any(v["id"] == "label" and v["impact"] == "critical" for v in results["violations"])
    finally:
        lab.page.evaluate("() => document.getElementById('ml-unlabelled-probe').remove()")
