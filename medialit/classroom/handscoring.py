"""Hand scores: the instructor's points and comments for short answers, kept in a file they can edit.

The file is ``hand-scores.yaml`` in the grading folder (next to the gradebook CSV),
plain YAML with one entry per student and short answer::

    scores:
    - student: Ana Souza
      student_id: s-104
      exercise: 00-6-what-is-missing
      points: 1.5            # blank: still to be scored
      rubric: [1, 3]         # the rubric lines the answer meets (1 = the first)
      comment: Good plan for a lateral check; name a second missing thing.
      answer: "No byline, no date ..."   # the answer as scored (for reading; not used for scoring)
      fingerprint: 3f9a0c1be2d4

``grade`` reads it on every run: hand points count in the totals and comments go
into each student's feedback page. ``grade`` also adds an entry (points blank) for
every new short answer, so the file doubles as a to-do list that can be scored in
a text editor. Nothing the instructor typed is ever lost:

- entries are only added, never removed; an entry with points, ticks or a comment
  is never changed by ``grade`` (when the student's answer changed after it was
  scored, ``grade`` reports it and keeps the score);
- every write takes a lock, writes a temporary file, ``fsync``-s it and renames it
  over the old one (atomic: a crash leaves the old file or the new one, never half);
- a file edited by hand (comments, layout) is copied aside
  (``hand-scores.yaml.~edited-<time>~``) before the notebook or ``grade`` rewrites it;
- a file that does not parse is never written over: the error names the line.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "hand-scores.yaml"
>>> save_hand_score(path, HandScore("Ana", "", "00-6-what-is-missing", 1.5, (1, 3), "Good plan."))
>>> scores, problems = read_hand_scores(path)
>>> scores[score_key("ana", "", "00-6-what-is-missing")].points, problems
(1.5, [])
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .._yaml import YamlSyntaxError, line_of, load_with_lines
from ..problems import KitError, Problem, display_path
from .roster import name_key

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

#: File name of the hand scores in the grading folder.
HAND_SCORES = "hand-scores.yaml"
HEADER = """\
# Hand scores for short answers. `python -m medialit grade` reads this file on every run.
# Score in the notebook (medialit.classroom.scoring_widget.hand_scoring) or here: give `points`
# (0 to the exercise's points; blank = still to score), tick rubric lines by number, write a comment
# for the student. Entries are never deleted or changed by the kit once you have typed into them.
"""


@dataclass(frozen=True)
class HandScore:
    """One hand-scored (or still-to-score) short answer."""

    student: str
    student_id: str
    exercise: str
    points: float | None = None
    rubric: tuple[int, ...] = ()
    comment: str = ""
    answer: str = ""
    fingerprint: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return score_key(self.student, self.student_id, self.exercise)

    @property
    def touched(self) -> bool:
        """True once the instructor typed anything into the entry."""
        return self.points is not None or bool(self.rubric) or bool(self.comment.strip())


def score_key(student: str, student_id: str, exercise: str) -> tuple[str, str, str]:
    """How entries are matched to students: normalised name, id, exercise."""
    return (name_key(student), str(student_id or ""), exercise)


def fingerprint(answer: object) -> str:
    """A short fingerprint of an answer, to notice when it changed after scoring.

    >>> fingerprint("No byline.") == fingerprint("No byline.") != fingerprint("No date.")
    True
    """
    text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


class _Lines:
    """Line numbers, computed only when a problem needs one (the slow parser runs once, on demand)."""

    def __init__(self, text: str):
        self.text, self._lines = text, None

    def __call__(self, path: tuple, default: int = 1) -> int:
        if self._lines is None:
            self._lines = load_with_lines(self.text)[1]
        return line_of(self._lines, path, default)


def _entry(rec: object, shown: str, lines: "_Lines", i: int) -> tuple[HandScore | None, list[Problem]]:
    if not isinstance(rec, dict):
        return None, [Problem(shown, lines(("scores", i)), "entry skipped: each entry is a mapping with student, exercise, points")]
    student, exercise = rec.get("student"), rec.get("exercise")
    if not isinstance(student, str) or not student.strip() or not isinstance(exercise, str) or not exercise:
        return None, [Problem(shown, lines(("scores", i)), "entry skipped: it needs a student name and an exercise id")]
    problems = []
    points = rec.get("points")
    if isinstance(points, str) and points.strip():
        try:
            points = float(points.replace(",", "."))
        except ValueError:
            problems.append(Problem(shown, lines(("scores", i, "points")),
                                    f"points {points!r} is not a number; write e.g. 1.5 (left unscored)"))
            points = None
    elif isinstance(points, str) or isinstance(points, bool):
        points = None
    elif points is not None and not isinstance(points, (int, float)):
        problems.append(Problem(shown, lines(("scores", i, "points")), "points must be a number (left unscored)"))
        points = None
    rubric = rec.get("rubric") or []
    if not isinstance(rubric, list) or not all(isinstance(r, int) and not isinstance(r, bool) for r in rubric):
        problems.append(Problem(shown, lines(("scores", i, "rubric")),
                                "rubric must be a list of line numbers, e.g. [1, 3] (ignored)"))
        rubric = []
    comment = rec.get("comment") or ""
    return HandScore(student.strip(), str(rec.get("student_id") or "").strip(), exercise.strip(),
                     None if points is None else float(points), tuple(rubric), str(comment),
                     str(rec.get("answer") or ""), str(rec.get("fingerprint") or "")), problems


def _parse(text: str, shown: str) -> tuple[list[HandScore], list[Problem]]:
    if not text.strip():
        return [], []
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError:
        load_with_lines(text)  # raises YamlSyntaxError with the line
        raise
    if data is None:
        return [], []
    if not isinstance(data, dict) or not isinstance(data.get("scores", []), list):
        raise YamlSyntaxError("expected `scores:` followed by a list of entries", 1)
    lines = _Lines(text)
    entries, problems = [], []
    for i, rec in enumerate(data.get("scores") or []):
        e, p = _entry(rec, shown, lines, i)
        problems += p
        if e is not None:
            entries.append(e)
    return entries, problems


def read_hand_scores(path: str | Path) -> tuple[dict, list[Problem]]:
    """``({key: HandScore}, problems)``; a missing file is an empty one. Later duplicates are reported.

    Raises :class:`~medialit.problems.KitError` when the file is not valid YAML (with its line), so a
    typo is fixed rather than the scores silently ignored.
    """
    path = Path(path)
    if not path.exists():
        return {}, []
    shown = display_path(path)
    try:
        entries, problems = _parse(path.read_text(encoding="utf-8-sig"), shown)
    except (YamlSyntaxError, yaml.YAMLError) as exc:
        raise KitError(f"{shown}:{getattr(exc, 'line', 1)}: hand scores cannot be read ({exc}); fix that line "
                       "and run again (nothing was changed)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KitError(f"{shown}: hand scores cannot be read ({exc})") from None
    out: dict = {}
    for e in entries:
        if e.key in out and out[e.key].touched and e.touched:
            problems.append(Problem(shown, 1, f"{e.student} / {e.exercise} is scored twice; the first entry "
                                              "counts: delete the other"))
            continue
        if e.key not in out or (e.touched and not out[e.key].touched):
            out[e.key] = e
    return out, problems


def render(entries: list[HandScore]) -> str:
    """The file text for ``entries`` (the kit's own layout)."""
    docs = []
    for e in entries:
        rec = {"student": e.student, "student_id": e.student_id, "exercise": e.exercise,
               "points": e.points if e.points is None or e.points != int(e.points) else int(e.points),
               "rubric": list(e.rubric), "comment": e.comment, "answer": e.answer, "fingerprint": e.fingerprint}
        docs.append(rec)
    body = yaml.dump({"scores": docs}, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=None)
    return HEADER + body


class _FileLock:
    def __init__(self, path: Path):
        self.path = path.with_name(path.name + ".lock")

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    try:
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:  # pragma: no cover - Windows
        pass


def update_hand_scores(path: str | Path, change) -> list[HandScore]:
    """Read the file under a lock, let ``change(entries) -> entries`` edit the list, write it atomically.

    Entries already typed into are kept even if ``change`` drops them. A file edited by hand
    is copied aside first. Returns the entries written.
    """
    path = Path(path)
    shown = display_path(path)
    with _FileLock(path):
        old_text = path.read_text(encoding="utf-8-sig") if path.exists() else ""
        try:
            entries, _ = _parse(old_text, shown)
        except (YamlSyntaxError, yaml.YAMLError) as exc:
            raise KitError(f"{shown}:{getattr(exc, 'line', 1)}: cannot be read ({exc}): nothing was saved, so "
                           "nothing you typed there is lost. Fix that line and save again.") from None
        new = list(change(list(entries)))
        kept = {id(e) for e in new}
        new_keys = {e.key for e in new}
        new += [e for e in entries if id(e) not in kept and e.touched and e.key not in new_keys]
        text, before = render(new), render(entries)
        if text == old_text or (old_text.strip() and text == before):  # nothing changed: do not touch the file
            return new
        if old_text.strip() and old_text != before:  # typed by hand: keep that version too
            stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
            aside = path.with_name(f"{path.name}.~edited-{stamp}~")
            if not aside.exists():
                _atomic_write(aside, old_text)
        _atomic_write(path, text)
        return new


def save_hand_score(path: str | Path, score: HandScore) -> None:
    """Save one hand score (replacing the entry for the same student and exercise), atomically."""

    def change(entries):
        for i, e in enumerate(entries):
            if e.key == score.key:
                entries[i] = replace(score, answer=score.answer or e.answer,
                                     fingerprint=score.fingerprint or e.fingerprint)
                return entries
        return entries + [score]

    update_hand_scores(path, change)


def add_to_score(path: str | Path, pending: list[HandScore]) -> int:
    """Add an entry (points blank) for each answer not in the file yet; refresh untouched entries.

    Returns how many entries were added or refreshed. Entries with anything typed are never changed.
    """
    count = 0

    def change(entries):
        nonlocal count
        count = 0
        where = {e.key: i for i, e in enumerate(entries)}
        for p in pending:
            i = where.get(p.key)
            if i is None:
                where[p.key] = len(entries)
                entries.append(p)
                count += 1
            elif not entries[i].touched and entries[i].fingerprint != p.fingerprint:
                entries[i] = p
                count += 1
        return entries

    if pending:
        update_hand_scores(path, change)
    return count
