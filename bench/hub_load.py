"""Hub load (issue 16): a class on a real JupyterHub, kernels started through the hub's API.

    .venv/bin/python bench/hub_load.py [--students 30] [--at-once N] [--lessons 6] [--json out.json] [--no-prepare]

Starts JupyterHub on 127.0.0.1 (configurable-http-proxy, DummyAuthenticator, one home
folder per user: tests/hub/hubdriver.py), clones the instructor's student copy into
every student's home (``~/course``, as nbgitpuller does), starts every student's
server through the hub's REST API and gives every student an API token of their own
(``/hub/api/users/<name>/tokens``: it reaches only that student's server, as the
student's browser does), then runs the class: for each student, every lesson in
order, each in a fresh kernel started through the hub's proxy with the student's token
(``/user/<name>/api/sessions``, so the kernel runs in ``~/course/notebooks``) and driven
over the kernel's websocket. After each lesson the kernel checks every exercise of the
lesson (the key's answer, or a short text) and reports each ``check()``'s time and
its own peak memory (``ru_maxrss``).

As INSTRUCTORS.md's deployment recipes do, the admin first prepares the lessons' chart copies
(``python -m medialit charts prepare COURSE --into DIR``, a read-only folder every server reads
through ``MEDIALIT_PREPARED_CHARTS``; timed and reported). ``--no-prepare`` runs the class without
it, for comparison. Each lesson also reports where its charts came from and the peak memory of the
helper process that drew the rest (``medialit._chartdraw``), so a student's total is reported too.

``--at-once`` is how many students run lessons at the same time (all servers are
up throughout; default: all of them). While the class runs, a sampler reads every
2 s the memory (RSS) of the hub's process tree and of every kernel, the machine's
available memory and its load average. Before the lessons, every student's token is
tried on the next student's server: it must be refused. Afterwards it verifies that every lesson ran with no error and every
student's answer file (in their own home) holds exactly their own answers, one per
check: none lost, none mixed. Prints a Markdown summary (wall time for the class and
per student, check p50/p95, peak MB per kernel, memory of the servers) and exits 1 on
any error, any answer-file problem, any kernel over 250 MB or any token that reached
another student's server.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import uuid
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT / "tests" / "hub"))

import hubdriver  # noqa: E402

JUPYTERLAB_RECONNECT_LIMIT = 7  # what JupyterLab 4's kernel connection tries before it gives up
SLOW = 1200  # s: one request or cell may wait this long with 30 kernels on 2 shared cores

CHECK_CELL = """\
import json as _json, resource as _resource, time as _time
from medialit import check as _check
_times = {{}}
for _i, _a in {answers!r}.items():
    _t = _time.perf_counter()
    _fb = _check(_i, _a)
    _times[_i] = [_time.perf_counter() - _t, _fb.status, _fb.saved]
_use = _resource.getrusage(_resource.RUSAGE_SELF)
from medialit import _altair as _alt, _chartdraw as _cd
print("RESULT " + _json.dumps({{"times": _times, "peak_kb": _use.ru_maxrss, "cpu_s": _use.ru_utime + _use.ru_stime,
                               "charts": _alt.chart_stats, "helper_peak_kb": _cd.stats["helper_peak_kb"],
                               "helpers": _cd.stats["helpers"]}}))
"""


def key_answers(ids: list[str]) -> dict:
    """A valid answer to every exercise: the instructor's key (first alternative), or a short text."""
    from medialit.exercises.workbook import Workbook

    wb, out = Workbook(KIT), {}
    for i in ids:
        key = wb.key(i)
        answer = key.answer if key is not None and key.answer is not None else "a short answer from the load test"
        if isinstance(answer, dict):
            answer = {k: v[0] if isinstance(v, list) else v for k, v in answer.items()}
        out[i] = answer
    return out


async def run_cell(ws, session: str, code: str, timeout: float) -> tuple[list[str], list[str]]:
    """Execute ``code`` over the kernel websocket; return (stdout lines, error texts)."""
    msg_id = uuid.uuid4().hex
    await ws.write_message(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "bench", "session": session,
                   "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True}}))
    out, errors, idle, replied = [], [], False, False
    deadline = time.monotonic() + timeout
    while not (idle and replied):
        raw = await asyncio.wait_for(ws.read_message(), timeout=max(1, deadline - time.monotonic()))
        if raw is None:
            raise ConnectionError("kernel websocket closed")
        msg = json.loads(raw)
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = msg["header"]["msg_type"]
        if kind == "stream" and msg["content"]["name"] == "stdout":
            out.extend(msg["content"]["text"].splitlines())
        elif kind == "error":
            errors.append(f"{msg['content']['ename']}: {msg['content']['evalue']}")
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            idle = True
        elif kind == "execute_reply":
            replied = True
    return out, errors


async def run_lesson(hub, user: str, token: str, lesson: Path, answers: dict) -> dict:
    import nbformat
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    rel = f"course/notebooks/{lesson.name}"
    t0 = time.perf_counter()
    session = await asyncio.to_thread(hub.request, f"/user/{user}/api/sessions", "POST",
                                      {"path": rel, "type": "notebook", "name": lesson.name,
                                       "kernel": {"name": "python3"}}, SLOW, token)
    kernel = session["kernel"]["id"]
    url = hub.url.replace("http://", "ws://") + f"/user/{user}/api/kernels/{kernel}/channels"

    def connect():
        return websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {token}"},
                                             connect_timeout=SLOW, request_timeout=SLOW))

    ws = await connect()
    result = {"lesson": lesson.name, "errors": [], "times": {}, "peak_mb": 0, "cpu_s": 0, "reconnects": 0}
    try:
        nb = nbformat.read(lesson, as_version=4)
        for n, cell in enumerate(c for c in nb.cells if c.cell_type == "code"):
            try:
                _, errors = await run_cell(ws, session["id"], cell.source, SLOW)
            except ConnectionError as lost:
                # The server closes a new kernel's websocket when the kernel does not answer its first
                # kernel_info_request within 60 s (jupyter_server's kernel_info_timeout), which a fresh
                # kernel on an overloaded machine can miss; JupyterLab then reconnects by itself, up to
                # 7 times, each after a random wait of 0 to 2**attempt - 1 seconds (@jupyterlab/services,
                # KernelConnection._reconnect: _reconnectLimit = 7). The bench does the same on the
                # first cell (which only imports the kit, so running it again is harmless); counted.
                if n > 0:
                    raise
                while True:
                    if result["reconnects"] >= JUPYTERLAB_RECONNECT_LIMIT:
                        raise lost
                    await asyncio.sleep(random.uniform(0, 2 ** result["reconnects"] - 1))
                    result["reconnects"] += 1
                    ws.close()
                    try:
                        ws = await connect()
                        _, errors = await run_cell(ws, session["id"], cell.source, SLOW)
                        break
                    except ConnectionError as again:
                        lost = again
            result["errors"] += [f"{lesson.name}: {e}" for e in errors]
            if errors:
                break
        out, errors = await run_cell(ws, session["id"], CHECK_CELL.format(answers=answers), SLOW)
        result["errors"] += [f"{lesson.name} checks: {e}" for e in errors]
        for line in out:
            if line.startswith("RESULT "):
                data = json.loads(line[7:])
                result["times"], result["peak_mb"] = data["times"], data["peak_kb"] / 1024
                result["cpu_s"] = data["cpu_s"]  # the kernel's own CPU time for the whole lesson
                result["charts"], result["helper_mb"] = data["charts"], data["helper_peak_kb"] / 1024
                result["helpers"] = data["helpers"]
    finally:
        ws.close()
        await asyncio.to_thread(hub.request, f"/user/{user}/api/sessions/{session['id']}", "DELETE", None,
                                SLOW, token)
    result["seconds"] = time.perf_counter() - t0
    return result


async def run_student(hub, user: str, token: str, lessons: list[Path], ids: dict,
                      gate: asyncio.Semaphore) -> dict:
    async with gate:
        runs, t0 = [], time.perf_counter()
        for lesson in lessons:
            answers = {i: a for i, a in ids.items() if i.startswith(lesson.name[:2] + "-")}
            try:
                runs.append(await run_lesson(hub, user, token, lesson, answers))
            except Exception as exc:  # report, go on with the next lesson
                runs.append({"lesson": lesson.name, "errors": [f"{lesson.name}: {type(exc).__name__}: {exc}"],
                             "times": {}, "peak_mb": 0, "cpu_s": 0, "seconds": 0})
        return {"student": user, "lessons": runs, "seconds": time.perf_counter() - t0}


def verify(hub, result: dict) -> list[str]:
    """The student's own answer file holds exactly their answers, one per check; nobody else's file is there."""
    from medialit.exercises.student import student_file_name

    user, own = result["student"], student_file_name(result["student"])
    progress = hub.home(user) / "course" / "progress"
    files = sorted(p.name for p in progress.glob("*.jsonl")) if progress.is_dir() else []
    if files != [own]:
        return [f"{user}: answer files {files}, expected only {own}"]
    records = [json.loads(line) for line in (progress / own).read_text().splitlines() if line.strip()]
    checks = sum(len(run["times"]) for run in result["lessons"])
    problems = []
    if len(records) != checks:
        problems.append(f"{user}: {len(records)} answers saved, {checks} checks made")
    if {r.get("student") for r in records} - {user}:
        problems.append(f"{user}: holds answers of {({r.get('student') for r in records} - {user})}")
    return problems


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def kernel_pids(pids: list[int]) -> list[int]:
    """The kernels among ``pids`` (``python -m ipykernel_launcher``)."""
    found = []
    for pid in pids:
        try:
            if b"ipykernel_launcher" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:
            pass
    return found


def _is_helper(pid: int) -> bool:
    try:
        return b"medialit._chartdraw" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _parent(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
        return int(text[text.rfind(")") + 2:].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


class Sampler(threading.Thread):
    """Every ``every`` s: RSS of the hub's whole process tree, of each kernel, available memory, load."""

    def __init__(self, root: int, every: float = 2.0):
        super().__init__(daemon=True)
        self.root, self.every, self.stop = root, every, threading.Event()
        self.tree_mb = self.kernel_mb = self.kernel_tree_mb = 0.0
        self.kernels = 0
        self.available_mb = float("inf")
        self.loads: list[float] = []

    def run(self) -> None:
        while not self.stop.is_set():
            pids = hubdriver._descendants(self.root)
            kernels = kernel_pids(pids)
            self.tree_mb = max(self.tree_mb, rss_mb(pids + [self.root]))
            self.kernel_mb = max([self.kernel_mb] + [rss_mb([k]) for k in kernels])
            helpers = [p for p in pids if p not in kernels and _is_helper(p)]
            parent = {h: _parent(h) for h in helpers}
            self.kernel_tree_mb = max([self.kernel_tree_mb] + [  # a kernel with its drawing helper, at once
                rss_mb([k] + [h for h in helpers if parent[h] == k]) for k in kernels])
            self.kernels = max(self.kernels, len(kernels))
            for line in Path("/proc/meminfo").read_text().splitlines():
                if line.startswith("MemAvailable:"):
                    self.available_mb = min(self.available_mb, int(line.split()[1]) / 1024)
            self.loads.append(os.getloadavg()[0])
            self.stop.wait(self.every)


def refused_elsewhere(hub, users: list[str], tokens: dict) -> list[str]:
    """Try every student's token on the next student's server; return the ones that got in."""
    leaks = []
    for user, other in zip(users, users[1:] + users[:1]):
        if user == other:
            continue
        try:
            hub.request(f"/user/{other}/api/contents/course", token=tokens[user], timeout=SLOW)
            leaks.append(f"{user}'s token read {other}'s course folder")
        except urllib.error.HTTPError as exc:
            if exc.code not in (403, 404):
                leaks.append(f"{user}'s token on {other}'s server: HTTP {exc.code}")
    return leaks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--at-once", type=int, help="students running lessons at the same time (default: all)")
    parser.add_argument("--lessons", type=int, default=6, help="the first N lessons (default: all six)")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--no-prepare", action="store_true",
                        help="no prepared chart folder (the comparison: every kernel's charts drawn for it)")
    args = parser.parse_args()
    args.at_once = args.at_once or args.students
    load_before = os.getloadavg()
    reason = hubdriver.missing()
    if reason:
        sys.exit(reason)
    from medialit.exercises.workbook import Workbook

    ids = key_answers(Workbook(KIT).ids())
    lessons = sorted((KIT / "notebooks").glob("*.ipynb"))[:args.lessons]
    users = [f"s{i:02d}" for i in range(1, args.students + 1)]
    with tempfile.TemporaryDirectory() as tmp:
        repo = hubdriver.student_repository(Path(tmp))
        prepared, prepare_s, prepare_lines = None, 0.0, []
        if not args.no_prepare:  # the admin's step of every deployment recipe (INSTRUCTORS.md)
            prepared, t = Path(tmp) / "prepared", time.perf_counter()
            prepare_lines = hubdriver.prepare_charts(repo, prepared, [p.name[:2] for p in lessons])
            prepare_s = time.perf_counter() - t
            prepared_before = hubdriver.folder_state(prepared)
        hub = hubdriver.start_hub(Path(tmp) / "hub", prepared=prepared)
        try:
            t0 = time.perf_counter()
            for user in users:  # what nbgitpuller does on the first click of the link
                hub.home(user).mkdir(parents=True, exist_ok=True)
                subprocess.run(["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(hub.home(user) / "course")],
                               check=True)
            for user in users:  # ask for every server at once, as a class logging in does
                hub.api(f"/users/{user}", "POST", {})
                hub.api(f"/users/{user}/server", "POST", {})
            for user in users:
                hub.wait_ready(user, timeout=SLOW)
            spawn = time.perf_counter() - t0
            servers_mb = rss_mb(hubdriver._descendants(hub.process.pid) + [hub.process.pid])
            tokens = {u: hub.api(f"/users/{u}/tokens", "POST", {"note": "hub_load bench", "expires_in": 86400},
                                 SLOW)["token"] for u in users}
            leaks = refused_elsewhere(hub, users, tokens)
            sampler = Sampler(hub.process.pid)
            sampler.start()
            t1 = time.perf_counter()

            async def everyone():
                gate = asyncio.Semaphore(args.at_once)
                return await asyncio.gather(*(run_student(hub, u, tokens[u], lessons, ids, gate) for u in users))

            try:
                results = asyncio.run(everyone())
            finally:
                sampler.stop.set()
                sampler.join()
            wall = time.perf_counter() - t1
            problems = [p for r in results for p in verify(hub, r)]
            if prepared is not None and hubdriver.folder_state(prepared) != prepared_before:
                problems.append(f"the prepared folder {prepared} was written to during the class")
        finally:
            hubdriver.stop_hub(hub)
            kept_log = KIT / "bench" / "out" / "hub_load-jupyterhub.log"  # the temporary folder goes away
            kept_log.parent.mkdir(parents=True, exist_ok=True)  # (bench/out is ignored by git)
            shutil.copy(hub.log_path, kept_log)
    errors = [e for r in results for run in r["lessons"] for e in run["errors"]]
    reconnects = sum(run.get("reconnects", 0) for r in results for run in r["lessons"])
    times = sorted(t[0] * 1000 for r in results for run in r["lessons"] for t in run["times"].values())
    unsaved = sum(not t[2] for r in results for run in r["lessons"] for t in run["times"].values())
    peaks = [run["peak_mb"] for r in results for run in r["lessons"] if run["peak_mb"]]
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))] if times else float("nan")
    total_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20
    print(f"machine: {os.cpu_count()} cores, {total_mb / 1024:.0f} GB; Python {sys.version.split()[0]}; "
          f"JupyterHub {__import__('jupyterhub').__version__}")
    print(f"load average before (1, 5, 15 min): {load_before[0]:.1f}, {load_before[1]:.1f}, {load_before[2]:.1f}; "
          f"during the lessons (1 min): median {statistics.median(sampler.loads or [0]):.1f}, "
          f"max {max(sampler.loads or [0]):.1f}")
    print(f"{args.students} students, {args.at_once} running lessons at once, {len(lessons)} lessons each, "
          f"one fresh kernel per lesson through the hub")
    print(f"prepared chart folder: {'none (--no-prepare)' if args.no_prepare else f'made in {prepare_s:.0f} s'}")
    for line in prepare_lines[1:-2]:
        print("  " + line)
    print(f"clone + start {args.students} servers: {spawn:.0f} s; servers and hub, idle: {servers_mb:.0f} MB "
          f"({servers_mb / args.students:.0f} MB per student)")
    per_student = sorted(r["seconds"] for r in results)
    print(f"wall time for the class: {wall:.0f} s; per student (all {len(lessons)} lessons): min "
          f"{per_student[0]:.0f} s, median {statistics.median(per_student):.0f} s, max {per_student[-1]:.0f} s")
    print(f"memory while the lessons ran (sampled every 2 s): hub tree peak {sampler.tree_mb:.0f} MB with up to "
          f"{sampler.kernels} kernels at once; largest kernel seen {sampler.kernel_mb:.0f} MB, largest kernel with "
          f"its drawing helper {sampler.kernel_tree_mb:.0f} MB; machine's available "
          f"memory never below {sampler.available_mb:.0f} MB of {total_mb:.0f} MB")
    print(f"checks: {len(times)}, not saved: {unsaved}; check() p50 {statistics.median(times):.0f} ms, "
          f"p95 {p95:.0f} ms, max {times[-1]:.0f} ms" if times else "checks: none")
    print("| lesson | median s per student | max s | median kernel CPU s | median peak MB per kernel | max peak MB "
          "| charts prepared / cached / drawn (median) | max helper MB | max kernel peak + helper peak MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for lesson in lessons:
        rows = [run for r in results for run in r["lessons"] if run["lesson"] == lesson.name]
        secs, mem, cpu = [r["seconds"] for r in rows], [r["peak_mb"] for r in rows], [r.get("cpu_s", 0) for r in rows]
        med = {k: statistics.median([(r.get("charts") or {}).get(k, 0) for r in rows])
               for k in ("prepared", "cache", "drawn")}
        helper = max(r.get("helper_mb", 0) for r in rows)
        both = max(r["peak_mb"] + r.get("helper_mb", 0) for r in rows)
        print(f"| {lesson.stem} | {statistics.median(secs):.0f} | {max(secs):.0f} | {statistics.median(cpu):.1f} "
              f"| {statistics.median(mem):.0f} | {max(mem):.0f} | {med['prepared']:g} / {med['cache']:g} / "
              f"{med['drawn']:g} | {helper:.0f} | {both:.0f} |")
    print(f"errors: {len(errors)}; answer-file problems: {len(problems)}; kernels over 250 MB: "
          f"{sum(p > 250 for p in peaks)}; tokens that reached another student's server: {len(leaks)} "
          f"of {len(users) if len(users) > 1 else 0} tried; websocket reconnections (first cell): {reconnects}")
    if errors or problems:
        print(f"the hub's log (JupyterHub, servers, kernels) is kept in {kept_log}")
    for line in errors[:10] + problems[:10] + leaks[:10]:
        print("  " + line)
    if args.json:
        Path(args.json).write_text(json.dumps({"results": results, "spawn_s": spawn, "wall_s": wall,
                                               "servers_mb": servers_mb, "load_before": load_before,
                                               "loads": sampler.loads, "tree_peak_mb": sampler.tree_mb,
                                               "kernel_peak_sampled_mb": sampler.kernel_mb,
                                               "kernel_with_helper_sampled_mb": sampler.kernel_tree_mb,
                                               "prepared": not args.no_prepare, "prepare_s": prepare_s,
                                               "prepare_lines": prepare_lines,
                                               "available_min_mb": sampler.available_mb}, indent=1))
    sys.exit(1 if errors or problems or unsaved or leaks or any(p > 250 for p in peaks) else 0)


if __name__ == "__main__":
    main()
