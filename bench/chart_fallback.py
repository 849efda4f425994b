"""What the static chart copy costs (issue 15): time to draw each lesson chart as SVG + PNG.

Every chart the lessons show carries an SVG and a PNG in its display bundle (medialit/_altair.py),
so exported and handed-in notebooks keep their charts. This measures what that adds per chart:

- "two drawings": the way it was first built, vega drawn twice (``vegalite_to_svg`` + ``vegalite_to_png``);
- "first draw": the kit now (``static_bundle`` with an empty cache: SVG drawn once, PNG rasterised from it);
- "cached": the same chart in a new kernel (memory empty, copy read from the disk cache; no engine).

Run: PYTHONPATH=$PWD .venv/bin/python bench/chart_fallback.py   (uses a temporary cache folder)
     PYTHONPATH=$PWD .venv/bin/python bench/chart_fallback.py --lesson notebooks/04-comparing-articles.ipynb
     (Run All of one lesson in a fresh kernel, twice: with an empty chart cache, then with the
     copies the first run left; what a student meets the first time and every time after)
"""

from __future__ import annotations

import os
import platform
import statistics
import tempfile
import time

os.environ["MEDIALIT_CHART_CACHE"] = tempfile.mkdtemp(prefix="chart-bench-")
os.environ["MEDIALIT_PREPARED_CHARTS"] = ""  # no installation copies: every first draw is a real drawing

import vl_convert  # noqa: E402

from medialit import (attribution_chart, paragraph_lengths, seam_chart, shared_phrase_chart,  # noqa: E402
                      similarity_chart, specificity_chart, template_chart)
from medialit import _altair  # noqa: E402
from medialit._altair import static_bundle  # noqa: E402

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


def _time(fn, repeat=3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _fresh_draw(spec):
    _altair._drawn.clear()
    for f in _altair._chart_cache_dir().glob("*.json"):
        f.unlink()
    return static_bundle(spec)


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"vl-convert {vl_convert.__version__}, load average {os.getloadavg()[0]:.2f}")
    t = time.perf_counter()
    vl_convert.vegalite_to_svg(paragraph_lengths().to_dict())
    print(f"first drawing in a kernel (starts the drawing engine; not needed when every chart is cached): "
          f"{time.perf_counter() - t:.2f} s")
    print(f"{'chart':28} {'two drawings':>13} {'first draw':>11} {'cached':>8}   svg KiB  png(base64) KiB")
    total = [0.0, 0.0, 0.0]
    for name, make in CHARTS.items():
        spec = make().to_dict()
        old = _time(lambda: (vl_convert.vegalite_to_svg(spec), vl_convert.vegalite_to_png(spec, scale=1)))
        new = _time(lambda: _fresh_draw(spec))

        def cached():
            _altair._drawn.clear()
            return static_bundle(spec)
        hit = _time(cached)
        bundle = static_bundle(spec)
        for i, v in enumerate((old, new, hit)):
            total[i] += v
        print(f"{name:28} {old * 1000:10.0f} ms {new * 1000:8.0f} ms {hit * 1000:5.0f} ms   "
              f"{len(bundle['image/svg+xml']) / 1024:7.0f}  {len(bundle['image/png']) / 1024:15.0f}")
    print(f"{'all seven':28} {total[0] * 1000:10.0f} ms {total[1] * 1000:8.0f} ms {total[2] * 1000:5.0f} ms")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


def lesson(path: str) -> None:
    """Run All of a lesson in fresh kernels (nbclient): empty chart cache, then the cache it left."""
    import nbformat
    from nbclient import NotebookClient

    os.environ.setdefault("MEDIALIT_COURSE", os.getcwd())
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    for run in ("empty chart cache", "charts cached"):
        nb = nbformat.read(path, as_version=4)
        with tempfile.TemporaryDirectory() as where:
            t = time.perf_counter()
            NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": where}}).execute()
        n = len(list(_altair._chart_cache_dir().glob("*.json")))
        print(f"{path}: Run All with {run}: {time.perf_counter() - t:.1f} s ({n} charts in the cache after)")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--lesson"]:
        lesson(sys.argv[2])
    else:
        main()
