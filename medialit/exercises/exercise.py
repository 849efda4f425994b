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
from pathlib import Path
from typing import Any

from ..problems import Problem
from .key import _feedback_key, _feedback_key_help, paragraph_id
from .schema import COMMON_FIELDS, PICK_UNITS, TYPE_FIELDS, TYPES, Exercise, _load_yaml, _Reader, valid_id

def parse_exercise(text: str, exercise_id: str, shown: str | None = None) -> tuple[Exercise | None, list[Problem]]:
    """Read the YAML ``text`` of exercise ``exercise_id``; return ``(exercise or None, problems)``.

    Only the exercise file itself is checked here; whether its article and ids
    exist is checked by :func:`medialit.exercises.workbook.validate_exercises`.

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
        syn = r.mapping("synonyms")
        values["synonyms"] = {}
        for key, words in syn.items():
            words = [words] if isinstance(words, str) else words
            if str(key) not in clean:
                r.add(("synonyms", key), f"is not a label; synonyms are listed under a label: {', '.join(clean)}")
            elif not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                r.add(("synonyms", key), "must be a list of words, e.g. lede: [lead, opening]")
            else:
                values["synonyms"][str(key)] = tuple(w.strip() for w in words)
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
                    elif isinstance(item, dict) and item.get("when", "missing") not in ("missing", "used"):
                        r.add(("keywords", i, "when"), f"{item.get('when')!r} is not 'missing' or 'used': "
                                                       "'used' shows the hint when the answer uses a word")
                    else:
                        out.append((tuple(w.strip().lower() for w in words), tip.strip(),
                                    item.get("when", "missing")))
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


def read_exercise(path: Path) -> tuple[Exercise | None, list[Problem]]:
    """Read ``exercises/<id>.yaml`` from disk (problems instead of exceptions)."""
    from ..problems import display_path

    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(shown, 1, f"cannot be read ({exc}); save it as UTF-8 text")]
    return parse_exercise(text, path.stem, shown)
