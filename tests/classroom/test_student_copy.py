"""The student copy's own README, marker, Makefile and pyproject."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.classroom.student_copy import (DEFAULT_MODE, MODES, marker_text, student_makefile,
                                             student_pyproject, student_readme)

KIT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("mode", list(MODES))
def test_readme_says_how_to_start_save_and_hand_in(mode):
    text = student_readme(mode)
    for heading in ("## How to start", "## Where your answers are saved", "## How to hand in"):
        assert heading in text
    assert "make test" not in text and "solutions/" not in text
    assert f"({mode} copy)" in marker_text(mode)


def test_only_the_practice_marker_names_the_practice_keys():
    assert "practice-keys.json" in marker_text("practice")
    assert "practice-keys.json" not in marker_text("assessment")
    assert DEFAULT_MODE == "practice"


def test_the_kits_makefile_loses_its_test_targets_only():
    original = (KIT / "Makefile").read_text(encoding="utf-8")
    text = student_makefile(original)
    for gone in ("\ntest:", "\nbrowser:", "installed-dev:", "make test", "requirements-dev"):
        assert gone not in text, gone
    for kept in ("\nlab: setup", "$(VENV)/.installed: requirements.txt", "\nclean:", "\nhelp:", "FIRST_LESSON ="):
        assert kept in text, kept
    phony = next(line for line in text.splitlines() if line.startswith(".PHONY"))
    assert phony.split()[1:] == ["lab", "setup", "clean", "help"]


def test_the_kits_pyproject_loses_its_pytest_settings_only():
    import tomllib

    original = tomllib.loads((KIT / "pyproject.toml").read_text(encoding="utf-8"))
    text = student_pyproject((KIT / "pyproject.toml").read_text(encoding="utf-8"))
    copy = tomllib.loads(text)
    assert "pytest" not in copy.get("tool", {})
    assert copy["project"] == original["project"] and copy["build-system"] == original["build-system"]
