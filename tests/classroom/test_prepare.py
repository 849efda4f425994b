"""Charts prepared once per installation (issue 16): ``python -m medialit charts prepare``.

The command runs the course's lessons in a scratch copy and keeps their chart copies and the
chart JavaScript in a folder kernels read first; it is idempotent, says what it did, never
changes the course folder, and leaves the folder readable by all and writable by its owner only.
One lesson (02, one chart) keeps the test short; ``bench/hub_load.py`` prepares all six.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from medialit import _altair
from medialit.classroom.prepare import PrepareError, prepare_charts, status_lines
from medialit.cli import main

KIT = Path(__file__).resolve().parents[2]
SEEDS = ["basra-forum", "basra-gaza", "mosul", "isfahan", "qom"]


def _course_state(course: Path):
    return sorted((str(p.relative_to(course)), p.stat().st_mtime_ns) for p in course.rglob("*")
                  if ".git" not in p.parts and "progress" not in p.parts)


@pytest.fixture(scope="module")
def twice(tmp_path_factory):
    """Prepare lesson 02 into an empty folder, then again: both results and the folder's state in between."""
    into = tmp_path_factory.mktemp("share") / "medialit"
    course_before = [x for x in _course_state(KIT) if x[0].startswith(("notebooks", "articles", "exercises"))]
    first = prepare_charts(KIT, into, ["02"])
    files = {p: p.stat().st_mtime_ns for p in into.rglob("*") if p.is_file() and p.name != "prepared.json"}
    second = prepare_charts(KIT, into, ["02"])
    course_after = [x for x in _course_state(KIT) if x[0].startswith(("notebooks", "articles", "exercises"))]
    return into, first, second, files, course_before == course_after


def test_prepare_keeps_the_lessons_charts_and_the_javascript(twice):
    into, first, _, _, _ = twice
    assert not first.problems, first.problems
    assert any(line.startswith("chart JavaScript") and line.endswith("written") for line in first.lines)
    assert any(line.startswith("02-sourcing: 1 chart (1 new, 0 already there)") for line in first.lines), first.lines
    assert (into / _altair.bundle_name()).stat().st_size > 100_000
    manifest = json.loads((into / "prepared.json").read_text())
    (key,) = manifest["lessons"]["02-sourcing"]
    copy = json.loads((into / "charts" / f"{key}.json").read_text())
    assert _altair.safe_copy(copy) == copy


def test_prepare_is_idempotent_and_says_so(twice):
    into, _, second, files, _ = twice
    assert not second.problems and second.new == 0 and second.kept == 1
    assert any(line.endswith("already there") and line.startswith("chart JavaScript") for line in second.lines)
    assert any(line.startswith("02-sourcing: 1 chart (0 new, 1 already there)") for line in second.lines)
    assert {p: p.stat().st_mtime_ns for p in files} == files  # nothing rewritten


def test_the_folder_is_readable_by_all_and_writable_only_by_its_owner(twice):
    into = twice[0]
    for p in [into, into / "charts", *into.rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o444 == 0o444 and not mode & 0o022, (p, oct(mode))
    assert _altair.folder_trust(into, own=False) is None


def test_the_course_folder_is_not_changed(twice):
    assert twice[4]


def test_a_kernel_of_another_student_finds_the_lessons_chart(twice, tmp_path, monkeypatch):
    """The spec a student's kernel makes is the one prepared: same key in another process and home."""
    from medialit import attribution_chart

    into = twice[0]
    monkeypatch.setenv("MEDIALIT_PREPARED_CHARTS", str(into))
    monkeypatch.setenv("MEDIALIT_CHART_CACHE", str(tmp_path / "own-cache"))
    monkeypatch.setenv("MEDIALIT_COURSE", str(KIT))
    monkeypatch.setattr(_altair, "_drawn", {})
    hits = _altair.chart_stats["prepared"]
    spec = attribution_chart(SEEDS + ["control-school-roof"]).to_dict()
    assert _altair.spec_key(spec) in json.loads((into / "prepared.json").read_text())["lessons"]["02-sourcing"]
    _altair.static_bundle(spec)
    assert _altair.chart_stats["prepared"] == hits + 1 and not (tmp_path / "own-cache").exists()


def test_status_says_what_kernels_find(twice, capsys):
    into = twice[0]
    lines = status_lines(into)
    assert "read by kernels (only its owner can write to it)" in lines[1]
    assert "chart JavaScript for the installed altair and vl-convert: there" in lines[2]
    assert main(["charts", "status", "--into", str(into)]) == 0
    assert str(into) in capsys.readouterr().out


def test_status_warns_about_a_folder_others_can_write_to(tmp_path):
    folder = tmp_path / "medialit"
    (folder / "charts").mkdir(parents=True)
    folder.chmod(0o777)
    assert "NOT read by kernels: anyone can write to it" in "\n".join(status_lines(folder))
    assert "not there" in "\n".join(status_lines(tmp_path / "nothing"))


def test_no_lessons_or_an_unwritable_folder_is_a_clear_error(tmp_path, capsys):
    with pytest.raises(PrepareError, match="no lessons in notebooks/ of"):
        prepare_charts(tmp_path, tmp_path / "out")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(PrepareError, match="cannot write to .*--into"):
        prepare_charts(KIT, blocker / "medialit", ["02"])
    assert main(["charts", "prepare", str(tmp_path), "--into", str(tmp_path / "out")]) == 2
    assert "charts prepare: no lessons in notebooks/" in capsys.readouterr().err


def test_the_command_explains_itself(capsys):
    with pytest.raises(SystemExit):
        main(["charts", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in ["prepare", "status", "--into", "--lesson", "--clean", "MEDIALIT_PREPARED_CHARTS",
                  "never let students write to this folder", "idempotent", "TLJH", "Docker/z2jh"]:
        assert words in text, words
