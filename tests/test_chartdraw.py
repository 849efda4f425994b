"""Chart pictures drawn outside the kernel (issue 16): a short-lived helper holds vl-convert's engine.

medialit/_chartdraw.py: the kernel never imports vl-convert to draw; the helper serves a lesson's
charts, exits when idle (its memory returned), is replaced when it has gone, and a helper that was
killed gives "no static copy" rather than risking the kernel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medialit import _altair, _chartdraw

KIT = Path(__file__).resolve().parent.parent
SPEC = {"data": {"values": [{"x": 1}, {"x": 2}]}, "mark": "point", "encoding": {"x": {"field": "x"}},
        "title": "Helper demo"}


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.delenv("MEDIALIT_CHART_DRAWING", raising=False)
    monkeypatch.setattr(_chartdraw, "_helper", None)
    monkeypatch.setattr(_chartdraw, "stats", {"helpers": 0, "requests": 0, "helper_peak_kb": 0, "drawn_here": 0})
    yield
    _chartdraw.shutdown()


def test_a_kernel_draws_without_importing_the_engine(tmp_path):
    code = ("import sys, json; from medialit._altair import static_bundle; from medialit import _chartdraw\n"
            f"b = static_bundle({SPEC!r})\n"
            "print(json.dumps([b['image/svg+xml'][:4], 'vl_convert' in sys.modules, _chartdraw.stats]))")
    env = {**os.environ, "PYTHONPATH": str(KIT), "MEDIALIT_CHART_CACHE": str(tmp_path / "c"),
           "MEDIALIT_PREPARED_CHARTS": ""}
    env.pop("MEDIALIT_CHART_DRAWING", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    svg, imported, stats = json.loads(out.stdout.strip().splitlines()[-1])
    assert svg == "<svg" and imported is False
    assert stats["helpers"] == 1 and stats["requests"] == 1 and stats["drawn_here"] == 0
    assert stats["helper_peak_kb"] > 10_000  # the helper's own peak, reported back


def test_one_helper_serves_several_charts_then_exits_when_idle(fresh, monkeypatch):
    monkeypatch.setenv("MEDIALIT_CHART_HELPER_IDLE", "1")
    first = _chartdraw.draw(SPEC)
    second = _chartdraw.draw({**SPEC, "title": "Second"})
    assert first["image/svg+xml"].startswith("<svg") and "Second" in second["image/svg+xml"]
    assert _chartdraw.stats["helpers"] == 1 and _chartdraw.stats["requests"] == 2
    helper = _chartdraw._helper
    helper.wait(timeout=30)  # idle for a second: it exits by itself, its memory returned
    assert helper.returncode == 0
    assert _chartdraw.draw(SPEC)["image/svg+xml"] == first["image/svg+xml"]  # a new one is started
    assert _chartdraw.stats["helpers"] == 2


def test_a_chart_the_helper_cannot_draw_says_why(fresh, tmp_path, monkeypatch):
    with pytest.raises(_chartdraw.DrawError, match="ValueError: Vega-Lite to SVG conversion failed"):
        _chartdraw.draw({"mark": "no-such-mark"})
    assert _chartdraw._helper.poll() is None  # the helper lives on for the next chart


def test_a_killed_helper_gives_no_picture_rather_than_drawing_in_the_kernel(fresh, tmp_path, monkeypatch):
    killer = tmp_path / "python-killed"
    killer.write_text("#!/bin/sh\nkill -9 $$\n")
    killer.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(killer))
    with pytest.raises(_chartdraw.DrawError, match="stopped"):
        _chartdraw.draw(SPEC)
    assert _chartdraw.stats["drawn_here"] == 0
    monkeypatch.setenv("MEDIALIT_CHART_CACHE", str(tmp_path / "c"))
    monkeypatch.setenv("MEDIALIT_PREPARED_CHARTS", "")
    monkeypatch.setattr(_altair, "_drawn", {})
    b = _altair.static_bundle(SPEC)
    assert b == {"text/plain": "Chart: Helper demo (no static copy: DrawError)"}


def test_no_helper_possible_draws_in_the_kernel(fresh, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    assert _chartdraw.draw(SPEC)["image/svg+xml"].startswith("<svg")
    assert _chartdraw.stats["drawn_here"] == 1 and _chartdraw.stats["helpers"] == 0


def test_drawing_in_the_kernel_when_asked(fresh, monkeypatch):
    monkeypatch.setenv("MEDIALIT_CHART_DRAWING", "kernel")
    assert _chartdraw.draw(SPEC)["image/svg+xml"].startswith("<svg")
    assert _chartdraw.stats["drawn_here"] == 1 and _chartdraw._helper is None


def test_the_helper_bundles_the_chart_javascript(fresh):
    esm = _chartdraw.bundle()
    assert len(esm) > 100_000 and _chartdraw.stats["helpers"] == 1


def test_a_helper_that_just_exited_is_replaced(fresh, monkeypatch):
    monkeypatch.setenv("MEDIALIT_CHART_HELPER_IDLE", "0.2")
    _chartdraw.draw(SPEC)
    time.sleep(2)  # it has gone; the next chart starts another without an error
    assert _chartdraw.draw(SPEC)["image/svg+xml"].startswith("<svg")


def test_an_interrupted_request_never_answers_the_next_chart(fresh, monkeypatch):
    _chartdraw.draw(SPEC)  # a helper is running
    helper = _chartdraw._helper

    real = helper.stdout

    class Interrupted:
        def readline(self):
            raise KeyboardInterrupt  # the student pressed Interrupt while the chart was being drawn

        def close(self):
            real.close()

    monkeypatch.setattr(helper, "stdout", Interrupted())
    with pytest.raises(KeyboardInterrupt):
        _chartdraw.draw({**SPEC, "title": "Interrupted"})
    assert helper.poll() is not None and _chartdraw._helper is None  # that helper, and its late reply, are gone
    assert "Next" in _chartdraw.draw({**SPEC, "title": "Next"})["image/svg+xml"]
