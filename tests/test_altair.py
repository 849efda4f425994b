"""The static chart copy (issue 15): drawn once per spec, kept by spec hash, never wrong when the cache is.

medialit/_altair.py draws an SVG and a PNG for every chart so exported and handed-in notebooks keep
their charts; drawing costs about a second in a fresh kernel, so copies are cached on disk.
"""

from __future__ import annotations

import base64
import json

import pytest

from medialit import _altair
from medialit._altair import static_bundle

SPEC = {"data": {"values": [{"x": 1}, {"x": 2}]}, "mark": "point", "encoding": {"x": {"field": "x"}},
        "title": "Cache demo"}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_CHART_CACHE", str(tmp_path / "charts"))
    monkeypatch.setattr(_altair, "_drawn", {})
    return tmp_path / "charts"


def _count_drawings(monkeypatch):
    import vl_convert

    calls = []
    real = vl_convert.vegalite_to_svg
    monkeypatch.setattr(vl_convert, "vegalite_to_svg", lambda spec: calls.append(1) or real(spec))
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
