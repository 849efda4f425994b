"""What the current student has done: every saved answer, progress by lesson, and the hand-in file.

>>> list(progress().table.columns)
['lesson', 'exercises', 'attempted', 'correct', 'points', 'max_points']
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from . import answerlog
from .._html import esc
from .schema import ExerciseError
from .workbook import SUBMISSION_FORMAT, __version__, _now, workbook


ANSWER_COLUMNS = ["time", "student", "exercise", "lesson", "type", "answer", "valid", "status", "scored",
                  "score", "points", "max_points", "hints_seen"]


def answers(student: str | None = None):
    """A DataFrame of everything saved for the current student (or ``student``), one row per check.

    >>> list(answers().columns) == ANSWER_COLUMNS
    True
    """
    import pandas as pd

    records = answerlog.student_log(student).read()
    rows = [{c: r.get(c) for c in ANSWER_COLUMNS} for r in records]
    df = pd.DataFrame(rows, columns=ANSWER_COLUMNS)
    df["answer"] = df["answer"].map(lambda a: a if isinstance(a, str) else json.dumps(a, ensure_ascii=False))
    return df


@dataclasses.dataclass
class Progress:
    """Progress by lesson: ``table`` (a DataFrame) and ``chart()`` (altair); displays both."""

    table: Any
    student: str

    def chart(self):
        from .._altair import PALETTE, alt

        a = alt()
        data = self.table.melt(id_vars=["lesson"], value_vars=["attempted", "correct", "exercises"],
                               var_name="measure", value_name="count")
        return (a.Chart(data).mark_bar()
                .encode(y=a.Y("lesson:N", title="Lesson"), x=a.X("count:Q", title="Exercises"),
                        yOffset="measure:N",
                        color=a.Color("measure:N", title="", scale=a.Scale(range=PALETTE)),
                        tooltip=["lesson", "measure", "count"])
                .properties(title=f"Progress of {self.student}", width=420))

    def _ipython_display_(self):  # pragma: no cover - display only
        from IPython.display import HTML, display

        display(HTML(f"<p><strong>Progress of {esc(self.student)}</strong></p>"
                     + self.table.to_html(index=False, escape=True)))
        display(self.chart())

    def __repr__(self) -> str:
        return f"Progress of {self.student}\n{self.table.to_string(index=False)}"


def progress(student: str | None = None) -> Progress:
    """Progress by lesson: exercises, how many attempted and fully right, best points out of possible.

    Uses the best scored attempt of each exercise.

    >>> list(progress().table.columns)
    ['lesson', 'exercises', 'attempted', 'correct', 'points', 'max_points']
    """
    import pandas as pd

    wb = workbook()
    records = answerlog.student_log(student).read()
    best: dict[str, float] = {}
    tried: set[str] = set()
    for r in records:
        eid = r.get("exercise")
        if not isinstance(eid, str):
            continue
        tried.add(eid)
        score = r.get("score") if r.get("scored") else None
        if isinstance(score, (int, float)):
            best[eid] = max(best.get(eid, 0.0), float(score))
    rows: dict[str, list] = {}
    for eid in wb.ids():
        try:
            ex = wb.exercise(eid)
        except ExerciseError:
            continue
        row = rows.setdefault(ex.lesson, [ex.lesson, 0, 0, 0, 0.0, 0.0])
        row[1] += 1
        row[2] += eid in tried
        row[3] += best.get(eid, 0.0) >= 1.0
        row[4] += best.get(eid, 0.0) * ex.points
        row[5] += ex.points
    table = pd.DataFrame(list(rows.values()),
                         columns=["lesson", "exercises", "attempted", "correct", "points", "max_points"])
    return Progress(table, student or answerlog.current_student())




def export_submission(path: str | Path | None = None) -> Path:
    """Write everything saved for the current student into one JSON file to hand in; return its path.

    Default: ``submission-<name>-<hash>.json`` in the current folder (the same name as the answer
    file). The file carries the name as typed (``student``), its key (``student_key``), the
    optional ``student_id``, every answer, and per lesson how many answers and which exercises.
    It prints that summary. It never overwrites another student's submission: when the file
    exists and belongs to someone else, ``-2``, ``-3`` ... is added to the name (and said).
    With nothing saved it says so clearly (a line starting "WARNING: nothing to hand in") and still
    writes the file (a printed line, not a Python warning: it reads as part of the lesson).

    >>> import tempfile
    >>> p = export_submission(Path(tempfile.mkdtemp()) / "mine.json")  # doctest: +ELLIPSIS
    Saved 0 answers to hand in: ...
    WARNING: nothing to hand in yet...
    >>> json.loads(p.read_text())["format"]
    'medialit-submission'
    """
    ident = answerlog.identity()
    records = answerlog.student_log().read()
    wanted = Path(path) if path is not None else Path.cwd() / (
        "submission-" + answerlog.student_file_name(ident["student"])[:-len(".jsonl")] + ".json")
    target = _free_target(wanted, ident["student_key"])
    lessons: dict[str, dict] = {}
    for r in records:
        if isinstance(r.get("exercise"), str):
            entry = lessons.setdefault(str(r.get("lesson") or r["exercise"][:2]), {"answers": 0, "exercises": []})
            entry["answers"] += 1
            if r["exercise"] not in entry["exercises"]:
                entry["exercises"].append(r["exercise"])
    doc = {"format": SUBMISSION_FORMAT, "version": 1, **ident, "created": _now(), "kit": __version__,
           "lessons": dict(sorted(lessons.items())), "answers": records}
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + f".{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    who = ident["student"] + (f" (id {ident['student_id']})" if ident["student_id"] else "")
    lines = [f"Saved {len(records)} answers to hand in: {target}", f"Student: {who}"]
    if target != wanted:
        lines.append(f"({wanted.name} belongs to another student and was left as it was.)")
    lines += [f"  lesson {lesson}: {e['answers']} answer(s) to {len(e['exercises'])} exercise(s): "
              + ", ".join(e["exercises"]) for lesson, e in doc["lessons"].items()]
    if not records:
        lines.append(f"WARNING: nothing to hand in yet: no answers are saved for {ident['student']!r} in "
                     f"{answerlog.progress_dir()}. If you answered under another name, run "
                     "set_student('Your Name') with that name, or check a few exercises first.")
    print("\n".join(lines))
    return target


def _free_target(path: Path, key: str) -> Path:
    """``path``, or the first ``path-2``, ``path-3`` ... that is free or already this student's."""
    n = 1
    while True:
        candidate = path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        try:
            doc = json.loads(candidate.read_text(encoding="utf-8"))
            owner = doc.get("student_key") or answerlog.name_key(doc.get("student"))
        except (OSError, ValueError, TypeError, AttributeError):
            owner = None
        if owner == key:
            return candidate
        n += 1
