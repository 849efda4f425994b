"""The live class view: during a lesson, who attempted each exercise, who got it right, who is stuck.

It reads the students' answer logs (``<name>.jsonl``, as ``check()`` saves them) in a
shared folder, e.g. a hub's shared volume with ``MEDIALIT_PROGRESS`` pointing each
student there. It only reads: files are opened read-only, never locked, repaired or
moved (a torn last line, mid-write, is simply not counted yet). Each refresh reads
only what was appended since the last one, so 500 logs refresh well within a second.

An answer saved with its score (a practice copy scores it in the student's kernel with the
hashed key; the instructor's kit with the key) is counted as saved. Answers saved unscored (an
assessment copy) are scored with the instructor's keys by the score-only rule that ``check()``
itself uses (:func:`~medialit.exercises.grading.score`: no feedback wording is built, and the
two cannot disagree); each distinct answer is scored once, so a class repeating answers costs
little more. A student is **stuck** on an exercise after ``stuck_after`` (3)
wrong tries without a right one. Short answers are counted as attempted and shown as
"saved: you score them" (the kit cannot tell right from wrong there; ``right`` is empty).

**Shared accounts are not students.** A log saved under an account name many people share
(``root``, ``jovyan``, ``student`` ...; :data:`~medialit.exercises.student.GENERIC_ACCOUNTS`)
belongs to someone who has not typed their name yet (lesson 00 asks for it). Such logs are
not counted as students or in the table; they are listed apart (:attr:`ClassView.accounts`)
so the teacher can ask who they are.

In a notebook: ``class_view("/srv/shared/progress")`` (refreshes every few seconds);
on the command line: ``python -m medialit class FOLDER --watch``.

>>> import tempfile, json
>>> folder = Path(tempfile.mkdtemp())
>>> lines = [{"student": "ana", "exercise": "00-1-dateline", "answer": a} for a in "abcd"]
>>> _ = (folder / "ana.jsonl").write_text("".join(json.dumps(r) + "\\n" for r in lines))
>>> view = ClassView(folder)
>>> view.refresh().loc["00-1-dateline", ["attempted", "right", "stuck"]].tolist()
[1, 1, 0]
>>> _ = (folder / "root.jsonl").write_text(json.dumps({"student": "root", "exercise": "00-1-dateline", "answer": "d"}) + "\\n")
>>> int(view.refresh().loc["00-1-dateline", "attempted"]), view.students, view.accounts
(1, 1, {'root': 1})
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from ..exercises.schema import ExerciseError, ExerciseNotFound
from ..exercises.student import GENERIC_ACCOUNTS, name_key
from ..exercises.workbook import Workbook
from ..problems import KitError


class _Log:
    """What has been read of one student's log: byte offset, and per exercise (tries, wrong, right)."""

    __slots__ = ("offset", "size", "mtime", "student", "tries")

    def __init__(self):
        self.offset, self.size, self.mtime, self.student = 0, -1, -1, None
        self.tries: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tries, wrong, right


class ClassView:
    """Per-exercise counts of a class from the answer logs in ``folder`` (read only).

    :meth:`refresh` returns a pandas DataFrame indexed by exercise with the columns
    ``attempted`` (students), ``right`` (students with a fully right answer),
    ``stuck`` (students stuck) and ``stuck_students`` (their names, comma-separated).
    """

    def __init__(self, folder: str | Path, root: str | Path | None = None, *, stuck_after: int = 3):
        self.folder = Path(folder)
        self.stuck_after = stuck_after
        self.wb = Workbook(root)
        self.can_score = not self.wb.is_student_copy()
        self.ids = self.wb.ids()
        self.short = set()
        for eid in self.ids:
            try:
                if self.wb.exercise(eid).type == "short_text":
                    self.short.add(eid)
            except ExerciseError:
                pass
        self.students, self.accounts = 0, {}
        self._table = None
        self._logs: dict[str, _Log] = {}
        self._broken: set = set()
        from .submissions import Scorer

        self._scorer = Scorer(self.wb) if self.can_score else None

    def _score(self, rec: dict) -> float | None:
        """1.0 right, below 1 wrong, None when it cannot be told (short text, unknown exercise)."""
        eid, answer = rec.get("exercise"), rec.get("answer")
        if eid in self.short:
            return None
        if rec.get("scored") is True and isinstance(rec.get("score"), (int, float)):
            return float(rec["score"])  # scored in the student's kernel (a practice copy): the same key, hashed
        if self.can_score and eid not in self._broken:
            try:
                return self._scorer.score(eid, answer)  # the score check() gives, without its wording
            except (ExerciseError, ExerciseNotFound):
                self._broken.add(eid)  # a broken exercise or key file: not scored until the next refresh
        return None

    def _read(self, path: Path, log: _Log) -> bool:
        """Read what was appended to ``path`` since the last time; True when something changed."""
        try:
            st = os.stat(path)
        except OSError:
            return False
        if st.st_size == log.size and st.st_mtime_ns == log.mtime:
            return False
        if st.st_size < log.offset:  # the file was rewritten (set aside by the student's kernel): read it again
            log.offset, log.tries = 0, defaultdict(lambda: [0, 0, 0])
        try:
            with open(path, "rb") as f:
                f.seek(log.offset)
                data = f.read()
        except OSError:
            return False
        end = data.rfind(b"\n") + 1  # a line still being written is read next time
        for rec in _records(data[:end]):
            if not isinstance(rec, dict) or rec.get("exercise") not in self._known:
                continue
            if isinstance(rec.get("student"), str):
                log.student = rec["student"]
            score = self._score(rec)
            t = log.tries[rec["exercise"]]
            t[0] += 1
            if score is not None:
                if score >= 1:
                    t[2] += 1
                else:
                    t[1] += 1
        log.offset += end
        log.size, log.mtime = st.st_size, st.st_mtime_ns
        return True

    def refresh(self):
        """Read what is new in every log; return the table (see the class docstring)."""
        import pandas as pd

        self._known, self._broken = set(self.ids), set()
        if not self.folder.is_dir():
            raise KitError(f"{self.folder} is not a folder; give the shared folder of the answer logs")
        changed = False
        for entry in os.scandir(self.folder):
            if entry.name.endswith(".jsonl") and entry.is_file():
                log = self._logs.get(entry.name)
                if log is None:
                    log = self._logs[entry.name] = _Log()
                changed |= self._read(Path(entry.path), log)
        if not changed and self._table is not None:
            return self._table  # nothing new: the same table (a refresh then costs a stat per log)
        flat, students, accounts = [], 0, {}
        for name, log in self._logs.items():
            who = log.student or name[:-6]
            if _shared_account(who):
                if log.tries:
                    accounts[who] = accounts.get(who, 0) + sum(t[0] for t in log.tries.values())
                continue
            students += bool(log.tries)
            flat += [(eid, who, right > 0, not right and wrong >= self.stuck_after)
                     for eid, (tries, wrong, right) in log.tries.items()]
        self.students, self.accounts = students, accounts
        data = pd.DataFrame(flat, columns=["exercise", "who", "right", "stuck"])
        agg = data.groupby("exercise").agg(attempted=("who", "size"), right=("right", "sum"), stuck=("stuck", "sum"))
        names = data[data["stuck"]].groupby("exercise")["who"].agg(lambda s: ", ".join(sorted(s, key=str.lower)))
        table = agg.reindex(self.ids, fill_value=0).astype("int64")
        table.index.name = "exercise"
        table["right"] = table["right"].astype("Int64")
        table.loc[table.index.isin(self.short), "right"] = pd.NA  # scored by the teacher, not right or wrong here
        table["stuck_students"] = names.reindex(self.ids).fillna("").astype(str).to_numpy()
        self._table = table
        return table

    def _accounts_line(self) -> str:
        if not self.accounts:
            return ""
        listed = ", ".join(f"{a} ({n} answer{'s' if n != 1 else ''})" for a, n in sorted(self.accounts.items()))
        return (f"Not counted: answers saved under shared account names ({listed}); those students have not typed "
                "their name yet (lesson 00, or set_student(\"Their Name\")).")

    def text(self, table=None) -> str:
        """The table as plain text for a terminal."""
        table = self.refresh() if table is None else table
        from ..exercises.feedback import plural

        lines = [f"Class view of {self.folder} at {time.strftime('%H:%M:%S')}: {plural(self.students, 'students')}"
                 + ("" if self.can_score else " (student copy: right/wrong as saved)"),
                 f"{'exercise':<30} {'attempted':>9} {'right':>6} {'stuck':>6}  stuck students"]
        for eid, r in table.iterrows():
            if r.attempted and eid in self.short:
                lines.append(f"{eid:<30} {r.attempted:>9}  short answers, saved: you score them (grade)")
            elif r.attempted:
                lines.append(f"{eid:<30} {r.attempted:>9} {r.right:>6} {r.stuck:>6}  {r.stuck_students}")
        if self.accounts:
            lines.append(self._accounts_line())
        return "\n".join(lines)

    def html(self, table=None) -> str:
        """The table as escaped HTML (for the notebook widget)."""
        from .._html import esc

        table = self.refresh() if table is None else table
        body = "".join(
            f"<tr><td>{esc(e)}</td><td>{r.attempted}</td><td colspan=\"3\">short answers, saved: you score them</td></tr>"
            if e in self.short else
            f"<tr><td>{esc(e)}</td><td>{r.attempted}</td><td>{r.right}</td><td>{r.stuck}</td>"
            f"<td>{esc(r.stuck_students)}</td></tr>" for e, r in table.iterrows())
        accounts = f"<p>{esc(self._accounts_line())}</p>" if self.accounts else ""
        from ..exercises.feedback import plural

        return (f"<p>{plural(self.students, 'students')} · updated {time.strftime('%H:%M:%S')}</p>{accounts}"
                "<table><thead><tr><th>exercise</th><th>attempted</th><th>right</th><th>stuck</th>"
                f"<th>stuck students</th></tr></thead><tbody>{body}</tbody></table>")


def _shared_account(name: str) -> bool:
    try:
        return name_key(name) in GENERIC_ACCOUNTS
    except (TypeError, ValueError):
        return False


def _records(data: bytes) -> list:
    """The JSON records of complete lines: parsed in one call, line by line only when one is torn."""
    lines = [line for line in data.split(b"\n") if line.strip()]
    if not lines:
        return []
    try:
        return json.loads(b"[" + b",".join(lines) + b"]")
    except ValueError:
        out = []
        for line in lines:
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out


def watch(folder, root=None, *, every: float = 3.0, once: bool = False, stuck_after: int = 3) -> int:
    """Print the class view, again every ``every`` seconds until Ctrl-C (``once``: print it once)."""
    try:
        view = ClassView(folder, root, stuck_after=stuck_after)
        while True:
            text = view.text()
            if not once and sys.stdout.isatty():
                print("\033[2J\033[H", end="")
            print(text, flush=True)
            if once:
                return 0
            time.sleep(every)
    except KitError as exc:
        print(f"class: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


def class_view(folder: str | Path, root: str | Path | None = None, *, every: float = 3.0, stuck_after: int = 3):
    """A notebook widget showing the live class view, refreshed every ``every`` seconds (Stop button).

    Returns the ``ipywidgets.VBox``; the refresh runs in a background thread that only reads.
    """
    import threading

    import ipywidgets as w

    view = ClassView(folder, root, stuck_after=stuck_after)
    out = w.HTML(view.html())
    stop = w.ToggleButton(value=False, description="Stop refreshing", icon="pause",
                          tooltip="Stop or resume the automatic refresh")
    box = w.VBox([stop, out])

    def loop():
        while True:
            time.sleep(every)
            if not stop.value:
                try:
                    out.value = view.html()
                except Exception as exc:  # keep the widget alive; say what went wrong
                    from .._html import esc

                    out.value = f"<p>Could not refresh: {esc(exc)}</p>"

    threading.Thread(target=loop, daemon=True).start()
    return box
