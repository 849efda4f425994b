"""What the current student has done: every saved answer, progress by lesson, and the hand-in file.

>>> list(progress().table.columns)[:6]
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


COLUMNS = ["lesson", "exercises", "attempted", "correct", "points", "max_points", "short_answers", "short_saved"]


def _one_decimal(x: float) -> str:
    return f"{x:.1f}"


@dataclasses.dataclass
class Progress:
    """Progress by lesson: ``table`` (numbers), ``summary()`` (what a student reads), ``chart()``.

    ``table`` columns: ``lesson`` (str), ``exercises``, ``attempted``, ``correct`` (int),
    ``points`` and ``max_points`` (float; the automatically scored exercises only),
    ``short_answers`` and ``short_saved`` (int; written answers your teacher scores).
    """

    table: Any
    student: str
    scored: bool = True

    def summary(self):
        """One row per lesson in words: exercises done of total, points of points possible, short answers.

        >>> list(progress().summary().columns)
        ['Lesson', 'Exercises done', 'Points', 'Short answers']
        """
        import pandas as pd

        rows = []
        for r in self.table.itertuples(index=False):
            points = (f"{_one_decimal(r.points)} of {_one_decimal(r.max_points)}" if self.scored and r.max_points
                      else "scored by your teacher" if r.max_points else "none")
            short = (f"{r.short_saved} of {r.short_answers} saved, scored by your teacher" if r.short_answers
                     else "none")
            rows.append((r.lesson, f"{r.attempted} of {r.exercises}", points, short))
        return pd.DataFrame(rows, columns=["Lesson", "Exercises done", "Points", "Short answers"])

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
                     + self.summary().to_html(index=False, escape=True)))
        display(self.chart())

    def __repr__(self) -> str:
        return f"Progress of {self.student}\n{self.summary().to_string(index=False)}"


def progress(student: str | None = None) -> Progress:
    """Progress by lesson: exercises done, fully right, best points of points possible, short answers saved.

    Uses the best scored attempt of each exercise. Short answers are not scored by the
    kit: they are counted apart ("saved, scored by your teacher"), not as points missing.

    >>> list(progress().table.columns) == COLUMNS
    True
    """
    import pandas as pd

    wb = workbook()
    records = answerlog.student_log(student).read()
    best: dict[str, float] = {}
    tried: set[str] = set()
    for r in records:
        eid = r.get("exercise")
        if not isinstance(eid, str) or not r.get("valid", True):
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
        row = rows.setdefault(ex.lesson, [ex.lesson, 0, 0, 0, 0.0, 0.0, 0, 0])
        row[1] += 1
        row[2] += eid in tried
        if ex.type == "short_text":
            row[6] += 1
            row[7] += eid in tried
            continue
        row[3] += best.get(eid, 0.0) >= 1.0
        row[4] += best.get(eid, 0.0) * ex.points
        row[5] += ex.points
    table = pd.DataFrame(list(rows.values()), columns=COLUMNS)
    table["points"] = table["points"].round(6)
    return Progress(table, student or answerlog.current_student(), scored=not wb.is_student_copy())


def export_submission(path: str | Path | None = None) -> Path:
    """Write everything saved for the current student into one JSON file to hand in; return its path.

    Default: ``submission-<student>.json`` in the current folder.

    >>> import tempfile
    >>> p = export_submission(Path(tempfile.mkdtemp()) / "mine.json")
    >>> json.loads(p.read_text())["format"]
    'medialit-submission'
    """
    student = answerlog.current_student()
    records = answerlog.student_log().read()
    target = Path(path) if path is not None else Path.cwd() / ("submission-" +
                                                               answerlog.student_file_name(student)[:-6] + ".json")
    doc = {"format": SUBMISSION_FORMAT, "version": 1, "student": student, "created": _now(),
           "kit": __version__, "answers": records}
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target
