"""What the current student has done: every saved answer, progress by lesson, and the hand-in file.

>>> list(progress().table.columns)[:6]
['lesson', 'exercises', 'attempted', 'correct', 'points', 'max_points']
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from . import answerlog
from .._html import SavedFile, esc
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
    from .feedback import number

    return number(x)


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

    #: The parts of each lesson's bar, in order: every exercise is in exactly one.
    PARTS = ("fully right", "done, not fully right", "short answer saved (your teacher scores it)", "not done yet")

    def chart_data(self):
        """One row per lesson and part of its bar (:data:`PARTS`): ``lesson``, ``part``, ``order``, ``count``.

        The parts add up to the lesson's exercises, so a finished lesson has no "not done yet";
        a short answer is never shown as unfinished work.

        >>> import pandas as pd
        >>> t = pd.DataFrame([["00", 6, 6, 5, 8.0, 8.0, 1, 1]], columns=COLUMNS)
        >>> Progress(t, "Ana").chart_data()[["part", "count"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
        [['fully right', 5], ['done, not fully right', 0], ['short answer saved (your teacher scores it)', 1],
         ['not done yet', 0]]
        """
        import pandas as pd

        rows = []
        for r in self.table.itertuples(index=False):
            counts = (r.correct, r.attempted - r.correct - r.short_saved, r.short_saved, r.exercises - r.attempted)
            rows += [(r.lesson, part, i, int(max(n, 0))) for i, (part, n) in enumerate(zip(self.PARTS, counts))]
        return pd.DataFrame(rows, columns=["lesson", "part", "order", "count"])

    def chart(self):
        """A stacked bar per lesson: its exercises, fully right / done / short answers saved / not done yet."""
        from .._altair import PALETTE, alt

        a = alt()
        colours = [PALETTE[2], PALETTE[1], PALETTE[0], "#d9d9d9"]
        return (a.Chart(self.chart_data()).mark_bar()
                .encode(y=a.Y("lesson:N", title="Lesson"),
                        x=a.X("count:Q", title="Exercises in the lesson", stack="zero",
                              axis=a.Axis(tickMinStep=1)),
                        color=a.Color("part:N", title="", sort=list(self.PARTS),
                                      scale=a.Scale(domain=list(self.PARTS), range=colours),
                                      legend=a.Legend(orient="bottom", columns=2)),
                        order=a.Order("order:Q"),
                        tooltip=[a.Tooltip("lesson:N", title="Lesson"), a.Tooltip("part:N", title="Exercises"),
                                 a.Tooltip("count:Q", title="How many")])
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
    return Progress(table, student or answerlog.current_student(), scored=not wb.is_student_copy() or wb.is_practice_copy())


#: Environment variable naming a shared hand-in folder (a server's ``/srv/handin``, a shared drive).
HANDIN_ENV = "MEDIALIT_HANDIN"




def export_submission(path: str | Path | None = None) -> Path:
    """Write everything saved for the current student into one JSON file to hand in; return its path.

    Default: ``submission-<name>-<hash>.json`` (the same name as the answer file; on a hub, named
    by the hub login) in the shared hand-in folder ``$MEDIALIT_HANDIN`` when the instructor set
    one, else in the current folder. The file carries the name as typed (``student``), its key
    (``student_key``), the optional ``student_id``, the hub login on a hub (``hub_user``), every
    answer, and per lesson how many answers and which exercises. It prints that summary.

    It never overwrites another student's submission: when the file exists and belongs to
    someone else, ``-2``, ``-3`` ... is added to the name (and said); in a shared folder the file
    is created atomically, so two students handing in at once cannot replace each other's. The
    same student handing in again replaces their own file. With nothing saved it says so clearly
    (a line starting "WARNING: nothing to hand in") and still writes the file (a printed line, not
    a Python warning: it reads as part of the lesson).

    >>> import tempfile
    >>> p = export_submission(Path(tempfile.mkdtemp()) / "mine.json")  # doctest: +ELLIPSIS
    Saved 0 answers to hand in: ...
    WARNING: nothing to hand in yet...
    >>> json.loads(p.read_text())["format"]
    'medialit-submission'
    """
    ident = answerlog.identity()
    records = answerlog.student_log().read()
    hub_user = os.environ.get("JUPYTERHUB_USER", "").strip()  # on a hub, the file is named by the login
    name = "submission-" + answerlog.student_file_name(hub_user or ident["student"])[:-len(".jsonl")] + ".json"
    lessons: dict[str, dict] = {}
    for r in records:
        if isinstance(r.get("exercise"), str):
            entry = lessons.setdefault(str(r.get("lesson") or r["exercise"][:2]), {"answers": 0, "exercises": []})
            entry["answers"] += 1
            if r["exercise"] not in entry["exercises"]:
                entry["exercises"].append(r["exercise"])
    doc = {"format": SUBMISSION_FORMAT, "version": 1, **ident, "created": _now(), "kit": __version__,
           "lessons": dict(sorted(lessons.items())), "answers": records}
    if hub_user:
        doc["hub_user"] = hub_user
    handin = os.environ.get(HANDIN_ENV, "").strip()
    if path is None and handin:
        wanted = Path(handin).expanduser() / name
        target = _hand_in(wanted.parent, name, doc)
    else:
        wanted = Path(path) if path is not None else Path.cwd() / name
        target = _free_target(wanted, ident["student_key"])
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(_write_tmp(target.parent, doc), target)
    who = ident["student"] + (f" (id {ident['student_id']})" if ident["student_id"] else "")
    lines = [f"Saved {len(records)} answers to hand in: {target}", f"Student: {who}"]
    if target != wanted:
        lines.append(f"({wanted.name} belongs to another student and was left as it was.)")
    lines += [f"  lesson {lesson}: {e['answers']} answer(s) to {len(e['exercises'])} exercise(s): "
              + ", ".join(e["exercises"]) for lesson, e in doc["lessons"].items()]
    try:
        all_lessons = sorted({workbook().exercise(e).lesson for e in workbook().ids()})
    except Exception:  # a broken exercise file must not stop the hand-in
        all_lessons = []
    missing = [lesson for lesson in all_lessons if lesson not in doc["lessons"]]
    if records and missing:  # e.g. the capstone handed in before it was answered (trial, issue 15)
        lines.append(f"  No answers yet for lesson{'s' if len(missing) > 1 else ''} {', '.join(missing)}: "
                     "if you meant to answer them, check your answers there and hand in again.")
    if not records:
        lines.append(f"WARNING: nothing to hand in yet: no answers are saved for {ident['student']!r} in "
                     f"{answerlog.progress_dir()}. If you answered under another name, run "
                     "set_student('Your Name') with that name, or check a few exercises first.")
    print("\n".join(lines))
    return SavedFile(target)


def _write_tmp(folder: Path, doc: dict, mode: int = 0o644) -> Path:
    """The document, complete and on disk, in a new file of its own in ``folder``."""
    fd, tmp = tempfile.mkstemp(prefix=".handin-", suffix=".tmp", dir=folder)
    with open(fd, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, mode)
    return Path(tmp)


def _hand_in(folder: Path, name: str, doc: dict) -> Path:
    """Put ``doc`` in the shared ``folder`` as ``name`` without ever replacing another student's file."""
    if not folder.is_dir():
        raise FileNotFoundError(f"The hand-in folder {folder} (${HANDIN_ENV}) does not exist: ask your instructor, "
                                f"or hand in to a file of your own with export_submission('my-work.json')")
    # in the class's shared folder: readable by the student and the folder's group (the instructors,
    # when the folder is set up as INSTRUCTORS.md says), never by the other students
    tmp = _write_tmp(folder, doc, 0o640)
    try:
        stem = name[:-5]
        for n in range(1, 1000):
            target = folder / (name if n == 1 else f"{stem}-{n}.json")
            try:
                os.link(tmp, target)  # atomic: fails if the name is taken, never replaces
                return target
            except FileExistsError:
                if _handed_in_by(target, doc):
                    os.replace(tmp, target)  # the same student again: their newer work replaces their own
                    return target
        raise FileExistsError(f"{folder} already holds 999 submissions named {stem}*; ask your instructor")
    finally:
        tmp.unlink(missing_ok=True)


def _handed_in_by(path: Path, doc: dict) -> bool:
    """True when ``path`` is this student's own earlier submission (same owner, same student and hub login)."""
    try:
        if path.stat().st_uid != os.getuid():
            return False
        with open(path, encoding="utf-8") as f:
            old = json.load(f)
        return old.get("student_key") == doc["student_key"] and old.get("hub_user") == doc.get("hub_user")
    except (OSError, ValueError, AttributeError):
        return False


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
