"""Charts: altair set up once to draw offline, a colour-blind-safe palette, corpus charts.

altair's default renderer loads its JavaScript from a CDN (it fails with no
internet), and altair 6's ``mimetype`` output (Vega-Lite v6) is not drawn by
JupyterLab 4's built-in renderer. So the kit uses altair's ``jupyter`` renderer in
offline mode: the chart is an anywidget whose JavaScript comes bundled from the
``vl-convert-python`` package. :func:`use_offline_renderer` is the one place
that sets it; every chart function in the kit calls it.

Outside JupyterLab a widget view is nothing: ``jupyter nbconvert`` to HTML loads a
widget manager from a CDN (blank offline), Markdown and PDF show the widget's
``repr``, and a handed-in notebook opened without its kernel has no widget state.
So the kit's renderer (``medialit``) puts a static drawing of the chart in the same
display bundle: ``image/svg+xml`` and ``image/png``, drawn by vl-convert on this
machine (once per chart: :func:`static_bundle` keeps them by spec hash), and a
``text/plain`` line naming the chart. JupyterLab shows the live widget; every
other reader of the notebook finds the picture.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

#: vega-embed options for every chart. No actions menu: its button (a ``<summary>``
#: holding only an icon) has no accessible name, a serious axe-core violation, and
#: its "Open in Vega Editor" link leaves the machine. (tests/browser audit the charts.)
EMBED_OPTIONS = {"actions": False}

_enabled = False


def use_offline_renderer() -> None:
    """Make altair draw charts offline in JupyterLab (idempotent).

    >>> use_offline_renderer()
    >>> import altair as alt
    >>> alt.renderers.active
    'medialit'
    >>> alt.renderers.options["embed_options"]
    {'actions': False}
    """
    global _enabled
    if _enabled:
        return
    _skip_slow_iri_checker()
    import altair as alt
    from altair.jupyter import JupyterChart

    alt.renderers.register("medialit", _widget_with_fallback)
    alt.renderers.enable("medialit", offline=True, embed_options=EMBED_OPTIONS)
    _load_cached_bundle(JupyterChart)
    _enabled = True


#: Pixels per vega unit of the PNG fallback (1: half the drawing time of 2; bench/chart_fallback.py).
PNG_SCALE = 1

#: Static copies kept on disk (``~/.cache/medialit/charts``, or ``$MEDIALIT_CHART_CACHE``); the oldest
#: used go first beyond this many (each is 50-200 KB).
CACHE_FILES = 400
_CACHE_FORMAT = 1  # bump when what is stored changes
_drawn: dict[str, dict] = {}  # this kernel's copies, by spec key
_MEMORY = 64


def static_bundle(spec: dict) -> dict:
    """The static part of a chart's display bundle: SVG, PNG and a line of text (offline, no JavaScript).

    Drawn by vl-convert: the SVG once, the PNG rasterised from that SVG (not drawn a second time).
    A chart is drawn once per machine account: copies are kept by a hash of the spec (and the
    vl-convert version), in memory and in ``~/.cache/medialit/charts`` (or the folder named by
    ``$MEDIALIT_CHART_CACHE``, which a JupyterHub can share), so a lesson run again, by the same
    student or anyone sharing the folder, starts no drawing engine at all.
    A chart that cannot be drawn gets only the text, which says so.

    >>> b = static_bundle({"data": {"values": [{"x": 1}]}, "mark": "point", "encoding": {"x": {"field": "x"}},
    ...                    "title": "Demo"})
    >>> sorted(b), b["text/plain"], b["image/svg+xml"][:4]
    (['image/png', 'image/svg+xml', 'text/plain'], 'Chart: Demo', '<svg')
    """
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    if isinstance(title, list):
        title = " ".join(map(str, title))
    text = f"Chart: {title}" if title else "Chart"
    try:
        pictures = _pictures(spec)
    except Exception as exc:  # no drawing: the live chart still works in JupyterLab
        return {"text/plain": f"{text} (no static copy: {type(exc).__name__})"}
    return {**pictures, "text/plain": text}


def _pictures(spec: dict) -> dict:
    """``{"image/svg+xml": ..., "image/png": base64}`` for a spec: from memory, the disk cache, or drawn."""
    import base64

    import vl_convert

    key = _spec_key(spec, vl_convert.__version__)
    if key in _drawn:
        return _drawn[key]
    pictures = _read_cached(key)
    if pictures is None:
        svg = vl_convert.vegalite_to_svg(spec)
        start = svg.find("<svg")
        svg = svg[start:] if start >= 0 else svg
        png = vl_convert.svg_to_png(svg, scale=PNG_SCALE)
        pictures = {"image/svg+xml": svg, "image/png": base64.b64encode(png).decode("ascii")}
        _write_cached(key, pictures)
    if len(_drawn) >= _MEMORY:
        _drawn.pop(next(iter(_drawn)))
    _drawn[key] = pictures
    return pictures


def _spec_key(spec: dict, version: str) -> str:
    import hashlib
    import json

    text = json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(f"{_CACHE_FORMAT}|{version}|{PNG_SCALE}|{text}".encode()).hexdigest()[:40]


def _chart_cache_dir() -> Path:
    named = os.environ.get("MEDIALIT_CHART_CACHE")
    return Path(named) if named else _cache_dir() / "charts"


def _read_cached(key: str) -> dict | None:
    import json

    path = _chart_cache_dir() / f"{key}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    svg, png = (stored.get("image/svg+xml"), stored.get("image/png")) if isinstance(stored, dict) else (0, 0)
    if not (isinstance(svg, str) and svg.startswith("<svg") and isinstance(png, str) and png):
        return None  # damaged or foreign: draw again (and overwrite)
    try:
        os.utime(path)  # most recently used: kept longest
    except OSError:
        pass
    return {"image/svg+xml": svg, "image/png": png}


def _write_cached(key: str, pictures: dict) -> None:
    import json

    folder = _chart_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(pictures), encoding="utf-8")
        os.replace(tmp, folder / f"{key}.json")
        stored = list(folder.glob("*.json"))
        if len(stored) > CACHE_FILES:
            stored.sort(key=lambda p: p.stat().st_mtime)
            for old in stored[:len(stored) - CACHE_FILES]:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only or full cache: drawing again next time is slower, not wrong


def _widget_with_fallback(spec: dict, **metadata) -> dict:
    """altair renderer: the offline JupyterChart widget plus a static SVG/PNG copy in one bundle."""
    from altair.vegalite.v6.display import jupyter_renderer

    bundle = jupyter_renderer(spec, **metadata)
    if isinstance(bundle, tuple):  # (data, metadata)
        data, meta = bundle
        return {**static_bundle(spec), **{k: v for k, v in data.items() if k != "text/plain"}}, meta
    return {**static_bundle(spec), **{k: v for k, v in bundle.items() if k != "text/plain"}}


def _skip_slow_iri_checker() -> None:
    # jsonschema (imported by altair) loads rfc3987_syntax when it is installed
    # (JupyterLab's jupyter-events installs it); that module compiles a grammar at
    # import and costs about 2.5 s and memory in every kernel. altair never checks
    # IRI formats, so the kernel does without it (jsonschema then skips that format).
    if "rfc3987_syntax" not in sys.modules and "jsonschema" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "medialit"


def _load_cached_bundle(chart_class) -> None:
    """Bundle the chart JavaScript once per machine, not once per kernel (it takes seconds).

    altair's offline mode asks vl-convert to bundle the JavaScript (about 0.9 MB)
    every time a kernel draws its first chart; the bundle only depends on the
    altair and vl-convert versions, so it is kept in ``~/.cache/medialit``.
    """
    import altair
    import vl_convert

    path = _cache_dir() / f"jupyterchart-altair{altair.__version__}-vlc{vl_convert.__version__}.js"
    try:
        chart_class._esm = path.read_text(encoding="utf-8")
        chart_class._is_offline = True
        return
    except OSError:
        pass
    chart_class.enable_offline(True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(chart_class._esm, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # no writable cache: bundling again next time is slower, not wrong


def alt():
    """altair, with the offline renderer enabled."""
    use_offline_renderer()
    import altair

    return altair


def chart_svg(chart) -> str:
    """The chart drawn as inline SVG, for HTML files: no JavaScript, so nothing in the data can run.

    (An HTML page that embeds a chart's JSON in a ``<script>`` would let a value such as
    ``</script><img onerror=...>`` out; SVG text drawn by vega is escaped.)
    Returns a short note instead when the chart cannot be drawn.

    >>> import altair as alt
    >>> chart_svg(alt.Chart({"values": [{"x": "</script><b>"}]}).mark_text().encode(text="x:N"))[:4]
    '<svg'
    """
    from ._html import esc

    try:
        import vl_convert

        svg = vl_convert.vegalite_to_svg(chart.to_dict())
    except Exception as exc:  # a chart that cannot be drawn must not cost the rest of the page
        return f'<p class="missing">(This chart could not be drawn: {esc(type(exc).__name__)}.)</p>'
    if "<script" in svg.lower():  # vega never emits scripts; refuse rather than trust
        return '<p class="missing">(Chart left out: unexpected content.)</p>'
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else ""
