"""The files a student copy gets instead of the instructor's: README, marker, Makefile, pyproject.

The instructor's README talks about tests, ``solutions/`` and the instructor
guide; the student copy gets its own README (how to start, where answers are
saved, how to hand in), written for its mode. The copy ships no tests, so its
Makefile has no ``test`` target and its ``pyproject.toml`` no pytest settings
(which would run the package's doctests, written for the instructor's kit).

>>> "export_submission()" in student_readme("practice") and "practice copy" in student_readme("practice")
True
>>> "make test" in student_makefile("test: setup\\n\\tpytest\\n\\nlab: setup\\n\\tjupyter lab\\n")
False
"""

from __future__ import annotations

import re

#: The two kinds of student copy, with what ``check()`` does in each.
MODES = {
    "practice": "check() scores every auto-scored exercise with feedback (right, partly right, which items are "
                "wrong, hints) from obfuscated keys; for lessons, self-study and in-class practice",
    "assessment": "check() only checks the shape of an answer, gives hints and saves it; the instructor scores "
                  "everything; for graded work",
}
#: The default mode of ``release`` (see INSTRUCTORS.md, "Practice or assessment copy").
DEFAULT_MODE = "practice"

_CHECK_TEXT = {
    "practice": """\
- `check("exercise-id", answer)` scores your answer straight away: right, partly right (with partial
  credit) or not yet, which of your choices or picks are not in the key, and how many you still have
  to find. It does not show the key itself: keep trying, and use `hint("exercise-id")` (one more hint
  each time). Short written answers are saved for your teacher to read and score.
- `progress()` shows, lesson by lesson, how many exercises you tried and how many you got right.""",
    "assessment": """\
- `check("exercise-id", answer)` checks that your answer has the right shape (and says what is
  expected if not), and saves it. It does not say whether it is right: your teacher scores the
  answers after you hand them in. `hint("exercise-id")` gives one more hint each time.
- `progress()` shows, lesson by lesson, how many exercises you have answered.""",
}

_README = """\
# Media Literacy Kit (student copy)

Lessons in Jupyter notebooks on how to read news critically: how an article is built, who
speaks in it, how it is framed, and how articles made from one template give themselves away.
This is the **{mode} copy** your teacher released: it has the lessons, the articles and the
exercises, but not the answer keys.

## How to start

- **On your school's JupyterHub**: open the link your teacher gave you. It copies the lessons
  into your home folder the first time, and brings in your teacher's updates later without
  touching your answers. Open `notebooks/00-start-here.ipynb`.
- **On your own computer** (Python 3.11 or newer and `make`): in a terminal, in this folder,
  run `make lab`. The first run installs everything into `.venv` (a few minutes), then
  JupyterLab opens on the first lesson. Without make:

  ```bash
  python3 -m venv .venv && . .venv/bin/activate
  pip install -r requirements.txt
  jupyter lab notebooks/00-start-here.ipynb
  ```

Run the cells from top to bottom. Each lesson says what you will learn and ends with its key points.

## Exercises

{check_text}
- Put your name on your work once, at the start: `set_student("Your Name")`.

## Where your answers are saved

Every time you check an answer it is saved at once, in the folder `progress/` inside this copy
(one file per student, `progress/<your name>.jsonl`; every attempt is kept). If your teacher set
`MEDIALIT_PROGRESS`, they are saved in that folder instead. Updating the lessons never deletes them.

## How to hand in

1. Run `export_submission()` (the last cell of lesson 05 does it). It writes
   `submission-<your name>.json` next to the notebook, with every answer you saved.
2. In lesson 05, `save_report(ARTICLE)` also writes `capstone-report-<your name>.html`.
3. Hand in both files the way your teacher asked (upload, shared drive). On Binder, download
   them before you close the tab: a Binder session is temporary.
"""

_MARKER = """\
# Student copy of the Media Literacy Kit ({mode} copy)

This folder was made with `python -m medialit release --mode {mode}`. It has the lessons,
articles and exercises, but no answer keys (`solutions/`).

{check_text}
- `export_submission()` writes everything you answered into one file to hand in.

The kit detects a student copy by this file (or by the absence of `solutions/`){practice_note}.
"""

_PRACTICE_NOTE = (", and a practice copy by `exercises/practice-keys.json`: salted hashes of the key items, "
                  "which let `check()` score an answer without holding the keys in readable form")


def student_readme(mode: str) -> str:
    """The README of a student copy in ``mode`` (``practice`` or ``assessment``)."""
    return _README.format(mode=mode, check_text=_CHECK_TEXT[mode])


def marker_text(mode: str) -> str:
    """The text of ``STUDENT_COPY.md`` in a copy of ``mode``.

    >>> marker_text("assessment").splitlines()[0]
    '# Student copy of the Media Literacy Kit (assessment copy)'
    """
    return _MARKER.format(mode=mode, check_text=_CHECK_TEXT[mode],
                          practice_note=_PRACTICE_NOTE if mode == "practice" else "")


_DROP_TARGETS = ("test", "browser", "hub-proxy", "setup-dev", "$(VENV)/.installed-dev")


def student_makefile(text: str) -> str:
    """The instructor's Makefile without the targets that run tests (the copy ships none).

    Blocks (separated by blank lines) that define a dropped target are removed,
    with the comment lines just above them; lines mentioning ``make test`` go too.
    """
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        rule = next((ln for ln in lines if ln and not ln.startswith("#")), "")
        target = rule.split(":", 1)[0].strip() if ":" in rule and not rule.startswith("\t") else ""
        if target in _DROP_TARGETS:
            continue
        lines = [ln for ln in lines if "make test" not in ln]
        lines = [re.sub(r"\s+(test|browser|hub-proxy|setup-dev)(?=\s|$)", "", ln) if ln.startswith(".PHONY") else ln
                 for ln in lines]
        if lines:
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def student_pyproject(text: str) -> str:
    """``pyproject.toml`` without its ``[tool.pytest...]`` tables (the copy ships no tests).

    >>> student_pyproject("[project]\\nname = 'x'\\n\\n[tool.pytest.ini_options]\\naddopts = '-q'\\n")
    "[project]\\nname = 'x'\\n"
    """
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith("["):
            skipping = line.strip().startswith("[tool.pytest")
        if not skipping:
            out.append(line)
    return "".join(out).rstrip("\n") + "\n"
