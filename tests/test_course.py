"""The install model: the course folder is found from where the lesson runs, never from the install location."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from medialit.exercises.answerlog import student_file_name

from medialit.course import COURSE_ENV, CourseNotFound, answers_home, course_root, is_course
from medialit.exercises import answerlog

KIT = Path(__file__).resolve().parents[1]


def make_course(folder: Path, keys: bool = False) -> Path:
    """A small course folder: the kit's articles and exercises (and keys when asked)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("articles", "exercises") + (("solutions",) if keys else ()):
        shutil.copytree(KIT / name, folder / name)
    (folder / "notebooks").mkdir()
    return folder


@pytest.fixture
def no_course_env(monkeypatch):
    monkeypatch.delenv(COURSE_ENV, raising=False)


def test_found_from_the_lesson_folder_and_above(tmp_path, monkeypatch, no_course_env):
    course = make_course(tmp_path / "course")
    monkeypatch.chdir(course / "notebooks")
    assert course_root() == course.resolve()
    assert course_root(course) == course.resolve()
    assert is_course(course) and not is_course(course / "notebooks")


def test_environment_variable_names_the_course(tmp_path, monkeypatch):
    course = make_course(tmp_path / "course")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(COURSE_ENV, str(course))
    assert course_root() == course.resolve()


def test_no_course_folder_says_where_and_how_to_fix(tmp_path, monkeypatch, no_course_env):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CourseNotFound) as err:
        course_root()
    assert str(err.value).startswith(f"no course folder found from {tmp_path.resolve()}: open a lesson from "
                                     "the course folder, or set MEDIALIT_COURSE")


def test_a_wrong_environment_variable_is_named(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    monkeypatch.setenv(COURSE_ENV, str(tmp_path))
    with pytest.raises(CourseNotFound, match=r"MEDIALIT_COURSE=.* is not a course folder \(it has no exercises/\)"):
        course_root()


def test_the_install_location_is_never_used(tmp_path, monkeypatch, no_course_env):
    """From a folder that is not a course, the kit does not fall back to its own repository."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CourseNotFound):
        import medialit
        medialit.check("00-1-dateline", "d")


def test_answers_go_to_the_students_own_course_folder(tmp_path, monkeypatch, no_course_env):
    monkeypatch.delenv("MEDIALIT_PROGRESS")
    course = make_course(tmp_path / "course")
    monkeypatch.chdir(course / "notebooks")
    assert answers_home() == course.resolve() / "progress"
    assert answerlog.progress_dir() == course.resolve() / "progress"


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the course folder to another user")
def test_answers_go_home_when_the_course_folder_is_not_theirs(tmp_path, monkeypatch, no_course_env):
    """A course folder shared by the instructor (owned by someone else) is never written to, even if writable."""
    monkeypatch.delenv("MEDIALIT_PROGRESS")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    course = make_course(tmp_path / "shared-course")
    os.chown(course, 65534, 65534)
    course.chmod(0o777)
    monkeypatch.chdir(course / "notebooks")
    assert answers_home() == tmp_path / "home" / "medialit-progress"
    fb = __import__("medialit").check("00-3-named-voices", 3)
    assert fb.saved
    assert (tmp_path / "home" / "medialit-progress").is_dir() and not (course / "progress").exists()


# -- a real, non-editable install -------------------------------------------------------------

SCRIPT = textwrap.dedent("""
    import json, os, sys
    import medialit
    from medialit.course import CourseNotFound
    out = {"file": medialit.__file__}
    fb = medialit.check("00-3-named-voices", 3)
    out["status"], out["saved"] = fb.status, fb.saved
    out["progress"] = str(medialit.exercises.answerlog.progress_dir())
    try:
        medialit.solution("00-3-named-voices")
        out["solution"] = "shown"
    except Exception as exc:
        out["solution"] = type(exc).__name__
    os.chdir(sys.argv[1])
    try:
        medialit.load_corpus()
        out["elsewhere"] = "loaded"
    except CourseNotFound as exc:
        out["elsewhere"] = str(exc)
    print(json.dumps(out))
""")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The kit built as a wheel and installed (not editable) into a folder of its own."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    shutil.copytree(KIT, src, ignore=shutil.ignore_patterns(".git", ".venv", "test-output", "progress",
                                                            "__pycache__", "*.egg-info", "build"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run(pip + ["wheel", "--no-deps", "-w", str(base / "dist"), str(src)],
                   check=True, cwd=base)
    wheel = next((base / "dist").glob("medialit-*.whl"))
    subprocess.run(pip + ["install", "--no-deps", "--target", str(base / "site"), str(wheel)], check=True)
    return base / "site"


def test_the_wheel_holds_no_course_content(installed):
    names = {p.relative_to(installed).parts[0] for p in installed.iterdir()}
    assert "medialit" in names
    for forbidden in ("articles", "solutions", "notebooks", "00-1-dateline.yaml", "qom.txt"):
        assert not list(installed.rglob(forbidden)), f"{forbidden} must not ship in the package"
    assert not list((installed / "medialit" / "exercises").glob("*.yaml"))


def run_installed(site: Path, cwd: Path, elsewhere: Path, home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIALIT_") and k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(site), HOME=str(home), MEDIALIT_STUDENT="ada")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(elsewhere)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_installed_kit_uses_the_student_copy_it_runs_in(installed, tmp_path):
    from medialit.classroom.release import make_release

    student = make_release(tmp_path / "home" / "course", KIT, mode="assessment").outdir
    shutil.rmtree(student / "medialit")  # the lesson must use the installed package, not a copy beside it
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = run_installed(installed, student / "notebooks", elsewhere, tmp_path / "home")
    assert out["file"].startswith(str(installed))
    assert out["status"] == "saved" and out["saved"]  # a student copy: shape checked, saved, no score
    assert out["progress"] == str(student / "progress")
    assert (student / "progress" / student_file_name("ada")).is_file()
    assert out["solution"] == "SolutionUnavailable"  # keys stay where the instructor put them
    assert out["elsewhere"].startswith(f"no course folder found from {elsewhere}")


def test_installed_kit_reads_keys_only_in_the_instructors_folder(installed, tmp_path):
    course = make_course(tmp_path / "instructor", keys=True)
    out = run_installed(installed, course / "notebooks", tmp_path, tmp_path)
    assert out["status"] == "correct" and out["solution"] == "shown"
