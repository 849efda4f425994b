"""Submission files and scoring them: read what a student handed in, check answers with the keys fast.

A submission is the file ``export_submission()`` writes (``submission-<name>.json``) or a
raw answer log (``<name>.jsonl``). :func:`read_submission` never raises: a file that is
not a submission is reported, a torn line of a log is skipped and reported, and a
submission cut off mid-file (an interrupted upload) is read up to the cut and reported.
:class:`Scorer` checks answers as ``Workbook.check(..., save=False)`` does, reading each
exercise and key once and checking each distinct answer once.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..exercises.grading import ArticleIndex, grade, invalid, normalize, score
from ..exercises.workbook import SUBMISSION_FORMAT, Workbook
from ..problems import Problem, display_path


class Scorer:
    """Checks answers with the keys, fast: each exercise and key read once, each distinct answer checked once.

    Gives the same :class:`~medialit.exercises.feedback.Feedback` as ``Workbook.check(..., save=False)``.
    """

    def __init__(self, wb: Workbook):
        self.wb, self._ex, self._cache, self._scores, self._values = wb, {}, {}, {}, {}

    def _exercise(self, eid: str):
        hit = self._ex.get(eid)
        if hit is None:
            ex = self.wb.exercise(eid)
            index = self.wb.index() if ex.type in ("pick", "label") else ArticleIndex()
            hit = self._ex[eid] = (ex, self.wb.key(eid, ex), index)
        return hit

    def _read(self, ck: tuple, eid: str, answer: object) -> tuple:
        """``(exercise, key, index, value, expected)``: the answer read once for :meth:`score` and :meth:`check`."""
        hit = self._values.get(ck)
        if hit is None:
            ex, key, index = self._exercise(eid)
            hit = self._values[ck] = (ex, key, index, *normalize(ex, answer, index))
        return hit

    def check(self, eid: str, answer: object):
        """The feedback on ``answer``; raises ExerciseError / ExerciseNotFound like ``Workbook.check``."""
        ck = _answer_key(eid, answer)
        fb = self._cache.get(ck)
        if fb is None:
            ex, key, index, value, expected = self._read(ck, eid, answer)
            fb = invalid(ex, expected, index) if expected is not None else grade(ex, key, value, index)
            self._cache[ck] = fb
        return fb

    def score(self, eid: str, answer: object) -> float | None:
        """``check(eid, answer).score``, or ``None`` where that feedback is not scored (a short answer,
        an answer of the wrong shape, no key), without building the feedback's wording.

        The same rule computes both (:func:`~medialit.exercises.grading.score`); the live class view
        scores a whole class this way. Raises like :meth:`check`.
        """
        ck = _answer_key(eid, answer)
        hit = self._scores.get(ck, self)
        if hit is self:  # not seen yet (None is a cached "not scored")
            fb = self._cache.get(ck)
            if fb is not None:
                hit = fb.score if fb.scored else None
            else:
                ex, key, index, value, expected = self._read(ck, eid, answer)
                hit = None if expected is not None else score(ex, key, value, index)
            self._scores[ck] = hit
        return hit


def _answer_key(eid: str, answer: object) -> tuple:
    """A cache key for one answer: its type too, since ``True == 1 == 1.0`` (True is not a number here)."""
    if isinstance(answer, (str, int, float, bool, type(None))):
        return eid, type(answer), answer
    return eid, repr(answer)


def _salvage(text: str) -> tuple[str | None, str, list[dict]]:
    """Read what can be read from a cut-off submission: the student and every complete answer."""
    m = re.search(r'"student"\s*:\s*("(?:[^"\\]|\\.)*")', text)
    student = json.loads(m.group(1)) if m else None
    m = re.search(r'"student_id"\s*:\s*("(?:[^"\\]|\\.)*")', text)
    sid = json.loads(m.group(1)) if m else ""
    start = text.find('"answers"')
    records = []
    if start >= 0:
        pos = text.find("[", start) + 1
        dec = json.JSONDecoder()
        while pos:
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
            try:
                rec, pos = dec.raw_decode(text, pos)
            except ValueError:
                break
            if isinstance(rec, dict):
                records.append(rec)
    return student, sid, records


def read_submission(path: Path) -> tuple[str | None, list[dict], list[Problem]]:
    """``(student, records, problems)`` from one submission file (.json or .jsonl).

    The student id, when the file carries one, is in each record as ``"student_id"``.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.json"
    >>> _ = p.write_text("{}")
    >>> print(read_submission(p)[2][0].message)
    skipped: not a medialit submission (made by export_submission())
    """
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [], [Problem(shown, 1, f"skipped: cannot be read as UTF-8 text ({exc})")]
    if path.suffix == ".jsonl":
        records, problems = [], []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                problems.append(Problem(shown, n, "line skipped: not valid JSON (a torn or edited line)"))
                continue
            if isinstance(rec, dict):
                records.append(rec)
        student = next((r["student"] for r in records if isinstance(r.get("student"), str)), path.stem)
        return student, records, problems
    try:
        doc = json.loads(text)
    except ValueError as exc:
        student, sid, records = _salvage(text) if SUBMISSION_FORMAT in text[:400] else (None, "", [])
        if student and records:
            for r in records:
                r.setdefault("student_id", sid)
            return student, records, [Problem(shown, getattr(exc, "lineno", 1),
                                              f"truncated or damaged ({exc.msg}): the {len(records)} complete "
                                              f"answer(s) before the cut were graded; ask {student} to export "
                                              "again")]
        return None, [], [Problem(shown, getattr(exc, "lineno", 1), f"skipped: not valid JSON ({exc.msg}); ask "
                                                                    "the student to export it again")]
    if not isinstance(doc, dict) or doc.get("format") != SUBMISSION_FORMAT or not isinstance(doc.get("answers"), list):
        return None, [], [Problem(shown, 1, "skipped: not a medialit submission (made by export_submission())")]
    student = doc.get("student") if isinstance(doc.get("student"), str) and doc["student"].strip() else path.stem
    records = [r for r in doc["answers"] if isinstance(r, dict)]
    if doc.get("student_id"):
        for r in records:
            r.setdefault("student_id", str(doc["student_id"]))
    return student, records, []
