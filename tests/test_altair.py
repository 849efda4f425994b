"""The static chart copy (issue 15): drawn once per spec, kept by spec hash, never wrong when the cache is.

medialit/_altair.py draws an SVG and a PNG for every chart so exported and handed-in notebooks keep
their charts; drawing costs about a second in a fresh kernel, so copies are cached on disk. On a hub
(issue 16) kernels read the installation's prepared folder first and never write to it, and refuse
folders and files other users can write to (one student's SVG or JavaScript in another's notebook).
"""

from __future__ import annotations

import base64
import json

import pytest

from medialit import _altair, _chartdraw
from medialit._altair import spec_key, static_bundle

SPEC = {"data": {"values": [{"x": 1}, {"x": 2}]}, "mark": "point", "encoding": {"x": {"field": "x"}},
        "title": "Cache demo"}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_CHART_CACHE", str(tmp_path / "charts"))
    monkeypatch.setenv("MEDIALIT_PREPARED_CHARTS", str(tmp_path / "no-prepared-folder"))
    monkeypatch.setattr(_altair, "_drawn", {})
    return tmp_path / "charts"


def _count_drawings(monkeypatch):
    calls = []
    real = _chartdraw.draw
    monkeypatch.setattr(_chartdraw, "draw", lambda spec: calls.append(1) or real(spec))
    return calls


def test_the_png_is_a_real_picture_of_the_svg(cache):
    b = static_bundle(SPEC)
    png = base64.b64decode(b["image/png"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 1000
    assert b["image/svg+xml"].startswith("<svg") and "Cache demo" in b["image/svg+xml"]


def test_a_chart_is_drawn_once_then_read_from_disk_in_a_new_kernel(cache, monkeypatch):
    calls = _count_drawings(monkeypatch)
    first = static_bundle(SPEC)
    assert len(calls) == 1 and len(list(cache.glob("*.json"))) == 1
    monkeypatch.setattr(_altair, "_drawn", {})  # a new kernel: nothing in memory
    again = static_bundle(SPEC)
    assert again == first and len(calls) == 1


def test_a_different_chart_is_drawn_not_served_from_the_cache(cache, monkeypatch):
    calls = _count_drawings(monkeypatch)
    static_bundle(SPEC)
    other = static_bundle({**SPEC, "title": "Another chart"})
    assert len(calls) == 2 and "Another chart" in other["image/svg+xml"]


@pytest.mark.parametrize("damage", ["not json", json.dumps({"image/svg+xml": "<p>", "image/png": "x"}),
                                    json.dumps([1, 2])])
def test_a_damaged_cache_file_is_drawn_again_and_replaced(cache, monkeypatch, damage):
    first = static_bundle(SPEC)
    (path,) = cache.glob("*.json")
    path.write_text(damage, encoding="utf-8")
    monkeypatch.setattr(_altair, "_drawn", {})
    assert static_bundle(SPEC) == first
    assert json.loads(path.read_text(encoding="utf-8"))["image/svg+xml"] == first["image/svg+xml"]


def test_an_unwritable_cache_still_gives_the_picture(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MEDIALIT_CHART_CACHE", str(blocker / "charts"))
    monkeypatch.setattr(_altair, "_drawn", {})
    assert static_bundle(SPEC)["image/svg+xml"].startswith("<svg")


def test_the_cache_keeps_only_the_most_recently_used_copies(cache, monkeypatch):
    import os

    monkeypatch.setattr(_altair, "CACHE_FILES", 2)
    static_bundle({**SPEC, "title": "one"})
    (one,) = cache.glob("*.json")
    os.utime(one, (1, 1))  # long unused
    static_bundle({**SPEC, "title": "two"})
    static_bundle({**SPEC, "title": "three"})
    assert len(list(cache.glob("*.json"))) == 2 and not one.exists()


def test_a_chart_that_cannot_be_drawn_says_so_and_is_not_cached(cache):
    b = static_bundle({"mark": "no-such-mark", "title": "Broken"})
    assert b == {"text/plain": b["text/plain"]} and b["text/plain"].startswith("Chart: Broken (no static copy")
    assert not cache.exists() or not list(cache.glob("*.json"))


# --------------------------------------------------------------------------- the prepared folder (issue 16)

MARK = "<svg><text>prepared copy</text></svg>"
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n fake").decode()


@pytest.fixture
def prepared(tmp_path, monkeypatch, cache):
    """An installation's prepared folder holding SPEC's copy (marked, so a hit shows), read-only as installed."""
    folder = tmp_path / "share" / "medialit"
    (folder / "charts").mkdir(parents=True)
    (folder / "charts" / f"{spec_key(SPEC)}.json").write_text(
        json.dumps({"image/svg+xml": MARK, "image/png": PNG}), encoding="utf-8")
    (folder / _altair.bundle_name()).write_text("/* prepared bundle */ export default {};", encoding="utf-8")
    for p in [folder, folder / "charts"]:
        p.chmod(0o555)
    for p in folder.rglob("*.*"):
        p.chmod(0o444)
    monkeypatch.setenv("MEDIALIT_PREPARED_CHARTS", str(folder))
    yield folder
    for p in [folder, folder / "charts"]:
        p.chmod(0o755)


def _state(folder):
    return sorted((str(p), p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else b"") for p in folder.rglob("*"))


def test_a_prepared_copy_is_read_first_and_the_folder_never_written(prepared, cache, monkeypatch):
    calls = _count_drawings(monkeypatch)
    before = _state(prepared)
    stats = dict(_altair.chart_stats)
    assert static_bundle(SPEC)["image/svg+xml"] == MARK and not calls
    assert _altair.chart_stats["prepared"] == stats["prepared"] + 1
    other = static_bundle({**SPEC, "title": "A student's own chart"})  # a miss still draws ...
    assert len(calls) == 1 and "A student" in other["image/svg+xml"]
    assert len(list(cache.glob("*.json"))) == 1  # ... into the student's own cache
    assert _state(prepared) == before  # nothing written, nothing touched


def test_the_prepared_bundle_is_read_and_the_folder_never_written(prepared, cache, monkeypatch):
    class Chart:
        _esm, _is_offline = "", False

    monkeypatch.setenv("XDG_CACHE_HOME", str(cache.parent / "xdg"))
    before = _state(prepared)
    _altair._load_cached_bundle(Chart)
    assert Chart._esm.startswith("/* prepared bundle */") and Chart._is_offline
    assert _altair.chart_stats["bundle"] == "prepared" and _state(prepared) == before
    assert not (cache.parent / "xdg").exists()  # not copied into the student's cache either


@pytest.mark.parametrize("damage", ["not json", json.dumps({"image/svg+xml": "<p>", "image/png": "x"}),
                                    json.dumps({"image/svg+xml": "<svg><script>alert(1)</script></svg>",
                                                "image/png": PNG}),
                                    json.dumps({"image/svg+xml": '<svg onload="alert(1)"></svg>', "image/png": PNG}),
                                    json.dumps({"image/svg+xml": MARK, "image/png": "<img src=x>"})])
def test_a_damaged_or_unsafe_prepared_copy_is_ignored_and_the_chart_drawn(prepared, cache, monkeypatch, damage):
    path = prepared / "charts" / f"{spec_key(SPEC)}.json"
    path.chmod(0o644)
    path.write_text(damage, encoding="utf-8")
    path.chmod(0o444)
    calls = _count_drawings(monkeypatch)
    b = static_bundle(SPEC)
    assert len(calls) == 1 and b["image/svg+xml"] != MARK and "Cache demo" in b["image/svg+xml"]
    assert path.read_text(encoding="utf-8") == damage  # the installation's file is left as it is


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o775])
def test_a_prepared_folder_others_can_write_to_is_not_read(prepared, cache, monkeypatch, mode):
    import os

    prepared.chmod(mode)
    if mode == 0o775:  # group-writable: refused unless it is the reader's own folder
        if os.geteuid() != 0:
            pytest.skip("making the folder another user's needs root")
        os.chown(prepared, 4242, -1)
    assert _altair.prepared_dir() is None
    calls = _count_drawings(monkeypatch)
    assert static_bundle(SPEC)["image/svg+xml"] != MARK and len(calls) == 1


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() != 0,
                    reason="making a file another user's needs root")
def test_a_cached_copy_of_another_user_is_not_read(cache, monkeypatch):
    import os

    static_bundle(SPEC)
    (path,) = cache.glob("*.json")
    path.write_text(json.dumps({"image/svg+xml": MARK, "image/png": PNG}), encoding="utf-8")
    os.chown(path, 4242, -1)  # planted by someone else
    monkeypatch.setattr(_altair, "_drawn", {})
    assert static_bundle(SPEC)["image/svg+xml"] != MARK


def test_a_shared_writable_cache_is_neither_read_nor_written(tmp_path, monkeypatch):
    shared = tmp_path / "shared-cache"
    shared.mkdir()
    shared.chmod(0o1777)  # what the old advice ("a folder every student can write") made
    (shared / f"{spec_key(SPEC)}.json").write_text(json.dumps({"image/svg+xml": MARK, "image/png": PNG}))
    monkeypatch.setenv("MEDIALIT_CHART_CACHE", str(shared))
    monkeypatch.setenv("MEDIALIT_PREPARED_CHARTS", "")
    monkeypatch.setattr(_altair, "_drawn", {})
    assert static_bundle(SPEC)["image/svg+xml"] != MARK
    assert len(list(shared.glob("*.json"))) == 1  # only the planted file: nothing of ours written there


def test_the_report_svg_uses_the_same_copies(prepared, cache, monkeypatch):
    import altair as alt

    chart = alt.Chart({"values": [{"x": 1}]}).mark_point().encode(x="x:Q")
    calls = _count_drawings(monkeypatch)
    first = _altair.chart_svg(chart)
    monkeypatch.setattr(_altair, "_drawn", {})
    assert _altair.chart_svg(chart) == first and len(calls) == 1 and first.startswith("<svg")
