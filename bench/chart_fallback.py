"""What the static chart copy costs (issue 15): time to draw each lesson chart as SVG + PNG.

Every chart the lessons show carries an SVG and a PNG in its display bundle (medialit/_altair.py),
so exported and handed-in notebooks keep their charts. This measures what that adds per chart.

Run: PYTHONPATH=$PWD .venv/bin/python bench/chart_fallback.py
"""

from __future__ import annotations

import platform
import statistics
import time

from medialit import (attribution_chart, paragraph_lengths, seam_chart, shared_phrase_chart, similarity_chart,
                      specificity_chart, template_chart)
from medialit._altair import static_bundle

SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]
CHARTS = {
    "paragraph_lengths (00)": lambda: paragraph_lengths(),
    "specificity_chart (01)": lambda: specificity_chart(SEEDS + ["control-school-roof"]),
    "seam_chart (01/03/05)": lambda: seam_chart("qom"),
    "attribution_chart (02)": lambda: attribution_chart(SEEDS + ["control-school-roof"]),
    "shared_phrase_chart (04)": lambda: shared_phrase_chart(SEEDS, top=20),
    "similarity_chart (04)": lambda: similarity_chart(SEEDS),
    "template_chart (04)": lambda: template_chart(SEEDS),
}


def main() -> None:
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    t = time.perf_counter()
    static_bundle(paragraph_lengths().to_dict())
    print(f"first chart in a kernel (starts the drawing engine): {time.perf_counter() - t:.2f} s")
    for name, make in CHARTS.items():
        spec = make().to_dict()
        times, sizes = [], None
        for _ in range(3):
            t = time.perf_counter()
            bundle = static_bundle(spec)
            times.append(time.perf_counter() - t)
        sizes = {k: len(v) for k, v in bundle.items() if k != "text/plain"}
        print(f"{name:28} median {statistics.median(times) * 1000:6.0f} ms   "
              f"svg {sizes.get('image/svg+xml', 0) / 1024:5.0f} KiB   png(base64) {sizes.get('image/png', 0) / 1024:5.0f} KiB")


if __name__ == "__main__":
    main()
