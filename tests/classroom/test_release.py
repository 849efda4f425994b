"""The student release: everything but the keys; practice copies give feedback, assessment copies defer it."""

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


def _release(tmp_path_factory, *mode) -> Path:
    out = tmp_path_factory.mktemp("release") / "student-kit"
    run = subprocess.run([sys.executable, "-m", "medialit", "release", str(out), *mode], capture_output=True,
                         text=True, cwd=KIT)
    assert run.returncode == 0, run.stderr
    assert "Student copy (" in run.stdout and "written at" in run.stdout
    return out


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    """An assessment copy (today's behaviour: answers saved, scored by the instructor)."""
    return _release(tmp_path_factory, "--mode", "assessment")


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    """A practice copy, made with the default mode."""
    return _release(tmp_path_factory)


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


# -- practice copies ---------------------------------------------------------------------------------

_COMPARE = """
import json, sys
import medialit
from medialit.exercises.workbook import workbook
out = {"file": medialit.__file__, "practice": workbook().is_practice_copy(), "results": []}
for eid, answer in json.load(open(sys.argv[1], encoding="utf-8")):
    fb = medialit.check(eid, answer)
    wrong = sorted(i.id for i in fb.items if i.status in ("wrong", "mislabelled", "unlabelled"))
    out["results"].append([fb.status, round(fb.score, 6), fb.points, wrong, fb.scored, str(fb)])
table = medialit.progress().table
out["progress"] = {"correct": int(table["correct"].sum()), "attempted": int(table["attempted"].sum()),
                   "points": float(table["points"].sum())}
try:
    medialit.solution("00-1-dateline")
except medialit.SolutionUnavailable as exc:
    out["solution"] = str(exc)
text = medialit.check("00-6-what-is-missing", "No byline, no date: I would search for the forum elsewhere.")
out["short"] = [text.status, text.scored, text.model_answer, list(text.rubric), str(text)]
print(json.dumps(out))
"""


def _run_in(copy: Path, tmp_path: Path, answers: list) -> dict:
    (tmp_path / "answers.json").write_text(json.dumps(answers), encoding="utf-8")
    env = {**os.environ, "MEDIALIT_PROGRESS": str(tmp_path / "progress"), "MEDIALIT_STUDENT": "practice-student"}
    run = subprocess.run([sys.executable, "-c", _COMPARE, str(tmp_path / "answers.json")], capture_output=True,
                         text=True, cwd=copy, env=env)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.splitlines()[-1])


def test_practice_copy_scores_every_auto_scored_exercise_like_the_instructor_kit(practice, tmp_path,
                                                                                   kit_auto_scored):
    sys.path.insert(0, str(KIT / "tests" / "exercises"))
    from practice_answers import all_answers, summary

    from medialit.exercises.workbook import Workbook

    wb = Workbook(KIT)
    answers = all_answers(wb)
    expected = [summary(wb.check(eid, answer, save=False)) for eid, answer in answers]
    got = _run_in(practice, tmp_path, answers)
    assert Path(got["file"]).resolve().is_relative_to(practice.resolve())
    assert got["practice"] is True
    mismatches = [(eid, a, g[:4], e) for (eid, a), g, e in zip(answers, got["results"], expected) if g[:4] != e]
    assert mismatches == []
    assert {r[0] for r in got["results"]} >= {"correct", "partial", "incorrect"}
    # right answers (the key comes first for every exercise) score in progress()
    auto = {eid for eid, _ in answers}
    assert auto >= kit_auto_scored  # the kit's 34, and any a teacher added
    assert got["progress"]["correct"] == len(auto)
    # short answers stay with the instructor; so does solution()
    status, scored, model, rubric, shown = got["short"]
    assert (status, scored, model, rubric) == ("saved", False, "", [])
    assert "scored by your teacher" in shown
    assert "student copy" in got["solution"]


def test_practice_feedback_never_shows_key_text(practice, tmp_path):
    from medialit.exercises.workbook import Workbook

    wb = Workbook(KIT)
    # wrong answers only: the feedback must not quote any sentence of the key
    answers = [("00-4-israel-passage", ["mosul:p1:s1"]), ("00-2-vague-attributions", ["a"]),
               ("00-1-dateline", "a")]
    got = _run_in(practice, tmp_path, answers)
    index = wb.index()
    for text in (r[5] for r in got["results"]):
        for k in wb.key("00-4-israel-passage").answer:
            quote = index.quote(k if k.startswith("mosul") else f"mosul:{k}")
            assert quote[:50] not in text
        assert "ISFAHAN, Iran" not in text


def test_practice_copy_holds_no_readable_key_text(practice):
    texts = key_texts(KIT)
    assert leaked_key_text(practice, KIT) == []
    from medialit.classroom.leaks import fold, readable_text

    blob = "\n".join(readable_text(p) or "" for p in practice.rglob("*") if p.is_file())
    for _, text in texts:  # model answers, rubric lines, notes
        assert fold(text) not in blob
    keys_file = (practice / "exercises" / "practice-keys.json").read_text(encoding="utf-8")
    from medialit.exercises.workbook import Workbook

    wb = Workbook(KIT)
    for eid in wb.ids():
        key = wb.key(eid)
        why = key.why
        quotes = why if isinstance(why, list) else list(why.values()) if isinstance(why, dict) else [why]
        for q in quotes:
            for piece in (q if isinstance(q, list) else [q]):
                if isinstance(piece, str) and len(piece) >= 8:
                    assert piece not in keys_file, (eid, piece)
        answers = key.answer if isinstance(key.answer, list) else list(key.answer) if isinstance(
            key.answer, dict) else [key.answer]
        for a in answers:
            if isinstance(a, str) and (":" in a or len(a) > 12):
                assert a not in keys_file, (eid, a)
    assert not (practice / "solutions").exists()


def test_default_mode_is_practice_and_help_says_why():
    run = subprocess.run([sys.executable, "-m", "medialit", "release", "--help"], capture_output=True, text=True,
                         cwd=KIT)
    assert run.returncode == 0
    help_text = " ".join(run.stdout.split())
    assert "default: practice" in help_text
    assert "OBFUSCATED, NOT SECRET" in help_text and "assessment" in help_text
    guide = (KIT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    assert "obfuscated, not secret" in guide.lower()
    assert "--mode assessment" in guide and "--force" in guide and "git push" in guide


def test_assessment_copy_has_no_practice_keys(release):
    assert not (release / "exercises" / "practice-keys.json").exists()
    assert "assessment copy" in (release / "STUDENT_COPY.md").read_text(encoding="utf-8")


# -- lesson wording matches the copy -----------------------------------------------------------------

#: Promises a copy must not make: per mode, phrases about Check that would be untrue there.
_UNTRUE = {
    "assessment": ["feedback straight away", "tells you what was right", "scored at once", "what was missed",
                   "check an answer with feedback", "Check* gives feedback", "scores your answer straight away",
                   "Feedback quotes each sentence you missed", "then you see a model answer"],
    "practice": ["what was missed", "Feedback quotes each sentence you missed", "your instructor scores the answers",
                 "then you see a model answer"],  # trial (issue 15): a copy has no model answers
}


def _notebook_text(copy: Path) -> str:
    parts = []
    for nb in sorted((copy / "notebooks").glob("*.ipynb")):
        parts += [" ".join(c.source.split()) for c in nbformat.read(nb, as_version=4).cells
                  if c.cell_type == "markdown"]
    return "\n".join(parts)


@pytest.mark.parametrize("mode", ["assessment", "practice"])
def test_lesson_wording_about_check_matches_the_copy(mode, release, practice):
    copy = release if mode == "assessment" else practice
    text = _notebook_text(copy)
    for phrase in _UNTRUE[mode]:
        assert phrase not in text, (mode, phrase)
    if mode == "practice":
        assert "partial credit" in text and "scores your answer straight away" in text
    else:
        assert "checks your answer has the expected shape" in text
    for nb in (copy / "notebooks").glob("*.ipynb"):
        assert all("medialit" not in c.metadata for c in nbformat.read(nb, as_version=4).cells)


def test_instructor_lessons_keep_their_wording_and_every_variant_applies():
    from medialit.classroom.release import copy_wording

    text = _notebook_text(KIT)
    assert "*Check* tells you what was right, what was missed and why" in text
    n = 0
    for nb in sorted((KIT / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(nb, as_version=4).cells:
            variants = cell.metadata.get("medialit", {}).get("copy", {})
            assert set(variants) <= {"practice", "assessment"}, (nb.name, cell.id)
            for mode in variants:
                copy_wording(dict(cell, metadata=dict(cell.metadata)), mode, nb)  # raises if a passage is gone
                n += 1
    assert n >= 6


def test_an_edited_lesson_whose_variant_no_longer_applies_is_refused(tmp_path):
    import shutil

    kit = tmp_path / "kit"
    for name in ("articles", "exercises", "solutions", "medialit", "notebooks"):
        shutil.copytree(KIT / name, kit / name, ignore=shutil.ignore_patterns("__pycache__"))
    nb_path = kit / "notebooks" / "00-start-here.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    cell = next(c for c in nb.cells if "what was missed and why" in c.source)
    cell.source = cell.source.replace("what was missed and why", "what was left out")
    nbformat.write(nb, nb_path)
    with pytest.raises(ReleaseError, match="no longer in the cell"):
        make_release(tmp_path / "out", kit, mode="assessment")
    assert not (tmp_path / "out").exists()


# -- a safe release ----------------------------------------------------------------------------------

def _kit_copy(tmp_path: Path, extra=("medialit", "notebooks")) -> Path:
    import shutil

    kit = tmp_path / "kit"
    for name in ("articles", "exercises", "solutions", *extra):
        shutil.copytree(KIT / name, kit / name, ignore=shutil.ignore_patterns("__pycache__", "*-solutions.ipynb"))
    return kit


def _notes_of(name: str) -> str:
    import yaml

    return yaml.safe_load((KIT / "solutions" / name).read_text(encoding="utf-8"))["notes"]


@pytest.mark.parametrize("shape", ["whole", "wrapped", "curly-quotes", "html-escaped", "emphasis"])
def test_key_text_in_a_markdown_cell_is_caught_however_it_is_written(tmp_path, shape):
    notes = _notes_of("00-6-what-is-missing.yaml")
    assert '"' in notes  # the quote marks that hid it in the notebook's raw JSON
    text = {"whole": notes,
            "wrapped": "\n".join(notes.split(". ")),  # one sentence per line, the full stops gone
            "curly-quotes": notes.replace('"recently"', "“recently”").replace('"earlier', "‘earlier"),
            "html-escaped": notes.replace('"', "&quot;"),
            "emphasis": notes.replace("Accept any two real gaps", "*Accept any two real gaps*")}[shape]
    kit = _kit_copy(tmp_path)
    nb_path = kit / "notebooks" / "00-start-here.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("Discussion notes:\n\n" + text))
    nbformat.write(nb, nb_path)
    for mode in ("practice", "assessment"):
        with pytest.raises(ReleaseError, match="00-6-what-is-missing"):
            make_release(tmp_path / "out", kit, mode=mode)
        assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out-release-")]  # no staging left over


@pytest.mark.parametrize("bad", ["pdf", "html", "pasted"])
def test_release_refuses_every_article_problem_validate_reports(tmp_path, bad):
    # issue 14: Windows-1252 text and saved web pages are now read; a PDF and a page with no
    # article text are still problems validate reports
    kit = _kit_copy(tmp_path)
    if bad == "pdf":
        (kit / "articles" / "scan.txt").write_bytes(b"%PDF-1.7\nnot text")
        name, why = "scan.txt", "PDF"
    elif bad == "pasted":  # found by a newcomer: validate reported the line, release shipped it
        (kit / "articles" / "library.txt").write_text(
            "The library reopens on Monday after repairs to its roof.\n\nAdvertisement\n\n"
            "The mayor said the work cost less than planned.\n", encoding="utf-8")
        name, why = "library.txt", "page furniture"
    else:
        (kit / "articles" / "page.html").write_text("<p>An article</p>", encoding="utf-8")
        name, why = "page.html", "no article text found"
    for force in (False, True):
        with pytest.raises(ReleaseError, match=why) as err:
            make_release(tmp_path / "out", kit, force=force)
        assert name in str(err.value) and "validate" in str(err.value)
    assert not (tmp_path / "out").exists()
    run = subprocess.run([sys.executable, "-m", "medialit", "validate", str(kit)], capture_output=True, text=True)
    assert run.returncode == 1 and name in run.stdout


def test_the_copy_gets_a_student_readme(practice, release):
    for copy, mode in ((practice, "practice"), (release, "assessment")):
        readme = (copy / "README.md").read_text(encoding="utf-8")
        assert f"{mode} copy" in readme
        for needed in ("make lab", "notebooks/00-start-here.ipynb", "progress/", "MEDIALIT_PROGRESS",
                       "export_submission()", "submission-<your name>.json", "Hand in"):
            assert needed in readme, (mode, needed)
        for instructor_only in ("make test", "solutions/", "INSTRUCTORS.md", "pytest"):
            assert instructor_only not in readme, (mode, instructor_only)
        assert readme != (KIT / "README.md").read_text(encoding="utf-8")
    assert "scores your answer straight away" in (practice / "README.md").read_text(encoding="utf-8")
    assert "It does not say whether it is right" in (release / "README.md").read_text(encoding="utf-8")


def test_the_copy_ships_no_tests_and_its_make_targets_work(practice):
    assert not (practice / "tests").exists() and not (practice / "requirements-dev.txt").exists()
    assert "pytest" not in (practice / "pyproject.toml").read_text(encoding="utf-8")
    makefile = (practice / "Makefile").read_text(encoding="utf-8")
    assert "make test" not in makefile and "\ntest:" not in makefile and "lab: setup" in makefile
    import shutil

    if shutil.which("make"):
        dry = subprocess.run(["make", "-n", "lab"], capture_output=True, text=True, cwd=practice)
        assert dry.returncode == 0 and "jupyter lab" in dry.stdout, dry.stderr
        missing = subprocess.run(["make", "test"], capture_output=True, text=True, cwd=practice)
        assert missing.returncode != 0 and "No rule to make target" in missing.stderr
    # pytest in the copy finds nothing to run (no instructor-only doctests fail there)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], capture_output=True,
                         text=True, cwd=practice)
    assert run.returncode == 5, run.stdout[-2000:]  # 5: no tests collected
    assert "error" not in run.stdout.lower()


def _git(*args, cwd):
    return subprocess.run(["git", "-c", "user.name=Teacher", "-c", "user.email=t@example.invalid", *args],
                          capture_output=True, text=True, cwd=cwd, check=True).stdout


def test_release_again_into_a_student_repository_updates_it_in_place(tmp_path):
    import shutil

    if not shutil.which("git"):
        pytest.skip("git is not installed")
    kit = _kit_copy(tmp_path)
    repo = tmp_path / "medialit-student"
    make_release(repo, kit)
    _git("init", "-q", "-b", "main", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "first release", cwd=repo)
    head = _git("rev-parse", "HEAD", cwd=repo).strip()
    (repo / "notebooks" / "stale.ipynb").write_text("{}", encoding="utf-8")  # a lesson the teacher since removed
    # the teacher edits a lesson, then releases again
    nb_path = kit / "notebooks" / "02-sourcing.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("A new closing note."))
    nbformat.write(nb, nb_path)
    with pytest.raises(ReleaseError, match="--force"):
        make_release(repo, kit)
    rel = make_release(repo, kit, force=True)
    assert rel.updated and "updated in place" in str(rel)
    assert _git("rev-parse", "HEAD", cwd=repo).strip() == head  # history kept
    assert not (repo / "notebooks" / "stale.ipynb").exists()
    status = _git("status", "--porcelain", cwd=repo)
    assert "notebooks/02-sourcing.ipynb" in status
    assert "A new closing note." in (repo / "notebooks" / "02-sourcing.ipynb").read_text(encoding="utf-8")
    # a release that fails leaves the repository as it was
    (kit / "articles" / "page.html").write_text("<p>x</p>", encoding="utf-8")
    with pytest.raises(ReleaseError):
        make_release(repo, kit, force=True)
    assert (repo / ".git").is_dir() and (repo / "STUDENT_COPY.md").is_file()


def test_force_does_not_replace_a_folder_that_is_not_a_student_copy(tmp_path):
    (tmp_path / "Documents").mkdir()
    (tmp_path / "Documents" / "thesis.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ReleaseError, match="neither an earlier student copy"):
        make_release(tmp_path / "Documents", force=True)
    assert (tmp_path / "Documents" / "thesis.txt").read_text(encoding="utf-8") == "keep me"
    run = subprocess.run([sys.executable, "-m", "medialit", "release", str(tmp_path / "Documents"), "--force"],
                         capture_output=True, text=True, cwd=KIT)
    assert run.returncode == 1 and "Traceback" not in run.stderr


def test_an_unknown_mode_is_refused(tmp_path):
    with pytest.raises(ReleaseError, match="practice, assessment"):
        make_release(tmp_path / "out", mode="exam")
    run = subprocess.run([sys.executable, "-m", "medialit", "release", str(tmp_path / "o"), "--mode", "exam"],
                         capture_output=True, text=True, cwd=KIT)
    assert run.returncode == 2 and "invalid choice" in run.stderr


def test_the_check_button_in_a_practice_copy_shows_scored_feedback(practice, tmp_path):
    code = """
import json
from medialit.exercises.quiz import exercise_widget
from medialit.exercises.workbook import workbook
w = exercise_widget("00-4-israel-passage", wb=workbook())
w.answer_input.checkboxes["mosul:p8:s1"].value = True
w.answer_input.checkboxes["mosul:p1:s1"].value = True
w.check_button.click()
print(json.dumps(w.feedback.value))
"""
    env = {**os.environ, "MEDIALIT_PROGRESS": str(tmp_path), "MEDIALIT_STUDENT": "widget"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=practice, env=env)
    assert run.returncode == 0, run.stderr
    html = json.loads(run.stdout.splitlines()[-1])
    assert "partly right" in html.lower() and "does not belong" in html and "Paragraph 1, sentence 1" in html
    assert "still to find" in html and "instructor scores" not in html


def test_imported_articles_are_released_without_the_instructors_originals(tmp_path):
    """Newcomer trial: release copied articles/originals/ (the web page `add` converted) into the student copy."""
    from medialit.corpus.importer import add_files
    from medialit.corpus.loader import load_corpus

    kit = _kit_copy(tmp_path)
    added, _ = add_files([str(KIT / "tests" / "data" / "import" / "harbour-ferry.html")], kit / "articles",
                         out=lambda *a, **k: None)
    assert added == 1 and (kit / "articles" / "originals" / "harbour-ferry.html").exists()
    out = tmp_path / "out"
    for _ in range(2):  # a first release, then an update in place
        make_release(out, kit, force=True)
        assert not (out / "articles" / "originals").exists()
        ids = set(load_corpus(out / "articles", warn=False).ids)
        assert "harbour-ferry" in ids  # the converted text is there
        assert not any(p.suffix == ".html" for p in (out / "articles").rglob("*"))


# -- a teacher's own exercises (exercises/README.md) -------------------------------------------------

TEACHER_EXERCISES = {  # id -> (exercise, key, the key's answer as a student gives it)
    # a lesson of the teacher's own, with no notebook
    "06-1-library-voices": ("""\
type: single_choice
title: Who speaks in Isfahan?
prompt: |
  In the **Isfahan** article, who is quoted by name?
article: isfahan
choices:
  a: Nobody
  b: Dr. Hamid Rezaei
  c: The mayor of Isfahan
feedback:
  a: "Paragraph 4 quotes someone by name."
""", """\
answer: b
why: "explains Dr. Hamid Rezaei, a professor of Middle Eastern studies at the University of Isfahan"
""", "b"),
    # one more in a kit lesson, which no show() cell presents
    "02-8-isfahan-quote": ("""\
type: pick
prompt: |
  Pick every sentence of the **Isfahan** article that is a quotation.
article: isfahan
pick: sentences
points: 2
""", """\
answer: [isfahan:p4:s1, isfahan:p4:s2]
why:
  isfahan:p4:s1: "“The objective is to open channels of communication"
  isfahan:p4:s2: "“Through these exchanges, we hope"
""", ["isfahan:p4:s1", "isfahan:p4:s2"]),
}


def test_a_teachers_own_exercises_validate_score_and_go_into_a_practice_copy(tmp_path, kit_auto_scored):
    from medialit.exercises.practice import build_practice_keys
    from medialit.exercises.workbook import Workbook

    kit = _kit_copy(tmp_path)
    for eid, (exercise, key, _) in TEACHER_EXERCISES.items():
        # (one moved live from drafts/ with draft's note to the teacher still on it, as a README-only teacher left it)
        banner = "# DRAFT written by 'python -m medialit draft isfahan' on 2026-12-06: review it, then move it live.\n"
        (kit / "exercises" / f"{eid}.yaml").write_text((banner if eid.startswith("02-") else "") + exercise, encoding="utf-8")
        (kit / "solutions" / f"{eid}.yaml").write_text(key, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "medialit", "validate", str(kit)], capture_output=True, text=True,
                         cwd=KIT)
    assert run.returncode == 0 and "OK: no problems" in run.stdout, run.stdout + run.stderr
    wb = Workbook(kit)
    assert set(build_practice_keys(wb)["exercises"]) >= kit_auto_scored | set(TEACHER_EXERCISES)
    make_release(tmp_path / "out", kit)
    out = tmp_path / "out"
    assert {f"{eid}.yaml" for eid in TEACHER_EXERCISES} <= {p.name for p in (out / "exercises").iterdir()}
    assert not any("# DRAFT" in p.read_text(encoding="utf-8") for p in (out / "exercises").glob("*.yaml"))
    assert set(json.loads((out / "exercises" / "practice-keys.json").read_text())["exercises"]) >= \
        kit_auto_scored | set(TEACHER_EXERCISES)
    answers = [(eid, answer) for eid, (_, _, answer) in TEACHER_EXERCISES.items()]
    got = _run_in(out, tmp_path, answers)
    assert [r[:2] for r in got["results"]] == [["correct", 1.0]] * len(answers)
    assert got["progress"]["correct"] == len(answers)
