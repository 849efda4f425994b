"""Worked solutions: instructor notebooks generated from each lesson and the answer keys.

``python -m medialit solutions`` reads every lesson in ``notebooks/`` that presents
exercises (cells such as ``show("01-3-missing-parts")``) and writes
``solutions/<lesson>-solutions.ipynb``: the lesson itself, with a cell after each
exercise giving

- the **answer** (for choices, the choice's text; for picks and labels, the
  paragraphs and sentences themselves),
- the **evidence**: the words in the article that justify each key item, quoted
  verbatim from the key's ``why``,
- the **reasoning**: the key's notes, the rubric and model answer of a short answer,
  and the feedback students see for the wrong answers the author expected.

The worked solutions are derived, never edited by hand: edit the lesson or the keys
and run the command again. ``tests/test_worked.py`` fails when a file is stale.
They live in ``solutions/``, so ``python -m medialit release`` never gives them to
students.

>>> nb = worked_solutions(course_root() / "notebooks" / "01-structure.ipynb")
>>> any("**Answer**" in c.source for c in nb.cells if c.cell_type == "markdown")
True
"""

from __future__ import annotations

import re
from pathlib import Path

from ..course import course_root
from ..problems import KitError

SUFFIX = "-solutions.ipynb"
_SHOW_RE = re.compile(r"""^\s*show\(\s*(['"])(?P<id>[^'"]+)\1\s*\)\s*$""", re.M)


def exercise_ids(source: str) -> list[str]:
    """The exercise ids a code cell presents with ``show("...")``.

    >>> exercise_ids('show("01-2-opening-formula")')
    ['01-2-opening-formula']
    >>> exercise_ids('x = 1')
    []
    """
    return [m.group("id") for m in _SHOW_RE.finditer(source)]


def lessons_with_exercises(root: str | Path | None = None) -> list[Path]:
    """Every lesson notebook in ``notebooks/`` that presents at least one exercise."""
    import nbformat

    root = Path(root) if root is not None else course_root()
    found = []
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if any(c.cell_type == "code" and exercise_ids(c.source) for c in nb.cells):
            found.append(path)
    return found


def output_path(lesson: str | Path, root: str | Path | None = None) -> Path:
    """Where the worked solutions of ``lesson`` go: ``solutions/<stem>-solutions.ipynb``.

    >>> output_path("notebooks/01-structure.ipynb", "/kit").as_posix()
    '/kit/solutions/01-structure-solutions.ipynb'
    """
    root = Path(root) if root is not None else course_root()
    return root / "solutions" / (Path(lesson).stem + SUFFIX)


# --- rendering one exercise's solution --------------------------------------------------------

def _md(text: object) -> str:
    """Text safe to put in Markdown: no raw HTML, no accidental emphasis or table breaks."""
    s = str(text).replace("\n", " ").strip()
    return re.sub(r"([\\`*_<>|\[\]$])", r"\\\1", s)


def _quote(text: object) -> str:
    return f"“{_md(text)}”"


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _text_of(corpus, item_id: str) -> str:
    """The paragraph or sentence text of an id like ``mosul:p4`` or ``mosul:p4:s2``."""
    m = re.match(r"^(?P<art>[^:]+):p(?P<p>\d+)(?::s(?P<s>\d+))?$", str(item_id))
    if not m or m.group("art") not in corpus:
        return ""
    art = corpus[m.group("art")]
    n = int(m.group("p"))
    if not 1 <= n <= len(art.paragraphs):
        return ""
    para = art.paragraphs[n - 1]
    if m.group("s") is None:
        return para.text
    k = int(m.group("s"))
    return para.sentences[k - 1].text if 1 <= k <= len(para.sentences) else ""


def _where(item_id: str) -> str:
    m = re.match(r"^[^:]+:p(\d+)(?::s(\d+))?$", str(item_id))
    if not m:
        return str(item_id)
    return f"paragraph {m.group(1)}" + (f", sentence {m.group(2)}" if m.group(2) else "")


def _answer_lines(ex, key, corpus) -> list[str]:
    answer = key.answer
    if ex.type == "single_choice":
        return [f"**{_md(answer)})** {_md(ex.choices.get(answer, ''))}"]
    if ex.type == "multi_choice":
        lines = [f"- **{_md(k)})** {_md(ex.choices.get(k, ''))}" for k in _as_list(answer)]
        left = [k for k in ex.choices if k not in _as_list(answer)]
        if left:
            lines.append(f"\nNot ticked: {', '.join(f'**{_md(k)})** {_md(ex.choices[k])}' for k in left)}.")
        return lines
    if ex.type == "number":
        unit = f" {_md(ex.unit)}" if ex.unit else ""
        tol = f" (answers within {key.tolerance:g} count as right)" if key.tolerance else ""
        return [f"**{answer:g}{unit}**{tol}" if isinstance(answer, (int, float)) else f"**{_md(answer)}**"]
    if ex.type == "pick":
        return [f"- `{item}` ({_where(item)}): {_quote(_text_of(corpus, item))}" for item in _as_list(answer)]
    if ex.type == "label":
        rows = ["| paragraph | label | its text begins |", "|---|---|---|"]
        for pid, labels in answer.items():
            text = _text_of(corpus, pid)
            start = text if len(text) <= 90 else text[:87].rsplit(" ", 1)[0] + " ..."
            rows.append(f"| {_md(_where(pid).replace('paragraph ', ''))} | "
                        f"{' or '.join(f'**{_md(lab)}**' for lab in _as_list(labels))} | {_quote(start)} |")
        return rows
    # short_text: the model answer
    return [f"> {_md(answer)}"]


def _evidence_lines(ex, key) -> list[str]:
    why = key.why
    if why is None or why == "" or why == []:
        return []
    if isinstance(why, dict):
        out = []
        for item, quotes in why.items():
            label = (f"{_md(item)}) {_md(ex.choices.get(item, ''))}" if ex.type == "multi_choice"
                     else f"`{item}` ({_where(item)})")
            out.append(f"- {label}: " + "; ".join(_quote(q) for q in _as_list(quotes)))
        return out
    return [f"- {_quote(q)}" for q in _as_list(why)]


def solution_markdown(exercise_id: str, wb=None, corpus=None) -> str:
    """The worked-solution Markdown for one exercise (answer, evidence, reasoning).

    >>> print(solution_markdown("01-2-opening-formula").splitlines()[3])
    **Answer**: **5 articles**
    """
    from ..exercises.workbook import workbook

    wb = wb or workbook()
    ex = wb.exercise(exercise_id)
    key = wb.key(exercise_id, ex)
    if key is None:
        raise KitError(f"There is no key for {exercise_id} (solutions/{exercise_id}.yaml); worked solutions need "
                       "the instructor's kit, not a student copy")
    corpus = corpus if corpus is not None else wb.corpus()
    article = f" · article `{ex.article}`" if ex.article else ""
    head = [f"#### Worked solution: {_md(ex.title or ex.id)}",
            f"`{ex.id}` · {ex.type.replace('_', ' ')} · {ex.points:g} point{'s' if ex.points != 1 else ''}{article}",
            ""]
    answer = _answer_lines(ex, key, corpus)
    label = "**Model answer**" if ex.type == "short_text" else "**Answer**"
    if len(answer) == 1 and ex.type in ("single_choice", "number"):
        parts = head[:-1] + ["", f"{label}: {answer[0]}"]
    else:
        parts = head + [f"{label}:", ""] + answer
    evidence = _evidence_lines(ex, key)
    if evidence:
        where = "the article" if ex.article else "the articles"
        parts += ["", f"**Evidence** (quoted verbatim from {where}):", ""] + evidence
    if ex.type == "short_text" and key.rubric:
        parts += ["", "**Rubric**: a good answer", ""] + [f"- {_md(r)}" for r in key.rubric]
    if key.notes:
        parts += ["", f"**Reasoning**: {_md(key.notes)}"]
    if ex.feedback:
        parts += ["", "**Expected wrong answers** (the feedback students see):", ""]
        for k, msg in ex.feedback.items():
            if ex.type in ("single_choice", "multi_choice"):
                what = f"**{_md(k)})** {_md(ex.choices.get(k, ''))}"
            elif ex.type in ("pick", "label"):
                what = f"`{k}`"
            else:
                what = f"{k:g}" if isinstance(k, (int, float)) else _md(k)
            parts.append(f"- {what} → {_md(msg)}")
    return "\n".join(parts)


# --- whole notebooks --------------------------------------------------------------------------

def _banner(lesson: Path) -> str:
    return ("> **Worked solutions: for instructors.** Generated from `notebooks/" + lesson.name + "` and the "
            "answer keys in `solutions/` by `python -m medialit solutions`. Do not edit this file: edit the "
            "lesson or the keys and run the command again (a test fails when this file is out of date). "
            "Never hand it to students; `python -m medialit release` leaves it out.")


def worked_solutions(lesson: str | Path, wb=None):
    """The worked-solution notebook of one lesson (an ``nbformat`` notebook, not written)."""
    import nbformat

    from ..exercises.workbook import workbook

    lesson = Path(lesson)
    wb = wb or workbook()
    corpus = wb.corpus()
    nb = nbformat.read(lesson, as_version=4)
    out = nbformat.v4.new_notebook(metadata={k: v for k, v in nb.metadata.items() if k != "widgets"})
    out.nbformat_minor = nb.nbformat_minor
    for i, cell in enumerate(nb.cells):
        cell = nbformat.from_dict(dict(cell))
        cell.id = cell.get("id") or f"cell-{i}"
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        out.cells.append(cell)
        if i == 0:
            out.cells.append(nbformat.v4.new_markdown_cell(_banner(lesson), id="worked-banner"))
        if cell.cell_type == "code":
            for eid in exercise_ids(cell.source):
                md = nbformat.v4.new_markdown_cell(solution_markdown(eid, wb, corpus), id=f"solution-{eid}"[:64])
                md.metadata["tags"] = ["solution"]
                out.cells.append(md)
    return out


def render(nb) -> str:
    """The notebook as the exact text written to disk (so files can be compared)."""
    import nbformat

    return nbformat.writes(nb) + "\n"


def write_worked_solutions(root: str | Path | None = None) -> list[Path]:
    """Write ``solutions/<lesson>-solutions.ipynb`` for every lesson with exercises; return the paths.

    Files whose text would not change are left untouched.
    """
    from ..exercises.workbook import Workbook

    root = Path(root) if root is not None else course_root()
    wb = Workbook(root)
    written = []
    for lesson in lessons_with_exercises(root):
        path = output_path(lesson, root)
        text = render(worked_solutions(lesson, wb))
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_worked_solutions(root: str | Path | None = None) -> list[str]:
    """What is out of date: one line per lesson whose worked solutions are missing or stale.

    An empty list means every worked-solution notebook matches its lesson and the keys
    (``tests/test_worked.py`` checks this).
    """
    from ..exercises.workbook import Workbook

    root = Path(root) if root is not None else course_root()
    wb = Workbook(root)
    problems = []
    for lesson in lessons_with_exercises(root):
        path = output_path(lesson, root)
        rel = path.relative_to(root).as_posix()
        if not path.exists():
            problems.append(f"{rel}: missing; run python -m medialit solutions")
        elif path.read_text(encoding="utf-8") != render(worked_solutions(lesson, wb)):
            problems.append(f"{rel}: out of date with notebooks/{lesson.name} or the keys; "
                            "run python -m medialit solutions")
    return problems
