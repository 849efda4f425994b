"""Chart pictures drawn outside the kernel: a short-lived helper process holds vl-convert's engine.

vl-convert's drawing engine (a JavaScript runtime) adds about 100 MB to the process that first
draws a chart, and a process's memory is not given back while it runs. So a kernel does not draw
its static chart copies (SVG, PNG) or bundle the chart JavaScript itself: it asks a helper,
``python -m medialit._chartdraw``, started on the first request and ended after
:data:`IDLE_SECONDS` without one, so the engine's memory is returned once the lesson's charts are
drawn. One helper serves every request of a Run All (the engine starts once, as it did in the
kernel); the first request of a helper costs about 0.3 s more than drawing in the kernel
(BENCHMARKS.md, "Hub load").

``MEDIALIT_CHART_HELPER_IDLE`` sets a helper's idle seconds (tests use a short one).
``MEDIALIT_CHART_DRAWING=kernel`` draws in the calling process instead (the prepare command does,
where memory does not matter). A helper that cannot be started or answers nonsense is replaced by
drawing in the calling process; one that was killed (out of memory) gives no picture
(:class:`DrawError`), rather than risking the kernel.

Protocol: one JSON object per line each way. Requests ``{"draw": spec}`` and ``{"bundle": true}``;
replies ``{"svg", "png"}`` (PNG base64), ``{"esm"}`` or ``{"error"}``, each with ``peak_kb`` (the
helper's own peak memory so far).
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading

#: Seconds a helper waits for the next request before it exits (and its memory is returned).
IDLE_SECONDS = 30
#: Seconds one request may take before the helper is stopped (a chart takes well under 2 s alone).
TIMEOUT = 300
#: Pixels per vega unit of the PNG (1: half the drawing time of 2; bench/chart_fallback.py).
PNG_SCALE = 1

_lock = threading.Lock()
_helper: subprocess.Popen | None = None
#: What this process asked of helpers: helpers started, requests served, largest helper peak (KB).
stats = {"helpers": 0, "requests": 0, "helper_peak_kb": 0, "drawn_here": 0}


class DrawError(Exception):
    """The picture could not be drawn (the message says why)."""


def draw_here(spec: dict) -> dict:
    """``{"image/svg+xml": svg, "image/png": base64}`` drawn in this process (SVG once, PNG from the SVG)."""
    import base64

    import vl_convert

    svg = vl_convert.vegalite_to_svg(spec)
    start = svg.find("<svg")
    svg = svg[start:] if start >= 0 else svg
    png = vl_convert.svg_to_png(svg, scale=PNG_SCALE)
    return {"image/svg+xml": svg, "image/png": base64.b64encode(png).decode("ascii")}


def bundle_here() -> str:
    """altair's chart JavaScript bundled for offline use, in this process (seconds of CPU)."""
    from altair.jupyter import JupyterChart

    if not JupyterChart._is_offline:
        JupyterChart.enable_offline(True)
    return JupyterChart._esm


def in_kernel() -> bool:
    """True when ``MEDIALIT_CHART_DRAWING=kernel`` asks to draw in the calling process."""
    return os.environ.get("MEDIALIT_CHART_DRAWING", "").strip().lower() == "kernel"


def draw(spec: dict) -> dict:
    """The pictures of ``spec``, drawn by a helper process (or here, see the module's notes).

    >>> sorted(draw({"mark": "point", "data": {"values": [{"x": 1}]}, "encoding": {"x": {"field": "x"}}}))
    ['image/png', 'image/svg+xml']
    """
    if in_kernel():
        stats["drawn_here"] += 1
        return draw_here(spec)
    reply = _ask({"draw": spec}, lambda: draw_here(spec))
    if isinstance(reply, dict) and "image/svg+xml" in reply:
        return reply
    return {"image/svg+xml": reply["svg"], "image/png": reply["png"]}


def bundle() -> str:
    """The chart JavaScript bundle, made by a helper process (or here, see the module's notes)."""
    if in_kernel():
        return bundle_here()
    reply = _ask({"bundle": True}, bundle_here)
    return reply if isinstance(reply, str) else reply["esm"]


def _ask(request: dict, here):
    """Send ``request`` to the helper (started when needed); fall back to ``here()`` if none can serve."""
    global _helper
    with _lock:
        for _ in (1, 2):  # a helper may have just timed out: start a new one once
            if _helper is None or _helper.poll() is not None:
                if _helper is not None:
                    _close(_helper)
                try:
                    _helper = subprocess.Popen([sys.executable, "-m", "medialit._chartdraw"],
                                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                               env={**os.environ, "MEDIALIT_CHART_DRAWING": "kernel"})
                except OSError:
                    stats["drawn_here"] += 1
                    return here()
                stats["helpers"] += 1
            helper = _helper
            timer = threading.Timer(TIMEOUT, helper.kill)
            timer.start()
            try:
                helper.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
                helper.stdin.flush()
                line = helper.stdout.readline()
            except (BrokenPipeError, OSError):
                line = b""
            except BaseException:  # interrupted (Kernel > Interrupt): its late reply must not answer the next chart
                helper.kill()
                _close(helper)
                _helper = None
                raise
            finally:
                timer.cancel()
            if line:
                break
            code = helper.wait()
            _close(helper)
            _helper = None
            if code < 0:  # killed: out of memory, or over TIMEOUT
                raise DrawError(f"the drawing process was stopped (signal {-code})")
            # it ended on its own (idle) just as it was asked: start a fresh one
        else:  # pragma: no cover - two helpers in a row answered nothing
            stats["drawn_here"] += 1
            return here()
    try:
        reply = json.loads(line)
    except ValueError:
        stats["drawn_here"] += 1
        return here()
    stats["requests"] += 1
    stats["helper_peak_kb"] = max(stats["helper_peak_kb"], int(reply.get("peak_kb") or 0))
    if "error" in reply:
        raise DrawError(reply["error"])
    return reply


def _close(helper: subprocess.Popen) -> None:
    for pipe in (helper.stdin, helper.stdout):
        try:
            pipe.close()
        except OSError:
            pass
    try:
        helper.wait(timeout=5)  # closing stdin ends it
    except subprocess.TimeoutExpired:
        helper.kill()
        helper.wait()


def shutdown() -> None:
    """End this process's helper now (it would end by itself when idle, or when this process ends)."""
    global _helper
    with _lock:
        if _helper is not None:
            _close(_helper)
            _helper = None


atexit.register(shutdown)


def _peak_kb() -> int:
    """This process's own peak memory in KB (VmHWM: ``ru_maxrss`` would carry the kernel's over ``exec``)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:  # pragma: no cover - Windows
        return 0


def serve(idle: float = IDLE_SECONDS) -> None:
    """The helper: answer requests from stdin until it closes or ``idle`` seconds pass without one."""
    import time

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but replies on the pipe
    state = {"busy": False, "since": time.monotonic()}

    def watchdog():
        while True:
            time.sleep(min(1.0, idle / 4))
            if not state["busy"] and time.monotonic() - state["since"] > idle:
                os._exit(0)  # idle: give the engine's memory back

    threading.Thread(target=watchdog, daemon=True).start()
    for line in stdin:
        state["busy"] = True
        try:
            request = json.loads(line)
            if "bundle" in request:
                reply = {"esm": bundle_here()}
            else:
                pictures = draw_here(request["draw"])
                reply = {"svg": pictures["image/svg+xml"], "png": pictures["image/png"]}
        except Exception as exc:  # the kernel shows "no static copy" with the reason
            reply = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        reply["peak_kb"] = _peak_kb()
        stdout.write(json.dumps(reply).encode("utf-8") + b"\n")
        stdout.flush()
        state.update(busy=False, since=time.monotonic())


if __name__ == "__main__":
    serve(float(os.environ.get("MEDIALIT_CHART_HELPER_IDLE") or IDLE_SECONDS))
