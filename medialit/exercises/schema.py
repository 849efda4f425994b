"""The exercise schema: answer types, fields, ids, and the :class:`Exercise` and :class:`Key` records.

>>> lesson_of("00-4-israel-passage")
'00'
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .._yaml import YamlSyntaxError, line_of, load_with_lines
from ..problems import KitError, Problem


#: The answer types, with what a student gives for each.
TYPES = {
    "single_choice": "one choice, by its key: check(id, 'b')",
    "multi_choice": "every choice that applies, as a list of keys: check(id, ['a', 'c'])",
    "number": "a number: check(id, 12)",
    "pick": "paragraph or sentence ids from the article: check(id, ['mosul:p2:s1', 'mosul:p5:s3'])",
    "label": "one label per paragraph: check(id, {'qom:p1': 'scene', 'qom:p2': 'activity'})",
    "short_text": "a few sentences in your own words: check(id, 'The article does not say ...')",
}

#: Fields every exercise may have, with what each means.
COMMON_FIELDS = {
    "type": "the answer type: " + ", ".join(TYPES),
    "title": "a short title shown above the prompt (optional)",
    "prompt": "the question, in Markdown",
    "article": "id of the article the exercise is about (optional, except for pick and label)",
    "points": "how many points the exercise is worth (default 1)",
    "hints": "a list of hints, revealed one at a time",
    "feedback": "messages for specific wrong answers (see the template of each type)",
}

#: Fields only some types have.
TYPE_FIELDS = {
    "single_choice": {"choices": "the choices: a mapping from a short key (a, b, ...) to its text"},
    "multi_choice": {"choices": "the choices: a mapping from a short key (a, b, ...) to its text"},
    "number": {"unit": "what is counted or measured, e.g. people (optional)"},
    "pick": {"pick": "what the student picks: sentences or paragraphs"},
    "label": {"labels": "the vocabulary: a mapping from each label to what it means",
              "paragraphs": "which paragraphs to label, as ids or numbers (default: all of them)",
              "synonyms": "other words a student may use for a label, read as that label "
                          "(optional), e.g. lede: [lead]"},
    "short_text": {"min_words": "fewest words expected (optional; a shorter answer gets a nudge)",
                   "keywords": "optional hints: a list of {words: [...], hint: ...}; the hint shows when "
                               "the answer has none of the words (or, with when: used, when it uses one: "
                               "for words to avoid, such as 'fake')"},
}

#: Fields of a key (``solutions/<id>.yaml``).
KEY_FIELDS = {
    "answer": "the right answer, in the same shape a student gives (short_text: a model answer)",
    "why": "for each key item, the words in the article that justify it (verbatim)",
    "tolerance": "number only: how far from the answer still counts as right (default 0)",
    "rubric": "short_text only: a list of what a good answer does",
    "notes": "for instructors: partial-credit notes, disagreements to expect (optional)",
}

PICK_UNITS = ("sentences", "paragraphs")
_ID_RE = re.compile(r"^(\d{2})-(\d+)-[a-z0-9]+(?:-[a-z0-9]+)*$")
_PARA_RE = re.compile(r"^(?:(?P<art>[a-z0-9][a-z0-9-]*):)?p(?P<p>\d+)$")
_SENT_RE = re.compile(r"^(?:(?P<art>[a-z0-9][a-z0-9-]*):)?p(?P<p>\d+):s(?P<s>\d+)$")


class ExerciseNotFound(KitError, LookupError):
    """There is no exercise with this id; the message lists the closest ids.

    >>> err = ExerciseNotFound("00-4-israel-pasage", ["00-4-israel-passage", "00-1-dateline"])
    >>> print(err)
    There is no exercise '00-4-israel-pasage'. Did you mean '00-4-israel-passage'? See all of them with list_exercises().
    """

    def __init__(self, exercise_id: object, known: list[str] | tuple = ()):
        self.exercise_id = exercise_id
        text = exercise_id if isinstance(exercise_id, str) else repr(exercise_id)
        close = difflib.get_close_matches(str(text), list(known), n=3, cutoff=0.6)
        if close:
            hint = f" Did you mean {', '.join(map(repr, close))}?"
        elif known:
            hint = f" Exercises here: {', '.join(list(known)[:8])}{' ...' if len(known) > 8 else ''}."
        else:
            hint = " This kit has no exercises yet (exercises/ is empty)."
        super().__init__(f"There is no exercise {text!r}.{hint} See all of them with list_exercises().")

    def __str__(self) -> str:
        return str(self.args[0])


class ExerciseError(KitError, ValueError):
    """An exercise or key file has problems (``path:line: field: message``); fix the file.

    >>> from medialit.exercises.exercise import parse_exercise
    >>> _, problems = parse_exercise("type: single_choise\\nprompt: Which?\\n", "00-9-demo")
    >>> print(ExerciseError(problems))  # doctest: +ELLIPSIS
    This exercise cannot be used until its file is fixed:
      exercises/00-9-demo.yaml:1: type: 'single_choise' is not a type; did you mean 'single_choice'? ...
    Run: python -m medialit validate
    """

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("This exercise cannot be used until its file is fixed:\n"
                         + "\n".join(f"  {p}" for p in self.problems)
                         + "\nRun: python -m medialit validate")


def lesson_of(exercise_id: str) -> str:
    """The lesson an exercise belongs to: the first part of its id.

    >>> lesson_of("02-3-who-speaks")
    '02'
    """
    return exercise_id.split("-", 1)[0]


def sort_key(exercise_id: str) -> tuple:
    """Order exercises by lesson, then number (``00-2`` before ``00-10``).

    >>> sorted(["00-10-x", "00-2-y", "01-1-z"], key=sort_key)
    ['00-2-y', '00-10-x', '01-1-z']
    """
    m = _ID_RE.match(exercise_id)
    if not m:
        return (math.inf, math.inf, exercise_id)
    return (int(m.group(1)), int(m.group(2)), exercise_id)


def valid_id(exercise_id: str) -> bool:
    """Whether ``exercise_id`` has the form ``LL-N-words`` (lesson, number, words with dashes).

    >>> valid_id("02-3-who-speaks"), valid_id("who speaks")
    (True, False)
    """
    return bool(_ID_RE.match(exercise_id))


@dataclass(frozen=True)
class Exercise:
    """One exercise as read from ``exercises/<id>.yaml`` (see ``exercises/README.md``)."""

    id: str
    type: str
    prompt: str
    title: str = ""
    article: str | None = None
    points: float = 1.0
    hints: tuple[str, ...] = ()
    feedback: dict = field(default_factory=dict)
    choices: dict = field(default_factory=dict)
    unit: str = ""
    pick: str = "sentences"
    labels: dict = field(default_factory=dict)
    paragraphs: tuple = ()
    synonyms: dict = field(default_factory=dict)
    min_words: int = 0
    keywords: tuple = ()
    path: str = ""
    lines: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def lesson(self) -> str:
        return lesson_of(self.id)

    def line(self, *path) -> int:
        """The line in the file where ``path`` (a field, then keys or indexes) starts."""
        return line_of(self.lines, path)


@dataclass(frozen=True)
class Key:
    """One key as read from ``solutions/<id>.yaml``."""

    id: str
    answer: Any
    why: Any = None
    tolerance: float = 0.0
    rubric: tuple[str, ...] = ()
    notes: str = ""
    path: str = ""
    lines: dict = field(default_factory=dict, repr=False, compare=False)

    def line(self, *path) -> int:
        return line_of(self.lines, path)


class _Reader:
    """Collects problems while reading one YAML mapping."""

    def __init__(self, shown: str, data: dict, lines: dict):
        self.shown, self.data, self.lines, self.problems = shown, data, lines, []

    def add(self, path: tuple, message: str) -> None:
        name = ".".join(str(p) for p in path) if path else ""
        self.problems.append(Problem(self.shown, line_of(self.lines, path), f"{name}: {message}" if name else message))

    def text(self, name: str, required: bool = False) -> str:
        value = self.data.get(name)
        if value is None:
            if required:
                self.problems.append(Problem(self.shown, 1, f"{name}: missing; add '{name}: ...'"))
            return ""
        if isinstance(value, (dict, list)) or isinstance(value, bool):
            self.add((name,), "must be text")
            return ""
        value = str(value).strip()
        if required and not value:
            self.add((name,), "is empty; write it")
        return value

    def number(self, name: str, default: float, minimum: float = 0.0, strict: bool = True) -> float:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.add((name,), f"must be a number, e.g. {name}: {default:g}")
            return default
        if value < minimum or (strict and value == minimum):
            self.add((name,), f"must be {'more than' if strict else 'at least'} {minimum:g} (it is {value:g})")
            return default
        return float(value)

    def text_list(self, name: str) -> tuple[str, ...]:
        value = self.data.get(name)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add((name,), f"must be a list, one item per line starting with '- '")
            return ()
        out = []
        for i, item in enumerate(value):
            if isinstance(item, (dict, list)) or item is None or not str(item).strip():
                self.add((name, i), "each item must be non-empty text")
            else:
                out.append(str(item).strip())
        return tuple(out)

    def mapping(self, name: str, required: bool = False) -> dict:
        value = self.data.get(name)
        if value is None:
            if required:
                self.problems.append(Problem(self.shown, 1, f"{name}: missing; add '{name}:' with one "
                                                            "'key: text' line per item below it"))
            return {}
        if not isinstance(value, dict):
            self.add((name,), "must be a mapping: one 'key: text' line per item, indented below it")
            return {}
        return value

    def unknown_fields(self, allowed: dict) -> None:
        for key in self.data:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                hint = f"did you mean '{close[0]}'? " if close else ""
                self.add((key,), f"unknown field; {hint}fields here: {', '.join(allowed)}")


def _load_yaml(text: str, shown: str) -> tuple[dict | None, dict, list[Problem]]:
    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as exc:
        return None, {}, [Problem(shown, exc.line, f"{exc}; fix the YAML (compare with the templates in "
                                                   "exercises/README.md)")]
    if not isinstance(data, dict):
        return None, {}, [Problem(shown, 1, "must be a YAML mapping of 'field: value' lines "
                                            "(see exercises/README.md)")]
    return data, lines, []
