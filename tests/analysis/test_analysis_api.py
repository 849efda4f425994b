"""The analysis toolkit's public names: exported, documented with a runnable example, lazy."""

from __future__ import annotations

import subprocess
import sys

import medialit

NAMES = ["find_quotes", "find_attributions", "find_framing", "load_lexicons", "find_anchors",
         "score_specificity", "find_seams", "SEAM_THRESHOLD", "shared_phrases", "article_similarity",
         "paragraph_similarity", "align_template", "cluster_templates", "seam_chart", "attribution_chart",
         "shared_phrase_chart", "similarity_chart", "template_chart"]


def test_every_name_is_exported_and_has_an_example():
    for name in NAMES:
        assert name in medialit.__all__
        value = getattr(medialit, name)
        if callable(value):
            assert ">>>" in (value.__doc__ or ""), f"{name} needs a runnable example"


def test_import_medialit_stays_light():
    code = ("import sys, medialit; heavy = [m for m in ('pandas', 'sklearn', 'datasketch', 'altair', 'scipy') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
