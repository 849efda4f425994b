"""Hand scores: the instructor's points and comments for short answers, kept in a file they can edit.

The file is ``hand-scores.csv`` in the grading folder (next to the gradebook CSV):
one row per student and short answer, with the columns ``student``, ``student_id``,
``exercise``, ``points`` (blank: still to be scored), ``rubric`` (the rubric lines
the answer meets, by number: ``1 3``), ``comment`` (for the student), ``answer``
(the answer as scored, for reading) and ``fingerprint`` (to notice a changed
answer). It opens in any spreadsheet or text editor; save it as CSV UTF-8. (CSV,
not YAML: 4,500 rows parse in milliseconds, and it is what teachers edit.)

``grade`` reads it on every run: hand points count in the totals and comments go
into each student's feedback page. ``grade`` also adds an entry (points blank) for
every new short answer, so the file doubles as a to-do list that can be scored in
a spreadsheet. Nothing the instructor typed is ever lost:

- entries are only added, never removed; an entry with points, ticks or a comment
  is never changed by ``grade`` (when the student's answer changed after it was
  scored, ``grade`` reports it and keeps the score);
- every write takes a lock (``hand-scores.csv.lock``, removed when the write is done), writes a temporary file, ``fsync``-s it and renames it
  over the old one (atomic: a crash leaves the old file or the new one, never half);
- a file edited by hand (or re-saved by a spreadsheet) is copied aside
  (``hand-scores.csv.~edited-<time>~``) before the notebook or ``grade`` rewrites it;
- a file that cannot be read is never written over: the error names the line.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "hand-scores.csv"
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

import csv
import io
import re
from ..problems import KitError, Problem, display_path
from .roster import name_key

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

#: File name of the hand scores in the grading folder.
HAND_SCORES = "hand-scores.csv"


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


#: The columns of the hand-scores file, in order.
COLUMNS = ["student", "student_id", "exercise", "points", "rubric", "comment", "answer", "fingerprint"]


class HandScoresError(KitError):
    """The hand-scores file cannot be read as a whole (``line`` says where)."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.line = line


def _entry(rec: dict, shown: str, line: int) -> tuple[HandScore | None, list[Problem]]:
    student, exercise = _unsafe((rec.get("student") or "").strip()), (rec.get("exercise") or "").strip()
    if not student or not exercise:
        return None, [Problem(shown, line, "row skipped: it needs a student name and an exercise id")]
    problems = []
    raw = (rec.get("points") or "").strip().lstrip("'")
    points = None
    if raw:
        try:
            points = float(raw.replace(",", "."))
        except ValueError:
            problems.append(Problem(shown, line, f"points {raw!r} is not a number; write e.g. 1.5 (left unscored)"))
    rubric: list[int] = []
    for part in re.split(r"[\s,;]+", (rec.get("rubric") or "").strip()):
        if not part:
            continue
        if not part.isdigit():
            problems.append(Problem(shown, line, f"rubric {rec.get('rubric')!r}: give line numbers, e.g. 1 3 "
                                                 "(ignored)"))
            rubric = []
            break
        rubric.append(int(part))
    return HandScore(student, (rec.get("student_id") or "").strip(), exercise, points, tuple(rubric),
                     _unsafe(rec.get("comment") or ""), _unsafe(rec.get("answer") or ""),
                     (rec.get("fingerprint") or "").strip()), problems


def _unsafe(text: str) -> str:
    """Undo the apostrophe the kit puts before a cell that a spreadsheet would take for a formula."""
    return text[1:] if text[:2] in {"'" + c for c in _FORMULA} else text


def _parse(text: str, shown: str) -> tuple[list[HandScore], list[Problem]]:
    if not text.strip():
        return [], []
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in ("student", "exercise", "points") if c not in header]
        if missing:
            raise HandScoresError(f"the first line must name the columns ({', '.join(COLUMNS)}); "
                                  f"missing: {', '.join(missing)}", 1)
        reader.fieldnames = header
        entries, problems = [], []
        for rec in reader:
            if not any((v or "").strip() for k, v in rec.items() if k):
                continue
            e, p = _entry(rec, shown, reader.line_num)
            problems += p
            if e is not None:
                entries.append(e)
    except csv.Error as exc:
        raise HandScoresError(f"not a readable CSV file ({exc})", getattr(reader, "line_num", 1)) from None
    return entries, problems


def read_hand_scores(path: str | Path) -> tuple[dict, list[Problem]]:
    """``({key: HandScore}, problems)``; a missing file is an empty one. Later duplicates are reported.

    Raises :class:`HandScoresError` (a :class:`~medialit.problems.KitError`) when the file cannot be
    read as a whole (no header row, not UTF-8), so it is fixed rather than the scores silently ignored.
    """
    path = Path(path)
    if not path.exists():
        return {}, []
    shown = display_path(path)
    try:
        entries, problems = _parse(path.read_bytes().decode("utf-8-sig"), shown)
    except HandScoresError as exc:
        raise HandScoresError(f"{shown}:{exc.line}: hand scores cannot be read: {exc}. Fix that line and run "
                              "again (nothing was changed)", exc.line) from None
    except UnicodeDecodeError:
        raise HandScoresError(f"{shown}: hand scores are not UTF-8 text; in a spreadsheet save as \"CSV UTF-8\" "
                              "(nothing was changed)") from None
    except OSError as exc:
        raise HandScoresError(f"{shown}: hand scores cannot be read ({exc})") from None
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
    """The file text for ``entries``: CSV, one row per answer (cells a spreadsheet could run are made safe)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for e in entries:
        points = "" if e.points is None else f"{e.points:g}"
        w.writerow([_safe(e.student), e.student_id, e.exercise, points, " ".join(map(str, e.rubric)),
                    _safe(e.comment), _safe(e.answer), e.fingerprint])
    return buf.getvalue()


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


class _FileLock:
    """An exclusive lock on ``<file>.lock``, removed again when released (no lock file is left behind).

    Removing a lock file safely: the holder unlinks it while still holding the lock, and a
    waiter that then gets the lock checks that its descriptor is still the file at that
    path (same inode); if not, it was unlinked meanwhile and the waiter locks the new one.
    Without ``fcntl`` (Windows) there is no lock and no file.
    """

    def __init__(self, path: Path):
        self.path = path.with_name(path.name + ".lock")
        self.fd = None

    def __enter__(self):
        if fcntl is None:  # pragma: no cover - Windows
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                return self
            os.close(fd)  # unlinked by the holder before us: lock the current file

    def __exit__(self, *exc):
        if self.fd is None:  # pragma: no cover - Windows
            return
        try:
            os.unlink(self.path)
        except OSError:  # pragma: no cover - a read-only folder: the lock file stays, harmless
            pass
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None


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
        try:
            old_text = path.read_bytes().decode("utf-8-sig") if path.exists() else ""
        except UnicodeDecodeError:
            raise HandScoresError(f"{shown} is not UTF-8 text: nothing was saved. Save it as \"CSV UTF-8\" and "
                                  "try again.") from None
        try:
            entries, _ = _parse(old_text, shown)
        except HandScoresError as exc:
            raise HandScoresError(f"{shown}:{getattr(exc, 'line', 1)}: cannot be read ({exc}): nothing was saved, so "
                           "nothing you typed there is lost. Fix that line and save again.", exc.line) from None
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
