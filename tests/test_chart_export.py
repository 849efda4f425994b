"""Charts survive outside JupyterLab (issue 15): a lesson run and handed in, or exported with nbconvert
to HTML and Markdown, still has every chart as a picture, offline.

The chart's display bundle holds the live widget view plus a static SVG and PNG
(medialit/_altair.py). A lesson is run the way JupyterLab saves it (no widget
state: JupyterLab's default), then converted.
"""

from __future__ import annotations

import re
import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

KIT = Path(__file__).resolve().parent.parent
LESSON = KIT / "notebooks" / "02-sourcing.ipynb"
WIDGET = "application/vnd.jupyter.widget-view+json"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    nb = nbformat.read(LESSON, as_version=4)
    where = tmp_path_factory.mktemp("export")
    before = os.environ.get("MEDIALIT_COURSE")
    os.environ["MEDIALIT_COURSE"] = str(KIT)  # the kernel runs outside the course folder: name it
    try:
        NotebookClient(nb, timeout=240, kernel_name="python3", store_widget_state=False,
                       resources={"metadata": {"path": str(where)}}).execute()
    finally:
        if before is None:
            os.environ.pop("MEDIALIT_COURSE", None)
        else:
            os.environ["MEDIALIT_COURSE"] = before
    return nb


def _chart_outputs(nb):
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", [])
            if out.get("output_type") in ("display_data", "execute_result")
            and WIDGET in out.get("data", {})
            and "image/svg+xml" in out.get("data", {})]


def test_the_handed_in_notebook_holds_a_picture_of_each_chart(executed):
    charts = _chart_outputs(executed)
    assert charts, "the lesson shows no chart"
    for out in charts:
        data = out["data"]
        assert WIDGET in data  # JupyterLab still draws the live chart
        assert data["image/svg+xml"].lstrip().startswith("<svg") and len(data["image/png"]) > 1000
        assert "JupyterChart object" not in data["text/plain"]


def test_html_export_shows_the_charts_offline(executed):
    from nbconvert import HTMLExporter

    html, _ = HTMLExporter().from_notebook_node(executed)
    n = len(_chart_outputs(executed))
    pictures = len(re.findall(r"<svg[\s>]", html)) + html.count("data:image/png")
    assert pictures >= n
    assert 'type="application/vnd.jupyter.widget-view+json"' not in html  # nothing left for a CDN to draw


def test_markdown_export_shows_the_charts(executed):
    from nbconvert import MarkdownExporter

    md, resources = MarkdownExporter().from_notebook_node(executed)
    n = len(_chart_outputs(executed))
    assert "JupyterChart object" not in md
    assert len(re.findall(r"!\[(svg|png)\]\(", md)) >= n
    assert sum(1 for name in resources.get("outputs", {}) if name.endswith((".svg", ".png"))) >= n
