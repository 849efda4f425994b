"""Every lesson notebook, run in JupyterLab in Chromium: Run All, then check what a student sees.

Parametrized over ``notebooks/*.ipynb``, so new lessons are covered without
editing this file. Each notebook is opened and run once (a module-scoped
fixture); the tests then read that one run: no error output, every widget
rendered, every chart drawn, no request left 127.0.0.1, an axe-core audit of
the outputs, and an accessible name on every input widget.

Screenshots: test-output/screenshots/<notebook>.png; axe results:
test-output/axe/<notebook>.json; timings: test-output/browser-timings.json.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import nbformat
import pytest

from .labdriver import DRAW_TIMEOUT, NOTEBOOKS, OUTPUT, PANEL, WIDGET_OUTPUT, LabPage, record_timing

#: Text that means a widget or chart did not render.
RENDER_FAILURES = ("Error displaying widget", "Loading widget", "JavaScript Error:", "Error loading script",
                   "model not found", "Failed to load model class", "Could not create a view")

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

#: A drawn chart: vega's renderer puts its svg (or canvas) with class "marks" in the embed element
#: (in a chart wrapper when the actions menu is on). Plain ".vega-embed .marks" would also match
#: a mark that a chart names "marks".
CHART_MARKS = ".vega-embed > .marks, .vega-embed > .chart-wrapper > .marks"

#: Counted in the kernel: every altair chart shown offline is a JupyterChart widget, also when it
#: is displayed inside another widget (an exercise's feedback, a progress panel).
COUNT_CHARTS = ("sum(type(w).__name__ == 'JupyterChart' "
                "for w in list(__import__('ipywidgets').widgets.widget._instances.values()))")

#: Everything a student can type in, pick or press inside the outputs.
INPUTS = ", ".join(f"{PANEL} .jp-OutputArea {s}" for s in (
    "input:not([type=hidden])", "select", "textarea", "button", "[role=button]", "[role=checkbox]",
    "[role=radio]", "[role=slider]", "[role=combobox]", "[role=listbox]", "[role=textbox]",
    "[contenteditable=true]"))

#: axe impacts that fail the audit.
BLOCKING = {"serious", "critical"}


@dataclass
class LessonRun:
    name: str
    lab: LabPage
    saved: nbformat.NotebookNode  # the notebook as JupyterLab saved it after Run All
    run_all_s: float = 0.0  # Run All clicked -> every prompt reads [n]:
    drawn_s: float = 0.0  # Run All clicked -> every widget rendered and every chart drawn
    expected_charts: int = 0  # JupyterChart widgets alive in the kernel

    def outputs(self):
        for cell in self.saved.cells:
            if cell.cell_type == "code":
                yield from cell.get("outputs", [])

    @property
    def top_level_widgets(self) -> int:
        return sum(WIDGET_VIEW in out.get("data", {}) for out in self.outputs())


def _code_cells(path) -> int:
    return sum(c.cell_type == "code" for c in nbformat.read(path, as_version=4).cells)


@pytest.fixture(scope="module", params=NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def lesson(request, new_lab_page):
    path = request.param
    relpath = f"notebooks/{path.name}"
    lab = new_lab_page()
    try:
        try:
            lab.open(relpath)
            start = time.monotonic()
            lab.run_all(_code_cells(path))
            run_all_s = time.monotonic() - start
            lab.wait_outputs_drawn()
            # Charts are drawn asynchronously by vega-embed: wait until every one has its marks.
            charts = int(lab.server.kernel_eval(relpath, COUNT_CHARTS))
            lab.page.wait_for_function(
                "([panel, marks, n]) => document.querySelector(panel).querySelectorAll(marks).length >= n",
                arg=[PANEL, CHART_MARKS, charts], timeout=DRAW_TIMEOUT * 1000, polling=100)
            drawn_s = time.monotonic() - start
            run = LessonRun(path.stem, lab, lab.save(relpath), run_all_s, drawn_s, charts)
            record_timing(path.stem, run_all_s=round(run_all_s, 2), drawn_s=round(drawn_s, 2),
                          widgets=run.top_level_widgets, charts=charts)
        finally:
            lab.screenshot(path.stem)
        lab.screenshot_each(".vega-embed", f"{path.stem}-chart")
    except BaseException:
        lab.close()  # and its kernel: a failed lesson must not keep memory for the rest of the session
        raise
    yield run
    lab.close()


def test_every_cell_ran_without_error(lesson):
    errors = [f"{out.ename}: {out.evalue}" for out in lesson.outputs() if out.output_type == "error"]
    assert not errors, f"error outputs in {lesson.name}: {errors}"
    stderr = [out.text for out in lesson.outputs() if out.output_type == "stream" and out.name == "stderr"]
    bad = [text for text in stderr if any(word in text for word in ("Traceback", "Error", "Warning"))]
    assert not bad, f"error or warning text shown in {lesson.name}: {bad}"
    shown = [text for text in lesson.lab.error_outputs() if "Traceback" in text or "Error" in text]
    assert not shown, f"errors shown in {lesson.name}: {shown}"
    assert not lesson.lab.console.page_errors, f"uncaught JavaScript errors: {lesson.lab.console.page_errors}"


def test_every_widget_rendered(lesson):
    text = lesson.lab.output_text()
    shown = [marker for marker in RENDER_FAILURES if marker in text]
    assert not shown, f"widget failures shown in {lesson.name}: {shown}"
    views = lesson.lab.panel.locator(WIDGET_OUTPUT)
    assert views.count() == lesson.top_level_widgets, (
        f"{lesson.top_level_widgets} widget outputs in the notebook but {views.count()} rendered")
    empty = views.evaluate_all(
        "vs => vs.filter(v => !v.textContent.trim() && !v.querySelector('svg, canvas, img, input, select, button'))"
        ".length")
    assert empty == 0, f"{empty} widget outputs rendered empty"


def test_every_chart_drawn(lesson):
    charts = lesson.lab.panel.locator(".vega-embed")
    marks = lesson.lab.panel.locator(CHART_MARKS)
    assert charts.count() == lesson.expected_charts, (
        f"{lesson.expected_charts} charts in the kernel, {charts.count()} embedded in the page")
    assert marks.count() == lesson.expected_charts, (
        f"{lesson.expected_charts} charts in {lesson.name}, {marks.count()} drawn")
    with lesson.lab.tall():
        for i in range(marks.count()):
            box = marks.nth(i).bounding_box()
            assert box and box["width"] > 50 and box["height"] > 50, f"chart {i + 1} drawn with no size: {box}"


def test_no_request_left_localhost(lesson):
    assert lesson.lab.network.requests, "no request was recorded: the network log is not working"
    assert not lesson.lab.network.external, f"requests to other hosts: {lesson.lab.network.external}"


def test_outputs_pass_axe_audit(lesson):
    """axe-core on the rendered outputs only (JupyterLab's own interface is not the kit's to fix)."""
    with lesson.lab.tall():
        results = lesson.lab.axe([f"{PANEL} .jp-OutputArea"])
    (OUTPUT / "axe").mkdir(parents=True, exist_ok=True)
    summary = [{"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": len(v["nodes"]),
                "targets": [n["target"] for n in v["nodes"][:5]]} for v in results["violations"]]
    (OUTPUT / "axe" / f"{lesson.name}.json").write_text(json.dumps(summary, indent=2) + "\n")
    blocking = [v for v in summary if v["impact"] in BLOCKING]
    assert not blocking, f"serious or critical accessibility violations in {lesson.name}: {blocking}"


def test_every_input_has_accessible_name(lesson):
    with lesson.lab.tall():
        controls = lesson.lab.accessible_names(INPUTS)
    unnamed = [c["html"] for c in controls if not c["ignored"] and not c["name"].strip()]
    assert not unnamed, f"inputs without an accessible name in {lesson.name}: {unnamed}"
