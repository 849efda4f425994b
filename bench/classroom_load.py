"""Classroom load (issue 7): N students run the whole lesson sequence at once.

    .venv/bin/python bench/classroom_load.py [--students 10]

Each student is a separate process that runs every lesson in notebooks/ in order,
each lesson in a fresh kernel (as when a student opens it), with its own student
name and one shared progress folder (as on a JupyterHub with a shared disk).
After each lesson the student checks every exercise of that lesson with the key's
answer. Afterwards the benchmark verifies that every lesson ran without an error,
and that each student's answer file holds exactly that student's answers: none
lost, none mixed up. It reports wall time and each kernel's peak memory (RSS,
sampled every 0.1 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent

CHECK_CELL = """\
import json as _json
from medialit import check as _check, solution as _solution
_ids = {ids!r}
def _first(answer):  # a key may allow alternatives per item: answer with the first
    if isinstance(answer, dict):
        return {{k: v[0] if isinstance(v, list) else v for k, v in answer.items()}}
    return answer
_feedback = {{i: _check(i, _first(_solution(i).key.answer)) for i in _ids}}
# short answers are saved, not scored: None
print("SCORES " + _json.dumps({{i: None if f.status == "saved" else f.score for i, f in _feedback.items()}}))
"""


def _watch_peak(pid_getter, stop: threading.Event, out: dict) -> None:
    import psutil

    peak = 0
    while not stop.is_set():
        pid = pid_getter()
        if pid:
            try:
                peak = max(peak, psutil.Process(pid).memory_info().rss)
            except psutil.Error:
                pass
        time.sleep(0.1)
    out["peak"] = peak


def run_student(index: int) -> dict:
    """Run every lesson for one student (in this process); return what happened."""
    import nbformat
    from nbclient import NotebookClient

    from medialit.exercises.workbook import Workbook

    ids = Workbook().ids()
    result = {"student": f"student-{index:02d}", "lessons": [], "errors": [], "checks": 0}
    start = time.perf_counter()
    for path in sorted((KIT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        lesson_ids = [i for i in ids if i.startswith(path.name[:2] + "-")]
        nb.cells.append(nbformat.v4.new_code_cell(CHECK_CELL.format(ids=lesson_ids)))
        client = NotebookClient(nb, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        stop, peak = threading.Event(), {}
        pid = lambda: getattr(getattr(client.km, "provisioner", None), "pid", None)  # noqa: E731
        watcher = threading.Thread(target=_watch_peak, args=(pid, stop, peak))
        t0 = time.perf_counter()
        watcher.start()
        try:
            client.execute()
        except Exception as exc:  # report, keep going with the next lesson
            result["errors"].append(f"{path.name}: {type(exc).__name__}: {str(exc)[:300]}")
        finally:
            stop.set()
            watcher.join()
        scores = {}
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    result["errors"].append(f"{path.name}: {out.get('ename')}: {out.get('evalue')}")
                text = out.get("text", "")
                if text.startswith("SCORES "):
                    scores = json.loads(text[7:])
        result["checks"] += len(scores)
        if any(s != 1.0 for s in scores.values() if s is not None):
            result["errors"].append(f"{path.name}: a key did not score 1.0: {scores}")
        result["lessons"].append({"lesson": path.name, "seconds": round(time.perf_counter() - t0, 1),
                                  "peak_mb": round(peak.get("peak", 0) / 2**20), "checks": len(scores)})
    result["seconds"] = round(time.perf_counter() - start, 1)
    return result


def verify(progress: Path, results: list[dict]) -> list[str]:
    """Every student's file holds exactly their own answers, one per check."""
    problems = []
    for r in results:
        f = progress / f"{r['student']}.jsonl"
        if not f.exists():
            problems.append(f"{f.name}: missing")
            continue
        records = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        if len(records) != r["checks"]:
            problems.append(f"{f.name}: {len(records)} answers saved, {r['checks']} checks made")
        strangers = {rec.get("student") for rec in records} - {r["student"]}
        if strangers:
            problems.append(f"{f.name}: holds answers of {strangers}")
    others = set(p.name for p in progress.iterdir()) - {f"{r['student']}.jsonl" for r in results}
    others = {o for o in others if not o.endswith(".lock")}
    if others:
        problems.append(f"unexpected files in the progress folder: {sorted(others)}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=10)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_student(args.one)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        progress = Path(tmp) / "progress"
        progress.mkdir()
        t0 = time.perf_counter()
        procs = []
        for i in range(args.students):
            env = {**os.environ, "MEDIALIT_PROGRESS": str(progress), "MEDIALIT_STUDENT": f"student-{i:02d}"}
            procs.append(subprocess.Popen([sys.executable, __file__, "--one", str(i)], env=env,
                                          stdout=subprocess.PIPE, text=True))
        results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
        wall = time.perf_counter() - t0
        problems = verify(progress, results)
    lessons = sorted({l["lesson"] for r in results for l in r["lessons"]})
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {args.students} students at once, "
          f"{len(lessons)} lessons each, one fresh kernel per lesson")
    print(f"wall time for the whole class: {wall:.0f} s")
    print("| lesson | median s per student | max s | median peak MB per kernel | max peak MB |")
    print("|---|---|---|---|---|")
    for name in lessons:
        rows = [l for r in results for l in r["lessons"] if l["lesson"] == name]
        secs, mem = [l["seconds"] for l in rows], [l["peak_mb"] for l in rows]
        print(f"| {name} | {statistics.median(secs):.0f} | {max(secs):.0f} | {statistics.median(mem):.0f} | {max(mem)} |")
    errors = [e for r in results for e in r["errors"]]
    print(f"checks saved: {sum(r['checks'] for r in results)}; errors: {len(errors)}; answer-file problems: "
          f"{len(problems)}")
    for line in errors[:10] + problems[:10]:
        print("  " + line)
    sys.exit(1 if errors or problems else 0)


if __name__ == "__main__":
    main()
