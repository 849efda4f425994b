"""The student release: everything but the keys; check() there saves and defers the score."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from medialit.exercises.student import student_file_name

from medialit.classroom.release import ReleaseError, key_texts, leaked_key_text, make_release

KIT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "student-kit"
    run = subprocess.run([sys.executable, "-m", "medialit", "release", str(out)], capture_output=True, text=True,
                         cwd=KIT)
    assert run.returncode == 0, run.stderr
    assert "Student copy written" in run.stdout
    return out


def test_release_has_the_student_material_and_no_keys(release):
    assert (release / "STUDENT_COPY.md").is_file()
    for name in ("articles", "exercises", "medialit", "requirements.txt", "pyproject.toml"):
        assert (release / name).exists(), name
    for name in ("solutions", "tests", "bench", "progress", "conftest.py", ".ci"):
        assert not (release / name).exists(), name
    assert sorted(p.name for p in (release / "exercises").glob("*.yaml")) == \
        sorted(p.name for p in (KIT / "exercises").glob("*.yaml"))
    assert not list(release.rglob("__pycache__"))


def test_release_contains_no_key_text(release):
    texts = key_texts(KIT)
    assert len(texts) >= 6  # model answers, rubric lines, notes
    assert leaked_key_text(release, KIT) == []
    # and, independently, no key answer list or rubric line appears anywhere
    blob = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in release.rglob("*") if p.is_file())
    blob = " ".join(blob.split())
    for _, text in texts:
        assert text not in blob


def test_release_notebooks_have_no_outputs(release):
    notebooks = list((release / "notebooks").glob("*.ipynb"))
    assert notebooks == [] or all(
        c.get("outputs", []) == [] and c.get("execution_count") is None
        for nb in notebooks for c in nbformat.read(nb, as_version=4).cells if c.cell_type == "code")


def test_check_in_release_saves_and_defers_score(release, tmp_path):
    code = ("import medialit, json; fb = medialit.check('00-4-israel-passage', ['p8:s1']); "
            "bad = medialit.check('00-4-israel-passage', 'p8'); "
            "print(json.dumps([medialit.__file__, fb.status, fb.scored, fb.saved, fb.message, bad.status]))\n"
            "try:\n    medialit.solution('00-4-israel-passage')\n"
            "except medialit.SolutionUnavailable as e:\n    print(e)")
    env = {**os.environ, "MEDIALIT_PROGRESS": str(tmp_path), "MEDIALIT_STUDENT": "rel"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=release, env=env)
    assert run.returncode == 0, run.stderr
    first, second = run.stdout.splitlines()[:2]
    path, status, scored, saved, message, bad = json.loads(first)
    assert Path(path).resolve().is_relative_to(release.resolve())
    assert (status, scored, saved, bad) == ("saved", False, True, "invalid")
    assert "instructor" in message
    assert "student copy" in second
    rec = json.loads((tmp_path / student_file_name("rel")).read_text().splitlines()[0])
    assert rec["copy"] == "student" and rec["answer"] == ["mosul:p8:s1"]


def test_release_strips_outputs_and_instructor_cells(tmp_path):
    import shutil

    kit = tmp_path / "kit"
    for name in ("articles", "exercises", "solutions", "medialit"):
        shutil.copytree(KIT / name, kit / name, ignore=shutil.ignore_patterns("__pycache__"))
    nb = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("1 + 1", execution_count=3,
                                     outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "2"},
                                                                     execution_count=3)])
    secret = nbformat.v4.new_markdown_cell("Instructor only: the answer is d", metadata={"tags": ["solution"]})
    nb.cells = [code, secret]
    (kit / "notebooks").mkdir()
    nbformat.write(nb, kit / "notebooks" / "01-demo.ipynb")
    rel = make_release(tmp_path / "out", kit)
    out = nbformat.read(tmp_path / "out" / "notebooks" / "01-demo.ipynb", as_version=4)
    assert len(out.cells) == 1 and out.cells[0].outputs == [] and out.cells[0].execution_count is None
    assert rel.dropped_cells == 1


def test_release_refuses_unsafe_targets(tmp_path):
    with pytest.raises(ReleaseError, match="outside the kit"):
        make_release(KIT / "exercises" / "x")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "thing.txt").write_text("keep me")
    with pytest.raises(ReleaseError, match="not empty"):
        make_release(tmp_path / "full")
    assert (tmp_path / "full" / "thing.txt").read_text() == "keep me"


def test_release_refuses_a_kit_with_problems(tmp_path):
    import shutil

    kit = tmp_path / "kit"
    for name in ("articles", "exercises", "solutions"):
        shutil.copytree(KIT / name, kit / name)
    (kit / "solutions" / "00-1-dateline.yaml").unlink()
    with pytest.raises(ReleaseError, match="key: missing"):
        make_release(tmp_path / "out", kit)
    run = subprocess.run([sys.executable, "-m", "medialit", "release", str(tmp_path / "out"), "--root", str(kit)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "key: missing" in run.stderr and "Traceback" not in run.stderr


def test_release_leaves_answers_reports_and_the_authoring_guide_behind(tmp_path):
    import shutil

    kit = tmp_path / "kit"
    for name in ("articles", "exercises", "solutions", "medialit", "notebooks"):
        shutil.copytree(KIT / name, kit / name, ignore=shutil.ignore_patterns("__pycache__", "*.html", "*.json"))
    # what a teacher's own run of the lessons leaves beside them
    (kit / "notebooks" / "submission-Ms-Teacher.json").write_text('{"answer": ["mosul:p8:s1"]}', encoding="utf-8")
    (kit / "notebooks" / "capstone-report-Ms-Teacher.html").write_text("<p>report</p>", encoding="utf-8")
    (kit / "notebooks" / "Ms-Teacher.jsonl").write_text("{}\n", encoding="utf-8")
    make_release(tmp_path / "out", kit)
    out = tmp_path / "out"
    assert sorted(p.suffix for p in (out / "notebooks").iterdir()) == [".ipynb"] * len(list(
        (kit / "notebooks").glob("*.ipynb")))
    assert not (out / "exercises" / "README.md").exists()
    assert (kit / "exercises" / "README.md").exists()


def test_a_saved_answer_file_in_a_release_is_caught(tmp_path):
    (tmp_path / "exercises").mkdir()
    (tmp_path / "exercises" / "student-01.jsonl").write_text("{}\n", encoding="utf-8")
    [problem] = leaked_key_text(tmp_path, KIT)
    assert "students' work never goes into a release" in problem.message
