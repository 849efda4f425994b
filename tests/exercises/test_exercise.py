"""Exercise and key files: schema errors come as ``path:line: field: message``."""

from __future__ import annotations

import pytest

from medialit.exercises.schema import ExerciseNotFound, TYPES, sort_key
from medialit.exercises.exercise import parse_exercise
from medialit.exercises.key import parse_key
from medialit.exercises.workbook import Workbook


def problems_of(text, eid="00-9-demo"):
    return [str(p) for p in parse_exercise(text, eid)[1]]


@pytest.mark.parametrize("text,expected", [
    ("type: single_choice\nprompt: Which?\nchoices:\n  a: x\n  b: y\npoints: -1\n",
     "exercises/00-9-demo.yaml:6: points: must be more than 0 (it is -1)"),
    ("type: single_choice\nprompt: Which?\nchoices:\n  a: x\n  b: y\npoints: many\n",
     "exercises/00-9-demo.yaml:6: points: must be a number, e.g. points: 1"),
    ("type: single_choice\nprompt: Which?\nchoices:\n  a: x\n  b:\n",
     "exercises/00-9-demo.yaml:5: choices.b: each choice needs its text, e.g. a: Isfahan"),
    ("type: single_choice\nprompt: Which?\nchoices: [x, y]\n",
     "exercises/00-9-demo.yaml:3: choices: must be a mapping: one 'key: text' line per item, indented below it"),
    ("type: number\nprompt: How many?\nhint: try\n",
     "exercises/00-9-demo.yaml:3: hint: unknown field; did you mean 'hints'? fields here: type, title, prompt, "
     "article, points, hints, feedback, unit"),
    ("type: number\nprompt: How many?\nfeedback:\n  four: no\n",
     "exercises/00-9-demo.yaml:4: feedback.four: feedback keys must be numbers"),
    ("type: multi_choice\nprompt: Which?\nchoices:\n  a: x\n  b: y\nfeedback:\n  c: no\n",
     "exercises/00-9-demo.yaml:7: feedback.c: is not a choice; feedback keys must be choice keys: a, b"),
    ("type: pick\nprompt: Pick.\narticle: mosul\npick: words\n",
     "exercises/00-9-demo.yaml:4: pick: 'words' is not allowed; use one of: sentences, paragraphs"),
    ("type: label\nprompt: Label.\narticle: qom\nlabels:\n  scene: the scene\n  close:\n",
     "exercises/00-9-demo.yaml:6: labels.close: say what the label means"),
    ("type: short_text\nprompt: Say.\nkeywords:\n  - words: [date]\n",
     "exercises/00-9-demo.yaml:4: keywords.0: needs a 'hint:' shown when none of the words is used"),
    ("type: number\n", "exercises/00-9-demo.yaml:1: prompt: missing; add 'prompt: ...'"),
    ("type: [number]\nprompt: x\n", "exercises/00-9-demo.yaml:1: type: must be text"),
    ("type: number\nprompt: [unclosed\n", "exercises/00-9-demo.yaml:3: YAML syntax error"),
    ("- just\n- a list\n", "exercises/00-9-demo.yaml:1: must be a YAML mapping"),
])
def test_schema_errors_name_path_line_field(text, expected):
    found = problems_of(text)
    assert any(p.startswith(expected) for p in found), found


def test_bad_id_is_reported():
    assert any("is not a valid exercise id" in p for p in problems_of("type: number\nprompt: x\n", "Who Speaks"))


def test_every_type_has_a_clean_minimal_form():
    minimal = {
        "single_choice": "choices: {a: x, b: y}\n",
        "multi_choice": "choices: {a: x, b: y}\n",
        "number": "",
        "pick": "article: mosul\n",
        "label": "article: qom\nlabels: {a: x, b: y}\n",
        "short_text": "",
    }
    assert set(minimal) == set(TYPES)
    for kind, extra in minimal.items():
        ex, problems = parse_exercise(f"type: {kind}\nprompt: Go.\n{extra}", "00-9-demo")
        assert problems == [] and ex.type == kind


@pytest.mark.parametrize("text,expected", [
    ("why: x\n", "solutions/00-9-demo.yaml:1: answer: missing"),
    ("answer: 3\ntolerance: -1\nwhy: x\n", "solutions/00-9-demo.yaml:2: tolerance: must be at least 0"),
    ("answer: 3\nwhy: x\nrubric: [be good]\n", "solutions/00-9-demo.yaml:3: rubric: only short_text"),
    ("answer: 3\nwhy: x\nexplain: y\n", "solutions/00-9-demo.yaml:3: explain: unknown field"),
    ("answer: 3\n", "solutions/00-9-demo.yaml:1: why: missing"),
])
def test_key_schema_errors(text, expected):
    ex, _ = parse_exercise("type: number\nprompt: How many?\n", "00-9-demo")
    found = [str(p) for p in parse_key(text, ex, "00-9-demo")[1]]
    assert any(p.startswith(expected) for p in found), found


def test_unknown_exercise_lists_closest_ids():
    with pytest.raises(ExerciseNotFound) as err:
        Workbook().check("00-4-israel-pasage", ["mosul:p8:s1"])
    assert "'00-4-israel-passage'" in str(err.value)
    assert isinstance(err.value, LookupError)
    with pytest.raises(ExerciseNotFound, match="list_exercises"):
        Workbook().check(42, "a")
    with pytest.raises(ExerciseNotFound):
        Workbook().check("../solutions/00-1-dateline", "a")


def test_lesson_order():
    assert sorted(["01-1-a", "00-10-b", "00-2-c"], key=sort_key) == ["00-2-c", "00-10-b", "01-1-a"]
