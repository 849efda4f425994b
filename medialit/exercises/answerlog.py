"""The answer log: every answer a student checks, saved durably as JSON Lines.

One file per student, ``<progress dir>/<slug>-<hash>.jsonl`` (see
:mod:`medialit.exercises.student` for names, :func:`name_key` and who answers by
default), one JSON object per line, append-only and human-readable; every line
carries the name as typed, its key and the optional student id. The progress
directory is ``$MEDIALIT_PROGRESS`` when set, else a folder the student owns:
``progress/`` in their course folder when it is theirs and writable (ignored by
git), else ``~/medialit-progress`` (:func:`medialit.course.answers_home`).
``name_key``, ``set_student`` and ``current_student`` are importable from here too.

Nothing a student typed is lost:

- each answer is written with one ``write`` call under an exclusive lock on the
  file (``fcntl.flock``; the ``filelock`` package on systems without it), then
  flushed and ``fsync``-ed before ``check()`` returns, so two kernels never
  interleave partial lines;
- a torn last line (a crash mid-write) is skipped with a :class:`TornLineWarning`
  and kept aside in ``<name>.torn-<timestamp>``;
- a file with unreadable lines in the middle is set aside whole, as
  ``<name>.corrupt-<timestamp>`` (never overwritten), and the file keeps only its
  readable lines, with a :class:`CorruptProgressWarning`.

>>> import tempfile
>>> log = AnswerLog(Path(tempfile.mkdtemp()) / "ada.jsonl")
>>> log.append({"exercise": "00-1-dateline", "answer": "d"})
>>> [r["answer"] for r in log.read()]
['d']
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
import warnings
from pathlib import Path

from ..course import answers_home
from .student import (STUDENT_ENV, current_student, identity, name_key, repair_text, set_student,  # noqa: F401
                      student_file_name)

try:  # POSIX: lock the file itself (fast, released by the OS if the process dies)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

#: Environment variable naming the folder where answers are saved.
PROGRESS_ENV = "MEDIALIT_PROGRESS"


class TornLineWarning(UserWarning):
    """The last line of a progress file was cut off (a crash while saving); it was kept aside."""


class CorruptProgressWarning(UserWarning):
    """A progress file had unreadable lines; it was moved aside and its readable lines kept."""


def progress_dir() -> Path:
    """Where answers are saved: ``$MEDIALIT_PROGRESS``, else :func:`default_progress_dir`.

    The one place that decides the folder (answer files, ``names/``): change it here only.

    >>> progress_dir().name in ("progress", "medialit-progress",
    ...                         os.path.basename(os.environ.get("MEDIALIT_PROGRESS", "")))
    True
    """
    env = os.environ.get(PROGRESS_ENV)
    return Path(env).expanduser() if env else default_progress_dir()


def default_progress_dir() -> Path:
    """A folder the student owns: the course's ``progress/`` when theirs and writable, else ``~/medialit-progress``.

    >>> default_progress_dir().name in ("progress", "medialit-progress")
    True
    """
    return answers_home()


_logs: dict[tuple, "AnswerLog"] = {}


def student_log(name: str | None = None) -> "AnswerLog":
    """The answer log of ``name`` (default: the current student) in :func:`progress_dir`.

    Names equal under :func:`name_key` share one log; the file is ``<slug>-<hash>.jsonl``, and a
    file whose first record names another student is never used (the next free name is taken).
    """
    key = name_key(name if name is not None else current_student())
    folder = progress_dir()
    cache = (str(folder), key)
    log = _logs.get(cache)
    if log is None:
        n = 1
        while True:
            path = folder / student_file_name(key, n)
            owner = _first_key(path)
            if owner in (None, key):
                break
            n += 1
        log = _logs[cache] = AnswerLog(path)
    return log


def _first_key(path: Path) -> str | None:
    """The ``student_key`` of the first readable record of ``path`` (None: no file or no key)."""
    try:
        with open(path, "rb") as f:
            for line in f:
                try:
                    rec = json.loads(line.decode("utf-8"))
                except ValueError:
                    continue
                if isinstance(rec, dict) and isinstance(rec.get("student_key"), str):
                    return rec["student_key"]
                if isinstance(rec, dict) and isinstance(rec.get("student"), str):
                    try:
                        return name_key(rec["student"])
                    except ValueError:
                        return None
                return None
    except OSError:
        return None
    return None


def record_id(record: dict) -> str:
    """A record's ``id`` (given to every answer when saved), or a hash of its content for older records."""
    rid = record.get("id")
    if isinstance(rid, str) and rid:
        return rid
    body = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)
    return "h" + hashlib.sha256(repair_text(body).encode("utf-8")).hexdigest()[:16]


def new_record_id() -> str:
    """A fresh random id for a saved answer."""
    return uuid.uuid4().hex[:16]


def carry_over(old: str, new: str, student_id: str | None = None, skip=()) -> tuple[int, set]:
    """Copy the answers saved under ``old`` into ``new``'s log; return ``(how many, their ids)``.

    Answers already in ``new``'s log (same id) or listed in ``skip`` are not copied again; the
    old file is left as it was. Each copy says where it came from (``carried_from``).
    """
    source, target = student_log(old), student_log(new)
    if source.path == target.path:
        return 0, set()
    have = {record_id(r) for r in target.read()} | set(skip)
    moved, ids = 0, set()
    new_fields = {"student": new, "student_key": name_key(new), "student_id": student_id}
    for rec in source.read():
        rid = record_id(rec)
        if rid in have or not isinstance(rec.get("exercise"), str):
            continue
        target.append({**rec, **new_fields, "id": rid, "carried_from": rec.get("student", old)})
        have.add(rid)
        ids.add(rid)
        moved += 1
    return moved, ids


def _stamp() -> str:
    t = time.time()
    return time.strftime("%Y%m%d-%H%M%S", time.gmtime(t)) + f"-{int(t * 1e6) % 1_000_000:06d}"


def _aside(path: Path, kind: str) -> Path:
    target = path.with_name(f"{path.name}.{kind}-{_stamp()}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{kind}-{_stamp()}-{n}")
        n += 1
    return target


class _Lock:
    """An exclusive lock on an open file descriptor (POSIX) or a side lock file (elsewhere)."""

    def __init__(self, fd: int, path: Path):
        self.fd, self.path, self._fallback = fd, path, None

    def __enter__(self):
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        else:  # pragma: no cover - Windows
            from filelock import FileLock

            self._fallback = FileLock(str(self.path) + ".lock")
            self._fallback.acquire()
        return self

    def __exit__(self, *exc):
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        else:  # pragma: no cover - Windows
            self._fallback.release()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _parses(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw.decode("utf-8")), dict)
    except ValueError:
        return False


class AnswerLog:
    """One student's append-only JSON Lines file of checked answers."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._fspath = os.fspath(self.path)

    def __repr__(self) -> str:
        return f"AnswerLog({str(self.path)!r})"

    def _open(self) -> int:
        try:
            return os.open(self._fspath, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        except FileNotFoundError:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _fsync_dir(self.path.parent.parent if self.path.parent.parent.exists() else self.path.parent)
            return os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)

    def append(self, record: dict) -> None:
        """Append ``record`` as one line; flushed and fsync-ed when this returns.

        Raises ``OSError`` when the disk refuses (full, read-only); the caller tells the student.
        """
        text = json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) + "\n"
        data = repair_text(text).encode("utf-8")  # a lone surrogate becomes U+FFFD, never an error
        fd = self._open()
        try:
            with _Lock(fd, self.path):
                size = os.fstat(fd).st_size
                if size and _read_at(fd, 1, size - 1) != b"\n":
                    self._repair_tail(fd, size)
                    size = os.fstat(fd).st_size
                _write_all(fd, data)
                os.fsync(fd)
                if size == 0:  # a new file: make its directory entry durable too
                    _fsync_dir(self.path.parent)
        finally:
            os.close(fd)

    def _repair_tail(self, fd: int, size: int) -> None:
        """The file does not end with a newline (a crash mid-write): end the line or set it aside."""
        start = max(0, size - 1_000_000)
        chunk = _read_at(fd, size - start, start)
        cut = chunk.rfind(b"\n") + 1 + start
        tail = _read_at(fd, size - cut, cut)
        if _parses(tail):  # complete record, only its newline is missing
            _write_all(fd, b"\n")
            return
        aside = _aside(self.path, "torn")
        _write_durably(aside, tail)
        os.ftruncate(fd, cut)
        os.fsync(fd)
        warnings.warn(f"The last line of {self.path} was cut off (the kernel probably stopped while "
                      f"saving). It was skipped and kept in {aside.name}; every complete answer is safe.",
                      TornLineWarning, stacklevel=4)

    def read(self) -> list[dict]:
        """Every saved record, oldest first (torn or corrupt lines handled as described above)."""
        if not self.path.exists():
            return []
        fd = self._open()
        try:
            with _Lock(fd, self.path):
                size = os.fstat(fd).st_size
                raw = _read_at(fd, size, 0)
                records, bad = [], []
                lines = raw.split(b"\n")
                tail = lines.pop()  # b"" when the file ends with a newline
                for n, line in enumerate(lines, start=1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line.decode("utf-8"))
                    except ValueError:
                        rec = None
                    if isinstance(rec, dict):
                        records.append(rec)
                    else:
                        bad.append(n)
                if tail.strip():
                    if _parses(tail):
                        records.append(json.loads(tail.decode("utf-8")))
                        _write_all(fd, b"\n")
                        os.fsync(fd)
                    elif not bad:
                        self._repair_tail(fd, size)
                if bad:
                    self._move_corrupt(fd, records, bad, tail)
                return records
        finally:
            os.close(fd)

    def _move_corrupt(self, fd: int, records: list[dict], bad: list[int], tail: bytes) -> None:
        # Copy the whole file aside first (durably), then rewrite it in place under the lock:
        # the file never changes identity, so a kernel waiting for the lock appends to the right file.
        aside = _aside(self.path, "corrupt")
        _write_durably(aside, _read_at(fd, os.fstat(fd).st_size, 0))
        body = "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records)
        os.ftruncate(fd, 0)
        _write_all(fd, body.encode("utf-8"))
        os.fsync(fd)
        shown = ", ".join(map(str, bad[:5])) + (" ..." if len(bad) > 5 else "")
        warnings.warn(f"{self.path} had {len(bad)} unreadable line(s) (line {shown}). The whole file was "
                      f"moved aside to {aside.name} (nothing deleted) and the {len(records)} readable "
                      "answers were kept.", CorruptProgressWarning, stacklevel=3)


def _write_durably(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(path.parent)


def _read_at(fd: int, n: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        out = b""
        while len(out) < n:
            chunk = os.pread(fd, n - len(out), offset + len(out))
            if not chunk:
                break
            out += chunk
        return out
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - Windows
    return os.read(fd, n)  # pragma: no cover


def jsonable(value, _depth: int = 0):
    """``value`` if it is plain JSON data (text, numbers, lists, dicts with text keys), else its repr.

    >>> jsonable({"a": [1, 2.5, "x"]}), jsonable(object)
    ({'a': [1, 2.5, 'x']}, "<class 'object'>")
    """
    try:
        if _plain(value, 0):
            return value
        text = repr(value)
    except Exception:
        try:
            text = f"<{type(value).__name__} that cannot be shown>"
        except Exception:
            text = "<an object that cannot be shown>"
    return text if len(text) <= 2000 else text[:2000] + "…"


def _plain(value, depth: int) -> bool:
    if depth > 6:
        return False
    if value is None or type(value) in (str, bool, int):
        return type(value) is not int or abs(value) < 2**53
    if type(value) is float:
        return value == value and value not in (float("inf"), float("-inf"))
    if type(value) in (list, tuple):
        return len(value) <= 1000 and all(_plain(v, depth + 1) for v in value)
    if type(value) is dict:
        return len(value) <= 1000 and all(type(k) is str and _plain(v, depth + 1) for k, v in value.items())
    return False
