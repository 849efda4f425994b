"""Where the course is: the folder holding ``articles/`` and ``exercises/`` (and ``solutions/`` for an instructor).

The ``medialit`` package installs like any library (``pip install .``, a wheel, or
``-e .``), so it never looks for lessons next to its own files. The course folder is

1. the folder named by ``$MEDIALIT_COURSE``, when set (it must be a course folder);
2. else the current folder or the nearest folder above it that is a course folder
   (a lesson runs from ``<course>/notebooks/``, so its parent is found).

A folder is a course folder when it holds both ``articles/`` and ``exercises/``.
When none is found, :class:`CourseNotFound` says where the search started and how
to fix it. Keys are read only from ``<course>/solutions/``: the folder the
instructor put them in, never the install location.

Answers go to a folder the student owns (:func:`answers_home`): ``<course>/progress``
when the student owns the course folder and can write to it, else
``~/medialit-progress`` in their home.

>>> (course_root() / "exercises").is_dir()
True
>>> course_root(Path("/")) # doctest: +ELLIPSIS
Traceback (most recent call last):
...
medialit.course.CourseNotFound: no course folder found from /: open a lesson from the course folder, or set MEDIALIT_COURSE ...
"""

from __future__ import annotations

import os
from pathlib import Path

from .problems import KitError

#: Environment variable naming the course folder (overrides the search from the current folder).
COURSE_ENV = "MEDIALIT_COURSE"
#: Folders that make a folder a course folder.
COURSE_PARTS = ("articles", "exercises")
#: Folder name, in the student's home, for answers when the course folder is not theirs.
HOME_PROGRESS = "medialit-progress"


class CourseNotFound(KitError, FileNotFoundError):
    """No course folder: not in ``$MEDIALIT_COURSE``, nor at or above the current folder.

    >>> issubclass(CourseNotFound, FileNotFoundError)
    True
    """

    def __str__(self) -> str:
        return str(self.args[0])


def is_course(folder: str | Path) -> bool:
    """True when ``folder`` holds ``articles/`` and ``exercises/``.

    >>> is_course(course_root()), is_course("/")
    (True, False)
    """
    folder = Path(folder)
    return all((folder / part).is_dir() for part in COURSE_PARTS)


def course_root(start: str | Path | None = None) -> Path:
    """The course folder: ``$MEDIALIT_COURSE``, else ``start`` (default: the current folder) or the nearest above.

    Raises :class:`CourseNotFound` naming the folder the search started from.

    >>> course_root().name != "medialit"
    True
    """
    env = os.environ.get(COURSE_ENV, "").strip()
    key = (env, str(start) if start is not None else os.getcwd())
    found = _found.get(key)
    if found is not None and is_course(found):  # check() asks on every answer: no path walk each time
        return found
    found = _find(env, start)
    _found[key] = found
    return found


_found: dict[tuple[str, str], Path] = {}


def _find(env: str, start: str | Path | None) -> Path:
    if env:
        folder = Path(env).expanduser().resolve()
        if not is_course(folder):
            missing = ", ".join(p + "/" for p in COURSE_PARTS if not (folder / p).is_dir())
            raise CourseNotFound(f"{COURSE_ENV}={env} is not a course folder (it has no {missing}): "
                                 f"point {COURSE_ENV} at the folder holding articles/ and exercises/, "
                                 f"or unset it and open a lesson from the course folder")
        return folder
    here = Path(start if start is not None else os.getcwd()).expanduser().resolve()
    for folder in (here, *here.parents):
        if is_course(folder):
            return folder
    raise CourseNotFound(f"no course folder found from {here}: open a lesson from the course folder, "
                         f"or set {COURSE_ENV} (a course folder holds articles/ and exercises/)")


def answers_home(course: Path | None = None) -> Path:
    """The folder where this student's answers go when ``$MEDIALIT_PROGRESS`` is not set.

    ``<course>/progress`` when the student owns the course folder and can write to it
    (a laptop, or a lesson folder pulled into their own home on a hub), else
    ``~/medialit-progress`` (a course folder shared read-only on a server, or no
    course folder at all). Another user's folder is never used, even when writable.

    >>> answers_home(Path("/no/such/course")) == Path.home() / HOME_PROGRESS
    True
    """
    if course is None:
        try:
            course = course_root()
        except CourseNotFound:
            return Path.home() / HOME_PROGRESS
    if _owned_and_writable(course):
        progress = course / "progress"
        if not progress.exists() or _owned_and_writable(progress):
            return progress
    return Path.home() / HOME_PROGRESS


def _owned_and_writable(folder: Path) -> bool:
    try:
        owner = folder.stat().st_uid
    except OSError:
        return False
    return owner == os.getuid() and os.access(folder, os.W_OK | os.X_OK)


def kit_command(cwd: str | Path | None = None, executable: str | None = None) -> str:
    """How to run the kit's command line from ``cwd``, as the person at the terminal must type it.

    ``python -m medialit`` only when ``python`` on the PATH is this very interpreter (an
    activated environment); otherwise the interpreter's path, relative when it lies inside
    ``cwd`` (``.venv/bin/python -m medialit`` in the course folder), else absolute.

    >>> kit_command("/srv/kit", "/srv/kit/.venv/bin/python")
    '.venv/bin/python -m medialit'
    >>> kit_command("/home/t", "/opt/kit env/bin/python")
    "'/opt/kit env/bin/python' -m medialit"
    """
    import shlex
    import shutil
    import sys

    exe = Path(executable or sys.executable).absolute()
    here = Path(cwd).absolute() if cwd is not None else Path.cwd()
    found = shutil.which("python")
    if executable is None and found and Path(found).absolute() == exe:
        return "python -m medialit"
    try:
        shown = exe.relative_to(here).as_posix()
    except ValueError:
        shown = str(exe)
    return f"{shlex.quote(shown)} -m medialit"
