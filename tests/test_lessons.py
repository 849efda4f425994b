"""Every lesson follows the kit's lesson format (Carpentries pattern, data-8 cell lengths, one-line exercises)."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import nbformat
import pytest

from medialit.exercises.workbook import Workbook
from medialit.classroom.worked import exercise_ids

KIT = Path(__file__).resolve().parent.parent
LESSONS = sorted((KIT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
WIDGET_TYPES = {"pick", "label"}


def _cells(path):
    return nbformat.read(path, as_version=4).cells


def _lines(source: str) -> int:
    return len([line for line in source.strip().splitlines() if line.strip()])


def _p90(values: list[int]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-9 * len(ordered) // 10) - 1)]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_first_cell_has_title_time_budget_questions_and_objectives(path):
    first = _cells(path)[0]
    assert first.cell_type == "markdown"
    assert re.match(rf"# {path.name[:2]} · \S", first.source), "title: '# NN · Title'"
    assert re.search(r"\*\*Teaching \d+ min, exercises \d+ min\*\*", first.source)
    for heading in ("**Questions**", "**Objectives**"):
        assert heading in first.source
        after = first.source.split(heading, 1)[1]
        assert re.search(r"^- \S", after, re.M), f"{heading} needs a bulleted list"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_last_cell_is_key_points(path):
    last = _cells(path)[-1]
    assert last.cell_type == "markdown" and last.source.startswith("## Key points")
    assert len(re.findall(r"^- \S", last.source, re.M)) >= 3


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_code_cells_are_short(path):
    lengths = [_lines(c.source) for c in _cells(path) if c.cell_type == "code"]
    assert lengths and statistics.median(lengths) <= 2, lengths
    assert _p90(lengths) <= 8, lengths


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_prose_alternates_with_code(path):
    kinds = [c.cell_type for c in _cells(path)]
    runs = "".join("m" if k == "markdown" else "c" for k in kinds)
    assert "mmm" not in runs, "three markdown cells in a row: merge them or add a code cell between"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_at_least_six_exercises_each_on_one_line_mixing_types(path, kit_exercises):
    wb = Workbook(KIT)
    shown = []
    for cell in _cells(path):
        ids = exercise_ids(cell.source) if cell.cell_type == "code" else []
        if ids:
            assert cell.source.strip() == f'show("{ids[0]}")', "an exercise cell holds exactly one show(\"id\") line"
            shown += ids
    assert len(shown) >= 6, f"{path.name} presents {len(shown)} exercises; a lesson needs at least six"
    assert len(shown) == len(set(shown)), "an exercise is shown twice"
    lesson = path.name[:2]
    assert all(i.startswith(f"{lesson}-") for i in shown), "a lesson shows only its own exercises"
    assert set(shown) <= set(wb.ids()), "every exercise shown exists"
    # a teacher's own exercise may be left out of the lesson (exercises/README.md); the kit's may not
    assert {i for i in kit_exercises if i.startswith(f"{lesson}-")} <= set(shown), \
        "every exercise of this lesson is shown, in the lesson"
    types = {wb.exercise(i).type for i in shown}
    assert len(types) >= 4 and types & WIDGET_TYPES, types


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_key_of_the_lesson_passes_its_checks(path):
    wb = Workbook(KIT)
    lesson = path.name[:2]
    problems = [str(p) for p in wb.problems() if f"{lesson}-" in Path(p.source).name]
    assert not problems
    for eid in (i for i in wb.ids() if i.startswith(f"{lesson}-")):
        ex = wb.exercise(eid)
        key = wb.key(eid, ex)
        assert key is not None and key.why not in (None, "", [], {}), f"{eid}: every key quotes its evidence"
        if ex.type != "short_text":
            answer = key.answer
            if ex.type == "label":  # a key may accept several labels; a student gives one
                answer = {pid: labels[0] if isinstance(labels, list) else labels for pid, labels in answer.items()}
            assert wb.check(eid, answer, save=False).score == 1.0, eid
