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

    .venv/bin/python bench/classroom_load.py --identity [--parallel 10]

Identity and renames (issue 11): 30 students with names in seven scripts, every
lesson a fresh process (a kernel) that checks each exercise of the lesson: ten on
a hub sharing one progress folder, answering lessons 00-02 under their hub user
and setting their real name in lesson 03 (a rename mid-way: answers carried
over); ten on their own computer under the shared account ``jovyan``, naming
themselves in lesson 00 (the name box); ten in pairs sharing five classroom
computers (account ``root``, one folder per computer), one after the other: the
first answers two exercises before naming herself, the second names himself at
once (a switch between two real names). Then it counts, per student, answers
saved, lost (checked but not in the student's file) and mixed (in the file but
checked by someone else).
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
    from medialit.exercises.student import student_file_name

    problems = []
    for r in results:
        f = progress / student_file_name(r["student"])
        if not f.exists():
            problems.append(f"{f.name}: missing")
            continue
        records = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        if len(records) != r["checks"]:
            problems.append(f"{f.name}: {len(records)} answers saved, {r['checks']} checks made")
        strangers = {rec.get("student") for rec in records} - {r["student"]}
        if strangers:
            problems.append(f"{f.name}: holds answers of {strangers}")
    others = set(p.name for p in progress.iterdir()) - {student_file_name(r["student"]) for r in results}
    others = {o for o in others if not o.endswith(".lock") and o != "names"}
    if others:
        problems.append(f"unexpected files in the progress folder: {sorted(others)}")
    return problems


# -- identity and renames (issue 11) --------------------------------------------------------------
NAMES = ["Лена Смирнова", "Олег Иванов", "Léa Martin", "Lía Martin", "Zoë Müller", "Zoe Muller", "Ana López",
         "محمد علی", "فاطمه رضایی", "علی محمدی", "李小龙", "王芳", "陈静", "O'Brien-Nasser", "Nguyễn Thị Minh Khai",
         "Σωκράτης Παπαδόπουλος", "Åsa Öberg", "Priya Shah", "Priya Shaw", "Ngozi Okonkwo-Adeyemi", "Юлия Ким",
         "Hamid Rezaei", "حسن الهاشمي", "Søren Kierkegaard", "José Álvarez", "Mei Lin", "李明", "Ирина Петрова",
         "Ana Lopes", "Zoë Müller-Schmidt"]
LESSONS = ["00", "01", "02", "03", "04", "05"]


def identity_lesson(spec: dict) -> dict:
    """One kernel: maybe set the name (at ``name_at``: before check number ``name_at``), check every exercise."""
    import contextlib
    import io

    from medialit.exercises.student import set_student
    from medialit.exercises.workbook import Workbook

    wb = Workbook()
    made = []
    ids = [i for i in wb.ids() if i.startswith(spec["lesson"] + "-")]
    for n, eid in enumerate(ids):
        if spec.get("name_at") == n:
            with contextlib.redirect_stdout(io.StringIO()):
                set_student(spec["name"])
        ex = wb.exercise(eid)
        if ex.type == "short_text":
            answer = f"{spec['tag']} wrote this for {eid}"
        else:
            answer = wb.solution(eid).key.answer
            if isinstance(answer, dict):
                answer = {k: v[0] if isinstance(v, list) else v for k, v in answer.items()}
        fb = wb.check(eid, answer)
        made.append({"exercise": eid, "answer": answer, "saved": fb.saved})
    return {"made": made}


def _plan() -> list[list[dict]]:
    """Sequences of lesson runs; each inner list runs in order (one student, or two sharing a computer)."""
    plans = []
    for i, name in enumerate(NAMES):
        tag = f"T{i:02d}"
        if i < 10:    # hub, shared folder, hub user; real name set in lesson 03
            env = {"JUPYTERHUB_USER": f"hub-user-{i:02d}", "folder": "hub"}
            runs = [{"lesson": l, "name": name, "tag": tag, **({"name_at": 0} if l == "03" else {})} for l in LESSONS]
            plans.append([{**r, **env, "student": name} for r in runs])
        elif i < 20:  # own computer, account jovyan; name box in lesson 00 before any check
            env = {"account": "jovyan", "folder": f"pc-{i:02d}"}
            plans.append([{"lesson": l, "name": name, "tag": tag, **env, "student": name,
                           **({"name_at": 0} if l == "00" else {})} for l in LESSONS])
        elif i % 2 == 0:  # two students share one classroom computer (account root), one after the other
            first, second = name, NAMES[i + 1]
            env = {"account": "root", "folder": f"room-{i:02d}"}
            runs = [{"lesson": l, "name": first, "tag": tag, **env, "student": first,
                     **({"name_at": 2} if l == "00" else {})} for l in LESSONS]
            runs += [{"lesson": l, "name": second, "tag": f"T{i + 1:02d}", **env, "student": second,
                      **({"name_at": 0} if l == "00" else {})} for l in LESSONS]
            plans.append(runs)
    return plans


def run_identity(parallel: int) -> int:
    import threading
    from collections import Counter

    plans = _plan()
    made: dict[str, list] = {}
    errors: list[str] = []
    gate = threading.Semaphore(parallel)
    with tempfile.TemporaryDirectory() as tmp:
        def drive(runs):
            for spec in runs:
                env = {k: v for k, v in os.environ.items() if k not in ("MEDIALIT_STUDENT", "JUPYTERHUB_USER")}
                env["MEDIALIT_PROGRESS"] = str(Path(tmp) / spec["folder"])
                if "JUPYTERHUB_USER" in spec:
                    env["JUPYTERHUB_USER"] = spec["JUPYTERHUB_USER"]
                for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # the computer's account name
                    env[var] = spec.get("account", "root")
                with gate:
                    out = subprocess.run([sys.executable, __file__, "--identity-one", json.dumps(spec)], env=env,
                                         capture_output=True, text=True)
                if out.returncode:
                    errors.append(f"{spec['student']} {spec['lesson']}: {out.stderr[-500:]}")
                    continue
                made.setdefault(spec["student"], []).extend(json.loads(out.stdout.splitlines()[-1])["made"])

        t0 = time.perf_counter()
        threads = [threading.Thread(target=drive, args=(runs,)) for runs in plans]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        from medialit.exercises import answerlog

        folder_of = {spec["student"]: spec["folder"] for runs in plans for spec in runs}
        tag_of = {spec["student"]: spec["tag"] for runs in plans for spec in runs}
        saved = lost = mixed = 0
        for name, checks in made.items():
            os.environ["MEDIALIT_PROGRESS"] = str(Path(tmp) / folder_of[name])
            records = answerlog.student_log(name).read()
            key = answerlog.name_key(name)
            # answers are saved normalised (a pick "p8:s1" as "mosul:p8:s1"): count per exercise, and
            # compare short answers (unique to each student) word for word
            canon = lambda e, a: (e, a if isinstance(a, str) and " wrote this for " in a else "")  # noqa: E731
            want = Counter(canon(c["exercise"], c["answer"]) for c in checks)
            have = Counter(canon(r["exercise"], r["answer"]) for r in records)
            saved += sum((want & have).values())
            lost += sum((want - have).values())
            strangers = [r for r in records if r.get("student_key") != key
                         or (isinstance(r.get("answer"), str) and " wrote this for " in r["answer"]
                             and not r["answer"].startswith(tag_of[name] + " "))]
            mixed += len(strangers) + sum((have - want).values())
    checks = sum(len(c) for c in made.values())
    scripts = "Latin with accents, Cyrillic, Arabic, Persian, Chinese, Greek, Vietnamese"
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {len(NAMES)} students "
          f"({scripts}), at most {parallel} kernels at once, one fresh process per lesson")
    print(f"wall time: {wall:.0f} s; checks made: {checks}; answers saved in the right file: {saved}; "
          f"lost: {lost}; mixed: {mixed}; errors: {len(errors)}")
    for e in errors[:10]:
        print("  " + e)
    return 1 if lost or mixed or errors or len(made) != len(NAMES) else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=10)
    parser.add_argument("--identity", action="store_true", help="30 students: names in many scripts, renames")
    parser.add_argument("--parallel", type=int, default=10, help="with --identity: kernels at once")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--identity-one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_student(args.one)))
        return
    if args.identity_one:
        print(json.dumps(identity_lesson(json.loads(args.identity_one)), ensure_ascii=False))
        return
    if args.identity:
        sys.exit(run_identity(args.parallel))
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
