"""Exercise keys: ``solutions/<id>.yaml`` read and checked against its exercise.

>>> from medialit.exercises.exercise import parse_exercise
>>> ex, _ = parse_exercise("type: number\\nprompt: How many?\\nunit: people\\n", "00-9-demo")
>>> key, problems = parse_key("answer: 3\\nwhy: [explains Dr. Hamid Rezaei]\\n", ex, "00-9-demo")
>>> key.answer, problems
(3, [])
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

from .._yaml import line_of
from ..problems import Problem
from .schema import _PARA_RE, _SENT_RE, KEY_FIELDS, Exercise, Key, _load_yaml, _Reader


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
    if type(value) in (str, int) and type(article) is str:  # a class gives the same ids again and again
        return _paragraph_id_cached(value, article)
    return _paragraph_id(value, article)


def _paragraph_id(value: Any, article: str) -> str | None:
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


_paragraph_id_cached = functools.lru_cache(maxsize=16384)(_paragraph_id)


def item_id(value: Any, article: str, unit: str = "sentences") -> str | None:
    """A full sentence (or paragraph) id from a full or short form (``None`` if it is not one).

    >>> item_id("p4:s2", "mosul"), item_id("mosul:p8", "mosul", "paragraphs"), item_id("p8", "mosul")
    ('mosul:p4:s2', 'mosul:p8', None)
    """
    if unit == "paragraphs":
        return paragraph_id(value, article)
    if type(value) is not str:
        return None if not isinstance(value, str) else _sentence_id(str(value), article)
    return _sentence_id(value, article) if type(article) is str else _sentence_id.__wrapped__(value, article)


@functools.lru_cache(maxsize=16384)
def _sentence_id(value: str, article: str) -> str | None:
    m = _SENT_RE.match(value.strip().lower())
    if not m:
        return None
    art = m.group("art") or article
    return f"{art}:p{int(m.group('p'))}:s{int(m.group('s'))}" if art else None


def parse_key(text: str, exercise: Exercise | None, exercise_id: str,
              shown: str | None = None) -> tuple[Key | None, list[Problem]]:
    """Read the YAML ``text`` of the key of ``exercise_id``; return ``(key or None, problems)``.

    The answer's shape is checked against the exercise (when it could be read).

    >>> from medialit.exercises.exercise import parse_exercise
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


def read_key(path: Path, exercise: Exercise | None) -> tuple[Key | None, list[Problem]]:
    """Read ``solutions/<id>.yaml`` from disk (problems instead of exceptions)."""
    from ..problems import display_path

    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(shown, 1, f"cannot be read ({exc}); save it as UTF-8 text")]
    return parse_key(text, exercise, path.stem, shown)
