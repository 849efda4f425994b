"""Issue 11: a lesson reopened the next day (saved with outputs, new kernel) never shows "model not found".

Run lesson 00 in JupyterLab, save it, stop its kernel, open it again in a fresh browser
(a new kernel starts, as when a student comes back), and read what the student sees
where each widget was: the kit's friendly "run this cell" line, and no widget error.
Then Run All draws every widget again.
"""

from __future__ import annotations

import shutil

import nbformat

from medialit.exercises.nametag import RERUN_TEXT

from .labdriver import KIT, PANEL, WIDGET_OUTPUT, LabPage

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
FAILURES = ("model not found", "Error displaying widget", "Loading widget")

#: What the student sees in each widget output: the visible text, or the friendly line drawn by the style rule.
SEEN = """([panel, widget]) => [...document.querySelector(panel).querySelectorAll(widget)].map(v => {
    const before = getComputedStyle(v, '::before').content;
    return {text: v.innerText.trim(), before: before && before !== 'none' ? before.slice(1, -1) : '',
            hidden: getComputedStyle(v).visibility === 'hidden'};
})"""


def test_reopened_lesson_says_run_the_cell_instead_of_model_not_found(lab_server, new_lab_page):
    folder = lab_server.root / "reopen"
    folder.mkdir(exist_ok=True)
    shutil.copy(KIT / "notebooks" / "00-start-here.ipynb", folder / "00-start-here.ipynb")
    relpath = "reopen/00-start-here.ipynb"
    n_code = sum(c.cell_type == "code" for c in nbformat.read(folder / "00-start-here.ipynb", as_version=4).cells)

    first: LabPage = new_lab_page()
    try:
        first.open(relpath)
        first.run_all(n_code)
        first.wait_outputs_drawn()
        saved = first.save(relpath)
    finally:
        first.close()  # stops the kernel (its session is deleted)
    assert not [s for s in lab_server.api("/api/sessions") if s["path"] == relpath]
    widget_outputs = [out for cell in saved.cells if cell.cell_type == "code" for out in cell.get("outputs", [])
                      if WIDGET_VIEW in out.get("data", {})]
    assert widget_outputs, "lesson 00 should show widgets"
    for out in widget_outputs:  # every saved widget carries the friendly line for static views,
        # or, for a chart, a static picture of itself (medialit._altair: it survives export too)
        assert out["data"]["text/plain"] == RERUN_TEXT or "image/svg+xml" in out["data"], \
            out["data"]["text/plain"][:200]

    again: LabPage = new_lab_page()
    try:
        again.open(relpath)  # a new kernel, the outputs as saved
        again.page.wait_for_function(
            "([panel]) => !/Loading widget/.test(document.querySelector(panel).innerText)",
            arg=[PANEL], timeout=60_000, polling=200)
        with again.tall():
            # the widget manager gives up on an unknown model after 2 s; wait until every output has settled
            try:
                again.page.wait_for_function(
                    f"([panel, widget, n]) => ({SEEN})([panel, widget]).filter(v => v.hidden || v.text).length >= n",
                    arg=[PANEL, WIDGET_OUTPUT, len(widget_outputs)], timeout=30_000, polling=250)
            except Exception:
                pass  # the assertions below say what is shown
            seen = again.page.evaluate(SEEN, [PANEL, WIDGET_OUTPUT])
            visible_text = again.panel.evaluate("p => p.innerText")
            again.screenshot("reopened-00-start-here")
        assert not [f for f in FAILURES if f in visible_text], visible_text[:2000]
        friendly = [v for v in seen if v["before"] == RERUN_TEXT and v["hidden"] and not v["text"]]
        # JupyterLab shows a trusted notebook's widgets through the widget renderer (then the style rule
        # speaks), an untrusted one through the text fallback (then the line is plain output text).
        fallback = visible_text.count(RERUN_TEXT)
        assert len(friendly) + fallback >= len(widget_outputs), (
            [v for v in seen if v not in friendly], fallback, len(widget_outputs))

        again.run_all(n_code)  # running the cells again draws every widget
        again.wait_outputs_drawn()
        with again.tall():
            seen = again.page.evaluate(SEEN, [PANEL, WIDGET_OUTPUT])
        assert len(seen) == len(widget_outputs) and not [v for v in seen if v["hidden"]]
    finally:
        again.close()
