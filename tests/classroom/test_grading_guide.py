"""The grading loop in INSTRUCTORS.md: every command and notebook call it shows exists as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from medialit.cli import build_parser

GUIDE = (Path(__file__).resolve().parents[2] / "INSTRUCTORS.md").read_text(encoding="utf-8")
LOOP = GUIDE[GUIDE.index("## The grading loop, step by step"):GUIDE.index("## Running it for a class")]


def test_every_command_of_the_grading_loop_parses():
    commands = re.findall(r"^\s*\.venv/bin/python -m medialit (.+)$", LOOP, re.M)
    assert {c.split()[0] for c in commands} == {"class", "grade"}
    parser = build_parser()
    for c in commands:
        parser.parse_args(shlex.split(c))  # exits (fails the test) on an unknown option
    for flag in re.findall(r"`(--[a-z-]+)", LOOP):
        assert any(flag in a.option_strings for p in parser._subparsers._group_actions[0].choices.values()
                   for a in p._actions), flag


def test_the_notebook_calls_exist():
    from medialit.classroom.classview import class_view  # noqa: F401
    from medialit.classroom.scoring_widget import hand_scoring  # noqa: F401

    assert "from medialit.classroom.scoring_widget import hand_scoring" in LOOP
    assert "from medialit.classroom.classview import class_view" in LOOP
