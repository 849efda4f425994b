"""The student release: a copy of the kit without keys (``python -m medialit release OUTDIR``).

Author once, derive the student copy. The release holds the lessons (outputs and
execution counts stripped; cells tagged ``solution`` or ``instructor`` removed;
cells with wording for one kind of copy set to that wording), the articles, the
exercises, the ``medialit`` package, a student README, requirements and set-up
files (without test targets or settings), and the marker file ``STUDENT_COPY.md``.
It never holds ``solutions/``, the tests, the benchmarks, the instructor README,
the originals of imported articles (``articles/originals/``: students get the converted
text) or anyone's saved answers.

Two kinds of copy (``--mode``, see :data:`~medialit.classroom.student_copy.MODES`):

``practice`` (the default)
    ``check()`` scores every auto-scored exercise from salted hashes of the key
    items (:mod:`medialit.exercises.practice`): right, partial credit, which items
    are wrong, hints. Obfuscated, not secret: a determined student can try every
    choice. ``solution()`` and model answers stay with the instructor.
``assessment``
    ``check()`` validates the shape of an answer, gives hints, saves the answer
    and says the score comes from the instructor.

Safety. Before anything is written, every problem ``validate`` reports (articles,
exercises, keys) refuses the release. The copy is built in a staging folder beside
``OUTDIR`` and scanned there (:mod:`medialit.classroom.leaks`: decoded cell text,
quotes folded); only a clean copy is moved into place. Releasing again into an
earlier copy or a git repository with ``force=True`` updates it in place and keeps
its ``.git``.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import KitError, Problem, display_path
from ..exercises.workbook import STUDENT_COPY_MARKER, Workbook
from .leaks import FORBIDDEN, key_texts, leaked_key_text  # noqa: F401  (re-exported)
from .student_copy import DEFAULT_MODE, MODES, marker_text, student_makefile, student_pyproject, student_readme

#: Top-level files copied when present (README, Makefile and pyproject are rewritten for students).
FILES = ("requirements.txt", "pyproject.toml", "Makefile", "LICENSE", "LICENSE.md", ".gitignore")
#: Folders copied (``notebooks/`` is copied with outputs stripped).
FOLDERS = ("articles", "exercises", "medialit", "notebooks")
#: Files and folders that stay with the instructor (relative to the kit folder): the authoring guide, and
#: the originals ``add`` keeps of imported articles (web pages, Word files: the instructor's provenance
#: record; students read the converted text in ``articles/``, whose front matter names the original and
#: its SHA-256).
INSTRUCTOR_ONLY = ("exercises/README.md", "articles/originals")
#: Cells with one of these tags are left out of the student copy.
DROP_TAGS = {"solution", "instructor", "remove-student"}
#: Cell metadata holding the wording of a cell for one kind of copy: ``{"medialit": {"copy": {MODE: text}}}``.
VARIANT_KEY = "medialit"
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints", ".DS_Store", "*.egg-info")
#: What a release keeps when it updates an earlier copy in place.
KEEP = (".git", ".github", ".gitattributes")


class ReleaseError(KitError):
    """The release was not written: the message says why."""


@dataclass
class Release:
    """What ``release`` wrote: the folder, its mode, the files, and the notebooks it stripped."""

    outdir: Path
    mode: str = DEFAULT_MODE
    files: list[Path] = field(default_factory=list)
    notebooks: list[Path] = field(default_factory=list)
    dropped_cells: int = 0
    updated: bool = False
    practice_exercises: int = 0

    def __str__(self) -> str:
        what = "updated in place (its .git kept)" if self.updated else "written"
        keys = (f"; feedback from obfuscated keys for {self.practice_exercises} auto-scored exercises"
                if self.mode == "practice" else "; answers are saved for you to score")
        return (f"Student copy ({self.mode} mode) {what} at {display_path(self.outdir)}: {len(self.files)} files, "
                f"{len(self.notebooks)} notebooks with outputs stripped"
                + (f", {self.dropped_cells} instructor cells removed" if self.dropped_cells else "")
                + f"; no solutions/{keys}.")


def copy_wording(cell, mode: str, notebook: Path | str = "") -> str:
    """The source of ``cell`` as a copy of ``mode`` shows it.

    The cell's metadata may hold ``{"medialit": {"copy": {MODE: [[old, new], ...]}}}``:
    each ``old`` passage of the source is replaced by ``new`` in copies of that mode
    (the instructor's kit shows the source as written). A passage that is no longer
    in the source raises :class:`ReleaseError` (the lesson was edited: update the pair).

    >>> cell = {"source": "Check gives feedback.", "metadata": {"medialit": {"copy": {
    ...     "assessment": [["gives feedback", "saves your answer"]]}}}}
    >>> copy_wording(cell, "assessment"), copy_wording(cell, "practice")
    ('Check saves your answer.', 'Check gives feedback.')
    """
    source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
    meta = cell.get("metadata", {}).pop(VARIANT_KEY, None)
    pairs = meta.get("copy", {}).get(mode, []) if isinstance(meta, dict) else []
    for pair in pairs:
        old, new = pair
        if old not in source:
            where = f"{display_path(Path(notebook))}, cell {cell.get('id', '?')}" if notebook else cell.get("id", "?")
            raise ReleaseError(f"{where}: the {mode} wording replaces {old[:60]!r}, which is no longer in the cell; "
                               f"update metadata.{VARIANT_KEY}.copy.{mode} of that cell to match the new text")
        source = source.replace(old, new)
    return source


def strip_notebook(src: Path, dest: Path, mode: str = DEFAULT_MODE) -> int:
    """Copy a notebook without outputs, execution counts, widget state or instructor cells.

    Lesson wording that differs between practice and assessment copies is set for
    ``mode`` (see :func:`copy_wording`); the variants themselves are not copied.

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
        cell.source = copy_wording(cell, mode, src)
        kept.append(cell)
    nb.cells = kept
    nb.metadata.pop("widgets", None)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest)
    return dropped


def release_problems(root: Path) -> list[Problem]:
    """Every problem ``python -m medialit validate`` reports for ``root``: articles, exercises, keys.

    >>> from medialit.course import course_root
    >>> release_problems(course_root())
    []
    """
    from ..corpus.loader import load_corpus
    from ..problems import CorpusError

    articles = root / "articles"
    if not articles.is_dir():
        return [Problem(display_path(root), 1, "no articles/ folder: release from the instructor's kit")]
    try:
        corpus = load_corpus(articles, warn=False)
        # as validate: byline and page-furniture lines left in a .txt are problems too
        problems = list(corpus.problems) + [p for a in corpus for p in a.suspect_lines]
    except CorpusError as exc:
        problems = list(exc.problems) or [Problem(display_path(articles), 1, "no articles; add .txt or .md files")]
    return problems + Workbook(root, articles=articles).problems()


def _check_target(out: Path, root: Path, outdir, force: bool) -> bool:
    """Refuse unsafe targets; return whether ``out`` is an earlier copy to update in place."""
    if out == root or root.is_relative_to(out) or any(out.is_relative_to(root / f) for f in FOLDERS + ("solutions",)):
        raise ReleaseError(f"Cannot release into {outdir}: choose a folder outside the kit's own folders, "
                           "e.g. python -m medialit release ../student-kit")
    if not out.exists() or not any(out.iterdir()):
        return False
    if out.is_file():
        raise ReleaseError(f"{outdir} is a file; choose a folder")
    earlier = (out / STUDENT_COPY_MARKER).is_file() or (out / ".git").exists()
    if not force:
        hint = ("update it in place with --force (its .git and history are kept)" if earlier
                else "choose a new or empty folder")
        raise ReleaseError(f"{outdir} is not empty; {hint}")
    if not earlier:
        raise ReleaseError(f"{outdir} is not empty and is neither an earlier student copy (no "
                           f"{STUDENT_COPY_MARKER}) nor a git repository, so --force will not replace it; "
                           "choose a new folder or empty this one yourself")
    return True


def _install(stage: Path, out: Path) -> None:
    """Replace everything in ``out`` but :data:`KEEP` with the staged copy."""
    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():
        if child.name in KEEP:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    for child in stage.iterdir():
        shutil.move(str(child), out / child.name)


def make_release(outdir: str | Path, root: str | Path | None = None, *, mode: str = DEFAULT_MODE,
                 force: bool = False) -> Release:
    """Write the student copy of the kit at ``root`` (default: this kit) into ``outdir``.

    ``mode`` is ``"practice"`` (feedback from obfuscated keys) or ``"assessment"``
    (answers saved for the instructor to score). Refuses when ``validate`` reports
    any problem, when ``outdir`` is the kit itself or one of its folders, and when
    ``outdir`` is not empty, unless ``force=True`` and it is an earlier student copy
    or a git repository: then it is updated in place and its ``.git`` is kept.
    Raises :class:`ReleaseError` with the reason.

    >>> import tempfile
    >>> rel = make_release(Path(tempfile.mkdtemp()) / "student-kit", mode="assessment")
    >>> (rel.outdir / "solutions").exists(), (rel.outdir / STUDENT_COPY_MARKER).exists(), rel.mode
    (False, True, 'assessment')
    """
    if mode not in MODES:
        raise ReleaseError(f"There is no release mode {mode!r}; use one of: {', '.join(MODES)}")
    wb = Workbook(root)
    root = wb.root.resolve()
    out = Path(outdir).resolve()
    if not (root / "exercises").is_dir():
        raise ReleaseError(f"{root} has no exercises/ folder: run release from the instructor's kit")
    if wb.is_student_copy():
        raise ReleaseError(f"{root} is itself a student copy (it has {STUDENT_COPY_MARKER} or no solutions/); "
                           "release from the instructor's kit")
    updated = _check_target(out, root, outdir, force)
    problems = release_problems(root)
    if problems:
        raise ReleaseError("The kit has problems (the ones python -m medialit validate reports); nothing was "
                           "released. Fix them and release again:\n" + "\n".join(f"  {p}" for p in problems))
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}-release-", dir=out.parent))
    try:
        release = _write(stage, root, wb, mode)
        leaks = leaked_key_text(stage, root)
        if leaks:
            raise ReleaseError("Key text or students' work found in the release, so nothing was written:\n"
                               + "\n".join(f"  {p}".replace(str(stage), str(out)) for p in leaks))
        _install(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    release.outdir, release.updated = out, updated
    release.notebooks = [out / p.relative_to(stage) for p in release.notebooks]
    release.files = sorted(p for p in out.rglob("*") if p.is_file() and ".git" not in p.relative_to(out).parts)
    return release


def _write(out: Path, root: Path, wb: Workbook, mode: str) -> Release:
    release = Release(out, mode)
    for name in FILES:
        if (root / name).is_file():
            shutil.copy2(root / name, out / name)
    if (root / "Makefile").is_file():
        (out / "Makefile").write_text(student_makefile((root / "Makefile").read_text(encoding="utf-8")),
                                      encoding="utf-8")
    if (root / "pyproject.toml").is_file():
        (out / "pyproject.toml").write_text(student_pyproject((root / "pyproject.toml").read_text(encoding="utf-8")),
                                            encoding="utf-8")
    (out / "README.md").write_text(student_readme(mode), encoding="utf-8")
    for name in FOLDERS:
        src = root / name
        if not src.is_dir():
            continue
        if name == "notebooks":  # notebooks only: nothing a run or a student left beside them
            for nb in sorted(src.rglob("*.ipynb")):
                if ".ipynb_checkpoints" in nb.parts:
                    continue
                dest = out / name / nb.relative_to(src)
                release.dropped_cells += strip_notebook(nb, dest, mode)
                release.notebooks.append(dest)
        else:
            shutil.copytree(src, out / name, ignore=_SKIP)
    for rel in INSTRUCTOR_ONLY:
        if (out / rel).is_dir():
            shutil.rmtree(out / rel)
        else:
            (out / rel).unlink(missing_ok=True)
    for path in sorted((out / "exercises").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("# DRAFT"):  # (draft's note to the teacher on an exercise moved live: not for students)
            path.write_text(text.partition("\n")[2], encoding="utf-8")
    if mode == "practice":
        from ..exercises.practice import read_practice_keys, write_practice_keys

        try:
            write_practice_keys(wb, out)
        except ValueError as exc:
            raise ReleaseError(f"The practice keys could not be built: {exc}") from None
        release.practice_exercises = len((read_practice_keys(out) or {}).get("exercises", {}))
    (out / STUDENT_COPY_MARKER).write_text(marker_text(mode), encoding="utf-8")
    return release
