"""Benchmark: ``check()`` latency (with its durable save) and cold import, beside otter-grader.

Usage (from the kit folder)::

    .venv/bin/python bench/check_latency.py [--n 2000] [--otter /tmp/otter-venv/bin/python]

Measures, in one run:

- ``medialit.check()`` median and 95th-percentile latency per answer type, each call
  including its fsync-ed append to the progress file (written under ``bench/out/``,
  on the same disk as the kit, never tmpfs);
- a bare fsync-ed append of one line (the floor a durable save cannot beat);
- cold import of the check path (``from medialit import check``) in a fresh
  interpreter, median of 15 runs;
- otter-grader's ``grader.check("q1")`` on an equivalent question (a number that
  must equal 3), and cold ``import otter``, using the Python of a throwaway venv
  given by ``--otter`` (otter-grader is not a dependency of the kit:
  ``python3 -m venv /tmp/otter-venv && /tmp/otter-venv/bin/pip install otter-grader``).

Prints a Markdown table for BENCHMARKS.md and writes ``bench/out/check_latency.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
OUT = KIT / "bench" / "out"

IMPORT_SNIPPET = ("import time; t = time.perf_counter(); from medialit import check; "
                  "print(time.perf_counter() - t)")

OTTER_SCRIPT = textwrap.dedent('''
    import json, os, statistics, sys, time
    t = time.perf_counter()
    import otter
    import_s = time.perf_counter() - t
    tests = sys.argv[1]
    grader = otter.Notebook(tests_dir=tests)
    n_named = 3
    env = {"n_named": n_named}
    for _ in range(50):
        grader.check("q1", env)
    times = []
    for _ in range(int(sys.argv[2])):
        t = time.perf_counter_ns()
        result = grader.check("q1", env)
        times.append(time.perf_counter_ns() - t)
    times.sort()
    print(json.dumps({"version": otter.__version__, "import_s": import_s,
                      "median_ms": statistics.median(times) / 1e6,
                      "p95_ms": times[int(len(times) * 0.95)] / 1e6,
                      "passed": bool(result.grade == 1)}))
''')


# The otter test for the equivalent question: the answer (a variable) must equal 3.
OTTER_TEST = """OK_FORMAT = True

test = {
    "name": "q1",
    "points": 1,
    "suites": [{"cases": [{"code": ">>> n_named == 3\\nTrue", "hidden": False, "locked": False}],
                "scored": True, "setup": "", "teardown": "", "type": "doctest"}],
}
"""


def median_import(python: str, snippet: str, runs: int = 15) -> float:
    values = []
    for _ in range(runs):
        out = subprocess.run([python, "-c", snippet], capture_output=True, text=True, check=True, cwd=KIT)
        values.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(values)


def bare_fsync_append(folder: Path, n: int) -> float:
    path = folder / "bare.jsonl"
    line = (json.dumps({"exercise": "00-3-named-voices", "answer": 3, "status": "correct"}) + "\n").encode()
    times = []
    for _ in range(n):
        t = time.perf_counter_ns()
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.write(fd, line)
        os.fsync(fd)
        os.close(fd)
        times.append(time.perf_counter_ns() - t)
    return statistics.median(times) / 1e6


def check_latency(n: int, folder: Path) -> dict:
    os.environ["MEDIALIT_PROGRESS"] = str(folder)
    os.environ["MEDIALIT_STUDENT"] = "bench"
    from medialit import check

    cases = {
        "number": ("00-3-named-voices", 3),
        "single_choice": ("00-1-dateline", "d"),
        "multi_choice": ("00-2-vague-attributions", ["a", "c"]),
        "pick": ("00-4-israel-passage", ["mosul:p8:s1", "mosul:p4:s1"]),
        "label": ("00-5-article-parts", {"qom:p1": "scene", "qom:p6": "israel"}),
        "short_text": ("00-6-what-is-missing", "It has no byline and no date; I would search for the forum."),
        "wrong shape": ("00-3-named-voices", object()),
    }
    t = time.perf_counter()
    fb = check("00-3-named-voices", 3)  # first check: reads the YAML
    first_ms = (time.perf_counter() - t) * 1e3
    assert fb.saved and fb.correct
    t = time.perf_counter()
    check("00-4-israel-passage", ["mosul:p8:s1"])  # first pick: reads the articles (loads pandas)
    first_pick_ms = (time.perf_counter() - t) * 1e3
    results = {}
    bare_path = folder / "bare-paired.jsonl"
    line = (json.dumps({"exercise": "00-3-named-voices", "answer": 3, "status": "correct"}) + "\n").encode()
    for name, (eid, answer) in cases.items():
        for _ in range(50):
            check(eid, answer)
        times, bare = [], []
        for _ in range(n):  # paired: each check is followed by a bare fsync-ed append, same disk weather
            t = time.perf_counter_ns()
            fb = check(eid, answer)
            times.append(time.perf_counter_ns() - t)
            t = time.perf_counter_ns()
            fd = os.open(bare_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            os.write(fd, line)
            os.fsync(fd)
            os.close(fd)
            bare.append(time.perf_counter_ns() - t)
        assert fb.saved
        times.sort()
        results[name] = {"median_ms": statistics.median(times) / 1e6, "p95_ms": times[int(n * 0.95)] / 1e6,
                         "bare_median_ms": statistics.median(bare) / 1e6}
    # diagnostic: the same checks with fsync stubbed out = the kit's own (CPU) cost per check
    real_fsync = os.fsync
    os.fsync = lambda fd: None
    try:
        for name, (eid, answer) in cases.items():
            times = []
            for _ in range(n):
                t = time.perf_counter_ns()
                check(eid, answer)
                times.append(time.perf_counter_ns() - t)
            results[name]["no_fsync_median_ms"] = statistics.median(times) / 1e6
    finally:
        os.fsync = real_fsync
    lines = (folder / "bench.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line) for line in lines)
    return {"per_type": results, "first_check_ms": first_ms, "first_pick_check_ms": first_pick_ms,
            "lines_written": len(lines)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="timed checks per answer type")
    parser.add_argument("--otter", default="/tmp/otter-venv/bin/python",
                        help="python of a venv with otter-grader installed (skipped if missing)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="progress-", dir=OUT))
    try:
        result = {
            "machine": {"nproc": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform()},
            "bare_fsync_append_ms": bare_fsync_append(folder, args.n),
            "medialit_import_s": median_import(sys.executable, IMPORT_SNIPPET),
        }
        result["medialit"] = check_latency(args.n, folder)
        # the disk is shared with whatever else runs: measure the floor again after, report both
        result["bare_fsync_append_after_ms"] = bare_fsync_append(folder, args.n)
        if Path(args.otter).exists():
            tests = folder / "otter-tests"
            tests.mkdir()
            (tests / "q1.py").write_text(OTTER_TEST)
            out = subprocess.run([args.otter, "-c", OTTER_SCRIPT, str(tests), str(args.n)], capture_output=True,
                                 text=True, cwd=folder)
            if out.returncode == 0:
                result["otter"] = json.loads(out.stdout.strip().splitlines()[-1])
                imports = []
                for _ in range(15):
                    o = subprocess.run([args.otter, "-c", "import time; t = time.perf_counter(); import otter; "
                                                          "print(time.perf_counter() - t)"],
                                       capture_output=True, text=True, check=True, cwd=folder)
                    imports.append(float(o.stdout.strip().splitlines()[-1]))
                result["otter"]["import_s"] = statistics.median(imports)
            else:
                result["otter_error"] = out.stderr[-2000:]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    (OUT / "check_latency.json").write_text(json.dumps(result, indent=1))
    m = result["medialit"]["per_type"]
    print(f"machine: {result['machine']['nproc']} cores, Python {result['machine']['python']}, "
          f"{result['machine']['platform']}")
    print("\n| what | median | p95 | paired bare fsync-ed append, median | same check, fsync stubbed (CPU cost) |"
          "\n|---|---|---|---|---|")
    for name, r in m.items():
        print(f"| medialit `check()` {name}, with fsync-ed save | {r['median_ms']:.3f} ms | {r['p95_ms']:.3f} ms | "
              f"{r['bare_median_ms']:.3f} ms | {r['no_fsync_median_ms']:.3f} ms |")
    if "otter" in result:
        o = result["otter"]
        print(f"| otter-grader {o['version']} `grader.check('q1')` (saves nothing) | {o['median_ms']:.3f} ms | "
              f"{o['p95_ms']:.3f} ms | | |")
    print(f"| bare fsync-ed append of one line, alone (before / after the checks) | "
          f"{result['bare_fsync_append_ms']:.3f} / {result['bare_fsync_append_after_ms']:.3f} ms | | | |")
    print(f"\n| cold import | median of 15 |\n|---|---|")
    print(f"| `from medialit import check` | {result['medialit_import_s']:.3f} s |")
    if "otter" in result:
        print(f"| `import otter` | {result['otter']['import_s']:.3f} s |")
    print(f"\nfirst check in a kernel (reads the exercise YAML): {result['medialit']['first_check_ms']:.1f} ms; "
          f"first pick/label check (reads the articles, loads pandas): "
          f"{result['medialit']['first_pick_check_ms']:.0f} ms")
    if "otter_error" in result:
        print("otter-grader failed:\n" + result["otter_error"], file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
