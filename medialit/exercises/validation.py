"""Validation of exercises and keys: every problem, as ``path:line: field: message``.

``python -m medialit validate`` reports these along with the article problems.
Checked: each file against its schema (:mod:`medialit.exercises.schema`); every exercise
has a key and every key an exercise (unless the kit is a student copy); the
articles and paragraph/sentence ids an exercise or key names exist; every ``why``
quote occurs verbatim in the article (for ``pick`` and ``label``: in the very
paragraph or sentence it justifies); every key scores 1.0 on its own check.

>>> from medialit.exercises.workbook import Workbook
>>> exercise_problems(Workbook())
[]
"""

from __future__ import annotations

import difflib
from typing import Any

from .schema import Exercise, Key, sort_key
from .key import item_id, paragraph_id, read_key
from .exercise import read_exercise
from .grading import grade, key_labels, normalize
from ..problems import CorpusError, Problem, display_path

_CURLY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def exercise_problems(wb) -> list[Problem]:
    """All problems of the workbook ``wb`` (a :class:`~medialit.exercises.workbook.Workbook`)."""
    problems: list[Problem] = []
    ex_dir, key_dir = wb.exercises_dir, wb.solutions_dir
    if not ex_dir.is_dir():
        return problems
    for path in sorted(ex_dir.iterdir()):
        if path.is_dir() or path.name.startswith(".") or path.name.lower() == "readme.md":
            continue
        if path.suffix != ".yaml":
            hint = f"rename it to {path.stem}.yaml" if path.suffix == ".yml" else "exercises are .yaml files"
            problems.append(Problem(display_path(path), 1, f"not read: {hint}"))
    try:
        corpus = wb.corpus()
    except CorpusError:
        corpus = None
    index = wb.index() if corpus is not None else None
    exercises: dict[str, Exercise] = {}
    for eid in wb.ids():
        path = ex_dir / f"{eid}.yaml"
        ex, found = read_exercise(path)
        problems += found
        if ex is None:
            continue
        exercises[eid] = ex
        if index is not None:
            problems += _reference_problems(ex, index)
    if wb.is_student_copy():
        return problems
    key_ids = sorted((p.stem for p in key_dir.glob("*.yaml")), key=sort_key) if key_dir.is_dir() else []
    for path in sorted(key_dir.iterdir()) if key_dir.is_dir() else []:
        if (path.suffix != ".yaml" and not path.name.startswith(".") and path.name.lower() != "readme.md"
                and not path.name.endswith("-solutions.ipynb")):  # worked solutions (python -m medialit solutions)
            problems.append(Problem(display_path(path), 1, f"not read: keys are .yaml files named like "
                                                           f"their exercise"))
    for eid in wb.ids():
        if eid not in key_ids:
            problems.append(Problem(display_path(ex_dir / f"{eid}.yaml"), 1,
                                    f"key: missing; add solutions/{eid}.yaml (see exercises/README.md)"))
    for eid in key_ids:
        path = key_dir / f"{eid}.yaml"
        if not (ex_dir / f"{eid}.yaml").exists():
            problems.append(Problem(display_path(path), 1, f"exercise: missing; there is no exercises/{eid}.yaml "
                                                           "for this key (rename the key or add the exercise)"))
            continue
        ex = exercises.get(eid)
        key, found = read_key(path, ex)
        problems += found
        if key is None or ex is None or index is None or found:
            continue
        problems += _key_problems(ex, key, index)
    return problems


def _reference_problems(ex: Exercise, index) -> list[Problem]:
    out = []
    if ex.article and ex.article not in index.articles:
        close = difflib.get_close_matches(ex.article, list(index.articles), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        out.append(Problem(ex.path, ex.line("article"), f"article: there is no article {ex.article!r}; {hint}"
                                                        f"articles: {', '.join(index.articles)}"))
        return out
    known = set(index.text)
    if ex.type == "label":
        for i, pid in enumerate(ex.paragraphs):
            if pid not in known:
                out.append(Problem(ex.path, ex.line("paragraphs", i), f"paragraphs.{i}: there is no paragraph "
                                                                      f"{pid!r} in {ex.article}{_hint(pid, known)}"))
    if ex.type in ("pick", "label"):
        for fid in ex.feedback:
            if fid not in known:
                out.append(Problem(ex.path, ex.line("feedback"), f"feedback: there is no {fid!r} in "
                                                                 f"{ex.article}{_hint(fid, known)}"))
    return out


def _hint(wrong: str, known) -> str:
    """'; did you mean ...?' for an id close to one that exists (a misspelled article or a wrong number)."""
    close = difflib.get_close_matches(str(wrong), [k for k in known if k.count(":") == str(wrong).count(":")],
                                      n=1, cutoff=0.8)
    return f"; did you mean {close[0]!r}?" if close else ""


def _quotes(value: Any) -> list | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return value
    return None


def _check_quote(quote: str, where: str, text: str, path: str, line: int, field: str) -> list[Problem]:
    if not quote.strip():
        return [Problem(path, line, f"{field}: an empty quote; copy the words from the article")]
    if quote in text:
        return []
    tip = first_difference(quote, text)
    if quote.translate(_CURLY) in text.translate(_CURLY):
        tip += " (the article uses curly quotes or dashes: ’ “ ” – —; copy them exactly)"
    return [Problem(path, line, f"{field}: {quote!r} does not occur verbatim in {where}{tip}; "
                                "copy the words exactly from the article")]


_KINDS_OF_CHARACTER = (
    ("'\"‘’“”«»‚„′″", "quote mark"),
    ("-‐‑‒–—―−", "dash"),
    (" \u00a0\u2007\u202f\t\n", "space"),
)


def _char_kind(c: str) -> str | None:
    for chars, name in _KINDS_OF_CHARACTER:
        if c in chars:
            return name
    return None


def _char_name(c: str) -> str:
    import unicodedata

    return f"{c!r} ({unicodedata.name(c, 'U+%04X' % ord(c)).lower()})"


def first_difference(quote: str, text: str) -> str:
    """Where a quote that is not verbatim first parts from the closest passage of ``text``.

    Returns ``""`` when no passage comes close; names the two characters when
    they are both quote marks, dashes or spaces.

    >>> print(first_difference("the ferry's return", "It hailed the ferry’s return."))
     (first difference at character 10 of the quote: the quote has "'" (apostrophe) where the article has '’' (right single quotation mark), another quote mark)
    >>> print(first_difference("a fast  ferry", "It was a fast ferry."))
     (first difference at character 8 of the quote: the quote has ' ' (space) where the article has 'f' (latin small letter f): an extra or missing space)
    """
    best_len, best_at = 0, -1
    probe = quote[: max(8, min(len(quote) // 3, 30))]
    # anchor on the quote's opening words (or its longest common start anywhere in the text)
    start = text.find(probe)
    candidates = [start] if start >= 0 else []
    if not candidates:
        first = quote.split()[0] if quote.split() else quote[:4]
        pos = text.find(first)
        while pos >= 0 and len(candidates) < 200:
            candidates.append(pos)
            pos = text.find(first, pos + 1)
    for at in candidates:
        n = 0
        while n < len(quote) and at + n < len(text) and quote[n] == text[at + n]:
            n += 1
        if n > best_len:
            best_len, best_at = n, at
    if best_at < 0 or best_len < min(4, len(quote)):
        return ""
    i = best_len
    if i >= len(quote):
        return ""
    if best_at + i >= len(text):
        return f" (the quote runs past the end of the article after character {i})"
    got, want = quote[i], text[best_at + i]
    kind_got, kind_want = _char_kind(got), _char_kind(want)
    named = ""
    if kind_got and kind_got == kind_want:
        named = f", another {kind_got}"
    elif kind_got or kind_want:
        named = f": an extra or missing {kind_got or kind_want}"
    return (f" (first difference at character {i + 1} of the quote: the quote has {_char_name(got)} where the "
            f"article has {_char_name(want)}{named})")


def _key_problems(ex: Exercise, key: Key, index) -> list[Problem]:
    out: list[Problem] = []
    path = key.path
    # the key's answer must read as a student answer of the right shape
    if ex.type == "label":
        answer = key.answer
        if not isinstance(answer, dict):
            return [Problem(path, key.line("answer"), "answer: must map each paragraph to its label, "
                                                      f"e.g. {ex.article}:p1: {next(iter(ex.labels), 'scene')}")]
        paras = list(ex.paragraphs) or index.paragraphs.get(ex.article, [])
        for k, v in answer.items():
            pid = paragraph_id(k, ex.article or "")
            values = v if isinstance(v, list) else [v]
            if pid not in paras:
                out.append(Problem(path, key.line("answer", k), f"answer.{k}: not a paragraph to label "
                                                                f"({', '.join(paras[:3])} ...)"))
            for x in values:
                if not isinstance(x, str) or x.lower() not in {lab.lower() for lab in ex.labels}:
                    out.append(Problem(path, key.line("answer", k), f"answer.{k}: {x!r} is not a label; "
                                                                    f"labels: {', '.join(ex.labels)}"))
        missing = [p for p in paras if p not in key_labels(ex, key)]
        if missing:
            out.append(Problem(path, key.line("answer"), f"answer: no label for {', '.join(missing)}; "
                                                         "give every paragraph to label its label"))
        if out:
            return out
        value = {p: v[0] for p, v in key_labels(ex, key).items()}
    else:
        value, expected = normalize(ex, key.answer, index)
        if expected is not None:
            bad = [Problem(path, key.line("answer"), f"answer: not a valid answer to this exercise; expected {expected}")]
            # (the why quotes of a one-answer exercise are checked all the same: every problem at once)
            return bad + (_why_problems(ex, key, index, None) if ex.type in ("single_choice", "number", "short_text") else [])
    out += _why_problems(ex, key, index, value)
    if ex.type != "short_text":
        fb = grade(ex, key, value, index)
        if fb.score != 1.0:
            out.append(Problem(path, key.line("answer"), f"answer: the key scores {fb.score:.2f} on its own "
                                                         "check, not 1.0; fix the key or the exercise"))
    return out


def _why_problems(ex: Exercise, key: Key, index, value) -> list[Problem]:
    path, why = key.path, key.why
    if why is None:
        return []
    if ex.article:
        texts = {ex.article: index.articles.get(ex.article, "")}
        where = f"the article {ex.article}"
    else:
        texts = dict(index.articles)
        where = "any article"
    out: list[Problem] = []

    def anywhere(quote, line, field):
        if any(quote in t for t in texts.values()):
            return []
        return _check_quote(quote, where, "\n\n".join(texts.values()), path, line, field)

    if ex.type in ("single_choice", "number", "short_text"):
        quotes = _quotes(why)
        if quotes is None:
            return [Problem(path, key.line("why"), "why: must be a quote from the article, or a list of quotes")]
        for i, q in enumerate(quotes):
            out += anywhere(q, key.line("why", i) if isinstance(why, list) else key.line("why"), f"why.{i}")
        return out
    if not isinstance(why, dict):
        return [Problem(path, key.line("why"), "why: must map each key item to its quote(s), e.g. "
                                               + ("a: words from the article" if ex.type == "multi_choice"
                                                  else f"{ex.article}:p4: words from the article"))]
    if ex.type == "multi_choice":
        items = {str(k): k for k in why}
        needed = list(value)
    elif ex.type == "pick":
        items = {item_id(k, ex.article or "", ex.pick): k for k in why}
        needed = list(value)
    else:  # label
        items = {paragraph_id(k, ex.article or ""): k for k in why}
        needed = list(value)
    for item in needed:
        if item not in items:
            out.append(Problem(path, key.line("why"), f"why: no quote for {item}; every key item needs the words "
                                                      "in the article that justify it"))
    for item, raw in items.items():
        quotes = _quotes(why[raw])
        line = key.line("why", raw)
        if item not in needed:
            out.append(Problem(path, line, f"why.{raw}: {raw!r} is not in the key's answer"))
            continue
        if quotes is None:
            out.append(Problem(path, line, f"why.{raw}: must be a quote, or a list of quotes"))
            continue
        for q in quotes:
            if ex.type == "multi_choice":
                out += anywhere(q, line, f"why.{raw}")
            else:
                out += _check_quote(q, item, index.text.get(item, ""), path, line, f"why.{raw}")
    return out
