"""Try it as an instructor: follow INSTRUCTORS.md in a temporary copy of the kit, using only its text.

The article, the exercises and keys, the broken files and the expected ``validate`` output are
read from the guide's fenced blocks (each announced by a ``<!-- try-it: ... -->`` comment), so the
guide and this test cannot drift apart. Commands run against the copy, never the kit itself.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.exercises.workbook import Workbook

KIT = Path(__file__).resolve().parent.parent
GUIDE = KIT / "INSTRUCTORS.md"
_BLOCK = re.compile(r"<!-- try-it: (?P<what>[a-z]+)(?: (?P<path>\S+))? -->\n```[a-z]*\n(?P<body>.*?)\n```", re.S)


def _blocks(kind: str) -> list[tuple[str | None, str]]:
    return [(m.group("path"), m.group("body") + "\n") for m in _BLOCK.finditer(GUIDE.read_text(encoding="utf-8"))
            if m.group("what") == kind]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medialit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def _guide_command(line: str, root: Path) -> list[str]:
    """A command line from the guide (``.venv/bin/python -m medialit ...``) as arguments, aimed at ``root``."""
    prefix = ".venv/bin/python -m medialit "
    assert line.startswith(prefix), f"the guide's commands run the kit's Python: {line!r}"
    args = line[len(prefix):].split()
    return args + [str(root)] if args == ["validate"] else args


@pytest.fixture(scope="module")
def kit_copy(tmp_path_factory) -> Path:
    """A copy of the kit as an instructor would have it: no .venv, .git or saved answers."""
    root = tmp_path_factory.mktemp("instructor") / "kit"
    shutil.copytree(KIT, root, ignore=shutil.ignore_patterns(
        ".venv", ".git", "progress", "__pycache__", ".pytest_cache", ".hypothesis", "test-output", "*.egg-info",
        "capstone-report-*.html", "submission-*.json"))
    return root


def _wrong_answer(ex, key, index):
    """An answer that is not the key's, of the right shape for the type."""
    if ex.type == "single_choice":
        return next(c for c in ex.choices if c != key.answer)
    if ex.type == "multi_choice":
        return [next(c for c in ex.choices if c not in key.answer)]
    if ex.type == "number":
        return float(key.answer) + key.tolerance + 1
    if ex.type == "pick":
        pool = index.sentences[ex.article] if ex.pick == "sentences" else index.paragraphs[ex.article]
        return [next(i for i in pool if i not in key.answer)]
    if ex.type == "label":
        first, labels = next(iter(key.answer.items()))
        wrong = next(lab for lab in ex.labels if lab not in (labels if isinstance(labels, list) else [labels]))
        return {first: wrong}
    raise AssertionError(ex.type)


def test_the_guide_has_every_step():
    files = [p for p, _ in _blocks("file")]
    assert any(p.startswith("articles/") for p in files), "an article file"
    exercises = {Path(p).stem for p in files if p.startswith("exercises/")}
    keys = {Path(p).stem for p in files if p.startswith("solutions/")}
    assert exercises and exercises == keys, "every exercise template comes with its key"
    types = {re.search(r"^type: (\w+)", body, re.M).group(1) for p, body in _blocks("file")
             if p.startswith("exercises/")}
    assert types == {"single_choice", "multi_choice", "number", "pick", "label", "short_text"}
    assert _blocks("commands") and _blocks("broken") and _blocks("expect")
    assert "INSTRUCTORS.md" in (KIT / "README.md").read_text(encoding="utf-8"), "README links to the guide"


def test_add_an_article_then_validate_and_inspect(kit_copy):
    for path, body in _blocks("file"):
        if path.startswith("articles/"):
            (kit_copy / path).write_text(body, encoding="utf-8")
    commands = [line for _, body in _blocks("commands") for line in body.splitlines() if line.strip()]
    for line in commands:
        done = _run(*_guide_command(line, kit_copy), cwd=kit_copy)
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
    article = next(p for p, _ in _blocks("file") if p.startswith("articles/"))
    shown = _run("inspect", str(kit_copy / article), "--json", cwd=kit_copy)
    data = json.loads(shown.stdout)["articles"][0]
    assert data["id"] == "harbour-ferry" and len(data["paragraphs"]) == 4
    assert data["paragraphs"][2]["sentences"][1].startswith("Experts agree")


def test_new_exercises_validate_and_work_end_to_end(kit_copy):
    written = []
    for path, body in _blocks("file"):
        (kit_copy / path).write_text(body, encoding="utf-8")
        if path.startswith("exercises/"):
            written.append(Path(path).stem)
    done = _run("validate", str(kit_copy), cwd=kit_copy)
    assert done.returncode == 0, done.stdout + done.stderr
    wb = Workbook(kit_copy)
    assert set(written) <= set(wb.ids())
    for eid in written:
        ex = wb.exercise(eid)
        key = wb.key(eid, ex)
        if ex.type == "short_text":
            fb = wb.check(eid, "I would read the timetable on the authority's website and call Priya Nair.",
                          save=False)
            assert fb.status == "saved" and fb.rubric and fb.model_answer, eid
            continue
        right = wb.check(eid, key.answer, save=False)
        wrong = wb.check(eid, _wrong_answer(ex, key, wb.index()), save=False)
        assert right.score == 1.0, (eid, right.message)
        assert wrong.scored and wrong.score < 1.0, (eid, wrong.message)
    partial = wb.check("09-1-vague-sentences", ["harbour-ferry:p3:s1"], save=False)
    assert 0 < partial.score < 1, "the guide says half the key earns partial credit"


def test_validate_reports_the_guides_mistakes_as_the_guide_says(kit_copy):
    for path, body in _blocks("file"):  # start from the working files (the test may run alone)
        (kit_copy / path).write_text(body, encoding="utf-8")
    for path, body in _blocks("broken"):
        (kit_copy / path).write_text(body, encoding="utf-8")
    done = _run("validate", str(kit_copy), cwd=kit_copy)
    assert done.returncode == 1
    for _, body in _blocks("expect"):
        for line in body.splitlines():
            assert line in done.stdout, f"the guide promises:\n{line}\nvalidate printed:\n{done.stdout}"
    for path, body in _blocks("file"):  # and the fixed files are clean again
        (kit_copy / path).write_text(body, encoding="utf-8")
    assert _run("validate", str(kit_copy), cwd=kit_copy).returncode == 0
