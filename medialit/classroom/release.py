"""The student release: a copy of the kit without keys (``python -m medialit release OUTDIR``).

Author once, derive the student copy. The release holds the lessons (outputs and
execution counts stripped; cells tagged ``solution`` or ``instructor`` removed),
the articles, the exercises, the ``medialit`` package, README, requirements and
set-up files, and the marker file ``STUDENT_COPY.md``. It never holds
``solutions/``, the tests, the benchmarks or anyone's saved answers.

In the release ``check()`` validates the shape of an answer, gives hints, saves the
answer, and says the score comes from the instructor; ``solution()`` explains that
keys are not included.

Only notebooks are copied from ``notebooks/`` (never a submission, report or
answer file someone left there), and the instructors' authoring guide
``exercises/README.md`` stays behind (its examples are real keys). Before writing,
the exercises are validated (a broken kit is not released); after writing, the
copy is scanned for the prose of every key (model answers, rubrics and notes of 20
characters or more) and for answer or submission files, and the release fails if
any is found. Short keys (a letter, a number, a list of ids) cannot be recognised
in free text, which is why the whole ``solutions/`` folder and the guide stay out.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import KitError, Problem, display_path
from ..exercises.workbook import STUDENT_COPY_MARKER, Workbook

#: Top-level files copied when present.
FILES = ("README.md", "requirements.txt", "requirements-dev.txt", "pyproject.toml", "Makefile", "LICENSE",
         "LICENSE.md", ".gitignore")
#: Folders copied (``notebooks/`` is copied with outputs stripped).
FOLDERS = ("articles", "exercises", "medialit", "notebooks")
#: Files that stay with the instructor (relative to the kit folder).
INSTRUCTOR_ONLY = ("exercises/README.md",)
#: File names that must never be in a release (saved answers, hand-ins, reports).
FORBIDDEN = ("*.jsonl", "submission-*.json", "capstone-report-*.html", "gradebook*.csv")
#: Cells with one of these tags are left out of the student copy.
DROP_TAGS = {"solution", "instructor", "remove-student"}
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints", ".DS_Store", "*.egg-info")

MARKER_TEXT = """# Student copy of the Media Literacy Kit

This folder was made with `python -m medialit release`. It has the lessons,
articles and exercises, but no answer keys (`solutions/`).

- `check("exercise-id", answer)` checks the shape of your answer, gives hints with
  `hint("exercise-id")`, and saves your answer. Your instructor scores it.
- `export_submission()` writes everything you answered into one file to hand in.

The kit detects a student copy by this file (or by the absence of `solutions/`).
"""


class ReleaseError(KitError):
    """The release was not written (or was removed): the message says why."""


@dataclass
class Release:
    """What ``release`` wrote: the folder, the files, and the notebooks it stripped."""

    outdir: Path
    files: list[Path] = field(default_factory=list)
    notebooks: list[Path] = field(default_factory=list)
    dropped_cells: int = 0

    def __str__(self) -> str:
        return (f"Student copy written to {display_path(self.outdir)}: {len(self.files)} files, "
                f"{len(self.notebooks)} notebooks with outputs stripped"
                + (f", {self.dropped_cells} instructor cells removed" if self.dropped_cells else "")
                + "; no solutions/.")


def strip_notebook(src: Path, dest: Path) -> int:
    """Copy a notebook without outputs, execution counts, widget state or instructor cells.

    Returns how many cells were dropped.

    >>> import nbformat, tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1", execution_count=1),
    ...                                      nbformat.v4.new_markdown_cell("key", metadata={"tags": ["solution"]})])
    >>> nbformat.write(nb, d / "in.ipynb")
    >>> strip_notebook(d / "in.ipynb", d / "out.ipynb")
    1
    >>> nbformat.read(d / "out.ipynb", as_version=4).cells[0].execution_count is None
    True
    """
    from .._altair import _skip_slow_iri_checker

    _skip_slow_iri_checker()  # nbformat imports jsonschema; its IRI checker alone costs seconds
    import nbformat

    nb = nbformat.read(src, as_version=4)
    kept, dropped = [], 0
    for cell in nb.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        if tags & DROP_TAGS:
            dropped += 1
            continue
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.get("metadata", {}).pop("execution", None)
        kept.append(cell)
    nb.cells = kept
    nb.metadata.pop("widgets", None)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest)
    return dropped


def key_texts(root: Path, min_length: int = 20) -> list[tuple[str, str]]:
    """``(key file, text)`` for every piece of key text a release must not contain.

    Model answers, rubric lines and notes (at least ``min_length`` characters);
    ``why`` quotes are left out because they are article text.

    >>> from medialit.course import course_root
    >>> sorted({name for name, _ in key_texts(course_root())})[:2]
    ['00-1-dateline.yaml', '00-2-vague-attributions.yaml']
    """
    from .._yaml import load_with_lines

    out = []
    folder = root / "solutions"
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            data, _ = load_with_lines(path.read_text(encoding="utf-8-sig"))
        except Exception:
            continue
        if not isinstance(data, dict):
            continue
        pieces = []
        for name in ("answer", "rubric", "notes"):
            value = data.get(name)
            pieces += value if isinstance(value, list) else [value]
        for piece in pieces:
            if isinstance(piece, str) and len(piece.strip()) >= min_length:
                out.append((path.name, " ".join(piece.split())))
    return out


def leaked_key_text(outdir: Path, root: Path) -> list[Problem]:
    """Every released file that contains key text (should be none).

    >>> from medialit.course import course_root
    >>> leaked_key_text(course_root() / "exercises", course_root())
    []
    """
    texts = key_texts(root)
    problems = []
    if (outdir / "solutions").exists():
        problems.append(Problem(display_path(outdir / "solutions"), 1, "the release holds a solutions/ folder"))
    for path in sorted(p for p in outdir.rglob("*") if p.is_file()):
        if any(path.match(pattern) for pattern in FORBIDDEN):
            problems.append(Problem(display_path(path), 1, "a saved answer, submission or report file: "
                                                           "students' work never goes into a release"))
            continue
        try:
            body = " ".join(path.read_text(encoding="utf-8").split())
        except (UnicodeDecodeError, OSError):
            continue
        for key_file, text in texts:
            if text in body:
                problems.append(Problem(display_path(path), 1, f"contains key text from solutions/{key_file}: "
                                                               f"{text[:60]!r}"))
    return problems


def make_release(outdir: str | Path, root: str | Path | None = None, *, force: bool = False) -> Release:
    """Write the student copy of the kit at ``root`` (default: this kit) into ``outdir``.

    Refuses when the exercises have problems (``force=True`` releases anyway),
    when ``outdir`` is not empty (``force=True`` replaces it), or when ``outdir`` is
    the kit itself or one of its folders.

    >>> import tempfile
    >>> rel = make_release(Path(tempfile.mkdtemp()) / "student-kit")
    >>> (rel.outdir / "solutions").exists(), (rel.outdir / STUDENT_COPY_MARKER).exists()
    (False, True)
    """
    wb = Workbook(root)
    root = wb.root.resolve()
    out = Path(outdir).resolve()
    if out == root or root.is_relative_to(out) or any(out.is_relative_to(root / f) for f in FOLDERS + ("solutions",)):
        raise ReleaseError(f"Cannot release into {outdir}: choose a folder outside the kit's own folders, "
                           "e.g. python -m medialit release ../student-kit")
    if not (root / "exercises").is_dir():
        raise ReleaseError(f"{root} has no exercises/ folder: run release from the instructor's kit")
    if wb.is_student_copy():
        raise ReleaseError(f"{root} is itself a student copy (it has {STUDENT_COPY_MARKER} or no solutions/); "
                           "release from the instructor's kit")
    problems = wb.problems()
    if problems and not force:
        raise ReleaseError("The exercises have problems; fix them (or release anyway with --force):\n"
                           + "\n".join(f"  {p}" for p in problems))
    if out.exists() and any(out.iterdir()):
        if not force:
            raise ReleaseError(f"{outdir} is not empty; choose a new folder, or replace it with --force")
        if (out / ".git").exists():
            raise ReleaseError(f"{outdir} holds a git repository; refusing to replace it")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    release = Release(out)
    for name in FILES:
        if (root / name).is_file():
            shutil.copy2(root / name, out / name)
    for name in FOLDERS:
        src = root / name
        if not src.is_dir():
            continue
        if name == "notebooks":  # notebooks only: nothing a run or a student left beside them
            for nb in sorted(src.rglob("*.ipynb")):
                if ".ipynb_checkpoints" in nb.parts:
                    continue
                dest = out / name / nb.relative_to(src)
                release.dropped_cells += strip_notebook(nb, dest)
                release.notebooks.append(dest)
        else:
            shutil.copytree(src, out / name, ignore=_SKIP)
    for rel in INSTRUCTOR_ONLY:
        (out / rel).unlink(missing_ok=True)
    (out / STUDENT_COPY_MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    leaks = leaked_key_text(out, root)
    if leaks:
        shutil.rmtree(out)
        raise ReleaseError("Key text found in the release, so it was removed:\n"
                           + "\n".join(f"  {p}" for p in leaks))
    release.files = sorted(p for p in out.rglob("*") if p.is_file())
    return release

