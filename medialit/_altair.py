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

Memory on a hub (issue 16): a kernel never runs vl-convert's engine itself. The lessons' copies and
the JavaScript bundle are read from a read-only folder the admin prepared once per installation
(``python -m medialit charts prepare``, :func:`prepared_dir`); anything else (a student's own
article, their progress chart) is drawn by a short-lived helper process (:mod:`medialit._chartdraw`)
and kept in the student's own cache.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from ._chartdraw import PNG_SCALE  # pixels per vega unit of the PNG (part of a copy's key)

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


#: Static copies kept on disk (``~/.cache/medialit/charts``, or ``$MEDIALIT_CHART_CACHE``); the oldest
#: used go first beyond this many (each is 50-200 KB).
CACHE_FILES = 400
_CACHE_FORMAT = 1  # bump when what is stored changes
_drawn: dict[str, dict] = {}  # this kernel's copies, by spec key
_MEMORY = 64
#: Where this kernel's chart copies came from (``memory``, ``prepared``, ``cache``, ``drawn``, ``failed``)
#: and its JavaScript bundle (``bundle``: ``prepared``, ``cache`` or ``made``); bench/hub_load.py reports it.
chart_stats: dict = {"memory": 0, "prepared": 0, "cache": 0, "drawn": 0, "failed": 0, "bundle": None}
_UNSAFE_SVG = None


def static_bundle(spec: dict) -> dict:
    """The static part of a chart's display bundle: SVG, PNG and a line of text (offline, no JavaScript).

    The SVG is drawn once by vl-convert and the PNG rasterised from it. Copies are looked up by a hash of
    the spec (and the vl-convert version): in this kernel's memory, then in the installation's read-only
    folder of prepared copies (``python -m medialit charts prepare``: :func:`prepared_dir`), then in the
    student's own cache ``~/.cache/medialit/charts`` (or ``$MEDIALIT_CHART_CACHE``). Only a chart found in
    none of them is drawn, by a short-lived helper process (``medialit._chartdraw``), so vl-convert's
    engine never grows the kernel; the copy then goes into the student's own cache.
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
        chart_stats["failed"] += 1
        return {"text/plain": f"{text} (no static copy: {type(exc).__name__})"}
    return {**pictures, "text/plain": text}


def _pictures(spec: dict) -> dict:
    """``{"image/svg+xml": ..., "image/png": base64}`` for a spec: from memory, a folder on disk, or drawn."""
    from . import _chartdraw

    key = spec_key(spec)
    if key in _drawn:
        chart_stats["memory"] += 1
        return _drawn[key]
    prepared = prepared_dir()
    pictures = _read_copy(prepared / "charts" / f"{key}.json", own=False) if prepared else None
    if pictures is not None:
        chart_stats["prepared"] += 1
    else:
        pictures = _read_copy(_chart_cache_dir() / f"{key}.json", own=True)
        if pictures is not None:
            chart_stats["cache"] += 1
        else:
            pictures = _chartdraw.draw(spec)
            chart_stats["drawn"] += 1
            _write_cached(key, pictures)
    if len(_drawn) >= _MEMORY:
        _drawn.pop(next(iter(_drawn)))
    _drawn[key] = pictures
    return pictures


@functools.lru_cache(maxsize=1)
def versions() -> tuple[str, str]:
    """(altair version, vl-convert version), read without importing vl-convert (its import costs memory)."""
    import altair

    try:
        from importlib.metadata import version

        vlc = version("vl-convert-python")
    except Exception:  # pragma: no cover - not installed as a distribution
        import vl_convert

        vlc = vl_convert.__version__
    return altair.__version__, vlc


def spec_key(spec: dict) -> str:
    """The name a chart's copies are kept under: a hash of the spec, the vl-convert version and the PNG scale."""
    import hashlib
    import json

    text = json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(f"{_CACHE_FORMAT}|{versions()[1]}|{PNG_SCALE}|{text}".encode()).hexdigest()[:40]


def prepared_dir() -> Path | None:
    """The installation's folder of prepared chart copies, or None when there is none kernels may trust.

    ``$MEDIALIT_PREPARED_CHARTS`` names it (empty: none); by default ``<sys.prefix>/share/medialit``, the
    environment the kit is installed in. Kernels only read it, and only when nobody but its owner (the
    admin, or the student on their own computer) can write to it: a folder others can write to would let
    one student put a picture (SVG) or JavaScript into another student's notebook.
    """
    named = os.environ.get("MEDIALIT_PREPARED_CHARTS")
    folder = Path(named) if named else Path(sys.prefix) / "share" / "medialit"
    if named == "" or not folder.is_dir():
        return None
    return folder if folder_trust(folder, own=False) is None else None


def folder_trust(path: Path, own: bool) -> str | None:
    """Why kernels must not read chart copies from ``path`` (None: they may).

    Refused: a folder anyone may write to; one its group may write to, unless it is the reader's own;
    with ``own``, one that is not the reader's own (the student's cache).
    """
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: one user per profile
        return None
    try:
        st = path.stat()
    except OSError as exc:
        return f"cannot be read ({type(exc).__name__})"
    mine = st.st_uid == os.getuid()
    if st.st_mode & 0o002:
        return "anyone can write to it"
    if st.st_mode & 0o020 and not mine:
        return "its group can write to it"
    if own and not mine:
        return "it belongs to another user"
    return None


def safe_copy(pictures: object) -> dict | None:
    """The pictures if they look like vega's own drawing (SVG with no script, base64 PNG), else None."""
    import re

    global _UNSAFE_SVG
    if not isinstance(pictures, dict):
        return None
    svg, png = pictures.get("image/svg+xml"), pictures.get("image/png")
    if not (isinstance(svg, str) and svg.startswith("<svg") and isinstance(png, str) and png):
        return None
    if _UNSAFE_SVG is None:
        _UNSAFE_SVG = re.compile(r"<script|<foreignobject|javascript:|<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
    if _UNSAFE_SVG.search(svg) or not re.fullmatch(r"[A-Za-z0-9+/=]+", png):
        return None
    return {"image/svg+xml": svg, "image/png": png}


def _chart_cache_dir() -> Path:
    named = os.environ.get("MEDIALIT_CHART_CACHE")
    return Path(named) if named else _cache_dir() / "charts"


def _read_copy(path: Path, own: bool) -> dict | None:
    """A stored copy, or None when missing, damaged, unsafe or in a folder others can write to."""
    import json

    try:
        with open(path, encoding="utf-8") as f:
            if hasattr(os, "getuid"):
                st = os.fstat(f.fileno())
                if st.st_mode & 0o002 or (own or st.st_mode & 0o020) and st.st_uid != os.getuid():
                    return None
                if folder_trust(path.parent, own) is not None:
                    return None
            stored = json.loads(f.read())
    except (OSError, ValueError):
        return None
    pictures = safe_copy(stored)
    if pictures is not None and own:
        try:
            os.utime(path)  # most recently used: kept longest
        except OSError:
            pass
    return pictures


def _write_cached(key: str, pictures: dict) -> None:
    import json

    folder = _chart_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if folder_trust(folder, own=True) is not None:
            return  # never write into a folder others can read from and write to
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


def bundle_name() -> str:
    """The file name of the chart JavaScript bundle for the installed altair and vl-convert."""
    altair_version, vlc_version = versions()
    return f"jupyterchart-altair{altair_version}-vlc{vlc_version}.js"


def _load_cached_bundle(chart_class) -> None:
    """Bundle the chart JavaScript once per installation or account, not once per kernel (it takes seconds).

    altair's offline mode asks vl-convert to bundle the JavaScript (about 0.9 MB) every time a kernel
    draws its first chart; the bundle only depends on the altair and vl-convert versions. So it is read
    from the installation's prepared folder (:func:`prepared_dir`), else from ``~/.cache/medialit``; only
    when neither has it is it made, by the drawing helper process (not in the kernel), and kept in the
    student's own cache.
    """
    name = bundle_name()
    prepared = prepared_dir()
    for folder, own, origin in ((prepared, False, "prepared"), (_cache_dir(), True, "cache")):
        if folder is None or folder_trust(folder, own) is not None:
            continue
        try:
            esm = (folder / name).read_text(encoding="utf-8")
        except OSError:
            continue
        if esm.strip():
            chart_class._esm, chart_class._is_offline = esm, True
            chart_stats["bundle"] = origin
            return
    from . import _chartdraw

    chart_class._esm, chart_class._is_offline = _chartdraw.bundle(), True
    chart_stats["bundle"] = "made"
    path = _cache_dir() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if folder_trust(path.parent, own=True) is not None:
            return
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

    The SVG is the chart's static copy (:func:`static_bundle`: prepared, cached or drawn outside the kernel).

    (An HTML page that embeds a chart's JSON in a ``<script>`` would let a value such as
    ``</script><img onerror=...>`` out; SVG text drawn by vega is escaped.)
    Returns a short note instead when the chart cannot be drawn.

    >>> import altair as alt
    >>> chart_svg(alt.Chart({"values": [{"x": "</script><b>"}]}).mark_text().encode(text="x:N"))[:4]
    '<svg'
    """
    from ._html import esc

    try:
        svg = _pictures(chart.to_dict())["image/svg+xml"]
    except Exception as exc:  # a chart that cannot be drawn must not cost the rest of the page
        return f'<p class="missing">(This chart could not be drawn: {esc(type(exc).__name__)}.)</p>'
    if "<script" in svg.lower():  # vega never emits scripts; refuse rather than trust
        return '<p class="missing">(Chart left out: unexpected content.)</p>'
    return svg
