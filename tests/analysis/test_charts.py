"""Analysis charts: returned (not displayed), titled, axes titled, colour-blind-safe colours."""

from __future__ import annotations

import pytest

from medialit import (attribution_chart, seam_chart, shared_phrase_chart, similarity_chart, template_chart)
from medialit._altair import PALETTE

SAFE_SCHEMES = {"blues", "viridis"}


def _walk(spec):
    yield spec
    for layer in spec.get("layer", []):
        yield from _walk(layer)


@pytest.mark.parametrize("make", [
    lambda: seam_chart("mosul"), lambda: attribution_chart(["mosul", "qom"]),
    lambda: shared_phrase_chart(["basra-forum", "mosul", "qom"]), lambda: similarity_chart(["mosul", "qom"]),
    lambda: template_chart(["basra-forum", "mosul"])])
def test_chart_has_title_axis_titles_and_safe_colours(make):
    chart = make()
    spec = chart.to_dict()
    assert spec["title"]["text"]
    seen_axes = 0
    for part in _walk(spec):
        enc = part.get("encoding", {})
        for axis in ("x", "y"):
            if axis in enc and "field" in enc[axis]:
                assert enc[axis].get("title"), (axis, enc[axis])
                seen_axes += 1
        colour = enc.get("color", {})
        scale = colour.get("scale", {}) if isinstance(colour, dict) else {}
        if "scheme" in scale:
            scheme = scale["scheme"]
            assert (scheme["name"] if isinstance(scheme, dict) else scheme) in SAFE_SCHEMES
        if "range" in scale:
            assert set(scale["range"]) <= set(PALETTE)
    assert seen_axes >= 2


SEED_IDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]


def test_template_chart_writes_the_slot_number_in_each_square():
    # trial (issue 15): neighbouring slots had near-identical viridis colours
    from medialit import template_chart

    layers = template_chart(SEED_IDS).to_dict()["layer"]
    assert any(l["mark"]["type"] == "text" and l["encoding"]["text"]["field"] == "slot" for l in layers)


def test_shared_phrase_chart_in_course_order_with_visible_single_uses():
    # trial (issue 15): once-used phrases near-white, legend 1.5 / 2.5 "times", columns alphabetical
    from medialit import shared_phrase_chart

    spec = shared_phrase_chart(SEED_IDS, top=10).to_dict()
    assert spec["encoding"]["x"]["sort"] == SEED_IDS
    colour = spec["encoding"]["color"]
    assert colour["scale"]["scheme"]["extent"][0] >= 0.4 and colour["scale"]["domain"][0] == 1
    assert all(float(v).is_integer() for v in colour["legend"]["values"])


def test_a_seam_chart_with_no_bars_says_why():
    # trial (issue 15): the control report's seam chart was empty and looked as if it had failed
    from medialit import seam_chart

    spec = seam_chart("control-school-roof").to_dict()
    texts = [l["encoding"].get("text", {}).get("value") for l in spec["layer"] if l["mark"]["type"] == "text"]
    assert texts == ["Every paragraph scores 0: no paragraph turns away"]
    assert "no paragraph turns away" in spec["title"]["subtitle"]
    assert not any(l["mark"]["type"] == "text" for l in seam_chart("qom").to_dict()["layer"])
