"""Chart copies prepared once per installation (issue 16): ``python -m medialit charts prepare``.

Every lesson chart carries a static SVG and PNG (issue 15), and the chart widget needs altair's
JavaScript bundled for offline use. Made in a student's kernel, the first costs vl-convert's drawing
engine (about 100 MB that the kernel keeps) and the second seconds of CPU, in every student's home.
The lessons' charts are the same for every student of a course (their specs, hence their keys, only
depend on the course's articles and the installed altair and vl-convert), so an admin makes them once:
this runs every lesson of the course in a fresh kernel, in a scratch copy of the course, and keeps what
they drew in a folder of the installation (``<sys.prefix>/share/medialit`` or
``$MEDIALIT_PREPARED_CHARTS``) that kernels read first and never write (``medialit._altair``).

The folder is written readable by everyone and writable by its owner only: a folder students could
write to would let one student put a picture or JavaScript into another student's notebook, and
kernels refuse to read one (:func:`medialit._altair.prepared_dir`).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .._altair import bundle_name, folder_trust, safe_copy, versions

#: Folders of a kit or course that lessons never read (left out of the scratch copy).
_SKIP = (".git", ".venv", "venv", "progress", "node_modules", "__pycache__", ".ipynb_checkpoints",
         "test-output", "drafts", ".hypothesis", ".pytest_cache", "bench")


class PrepareError(Exception):
    """The charts could not be prepared (the message says why and what to do)."""


@dataclass
class Prepared:
    """What :func:`prepare_charts` did: one line per step, and the problems (lessons that failed)."""

    folder: Path
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    new: int = 0
    kept: int = 0


def default_folder() -> Path:
    """Where kernels look for prepared copies: ``$MEDIALIT_PREPARED_CHARTS``, else ``<sys.prefix>/share/medialit``."""
    named = os.environ.get("MEDIALIT_PREPARED_CHARTS")
    return Path(named) if named else Path(sys.prefix) / "share" / "medialit"


def lessons_of(course: Path, only: list[str] | None = None) -> list[Path]:
    """The course's lesson notebooks in order; ``only``: those whose name starts with one of these."""
    found = sorted((course / "notebooks").glob("*.ipynb"))
    if only:
        found = [p for p in found if any(p.name.startswith(o) for o in only)]
    return found


def _write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` (readable by all, writable by the owner); False when the file already held it."""
    try:
        if path.read_text(encoding="utf-8") == text:
            path.chmod(0o644)
            return False
    except (OSError, ValueError):
        pass
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.chmod(0o644)
    os.replace(tmp, path)
    return True


def _run_lesson(lesson: Path, env: dict, timeout: float) -> str | None:
    """Run every cell of ``lesson`` in a fresh kernel of this Python with ``env``; the error, if any."""
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    specs = Path(env["HOME"]) / "kernels"
    spec = specs / "medialit-prepare"
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({  # this Python, whatever other kernels are installed
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "medialit prepare", "language": "python"}), encoding="utf-8")
    km = AsyncKernelManager(kernel_name="medialit-prepare", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(specs)]))
    nb = nbformat.read(lesson, as_version=4)
    client = NotebookClient(nb, km=km, timeout=timeout, store_widget_state=False,
                            resources={"metadata": {"path": str(lesson.parent)}})
    try:
        client.execute(env=env, cleanup_kc=True)  # and stop the kernel at the end
    except Exception as exc:  # a lesson that fails: say which, go on with the others
        first = str(exc).strip().splitlines()
        return f"{type(exc).__name__}: {first[-1] if first else ''}"[:300]
    return None


def prepare_charts(course: Path, into: Path | None = None, only: list[str] | None = None,
                   clean: bool = False, timeout: float = 600, progress=None) -> Prepared:
    """Run the course's lessons once and keep their chart copies and the chart JavaScript in ``into``.

    ``course``: the course folder (``notebooks/``, ``articles/``, ``exercises/``); it is not changed
    (the lessons run in a scratch copy). ``into``: default :func:`default_folder`. ``only``: lesson
    name prefixes (``["00", "03"]``). ``clean``: remove copies earlier runs left that no lesson drew
    this time. Idempotent: a second run finds every copy already there and writes nothing new.
    ``progress``: called with one line per step as it happens.
    Raises :class:`PrepareError` when the course has no lessons or ``into`` cannot be written.

    >>> prepare_charts(Path("."), only=["no-such-lesson"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    medialit.classroom.prepare.PrepareError: no lesson matches no-such-lesson in notebooks/ of ...
    """
    course = Path(course).resolve()
    into = Path(into) if into else default_folder()
    say = progress or (lambda line: None)
    lessons = lessons_of(course, only)
    if not lessons:
        what = f"no lesson matches {', '.join(only)}" if only else "no lessons"
        raise PrepareError(f"{what} in notebooks/ of {course}: name the course folder (the one holding "
                           "notebooks/, articles/ and exercises/)")
    charts = into / "charts"
    try:
        charts.mkdir(parents=True, exist_ok=True)
        for folder in (into, charts):
            folder.chmod(0o755)
        probe = charts / f".write-test-{os.getpid()}"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise PrepareError(f"cannot write to {into} ({exc.strerror or type(exc).__name__}): run the command as "
                           "the installation's owner (for example with sudo), or name another folder with "
                           "--into and set MEDIALIT_PREPARED_CHARTS to it for every student's server") from exc
    done = Prepared(into)
    altair_version, vlc_version = versions()
    from .._chartdraw import bundle_here

    esm = bundle_here()
    wrote = _write_if_changed(into / bundle_name(), esm)
    done.lines.append(f"chart JavaScript (altair {altair_version}, vl-convert {vlc_version}): "
                      f"{'written' if wrote else 'already there'}")
    say(done.lines[-1])
    manifest: dict = {"course": str(course), "altair": altair_version, "vl_convert": vlc_version,
                      "bundle": bundle_name(), "lessons": {}}
    try:  # lessons an earlier run prepared (same versions, still in the course) stay listed
        earlier = json.loads((into / "prepared.json").read_text(encoding="utf-8"))
        if (earlier.get("altair"), earlier.get("vl_convert")) == (altair_version, vlc_version):
            stems = {p.stem for p in lessons_of(course)}
            manifest["lessons"] = {k: v for k, v in earlier.get("lessons", {}).items() if k in stems}
    except (OSError, ValueError, AttributeError):
        pass
    with tempfile.TemporaryDirectory(prefix="medialit-prepare-") as tmp:
        scratch = Path(tmp) / "course"
        shutil.copytree(course, scratch, ignore=shutil.ignore_patterns(*_SKIP), symlinks=True)
        home = Path(tmp) / "home"
        (home / ".cache" / "medialit").mkdir(parents=True)
        (home / ".cache" / "medialit" / bundle_name()).write_text(esm, encoding="utf-8")
        base = {k: v for k, v in os.environ.items()
                if not k.startswith(("MEDIALIT_", "JUPYTERHUB_")) and k != "XDG_CACHE_HOME"}
        for lesson in lessons:
            drawn = Path(tmp) / "drawn" / lesson.stem
            env = {**base, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"),
                   "MEDIALIT_COURSE": str(scratch), "MEDIALIT_PROGRESS": str(Path(tmp) / "progress"),
                   "MEDIALIT_CHART_CACHE": str(drawn), "MEDIALIT_PREPARED_CHARTS": "",
                   "MEDIALIT_CHART_DRAWING": "kernel"}
            t0 = time.perf_counter()
            error = _run_lesson(scratch / "notebooks" / lesson.name, env, timeout)
            keys, new = [], 0
            for path in sorted(drawn.glob("*.json")):
                try:
                    pictures = safe_copy(json.loads(path.read_text(encoding="utf-8")))
                except (OSError, ValueError):
                    pictures = None
                if pictures is None:
                    continue
                keys.append(path.stem)
                new += _write_if_changed(charts / path.name, json.dumps(pictures))
            manifest["lessons"][lesson.stem] = keys
            done.new += new
            line = (f"{lesson.stem}: {len(keys)} chart{'s' * (len(keys) != 1)} ({new} new, "
                    f"{len(keys) - new} already there), {time.perf_counter() - t0:.0f} s")
            if error:
                line += f"; the lesson stopped: {error}"
                done.problems.append(f"{lesson.name}: {error}")
            done.lines.append(line)
            say(line)
    ours = {k for keys in manifest["lessons"].values() for k in keys}
    others = [p for p in charts.glob("*.json") if p.stem not in ours]
    done.kept = len(ours) - done.new
    if clean:
        for p in others:
            p.unlink(missing_ok=True)
        done.lines.append(f"removed {len(others)} cop{'ies' if len(others) != 1 else 'y'} no lesson drew this time")
    elif others:
        done.lines.append(f"kept {len(others)} cop{'ies' if len(others) != 1 else 'y'} from earlier runs "
                          "(--clean removes them)")
    manifest["prepared"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    _write_if_changed(into / "prepared.json", json.dumps(manifest, indent=1))
    trust = folder_trust(into, own=False) or folder_trust(charts, own=False)
    done.lines.append(f"{len(ours)} chart cop{'ies' if len(ours) != 1 else 'y'} for {len(lessons)} lesson{'s' * (len(lessons) != 1)}: "
                      f"{done.new} new, {done.kept} already there, in {charts}")
    looked_at = default_folder()
    if trust:
        done.lines.append(f"kernels will NOT read this folder: {trust}")
    elif into.resolve() != looked_at.resolve():
        done.lines.append(f"kernels read this folder only where MEDIALIT_PREPARED_CHARTS={into} is set in every "
                          f"student server's environment (without it they look in {looked_at}); they never "
                          "write to it")
    else:
        done.lines.append("kernels read this folder and never write to it; run this again after updating the kit "
                          "or the course")
    if trust:
        done.problems.append(f"{into}: {trust}; make it writable by its owner only (chmod 755)")
    return done


def status_lines(folder: Path | None = None) -> list[str]:
    """What kernels will find: the prepared folder (and whether they trust it) and this account's cache."""
    from .._altair import _cache_dir, _chart_cache_dir

    folder = folder or default_folder()
    out = [f"prepared folder: {folder}"]
    if not folder.is_dir():
        out.append("  not there: every student's first run of a lesson draws its charts "
                   "(python -m medialit charts prepare COURSE_DIR makes it)")
    else:
        trust = folder_trust(folder, own=False) or folder_trust(folder / "charts", own=False)
        out.append(f"  {'NOT read by kernels: ' + trust if trust else 'read by kernels (only its owner can write to it)'}")
        copies = len(list((folder / "charts").glob("*.json")))
        out.append(f"  {copies} chart cop{'ies' if copies != 1 else 'y'}; chart JavaScript for the installed altair "
                   f"and vl-convert: {'there' if (folder / bundle_name()).is_file() else 'missing'}")
        try:
            manifest = json.loads((folder / "prepared.json").read_text(encoding="utf-8"))
            out.append(f"  prepared {manifest.get('prepared')} from {manifest.get('course')} with altair "
                       f"{manifest.get('altair')}, vl-convert {manifest.get('vl_convert')}")
            if (manifest.get("altair"), manifest.get("vl_convert")) != versions():
                out.append(f"  the installed versions differ ({', '.join(versions())}): run prepare again")
        except (OSError, ValueError):
            out.append("  no prepared.json: not made by charts prepare")
    cache = _chart_cache_dir()
    trust = folder_trust(cache, own=True) if cache.is_dir() else None
    out.append(f"this account's cache: {cache}" + (f" (NOT used: {trust})" if trust else "")
               + f"; chart JavaScript there: {'yes' if (_cache_dir() / bundle_name()).is_file() else 'no'}")
    return out
