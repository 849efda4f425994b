"""Exercises and their keys: one YAML file each, read and checked against a schema.

An exercise lives in ``exercises/<id>.yaml`` and its key in ``solutions/<id>.yaml``;
the id is the file stem and its first part names the lesson (``00-4-israel-passage``
belongs to lesson ``00``). ``exercises/README.md`` has a copyable template per type.

Reading never stops at the first mistake: :func:`parse_exercise` and
:func:`parse_key` return what they could read plus every problem found, each as
``path:line: field: message``.

>>> ex, problems = parse_exercise("type: number\\nprompt: How many?\\nunit: people\\n", "00-9-demo")
>>> ex.type, ex.points, problems
('number', 1.0, [])
>>> _, problems = parse_exercise("type: numbr\\nprompt: How many?\\n", "00-9-demo")
>>> print(problems[0])
exercises/00-9-demo.yaml:1: type: 'numbr' is not a type; did you mean 'number'? Use one of: single_choice, multi_choice, number, pick, label, short_text
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._yaml import YamlSyntaxError, line_of, load_with_lines
from .problems import KitError, Problem

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
              "paragraphs": "which paragraphs to label, as ids or numbers (default: all of them)"},
    "short_text": {"min_words": "fewest words expected (optional; a shorter answer gets a nudge)",
                   "keywords": "optional hints: a list of {words: [...], hint: ...}; the hint shows when "
                               "the answer has none of the words"},
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


def parse_exercise(text: str, exercise_id: str, shown: str | None = None) -> tuple[Exercise | None, list[Problem]]:
    """Read the YAML ``text`` of exercise ``exercise_id``; return ``(exercise or None, problems)``.

    Only the exercise file itself is checked here; whether its article and ids
    exist is checked by :func:`medialit.workbook.validate_exercises`.

    >>> ex, problems = parse_exercise("type: pick\\nprompt: Pick.\\n", "00-9-demo")
    >>> print(problems[0])
    exercises/00-9-demo.yaml:1: article: missing; a pick exercise needs 'article: <article id>'
    """
    shown = shown or f"exercises/{exercise_id}.yaml"
    data, lines, problems = _load_yaml(text, shown)
    if data is None:
        return None, problems
    r = _Reader(shown, data, lines)
    if not valid_id(exercise_id):
        r.problems.append(Problem(shown, 1, f"id: {exercise_id!r} is not a valid exercise id; name the file "
                                            "LL-N-words.yaml, e.g. 02-3-who-speaks.yaml (LL = lesson number)"))
    kind = r.text("type", required=True)
    if kind and kind not in TYPES:
        close = difflib.get_close_matches(kind, TYPES, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        r.add(("type",), f"{kind!r} is not a type; {hint}Use one of: {', '.join(TYPES)}")
        return None, r.problems
    if not kind:
        return None, r.problems
    r.unknown_fields({**COMMON_FIELDS, **TYPE_FIELDS[kind]})
    prompt = r.text("prompt", required=True)
    article = r.text("article") or None
    if article is None and kind in ("pick", "label"):
        r.problems.append(Problem(shown, 1, f"article: missing; a {kind} exercise needs 'article: <article id>'"))
    values: dict[str, Any] = {}
    if kind in ("single_choice", "multi_choice"):
        choices = r.mapping("choices", required=True)
        clean = {}
        for key, value in choices.items():
            if isinstance(value, (dict, list)) or value is None or not str(value).strip():
                r.add(("choices", key), "each choice needs its text, e.g. a: Isfahan")
            else:
                clean[str(key)] = str(value).strip()
        if choices and len(clean) < 2:
            r.add(("choices",), "give at least two choices")
        values["choices"] = clean
    elif kind == "number":
        values["unit"] = r.text("unit")
    elif kind == "pick":
        unit = r.text("pick") or "sentences"
        if unit not in PICK_UNITS:
            r.add(("pick",), f"{unit!r} is not allowed; use one of: {', '.join(PICK_UNITS)}")
            unit = "sentences"
        values["pick"] = unit
    elif kind == "label":
        labels = r.mapping("labels", required=True)
        clean = {}
        for key, value in labels.items():
            clean[str(key)] = "" if value is None or isinstance(value, (dict, list)) else str(value).strip()
            if not clean[str(key)]:
                r.add(("labels", key), "say what the label means, e.g. scene: introduces the city")
        if labels and len(clean) < 2:
            r.add(("labels",), "give at least two labels")
        values["labels"] = clean
        paras = r.data.get("paragraphs")
        if paras is not None:
            if not isinstance(paras, list) or not paras:
                r.add(("paragraphs",), "must be a list of paragraph ids or numbers, e.g. [1, 2, 5]")
            else:
                out = []
                for i, p in enumerate(paras):
                    pid = paragraph_id(p, article or "")
                    if pid is None:
                        r.add(("paragraphs", i), f"{p!r} is not a paragraph; write an id like "
                                                 f"{article or 'mosul'}:p4 or a number like 4")
                    else:
                        out.append(pid)
                values["paragraphs"] = tuple(out)
    elif kind == "short_text":
        if "min_words" in data:
            values["min_words"] = int(r.number("min_words", 0, minimum=0, strict=False))
        kws = r.data.get("keywords")
        if kws is not None:
            out = []
            if not isinstance(kws, list):
                r.add(("keywords",), "must be a list of {words: [...], hint: ...} items")
            else:
                for i, item in enumerate(kws):
                    words = item.get("words") if isinstance(item, dict) else None
                    tip = item.get("hint") if isinstance(item, dict) else None
                    not_text = [w for w in words if not isinstance(w, str)] if isinstance(words, list) else []
                    if not_text:
                        r.add(("keywords", i, "words"), f"{not_text[0]!r} is not text; put it in quotes, "
                                                        f"e.g. words: [\"{not_text[0]}\"]")
                    elif (not isinstance(words, list) or not words or not all(w.strip() for w in words)):
                        r.add(("keywords", i), "needs 'words:' (a list of words) and 'hint:' (text)")
                    elif not isinstance(tip, str) or not tip.strip():
                        r.add(("keywords", i, "hint") if isinstance(item, dict) and "hint" in item
                              else ("keywords", i), "needs a 'hint:' shown when none of the words is used")
                    else:
                        out.append((tuple(w.strip().lower() for w in words), tip.strip()))
            values["keywords"] = tuple(out)
    feedback = r.mapping("feedback")
    clean_fb = {}
    for key, value in feedback.items():
        if isinstance(value, (dict, list)) or value is None or not str(value).strip():
            r.add(("feedback", key), "each message must be text")
            continue
        norm = _feedback_key(kind, key, values, article)
        if norm is None:
            r.add(("feedback", key), _feedback_key_help(kind, values))
            continue
        clean_fb[norm] = str(value).strip()
    if kind == "short_text" and feedback:
        r.add(("feedback",), "short_text has no feedback for specific answers; use keywords: for hints")
    exercise = Exercise(
        id=exercise_id, type=kind, prompt=prompt, title=r.text("title"), article=article,
        points=r.number("points", 1.0), hints=r.text_list("hints"), feedback=clean_fb,
        path=shown, lines=lines, **values)
    return exercise, r.problems


def _feedback_key(kind: str, key: Any, values: dict, article: str | None):
    if kind in ("single_choice", "multi_choice"):
        return str(key) if str(key) in values.get("choices", {}) else None
    if kind == "number":
        if isinstance(key, bool):
            return None
        try:
            number = float(key)
        except (TypeError, ValueError):
            return None
        return number if math.isfinite(number) else None
    if kind == "pick":
        return item_id(key, article or "", values.get("pick", "sentences"))
    if kind == "label":
        return paragraph_id(key, article or "")
    return None


def _feedback_key_help(kind: str, values: dict) -> str:
    if kind in ("single_choice", "multi_choice"):
        return f"is not a choice; feedback keys must be choice keys: {', '.join(values.get('choices', {}))}"
    if kind == "number":
        return "feedback keys must be numbers (the wrong answer that gets this message), e.g. 4: ..."
    if kind == "pick":
        return "feedback keys must be ids from the article, e.g. mosul:p4:s1"
    if kind == "label":
        return "feedback keys must be paragraph ids from the article, e.g. qom:p6"
    return "this type has no feedback for specific answers"


def paragraph_id(value: Any, article: str) -> str | None:
    """A full paragraph id from ``'mosul:p4'``, ``'p4'`` or ``4`` (``None`` if it is not one).

    >>> paragraph_id(4, "mosul"), paragraph_id("p4", "mosul"), paragraph_id("qom:p2", "mosul")
    ('mosul:p4', 'mosul:p4', 'qom:p2')
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return f"{article}:p{value}" if value >= 1 and article else None
    if not isinstance(value, str):
        return None
    m = _PARA_RE.match(value.strip().lower())
    if not m:
        if value.strip().isdigit() and article:
            return paragraph_id(int(value.strip()), article)
        return None
    art = m.group("art") or article
    return f"{art}:p{int(m.group('p'))}" if art else None


def item_id(value: Any, article: str, unit: str = "sentences") -> str | None:
    """A full sentence (or paragraph) id from a full or short form (``None`` if it is not one).

    >>> item_id("p4:s2", "mosul"), item_id("mosul:p8", "mosul", "paragraphs"), item_id("p8", "mosul")
    ('mosul:p4:s2', 'mosul:p8', None)
    """
    if unit == "paragraphs":
        return paragraph_id(value, article)
    if not isinstance(value, str):
        return None
    m = _SENT_RE.match(value.strip().lower())
    if not m:
        return None
    art = m.group("art") or article
    return f"{art}:p{int(m.group('p'))}:s{int(m.group('s'))}" if art else None


def parse_key(text: str, exercise: Exercise | None, exercise_id: str,
              shown: str | None = None) -> tuple[Key | None, list[Problem]]:
    """Read the YAML ``text`` of the key of ``exercise_id``; return ``(key or None, problems)``.

    The answer's shape is checked against the exercise (when it could be read).

    >>> ex, _ = parse_exercise("type: number\\nprompt: How many?\\n", "00-9-demo")
    >>> key, problems = parse_key("answer: 3\\nwhy: [explains Dr. Hamid Rezaei]\\n", ex, "00-9-demo")
    >>> key.answer, problems
    (3, [])
    """
    shown = shown or f"solutions/{exercise_id}.yaml"
    data, lines, problems = _load_yaml(text, shown)
    if data is None:
        return None, problems
    r = _Reader(shown, data, lines)
    r.unknown_fields(KEY_FIELDS)
    if "answer" not in data or data["answer"] is None:
        r.problems.append(Problem(shown, 1, "answer: missing; add 'answer: ...' (see exercises/README.md)"))
        return None, r.problems
    kind = exercise.type if exercise else None
    if kind != "number" and "tolerance" in data:
        r.add(("tolerance",), "only number exercises have a tolerance")
    if kind != "short_text" and "rubric" in data:
        r.add(("rubric",), "only short_text exercises have a rubric")
    tolerance = r.number("tolerance", 0.0, minimum=0.0, strict=False) if kind == "number" else 0.0
    rubric = r.text_list("rubric")
    if kind == "short_text" and not rubric:
        r.problems.append(Problem(shown, line_of(lines, ("rubric",)),
                                  "rubric: missing; list what a good answer does, one '- ' line each"))
    notes = r.text("notes")
    why = data.get("why")
    if why is None and kind != "short_text":
        r.problems.append(Problem(shown, 1, "why: missing; quote the words in the article that justify "
                                            "each key item"))
    return Key(id=exercise_id, answer=data["answer"], why=why, tolerance=tolerance, rubric=rubric,
               notes=notes, path=shown, lines=lines), r.problems


def read_exercise(path: Path) -> tuple[Exercise | None, list[Problem]]:
    """Read ``exercises/<id>.yaml`` from disk (problems instead of exceptions)."""
    from .problems import display_path

    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(shown, 1, f"cannot be read ({exc}); save it as UTF-8 text")]
    return parse_exercise(text, path.stem, shown)


def read_key(path: Path, exercise: Exercise | None) -> tuple[Key | None, list[Problem]]:
    """Read ``solutions/<id>.yaml`` from disk (problems instead of exceptions)."""
    from .problems import display_path

    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(shown, 1, f"cannot be read ({exc}); save it as UTF-8 text")]
    return parse_key(text, exercise, path.stem, shown)
