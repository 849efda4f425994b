"""The workbook: the kit's exercises, their keys, and what the current student answered.

This is where the lesson-facing functions live: :func:`check`, :func:`hint`,
:func:`solution`, :func:`list_exercises`, :func:`answers`, :func:`progress` and
:func:`export_submission` (``show()`` is in :mod:`medialit.exercises.quiz`).

**Instructor kit or student copy.** A kit folder is a *student copy* when it holds
the marker file ``STUDENT_COPY.md`` (written by ``python -m medialit release``) or
has no ``solutions/`` folder. In a *practice* copy (``release --mode practice``)
``check()`` scores auto-scored exercises from hashed keys
(:mod:`medialit.exercises.practice`); in an *assessment* copy it still checks the
answer's shape, gives hints and saves the answer, and says the score comes from
the instructor. In both, ``solution()`` raises :class:`SolutionUnavailable`.

The check path is kept light: this module imports neither pandas, altair nor
ipywidgets (they load only in :func:`list_exercises`, :func:`answers`,
:func:`progress` and ``show()``), and the article text is read only for ``pick``
and ``label`` exercises.

>>> fb = check("00-3-named-voices", "three")
>>> fb.status, fb.score, fb.saved
('invalid', 0.0, True)
"""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path
from typing import Any

from . import answerlog
from .schema import Exercise, ExerciseError, ExerciseNotFound, Key, lesson_of, sort_key
from .key import read_key
from .exercise import read_exercise
from .feedback import Feedback, Hint
from .grading import ArticleIndex, grade, invalid, normalize, real_attempt
from ..course import course_root
from ..problems import Problem
from .solution import Solution, SolutionUnavailable  # noqa: F401 (SolutionUnavailable re-exported)

__version__ = "0.1.0"
#: The file that marks a student copy of the kit (see the module documentation).
STUDENT_COPY_MARKER = "STUDENT_COPY.md"
#: Format name written into every submission file.
SUBMISSION_FORMAT = "medialit-submission"


class Workbook:
    """The exercises and keys of one kit folder (``root``), with the check logic.

    ``root`` defaults to the course folder (:func:`medialit.course.course_root`: ``$MEDIALIT_COURSE``,
    else the current folder or above; never the install location). The module-level functions use
    the workbook of that folder; tests and tools make their own, e.g. ``Workbook(tmp_path).check(...)``.
    """

    def __init__(self, root: str | Path | None = None, articles: str | Path | None = None):
        self._default_root = root is None
        self.root = Path(root) if root is not None else course_root()
        self._articles = Path(articles) if articles is not None else None
        self._exercises: dict[str, tuple[int, Exercise | None, list[Problem]]] = {}
        self._keys: dict[str, tuple[int, Key | None, list[Problem]]] = {}
        self._index: ArticleIndex | None = None
        self._corpus = None
        self._hints_shown: dict[str, int] = {}
        self._student_copy: bool | None = None
        self._path_cache: dict[str, tuple[str, str]] = {}
        self._key_exercise: dict[str, Exercise] = {}
        self._practice: dict | None = None
        self._text_checks: dict[tuple[str, str], int] = {}  # (student, exercise) -> checks

    # -- files -------------------------------------------------------------------------------
    @property
    def exercises_dir(self) -> Path:
        return self.root / "exercises"

    @property
    def solutions_dir(self) -> Path:
        return self.root / "solutions"

    @property
    def articles_dir(self) -> Path:
        if self._articles is not None:
            return self._articles
        if self._default_root and os.environ.get("MEDIALIT_ARTICLES"):
            return Path(os.environ["MEDIALIT_ARTICLES"])
        return self.root / "articles"

    def is_student_copy(self) -> bool:
        """True in a student copy: the marker file is there, or there is no ``solutions/`` folder."""
        if self._student_copy is None:
            self._student_copy = ((self.root / STUDENT_COPY_MARKER).exists()
                                  or not self.solutions_dir.is_dir())
        return self._student_copy

    def ids(self) -> list[str]:
        """Every exercise id (file stems in ``exercises/``), in lesson order."""
        if not self.exercises_dir.is_dir():
            return []
        return sorted((p.stem for p in self.exercises_dir.glob("*.yaml")), key=sort_key)

    def _paths(self, exercise_id: str) -> tuple[str, str]:
        paths = self._path_cache.get(exercise_id)
        if paths is None:
            paths = (os.path.join(self.exercises_dir, f"{exercise_id}.yaml"),
                     os.path.join(self.solutions_dir, f"{exercise_id}.yaml"))
            self._path_cache[exercise_id] = paths
        return paths

    def _cached(self, cache: dict, exercise_id: str, path: str, reader):
        """Read a file once, and again only when it changes (instructors edit while teaching)."""
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            cache.pop(exercise_id, None)
            return None
        hit = cache.get(exercise_id)
        if hit is None or hit[0] != mtime:
            hit = (mtime,) + tuple(reader(Path(path)))
            cache[exercise_id] = hit
        return hit

    def exercise(self, exercise_id: str) -> Exercise:
        """The exercise ``exercise_id``; :class:`ExerciseNotFound` lists the closest ids."""
        if not isinstance(exercise_id, str) or not exercise_id or "/" in exercise_id or "\\" in exercise_id:
            raise ExerciseNotFound(exercise_id, self.ids())
        hit = self._cached(self._exercises, exercise_id, self._paths(exercise_id)[0], read_exercise)
        if hit is None:
            raise ExerciseNotFound(exercise_id, self.ids())
        _, ex, problems = hit
        if ex is None or problems:
            raise ExerciseError(problems)
        return ex

    def key(self, exercise_id: str, exercise: Exercise | None = None) -> Key | None:
        """The key of ``exercise_id``, or ``None`` in a student copy or when there is none yet."""
        if self.is_student_copy():
            return None
        ex = exercise if exercise is not None else self.exercise(exercise_id)
        if self._key_exercise.get(exercise_id) is not ex:
            # first read, or the exercise changed since the key was read: read the key (again) against it
            self._key_exercise[exercise_id] = ex
            self._keys.pop(exercise_id, None)
        hit = self._cached(self._keys, exercise_id, self._paths(exercise_id)[1], lambda p: read_key(p, ex))
        if hit is None:
            return None
        _, key, problems = hit
        if key is None or problems:
            raise ExerciseError(problems)
        return key

    def corpus(self):
        if self._corpus is None:
            from ..corpus.loader import load_corpus

            self._corpus = load_corpus(self.articles_dir, warn=False)
        return self._corpus

    def index(self) -> ArticleIndex:
        """Paragraph and sentence text by id (reads the articles once)."""
        if self._index is None:
            self._index = ArticleIndex.from_corpus(self.corpus())
        return self._index

    # -- checking ----------------------------------------------------------------------------
    def check(self, exercise_id: str, answer: Any, *, save: bool = True) -> Feedback:
        """Check ``answer`` (see :func:`check`)."""
        ex = self.exercise(exercise_id)
        answer, repaired = _repair(answer)
        index = self.index() if ex.type in ("pick", "label") else _NO_TEXT
        try:
            value, expected = normalize(ex, answer, index)
        except Exception:  # a shape no rule foresaw: say what is expected, still save the answer
            value, expected = None, _shape_hint(ex)
        if expected is not None:
            fb = invalid(ex, expected, index)
        else:
            key = self.key(exercise_id, ex)
            entry = self._practice_entry(ex) if key is None else None
            if entry is not None:  # a practice copy: hashed keys (medialit.exercises.practice)
                from .practice import grade_practice

                fb = grade_practice(ex, entry, self._practice["salt"], value, index)
            else:
                fb = grade(ex, key, value, index, reveal=ex.type != "short_text" or real_attempt(ex, value)
                           or self._texts_checked(ex.id) > 0)
            if key is None and not self.is_student_copy():
                fb = dataclasses.replace(fb, message=f"Saved. There is no key for this exercise yet "
                                                     f"(solutions/{ex.id}.yaml), so it was not scored.")
        if repaired:
            fb = dataclasses.replace(fb, message=(fb.message + " " if fb.message else "") + REPAIRED_NOTE)
        if not save:
            return fb
        record = {
            "time": _now(), **answerlog.identity(), "exercise": ex.id, "lesson": ex.lesson,
            "type": ex.type, "answer": answerlog.jsonable(answer if value is None else value),
            "valid": value is not None, "status": fb.status, "scored": fb.scored, "score": fb.score,
            "points": fb.points, "max_points": ex.points, "hints_seen": self._hints_shown.get(ex.id, 0),
            "copy": "student" if self.is_student_copy() else "instructor", "kit": __version__,
            "id": answerlog.new_record_id(),
        }
        if ex.type == "short_text" and value is not None:
            self._text_checks[(answerlog.current_student(), ex.id)] = self._texts_checked(ex.id) + 1
        if repaired:
            record["repaired"] = True
        try:
            answerlog.student_log().append(record)
        except (OSError, ValueError) as exc:
            return dataclasses.replace(fb, saved=False, save_error=f"{type(exc).__name__}: {exc}")
        object.__setattr__(fb, "saved", True)  # fb is new and ours alone: no copy needed
        return fb

    def _practice_entry(self, ex: Exercise) -> dict | None:
        """The hashed key of ``ex`` in a practice copy (``None`` elsewhere, or for short answers)."""
        if not self.is_practice_copy():
            return None
        entry = self._practice.get("exercises", {}).get(ex.id)
        return entry if isinstance(entry, dict) and entry.get("type") == ex.type else None

    def is_practice_copy(self) -> bool:
        """True in a practice copy: a student copy whose ``check()`` scores with hashed keys."""
        if not self.is_student_copy():
            return False
        if self._practice is None:
            from .practice import read_practice_keys

            self._practice = read_practice_keys(self.root) or {}
        return bool(self._practice)

    def _texts_checked(self, exercise_id: str) -> int:
        """How often this student checked a short answer before (a second check shows the model answer)."""
        slot = (answerlog.current_student(), exercise_id)  # a new name starts from that student's own log
        if slot not in self._text_checks:
            try:
                records = answerlog.student_log().read()
            except OSError:
                records = []
            self._text_checks[slot] = sum(1 for r in records if r.get("exercise") == exercise_id and r.get("valid"))
        return self._text_checks[slot]

    def hint(self, exercise_id: str) -> Hint:
        """The next hint of the exercise (staged; see :func:`hint`)."""
        ex = self.exercise(exercise_id)
        if not ex.hints:
            return Hint(ex.id, 0, 0, "")
        n = min(self._hints_shown.get(ex.id, 0) + 1, len(ex.hints))
        self._hints_shown[ex.id] = n
        return Hint(ex.id, n, len(ex.hints), ex.hints[n - 1])

    def hints_shown(self, exercise_id: str) -> int:
        return self._hints_shown.get(exercise_id, 0)

    def solution(self, exercise_id: str) -> Solution:
        """The key of the exercise (see :func:`solution`)."""
        ex = self.exercise(exercise_id)
        if self.is_student_copy():
            raise SolutionUnavailable(
                f"This is the student copy of the kit: it has no keys, so there is no solution to show for "
                f"{exercise_id!r}. Use hint({exercise_id!r}) and check({exercise_id!r}, answer); your "
                "instructor has the keys.")
        key = self.key(exercise_id)
        if key is None:
            raise SolutionUnavailable(f"There is no key for {exercise_id!r} yet: add "
                                      f"solutions/{exercise_id}.yaml (see exercises/README.md).")
        return Solution(ex, key, self.index() if ex.type in ("pick", "label") else _NO_TEXT)

    # -- validation --------------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """Everything wrong with the exercises and keys (see :func:`validate_exercises`)."""
        from .validation import exercise_problems

        return exercise_problems(self)


_NO_TEXT = ArticleIndex()


REPAIRED_NOTE = ("Your answer had a broken character (this happens when text is copied from some web pages); "
                 "it was replaced by \ufffd and your answer was saved.")


def _repair(value: Any, depth: int = 0) -> tuple[Any, bool]:
    """``value`` with lone surrogates in any text made U+FFFD; whether anything changed."""
    if isinstance(value, str):
        fixed = answerlog.repair_text(value)
        return fixed, fixed is not value
    if depth > 6 or not isinstance(value, (list, tuple, dict)):
        return value, False
    if isinstance(value, dict):
        items = [(_repair(k, depth + 1), _repair(v, depth + 1)) for k, v in value.items()]
        if any(k[1] or v[1] for k, v in items):
            return {k[0]: v[0] for k, v in items}, True
        return value, False
    items = [_repair(v, depth + 1) for v in value]
    if any(changed for _, changed in items):
        return type(value)(v for v, _ in items) if isinstance(value, tuple) else [v for v, _ in items], True
    return value, False


def _shape_hint(ex) -> str:
    return f"an answer of the shape this {ex.type.replace('_', ' ')} exercise expects (see its prompt)"


def _now() -> str:
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t * 1000) % 1000:03d}Z"


_default: Workbook | None = None


def workbook() -> Workbook:
    """The workbook of the course folder (made once per kernel, again if the course folder changes).

    Raises :class:`medialit.course.CourseNotFound` when there is no course folder.
    """
    global _default
    root = course_root()
    if _default is None or _default.root != root:
        _default = Workbook(root)
        _default._default_root = True
    return _default


def check(exercise_id: str, answer: Any) -> Feedback:
    """Check ``answer`` to exercise ``exercise_id``, save it, and return the feedback.

    Never raises for anything passed as ``answer``: an answer of the wrong type or
    shape gets feedback that says what is expected, with an example. An unknown
    ``exercise_id`` raises :class:`~medialit.exercises.schema.ExerciseNotFound`, which lists
    the closest ids. The answer is saved (flushed and fsync-ed) before this returns.

    >>> fb = check("00-1-dateline", 42)
    >>> print(fb)  # doctest: +ELLIPSIS
    00-1-dateline: not scored: the answer is not in the form this exercise needs
    ...
    Example: check('00-1-dateline', 'a')
    ...
    >>> fb.expected
    "one choice key, as text: one of 'a', 'b', 'c', 'd', 'e'"
    """
    return workbook().check(exercise_id, answer)


def hint(exercise_id: str) -> Hint:
    """The next hint of the exercise: each call reveals one more (staged), then repeats the last.

    >>> set_hints = workbook()._hints_shown.pop("00-3-named-voices", None)
    >>> print(hint("00-3-named-voices"))  # doctest: +ELLIPSIS
    Hint 1 of 2 for 00-3-named-voices: ...
    """
    return workbook().hint(exercise_id)


def solution(exercise_id: str) -> Solution:
    """The key of the exercise: its answer, the words in the article that justify it, the rubric.

    Raises :class:`SolutionUnavailable` in a student copy of the kit.

    >>> print(solution("00-3-named-voices"))  # doctest: +ELLIPSIS
    Key of 00-3-named-voices (number):
    ...
    """
    return workbook().solution(exercise_id)


def list_exercises():
    """A DataFrame of every exercise: id, lesson, type, points, article, title.

    >>> list_exercises().columns.tolist()
    ['id', 'lesson', 'type', 'points', 'article', 'title']
    """
    import pandas as pd

    wb = workbook()
    rows = []
    for eid in wb.ids():
        try:
            ex = wb.exercise(eid)
            rows.append((ex.id, ex.lesson, ex.type, ex.points, ex.article or "", ex.title))
        except ExerciseError:
            rows.append((eid, lesson_of(eid), "(has problems: run python -m medialit validate)", 0.0, "", ""))
    df = pd.DataFrame(rows, columns=["id", "lesson", "type", "points", "article", "title"])
    return df.astype({"id": "string", "lesson": "string", "type": "string", "points": "float64",
                      "article": "string", "title": "string"})


def validate_exercises(root: str | Path | None = None) -> list[Problem]:
    """Every problem with the exercises and keys under kit folder ``root`` (default: this kit).

    Schema errors come as ``path:line: field: message``; also: an exercise with no
    key or a key with no exercise, unknown articles or ids, ``why`` quotes that are
    not verbatim in the article, and keys that do not score 1.0 on their own check.

    >>> validate_exercises()
    []
    """
    return Workbook(root).problems()
